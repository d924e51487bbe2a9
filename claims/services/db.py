"""Database helpers the services share."""

from django.db import connection


def commit_without_waiting_for_disk() -> None:
    """Inside a transaction whose work a task can redo: let COMMIT return before the WAL is flushed.

    A crash then loses at most the last fraction of a second of such commits, each all or nothing,
    and the recovery task sends the affected items round again. Never for what a user submitted.
    """
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL synchronous_commit TO OFF")
