"""Tasks stopped by their soft time limit: what they worked on is marked failed, not left half done.

The rollback leaves the object in its working state ("extracting", a run "running"), which recovery
would send round into the same limit again; the task marks it failed instead, in a fresh transaction.
"""

import logging

log = logging.getLogger(__name__)


def timed_out(task) -> str:
    """The reason to record: "<task> timed out after N s", N the limit this request ran under.

    The limit travels in the message (the sender's configuration), so the request's beats the app's.
    """
    from django.db import connection

    limits = getattr(task.request, "timelimit", None) or (None, None)
    seconds = limits[1] or task.soft_time_limit or task.app.conf.task_soft_time_limit
    log.warning("%s %s stopped by its soft time limit (%s s)", task.name, task.request.id, seconds)
    # The limit may have struck in the middle of a query: start from a usable connection.
    connection.close_if_unusable_or_obsolete()
    return f"{task.name} timed out after {seconds:g} s" if seconds else f"{task.name} timed out"
