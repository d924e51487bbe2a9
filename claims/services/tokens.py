"""API tokens: issue one (its secret is returned once), authenticate by digest, note use, revoke.

A token is `fcd_` and 40 random letters and digits (about 238 bits); the database keeps its SHA-256
digest and its first 12 characters. Tokens migrated from DRF's authtoken are its 40 hex digits.
"""

import hashlib
import logging
import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from claims.models.tokens import ApiToken
from claims.services.errors import DomainError, NotPermitted
from claims.services.text import refuse_nul

log = logging.getLogger(__name__)

TOKEN_START = "fcd_"  # noqa: S105 (a label, not a secret: it says whose token a leaked string is)
_ALPHABET = string.ascii_letters + string.digits  # no punctuation: a double click selects the whole token
_SECRET_LENGTH = 40
PREFIX_LENGTH = 12
MAX_TOKEN_LENGTH = 100  # ours are 44 characters, legacy ones 40: anything much longer cannot match
LAST_USED_EVERY = timedelta(minutes=1)  # at most one write per token and minute, however busy it is
MANAGE_PERM = "claims.change_apitoken"  # others' tokens, lifetimes past API_TOKEN_DAYS, "never expires"
MAX_DAYS = 3650  # the longest lifetime a token manager can give in days; beyond it is "never expires"


class TokenRefused(DomainError):
    """The presented token does not authenticate; `code` says why (unknown, expired, revoked)."""

    code = "authentication_failed"
    http_status = 401


@dataclass(frozen=True)
class IssuedToken:
    token: ApiToken
    secret: str  # the whole token: give it to its owner now, it is not kept
    replaced: tuple[ApiToken, ...] = ()  # older tokens of the same name revoked to make room (API_TOKENS_PER_NAME)


def live(now: datetime) -> Q:
    """Tokens that authenticate at `now`: not revoked, not expired."""
    return Q(revoked_at__isnull=True) & (Q(expires_at__isnull=True) | Q(expires_at__gt=now))


def token_digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def can_manage_tokens(user) -> bool:
    return bool(user and user.is_active and user.has_perm(MANAGE_PERM))


def api_token_issue_check(*, user, created_by, days: int | None = None, never_expires: bool = False) -> int:
    """The lifetime in days a token `created_by` issues for `user` gets, or DomainError saying why not:
    anyone issues tokens for themselves within API_TOKEN_DAYS; only token managers issue them for
    others, for longer, or (explicitly) for ever."""
    manager = can_manage_tokens(created_by)
    if created_by is None or (created_by.pk != user.pk and not manager):
        raise NotPermitted("Only token managers issue tokens for other users.")
    if never_expires and not manager:
        raise NotPermitted("Only token managers issue tokens that never expire.")
    days = settings.API_TOKEN_DAYS if days is None else days
    longest = MAX_DAYS if manager else settings.API_TOKEN_DAYS
    if not never_expires and not 1 <= days <= longest:
        raise DomainError(f"A token lives from 1 to {longest} days.", code="bad_lifetime", field="days")
    return days


def api_token_issue(*, user, name: str, created_by, days: int | None = None, never_expires: bool = False,
                    now: datetime | None = None) -> IssuedToken:
    """A new token for `user`, expiring after `days` (API_TOKEN_DAYS unless given) or, when a token
    manager explicitly says so, never."""
    refuse_nul(name=name)
    name = name.strip()
    if not name:
        raise DomainError("Give the token a name that says what it is for, e.g. “CMS integration”.",
                          code="name_required", field="name")
    days = api_token_issue_check(user=user, created_by=created_by, days=days, never_expires=never_expires)
    now = now or timezone.now()
    secret = TOKEN_START + "".join(secrets.choice(_ALPHABET) for _ in range(_SECRET_LENGTH))
    with transaction.atomic():
        # One issue at a time per user, so that concurrent logins cannot both keep the oldest token.
        get_user_model().objects.select_for_update().filter(pk=user.pk).first()
        replaced = _make_room(user=user, name=name, by=created_by, now=now)
        token = ApiToken.objects.create(
            user=user, name=name, prefix=secret[:PREFIX_LENGTH], digest=token_digest(secret), created_at=now,
            created_by=created_by, expires_at=None if never_expires else now + timedelta(days=days),
        )
    log.info("API token %s (%s) issued for %s by %s", token.prefix, name, user, created_by)
    return IssuedToken(token, secret, replaced)


