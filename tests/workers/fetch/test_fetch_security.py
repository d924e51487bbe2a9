"""SSRF defences of fetch(): blocked addresses, pinned resolution, redirects, proxies."""

from __future__ import annotations

import time

import pytest

from tests.httpserver import Response
from tests.workers.fetch.fetch_helpers import make_policy, map_resolver
from workers.fetch import (
    BadPort,
    BadScheme,
    BlockedAddress,
    NonCanonicalAddress,
    ResolveError,
    TooManyRedirects,
    fetch,
)

HTML = "text/html; charset=utf-8"


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://10.0.0.5/",
        "http://100.64.1.1/",
        "http://0.0.0.0/",
    ],
)
def test_blocked_literal_addresses_are_never_connected(url):
    resolver = map_resolver({})
    started = time.monotonic()
    with pytest.raises(BlockedAddress) as info:
        fetch(url, policy=make_policy(resolver=resolver, connect_timeout=5))
    assert time.monotonic() - started < 0.5
    assert resolver.calls == []
    assert info.value.code == "blocked_address"


@pytest.mark.parametrize("url", ["http://2130706433/", "http://0x7f000001/", "http://127.1/", "http://0177.0.0.1/"])
def test_numeric_tricks_are_refused(url):
    with pytest.raises(NonCanonicalAddress) as info:
        fetch(url, policy=make_policy("127.0.0.1"))
    assert "non-canonical" in str(info.value)


def test_redis_port_on_loopback_without_allow_list_is_refused_as_loopback():
    with pytest.raises(BlockedAddress) as info:
        fetch("http://127.0.0.1:6379/", policy=make_policy())
    assert "loopback" in info.value.message


def test_redis_port_refused_when_allow_list_names_another_port(server):
    with pytest.raises(BlockedAddress):
        fetch("http://127.0.0.1:6379/", policy=make_policy(server.netloc))


def test_allowed_server_is_fetched(server, policy):
    server.add("/", Response(body="<p>ok</p>", content_type=HTML))
    assert fetch(server.url("/"), policy=policy).text == "<p>ok</p>"


def test_allow_list_from_environment(server, monkeypatch):
    from workers.fetch import FetchPolicy

    server.add("/", Response(body="<p>env</p>", content_type=HTML))
    monkeypatch.setenv("FETCH_ALLOW", f"example.org, {server.netloc}")
    monkeypatch.setenv("FETCH_POLITENESS_DELAY", "0")
    assert fetch(server.url("/")).text == "<p>env</p>"  # policy=None reads the environment
    monkeypatch.setenv("FETCH_ALLOW", "")
    with pytest.raises(BlockedAddress):
        fetch(server.url("/"), policy=FetchPolicy.from_env())


def test_host_name_resolving_to_private_address_is_refused():
    resolver = map_resolver({"intranet.example.com": "10.0.0.5"})
    with pytest.raises(BlockedAddress) as info:
        fetch("http://intranet.example.com/", policy=make_policy(resolver=resolver))
    assert resolver.calls == ["intranet.example.com"]
    assert "non-public" in info.value.message
    assert "10.0.0.5" not in info.value.message  # no internal-DNS oracle for API users
    assert "10.0.0.5" in info.value.detail


def test_any_private_answer_among_public_ones_is_refused():
    resolver = map_resolver({"mixed.example.com": ["93.184.215.14", "127.0.0.1"]})
    with pytest.raises(BlockedAddress):
        fetch("http://mixed.example.com/", policy=make_policy(resolver=resolver))


def test_allowed_ip_does_not_allow_a_name_resolving_to_it(server):
    resolver = map_resolver({"localhost": "127.0.0.1", "sneaky.example.com": "127.0.0.1"})
    # The server's port is an allowed port here, so only the address check can refuse.
    policy = make_policy(server.netloc, resolver=resolver, allowed_ports={80, 443, server.port})
    for host in ("localhost", "sneaky.example.com"):
        with pytest.raises(BlockedAddress):
            fetch(f"http://{host}:{server.port}/", policy=policy)
    assert server.requests == []


def test_allowed_name_connects_to_its_pinned_address(server):
    server.add("/", Response(body="<p>named</p>", content_type=HTML))
    resolver = map_resolver({"app.test": "127.0.0.1"})
    result = fetch(f"http://app.test:{server.port}/", policy=make_policy(f"app.test:{server.port}", resolver=resolver))
    assert result.text == "<p>named</p>"
    assert result.peer == "127.0.0.1"
    assert server.requests[0].headers["host"] == f"app.test:{server.port}"
    assert resolver.calls == ["app.test"]  # resolved exactly once


