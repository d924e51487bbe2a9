"""Domain events after commit (verdict.published, ...); webhooks and caches subscribe here."""

import logging

from django.db import transaction

log = logging.getLogger(__name__)

VERDICT_EVENTS = ("verdict.published", "verdict.corrected", "verdict.retracted")
_listeners = []


def subscribe(listener):
    """Register listener(event: str, verdict_id: int); called after the transaction commits."""
    if listener not in _listeners:
        _listeners.append(listener)
    return listener


def emit(event: str, verdict_id: int):
    def deliver():
        for listener in list(_listeners):
            try:
                listener(event, verdict_id)
            except Exception:  # a broken listener must not undo a publish that has committed
                log.exception("listener %r failed for %s of verdict %s", listener, event, verdict_id)

    transaction.on_commit(deliver)
