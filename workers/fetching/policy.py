"""Fetch policy: every knob of the fetcher in one immutable object.

``FetchPolicy()`` uses built-in defaults; ``FetchPolicy.from_env()`` reads
``FETCH_*`` environment variables (and accepts keyword overrides, which is
how Django settings can pass values in later).

Allow list (``FETCH_ALLOW``)
----------------------------
Comma-separated entries ``host`` or ``host:port`` (IPv6 as ``[::1]`` or
``[::1]:8080``).  Entries are canonicalised like URL hosts (lower case,
IDNA, no trailing dot; non-canonical numeric forms are a configuration
error).  Matching is **on the URL's canonical host only**, never on the
resolved address:

* ``127.0.0.1`` lets ``http://127.0.0.1:<any port>/`` through, but not
  ``http://localhost/`` even though it resolves to 127.0.0.1;
* ``localhost:8000`` lets ``http://localhost:8000/`` through (its
  resolved loopback address is accepted), and nothing else;
* a DNS name resolving to a private address passes only if that very name is
  listed.

A matching entry lifts both the address check and the allowed-ports check
(for its port, or any port when it names none).  Unspecified (0.0.0.0, ::),
multicast and broadcast addresses are refused even for allowed hosts.
Entries are exact: there are no wildcards or suffix matches.
"""

from __future__ import annotations

import dataclasses
import os
import socket
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .errors import FetchError
from .urls import _split_authority, canonical_host

Resolver = Callable[[str, int], Sequence[str]]

DEFAULT_CONTACT_URL = "https://factcheck-desk.invalid/about/fetcher"  # set FETCH_CONTACT_URL
USER_AGENT_TEMPLATE = "FactcheckDesk/1.0 (+{contact})"


def system_resolver(host: str, port: int) -> list[str]:
    """Resolve ``host`` with the system resolver; returns IP strings in order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    seen: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        addr = sockaddr[0]
        if addr not in seen:
            seen.append(addr)
    return seen


def parse_allow_entry(entry: str) -> tuple[str, int | None]:
    """``"host"`` / ``"host:port"`` / ``"[v6]:port"`` / ``"v6"`` -> (canonical host, port or None)."""
    text = entry.strip()
    if not text:
        raise ValueError("empty FETCH_ALLOW entry")
    if text.count(":") > 1 and not text.startswith("["):
        text = f"[{text}]"  # bare IPv6 address
    try:
        raw_host, port = _split_authority(text, url=entry)
        host, _ip = canonical_host(raw_host, url=entry)
    except FetchError as exc:
        raise ValueError(f"invalid FETCH_ALLOW entry {entry!r}: {exc.message}") from None
    return host, port


def _parse_allow(entries: Iterable[str] | str) -> frozenset[tuple[str, int | None]]:
    if isinstance(entries, str):
        entries = entries.split(",")
    return frozenset(parse_allow_entry(e) for e in entries if e and e.strip())


@dataclass(frozen=True)
class FetchPolicy:
    """Configuration of :func:`workers.fetch.fetch`.  Immutable and thread-safe;
    derive variants with :meth:`replace`."""

    allow: tuple[str, ...] = ()
    allowed_ports: frozenset[int] = frozenset({80, 443})
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    deadline: float = 30.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    contact_url: str = DEFAULT_CONTACT_URL
    user_agent: str | None = None  # None: built from contact_url
    per_host_limit: int = 4
    politeness_delay: float = 1.0
    ca_bundle: str | None = None  # None: certifi if installed, else the system store
    resolver: Resolver = field(default=system_resolver, compare=False)
    _allow_set: frozenset = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        if isinstance(self.allow, str):
            object.__setattr__(self, "allow", tuple(e.strip() for e in self.allow.split(",") if e.strip()))
        else:
            object.__setattr__(self, "allow", tuple(self.allow))
        object.__setattr__(self, "_allow_set", _parse_allow(self.allow))
        ports = frozenset(int(p) for p in self.allowed_ports)
        if not ports or any(not 1 <= p <= 65535 for p in ports):
            raise ValueError("allowed_ports must be a non-empty set of ports 1-65535")
        object.__setattr__(self, "allowed_ports", ports)
        for name in ("connect_timeout", "read_timeout", "deadline"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be positive")
        if self.max_bytes < 1:
            raise ValueError("max_bytes must be positive")
        if self.max_redirects < 0:
            raise ValueError("max_redirects must be >= 0")
        if self.per_host_limit < 1:
            raise ValueError("per_host_limit must be >= 1")
        if self.politeness_delay < 0:
            raise ValueError("politeness_delay must be >= 0")
        if self.user_agent is None:
            object.__setattr__(self, "user_agent", USER_AGENT_TEMPLATE.format(contact=self.contact_url))
        for ch in self.user_agent:
            if ord(ch) < 32 or ord(ch) == 127:
                raise ValueError("user_agent must not contain control characters")

    def replace(self, **changes) -> FetchPolicy:
        if "contact_url" in changes and "user_agent" not in changes:
            changes["user_agent"] = None
        return dataclasses.replace(self, **changes)

    def is_allowed(self, host: str, port: int) -> bool:
        """Whether the canonical URL host (and port) is named in the allow list."""
        return (host, None) in self._allow_set or (host, port) in self._allow_set

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides) -> FetchPolicy:
        """Build a policy from ``FETCH_*`` variables; keyword overrides win.

        Variables: FETCH_ALLOW, FETCH_ALLOWED_PORTS (e.g. "80,443"),
        FETCH_CONNECT_TIMEOUT, FETCH_READ_TIMEOUT, FETCH_DEADLINE (seconds),
        FETCH_MAX_BYTES, FETCH_MAX_REDIRECTS, FETCH_CONTACT_URL,
        FETCH_USER_AGENT, FETCH_PER_HOST_LIMIT, FETCH_POLITENESS_DELAY,
        FETCH_CA_BUNDLE.  Proxy variables (HTTP_PROXY, ...) are never read.
        """
        env = os.environ if environ is None else environ
        values: dict = {}

        def get(name):
            raw = env.get(name)
            return raw.strip() if raw is not None and raw.strip() != "" else None

        conversions = {
            "FETCH_CONNECT_TIMEOUT": ("connect_timeout", float),
            "FETCH_READ_TIMEOUT": ("read_timeout", float),
            "FETCH_DEADLINE": ("deadline", float),
            "FETCH_MAX_BYTES": ("max_bytes", int),
            "FETCH_MAX_REDIRECTS": ("max_redirects", int),
            "FETCH_PER_HOST_LIMIT": ("per_host_limit", int),
            "FETCH_POLITENESS_DELAY": ("politeness_delay", float),
            "FETCH_CONTACT_URL": ("contact_url", str),
            "FETCH_USER_AGENT": ("user_agent", str),
            "FETCH_CA_BUNDLE": ("ca_bundle", str),
        }
        for var, (attr, conv) in conversions.items():
            raw = get(var)
            if raw is not None:
                try:
                    values[attr] = conv(raw)
                except ValueError:
                    raise ValueError(f"{var}={raw!r} is not a valid {conv.__name__}") from None
        allow = env.get("FETCH_ALLOW")
        if allow:
            values["allow"] = tuple(e.strip() for e in allow.split(",") if e.strip())
        ports = get("FETCH_ALLOWED_PORTS")
        if ports is not None:
            try:
                values["allowed_ports"] = frozenset(int(p) for p in ports.split(",") if p.strip())
            except ValueError:
                raise ValueError(f"FETCH_ALLOWED_PORTS={ports!r} is not a comma-separated list of ports") from None
        values.update(overrides)
        return cls(**values)
