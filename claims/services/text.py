"""Checks on values people type, before they reach the database."""

from datetime import UTC

from django.utils import timezone

from claims.services.errors import DomainError


def refuse_nul(**texts):
    """PostgreSQL cannot store NUL in text: refuse it by name instead of failing inside the INSERT."""
    for name, value in texts.items():
        if isinstance(value, str) and "\x00" in value:
            raise DomainError(
                f"The {name.replace('_', ' ')} contains a NUL character (\\x00), which cannot be stored: remove it.",
                code="nul_character", field=name,
            )


def refuse_unstorable_datetime(name: str, value):
    """A moment outside years 1-9999 in UTC is stored by PostgreSQL but cannot be read back by Python,
    so every page listing it would fail: 00:30 on 1 January of year 1 in Vienna is a date BC in UTC."""
    if value is None:
        return
    try:
        (timezone.make_aware(value) if timezone.is_naive(value) else value).astimezone(UTC)
    except (OverflowError, ValueError):
        raise DomainError(
            f"The {name.replace('_', ' ')} {value:%Y-%m-%d %H:%M} cannot be stored: in UTC it falls outside the "
            "years 1 to 9999.", code="bad_date", field=name,
        ) from None
