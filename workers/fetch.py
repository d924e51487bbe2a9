"""The one safe HTTP fetcher.  Every URL a user types goes through here.

Public API::

    fetch(url, *, accept=("html",), etag=None, last_modified=None, policy=None) -> FetchResult
    post(url, *, body, content_type=..., headers=(), policy=None) -> PostResult   # webhooks; no redirects
    check_url(url, policy=None) -> str          # no network: syntax, scheme, port, literal address
    canonical_url(url) -> str                   # dedupe key (no trackers, no fragment, punycode host)
    FetchPolicy(...) / FetchPolicy.from_env()   # all configuration
    set_default_policy(policy) / get_default_policy()
    FetchError and subclasses, each with a stable ``code``

Safety properties:

* http/https only; strict URL parsing (see :mod:`workers.fetching.urls`);
  non-canonical numeric IPv4 forms are refused, not reinterpreted;
* the host is resolved once (``policy.resolver``) and *every* returned
  address must be globally routable, unless the URL host is named in the
  allow list (see :mod:`workers.fetching.policy` for the matching rules);
  the connection goes to that pinned address, so DNS rebinding between
  check and connect is impossible;
* TLS is verified against the real host name (SNI + certificate check);
* redirects are followed by hand, each hop re-checked, at most
  ``policy.max_redirects``;
* only ports in ``policy.allowed_ports`` (80/443 by default);
* proxy environment variables are never consulted (nothing here reads them);
* connect timeout, per-read timeout and an overall deadline enforced by a
  watchdog that shuts the socket down, so slow-drip servers cannot hold a
  worker;
* the body is capped after Content-Encoding decoding, decoded incrementally,
  so compression bombs stop at the cap;
* per-host concurrency limit and politeness delay, shared process-wide.
"""

from __future__ import annotations

import contextlib
import email.utils
import hashlib
import http.client
import socket
import ssl
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin

from billiard.exceptions import SoftTimeLimitExceeded

from workers.fetching import throttle
from workers.fetching.addresses import blocked_reason, never_connectable, parse_ip
from workers.fetching.content import (
    TEXT_KINDS,
    BodyDecoder,
    accept_encoding_header,
    accept_header,
    check_content_type,
    decode_text,
    human_size,
    parse_content_type,
    sniff_mime,
    validate_accept,
)
from workers.fetching.errors import (
    BadContentType,
    BadEncoding,
    BadPort,
    BadResponse,
    BadScheme,
    BadURL,
    BinaryContent,
    BlockedAddress,
    ConnectError,
    FetchError,
    HTTPStatusError,
    NonCanonicalAddress,
    ResolveError,
    Timeout,
    TLSError,
    TooLarge,
    TooManyRedirects,
)
from workers.fetching.policy import FetchPolicy, system_resolver
from workers.fetching.urls import Target, canonical_url, parse_target, require_port

__all__ = [
    "BadContentType",
    "BadEncoding",
    "BadPort",
    "BadResponse",
    "BadScheme",
    "BadURL",
    "BinaryContent",
    "BlockedAddress",
    "ConnectError",
    "FetchError",
    "FetchPolicy",
    "FetchResult",
    "HTTPStatusError",
    "NonCanonicalAddress",
    "PostResult",
    "RedirectHop",
    "ResolveError",
    "TLSError",
    "Timeout",
    "TooLarge",
    "TooManyRedirects",
    "canonical_url",
    "check_url",
    "fetch",
    "get_default_policy",
    "post",
    "set_default_policy",
    "system_resolver",
]

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_READ_SIZE = 64 * 1024
# Compressed bodies may legitimately be a little larger than their content.
_WIRE_SLACK = 64 * 1024


@dataclass(frozen=True)
class RedirectHop:
    url: str  # the URL that answered with a redirect
    status: int
    location: str  # absolute URL it pointed to


@dataclass(frozen=True)
class FetchResult:
    url: str  # the URL as requested (normalised)
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]  # lower-cased names; repeated headers joined with ", "
    content_type: str | None  # media type without parameters, e.g. "text/html"
    kind: str | None  # the accepted kind it matched ("html", "feed", ...)
    charset: str | None  # Python codec name used for ``text``
    raw: bytes  # body after Content-Encoding decoding: what gets archived
    text: str | None  # clean Unicode for text kinds, None for binary / 304
    sha256: str | None  # hex digest of ``raw`` (None for 304)
    fetched_at: datetime  # UTC, when the fetch started
    etag: str | None
    last_modified: str | None
    redirects: tuple[RedirectHop, ...] = ()
    not_modified: bool = False
    elapsed: float = 0.0  # seconds
    peer: str | None = field(default=None, repr=False)  # IP address of the final hop


