"""Workflow services: legal and illegal moves, four eyes, corrections, stale edits, evidence, concurrency."""

import threading

import pytest
from django.db import connection

from claims.defaults import desk_defaults_ensure
from claims.models import Claim, Evidence, Transition, Verdict
from claims.services.errors import DomainError, IllegalTransition, NotPermitted, StaleVersion
from claims.services.evidence import evidence_pin, evidence_set_stance, evidence_unpin
from claims.services.workflow import (
    claim_allowed_actions,
    claim_dismiss,
    claim_transition,
    claim_triage,
    claim_update,
    verdict_allowed_actions,
    verdict_draft,
    verdict_transition,
    verdict_update,
)
from tests.claims.admin.sample import rating, sample_article, sample_claims, sample_evidence, verdict_in


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def desk_roles(django_db_serialized_rollback, transactional_db):
    """Roles and scale for the transactional test, whatever an earlier flush left (see admin/conftest.py)."""
    desk_defaults_ensure()


@pytest.fixture
def claim(db):
    return sample_claims(sample_article())[0]


def _history(claim):
    return [(t.action, t.from_state, t.to_state) for t in Transition.objects.filter(claim=claim).order_by("id")]


def test_full_path_is_recorded_with_who_when_from_to_and_note(claim, checker, publisher):
    # when
    claim_triage(claim=claim, user=checker, note="prüfen")
    claim_transition(claim=claim, user=checker, action="research")
    claim_transition(claim=claim, user=checker, action="review")
    verdict = verdict_draft(claim=claim, user=checker, rating=rating(), headline="Stimmt nicht")
    verdict_transition(verdict=verdict, user=checker, action="submit")
    verdict_transition(verdict=verdict, user=publisher, action="approve", note="passt")
    verdict_transition(verdict=verdict, user=publisher, action="publish")
    # then
    assert _history(claim) == [
        ("triage", "new", "triaged"), ("research", "triaged", "researching"), ("review", "researching", "in_review"),
        ("draft", "", "draft"), ("draft_verdict", "in_review", "verdict_drafted"), ("submit", "draft", "submitted"),
        ("approve", "submitted", "approved"), ("approve_verdict", "verdict_drafted", "approved"),
        ("publish", "approved", "published"), ("publish_verdict", "approved", "published"),
    ]
    first = Transition.objects.filter(claim=claim).order_by("id").first()
    assert first.actor == checker and first.note == "prüfen" and first.at is not None


def test_illegal_move_says_why_and_what_is_allowed(claim, checker):
    with pytest.raises(IllegalTransition) as refused:
        claim_transition(claim=claim, user=checker, action="review")
    assert refused.value.message == (
        "Refused: a claim that is new cannot be put in review. Allowed now: triage, dismiss, research.")
    assert refused.value.as_dict() == {"detail": refused.value.message, "code": "illegal_transition",
                                       "allowed": ["triage", "dismiss", "research"], "current": "new"}


def test_desks_skip_steps_drafting_from_new_is_recorded(claim, checker):
    verdict_draft(claim=claim, user=checker, rating=rating(), headline="Gleich ein Urteil")
    assert Claim.objects.get(pk=claim.pk).status == "verdict_drafted"
    assert ("draft_verdict", "new", "verdict_drafted") in _history(claim)


@pytest.mark.parametrize("status", ["dismissed", "published"])
def test_no_draft_on_dismissed_or_published_claims(claim, checker, status):
    Claim.objects.filter(pk=claim.pk).update(status=status)
    with pytest.raises(IllegalTransition, match=f"a claim that is {status} cannot get a new verdict"):
        verdict_draft(claim=claim, user=checker, rating=rating(), headline="x")


def test_second_draft_points_to_the_open_verdict(claim, checker):
    verdict = verdict_draft(claim=claim, user=checker, rating=rating(), headline="Erstes")
    with pytest.raises(DomainError, match=f"already has verdict {verdict.pk} in progress") as refused:
        verdict_draft(claim=claim, user=checker, rating=rating(), headline="Zweites")
    assert refused.value.code == "verdict_in_progress"


def test_draft_needs_rating_and_headline_of_at_most_75(claim, checker):
    with pytest.raises(DomainError, match="needs a rating") as no_rating:
        verdict_draft(claim=claim, user=checker, rating=None, headline="x")
    assert no_rating.value.code == "rating_required"
    with pytest.raises(DomainError, match="The headline has 76 characters"):
        verdict_draft(claim=claim, user=checker, rating=rating(), headline="x" * 76)
    verdict_draft(claim=claim, user=checker, rating=rating(), headline="x" * 75 + "  ")


