"""Fixtures for worker tests."""

import pytest

from workers.celery_app import app as celery_app


@pytest.fixture
def paused_worker(celery_worker):
    """The test worker leaves its queues alone during the test; what was sent there meanwhile is dropped."""
    for queue in ("default", "io"):
        celery_worker.consumer.cancel_task_queue(queue)
    try:
        yield
    finally:
        with celery_app.connection_for_write() as conn:
            for queue in ("default", "io"):
                conn.default_channel.queue_purge(queue)
        for queue in ("default", "io"):
            celery_worker.consumer.add_task_queue(queue)
