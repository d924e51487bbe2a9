"""Project-wide 404/500 handlers: JSON under /api/, Django's HTML pages everywhere else."""

from django.http import JsonResponse
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
