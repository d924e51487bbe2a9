"""Liveness and readiness probes for load balancers and orchestrators."""

import logging

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from kombu import Connection

log = logging.getLogger(__name__)


def healthz(request):
    return JsonResponse({"status": "ok"})


def _database() -> str | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}".strip()
    return None


def _folder_broker(folder: str) -> None:
    """A folder broker "connects" whatever the folder's state: try to write a message file there instead."""
    import os
    import uuid

    probe = os.path.join(folder, f".readyz-{uuid.uuid4().hex}.part")  # a name no consumer picks up
    with open(probe, "wb"):
        pass
    os.remove(probe)


def _broker() -> str | None:
    options = settings.CELERY_BROKER_TRANSPORT_OPTIONS or {}
    try:
        if options.get("data_folder_out"):
            _folder_broker(options["data_folder_out"])
        with Connection(settings.CELERY_BROKER_URL, transport_options=options, connect_timeout=2) as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0, timeout=2)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}".strip()
    return None


def readyz(request):
    problems = {name: error for name, error in (("database", _database()), ("broker", _broker())) if error}
    if problems:
        # The probe is public: the full errors (host names, users, paths) go to the log and to staff only.
        log.warning("not ready: %s", problems)
        user = getattr(request, "user", None)
        if not (settings.DEBUG or (user is not None and user.is_staff)):
            problems = {name: error.split(":", 1)[0] for name, error in problems.items()}
        return JsonResponse({"status": "unavailable", "down": sorted(problems), "errors": problems}, status=503)
    return JsonResponse({"status": "ready"})
