"""Every refusal as JSON: domain errors with their status, DRF errors with a `detail` naming the problem."""

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response

from claims.services.errors import DomainError


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "payload_too_large"

    def __init__(self, limit: int):
        super().__init__(f"The request body is larger than the {limit} bytes this server accepts.")


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_code = "stale_version"


def _first_problem(errors, prefix="") -> str:
    """'headline: Ensure this field has no more than 75 characters.' from DRF's nested error structure."""
    if isinstance(errors, dict):
        for key, value in errors.items():
            label = key if key not in ("non_field_errors", "detail") else ""
            return _first_problem(value, f"{prefix}{label}: " if label else prefix)
    if isinstance(errors, list) and errors:
        return _first_problem(errors[0], prefix)
    return f"{prefix}{errors}"


def _code(exc) -> str:
    codes = exc.get_codes()
    while isinstance(codes, (list, dict)) and codes:
        codes = next(iter(codes.values())) if isinstance(codes, dict) else codes[0]
    return codes if isinstance(codes, str) else exc.default_code


def api_exception_handler(exc, context):
    # Imported here: rest_framework.views reads the parser setting, whose parser imports this module.
    from rest_framework.views import exception_handler as drf_exception_handler

    if isinstance(exc, DomainError):
        return Response(exc.as_dict(), status=exc.http_status)
    if isinstance(exc, RequestDataTooBig):
        from django.conf import settings

        exc = PayloadTooLarge(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(*exc.args)
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied(*exc.args)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None  # a real server error: Django's 500 handling and logging take over
    if isinstance(exc, exceptions.ValidationError):
        response.data = {"detail": _first_problem(exc.detail), "code": _code(exc), "errors": exc.detail}
    elif isinstance(exc, exceptions.APIException):
        detail = exc.detail if isinstance(exc.detail, str) else _first_problem(exc.detail)
        response.data = {"detail": str(detail), "code": _code(exc)}
    return response
