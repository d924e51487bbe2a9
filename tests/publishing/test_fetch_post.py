"""workers.fetch.post: the fetcher's safety for webhook POSTs (no redirects, allow list, capped reply)."""

import pytest

from tests.httpserver import LocalHTTPServer, Response
from workers.fetch import BlockedAddress, FetchPolicy, post


@pytest.fixture
def server():
    with LocalHTTPServer() as srv:
        yield srv


def test_post_sends_body_and_headers_and_returns_any_status(server):
    server.add("/in", Response(status=201, body="x" * 5000))
    policy = FetchPolicy(allow=("127.0.0.1",), politeness_delay=0)
    result = post(server.url("/in"), body=b'{"a":1}', headers=[("X-Test", "1")], policy=policy,
                  max_response_bytes=100)
    assert result.status == 201 and len(result.body) == 100
    [request] = server.requests
    assert request.body == b'{"a":1}' and request.headers["x-test"] == "1"


def test_post_does_not_follow_redirects(server):
    server.add("/in", Response.redirect("/elsewhere", status=307))
    result = post(server.url("/in"), body=b"{}", policy=FetchPolicy(allow=("127.0.0.1",), politeness_delay=0))
    assert result.status == 307
    assert [r.path for r in server.requests] == ["/in"]


def test_post_refuses_loopback_unless_allowed(server):
    server.add("/in", Response(status=200))
    with pytest.raises(BlockedAddress):
        post(server.url("/in"), body=b"{}", policy=FetchPolicy())
    assert server.requests == []
