"""Token authentication that refuses keys the database cannot even look up (a NUL byte is a 500 there)."""

from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed


class SafeTokenAuthentication(TokenAuthentication):
    def authenticate_credentials(self, key):
        if not key.isascii() or not key.isalnum():  # keys are hex; anything else cannot match
            raise AuthenticationFailed("Invalid token.")
        return super().authenticate_credentials(key)
