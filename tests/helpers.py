"""Small helpers shared by tests."""

import time


def wait_for(predicate, timeout=20.0, interval=0.05, message="condition"):
    """Poll until predicate() is truthy; fail with `message` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {message}")


def tables_holding(text: str) -> list[str]:
    """The tables with a row whose text form (every column) contains `text`."""
    from django.db import connection

    holding = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"SELECT count(*) FROM {quoted} AS t WHERE t::text LIKE %s", [f"%{text}%"])
            if cursor.fetchone()[0]:
                holding.append(table)
    return holding
