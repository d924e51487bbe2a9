"""Which IP addresses the fetcher may connect to.

Only globally routable unicast addresses pass.  The rules are explicit tables
rather than ``ipaddress.is_global`` alone, because ``is_global`` differs
between Python versions and lets e.g. multicast, 6to4 with an embedded
private address, or NAT64 of loopback through.
"""

from __future__ import annotations

import ipaddress

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_V4 = ipaddress.IPv4Network
_V6 = ipaddress.IPv6Network

# (network, human description).  First match wins.
_BLOCKED_V4: tuple[tuple[ipaddress.IPv4Network, str], ...] = (
    (_V4("0.0.0.0/8"), "an unspecified/'this network' address"),
    (_V4("10.0.0.0/8"), "a private network address"),
    (_V4("100.64.0.0/10"), "a carrier-grade NAT (shared) address"),
    (_V4("127.0.0.0/8"), "a loopback address"),
    (_V4("169.254.0.0/16"), "a link-local address (cloud metadata lives here)"),
    (_V4("172.16.0.0/12"), "a private network address"),
    (_V4("192.0.0.0/24"), "an IETF protocol-assignment address"),
    (_V4("192.0.2.0/24"), "a documentation address"),
    (_V4("192.88.99.0/24"), "a deprecated 6to4 relay address"),
    (_V4("192.168.0.0/16"), "a private network address"),
    (_V4("198.18.0.0/15"), "a benchmarking address"),
    (_V4("198.51.100.0/24"), "a documentation address"),
    (_V4("203.0.113.0/24"), "a documentation address"),
    (_V4("224.0.0.0/4"), "a multicast address"),
    (_V4("240.0.0.0/4"), "a reserved address"),  # includes 255.255.255.255
)

_BLOCKED_V6: tuple[tuple[ipaddress.IPv6Network, str], ...] = (
    (_V6("::/128"), "the unspecified address"),
    (_V6("::1/128"), "a loopback address"),
    (_V6("::ffff:0:0/96"), "an IPv4-mapped IPv6 address"),
    (_V6("::/96"), "an IPv4-compatible IPv6 address"),
    (_V6("::ffff:0:0:0/96"), "an IPv4-translated IPv6 address"),
    (_V6("64:ff9b:1::/48"), "a local-use NAT64 address"),
    (_V6("100::/64"), "a discard-only address"),
    (_V6("2001::/32"), "a Teredo tunnel address"),
    (_V6("2001:db8::/32"), "a documentation address"),
    (_V6("2001::/23"), "an IETF protocol-assignment address"),
    (_V6("3fff::/20"), "a documentation address"),
    (_V6("fc00::/7"), "a unique-local (private) address"),
    (_V6("fe80::/10"), "a link-local address"),
    (_V6("fec0::/10"), "a site-local address"),
    (_V6("ff00::/8"), "a multicast address"),
)

# Addresses that are never connectable, whatever the allow list says:
# 0.0.0.0 and :: reach the local host on Linux, multicast/broadcast are no
# HTTP servers.
_NEVER = (
    _V4("0.0.0.0/8"),
    _V4("224.0.0.0/4"),
    _V4("255.255.255.255/32"),
    _V6("::/128"),
    _V6("ff00::/8"),
)

_NAT64 = _V6("64:ff9b::/96")
_SIX_TO_FOUR = _V6("2002::/16")
_GLOBAL_UNICAST_V6 = _V6("2000::/3")


def parse_ip(text: str) -> IPAddress | None:
    """Return the address if ``text`` is a canonical-enough IP literal, else None.

    Scoped IPv6 (``fe80::1%eth0``) is not accepted.
    """
    if "%" in text:
        return None
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def blocked_reason(ip: IPAddress) -> str | None:
    """Why ``ip`` must not be connected to, or None if it is globally routable."""
    if isinstance(ip, ipaddress.IPv4Address):
        for net, why in _BLOCKED_V4:
            if ip in net:
                return why
        if not ip.is_global:
            return "not a globally routable address"
        return None

    for net, why in _BLOCKED_V6:
        if ip in net:
            return why
    if ip in _NAT64:
        inner = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        inner_reason = blocked_reason(inner)
        if inner_reason:
            return f"a NAT64 address embedding {inner_reason}"
        return None
    if ip in _SIX_TO_FOUR:
        inner = ipaddress.IPv4Address((int(ip) >> 80) & 0xFFFFFFFF)
        inner_reason = blocked_reason(inner)
        if inner_reason:
            return f"a 6to4 address embedding {inner_reason}"
        return None
    if ip not in _GLOBAL_UNICAST_V6:
        return "not a global unicast IPv6 address"
    if not ip.is_global:
        return "not a globally routable address"
    return None


def never_connectable(ip: IPAddress) -> bool:
    """True for addresses refused even when the host is on the allow list."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip.version == net.version and ip in net for net in _NEVER)
