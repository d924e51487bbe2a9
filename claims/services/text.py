"""Checks on text people type, before it reaches the database."""

from claims.services.errors import DomainError


def refuse_nul(**texts):
    """PostgreSQL cannot store NUL in text: refuse it by name instead of failing inside the INSERT."""
    for name, value in texts.items():
        if isinstance(value, str) and "\x00" in value:
            raise DomainError(
                f"The {name.replace('_', ' ')} contains a NUL character (\\x00), which cannot be stored: remove it.",
                code="nul_character", field=name,
            )
