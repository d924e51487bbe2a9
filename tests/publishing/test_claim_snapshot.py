"""A published verdict shows the claim as it was approved: a later edit of the claim's speaker or language
reaches readers only through a correction, approved by a second editor and kept in the history."""

import json
import re

import pytest

from claims.models import Verdict
from claims.publishing.webhooks import webhook_payload
from claims.services.workflow import claim_update, verdict_transition
from tests.publishing import sample

OLD, NEW = "Ministerin Beispiel", "[Beispiel] Staatssekretär Muster"


def _page(client, verdict):
    response = client.get(f"/verdicts/{verdict.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    jsonld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    return html, jsonld


def _api_claim(anon, verdict):
    return anon.get(f"/api/v1/verdicts/{verdict.pk}/").json()["claim"]


def test_claim_edit_after_publication_leaves_every_public_output_unchanged(client, anon, published, reporter):
    # given: what readers see now
    before_review = anon.get(f"/api/v1/verdicts/{published.pk}/claimreview/").json()
    assert before_review["itemReviewed"]["author"]["name"] == OLD and before_review["inLanguage"] == "de"
    # when: a Reporter corrects the claim internally
    claim_update(claim=published.claim, user=reporter, speaker=NEW, language="en")
    # then: ClaimReview (API, page, DataFeed), the API verdict and a webhook payload still say what was approved
    assert anon.get(f"/api/v1/verdicts/{published.pk}/claimreview/").json() == before_review
    html, jsonld = _page(client, published)
    assert jsonld == before_review
    assert OLD in html and NEW not in html and '<html lang="de">' in html
    [item] = anon.get("/api/v1/claimreview/").json()["dataFeedElement"]
    assert item["item"][0]["itemReviewed"]["author"]["name"] == OLD and item["item"][0]["inLanguage"] == "de"
    assert _api_claim(anon, published)["speaker"] == OLD and _api_claim(anon, published)["language"] == "de"
    [listed] = anon.get("/api/v1/verdicts/").json()["results"]
    assert listed["claim"]["speaker"] == OLD and listed["claim"]["language"] == "de"
    verdict = Verdict.objects.select_related("claim", "claim__article", "rating").get(pk=published.pk)
    payload = webhook_payload("verdict.published", verdict)
    assert payload["claim"]["speaker"] == OLD and payload["claimreview"]["itemReviewed"]["author"]["name"] == OLD
    # and the claim itself holds the editor's change for the desk
    published.claim.refresh_from_db()
    assert (published.claim.speaker, published.claim.language) == (NEW, "en")


def test_the_public_claim_shows_what_is_published_until_a_correction(anon, published, reporter, publisher,
                                                                     publisher2):
    claim_update(claim=published.claim, user=reporter, speaker=NEW, language="en")
    shown = anon.get(f"/api/v1/claims/{published.claim_id}/").json()
    [listed] = anon.get("/api/v1/claims/").json()["results"]
    assert (shown["speaker"], shown["language"]) == (listed["speaker"], listed["language"]) == (OLD, "de")
    sample.correct_and_publish(published, publisher, publisher2, note="[Beispiel] Sprecher berichtigt.")
    assert anon.get(f"/api/v1/claims/{published.claim_id}/").json()["speaker"] == NEW


def test_a_correction_approved_after_the_edit_publishes_it_and_history_keeps_the_old(
        client, anon, published, reporter, publisher, publisher2):
    claim_update(claim=published.claim, user=reporter, speaker=NEW)
    # when
    correction = sample.correct_and_publish(published, publisher, publisher2, note="[Beispiel] Sprecher berichtigt.")
    # then: the new version publishes the new speaker everywhere
    assert correction.claim_snapshot == {"speaker": NEW, "language": "de"}
    review = anon.get(f"/api/v1/verdicts/{correction.pk}/claimreview/").json()
    assert review["itemReviewed"]["author"]["name"] == NEW
    html, jsonld = _page(client, correction)
    assert jsonld["itemReviewed"]["author"]["name"] == NEW and NEW in html
    assert _api_claim(anon, correction)["speaker"] == NEW
    # and the superseded version, readable as history, keeps what it published
    published.refresh_from_db()
    assert published.status == Verdict.Status.SUPERSEDED
    assert published.claim_snapshot == {"speaker": OLD, "language": "de"}
    assert _api_claim(anon, published)["speaker"] == OLD


def test_what_the_approver_saw_is_what_gets_published(anon, claim, checker, publisher, reporter):
    verdict = sample.draft(claim, checker)
    verdict_transition(verdict=verdict, user=checker, action="submit")
    verdict_transition(verdict=verdict, user=publisher, action="approve")
    claim_update(claim=claim, user=reporter, speaker=NEW)  # after approval, before publication
    verdict_transition(verdict=verdict, user=publisher, action="publish")
    review = anon.get(f"/api/v1/verdicts/{verdict.pk}/claimreview/").json()
    assert review["itemReviewed"]["author"]["name"] == OLD


def test_sending_back_drops_the_snapshot_and_the_next_approval_takes_the_claim_anew(
        claim, checker, publisher, reporter):
    verdict = sample.draft(claim, checker)
    verdict_transition(verdict=verdict, user=checker, action="submit")
    verdict_transition(verdict=verdict, user=publisher, action="approve")
    verdict_transition(verdict=verdict, user=publisher, action="return", note="[Beispiel] Sprecher prüfen.")
    assert verdict.claim_snapshot is None
    claim_update(claim=claim, user=reporter, speaker=NEW)
    verdict_transition(verdict=verdict, user=checker, action="submit")
    verdict_transition(verdict=verdict, user=publisher, action="approve")
    assert verdict.claim_snapshot == {"speaker": NEW, "language": "de"}


@pytest.mark.django_db
def test_the_migration_fills_existing_verdicts_from_their_claims(published, claim, checker):
    draft_claim = sample.make_claim(claim.article, start=1, end=10, speaker="[Beispiel] Entwurf")
    unapproved = sample.draft(draft_claim, checker)
    sample.remigrate("0005_sources_collection", "0006_verdict_claim_snapshot")
    published.refresh_from_db()
    unapproved.refresh_from_db()
    assert published.claim_snapshot == {"speaker": OLD, "language": "de"}
    assert unapproved.claim_snapshot is None  # a draft takes its snapshot when approved
