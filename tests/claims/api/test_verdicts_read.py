"""Reading verdicts: who sees what, filters, cursor pages, ETags and caching headers."""

import time
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from claims.api.caching import stamp_forget
from claims.models import Claim, Verdict
from tests.publishing import sample

LIST = "/api/v1/verdicts/"


def detail(verdict_id):
    return f"/api/v1/verdicts/{verdict_id}/"


def test_anonymous_list_shows_published_verdicts_with_claim_and_cited_evidence(anon, published, evidence):
    # when
    response = anon.get(LIST)
    # then
    assert response.status_code == 200
    [item] = response.json()["results"]
    assert item["id"] == published.pk
    assert item["status"] == "published"
    assert item["claim"]["text"] == sample.CLAIM_TEXT
    assert item["claim"]["article"]["publisher"] == "Sample Wire"
    assert [e["id"] for e in item["evidence"]] == [evidence[0].pk, evidence[1].pk]
    assert item["evidence"][0]["source"]["url"].startswith("https://stats.example.org/")
    assert item["rating"] == {"id": published.rating_id, "label": "Richtig", "name": "True", "value": 8}
    assert "lock_version" not in item and "created_by" not in item  # staff fields stay private
    assert item["public_url"].endswith(f"/verdicts/{published.slug}/")


def test_drafts_are_404_for_anonymous_and_reporters_but_visible_to_checkers(anon, as_reporter, as_checker, claim,
                                                                            checker):
    # given
    verdict = sample.draft(claim, checker)
    # then
    assert anon.get(LIST).json()["results"] == []
    assert anon.get(detail(verdict.pk)).status_code == 404
    assert as_reporter.get(detail(verdict.pk)).status_code == 404
    assert as_reporter.get(LIST, {"status": "draft"}).json()["results"] == []
    response = as_checker.get(detail(verdict.pk))
    assert response.status_code == 200
    assert response.json()["allowed_actions"] == ["submit"]
    assert [v["id"] for v in as_checker.get(LIST, {"status": "draft"}).json()["results"]] == [verdict.pk]


def test_unknown_malformed_and_huge_ids_are_json_404s(anon, db):
    for path in (detail(999999), "/api/v1/verdicts/abc/", detail(10**30), "/api/v1/claims/99999999/"):
        response = anon.get(path)
        assert response.status_code == 404, path
        if response["Content-Type"] == "application/json":
            assert response.json()["code"] == "not_found"


def _bulk_published(n, checker, start=None):
    """n published verdicts (one per claim) without going through the services: fast seeding."""
    start = start or timezone.now() - timedelta(days=1)
    article = sample.make_article(n=900)
    claims = Claim.objects.bulk_create(
        Claim(article=article, text=f"[Beispiel] Behauptung {i}", start=i * 10, end=i * 10 + 5, language="de",
              status="published") for i in range(n)
    )
    rating = sample.rating("Falsch")
    return Verdict.objects.bulk_create(
        Verdict(claim=c, rating=rating, headline=f"Behauptung {i} stimmt nicht", status="published",
                published_at=start + timedelta(minutes=i), created_by=checker, slug=f"behauptung-{i}-{c.pk}")
        for i, c in enumerate(claims)
    )


def test_page_size_is_capped_and_cursor_pages_walk_everything_newest_first(anon, checker):
    # given
    verdicts = _bulk_published(105, checker)
    # when
    first = anon.get(LIST, {"page_size": 10_000_000}).json()
    second = anon.get(first["next"]).json()
    # then
    assert len(first["results"]) == 100
    assert len(second["results"]) == 5 and second["next"] is None
    ids = [v["id"] for v in first["results"] + second["results"]]
    assert ids == [v.pk for v in reversed(verdicts)]


@pytest.mark.parametrize("value", ["abc", "0", "-5"])
def test_bad_page_size_is_a_400_naming_it(anon, value, db):
    response = anon.get(LIST, {"page_size": value})
    assert response.status_code == 400
    assert "page_size" in response.json()["detail"]


@pytest.mark.parametrize("field", ["lock_version", "created_by", "-approved_by", "headline,published_at"])
def test_ordering_by_a_private_or_unknown_field_is_refused(as_checker, field):
    response = as_checker.get(LIST, {"ordering": field})
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid" and "ordering" in body["detail"] and "published_at" in body["detail"]


