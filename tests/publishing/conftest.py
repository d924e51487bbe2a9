"""Fixtures shared with the API tests."""

from tests.claims.api.conftest import _fresh_cache, anon, as_checker, as_publisher, claim, evidence, published

__all__ = ["_fresh_cache", "anon", "as_checker", "as_publisher", "claim", "evidence", "published"]
