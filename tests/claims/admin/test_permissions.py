"""Every role × action, through the service and through the admin: the admin refuses what the service does."""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.urls import reverse

from claims.models import Claim, Evidence, Verdict
from claims.services.errors import NotPermitted
from claims.services.evidence import evidence_pin
from claims.services.workflow import claim_assign, claim_transition, verdict_draft, verdict_transition, verdict_update
from tests.claims.admin.conftest import messages_of
from tests.claims.admin.sample import rating, sample_article, sample_claims, sample_evidence, verdict_in

ROLES = ["reporter", "checker", "publisher", "readonly"]
DESK = {"checker", "publisher"}
ALLOWED = {
    "triage": DESK, "dismiss": DESK, "assign": DESK, "collect": DESK, "pin": DESK, "draft": DESK, "edit": DESK,
    "submit": DESK, "approve": {"publisher"}, "approve-own": set(), "publish": {"publisher"},
    "correct": {"publisher"}, "retract": {"publisher"},
}
REFUSALS = ("You are not allowed to", "Four eyes:")


@dataclass
class Case:
    service: Callable  # service(user) performs the action
    admin: Callable  # admin(client) -> response
    done: Callable  # done(user) -> whether the action took effect


def _verdict_url(verdict, view="transition"):
    return reverse(f"admin:claims_verdict_{view}", args=[verdict.pk])


def _transition_case(verdict, action, note=""):
    return Case(
        service=lambda user: verdict_transition(verdict=verdict, user=user, action=action, note=note),
        admin=lambda client: client.post(_verdict_url(verdict), {"action": action, "note": note}),
        done=lambda user: _done_transition(verdict, action),
    )


def _done_transition(verdict, action):
    current = Verdict.objects.get(pk=verdict.pk)
    if action == "correct":
        return Verdict.objects.filter(supersedes=verdict).exists()
    return current.status == {"submit": "submitted", "approve": "approved", "publish": "published",
                              "retract": "retracted"}[action]


def build(action, user, checker2, publisher2) -> Case:
    claim = sample_claims(sample_article())[0]
    act = reverse("admin:claims_claim_act", args=[claim.pk])

    def status_is(value):
        return lambda _user: Claim.objects.get(pk=claim.pk).status == value

    if action in ("triage", "dismiss"):
        note = "Meinung" if action == "dismiss" else ""
        return Case(lambda u: claim_transition(claim=claim, user=u, action=action, note=note),
                    lambda c: c.post(act, {"action": action, "note": note}),
                    status_is("triaged" if action == "triage" else "dismissed"))
    if action == "assign":
        return Case(lambda u: claim_assign(claim=claim, user=u, assignee=u),
                    lambda c: c.post(act, {"action": "assign_me"}),
                    lambda u: Claim.objects.get(pk=claim.pk).assignee_id == u.pk)
    if action == "collect":
        # "research" is the workflow step of collecting sources and needs the same permission
        return Case(lambda u: claim_transition(claim=claim, user=u, action="research"),
                    lambda c: c.post(act, {"action": "collect"}),
                    None)
    if action == "pin":
        ev = sample_evidence(claim, count=1)[0]
        return Case(lambda u: evidence_pin(evidence=ev, user=u),
                    lambda c: c.post(reverse("admin:claims_claim_evidence", args=[claim.pk, ev.pk]), {"op": "pin"}),
                    lambda u: Evidence.objects.get(pk=ev.pk).pinned)
    if action == "draft":
        add = reverse("admin:claims_verdict_add") + f"?claim={claim.pk}"
        return Case(lambda u: verdict_draft(claim=claim, user=u, rating=rating(), headline="Titel"),
                    lambda c: c.post(add, {"claim": claim.pk, "rating": rating().pk, "headline": "Titel"}),
                    lambda u: Verdict.objects.filter(claim=claim).exists())
    if action == "edit":
        verdict = verdict_in("draft", claim=claim, author=checker2)
        data = {"rating": verdict.rating_id, "headline": "Geändert", "summary": "", "body": "",
                "lock_version": verdict.lock_version}
        return Case(lambda u: verdict_update(verdict=verdict, user=u, expected_version=None, headline="Geändert"),
                    lambda c: c.post(_verdict_url(verdict, "change"), data),
                    lambda u: Verdict.objects.get(pk=verdict.pk).headline == "Geändert")
    if action == "approve-own":
        verdict = Verdict.objects.create(claim=claim, rating=rating(), headline="Eigenes", created_by=user,
                                         status="submitted")
        verdict.authors.add(user)
        return _transition_case(verdict, "approve")
    start = {"submit": "draft", "approve": "submitted", "publish": "approved", "correct": "published",
             "retract": "published"}[action]
    verdict = verdict_in(start, claim=claim, author=checker2, approver=publisher2)
    return _transition_case(verdict, action, note="Begründung" if action in ("correct", "retract") else "")


MATRIX = [(role, action) for action in ALLOWED for role in ROLES]


@pytest.mark.parametrize(("role", "action"), MATRIX)
def test_service_permission(request, role, action, checker2, publisher2):
    # given
    user = request.getfixturevalue(role)
    case = build(action, user, checker2, publisher2)
    # when / then
    if role in ALLOWED[action]:
        case.service(user)
        assert case.done is None or case.done(user)
    else:
        with pytest.raises(NotPermitted) as refused:
            case.service(user)
        assert refused.value.http_status == 403
        assert refused.value.message.startswith(REFUSALS)
        assert case.done is None or not case.done(user)


@pytest.mark.parametrize(("role", "action"), MATRIX)
def test_admin_permission(request, client_for, role, action, checker2, publisher2):
    # given
    user = request.getfixturevalue(role)
    case = build(action, user, checker2, publisher2)
    # when
    response = case.admin(client_for(user))
    # then: never a 500; allowed actions take effect, refused ones say why (or the page is forbidden)
    assert response.status_code in (302, 403), response.status_code
    notes = messages_of(response) if response.status_code == 302 else []
    refused = [m for m in notes if m.startswith(REFUSALS)]
    if role in ALLOWED[action]:
        assert response.status_code == 302 and not refused, notes
        assert case.done is None or case.done(user)
    else:
        assert response.status_code == 403 or refused, notes
        assert case.done is None or not case.done(user)
