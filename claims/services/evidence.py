"""Editor decisions on evidence: pin and unpin a passage, set the editor's stance; each one is recorded."""

from django.db import transaction
from django.utils import timezone

from claims.models import Evidence, Transition
from claims.services.audit import transition_record
from claims.services.errors import DomainError, NotPermitted

PIN_PERMISSION = "claims.pin_evidence"
STANCES = [value for value, _label in Evidence.EditorStance.choices]


def _require_pin_perm(user, doing: str):
    if user is None or not user.is_authenticated or not user.has_perm(PIN_PERMISSION):
        raise NotPermitted(f"You are not allowed to {doing}: it needs the permission “{PIN_PERMISSION}”.")


def _check_stance(stance: str) -> str:
    stance = (stance or "").strip()
    if stance and stance not in STANCES:
        raise DomainError(
            f"Unknown stance “{stance}”. Allowed: {', '.join(STANCES)} (or empty to clear).",
            code="invalid_stance", allowed=STANCES,
        )
    return stance


def _lock(evidence: Evidence) -> Evidence:
    return Evidence.objects.select_for_update().select_related("claim").get(pk=evidence.pk)


def _record(evidence: Evidence, *, action, from_state, to_state, user, note=""):
    transition_record(
        entity=Transition.Entity.EVIDENCE, obj=evidence, claim=evidence.claim, action=action,
        from_state=from_state, to_state=to_state, actor=user, note=note,
    )


def _sync(target: Evidence, locked: Evidence) -> Evidence:
    target.pinned, target.pinned_by_id, target.editor_stance = locked.pinned, locked.pinned_by_id, locked.editor_stance
    return locked


@transaction.atomic
def evidence_pin(*, evidence: Evidence, user, stance: str | None = None) -> Evidence:
    """Pin a passage to its claim (optionally setting the editor's stance at once); pinning twice is a no-op."""
    _require_pin_perm(user, "pin evidence")
    stance = _check_stance(stance) if stance is not None else None
    locked = _lock(evidence)
    if not locked.pinned:
        Evidence.objects.filter(pk=locked.pk).update(pinned=True, pinned_by=user, updated_at=timezone.now())
        locked.pinned, locked.pinned_by = True, user
        _record(locked, action="pin", from_state="unpinned", to_state="pinned", user=user,
                note=f"source {locked.source_id}: {locked.passage[:80]}")
    if stance is not None:
        _set_stance(locked, stance, user)
    return _sync(evidence, locked)


@transaction.atomic
def evidence_unpin(*, evidence: Evidence, user) -> Evidence:
    """Take the pin off a passage; its stance stays. Unpinning an unpinned passage is a no-op."""
    _require_pin_perm(user, "unpin evidence")
    locked = _lock(evidence)
    if locked.pinned:
        Evidence.objects.filter(pk=locked.pk).update(pinned=False, pinned_by=None, updated_at=timezone.now())
        locked.pinned, locked.pinned_by = False, None
        _record(locked, action="unpin", from_state="pinned", to_state="unpinned", user=user)
    return _sync(evidence, locked)


@transaction.atomic
def evidence_set_stance(*, evidence: Evidence, user, stance: str) -> Evidence:
    """The editor's judgement of the passage: supports, refutes, mixed, context, or "" to clear it."""
    _require_pin_perm(user, "set the stance of evidence")
    stance = _check_stance(stance)
    locked = _lock(evidence)
    _set_stance(locked, stance, user)
    return _sync(evidence, locked)


def _set_stance(locked: Evidence, stance: str, user):
    if locked.editor_stance == stance:
        return
    before = locked.editor_stance
    Evidence.objects.filter(pk=locked.pk).update(editor_stance=stance, updated_at=timezone.now())
    locked.editor_stance = stance
    _record(locked, action="set_stance", from_state=before, to_state=stance, user=user)