def test_text_with_a_nul_character_is_refused_by_name_and_nothing_is_stored(claim, checker):
    # PostgreSQL cannot store NUL in text; the services say so instead of failing inside an INSERT.
    with pytest.raises(DomainError, match="The body contains a NUL character") as refused:
        verdict_draft(claim=claim, user=checker, rating=rating(), headline="Titel", body="Text\x00")
    assert refused.value.code == "nul_character"
    with pytest.raises(DomainError, match="The speaker contains a NUL character"):
        claim_update(claim=claim, user=checker, speaker="Karl\x00")
    with pytest.raises(DomainError, match="The note contains a NUL character"):
        claim_dismiss(claim=claim, user=checker, reason="Meinung\x00")
    verdict = verdict_draft(claim=claim, user=checker, rating=rating(), headline="Titel")
    with pytest.raises(DomainError, match="The summary contains a NUL character"):
        verdict_update(verdict=verdict, user=checker, expected_version=None, summary="\x00")
    with pytest.raises(DomainError, match="The note contains a NUL character"):
        verdict_transition(verdict=verdict, user=checker, action="submit", note="\x00")
    claim.refresh_from_db()
    assert (claim.speaker, claim.status, Verdict.objects.get(pk=verdict.pk).status) == (
        "Karl Beispiel", "verdict_drafted", "draft")


def test_claim_update_refuses_a_field_changed_since_it_was_read(claim, checker, reporter):
    claim_update(claim=claim, user=reporter, expected={"speaker": "Karl Beispiel"}, speaker="Karl B.")
    with pytest.raises(StaleVersion, match=r"speaker is now “Karl B\.”") as refused:
        claim_update(claim=claim, user=checker, expected={"speaker": "Karl Beispiel"}, speaker="K. Beispiel")
    assert refused.value.extra["changed"] == {"speaker": {"yours": "K. Beispiel", "current": "Karl B."}}
    # the same value as the other editor's, or a field nobody else touched, goes through
    claim_update(claim=claim, user=checker, expected={"speaker": "Karl Beispiel", "language": "de"},
                 speaker="Karl B.", language="en")
    claim.refresh_from_db()
    assert (claim.speaker, claim.language) == ("Karl B.", "en")


def test_dismiss_and_take_back(claim, checker):
    claim_dismiss(claim=claim, user=checker, reason="Meinung")
    assert Claim.objects.get(pk=claim.pk).dismiss_reason == "Meinung"
    claim_triage(claim=claim, user=checker)
    assert Claim.objects.get(pk=claim.pk).dismiss_reason == ""
    assert ("dismiss", "new", "dismissed") in _history(claim)


def test_four_eyes_covers_editors_too(claim, checker, publisher, publisher2):
    verdict = verdict_in("submitted", claim=claim, author=checker)
    verdict_update(verdict=verdict, user=publisher, expected_version=None, body="ergänzt")
    assert "approve" not in verdict_allowed_actions(verdict, publisher)
    with pytest.raises(NotPermitted, match="Four eyes"):
        verdict_transition(verdict=verdict, user=publisher, action="approve")
    verdict_transition(verdict=verdict, user=publisher2, action="approve")


def test_stale_update_lists_yours_against_current(claim, checker, checker2):
    verdict = verdict_in("draft", claim=claim, author=checker)
    seen = Verdict.objects.get(pk=verdict.pk)
    verdict_update(verdict=verdict, user=checker2, expected_version=seen.lock_version, headline="Von B",
                   rating=rating("Falsch"))
    with pytest.raises(StaleVersion) as stale:
        verdict_update(verdict=seen, user=checker, expected_version=seen.lock_version, headline="Von A")
    changed = stale.value.as_dict()["changed"]
    assert changed["headline"] == {"yours": "Von A", "current": "Von B"}
    assert changed["rating"] == {"yours": rating().pk, "current": rating("Falsch").pk}
    assert Verdict.objects.get(pk=verdict.pk).headline == "Von B"


