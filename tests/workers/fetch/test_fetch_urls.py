"""URL parsing, check_url, canonical_url and the allow list: no network at all."""

from __future__ import annotations

import pytest

from workers.fetch import (
    BadPort,
    BadScheme,
    BadURL,
    BlockedAddress,
    FetchError,
    FetchPolicy,
    NonCanonicalAddress,
    canonical_url,
    check_url,
)
from workers.fetching.addresses import blocked_reason, parse_ip

POLICY = FetchPolicy(politeness_delay=0)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "gopher://example.com:70/",
        "data:text/html,<b>x</b>",
        "ftp://example.com/a",
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "ws://example.com/",
        "example.com/page",
        "//example.com/",
    ],
)
def test_non_http_schemes_are_refused(url):
    with pytest.raises(BadScheme) as info:
        check_url(url, POLICY)
    assert info.value.code == "bad_scheme"
    assert "http://" in info.value.message


@pytest.mark.parametrize(
    "url",
    [
        "http://2130706433/",
        "http://0x7f000001/",
        "http://127.1/",
        "http://0177.0.0.1/",
        "http://0x7f.0.0.1/",
        "http://127.0.0.01/",
        "http://1.2.3.4.5/",
        "http://example.0x10/",
        "http://４.４.４.０１/",
    ],
)
def test_non_canonical_numeric_hosts_are_refused_not_reinterpreted(url):
    with pytest.raises(NonCanonicalAddress) as info:
        check_url(url, POLICY)
    assert isinstance(info.value, BlockedAddress)
    assert info.value.code == "non_canonical_address"
    assert "non-canonical" in info.value.message


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://127.0.0.1/", "loopback"),
        ("http://127.0.0.1:6379/", "loopback"),
        ("http://[::1]/", "loopback"),
        ("http://[::ffff:127.0.0.1]/", "IPv4-mapped"),
        ("http://[::ffff:8.8.8.8]/", "IPv4-mapped"),
        ("http://10.0.0.5/", "private"),
        ("http://192.168.1.1/", "private"),
        ("http://172.16.0.1/", "private"),
        ("http://100.64.0.1/", "carrier-grade NAT"),
        ("http://0.0.0.0/", "not an address that can be fetched"),
        ("http://224.0.0.1/", "not an address that can be fetched"),
        ("http://240.0.0.1/", "reserved"),
        ("http://[fc00::1]/", "unique-local"),
        ("http://[fd12:3456::1]/", "unique-local"),
        ("http://[fe80::1]/", "link-local"),
        ("http://[2002:7f00:1::1]/", "6to4"),
        ("http://[2002:a00:1::1]/", "6to4"),
        ("http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", "Teredo"),
        ("http://[64:ff9b::7f00:1]/", "NAT64"),
        ("http://[::]/", "not an address that can be fetched"),
        ("http://127.0.0.1./", "loopback"),
        ("http://１２７．０．０．１/", "loopback"),
    ],
)
def test_literal_non_public_addresses_are_refused(url, words):
    with pytest.raises(BlockedAddress) as info:
        check_url(url, POLICY)
    assert info.value.code == "blocked_address"
    assert words in info.value.message


@pytest.mark.parametrize(
    "url", ["http://localhost/", "http://LOCALHOST./x", "http://foo.localhost/", "http://ｌｏｃａｌｈｏｓｔ/"]
)
def test_localhost_names_are_refused_without_dns(url):
    with pytest.raises(BlockedAddress):
        check_url(url, POLICY)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://evil@127.0.0.1/", "user names or passwords"),
        ("http://user:pw@example.com/", "user names or passwords"),
        ("http://example.com\\@127.0.0.1/", "user names"),
        ("http:///path", "no host"),
        ("http://exa mple.com/", "not a valid host name"),
        ("http://example.com:99999/", "out of range"),
        ("http://example.com:80a/", "not a valid port"),
        ("http://::1/", "brackets"),
        ("http://[fe80::1%25eth0]/", "zone"),
        ("http://[::1/", "IPv6"),
        ("http://example.com/\r\nHost: evil", "control characters"),
        ("http://exa%6dple.com/", "not allowed"),
        ("http://-bad-.example/", "not a valid host name"),
        ("http:example.com", "http://host/path"),
        ("", "empty"),
    ],
)
def test_malformed_urls_are_refused_with_a_clear_message(url, words):
    with pytest.raises(BadURL) as info:
        check_url(url, POLICY)
    assert words in info.value.message
    assert info.value.as_dict()["code"] == info.value.code


def test_ports_other_than_80_and_443_are_refused_unless_configured():
    with pytest.raises(BadPort) as info:
        check_url("http://example.com:8080/", POLICY)
    assert info.value.code == "bad_port"
    assert "8080" in info.value.message
    assert check_url("http://example.com:8080/", POLICY.replace(allowed_ports={80, 443, 8080}))
    assert check_url("https://example.com:443/a", POLICY) == "https://example.com/a"


