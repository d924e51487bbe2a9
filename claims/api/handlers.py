"""Project-wide 400/404/500 handlers: JSON under /api/, Django's HTML pages everywhere else."""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import HttpResponse, JsonResponse
from django.utils.html import escape
from django.views import defaults


def _is_api(request) -> bool:
    return request.path.startswith("/api/")


def not_found(request, exception=None):
    if _is_api(request):
        return JsonResponse({"detail": f"Nothing at {request.path[:200]}.", "code": "not_found"}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request):
    if _is_api(request):
        return JsonResponse({"detail": "Server error; it has been logged.", "code": "server_error"}, status=500)
    return defaults.server_error(request)


def bad_request(request, exception=None):
    """A body over MAX_REQUEST_BYTES is 413 and too many form fields 400, each naming the limit (Django's
    own page says only "Bad Request", and an editor would not know the pasted text was the problem)."""
    if isinstance(exception, RequestDataTooBig):
        status, code = 413, "payload_too_large"
        detail = (f"The request body is larger than the {settings.DATA_UPLOAD_MAX_MEMORY_SIZE:,} bytes this server "
                  "accepts (MAX_REQUEST_BYTES): nothing was saved. Shorten the text and send it again.")
    elif isinstance(exception, TooManyFieldsSent):
        status, code = 400, "too_many_fields"
        detail = (f"The request has more than {settings.DATA_UPLOAD_MAX_NUMBER_FIELDS:,} fields: nothing was "
                  "saved. Act on fewer items at once.")
    else:
        return defaults.bad_request(request, exception)
    if _is_api(request):
        return JsonResponse({"detail": detail, "code": code}, status=status)
    return HttpResponse(f"<!doctype html><title>{status}</title><h1>Not accepted</h1><p>{escape(detail)}</p>",
                        status=status)
