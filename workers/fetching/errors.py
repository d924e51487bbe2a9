"""Exception hierarchy of the safe fetcher.

Every error has a stable machine-readable ``code`` (class attribute, never
changes once released) and a human ``message`` that is safe to show to API
users: it names the problem and the URL as the user gave it, but never an
address that a DNS name resolved to (that would turn the fetcher into an
internal-DNS oracle).  Extra detail for logs goes to ``detail``.

``FetchError.as_dict()`` is the shape the API returns in 4xx bodies.
"""

from __future__ import annotations


class FetchError(Exception):
    """Base class: any refusal or failure of :func:`workers.fetch.fetch`."""

    code = "fetch_error"

    def __init__(self, message: str, *, url: str | None = None, detail: str | None = None):
        super().__init__(message)
        self.message = message
        self.url = url
        self.detail = detail

    def as_dict(self) -> dict:
        data = {"code": self.code, "message": self.message}
        if self.url is not None:
            data["url"] = self.url
        return data

    def __str__(self) -> str:
        return self.message


class BadURL(FetchError):
    """The URL is malformed (missing host, bad port syntax, credentials, ...)."""

    code = "bad_url"


class BadScheme(BadURL):
    """Only http:// and https:// URLs are fetched."""

    code = "bad_scheme"


class BadPort(BadURL):
    """The port is not one of the allowed ports."""

    code = "bad_port"


class BlockedAddress(FetchError):
    """The host is (or resolves to) an address that is not globally routable."""

    code = "blocked_address"


class NonCanonicalAddress(BlockedAddress):
    """A numeric host in a non-canonical form (2130706433, 0x7f000001, 127.1,
    0177.0.0.1, ...).  Refused outright instead of being reinterpreted."""

    code = "non_canonical_address"


class ResolveError(FetchError):
    """The host name does not resolve."""

    code = "dns_error"


class ConnectError(FetchError):
    """No TCP connection could be made."""

    code = "connect_error"


class TLSError(ConnectError):
    """The TLS handshake or certificate verification failed."""

    code = "tls_error"


class Timeout(FetchError):
    """Connect timeout, read timeout or the overall deadline was hit."""

    code = "timeout"


class TooLarge(FetchError):
    """The (decoded) body exceeds the size cap."""

    code = "too_large"


class TooManyRedirects(FetchError):
    """More redirects than the policy allows."""

    code = "too_many_redirects"


class BadResponse(FetchError):
    """The server sent something that is not valid HTTP (truncated body,
    Content-Length lie, broken chunking, redirect without Location, ...)."""

    code = "bad_response"


class BadContentType(FetchError):
    """The content type is not one the caller accepts."""

    code = "bad_content_type"


class BinaryContent(BadContentType):
    """The body is binary although it was served as a text type."""

    code = "binary_content"


class BadEncoding(FetchError):
    """The body cannot be decoded: unknown/corrupt Content-Encoding or no
    usable character set."""

    code = "bad_encoding"


class HTTPStatusError(FetchError):
    """The server answered with an error status (4xx/5xx or an unusable 3xx)."""

    code = "http_status"

    def __init__(self, message: str, *, status: int, url: str | None = None, detail: str | None = None):
        super().__init__(message, url=url, detail=detail)
        self.status = status

    def as_dict(self) -> dict:
        data = super().as_dict()
        data["status"] = self.status
        return data


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
    "HTTPStatusError",
    "NonCanonicalAddress",
    "ResolveError",
    "TLSError",
    "Timeout",
    "TooLarge",
    "TooManyRedirects",
]