# ---------------------------------------------------------------------------
# Default policy
# ---------------------------------------------------------------------------

_default_policy: FetchPolicy | None = None


def set_default_policy(policy: FetchPolicy | None) -> None:
    """Install the policy used when ``fetch(policy=None)`` (e.g. from Django
    settings at startup).  ``None`` goes back to reading the environment."""
    global _default_policy
    _default_policy = policy


def get_default_policy() -> FetchPolicy:
    return _default_policy if _default_policy is not None else FetchPolicy.from_env()


# ---------------------------------------------------------------------------
# Checks without network
# ---------------------------------------------------------------------------


def _check_target(target: Target, policy: FetchPolicy) -> Target:
    allowed = policy.is_allowed(target.host, target.port)
    if target.ip is not None:
        if never_connectable(target.ip):
            raise BlockedAddress(f"{target.host} is not an address that can be fetched.", url=target.url)
        if not allowed:
            reason = blocked_reason(target.ip)
            if reason:
                raise BlockedAddress(
                    f"{target.host} is {reason}; only public internet addresses can be fetched.", url=target.url
                )
    elif not allowed and (target.host == "localhost" or target.host.endswith(".localhost")):
        raise BlockedAddress(f"'{target.host}' names this server itself; it cannot be fetched.", url=target.url)
    if not allowed:
        require_port(target, policy.allowed_ports)
    return target


def check_url(url: str, policy: FetchPolicy | None = None) -> str:
    """Validate ``url`` without touching the network; return the normalised URL.

    Checks syntax, scheme, port and literal IP addresses (a DNS name that
    resolves to a private address is only caught by :func:`fetch`).  Raises a
    :class:`FetchError` subclass with a message fit for a 400 response.
    """
    policy = policy or get_default_policy()
    return _check_target(parse_target(url), policy).url


# ---------------------------------------------------------------------------
# Resolution and connection
# ---------------------------------------------------------------------------

_dns_lock = threading.Lock()
_dns_pool: ThreadPoolExecutor | None = None
_dns_pid: int | None = None


def _dns_executor() -> ThreadPoolExecutor:
    global _dns_pool, _dns_pid
    import os

    with _dns_lock:
        if _dns_pool is None or _dns_pid != os.getpid():
            _dns_pool = ThreadPoolExecutor(max_workers=16, thread_name_prefix="fetch-dns")
            _dns_pid = os.getpid()
        return _dns_pool


def _remaining(deadline: float, policy: FetchPolicy, url: str) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise _deadline_error(policy, url)
    return left


def _deadline_error(policy: FetchPolicy, url: str) -> Timeout:
    return Timeout(f"Gave up: fetching took longer than the {policy.deadline:g} s time limit.", url=url)


def _resolve(target: Target, policy: FetchPolicy, deadline: float) -> list:
    allowed = policy.is_allowed(target.host, target.port)
    if target.ip is not None:
        return [target.ip]
    left = _remaining(deadline, policy, target.url)
    future = _dns_executor().submit(policy.resolver, target.host, target.port)
    try:
        answers = future.result(timeout=left)
    except FutureTimeout:
        future.cancel()
        raise Timeout(f"Looking up the host name '{target.host}' took too long.", url=target.url) from None
    except (OSError, UnicodeError) as exc:
        raise ResolveError(
            f"The host name '{target.host}' could not be found.", url=target.url, detail=str(exc)
        ) from None
    ips = []
    for answer in answers or ():
        ip = parse_ip(str(answer).split("%", 1)[0])
        if ip is None:
            raise ResolveError(
                f"The host name '{target.host}' resolved to something that is not an address.", url=target.url
            )
        if ip not in ips:
            ips.append(ip)
    if not ips:
        raise ResolveError(f"The host name '{target.host}' could not be found.", url=target.url)
    for ip in ips:
        # Every answer must pass: a mix of public and private answers is a rebinding trick.
        if never_connectable(ip) or (not allowed and blocked_reason(ip)):
            raise BlockedAddress(
                f"The host name '{target.host}' points to a non-public address; only public internet "
                "addresses can be fetched.",
                url=target.url,
                detail=f"{ip}: {blocked_reason(ip) or 'never connectable'}",
            )
    return ips