def test_correction_flow_keeps_claim_published_until_the_new_version_replaces_the_old(
        claim, checker, publisher, publisher2):
    verdict = verdict_in("published", claim=claim, author=checker, approver=publisher)
    correction = verdict_transition(verdict=verdict, user=publisher, action="correct", note="Zahl war 9")
    assert (correction.version, correction.status, correction.correction_note) == (2, "draft", "Zahl war 9")
    assert "correct" not in verdict_allowed_actions(verdict, publisher)
    verdict_transition(verdict=correction, user=publisher, action="submit")
    verdict_transition(verdict=correction, user=publisher2, action="return", note="Quelle fehlt")
    verdict_update(verdict=correction, user=publisher, expected_version=None, body="mit Quelle")
    assert Claim.objects.get(pk=claim.pk).status == "published"  # the old version is still the public one
    verdict_transition(verdict=correction, user=publisher2, action="approve")
    verdict_transition(verdict=correction, user=publisher2, action="publish")
    statuses = dict(Verdict.objects.filter(claim=claim).values_list("version", "status"))
    assert statuses == {1: "superseded", 2: "published"}


def test_retract_closes_a_correction_in_progress(claim, checker, publisher):
    verdict = verdict_in("published", claim=claim, author=checker, approver=publisher)
    correction = verdict_transition(verdict=verdict, user=publisher, action="correct", note="Tippfehler")
    verdict_transition(verdict=verdict, user=publisher, action="retract", note="Quelle gefälscht")
    assert Verdict.objects.get(pk=correction.pk).status == "retracted"
    assert Claim.objects.get(pk=claim.pk).status == "retracted"
    assert "draft_verdict" in claim_allowed_actions(Claim.objects.get(pk=claim.pk), checker)


def test_evidence_services_record_and_refuse(claim, checker, reporter):
    ev = sample_evidence(claim, count=1)[0]
    evidence_pin(evidence=ev, user=checker, stance="supports")
    evidence_pin(evidence=ev, user=checker)  # twice is a no-op
    evidence_set_stance(evidence=ev, user=checker, stance="")
    evidence_unpin(evidence=ev, user=checker)
    assert [(t.action, t.from_state, t.to_state) for t in Transition.objects.filter(entity="evidence")] == [
        ("pin", "unpinned", "pinned"), ("set_stance", "", "supports"), ("set_stance", "supports", ""),
        ("unpin", "pinned", "unpinned")]
    with pytest.raises(NotPermitted):
        evidence_pin(evidence=ev, user=reporter)
    with pytest.raises(DomainError, match="Unknown stance “wahr”") as bad:
        evidence_set_stance(evidence=ev, user=checker, stance="wahr")
    assert bad.value.as_dict()["allowed"] == ["supports", "refutes", "mixed", "context"]
    assert not Evidence.objects.get(pk=ev.pk).pinned


def test_foreign_or_garbage_evidence_is_refused(claim, checker):
    foreign = sample_evidence(sample_claims(sample_article())[0], count=1)
    with pytest.raises(DomainError, match="does not belong to claim"):
        verdict_draft(claim=claim, user=checker, rating=rating(), headline="x", evidence=foreign)
    with pytest.raises(DomainError, match="evidence ids"):
        verdict_draft(claim=claim, user=checker, rating=rating(), headline="x", evidence=["abc"])


def _publish_race(verdict_pk, users):
    barrier = threading.Barrier(len(users))
    outcomes = []

    def publish(user):
        try:
            barrier.wait(timeout=10)
            verdict_transition(verdict=Verdict.objects.get(pk=verdict_pk), user=user, action="publish")
            outcomes.append("ok")
        except IllegalTransition as exc:
            outcomes.append(f"refused: verdict was {exc.current}")
        finally:
            connection.close()

    threads = [threading.Thread(target=publish, args=(u,)) for u in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    return sorted(outcomes)


def test_two_threads_publish_at_once_one_wins(desk_roles, checker, publisher, publisher2):
    # given: an approved verdict, committed so both threads see it
    claim = sample_claims(sample_article())[0]
    verdict = verdict_in("approved", claim=claim, author=checker, approver=publisher)
    # when
    outcomes = _publish_race(verdict.pk, [publisher, publisher2])
    # then: one published, the other was refused because it found the verdict published
    assert outcomes == ["ok", "refused: verdict was published"]
    assert Transition.objects.filter(entity="verdict", object_id=verdict.pk, action="publish").count() == 1
    assert Transition.objects.filter(claim=claim, action="publish_verdict").count() == 1
    assert Verdict.objects.get(pk=verdict.pk).status == "published"
