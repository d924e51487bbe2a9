"""Throttles: anonymous readers by address (`anon`), logged-in users by account (`user`)."""

from rest_framework.throttling import UserRateThrottle


class AuthenticatedRateThrottle(UserRateThrottle):
    """DRF's UserRateThrottle also counts anonymous requests under the user rate; this one leaves them
    to the anon throttle only."""

    def get_cache_key(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return None
        return super().get_cache_key(request, view)