_ssl_lock = threading.Lock()
_ssl_contexts: dict[str | None, ssl.SSLContext] = {}


def _ssl_context(ca_bundle: str | None) -> ssl.SSLContext:
    with _ssl_lock:
        ctx = _ssl_contexts.get(ca_bundle)
        if ctx is None:
            cafile = ca_bundle
            if cafile is None:
                try:
                    import certifi

                    cafile = certifi.where()
                except ImportError:  # pragma: no cover - certifi comes with trafilatura
                    cafile = None
            ctx = ssl.create_default_context(cafile=cafile)
            ctx.minimum_version = ssl.TLSVersion.TLSv1_2
            ctx.check_hostname = True
            ctx.verify_mode = ssl.CERT_REQUIRED
            ctx.set_alpn_protocols(["http/1.1"])
            _ssl_contexts[ca_bundle] = ctx
        return ctx


class _Connection:
    """One pinned TCP (+TLS) connection with a deadline watchdog."""

    def __init__(self, target: Target, ip, policy: FetchPolicy, deadline: float):
        self.target = target
        self.ip = ip
        self.policy = policy
        self.deadline = deadline
        self.sock: socket.socket | None = None
        self.expired = threading.Event()
        self._token: int | None = None

    def _kill(self) -> None:
        self.expired.set()
        sock = self.sock
        if sock is not None:
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def open(self) -> None:
        target, policy = self.target, self.policy
        left = _remaining(self.deadline, policy, target.url)
        try:
            self.sock = socket.create_connection((str(self.ip), target.port), timeout=min(policy.connect_timeout, left))
        except TimeoutError:
            if time.monotonic() >= self.deadline:
                raise _deadline_error(policy, target.url) from None
            raise Timeout(
                f"Connecting to {target.host} timed out after {policy.connect_timeout:g} s.", url=target.url
            ) from None
        except OSError as exc:
            raise ConnectError(f"Could not connect to {target.host}.", url=target.url, detail=str(exc)) from None
        self._token = throttle.watchdog.schedule(self.deadline, self._kill)
        if target.scheme == "https":
            left = _remaining(self.deadline, policy, target.url)
            self.sock.settimeout(min(policy.connect_timeout, left))
            try:
                self.sock = _ssl_context(policy.ca_bundle).wrap_socket(self.sock, server_hostname=target.host)
            except ssl.SSLCertVerificationError as exc:
                raise TLSError(
                    f"The TLS certificate of {target.host} could not be verified ({exc.verify_message}).",
                    url=target.url,
                    detail=str(exc),
                ) from None
            except ssl.SSLError as exc:
                raise TLSError(
                    f"The TLS handshake with {target.host} failed.", url=target.url, detail=str(exc)
                ) from None
            except TimeoutError:
                raise self._timeout_error("during the TLS handshake") from None
            except OSError as exc:
                if self.expired.is_set():
                    raise _deadline_error(policy, target.url) from None
                raise ConnectError(
                    f"The connection to {target.host} broke during the TLS handshake.", url=target.url, detail=str(exc)
                ) from None

    def set_read_timeout(self) -> None:
        left = _remaining(self.deadline, self.policy, self.target.url)
        self.sock.settimeout(min(self.policy.read_timeout, left))

    def _timeout_error(self, what: str) -> Timeout:
        if self.expired.is_set() or time.monotonic() >= self.deadline - 0.01:
            return _deadline_error(self.policy, self.target.url)
        return Timeout(
            f"{self.target.host} sent nothing for {self.policy.read_timeout:g} s {what}.", url=self.target.url
        )

    def io_error(self, exc: BaseException, what: str) -> FetchError:
        """Map an exception raised while talking HTTP to a FetchError."""
        if isinstance(exc, FetchError):
            return exc
        if isinstance(exc, TimeoutError):
            return self._timeout_error(what)
        if self.expired.is_set():
            return _deadline_error(self.policy, self.target.url)
        if isinstance(exc, http.client.IncompleteRead):
            got = len(exc.partial) if exc.partial else 0
            return BadResponse(
                f"{self.target.host} closed the connection before the whole body arrived "
                f"(the body is shorter than announced).",
                url=self.target.url,
                detail=f"partial={got} expected_more={exc.expected}",
            )
        if isinstance(exc, (http.client.HTTPException, ValueError)):
            return BadResponse(
                f"{self.target.host} sent an invalid HTTP response {what}.", url=self.target.url, detail=repr(exc)
            )
        if isinstance(exc, OSError):
            return ConnectError(
                f"The connection to {self.target.host} broke {what}.", url=self.target.url, detail=repr(exc)
            )
        return BadResponse(f"Unexpected error {what}.", url=self.target.url, detail=repr(exc))

    def close(self) -> None:
        if self._token is not None:
            throttle.watchdog.cancel(self._token)
        if self.sock is not None:
            with contextlib.suppress(OSError):
                self.sock.close()


