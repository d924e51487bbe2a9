"""Claim and verdict workflow: guarded transitions, four eyes, and an audit row for each.

Every transition locks the claim row first, so two editors acting on the same claim at once are
serialised: the second sees the first one's result and is refused with what is allowed now.
"""

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify

from claims.models import Article, Claim, Evidence, Rating, Transition, Verdict
from claims.models.languages import Language
from claims.models.verdicts import (
    ARTICLE_SNAPSHOT_FIELDS,
    CITED_ORDER,
    article_snapshot_of,
    claim_snapshot_of,
    evidence_snapshot_of,
)
from claims.services import events
from claims.services.audit import transition_record
from claims.services.errors import DomainError, IllegalTransition, NotPermitted, StaleVersion
from claims.services.text import refuse_nul

S = Claim.Status
V = Verdict.Status

# action -> (states it may start from, state it leads to, permission)
CLAIM_ACTIONS = {
    "triage": ({S.NEW, S.DISMISSED}, S.TRIAGED, "claims.triage_claim"),
    "dismiss": ({S.NEW, S.TRIAGED, S.RESEARCHING, S.IN_REVIEW}, S.DISMISSED, "claims.triage_claim"),
    "research": ({S.NEW, S.TRIAGED, S.IN_REVIEW}, S.RESEARCHING, "claims.collect_sources"),
    "review": ({S.RESEARCHING}, S.IN_REVIEW, "claims.collect_sources"),
}
# A verdict may be drafted on any claim that is neither dismissed nor published (desks skip steps);
# a claim whose verdict is still open is refused by verdict_draft with a pointer to that verdict.
DRAFTABLE = {S.NEW, S.TRIAGED, S.RESEARCHING, S.IN_REVIEW, S.VERDICT_DRAFTED, S.APPROVED, S.RETRACTED}

VERDICT_ACTIONS = {
    "submit": ({V.DRAFT}, V.SUBMITTED, "claims.draft_verdict"),
    "return": ({V.SUBMITTED, V.APPROVED}, V.DRAFT, "claims.approve_verdict"),
    "approve": ({V.DRAFT, V.SUBMITTED}, V.APPROVED, "claims.approve_verdict"),
    "publish": ({V.APPROVED}, V.PUBLISHED, "claims.publish_verdict"),
    "correct": ({V.PUBLISHED}, V.PUBLISHED, "claims.correct_verdict"),
    "retract": ({V.PUBLISHED}, V.RETRACTED, "claims.retract_verdict"),
}
EDITABLE = {V.DRAFT, V.SUBMITTED, V.APPROVED}
EDIT_FIELDS = ("rating", "headline", "summary", "body", "correction_note")


def _allowed(table, state) -> list[str]:
    return [name for name, (sources, _to, _perm) in table.items() if state in sources]


def _require_perm(user, perm: str, doing: str):
    if user is None or not user.is_authenticated or not user.has_perm(perm):
        raise NotPermitted(f"You are not allowed to {doing}: it needs the permission “{perm}”.")


PAST_TENSE = {
    "triage": "triaged", "dismiss": "dismissed", "research": "researched", "review": "put in review",
    "submit": "submitted", "return": "returned", "approve": "approved", "publish": "published",
    "correct": "corrected", "retract": "retracted",
}


def _refuse(kind: str, action: str, current: str, allowed: list[str], why: str = ""):
    options = ", ".join(allowed) if allowed else "nothing (this is a final state)"
    reason = why or f"a {kind} that is {current} cannot be {PAST_TENSE.get(action, action + 'ed')}"
    raise IllegalTransition(f"Refused: {reason}. Allowed now: {options}.", allowed=allowed, current=current)


def _lock_claim(claim_id) -> Claim:
    return Claim.objects.select_for_update().get(pk=claim_id)


def _lock_verdict(verdict_id) -> Verdict:
    return Verdict.objects.select_for_update().get(pk=verdict_id)


