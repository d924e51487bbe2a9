"""`Authorization: Token <token>` against our hashed API tokens; every refusal is a 401 that says why."""

from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed

from claims.services.tokens import TokenRefused, api_token_authenticate


class ApiTokenAuthentication(TokenAuthentication):
    """DRF's header parsing and `WWW-Authenticate: Token` (and drf-spectacular's security scheme for it);
    the lookup is ours: by digest, with expiry and revocation. request.auth is the ApiToken."""

    def authenticate_credentials(self, key):
        try:
            token = api_token_authenticate(secret=key)
        except TokenRefused as exc:
            raise AuthenticationFailed(exc.message, code=exc.code) from None
        return token.user, token
