"""Rendered list bodies: ETag from the bytes, 304 when unchanged, and a short server-side cache for
anonymous readers keyed by the publication stamp.

The stamp (latest change and count of public verdicts) is read from the database at most every
API_STAMP_SECONDS per process, and forgotten at once when this process publishes, corrects or
retracts: so such a change shows at once here and within that second in every other process, and a
cache hit costs no query at all. Changes that do not touch a verdict row (an article's title, a
source's publisher) show within API_LIST_CACHE_SECONDS, the bound public Cache-Control gives CDNs.
Lists carry no Last-Modified: the stamp's date misses those changes, so If-Modified-Since would answer
304 for a changed body indefinitely; the ETag, taken from the bytes, never does.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from rest_framework.renderers import JSONRenderer

from claims.api import conditional
from claims.publishing.selectors import published_stamp

_stamp: tuple[float, tuple | None] = (0.0, None)  # (valid until, stamp); replaced whole, so thread-safe


def current_stamp() -> tuple:
    global _stamp
    valid_until, stamp = _stamp
    now = time.monotonic()
    if stamp is None or now >= valid_until:
        stamp = published_stamp()
        _stamp = (now + settings.API_STAMP_SECONDS, stamp)
    return stamp


def stamp_forget(event=None, verdict_id=None):
    """events.subscribe() listener: this process's next list read asks the database again."""
    global _stamp
    _stamp = (0.0, None)


def _key(request, prefix: str):
    """Cache key of an anonymous GET: scheme, host, path and query, Accept, and the publication stamp."""
    last_modified, count = current_stamp()
    meta = request.META
    raw = (f"{request.scheme}://{request.get_host()}{request.get_full_path()}|{meta.get('HTTP_ACCEPT', '')}"
           f"|{last_modified}|{count}")
    return f"api:{prefix}:{hashlib.sha1(raw.encode(), usedforsecurity=False).hexdigest()}"


def cached_public_hit(view, request, prefix: str):
    """The hot path of anonymous list reads, before DRF's dispatch: a cached body, after the same
    throttles. None whenever anything is unusual (a login, a miss, a throttle): DRF then answers."""
    if (request.method != "GET" or settings.API_LIST_CACHE_SECONDS <= 0 or "HTTP_AUTHORIZATION" in request.META
            or settings.SESSION_COOKIE_NAME in request.COOKIES):
        return None
    entry = cache.get(_key(request, prefix))
    if entry is None:
        return None
    if not all(throttle.allow_request(request, view) for throttle in view.get_throttles()):
        return None  # DRF's own dispatch answers 429 with Retry-After
    body, etag, content_type = entry
    if conditional.not_modified(request, etag, None):
        response = conditional.not_modified_response(etag, None)
    else:
        response = HttpResponse(body, content_type=content_type)
        conditional.set_validators(response, etag, None)
    return conditional.patch_caching(request, response)


def rendered_response(view, request, build_data, *, public_cache_prefix: str | None = None):
    """Build, render and answer a GET whose body depends only on the query (and, for anonymous readers,
    on what is published). `build_data()` returns the data or a Response (e.g. an error)."""
    renderer = request.accepted_renderer
    if not isinstance(renderer, JSONRenderer):
        return build_data()  # the browsable API in DEBUG: no caching tricks
    use_cache = public_cache_prefix and not request.user.is_authenticated and settings.API_LIST_CACHE_SECONDS > 0
    entry = None
    if use_cache:
        key = _key(request, public_cache_prefix)
        entry = cache.get(key)
    if entry is None:
        data = build_data()
        if not isinstance(data, (dict, list)):
            return data
        body = renderer.render(data, renderer.media_type, view.get_renderer_context())
        entry = (body, conditional.body_etag(body), renderer.media_type)
        if use_cache:
            cache.set(key, entry, settings.API_LIST_CACHE_SECONDS)
    body, etag, content_type = entry
    if conditional.not_modified(request, etag, None):
        return conditional.not_modified_response(etag, None)
    response = HttpResponse(body, content_type=content_type)
    conditional.set_validators(response, etag, None)
    return response
