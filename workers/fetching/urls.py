"""Strict URL parsing and canonicalisation (no network).

The fetcher only ever connects to what :func:`parse_target` returns, so the
host that is checked is the host that is contacted.  Rules:

* scheme must be ``http`` or ``https`` (case-insensitive);
* no ASCII control characters anywhere, no backslash or ``%`` in the
  authority, no user-info (``http://evil@127.0.0.1/`` is refused: credentials
  in URLs are never needed and are a classic parser-confusion trick);
* host names are lower-cased, a single trailing dot is dropped, non-ASCII
  names are IDNA-encoded (UTS #46 mapping, so full-width letters and digits
  fold to ASCII *before* any check);
* a host whose last label is numeric (``2130706433``, ``0x7f000001``,
  ``127.1``, ``0177.0.0.1``, ``1.2.3.4.5``) must be a canonical dotted quad;
  any other numeric form is refused (:class:`NonCanonicalAddress`) instead of
  being reinterpreted;
* IPv6 literals must be bracketed, zone ids are refused, and the host is
  kept in compressed canonical form;
* path and query keep their percent-escapes; spaces and non-ASCII characters
  are percent-encoded as UTF-8.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

from .errors import BadPort, BadScheme, BadURL, NonCanonicalAddress

try:  # ``idna`` implements IDNA 2008 + UTS #46; stdlib only has IDNA 2003.
    import idna as _idna
except ImportError:  # pragma: no cover - depends on the environment
    _idna = None

MAX_URL_LENGTH = 8192
DEFAULT_PORTS = {"http": 80, "https": 443}

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
_LABEL_RE = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")
_NUMERIC_LABEL_RE = re.compile(r"^(?:[0-9]+|0x[0-9a-f]*)$")
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_DOTTED_QUAD_RE = re.compile(rf"^{_OCTET}(?:\.{_OCTET}){{3}}$")

# Characters left as they are when percent-encoding path / query.
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = "/?%:@!$&'()*+,;=-._~[]"


@dataclass(frozen=True)
class Target:
    """A parsed, canonical http(s) URL."""

    scheme: str
    host: str  # canonical: punycode / dotted quad / compressed IPv6 (no brackets)
    port: int
    path: str  # path + ("?" + query if any), percent-encoded, never empty
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address | None  # set if host is an IP literal
    explicit_port: bool

    @property
    def host_for_url(self) -> str:
        return f"[{self.host}]" if ":" in self.host else self.host

    @property
    def netloc(self) -> str:
        if self.port == DEFAULT_PORTS[self.scheme]:
            return self.host_for_url
        return f"{self.host_for_url}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.netloc}{self.path}"


def canonical_host(
    raw: str, *, url: str | None = None
) -> tuple[str, ipaddress.IPv4Address | ipaddress.IPv6Address | None]:
    """Canonicalise a host as it appears in a URL authority (IPv6 bracketed).

    Returns ``(host, ip)`` where ``ip`` is set for IP literals.  Raises
    :class:`BadURL` / :class:`NonCanonicalAddress`.
    """
    if not raw:
        raise BadURL("The URL has no host name.", url=url)
    if raw.startswith("["):
        if not raw.endswith("]"):
            raise BadURL("The URL has an unterminated IPv6 address.", url=url)
        inner = raw[1:-1]
        if "%" in inner:
            raise BadURL("IPv6 zone identifiers are not allowed in URLs.", url=url)
        try:
            ip6 = ipaddress.IPv6Address(inner)
        except ValueError:
            raise BadURL(f"'{raw}' is not a valid IPv6 address.", url=url) from None
        return str(ip6), ip6
    if "[" in raw or "]" in raw:
        raise BadURL("The host name contains a bracket.", url=url)
    if ":" in raw:
        raise BadURL("IPv6 addresses must be written in brackets, e.g. http://[2001:db8::1]/.", url=url)
    if "%" in raw or "\\" in raw:
        raise BadURL("The host name contains '%' or '\\', which is not allowed.", url=url)

    host = raw
    if not host.isascii():
        host = _idna_encode(host, url=url)
    host = host.lower()
    if host.endswith("."):
        host = host[:-1]
    if not host or len(host) > 253:
        raise BadURL("The host name is empty or too long.", url=url)

    labels = host.split(".")
    if _NUMERIC_LABEL_RE.match(labels[-1]):
        # Looks like an IPv4 address: only the canonical dotted quad is accepted.
        if not _DOTTED_QUAD_RE.match(host):
            raise NonCanonicalAddress(
                f"'{raw}' is a numeric host in a non-canonical form (e.g. decimal, hex, "
                "octal or shortened IPv4); only dotted-quad addresses like 203.0.113.7 are accepted.",
                url=url,
            )
        ip4 = ipaddress.IPv4Address(host)
        return str(ip4), ip4
    for label in labels:
        if not _LABEL_RE.match(label):
            raise BadURL(f"'{raw}' is not a valid host name.", url=url)
    return host, None


def _idna_encode(host: str, *, url: str | None) -> str:
    try:
        if _idna is not None:
            # uts46 maps full-width and other compatibility forms to ASCII first.
            return _idna.encode(host, uts46=True).decode("ascii")
        return host.encode("idna").decode("ascii")
    except (UnicodeError, ValueError) as exc:
        raise BadURL(f"'{host}' is not a valid internationalised host name.", url=url, detail=str(exc)) from None


def _split_authority(netloc: str, *, url: str) -> tuple[str, int | None]:
    if "@" in netloc:
        raise BadURL("URLs with user names or passwords (user@host) are not accepted.", url=url)
    if "\\" in netloc:
        raise BadURL("The host part of the URL contains a backslash.", url=url)
    if netloc.startswith("["):
        end = netloc.find("]")
        if end < 0:
            raise BadURL("The URL has an unterminated IPv6 address.", url=url)
        host, rest = netloc[: end + 1], netloc[end + 1 :]
        if rest and not rest.startswith(":"):
            raise BadURL("Unexpected characters after the IPv6 address.", url=url)
        port_text = rest[1:] if rest else None
    else:
        host, sep, port_text = netloc.partition(":")
        if not sep:
            port_text = None
        elif ":" in port_text:
            raise BadURL("IPv6 addresses must be written in brackets, e.g. http://[2001:db8::1]/.", url=url)
    port = None
    if port_text:  # "http://host:/" means the default port
        if not port_text.isascii() or not port_text.isdigit() or len(port_text) > 5:
            raise BadURL(f"'{port_text}' is not a valid port number.", url=url)
        port = int(port_text)
        if not 1 <= port <= 65535:
            raise BadURL(f"Port {port} is out of range.", url=url)
    return host, port


def _encode_path(path: str) -> str:
    return quote(path, safe=_PATH_SAFE) or "/"


def _encode_query(query: str) -> str:
    return quote(query, safe=_QUERY_SAFE)


def parse_target(url: str) -> Target:
    """Parse ``url`` strictly into a :class:`Target` (scheme and syntax only).

    Does not look at allowed ports or address classes; see
    :func:`workers.fetch.check_url` for that.
    """
    if not isinstance(url, str):
        raise BadURL("The URL must be a string.")
    text = url.strip(" \t\r\n\f\v")
    shown = text[:200]
    if not text:
        raise BadURL("The URL is empty.")
    if len(text) > MAX_URL_LENGTH:
        raise BadURL(f"The URL is longer than {MAX_URL_LENGTH} characters.", url=shown)
    if _CONTROL_RE.search(text):
        raise BadURL("The URL contains control characters.", url=shown)
    scheme, sep, _ = text.partition(":")
    if not sep or not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*$", scheme):
        raise BadScheme("The URL must start with http:// or https://.", url=shown)
    scheme = scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise BadScheme(
            f"The '{scheme}:' scheme is not allowed; only http:// and https:// URLs can be fetched.", url=shown
        )
    if not text[len(scheme) + 1 :].startswith("//"):
        raise BadURL("The URL must look like http://host/path.", url=shown)
    try:
        parts = urlsplit(text)
    except ValueError as exc:
        raise BadURL(f"The URL cannot be parsed ({exc}).", url=shown) from None
    raw_host, port = _split_authority(parts.netloc, url=shown)
    host, ip = canonical_host(raw_host, url=shown)
    path = _encode_path(parts.path)
    if parts.query:
        path += "?" + _encode_query(parts.query)
    elif text.split("#", 1)[0].endswith("?"):
        path += "?"
    return Target(
        scheme=scheme,
        host=host,
        port=port if port is not None else DEFAULT_PORTS[scheme],
        path=path,
        ip=ip,
        explicit_port=port is not None,
    )


def require_port(target: Target, allowed_ports) -> None:
    if target.port not in allowed_ports:
        allowed = ", ".join(str(p) for p in sorted(allowed_ports))
        raise BadPort(f"Port {target.port} is not allowed (allowed: {allowed}).", url=target.url)


# Query parameters that only track clicks.  Matched case-insensitively on the
# percent-decoded name; ``utm_*`` is matched by prefix.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "igshid",
        "li_fat_id",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "rb_clickid",
        "s_cid",
    }
)


def _is_tracker(param: str) -> bool:
    name = unquote(param.split("=", 1)[0]).strip().lower()
    return name.startswith("utm_") or name in TRACKING_PARAMS


def canonical_url(url: str) -> str:
    """The dedupe key for articles and sources.

    Lower-cases scheme and host, IDNA-encodes the host, drops a trailing dot,
    the default port, the fragment and tracking parameters (``utm_*``,
    ``fbclid``, ``gclid``, ...), and turns an empty path into ``/``.  Other
    query parameters keep their order and spelling.  Raises :class:`BadURL`
    (or a subclass) for URLs the fetcher would not accept syntactically.
    """
    target = parse_target(url)
    path, sep, query = target.path.partition("?")
    if sep:
        kept = [p for p in query.split("&") if not _is_tracker(p)]
        query = "&".join(kept)
    if query.strip("&"):
        path = f"{path}?{query}"
    return f"{target.scheme}://{target.netloc}{path}"