def test_ordering_by_an_allowed_field(anon, checker):
    verdicts = _bulk_published(3, checker)
    response = anon.get(LIST, {"ordering": "published_at"})
    assert [v["id"] for v in response.json()["results"]] == [v.pk for v in verdicts]


def test_filters_language_rating_publisher_dates_and_full_text(anon, published, claim, checker, publisher):
    # given: a second, English verdict rated "Falsch" from another publisher
    other_article = sample.make_article(n=2, publisher="Other Agency", language="en")
    other_claim = sample.make_claim(other_article, text="[Sample] Unemployment doubled in 2024.", language="en",
                                    start=0, end=37)
    other = sample.publish(other_claim, checker, publisher, label="Falsch", headline="No, unemployment did not double")

    def ids(**params):
        response = anon.get(LIST, params)
        assert response.status_code == 200, response.json()
        return {v["id"] for v in response.json()["results"]}

    # then
    assert ids(language="en") == {other.pk}
    assert ids(rating="Falsch") == {other.pk} == ids(rating="false") == ids(rating="1")
    assert ids(rating="8") == {published.pk}
    assert ids(publisher="sample wire") == {published.pk}
    assert ids(q="unemployment") == {other.pk}
    assert ids(q="Inflation") == {published.pk}
    assert ids(published_after="2000-01-01T00:00:00Z") == {published.pk, other.pk}
    assert ids(published_before="2000-01-01T00:00:00Z") == set()
    assert anon.get(LIST, {"published_after": "yesterday"}).status_code == 400
    assert anon.get(LIST, {"language": "xx"}).status_code == 400


