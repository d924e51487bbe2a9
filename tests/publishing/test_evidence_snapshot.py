"""A published verdict quotes its cited evidence (passage, ranks, stances, source title, URL, publisher,
date) as it was approved: a later collection run that re-fetches a passage reaches readers only through
an approved, published correction."""

import re
from datetime import UTC, datetime

import pytest

from claims.models import Evidence, Source, Verdict
from claims.services.workflow import verdict_transition, verdict_update
from tests.publishing import sample

OLD_PASSAGE = "[Beispiel] Die Inflationsrate betrug 2024 im Jahresschnitt 2,9 Prozent."
NEW_PASSAGE = "[Beispiel] Nachträglich geladener Text, den niemand freigegeben hat."
NEW_TITLE, NEW_PUBLISHER = "[Sample] Re-fetched title", "[Sample] Other Office"


def _recollect(items):
    """What a later collection run does to the rows by position: new passage, scores, stance; the
    source refreshed from the re-fetched page."""
    for item in items:
        Evidence.objects.filter(pk=item.pk).update(
            passage=NEW_PASSAGE, relevance=0.1, rank=9, stance=Evidence.NumericStance.CONFLICTS)
        Source.objects.filter(pk=item.source_id).update(
            title=NEW_TITLE, publisher=NEW_PUBLISHER, url=f"https://moved.example.org/{item.source_id}",
            published_at=datetime(2026, 2, 1, tzinfo=UTC))


def _page_evidence(client, verdict):
    response = client.get(f"/verdicts/{verdict.slug}/")
    assert response.status_code == 200
    return re.search(r'<ol class="evidence">(.*?)</ol>', response.content.decode(), re.S).group(1)


def _public(client, anon, verdict):
    evidence_ids = sorted(e["id"] for e in anon.get(f"/api/v1/verdicts/{verdict.pk}/").json()["evidence"])
    return {
        "page": _page_evidence(client, verdict),
        "verdict": anon.get(f"/api/v1/verdicts/{verdict.pk}/").json()["evidence"],
        "list": anon.get("/api/v1/verdicts/").json()["results"][0]["evidence"],
        "evidence": anon.get("/api/v1/evidence/").json()["results"],
        "one": [anon.get(f"/api/v1/evidence/{pk}/").json() for pk in evidence_ids],
        "claim": anon.get(f"/api/v1/claims/{verdict.claim_id}/evidence/").json(),
    }


def test_recollection_after_publication_leaves_every_public_output_unchanged(client, anon, published, evidence):
    from django.core.cache import cache

    before = _public(client, anon, published)
    assert OLD_PASSAGE in before["page"] and before["verdict"][0]["passage"] == OLD_PASSAGE
    assert before["one"][0]["passage"] == OLD_PASSAGE and before["one"][0]["source"]["title"].startswith("[Sample] V")
    # when: a collection run re-fetches the cited passages and their sources
    _recollect(evidence)
    cache.clear()  # the server-side list copies have lived their time
    # then: the page, the verdict (detail and list) and the public evidence reads quote what was approved
    after = _public(client, anon, published)
    assert after == before
    assert NEW_PASSAGE not in str(after) and NEW_TITLE not in str(after)


def test_a_correction_approved_after_the_recollection_publishes_it_and_history_keeps_the_old(
        client, anon, published, evidence, publisher, publisher2):
    _recollect(evidence)
    correction = sample.correct_and_publish(published, publisher, publisher2, note="[Beispiel] Belege aktualisiert.")
    assert [e["passage"] for e in correction.evidence_snapshot] == [NEW_PASSAGE, NEW_PASSAGE]
    page = _page_evidence(client, correction)
    assert NEW_PASSAGE in page and NEW_TITLE in page and NEW_PUBLISHER in page and OLD_PASSAGE not in page
    shown = anon.get(f"/api/v1/verdicts/{correction.pk}/").json()["evidence"][0]
    assert shown["passage"] == NEW_PASSAGE and shown["source"]["title"] == NEW_TITLE
    assert shown["stance"] == "conflicts"
    assert anon.get(f"/api/v1/evidence/{evidence[0].pk}/").json()["passage"] == NEW_PASSAGE
    # the superseded version stays readable as it was published
    published.refresh_from_db()
    assert published.status == Verdict.Status.SUPERSEDED
    old = anon.get(f"/api/v1/verdicts/{published.pk}/").json()["evidence"]
    assert {e["passage"] for e in old} == {OLD_PASSAGE}
    assert old[0]["source"]["publisher"] == "Sample Statistics Office"


def test_sending_back_or_editing_drops_the_evidence_snapshot(claim, evidence, checker, publisher):
    verdict = sample.draft(claim, checker, evidence=[e.pk for e in evidence])
    verdict_transition(verdict=verdict, user=checker, action="submit")
    verdict_transition(verdict=verdict, user=publisher, action="approve")
    assert [e["id"] for e in verdict.evidence_snapshot] == [e.pk for e in evidence]
    assert verdict.evidence_snapshot[0]["source"]["published_at"] == "2025-01-15T00:00:00+00:00"
    verdict_transition(verdict=verdict, user=publisher, action="return", note="[Beispiel] Belege prüfen.")
    assert verdict.evidence_snapshot is None
    _recollect(evidence)
    verdict_transition(verdict=verdict, user=checker, action="submit")
    verdict_transition(verdict=verdict, user=publisher, action="approve")
    assert {e["passage"] for e in verdict.evidence_snapshot} == {NEW_PASSAGE}
    edited = verdict_update(verdict=verdict, user=checker, expected_version=None, evidence=[evidence[0].pk])
    assert edited.status == Verdict.Status.DRAFT and edited.evidence_snapshot is None
    edited.refresh_from_db()
    assert edited.evidence_snapshot is None


def test_an_unapproved_draft_shows_its_evidence_live(claim, evidence, checker):
    verdict = sample.draft(claim, checker, evidence=[e.pk for e in evidence])
    _recollect(evidence)
    assert [item.passage for item in verdict.evidence_shown()] == [NEW_PASSAGE, NEW_PASSAGE]


@pytest.mark.django_db
def test_the_migration_fills_existing_verdicts_from_their_evidence(client, anon, published, evidence, claim, checker):
    before = _public(client, anon, published)
    unapproved = sample.draft(sample.make_claim(claim.article, start=1, end=10), checker)
    sample.remigrate("0007_verdict_article_snapshot", "0008_verdict_evidence_snapshot")
    published.refresh_from_db()
    unapproved.refresh_from_db()
    assert [e["id"] for e in published.evidence_snapshot] == [e.pk for e in evidence]
    assert unapproved.evidence_snapshot is None
    # the filled snapshot reads back as the service's own: the same public outputs after a re-collection
    _recollect(evidence)
    from django.core.cache import cache
    cache.clear()
    assert _public(client, anon, published) == before