def test_idn_host_encoding_to_a_private_name_is_refused():
    resolver = map_resolver({"xn--intern-gva.example": "192.168.0.10", "localhost": "127.0.0.1"})
    policy = make_policy("127.0.0.1", resolver=resolver)
    with pytest.raises(BlockedAddress):
        fetch("http://intern\u00e9.example/", policy=policy)
    assert resolver.calls == ["xn--intern-gva.example"]
    with pytest.raises(BlockedAddress):
        fetch("http://\uff4c\uff4f\uff43\uff41\uff4c\uff48\uff4f\uff53\uff54/", policy=policy)  # full-width "localhost"
    with pytest.raises(BlockedAddress):
        fetch("http://\uff11\uff12\uff17.\uff10.\uff10.\uff11:6379/", policy=make_policy())  # full-width 127.0.0.1


def test_unresolvable_host():
    with pytest.raises(ResolveError) as info:
        fetch("http://nowhere.example.com/", policy=make_policy(resolver=map_resolver({})))
    assert info.value.code == "dns_error"


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "gopher://127.0.0.1:6379/_INFO",
        "data:text/html,hi",
        "ftp://example.com/",
        "javascript:alert(1)",
    ],
)
def test_other_schemes_are_refused(url):
    with pytest.raises(BadScheme):
        fetch(url, policy=make_policy("127.0.0.1"))


def test_redirect_to_another_loopback_port_is_refused(server, other_server):
    other_server.add("/", Response(body="secret", content_type=HTML))
    server.add("/", Response.redirect(f"http://127.0.0.1:{other_server.port}/"))
    with pytest.raises(BlockedAddress) as info:
        fetch(server.url("/"), policy=make_policy(server.netloc))
    assert "redirect" in info.value.message
    assert other_server.requests == []


@pytest.mark.parametrize(
    "location",
    [
        "http://localhost:{port}/",
        "http://169.254.169.254/",
        "http://[::1]:{port}/",
        "http://2130706433:{port}/",
        "http://0x7f000001/",
    ],
)
def test_redirect_to_loopback_names_and_tricks_is_refused(server, location):
    server.add("/", Response.redirect(location.format(port=server.port), status=301))
    resolver = map_resolver({"localhost": "127.0.0.1"})
    with pytest.raises(BlockedAddress) as info:
        fetch(server.url("/"), policy=make_policy(server.netloc, resolver=resolver))
    assert "redirect" in info.value.message
    assert server.hits("/") == 1


@pytest.mark.parametrize("location", ["file:///etc/passwd", "gopher://example.com/", "javascript:alert(1)"])
def test_redirect_to_other_schemes_is_refused(server, policy, location):
    server.add("/", Response.redirect(location))
    with pytest.raises(BadScheme):
        fetch(server.url("/"), policy=policy)


def test_redirect_to_public_host_on_forbidden_port_is_refused(server, policy):
    server.add("/", Response.redirect("http://93.184.215.14:25/"))
    with pytest.raises(BadPort):
        fetch(server.url("/"), policy=policy)


def test_redirect_hop_resolving_to_private_address_is_refused(server):
    server.add("/", Response.redirect("http://evil.example.com/"))
    resolver = map_resolver({"evil.example.com": "169.254.169.254"})
    with pytest.raises(BlockedAddress):
        fetch(server.url("/"), policy=make_policy(server.netloc, resolver=resolver))


def test_five_redirects_are_followed_and_six_are_too_many(server, policy):
    for i in range(6):
        server.add(f"/r{i}", Response.redirect(f"/r{i + 1}", status=301 if i % 2 else 307))
    server.add("/r6", Response(body="<p>end</p>", content_type=HTML))
    result = fetch(server.url("/r1"), policy=policy)
    assert result.final_url == server.url("/r6")
    assert [hop.status for hop in result.redirects] == [301, 307, 301, 307, 301]
    assert result.redirects[0].url == server.url("/r1")
    with pytest.raises(TooManyRedirects) as info:
        fetch(server.url("/r0"), policy=policy)
    assert info.value.code == "too_many_redirects"
    assert "5" in info.value.message
    assert server.hits("/r6") == 1  # the 7th URL was never requested


def test_redirect_loop_stops(server, policy):
    server.add("/a", Response.redirect("/b"))
    server.add("/b", Response.redirect("/a"))
    with pytest.raises(TooManyRedirects):
        fetch(server.url("/a"), policy=policy)
    assert len(server.requests) == 6


def test_proxy_environment_variables_are_ignored(server, policy, monkeypatch):
    server.add("/", Response(body="<p>direct</p>", content_type=HTML))
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9/")
    monkeypatch.setenv("NO_PROXY", "")
    assert fetch(server.url("/"), policy=policy).text == "<p>direct</p>"
    assert server.requests[0].target == "/"  # origin-form, not a proxy request


def test_request_identifies_the_server(server, policy):
    server.add("/", Response(body="<p>x</p>", content_type=HTML))
    fetch(server.url("/"), policy=policy)
    headers = server.requests[0].headers
    assert headers["user-agent"] == "FactcheckDesk/1.0 (+https://factcheck.test/about/fetcher)"
    assert "text/html" in headers["accept"]
    assert "gzip" in headers["accept-encoding"]
    assert "authorization" not in headers and "cookie" not in headers