def _set_claim_status(claim: Claim, to: str, *, action: str, actor, note=""):
    if claim.status == to:
        return
    from_state = claim.status
    Claim.objects.filter(pk=claim.pk).update(status=to, updated_at=timezone.now())
    claim.status = to
    transition_record(
        entity=Transition.Entity.CLAIM, obj=claim, claim=claim, action=action,
        from_state=from_state, to_state=to, actor=actor, note=note,
    )


# --- claims -----------------------------------------------------------------------------------

def claim_allowed_actions(claim: Claim, user=None) -> list[str]:
    names = _allowed(CLAIM_ACTIONS, claim.status)
    if user is not None:
        names = [n for n in names if user.has_perm(CLAIM_ACTIONS[n][2])]
    may_draft = user is None or user.has_perm("claims.draft_verdict")
    if may_draft and claim.status in DRAFTABLE and not claim.verdicts.filter(status__in=EDITABLE).exists():
        names.append("draft_verdict")
    return names


@transaction.atomic
def claim_transition(*, claim: Claim, user, action: str, note: str = "", system: bool = False) -> Claim:
    """Move a claim by a named action (triage, dismiss, research, review)."""
    if action not in CLAIM_ACTIONS:
        raise DomainError(f"Unknown claim action “{action}”. Known: {', '.join(CLAIM_ACTIONS)}.", code="unknown_action")
    sources, to, perm = CLAIM_ACTIONS[action]
    if not system:
        _require_perm(user, perm, f"{action} claims")
    refuse_nul(note=note)
    if action == "dismiss" and not note.strip():
        raise DomainError("Dismissing a claim needs a reason.", code="reason_required")
    locked = _lock_claim(claim.pk)
    if locked.status not in sources:
        _refuse("claim", action, locked.status, _allowed(CLAIM_ACTIONS, locked.status))
    if action == "dismiss":
        Claim.objects.filter(pk=locked.pk).update(dismiss_reason=note.strip())
        locked.dismiss_reason = note.strip()
    elif action == "triage" and locked.dismiss_reason:  # taken back in: the reason stays in the history only
        Claim.objects.filter(pk=locked.pk).update(dismiss_reason="")
        locked.dismiss_reason = ""
    _set_claim_status(locked, to, action=action, actor=user, note=note)
    claim.status, claim.dismiss_reason = locked.status, locked.dismiss_reason
    return locked


def claim_triage(*, claim, user, note=""):
    return claim_transition(claim=claim, user=user, action="triage", note=note)


def claim_dismiss(*, claim, user, reason):
    return claim_transition(claim=claim, user=user, action="dismiss", note=reason)


CLAIM_EDIT_FIELDS = ("speaker", "language")


@transaction.atomic
def claim_update(*, claim: Claim, user, expected: dict | None = None, **fields) -> Claim:
    """Correct who said it or the language; text and offsets stay as extracted. Recorded as an "edit".
    Published verdicts keep the values they were approved with: the change goes public by a correction.

    `expected`: field -> the value the editor read. A field someone else changed since then is refused
    (StaleVersion) rather than silently overwritten.
    """
    _require_perm(user, "claims.change_claim", "edit claims")
    unknown = set(fields) - set(CLAIM_EDIT_FIELDS)
    if unknown:
        raise DomainError(f"These fields cannot be changed here: {', '.join(sorted(unknown))}.", code="read_only_field")
    if "language" in fields and fields["language"] not in {"", *Language.values}:
        raise DomainError(f"Unknown language “{fields['language']}”: use {', '.join(Language.values)}.",
                          code="bad_language")
    refuse_nul(**fields)
    if len(fields.get("speaker") or "") > 300:
        raise DomainError("The speaker has more than 300 characters.", code="speaker_too_long")
    locked = _lock_claim(claim.pk)
    conflicts = {name: {"yours": value, "current": getattr(locked, name)} for name, value in fields.items()
                 if name in (expected or {}) and getattr(locked, name) not in (expected[name], value)}
    if conflicts:
        now = "; ".join(f"{name} is now “{values['current']}”" for name, values in conflicts.items())
        raise StaleVersion(f"Claim {locked.pk} was changed by someone else since you opened it: {now}. "
                           "Nothing was saved; reload and reapply your edits.", changed=conflicts)
    changed = {name: value for name, value in fields.items() if getattr(locked, name) != value}
    if not changed:
        return locked
    Claim.objects.filter(pk=locked.pk).update(**changed, updated_at=timezone.now())
    note = "; ".join(f"{name}: “{getattr(locked, name)}” → “{value}”" for name, value in changed.items())
    for name, value in changed.items():
        setattr(locked, name, value)
        setattr(claim, name, value)
    transition_record(
        entity=Transition.Entity.CLAIM, obj=locked, claim=locked, action="edit",
        from_state=locked.status, to_state=locked.status, actor=user, note=note,
    )
    return locked


