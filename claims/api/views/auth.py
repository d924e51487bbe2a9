"""Per-user API tokens: POST username and password, get a token for `Authorization: Token <token>`."""

from django.contrib.auth import authenticate
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.authtoken.models import Token
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle, ScopedRateThrottle
from rest_framework.views import APIView

from claims.api.conditional import patch_caching
from claims.api.serializers.common import ErrorSerializer, StrictInputMixin


class TokenRequestSerializer(StrictInputMixin, serializers.Serializer):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(max_length=1024, trim_whitespace=False, style={"input_type": "password"})


TOKEN_RESPONSE = inline_serializer("TokenResponse", {"token": serializers.CharField()})


class TokenView(APIView):
    """POST needs no session or token (so no CSRF either) and is throttled against password guessing;
    DELETE revokes the caller's token."""

    throttle_scope = "auth"

    def _asking(self) -> bool:
        return getattr(self.request, "method", None) == "POST"

    def get_authenticators(self):
        return [] if self._asking() else super().get_authenticators()

    def get_permissions(self):
        return [AllowAny()] if self._asking() else [IsAuthenticated()]

    def get_throttles(self):
        if self._asking():
            return [ScopedRateThrottle(), AnonRateThrottle()]
        return super().get_throttles()

    @extend_schema(
        summary="Get your API token", request=TokenRequestSerializer, auth=[],
        responses={200: TOKEN_RESPONSE, 400: OpenApiResponse(ErrorSerializer), 413: OpenApiResponse(ErrorSerializer),
                   429: OpenApiResponse(ErrorSerializer)},
    )
    def post(self, request):
        serializer = TokenRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = authenticate(request=request._request, **serializer.validated_data)
        if user is None or not user.is_active:
            raise ValidationError({"detail": "Unable to log in with that username and password."},
                                  code="invalid_credentials")
        token, _ = Token.objects.get_or_create(user=user)
        return Response({"token": token.key})

    @extend_schema(summary="Revoke your API token (POST again for a new one)", request=None,
                   responses={204: None, 401: OpenApiResponse(ErrorSerializer)})
    def delete(self, request):
        Token.objects.filter(user=request.user).delete()
        return Response(status=status.HTTP_204_NO_CONTENT)

    def finalize_response(self, request, response, *args, **kwargs):
        return patch_caching(request, super().finalize_response(request, response, *args, **kwargs))
