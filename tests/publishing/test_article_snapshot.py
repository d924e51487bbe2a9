"""A published verdict shows the claim's article (title, URL, publisher, date, language) as it was approved:
an admin edit of the article reaches readers only through a correction."""

import json
import re
from datetime import UTC, datetime

import pytest

from claims.models import Article, Verdict
from claims.services.workflow import verdict_transition
from tests.publishing import sample

OLD_TITLE, NEW_TITLE = "[Beispiel] Budgetdebatte 1", "[Beispiel] Budgetdebatte, neuer Titel"
NEW_PUBLISHER = "[Sample] Other Wire"


def _edit_article(article):
    Article.objects.filter(pk=article.pk).update(
        title=NEW_TITLE, publisher=NEW_PUBLISHER, language="en", url="https://news.example.org/sample/moved",
        published_at=datetime(2026, 1, 5, 12, 0, tzinfo=UTC),
    )


def _page(client, verdict):
    response = client.get(f"/verdicts/{verdict.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    jsonld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    return html, jsonld


def _public(client, anon, verdict):
    html, jsonld = _page(client, verdict)
    return {
        "review": anon.get(f"/api/v1/verdicts/{verdict.pk}/claimreview/").json(),
        "jsonld": jsonld,
        "feed": anon.get("/api/v1/claimreview/").json()["dataFeedElement"],
        "verdict": anon.get(f"/api/v1/verdicts/{verdict.pk}/").json()["claim"]["article"],
        "list": anon.get("/api/v1/verdicts/").json()["results"][0]["claim"]["article"],
        "claim": anon.get(f"/api/v1/claims/{verdict.claim_id}/").json()["article"],
        "claims": anon.get("/api/v1/claims/").json()["results"][0]["article"],
        "page": re.search(r'<p class="meta">(.*?)</p>', html, re.S).group(1),
    }


def test_article_edit_after_publication_leaves_every_public_output_unchanged(client, anon, published):
    from django.core.cache import cache

    before = _public(client, anon, published)
    assert before["review"]["itemReviewed"]["appearance"][0]["headline"] == OLD_TITLE
    assert before["verdict"]["title"] == before["claim"]["title"] == OLD_TITLE
    # when: an editor changes the article in the admin
    _edit_article(published.claim.article)
    cache.clear()  # the server-side list copies have lived their time
    # then: ClaimReview (API, page, DataFeed), the page, the API's nested article are as approved
    assert _public(client, anon, published) == before


def test_the_publisher_fallback_for_the_author_is_as_approved(anon, claim, evidence, checker, publisher):
    claim.speaker = ""
    claim.save()
    verdict = sample.publish(claim, checker, publisher)
    _edit_article(claim.article)
    review = anon.get(f"/api/v1/verdicts/{verdict.pk}/claimreview/").json()
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "name": "Sample Wire"}
    assert review["itemReviewed"]["datePublished"] == "2025-12-03T09:00:00+00:00"


def test_a_correction_approved_after_the_edit_publishes_it_and_history_keeps_the_old(
        client, anon, published, publisher, publisher2):
    _edit_article(published.claim.article)
    correction = sample.correct_and_publish(published, publisher, publisher2, note="[Beispiel] Quelle berichtigt.")
    assert correction.article_snapshot["title"] == NEW_TITLE
    review = anon.get(f"/api/v1/verdicts/{correction.pk}/claimreview/").json()
    assert review["itemReviewed"]["appearance"][0]["headline"] == NEW_TITLE
    assert review["itemReviewed"]["appearance"][0]["publisher"]["name"] == NEW_PUBLISHER
    html, jsonld = _page(client, correction)
    assert jsonld == review and NEW_TITLE in html and NEW_PUBLISHER in html
    assert anon.get(f"/api/v1/claims/{published.claim_id}/").json()["article"]["title"] == NEW_TITLE
    published.refresh_from_db()
    assert published.status == Verdict.Status.SUPERSEDED
    assert anon.get(f"/api/v1/verdicts/{published.pk}/").json()["claim"]["article"]["title"] == OLD_TITLE


def test_sending_back_drops_the_article_snapshot_and_the_next_approval_takes_it_anew(claim, checker, publisher):
    verdict = sample.draft(claim, checker)
    verdict_transition(verdict=verdict, user=checker, action="submit")
    verdict_transition(verdict=verdict, user=publisher, action="approve")
    assert verdict.article_snapshot["title"] == OLD_TITLE
    verdict_transition(verdict=verdict, user=publisher, action="return", note="[Beispiel] Quelle prüfen.")
    assert verdict.article_snapshot is None
    _edit_article(claim.article)
    verdict_transition(verdict=verdict, user=checker, action="submit")
    verdict_transition(verdict=verdict, user=publisher, action="approve")
    assert verdict.article_snapshot == {
        "title": NEW_TITLE, "url": "https://news.example.org/sample/moved", "publisher": NEW_PUBLISHER,
        "language": "en", "published_at": "2026-01-05T12:00:00+00:00",
    }


@pytest.mark.django_db
def test_the_migration_fills_existing_verdicts_from_their_articles(client, anon, published, claim, checker):
    before = anon.get(f"/api/v1/verdicts/{published.pk}/claimreview/").json()
    draft_claim = sample.make_claim(claim.article, start=1, end=10)
    unapproved = sample.draft(draft_claim, checker)
    sample.remigrate("0006_verdict_claim_snapshot", "0007_verdict_article_snapshot")
    published.refresh_from_db()
    unapproved.refresh_from_db()
    assert published.article_snapshot == {
        "title": OLD_TITLE, "url": "https://news.example.org/sample/1", "publisher": "Sample Wire",
        "language": "de", "published_at": "2025-12-03T09:00:00+00:00",
    }
    assert unapproved.article_snapshot is None
    # the filled snapshot reads back as the service's own: the same ClaimReview
    _edit_article(claim.article)
    assert anon.get(f"/api/v1/verdicts/{published.pk}/claimreview/").json() == before
