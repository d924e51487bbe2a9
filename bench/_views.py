"""Bench-only URLs (mounted when BENCH_VIEWS=1): a bare Django view answering a pre-serialised body.

It is the ceiling the API's verdict list is measured against: same server, same middleware, no DRF,
no database, no serialisation.
"""

from pathlib import Path

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.http import require_safe

BODY_FILE = Path(__file__).resolve().parent.parent / "var" / "bench-api-body.json"
_body = None


@require_safe
def bare(request):
    global _body
    if _body is None:
        _body = BODY_FILE.read_bytes()  # written by bench/api.py: the API's own page, byte for byte
    return HttpResponse(_body, content_type="application/json")


urlpatterns = [path("bare/", bare, name="bench-bare")]