def test_detail_etag_and_last_modified_give_304(anon, published):
    # given
    first = anon.get(detail(published.pk))
    etag = first["ETag"]
    # when / then
    assert etag.startswith(f'"v{published.pk}.{published.lock_version}.')
    assert first["Last-Modified"]
    assert anon.get(detail(published.pk), HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert anon.get(detail(published.pk), HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert anon.get(detail(published.pk), HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_list_etag_gives_304_until_something_is_published(anon, published, checker, publisher,
                                                          django_capture_on_commit_callbacks):
    # given
    first = anon.get(LIST)
    etag = first["ETag"]
    assert anon.get(LIST, HTTP_IF_NONE_MATCH=etag).status_code == 304
    # when: another verdict is published (the anonymous list is cached server-side; the event resets it)
    other_claim = sample.make_claim(sample.make_article(n=3))
    with django_capture_on_commit_callbacks(execute=True):
        sample.publish(other_claim, checker, publisher)
    # then
    again = anon.get(LIST, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 200
    assert len(again.json()["results"]) == 2


def test_retraction_leaves_the_cached_public_list_at_once(anon, published, publisher,
                                                          django_capture_on_commit_callbacks):
    from claims.services.workflow import verdict_transition

    assert len(anon.get(LIST).json()["results"]) == 1
    with django_capture_on_commit_callbacks(execute=True):
        verdict_transition(verdict=published, user=publisher, action="retract", note="[Beispiel] Falsche Quelle.")
    assert anon.get(LIST).json()["results"] == []
    retracted = anon.get(detail(published.pk)).json()  # still readable, with its notice
    assert retracted["status"] == "retracted" and retracted["correction_note"] == "[Beispiel] Falsche Quelle."


def test_cache_control_is_public_for_anonymous_and_private_for_staff(anon, as_checker, published):
    public = anon.get(detail(published.pk))
    assert "public" in public["Cache-Control"] and "max-age=60" in public["Cache-Control"]
    assert "Authorization" in public["Vary"]
    private = as_checker.get(detail(published.pk))
    assert "private" in private["Cache-Control"] and "no-store" in private["Cache-Control"]
    assert anon.get(detail(999999))["Cache-Control"].count("no-store") == 1


def test_other_processes_see_a_publication_within_the_stamp_time(anon, published, checker, publisher, settings):
    # given: the cached list, and a publication this process does not hear about (no commit callbacks)
    settings.API_STAMP_SECONDS = 0.2
    assert len(anon.get(LIST).json()["results"]) == 1
    sample.publish(sample.make_claim(sample.make_article(n=8)), checker, publisher)
    # then
    time.sleep(0.25)
    assert len(anon.get(LIST).json()["results"]) == 2


def test_query_count_does_not_grow_with_page_size(anon, checker, django_assert_max_num_queries):
    # given: 50 published verdicts, each citing two evidence passages
    verdicts = _bulk_published(50, checker)
    for verdict in verdicts:
        verdict.evidence.set([sample.make_evidence(verdict.claim, n) for n in (1, 2)])
    counts = {}
    for size in (5, 50):
        from django.core.cache import cache
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        cache.clear()
        stamp_forget()
        with CaptureQueriesContext(connection) as queries:
            assert len(anon.get(LIST, {"page_size": size}).json()["results"]) == size
        counts[size] = len(queries)
    # then
    assert counts[50] == counts[5]
    with django_assert_max_num_queries(counts[5]):
        anon.get(LIST, {"page_size": 50, "ordering": "published_at"})


def test_published_dates_compare_in_utc(anon, checker):
    _bulk_published(2, checker, start=datetime(2025, 6, 1, tzinfo=UTC))
    response = anon.get(LIST, {"published_after": "2025-06-01T00:00:30+00:00"})
    assert len(response.json()["results"]) == 1


def test_cached_anonymous_list_is_still_throttled(anon, published, monkeypatch):
    from rest_framework.throttling import SimpleRateThrottle

    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "anon", "3/minute")
    statuses = [anon.get(LIST).status_code for _ in range(4)]  # the last three are cache hits
    assert statuses == [200, 200, 200, 429]


def test_cache_hits_keep_validators_and_headers(anon, published):
    first = anon.get(LIST)
    hit = anon.get(LIST)
    assert hit.content == first.content and hit["ETag"] == first["ETag"]
    assert "public" in hit["Cache-Control"] and "Cookie" in hit["Vary"]
    assert anon.get(LIST, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_if_modified_since_cannot_hide_a_list_change_outside_the_verdict_rows(anon, published):
    # given: a reader's copy of the list, then an edit the publication stamp does not cover (the rating's
    # label; the claim, its article and the cited evidence no longer count: published versions show them
    # as approved)
    from django.core.cache import cache

    first = anon.get(LIST)
    since = first.get("Last-Modified") or "Thu, 01 Jan 2099 00:00:00 GMT"
    rating = published.rating
    rating.label = "[Beispiel] Richtig, neu benannt"
    rating.save()
    cache.clear()  # the server-side copy has lived its API_LIST_CACHE_SECONDS
    # when
    again = anon.get(LIST, HTTP_IF_MODIFIED_SINCE=since)
    # then: the new body, and its ETag tells clients whether it changed
    assert again.status_code == 200
    assert again.json()["results"][0]["rating"]["label"] == "[Beispiel] Richtig, neu benannt"
    assert again["ETag"] != first["ETag"]
    assert anon.get(LIST, HTTP_IF_NONE_MATCH=again["ETag"]).status_code == 304


def test_claimreview_url_is_listed_only_where_a_claimreview_is_served(anon, as_checker, published, publisher,
                                                                     publisher2):
    # given: a superseded version (history) and the published correction, then a retraction
    correction = sample.correct_and_publish(published, publisher, publisher2)
    current = anon.get(detail(correction.pk)).json()
    assert anon.get(current["claimreview_url"]).status_code == 200
    # then: readers get no link that answers 404 for the superseded version
    superseded = anon.get(detail(published.pk)).json()
    assert superseded["status"] == "superseded" and superseded["claimreview_url"] is None
    assert anon.get(f"/api/v1/verdicts/{published.pk}/claimreview/").status_code == 404
    # staff may preview any version's ClaimReview, so their shape keeps the link
    staff = as_checker.get(detail(published.pk)).json()
    assert as_checker.get(staff["claimreview_url"]).status_code == 200
    from claims.services.workflow import verdict_transition

    verdict_transition(verdict=correction, user=publisher, action="retract", note="[Beispiel] Falsche Quelle.")
    assert anon.get(detail(correction.pk)).json()["claimreview_url"] is None