@transaction.atomic
def claim_assign(*, claim: Claim, user, assignee) -> Claim:
    """Give a claim to someone (None to unassign); recorded in the history."""
    _require_perm(user, "claims.assign_claim", "assign claims")
    locked = _lock_claim(claim.pk)
    if locked.assignee_id == (assignee.pk if assignee else None):
        return locked
    Claim.objects.filter(pk=locked.pk).update(assignee=assignee, updated_at=timezone.now())
    locked.assignee = assignee
    claim.assignee = assignee
    transition_record(
        entity=Transition.Entity.CLAIM, obj=locked, claim=locked, action="assign",
        from_state=locked.status, to_state=locked.status, actor=user,
        note=f"assigned to {assignee.get_username()}" if assignee else "unassigned",
    )
    return locked


# --- verdicts ---------------------------------------------------------------------------------

def verdict_allowed_actions(verdict: Verdict, user=None) -> list[str]:
    names = _allowed(VERDICT_ACTIONS, verdict.status)
    if user is not None:
        names = [n for n in names if user.has_perm(VERDICT_ACTIONS[n][2])]
        if "approve" in names and _is_author(verdict, user):
            names.remove("approve")
    if "correct" in names and verdict.claim.verdicts.filter(supersedes=verdict).exists():
        names.remove("correct")
    return names


def _is_author(verdict: Verdict, user) -> bool:
    return verdict.created_by_id == user.pk or verdict.authors.filter(pk=user.pk).exists()


def _check_evidence(claim: Claim, evidence) -> list[Evidence]:
    items = list(evidence or [])
    try:
        ids = [e.pk if isinstance(e, Evidence) else int(e) for e in items]
    except (TypeError, ValueError):
        raise DomainError("Evidence must be given as evidence ids.", code="invalid_evidence") from None
    found = list(Evidence.objects.filter(pk__in=ids, claim=claim))
    missing = sorted(set(ids) - {e.pk for e in found})
    if missing:
        raise DomainError(
            f"Evidence {', '.join(map(str, missing))} does not belong to claim {claim.pk}.", code="foreign_evidence"
        )
    return found


def _check_fields(fields: dict):
    refuse_nul(**fields)
    if "headline" in fields:
        headline = fields["headline"]
        if not isinstance(headline, str) or not headline.strip():
            raise DomainError("A verdict needs a headline.", code="headline_required")
        if len(headline.strip()) > 75:
            raise DomainError(
                f"The headline has {len(headline.strip())} characters; at most 75 fit ClaimReview's claimReviewed.",
                code="headline_too_long",
            )
    if "rating" in fields and fields["rating"] is None:
        raise DomainError("A verdict needs a rating from the scale.", code="rating_required")
    rating = fields.get("rating")
    if rating is not None and not isinstance(rating, Rating):
        raise DomainError("rating must be a Rating.", code="invalid_rating")