# ---------------------------------------------------------------------------
# One HTTP exchange
# ---------------------------------------------------------------------------


@dataclass
class _Hop:
    target: Target
    status: int
    headers: dict[str, str]
    location: str | None = None
    raw: bytes | None = None
    mime: str | None = None
    declared_charset: str | None = None
    kind: str | None = None
    peer: str | None = None


def _http_date(value) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return email.utils.format_datetime(value.astimezone(UTC), usegmt=True)
    return str(value)


def _safe_header_value(value: str, name: str) -> str:
    if any(ord(c) < 32 or ord(c) == 127 for c in value) or not value.isascii():
        raise ValueError(f"{name} contains characters not allowed in an HTTP header")
    return value


def _collect_headers(resp: http.client.HTTPResponse) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in resp.getheaders():
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return headers


def _content_length(resp: http.client.HTTPResponse, target: Target) -> int | None:
    values = resp.msg.get_all("Content-Length") or []
    lengths = set()
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if not part.isdigit():
                raise BadResponse(f"{target.host} sent an invalid Content-Length ({value!r}).", url=target.url)
            lengths.add(int(part))
    if len(lengths) > 1:
        raise BadResponse(f"{target.host} sent conflicting Content-Length headers.", url=target.url)
    return lengths.pop() if lengths else None


def _exchange(
    target: Target,
    ips: list,
    policy: FetchPolicy,
    accept: tuple[str, ...],
    request_headers: list[tuple[str, str]],
    deadline: float,
) -> _Hop:
    conn = _open_pinned(target, ips, policy, deadline)
    resp = None
    try:
        try:
            resp = _send(conn, target, "GET", request_headers)
        except (FetchError, SoftTimeLimitExceeded):  # a task's time limit is no network error
            raise
        except Exception as exc:
            raise conn.io_error(exc, "before the response headers") from None

        headers = _collect_headers(resp)
        hop = _Hop(target=target, status=resp.status, headers=headers, peer=str(conn.ip))
        if resp.status in REDIRECT_STATUSES:
            location = resp.getheader("Location")
            if not location or not location.strip():
                raise BadResponse(f"{target.host} answered with a redirect but gave no Location.", url=target.url)
            # http.client decodes headers as Latin-1; most servers meant UTF-8.
            with contextlib.suppress(UnicodeError):
                location = location.encode("latin-1").decode("utf-8")
            hop.location = location.strip()
            return hop
        if resp.status == 304:
            return hop
        if not 200 <= resp.status < 300:
            reason = f" ({resp.reason})" if resp.reason else ""
            raise HTTPStatusError(
                f"{target.host} answered with HTTP status {resp.status}{reason}.", status=resp.status, url=target.url
            )

        mime, declared_charset = parse_content_type(headers.get("content-type"))
        hop.mime, hop.declared_charset = mime, declared_charset
        if mime is not None:
            hop.kind = check_content_type(mime, accept, url=target.url)
        length = _content_length(resp, target)
        if length is not None and length > policy.max_bytes:
            raise TooLarge(
                f"The content is too large: {target.host} announced {human_size(length)}, "
                f"more than the {human_size(policy.max_bytes)} limit.",
                url=target.url,
            )
        hop.raw = _read_body(resp, conn, headers, policy, target)
        if mime is None:
            hop.mime = sniff_mime(hop.raw)
            hop.kind = check_content_type(hop.mime, accept, url=target.url)
        return hop
    finally:
        if resp is not None:
            resp.close()  # releases the socket's file object so the descriptor really closes
        conn.close()


