"""Finding work left half done by a killed worker and sending it round again."""

import logging

log = logging.getLogger(__name__)

# Each stage that can stall registers a callable(cutoff) -> count of items re-enqueued.
_recoverers = []


def recoverer(func):
    _recoverers.append(func)
    return func


def stalled_work_recover() -> dict:
    from datetime import timedelta

    from django.conf import settings
    from django.utils import timezone

    cutoff = timezone.now() - timedelta(seconds=settings.STALLED_AFTER_SECONDS)
    counts = {}
    for func in _recoverers:
        counts[func.__name__] = func(cutoff)
        if counts[func.__name__]:
            log.warning("re-enqueued %s stalled item(s) via %s", counts[func.__name__], func.__name__)
    return counts