@transaction.atomic
def verdict_draft(*, claim: Claim, user, rating: Rating, headline: str, summary="", body="", evidence=()) -> Verdict:
    """Start a verdict on a claim; moves the claim to "verdict drafted"."""
    _require_perm(user, "claims.draft_verdict", "draft verdicts")
    locked = _lock_claim(claim.pk)
    if locked.status not in DRAFTABLE:
        why = f"a claim that is {locked.status} cannot get a new verdict"
        if locked.status == S.PUBLISHED:
            why += " (correct the published verdict instead)"
        _refuse("claim", "draft", locked.status, claim_allowed_actions(locked), why=why)
    open_verdict = locked.verdicts.filter(status__in=EDITABLE).first()
    if open_verdict:
        raise DomainError(
            f"Claim {locked.pk} already has verdict {open_verdict.pk} in progress ({open_verdict.status}); "
            "edit that one.",
            code="verdict_in_progress", verdict=open_verdict.pk,
        )
    _check_fields({"headline": headline, "rating": rating, "summary": summary, "body": body})
    cited = _check_evidence(locked, evidence)
    version = (locked.verdicts.aggregate(v=Max("version"))["v"] or 0) + 1
    verdict = Verdict.objects.create(
        claim=locked, version=version, rating=rating, headline=headline.strip(), summary=summary, body=body,
        created_by=user, slug=_slug(headline, locked),
    )
    verdict.authors.add(user)
    verdict.evidence.set(cited)
    transition_record(
        entity=Transition.Entity.VERDICT, obj=verdict, claim=locked, action="draft",
        from_state="", to_state=V.DRAFT, actor=user,
    )
    _set_claim_status(locked, S.VERDICT_DRAFTED, action="draft_verdict", actor=user)
    return verdict


def _slug(headline: str, claim: Claim) -> str:
    return f"{slugify(headline)[:100] or 'verdict'}-{claim.pk}"


@transaction.atomic
def verdict_update(*, verdict: Verdict, user, expected_version: int | None, evidence=None, **fields) -> Verdict:
    """Edit a verdict that is not yet published. A stale `expected_version` is refused with the changes."""
    _require_perm(user, "claims.draft_verdict", "edit verdicts")
    unknown = set(fields) - set(EDIT_FIELDS)
    if unknown:
        raise DomainError(f"These fields cannot be changed here: {', '.join(sorted(unknown))}.", code="read_only_field")
    _lock_claim(verdict.claim_id)
    locked = _lock_verdict(verdict.pk)
    if expected_version is not None and locked.lock_version != expected_version:
        raise StaleVersion(
            f"Verdict {locked.pk} was changed by someone else since you opened it "
            f"(your version {expected_version}, now {locked.lock_version}). Reload and reapply your edits.",
            current_version=locked.lock_version, changed=_diff(verdict, locked, fields, evidence),
        )
    if locked.status not in EDITABLE:
        _refuse("verdict", "edit", locked.status, _allowed(VERDICT_ACTIONS, locked.status),
                why=f"a verdict that is {locked.status} cannot be edited (correct it instead)")
    _check_fields(fields)
    for name, value in fields.items():
        setattr(locked, name, value.strip() if name == "headline" else value)
    locked.lock_version += 1
    reset = locked.status != V.DRAFT
    if reset:  # an edit after submission or approval needs fresh eyes
        from_state, locked.status, locked.approved_by, locked.approved_at = locked.status, V.DRAFT, None, None
        for name in NO_SNAPSHOTS:
            setattr(locked, name, None)
    locked.save()
    if evidence is not None:
        locked.evidence.set(_check_evidence(locked.claim, evidence))
    locked.authors.add(user)
    if reset:
        transition_record(
            entity=Transition.Entity.VERDICT, obj=locked, claim=locked.claim, action="edit",
            from_state=from_state, to_state=V.DRAFT, actor=user, note="edited after submission; needs approval again",
        )
        if not locked.supersedes_id:  # a correction in progress leaves the published claim as it is
            _set_claim_status(locked.claim, S.VERDICT_DRAFTED, action="edit_verdict", actor=user)
    return locked


