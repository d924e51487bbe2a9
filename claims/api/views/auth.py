"""API tokens for clients: POST username and password, get a new token for `Authorization: Token <token>`;
DELETE with a token revokes that token."""

from django.contrib.auth import authenticate
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle, ScopedRateThrottle
from rest_framework.views import APIView

from claims.api.conditional import patch_caching
from claims.api.serializers.common import ErrorSerializer, StrictInputMixin
from claims.models.tokens import ApiToken
from claims.services.errors import DomainError
from claims.services.tokens import api_token_issue, api_token_revoke


class TokenRequestSerializer(StrictInputMixin, serializers.Serializer):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(max_length=1024, trim_whitespace=False, style={"input_type": "password"})
    name = serializers.CharField(max_length=100, required=False, default="API login",
                                 help_text="What the token is for, e.g. “CMS integration”; shown to staff.")


class TokenResponseSerializer(serializers.Serializer):
    """An IssuedToken: the whole token, this once, and what the desk keeps about it."""

    token = serializers.CharField(source="secret", help_text="Shown this once: only its digest is kept.")
    name = serializers.CharField(source="token.name")
    prefix = serializers.CharField(source="token.prefix", help_text="Its first characters, as the admin shows it.")
    expires_at = serializers.DateTimeField(source="token.expires_at",
                                           help_text="From then on the token is refused (401, token_expired).")
    replaced = serializers.SerializerMethodField(
        help_text="Prefixes of your older tokens of this name revoked to make room (API_TOKENS_PER_NAME live "
                  "tokens per name; the oldest go first)."
    )

    def get_replaced(self, issued) -> list[str]:
        return [t.prefix for t in issued.replaced]


class TokenView(APIView):
    """POST needs no session or token (so no CSRF either) and is throttled against password guessing;
    each POST issues a new token (API_TOKEN_DAYS; beyond API_TOKENS_PER_NAME live ones of its name the
    oldest is revoked). DELETE revokes the token the request came with."""

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
        responses={200: TokenResponseSerializer, 400: OpenApiResponse(ErrorSerializer),
                   413: OpenApiResponse(ErrorSerializer), 429: OpenApiResponse(ErrorSerializer)},
    )
    def post(self, request):
        serializer = TokenRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        user = authenticate(request=request._request, username=data["username"], password=data["password"])
        if user is None or not user.is_active:
            raise ValidationError({"detail": "Unable to log in with that username and password."},
                                  code="invalid_credentials")
        issued = api_token_issue(user=user, name=data["name"], created_by=user)
        return Response(TokenResponseSerializer(issued).data)

    @extend_schema(summary="Revoke the API token of this request (POST again for a new one)", request=None,
                   responses={204: None, 400: OpenApiResponse(ErrorSerializer), 401: OpenApiResponse(ErrorSerializer)})
    def delete(self, request):
        if not isinstance(request.auth, ApiToken):
            raise DomainError("This request came with a browser session, not a token: there is no token to revoke "
                              "(staff revoke tokens in the admin).", code="no_token")
        api_token_revoke(token=request.auth, by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    def finalize_response(self, request, response, *args, **kwargs):
        return patch_caching(request, super().finalize_response(request, response, *args, **kwargs))
