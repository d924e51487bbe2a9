"""Django's CommonMiddleware, except for writes to an API path that lacks its trailing slash."""

from django.http import JsonResponse
from django.middleware.common import CommonMiddleware

_SAFE = ("GET", "HEAD", "OPTIONS")


class ApiAwareCommonMiddleware(CommonMiddleware):
    """Reads are still redirected; a write gets a JSON 404 naming the path to use, because clients
    follow a 301 by repeating the POST as a GET, which lists instead of writing and looks like success."""

    def process_response(self, request, response):
        if (response.status_code == 404 and request.method not in _SAFE and request.path.startswith("/api/")
                and self.should_redirect_with_slash(request)):
            return JsonResponse({
                "detail": f"Nothing at {request.path[:200]}; API paths end with a slash: {request.path[:200]}/",
                "code": "not_found",
            }, status=404)
        return super().process_response(request, response)
