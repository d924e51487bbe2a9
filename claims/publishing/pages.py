"""The public page of a fact check: readable by anyone, ClaimReview embedded, corrections shown."""

import json

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.http import http_date
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe

from claims.models import Verdict
from claims.publishing.claimreview import claimreview_build
from claims.publishing.selectors import verdict_first_published_at, verdict_history, verdict_public_by_slug

# The page runs no scripts and loads nothing: inline styles only (its own <style>). The JSON-LD
# <script type="application/ld+json"> is data, never executed, so script-src does not apply to it.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'"
)

# Inside <script>, "</script>" or "<!--" in a claim must not end the element: escape <, > and &.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def jsonld_script(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=2).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above


def _http_only(url: str | None) -> str:
    """Links on the page may only be http(s): a stored "javascript:" URL becomes plain text."""
    return url if url and url.lower().startswith(("https://", "http://")) else ""


@require_safe
def verdict_page(request, slug):
    verdict = verdict_public_by_slug(slug)
    if verdict is None:
        raise Http404("No published fact check at this address.")
    published = verdict.status == Verdict.Status.PUBLISHED
    first = verdict_first_published_at(verdict)
    article = verdict.article_shown()  # title, publisher, date as approved for this version
    context = {
        "verdict": verdict,
        "claim": verdict.claim,
        "shown": verdict.claim_fields(),  # speaker and language as approved for this version
        "article": article,
        "article_link": _http_only(article.url),
        # passages and sources as approved for this version, not as a later collection run re-fetched them
        "evidence": [(item, _http_only(item.source.url)) for item in verdict.evidence_shown()],
        "history": verdict_history(verdict),
        "first_published_at": first,
        "retracted": verdict.status == Verdict.Status.RETRACTED,
        "organization": settings.ORGANIZATION_NAME,
        # Google asks to remove ClaimReview markup when a fact check is withdrawn.
        "jsonld": jsonld_script(claimreview_build(verdict, first_published_at=first)) if published else "",
    }
    response = render(request, "claims/public/verdict.html", context)
    response["Last-Modified"] = http_date(verdict.updated_at.timestamp())
    response["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    patch_cache_control(response, public=True, max_age=settings.API_PUBLIC_MAX_AGE)
    return response
