"""Data tasks that meet a briefly unreachable PostgreSQL retry on a fresh connection, with backoff.

Without this such a task fails and its work waits for the recovery sweep (STALLED_AFTER_SECONDS);
worse, a worker keeps its broken connection (Celery reuses it for CELERY_DB_REUSE_MAX tasks).
Every data task is idempotent (recovery already sends them round again), so running one again is safe.
"""

import random

from celery import Task
from django.db import InterfaceError, OperationalError, close_old_connections

DB_ERRORS = (OperationalError, InterfaceError)
DB_RETRY_MAX = 4  # waits of about 0.5-1, 1-2, 2-4, 4-8 s: an outage of up to ~7 s is ridden out
DB_RETRY_BACKOFF_MAX = 30


def db_retry_countdown(retries: int) -> float:
    """Exponential backoff with jitter kept in the upper half: workers spread out, yet the waits
    add up to a known minimum (full jitter could retry at once, all attempts inside one outage)."""
    ceiling = min(DB_RETRY_BACKOFF_MAX, 2 ** retries)
    return ceiling / 2 + random.uniform(0, ceiling / 2)


class DataTask(Task):
    """Base of the data tasks: `@shared_task(base=DataTask, ...)`."""

    def __call__(self, *args, **kwargs):
        try:
            return super().__call__(*args, **kwargs)
        except DB_ERRORS as exc:
            # Close this thread's broken connection, so the retry (and the next task) connects afresh.
            close_old_connections()
            self.db_retry(exc, kwargs)  # raises Retry, or the error once the retries are spent
            raise

    def db_retry(self, exc, kwargs):
        self.retry(exc=exc, countdown=db_retry_countdown(self.request.retries), max_retries=DB_RETRY_MAX)


class CountedDataTask(DataTask):
    """For tasks that also retry for reasons of their own (max_retries=None): the database retries
    are counted in their own keyword argument `db_retries`, so they stay bounded on their own."""

    def db_retry(self, exc, kwargs):
        done = kwargs.get("db_retries", 0)
        if done >= DB_RETRY_MAX:
            raise exc
        self.retry(exc=exc, kwargs={**kwargs, "db_retries": done + 1},
                   countdown=db_retry_countdown(done), max_retries=None)