def _read_body(resp, conn: _Connection, headers: dict, policy: FetchPolicy, target: Target) -> bytes:
    decoder = BodyDecoder(headers.get("content-encoding"), policy.max_bytes, url=target.url)
    wire_limit = policy.max_bytes + _WIRE_SLACK
    wire = 0
    parts: list[bytes] = []
    try:
        while True:
            conn.set_read_timeout()
            chunk = resp.read1(_READ_SIZE)
            if conn.expired.is_set():
                raise _deadline_error(policy, target.url)
            if not chunk:
                break
            wire += len(chunk)
            if wire > wire_limit:
                raise TooLarge(f"The content is larger than the {human_size(policy.max_bytes)} limit.", url=target.url)
            parts.append(decoder.feed(chunk))
        if resp.length:  # read1 does not raise when a Content-Length body is cut short
            raise http.client.IncompleteRead(b"", resp.length)
        parts.append(decoder.finish())
    except (FetchError, SoftTimeLimitExceeded):  # a task's time limit is no network error
        raise
    except Exception as exc:
        raise conn.io_error(exc, "while sending the body") from None
    return b"".join(parts)


# ---------------------------------------------------------------------------
# fetch()
# ---------------------------------------------------------------------------


def _redirect_error(exc: FetchError, source: str, location: str) -> FetchError:
    if isinstance(exc, HTTPStatusError):
        return exc
    new = type(exc)(
        f"The redirect from {source} to {location} was refused: {exc.message}", url=location, detail=exc.detail
    )
    return new


def fetch(
    url: str,
    *,
    accept=("html",),
    etag: str | None = None,
    last_modified: str | datetime | None = None,
    policy: FetchPolicy | None = None,
) -> FetchResult:
    """Fetch ``url`` safely and return a :class:`FetchResult`.

    ``accept`` names the content kinds the caller can use ("html", "feed"
    (alias "xml"), "json", "text", "pdf") or literal media types.  With
    ``etag`` / ``last_modified`` the request is conditional and a 304 comes
    back as a result with ``not_modified=True`` and an empty body.
    Raises a :class:`FetchError` subclass on any refusal or failure.
    """
    policy = policy or get_default_policy()
    accept = validate_accept(accept)
    started = time.monotonic()
    deadline = started + policy.deadline
    fetched_at = datetime.now(UTC)

    request_headers = [
        ("User-Agent", policy.user_agent),
        ("Accept", accept_header(accept)),
        ("Accept-Encoding", accept_encoding_header()),
        ("Connection", "close"),
    ]
    if etag:
        request_headers.append(("If-None-Match", _safe_header_value(etag, "etag")))
    if last_modified:
        request_headers.append(("If-Modified-Since", _safe_header_value(_http_date(last_modified), "last_modified")))

    first = _check_target(parse_target(url), policy)
    target = first
    redirects: list[RedirectHop] = []
    while True:
        ips = _resolve(target, policy, deadline)
        try:
            with throttle.host_gate.slot(
                target.host, limit=policy.per_host_limit, delay=policy.politeness_delay, deadline=deadline
            ):
                hop = _exchange(target, ips, policy, accept, request_headers, deadline)
        except throttle.SlotUnavailable:
            raise Timeout(
                f"Gave up: {target.host} is busy with other fetches from this server and the "
                f"{policy.deadline:g} s time limit would pass.",
                url=target.url,
            ) from None
        if hop.location is None:
            break
        location = urljoin(target.url, hop.location)
        if len(redirects) >= policy.max_redirects:
            raise TooManyRedirects(
                f"Too many redirects: gave up after {policy.max_redirects} (last one pointed to {location[:200]}).",
                url=first.url,
            )
        try:
            next_target = _check_target(parse_target(location), policy)
        except FetchError as exc:
            raise _redirect_error(exc, target.url, location[:200]) from None
        redirects.append(RedirectHop(url=target.url, status=hop.status, location=next_target.url))
        target = next_target  # resolved and re-checked at the top of the loop

    headers = hop.headers
    common = {
        "url": first.url,
        "final_url": target.url,
        "status": hop.status,
        "headers": headers,
        "redirects": tuple(redirects),
        "fetched_at": fetched_at,
        "etag": headers.get("etag"),
        "last_modified": headers.get("last-modified"),
        "peer": hop.peer,
    }
    if hop.status == 304:
        # A 304 may omit validators; the caller's still apply.
        common["etag"] = common["etag"] or etag
        common["last_modified"] = common["last_modified"] or (_http_date(last_modified) if last_modified else None)
        return FetchResult(
            **common,
            content_type=parse_content_type(headers.get("content-type"))[0],
            kind=None,
            charset=None,
            raw=b"",
            text=None,
            sha256=None,
            not_modified=True,
            elapsed=time.monotonic() - started,
        )

    raw = hop.raw or b""
    text = None
    charset = None
    if hop.kind in TEXT_KINDS:
        text, charset = decode_text(raw, declared=hop.declared_charset, kind=hop.kind, mime=hop.mime, url=target.url)
    elif hop.kind == "pdf" and not raw.startswith(b"%PDF-") and raw[:1024].find(b"%PDF-") < 0:
        raise BadContentType(f"The content was served as {hop.mime} but is not a PDF document.", url=target.url)
    return FetchResult(
        **common,
        content_type=hop.mime,
        kind=hop.kind,
        charset=charset,
        raw=raw,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        not_modified=False,
        elapsed=time.monotonic() - started,
    )