def _make_room(*, user, name: str, by, now: datetime) -> tuple[ApiToken, ...]:
    """Revoke the oldest live tokens `user` holds under `name` so that a new one stays within
    API_TOKENS_PER_NAME (as GitHub does for an application's tokens): a client that logs in on every
    run keeps its newest tokens and cannot pile up live ones."""
    keep = settings.API_TOKENS_PER_NAME - 1
    same = ApiToken.objects.filter(live(now), user=user, name=name).order_by("-created_at", "-id")
    oldest = list(same[keep:])
    if not oldest:
        return ()
    reason = f"replaced by a newer token named “{name}”: at most {settings.API_TOKENS_PER_NAME} live per name"
    ApiToken.objects.filter(pk__in=[t.pk for t in oldest]).update(revoked_at=now, revoked_by=by,
                                                                  revoked_reason=reason)
    for t in oldest:
        t.revoked_at, t.revoked_by, t.revoked_reason = now, by, reason
    log.info("API tokens %s of %s revoked: %s", ", ".join(t.prefix for t in oldest), user, reason)
    return tuple(oldest)


def api_token_authenticate(*, secret: str, now: datetime | None = None) -> ApiToken:
    """The live token `secret` names (its user loaded), or TokenRefused saying why not."""
    # Refused before the database sees it: PostgreSQL cannot compare NUL, and nothing longer can match.
    if not (0 < len(secret) <= MAX_TOKEN_LENGTH and secret.isascii() and secret.replace("_", "").isalnum()):
        raise TokenRefused("Invalid token.")
    # No constant-time comparison needed: the lookup compares SHA-256 digests in an index, so timing can
    # reveal at most how much of a guess's digest matches a stored one, which says nothing about any token.
    token = ApiToken.objects.select_related("user").filter(digest=token_digest(secret)).first()
    if token is None:
        raise TokenRefused("Invalid token.")
    if not token.user.is_active:
        raise TokenRefused("User inactive or deleted.")  # DRF's words, as before
    now = now or timezone.now()
    if token.revoked_at is not None:
        why = f" ({token.revoked_reason})" if token.revoked_reason else ""
        raise TokenRefused(f"This token was revoked on {token.revoked_at:%Y-%m-%d %H:%M} UTC{why}; ask for a new one.",
                           code="token_revoked")
    if token.is_expired(now):
        raise TokenRefused(f"This token expired on {token.expires_at:%Y-%m-%d %H:%M} UTC; ask for a new one "
                           "(POST /api/v1/auth/token/).", code="token_expired")
    _note_use(token, now)
    return token


def _note_use(token: ApiToken, now: datetime) -> None:
    if token.last_used_at is not None and now - token.last_used_at < LAST_USED_EVERY:
        return
    # Conditional, so that concurrent requests of one token write once between them.
    stale = Q(last_used_at__isnull=True) | Q(last_used_at__lte=now - LAST_USED_EVERY)
    if ApiToken.objects.filter(stale, pk=token.pk).update(last_used_at=now):
        token.last_used_at = now


def api_tokens_revoke(*, tokens, by, now: datetime | None = None) -> int:
    """Revoke the tokens of the queryset `tokens` that are not revoked yet; how many that were."""
    now = now or timezone.now()
    revoked = tokens.filter(revoked_at__isnull=True).update(revoked_at=now, revoked_by=by)
    log.info("%d API token(s) revoked by %s", revoked, by)
    return revoked


def api_token_revoke(*, token: ApiToken, by) -> bool:
    """Revoke one token; False if it already was."""
    return bool(api_tokens_revoke(tokens=ApiToken.objects.filter(pk=token.pk), by=by))
