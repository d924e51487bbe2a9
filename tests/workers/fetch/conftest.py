"""Fixtures for the fetcher tests: a local server and policies that allow only it."""

from __future__ import annotations

import pytest

from tests.httpserver import LocalHTTPServer
from tests.workers.fetch.fetch_helpers import make_policy


@pytest.fixture
def server():
    with LocalHTTPServer() as srv:
        yield srv


@pytest.fixture
def other_server():
    with LocalHTTPServer() as srv:
        yield srv


@pytest.fixture
def policy(server):
    """Allows only this test's server (127.0.0.1 on its port)."""
    return make_policy(server.netloc)
