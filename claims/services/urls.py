"""URLs as the desk stores them: the safe fetcher's rules, the canonical form, and a length that fits."""

from claims.services.errors import DomainError

MAX_URL_CHARS = 2048  # the length of every URL column


def url_canonical(url: str, *, check: bool = True) -> str:
    """The canonical form of a URL someone gave (a DomainError naming the problem when it is unusable).

    `check` also applies the fetcher's scheme, port and address rules (no network). The length is
    checked again after canonicalisation: percent-encoding makes "ä" six characters.
    """
    from workers.fetch import FetchError, canonical_url, check_url

    url = (url or "").strip()
    if len(url) > MAX_URL_CHARS:
        raise DomainError(f"The URL is longer than {MAX_URL_CHARS} characters.", code="url_too_long")
    try:
        canonical = canonical_url(check_url(url) if check else url)
    except FetchError as exc:
        raise DomainError(exc.message, code=exc.code) from None
    if len(canonical) > MAX_URL_CHARS:
        raise DomainError(
            f"The URL is longer than {MAX_URL_CHARS} characters once its special characters are percent-encoded "
            f"({len(canonical):,}).", code="url_too_long",
        )
    return canonical