# ---------------------------------------------------------------------------
# post(): webhook deliveries
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PostResult:
    url: str
    status: int
    headers: dict[str, str]  # lower-cased names
    body: bytes  # at most ``max_response_bytes``; the rest is never read
    elapsed: float = 0.0
    peer: str | None = field(default=None, repr=False)


def _send(conn: _Connection, target: Target, method: str, headers, body: bytes | None = None):
    """One request on the pinned connection; the Host header names the real host."""
    http_conn = http.client.HTTPConnection(target.host_for_url, target.port)
    http_conn.sock = conn.sock
    conn.set_read_timeout()
    http_conn.putrequest(method, target.path, skip_host=True, skip_accept_encoding=True)
    http_conn.putheader("Host", target.netloc)
    for name, value in headers:
        http_conn.putheader(name, value)
    http_conn.endheaders(body)
    conn.set_read_timeout()
    return http_conn.getresponse()


def _open_pinned(target: Target, ips: list, policy: FetchPolicy, deadline: float) -> _Connection:
    last_error: FetchError | None = None
    for ip in ips:
        candidate = _Connection(target, ip, policy, deadline)
        try:
            candidate.open()
            return candidate
        except (ConnectError, Timeout) as exc:
            candidate.close()
            last_error = exc
            if isinstance(exc, TLSError) or time.monotonic() >= deadline:
                raise
    raise last_error or ConnectError(f"Could not connect to {target.host}.", url=target.url)


def post(
    url: str,
    *,
    body: bytes,
    content_type: str = "application/json",
    headers: tuple[tuple[str, str], ...] | list[tuple[str, str]] = (),
    policy: FetchPolicy | None = None,
    max_response_bytes: int = 64 * 1024,
) -> PostResult:
    """POST ``body`` to ``url`` with the safety of :func:`fetch`: the same URL,
    scheme, port and address checks, the resolved address pinned, the allow
    list, timeouts, overall deadline and per-host slots.

    Redirects are not followed (a receiver must not steer a signed body
    elsewhere): a 3xx comes back as a result like any other status.  Only
    refusals and network failures raise a :class:`FetchError`.
    """
    policy = policy or get_default_policy()
    started = time.monotonic()
    deadline = started + policy.deadline
    target = _check_target(parse_target(url), policy)
    request_headers = [
        ("User-Agent", policy.user_agent),
        ("Content-Type", _safe_header_value(content_type, "content_type")),
        ("Content-Length", str(len(body))),
        ("Connection", "close"),
        *((_safe_header_value(n, "header name"), _safe_header_value(v, n)) for n, v in headers),
    ]
    ips = _resolve(target, policy, deadline)
    try:
        with throttle.host_gate.slot(
            target.host, limit=policy.per_host_limit, delay=policy.politeness_delay, deadline=deadline
        ):
            conn = _open_pinned(target, ips, policy, deadline)
            try:
                try:
                    resp = _send(conn, target, "POST", request_headers, body)
                    received = _collect_headers(resp)
                    parts, size = [], 0
                    while size < max_response_bytes:
                        conn.set_read_timeout()
                        chunk = resp.read1(min(_READ_SIZE, max_response_bytes - size))
                        if not chunk:
                            break
                        parts.append(chunk)
                        size += len(chunk)
                    resp.close()
                except (FetchError, SoftTimeLimitExceeded):  # a task's time limit is no network error
                    raise
                except Exception as exc:
                    raise conn.io_error(exc, "while posting") from None
            finally:
                conn.close()
    except throttle.SlotUnavailable:
        raise Timeout(
            f"Gave up: {target.host} is busy with other requests from this server and the "
            f"{policy.deadline:g} s time limit would pass.",
            url=target.url,
        ) from None
    return PostResult(
        url=target.url, status=resp.status, headers=received, body=b"".join(parts),
        elapsed=time.monotonic() - started, peer=str(conn.ip),
    )
