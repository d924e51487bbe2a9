"""Recording transitions in the audit trail."""

from claims.models import Transition


def transition_record(*, entity, obj, action, from_state, to_state, actor=None, note="", claim=None):
    """One row of the audit trail; `claim` groups it into the claim's history."""
    return Transition.objects.create(
        entity=entity,
        object_id=obj.pk,
        claim=claim,
        action=action,
        from_state=from_state or "",
        to_state=to_state or "",
        actor=actor if (actor is not None and actor.is_authenticated) else None,
        note=note or "",
    )


def claim_history(claim):
    """Everything that happened to a claim and its verdicts, oldest first."""
    return Transition.objects.filter(claim=claim).select_related("actor").order_by("at", "id")
