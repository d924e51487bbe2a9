"""ETag, Last-Modified and Cache-Control: 304 for unchanged reads, 412 for writes on a stale version.

A verdict's ETag is `"v<id>.<lock_version>.<digest>"`: the digest covers everything its representation
shows (claim, article, cited evidence and sources), and `If-Match` on a write is checked against the
lock_version inside the service's transaction, so a concurrent change cannot slip in between.
"""

import hashlib
import re
from datetime import datetime

from django.conf import settings
from django.http import HttpResponseNotModified
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date, parse_etags, parse_http_date_safe

from claims.api.exceptions import PreconditionFailed

_VERDICT_TAG = re.compile(r'(?:W/)?"v(\d+)\.(\d+)(?:\.[0-9a-f]*)?"')


def _digest(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode(), usedforsecurity=False).hexdigest()[:16]


def verdict_validators(verdict) -> tuple[str, datetime]:
    """(ETag, Last-Modified) of a verdict whose claim, article and evidence are already loaded."""
    claim = verdict.claim
    stamps = [verdict.updated_at, claim.updated_at, claim.article.updated_at]
    for item in verdict.evidence.all():
        stamps += [item.updated_at, item.source.updated_at]
    tag = f'"v{verdict.pk}.{verdict.lock_version}.{_digest(verdict.pk, verdict.status, *stamps)}"'
    return tag, max(stamps)


def object_validators(obj, *related) -> tuple[str, datetime]:
    """(ETag, Last-Modified) of anything with an updated_at (or created_at)."""
    stamps = [getattr(o, "updated_at", None) or o.created_at for o in (obj, *related) if o is not None]
    name = type(obj).__name__.lower()
    return f'"{name[:1]}{obj.pk}.{_digest(name, obj.pk, *stamps)}"', max(stamps)


def body_etag(content: bytes) -> str:
    return f'"l{_digest(hashlib.sha1(content, usedforsecurity=False).hexdigest())}"'


def not_modified(request, etag: str, last_modified: datetime | None) -> bool:
    """RFC 9110 §13.2.2: If-None-Match wins over If-Modified-Since."""
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match:
        tags = parse_etags(if_none_match)
        return "*" in tags or any(t.removeprefix("W/") == etag.removeprefix("W/") for t in tags)
    since = request.headers.get("If-Modified-Since")
    if since and last_modified is not None:
        parsed = parse_http_date_safe(since)
        return parsed is not None and int(last_modified.timestamp()) <= parsed
    return False


def not_modified_response(etag: str, last_modified: datetime | None) -> HttpResponseNotModified:
    response = HttpResponseNotModified()
    set_validators(response, etag, last_modified)
    return response


def set_validators(response, etag: str, last_modified: datetime | None):
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified.timestamp())


def expected_version(request, verdict_id: int) -> int | None:
    """The lock_version the client's If-Match names; None without If-Match (or with `*`)."""
    header = request.headers.get("If-Match")
    if not header or header.strip() == "*":
        return None
    for tag in header.split(","):
        match = _VERDICT_TAG.fullmatch(tag.strip())
        if match and int(match[1]) == verdict_id:
            return int(match[2])
    raise PreconditionFailed(
        f"If-Match {header[:80]!r} does not name a version of verdict {verdict_id}; "
        "send the ETag you got from GET /api/v1/verdicts/{id}/."
    )


def check_if_match(request, current_etag: str):
    """For resources without a lock_version: a plain comparison before the write."""
    header = request.headers.get("If-Match")
    if not header or header.strip() == "*":
        return
    if current_etag not in {t.strip() for t in header.split(",")}:
        raise PreconditionFailed("The object changed since you read it (If-Match does not match its ETag); reload it.")


def patch_caching(request, response):
    """Public, briefly cacheable answers for anonymous readers; nothing stored for logged-in ones."""
    patch_vary_headers(response, ("Accept", "Authorization", "Cookie"))
    if response.has_header("Cache-Control"):
        return response
    public_read = request.method in ("GET", "HEAD") and response.status_code in (200, 304)
    if public_read and not request.user.is_authenticated:
        patch_cache_control(response, public=True, max_age=settings.API_PUBLIC_MAX_AGE)
    else:
        patch_cache_control(response, private=True, no_store=True)
    return response
