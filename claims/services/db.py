"""Database helpers the services share."""

from django.db import connection


def commit_without_waiting_for_disk() -> None:
    """Inside a transaction whose work a task can redo: let COMMIT return before the WAL is flushed.

    A crash then loses at most the last fraction of a second of such commits, each all or nothing,
    and the recovery task sends the affected items round again. Never for what a user submitted.
    """
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL synchronous_commit TO OFF")


def insert_rows(model, rows: list[dict]) -> int:
    """INSERT plain rows (field attnames -> values) in one statement, skipping rows that hit a unique
    constraint; returns how many went in.

    The rows travel as one JSON document read by jsonb_to_recordset: json.dumps runs in C, where
    bulk_create escapes every value into PostgreSQL array literals in Python (about twice as slow for a
    few hundred rows). Fields a row leaves out take their default; auto_now(_add) fields the time of the
    call, as bulk_create would set them.
    """
    import json

    from django.utils import timezone

    if not rows:
        return 0
    given, defaults = [], {}
    for field in model._meta.concrete_fields:
        if field.primary_key or (field.attname not in rows[0] and field.has_db_default()):
            continue  # the database fills these
        given.append(field)
        if field.attname in rows[0]:
            continue
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            defaults[field.attname] = timezone.now()
        else:
            defaults[field.attname] = field.get_default()
    names = [connection.ops.quote_name(f.column) for f in given]
    record = ", ".join(f"{name} {field.db_type(connection)}" for name, field in zip(names, given, strict=True))
    columns = ", ".join(names)
    pairs = [(f.column, f.attname) for f in given]
    document = json.dumps([{column: full[attname] for column, attname in pairs}
                           for full in ({**defaults, **row} for row in rows)], default=_json_value)
    with connection.cursor() as cursor:
        # Table and column names come from the model's metadata, never from input; values are a parameter.
        table = connection.ops.quote_name(model._meta.db_table)
        sql = (f"INSERT INTO {table} ({columns}) SELECT {columns} "  # noqa: S608
               f"FROM jsonb_to_recordset(%s::jsonb) AS r({record}) ON CONFLICT DO NOTHING")
        cursor.execute(sql, [document])
        return cursor.rowcount


def _json_value(value):
    """Datetimes and dates in full ISO form (Django's encoder cuts microseconds), Decimals as text."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
