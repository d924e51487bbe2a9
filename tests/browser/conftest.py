"""Fixtures of the browser tests."""

import pytest

from claims.defaults import desk_defaults_ensure


@pytest.fixture
def desk_roles(django_db_serialized_rollback, transactional_db):
    """Roles and rating scale: live_server tests are transactional, and an earlier flush may have emptied them."""
    desk_defaults_ensure()