def _diff(mine: Verdict, theirs: Verdict, fields=None, evidence=None) -> dict:
    """Field -> {yours, current} where the caller's version (what it read plus what it sends) differs."""
    fields = fields or {}
    changed = {}
    for name in ("headline", "summary", "body", "correction_note", "status"):
        yours = fields.get(name, getattr(mine, name))
        if name == "headline" and isinstance(yours, str):
            yours = yours.strip()
        if yours != getattr(theirs, name):
            changed[name] = {"yours": yours, "current": getattr(theirs, name)}
    yours_rating = fields["rating"].pk if fields.get("rating") is not None else mine.rating_id
    if yours_rating != theirs.rating_id:
        changed["rating"] = {"yours": yours_rating, "current": theirs.rating_id}
    if evidence is not None:
        try:
            yours_ids = sorted({e.pk if isinstance(e, Evidence) else int(e) for e in evidence})
        except (TypeError, ValueError):
            yours_ids = None
        current_ids = sorted(theirs.evidence.values_list("pk", flat=True))
        if yours_ids is not None and yours_ids != current_ids:
            changed["evidence"] = {"yours": yours_ids, "current": current_ids}
    return changed


@transaction.atomic
def verdict_transition(*, verdict: Verdict, user, action: str, note: str = "", expected_version=None) -> Verdict:
    """submit, return, approve, publish, correct or retract a verdict."""
    if action not in VERDICT_ACTIONS:
        raise DomainError(
            f"Unknown verdict action “{action}”. Known: {', '.join(VERDICT_ACTIONS)}.", code="unknown_action"
        )
    sources, to, perm = VERDICT_ACTIONS[action]
    _require_perm(user, perm, f"{action} verdicts")
    refuse_nul(note=note)
    claim = _lock_claim(verdict.claim_id)
    locked = _lock_verdict(verdict.pk)
    # A state that no longer allows the action is the clearer answer (a double-clicked publish):
    # say so before talking about versions.
    if locked.status not in sources:
        _refuse("verdict", action, locked.status, _allowed(VERDICT_ACTIONS, locked.status))
    if expected_version is not None and locked.lock_version != expected_version:
        raise StaleVersion(
            f"Verdict {locked.pk} changed since you read it (version {expected_version}, now {locked.lock_version}).",
            current_version=locked.lock_version, changed=_diff(verdict, locked),
        )
    handler = _HANDLERS[action]
    result = handler(claim=claim, verdict=locked, user=user, note=note.strip(), to=to)
    verdict.refresh_from_db()
    return result


def _move(verdict: Verdict, *, to, user, action, note="", **changes) -> Verdict:
    from_state = verdict.status
    for name, value in changes.items():
        setattr(verdict, name, value)
    verdict.status = to
    verdict.lock_version += 1
    verdict.save()
    transition_record(
        entity=Transition.Entity.VERDICT, obj=verdict, claim=verdict.claim, action=action,
        from_state=from_state, to_state=to, actor=user, note=note,
    )
    return verdict


def _submit(*, claim, verdict, user, note, to):
    return _move(verdict, to=to, user=user, action="submit", note=note, submitted_at=timezone.now())


# What an approval froze of the claim, its article and cited evidence; dropped whenever fresh eyes are needed.
NO_SNAPSHOTS = dict.fromkeys(("claim_snapshot", "article_snapshot", "evidence_snapshot"))


