"""The admin login, throttled like POST /api/v1/auth/token/: one budget of password guesses per address
(API_AUTH_RATE), so the admin form is no unthrottled second door for guessing."""

import math

from django.http import HttpResponse
from django.utils.html import escape
from rest_framework.throttling import ScopedRateThrottle


class _Scope:
    throttle_scope = "auth"  # the token endpoint's scope: both doors count against one budget


def throttled_login(login_view):
    def view(request, *args, **kwargs):
        if request.method == "POST":
            throttle = ScopedRateThrottle()
            if not throttle.allow_request(request, _Scope()):
                wait = max(1, math.ceil(throttle.wait() or throttle.duration))
                detail = f"Too many login attempts from your address. Try again in {wait} seconds."
                response = HttpResponse(f"<!doctype html><title>429</title><h1>Not accepted</h1>"
                                        f"<p>{escape(detail)}</p>", status=429)
                response["Retry-After"] = str(wait)
                return response
        return login_view(request, *args, **kwargs)

    return view