def test_check_url_normalises_without_network():
    assert check_url("  HTTP://Example.COM./a b?x=ä#frag ", POLICY) == "http://example.com/a%20b?x=%C3%A4"
    assert check_url("http://bücher.example/", POLICY) == "http://xn--bcher-kva.example/"
    assert check_url("http://[2606:4700:4700:0::1111]:443/", POLICY.replace(allowed_ports={443})) == (
        "http://[2606:4700:4700::1111]:443/"
    )
    assert check_url("http://93.184.215.14", POLICY) == "http://93.184.215.14/"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTP://Example.COM:80", "http://example.com/"),
        ("https://example.com:443/a/?utm_source=x&id=3&UTM_Medium=y#top", "https://example.com/a/?id=3"),
        ("https://example.com/a?fbclid=1&gclid=2&msclkid=3", "https://example.com/a"),
        ("https://example.com/a?b=2&a=1&mc_cid=x&_ga=1", "https://example.com/a?b=2&a=1"),
        ("https://example.com/a?utm%5Fsource=x&q=%20", "https://example.com/a?q=%20"),
        ("https://example.com:8443/a/", "https://example.com:8443/a/"),
        ("http://bücher.example./Straße", "http://xn--bcher-kva.example/Stra%C3%9Fe"),
        ("https://example.com/a/b/", "https://example.com/a/b/"),
        ("https://example.com?", "https://example.com/"),
        ("http://[2001:DB8::1]:80/x", "http://[2001:db8::1]/x"),
    ],
)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


def test_canonical_url_refuses_what_the_fetcher_refuses():
    with pytest.raises(BadScheme):
        canonical_url("javascript:alert(1)")
    with pytest.raises(BadURL):
        canonical_url("http://u@example.com/")


def test_errors_share_one_hierarchy_with_stable_codes():
    codes = set()
    import workers.fetching.errors as errors

    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, FetchError)
        codes.add(cls.code)
    assert len(codes) == len(errors.__all__)


# --- allow list --------------------------------------------------------------


def test_allow_list_matches_the_url_host_not_the_resolved_address():
    policy = FetchPolicy(allow=("127.0.0.1",), politeness_delay=0)
    assert check_url("http://127.0.0.1:6379/", policy) == "http://127.0.0.1:6379/"
    with pytest.raises(BlockedAddress):
        check_url("http://localhost/", policy)
    with pytest.raises(BlockedAddress):
        check_url("http://[::ffff:127.0.0.1]/", policy)
    with pytest.raises(NonCanonicalAddress):
        check_url("http://127.1/", policy)


def test_allow_entry_with_port_allows_only_that_port():
    policy = FetchPolicy(allow=("127.0.0.1:8000",), politeness_delay=0)
    assert check_url("http://127.0.0.1:8000/x", policy)
    with pytest.raises(BlockedAddress) as info:
        check_url("http://127.0.0.1:6379/", policy)
    assert "loopback" in info.value.message


def test_allow_list_entries_are_canonicalised():
    policy = FetchPolicy(allow=(" LocalHost.:8000 ", "[0:0::1]", "::1", "Bücher.example"), politeness_delay=0)
    assert policy.is_allowed("localhost", 8000)
    assert not policy.is_allowed("localhost", 8001)
    assert policy.is_allowed("::1", 1234)
    assert policy.is_allowed("xn--bcher-kva.example", 80)
    assert check_url("http://localhost:8000/", policy) == "http://localhost:8000/"


@pytest.mark.parametrize("entry", ["127.1", "2130706433", "http://x/", "a b", "host:0", "[::1"])
def test_bad_allow_entries_fail_loudly_at_configuration_time(entry):
    with pytest.raises(ValueError, match="FETCH_ALLOW"):
        FetchPolicy(allow=(entry,))


def test_zero_address_and_multicast_stay_refused_even_if_listed():
    policy = FetchPolicy(allow=("0.0.0.0", "224.0.0.1"), politeness_delay=0)
    for url in ("http://0.0.0.0/", "http://224.0.0.1/"):
        with pytest.raises(BlockedAddress):
            check_url(url, policy)


def test_policy_from_env():
    env = {
        "FETCH_ALLOW": "127.0.0.1:8000, intranet.example",
        "FETCH_ALLOWED_PORTS": "80,443,8080",
        "FETCH_MAX_BYTES": "1000",
        "FETCH_DEADLINE": "7.5",
        "FETCH_PER_HOST_LIMIT": "2",
        "FETCH_POLITENESS_DELAY": "0",
        "FETCH_CONTACT_URL": "https://desk.example/contact",
        "HTTP_PROXY": "http://proxy.invalid:3128",
    }
    policy = FetchPolicy.from_env(env, max_redirects=3)
    assert policy.is_allowed("127.0.0.1", 8000) and not policy.is_allowed("127.0.0.1", 80)
    assert policy.is_allowed("intranet.example", 1234)
    assert policy.allowed_ports == {80, 443, 8080}
    assert policy.max_bytes == 1000 and policy.deadline == 7.5 and policy.per_host_limit == 2
    assert policy.max_redirects == 3
    assert policy.user_agent == "FactcheckDesk/1.0 (+https://desk.example/contact)"
    defaults = FetchPolicy.from_env({})
    assert defaults.allow == () and defaults.allowed_ports == {80, 443}
    assert defaults.max_bytes == 10 * 1024 * 1024 and defaults.max_redirects == 5 and defaults.per_host_limit == 4
    with pytest.raises(ValueError, match="FETCH_DEADLINE"):
        FetchPolicy.from_env({"FETCH_DEADLINE": "soon"})


@pytest.mark.parametrize(
    ("address", "blocked"),
    [
        ("93.184.215.14", False),
        ("2606:4700:4700::1111", False),
        ("8.8.8.8", False),
        ("64:ff9b::808:808", False),
        ("2002:808:808::1", False),
        ("198.18.0.1", True),
        ("192.0.2.1", True),
        ("255.255.255.255", True),
        ("2001:db8::1", True),
        ("ff02::1", True),
        ("::ffff:0:7f00:1", True),
        ("100::1", True),
        ("3fff::1", True),
    ],
)
def test_address_classification(address, blocked):
    assert (blocked_reason(parse_ip(address)) is not None) is blocked