def _return(*, claim, verdict, user, note, to):
    if not note:
        raise DomainError("Sending a verdict back needs a note saying what to change.", code="reason_required")
    _move(verdict, to=to, user=user, action="return", note=note, approved_by=None, approved_at=None,
          **NO_SNAPSHOTS)
    if not verdict.supersedes_id:
        _set_claim_status(claim, S.VERDICT_DRAFTED, action="return_verdict", actor=user, note=note)
    return verdict


def _approve(*, claim, verdict, user, note, to):
    if _is_author(verdict, user):
        raise NotPermitted(
            "Four eyes: you wrote or edited this verdict, so someone else must approve it.", code="four_eyes"
        )
    # What the second pair of eyes approved is what gets published: the claim as it is now (locked),
    # and its article and cited passages as they are now (read in this transaction).
    article = Article.objects.only(*ARTICLE_SNAPSHOT_FIELDS).get(pk=claim.article_id)
    cited = (Evidence.objects.filter(cited_by=verdict).select_related("source").defer("source__text")
             .order_by(*CITED_ORDER))
    _move(verdict, to=to, user=user, action="approve", note=note, approved_by=user, approved_at=timezone.now(),
          claim_snapshot=claim_snapshot_of(claim), article_snapshot=article_snapshot_of(article),
          evidence_snapshot=evidence_snapshot_of(cited))
    if not verdict.supersedes_id:
        _set_claim_status(claim, S.APPROVED, action="approve_verdict", actor=user, note=note)
    return verdict


def _publish(*, claim, verdict, user, note, to):
    now = timezone.now()
    previous = verdict.supersedes
    if previous is not None:
        previous = _lock_verdict(previous.pk)
        if previous.status == V.PUBLISHED:
            note = f"corrected by version {verdict.version}"
            _move(previous, to=V.SUPERSEDED, user=user, action="supersede", note=note)
        verdict.slug = previous.slug
    _move(verdict, to=to, user=user, action="publish", note=note, published_at=now, published_by=user)
    _set_claim_status(claim, S.PUBLISHED, action="publish_verdict", actor=user, note=note)
    events.emit("verdict.corrected" if previous is not None else "verdict.published", verdict.pk)
    return verdict


def _correct(*, claim, verdict, user, note, to):
    if not note:
        raise DomainError("A correction needs a public note saying what was wrong.", code="reason_required")
    if Verdict.objects.filter(supersedes=verdict).exists():
        raise DomainError(
            f"Verdict {verdict.pk} already has a correction in progress; edit that one.", code="correction_in_progress"
        )
    version = (claim.verdicts.aggregate(v=Max("version"))["v"] or 0) + 1
    correction = Verdict.objects.create(
        claim=claim, version=version, supersedes=verdict, rating=verdict.rating, headline=verdict.headline,
        summary=verdict.summary, body=verdict.body, correction_note=note, slug=verdict.slug, created_by=user,
    )
    correction.authors.add(user)
    correction.evidence.set(verdict.evidence.all())
    transition_record(
        entity=Transition.Entity.VERDICT, obj=correction, claim=claim, action="correct",
        from_state="", to_state=V.DRAFT, actor=user, note=f"correction of version {verdict.version}: {note}",
    )
    return correction


def _retract(*, claim, verdict, user, note, to):
    if not note:
        raise DomainError("A retraction needs a public note saying why.", code="reason_required")
    _move(verdict, to=to, user=user, action="retract", note=note, retracted_at=timezone.now(), correction_note=note)
    # A correction in progress has nothing left to correct.
    for pending in Verdict.objects.filter(supersedes=verdict, status__in=EDITABLE):
        _move(pending, to=V.RETRACTED, user=user, action="retract", note="its verdict was retracted")
    _set_claim_status(claim, S.RETRACTED, action="retract_verdict", actor=user, note=note)
    events.emit("verdict.retracted", verdict.pk)
    return verdict


_HANDLERS = {
    "submit": _submit,
    "return": _return,
    "approve": _approve,
    "publish": _publish,
    "correct": _correct,
    "retract": _retract,
}
