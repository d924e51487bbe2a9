"""ClaimReview: the public page's JSON-LD and the API's, checked with extruct against Google's fields."""

import extruct
import pytest

from tests.publishing import sample

# Google's fact-check markup: required and recommended properties.
REQUIRED = {"claimReviewed", "reviewRating", "url", "author"}
RECOMMENDED = {"itemReviewed", "datePublished"}


def _jsonld(html: str, url: str) -> list[dict]:
    return extruct.extract(html, base_url=url, syntaxes=["json-ld"], uniform=True)["json-ld"]


def _check_google_fields(review: dict):
    assert review["@type"] == "ClaimReview"
    assert set(review) >= REQUIRED | RECOMMENDED
    assert 0 < len(review["claimReviewed"]) < 75
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"]
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["author"]["name"] and item["datePublished"]
    assert item["appearance"][0]["url"] and item["firstAppearance"]["url"]
    assert review["author"]["@type"] == "Organization" and review["author"]["name"]


def test_public_page_embeds_a_valid_claimreview(client, published, settings):
    # when
    page = f"/verdicts/{published.slug}/"
    response = client.get(page)
    # then
    assert response.status_code == 200 and "public" in response["Cache-Control"]
    [review] = _jsonld(response.content.decode(), "http://testserver" + page)
    _check_google_fields(review)
    assert review["url"] == f"{settings.PUBLIC_BASE_URL}{page}"
    assert review["reviewRating"] == {"@type": "Rating", "ratingValue": 8, "bestRating": 8, "worstRating": 1,
                                      "alternateName": "Richtig", "name": "True"}
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Ministerin Beispiel"}
    assert "dateModified" not in review


def test_api_claimreview_is_json_ld(anon, published):
    response = anon.get(f"/api/v1/verdicts/{published.pk}/claimreview/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    review = response.json()
    assert review["@context"] == "https://schema.org"
    _check_google_fields(review)
    assert anon.get(f"/api/v1/verdicts/{published.pk}/claimreview/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code \
        == 304


def test_correction_sets_date_modified_and_keeps_the_first_date(anon, published, publisher, publisher2):
    correction = sample.correct_and_publish(published, publisher, publisher2, summary="[Beispiel] Präzisiert.")
    review = anon.get(f"/api/v1/verdicts/{correction.pk}/claimreview/").json()
    assert review["datePublished"] == published.published_at.isoformat()
    assert review["dateModified"] == correction.published_at.isoformat()
    assert anon.get(f"/api/v1/verdicts/{published.pk}/claimreview/").status_code == 404  # superseded


def test_cms_url_template(anon, published, settings):
    settings.CLAIMREVIEW_URL_TEMPLATE = "https://desk.example.org/faktencheck/{slug}"
    review = anon.get(f"/api/v1/verdicts/{published.pk}/claimreview/").json()
    assert review["url"] == f"https://desk.example.org/faktencheck/{published.slug}"


def test_drafts_have_no_public_claimreview(anon, as_checker, claim, checker):
    verdict = sample.draft(claim, checker)
    assert anon.get(f"/api/v1/verdicts/{verdict.pk}/claimreview/").status_code == 404
    assert as_checker.get(f"/api/v1/verdicts/{verdict.pk}/claimreview/").status_code == 200  # staff preview


def test_datafeed_pages_through_all_published_claimreviews(anon, checker, publisher, db):
    # given
    for n in range(3):
        sample.publish(sample.make_claim(sample.make_article(n=10 + n)), checker, publisher, headline=f"Prüfung {n}")
    # when
    first = anon.get("/api/v1/claimreview/", {"page_size": 2})
    second = anon.get(first.json()["next"])
    # then
    assert first["Content-Type"].startswith("application/ld+json")
    feed = first.json()
    assert feed["@type"] == "DataFeed" and feed["@context"] == "https://schema.org"
    elements = feed["dataFeedElement"] + second.json()["dataFeedElement"]
    assert [e["item"][0]["claimReviewed"] for e in elements] == ["Prüfung 2", "Prüfung 1", "Prüfung 0"]
    for element in elements:
        assert element["@type"] == "DataFeedItem"
        _check_google_fields(element["item"][0])


@pytest.mark.parametrize("accept", ["application/json", "application/ld+json"])
def test_claimreview_content_negotiation(anon, published, accept):
    response = anon.get(f"/api/v1/verdicts/{published.pk}/claimreview/", HTTP_ACCEPT=accept)
    assert response["Content-Type"].startswith(accept)


def test_a_new_verdict_after_a_retraction_dates_its_own_chain(client, anon, published, checker, publisher,
                                                              publisher2):
    # given: the retracted verdict, then a new one under the same headline (so the same slug), corrected later
    from claims.services.workflow import verdict_transition

    verdict_transition(verdict=published, user=publisher, action="retract", note="[Beispiel] Falsche Quelle.")
    again = sample.publish(published.claim, checker, publisher, headline=published.headline)
    assert again.slug == published.slug and again.published_at > published.published_at
    correction = sample.correct_and_publish(again, publisher, publisher2)
    # then: the correction's first publication is the new chain's, everywhere it is shown
    first = again.published_at.isoformat()
    assert anon.get(f"/api/v1/verdicts/{correction.pk}/claimreview/").json()["datePublished"] == first
    [item] = anon.get("/api/v1/claimreview/").json()["dataFeedElement"]
    assert item["dateCreated"] == item["item"][0]["datePublished"] == first
    [review] = _jsonld(client.get(f"/verdicts/{correction.slug}/").content.decode(), "http://testserver/")
    assert review["datePublished"] == first
