"""Celery tasks: thin wrappers that take ids, call a service, and own their retry policy."""

import socket

from celery import shared_task
from django.utils import timezone

from workers.models import WorkerHeartbeat


@shared_task(name="workers.heartbeat")
def heartbeat(hostname: str | None = None) -> None:
    WorkerHeartbeat.objects.update_or_create(
        hostname=hostname or socket.gethostname(), defaults={"seen_at": timezone.now()}
    )


@shared_task(name="workers.recover_stalled")
def recover_stalled() -> None:
    """Re-enqueue work whose worker died mid-task (a killed process never acks nor finishes)."""
    from workers.recovery import stalled_work_recover

    stalled_work_recover()


# Task modules beside this one; importing them here is what autodiscovery sees.
import workers.tasks_sources  # noqa: E402
import workers.tasks_webhooks  # noqa: E402, F401
from workers import tasks_ingest  # noqa: E402, F401
