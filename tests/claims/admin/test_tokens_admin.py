"""API tokens in the admin: a token manager issues one for a user (shown once, then only its prefix),
staff see and revoke their own tokens only, and "never expires" is the token manager's explicit choice."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from claims.models import ApiToken
from claims.services.tokens import api_token_issue
from tests.claims.admin.conftest import messages_of

TOKENS = "/admin/claims/apitoken/"


@pytest.fixture
def manager(db):
    return get_user_model().objects.create_superuser("desk-admin", password="x-admin-pw-1")


@pytest.fixture
def integration(db):
    """An API-only account, as a CMS uses: no staff rights."""
    return get_user_model().objects.create_user("cms-bot", password="x-bot-pw-1")


def authenticates(secret) -> bool:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {secret}")
    return client.get("/api/v1/verdicts/").status_code == 200


def _issue(client, **fields):
    return client.post(f"{TOKENS}add/", {"days": 30, **fields})


def test_a_manager_issues_a_token_for_a_user_shown_once_then_never_again(client_for, manager, integration):
    # given
    client = client_for(manager)
    # when
    created = _issue(client, user=integration.pk, name="CMS integration")
    # then: the secret is in the one message after saving
    assert created.status_code == 302, created.content[:2000]
    token = ApiToken.objects.get()
    assert (token.user, token.created_by, token.name) == (integration, manager, "CMS integration")
    assert timedelta(days=29) < token.expires_at - timezone.now() <= timedelta(days=30)
    [shown] = [m for m in messages_of(created) if "not shown again" in m]
    secret = next(word for word in shown.split() if word.startswith("fcd_"))
    assert authenticates(secret)
    # and never again: not on the list, the token's page, its history, nor after a search for it
    for url in (TOKENS, f"{TOKENS}{token.pk}/change/", f"{TOKENS}{token.pk}/history/", f"{TOKENS}?q={token.prefix}"):
        page = client.get(url)
        assert page.status_code == 200 and secret[len(token.prefix):] not in page.content.decode(), url
    listed = client.get(TOKENS).content.decode()
    assert token.prefix in listed and "CMS integration" in listed and "cms-bot" in listed


def test_never_expires_is_the_managers_explicit_choice(client_for, manager, integration, settings):
    client = client_for(manager)
    form = client.get(f"{TOKENS}add/").content.decode()
    assert 'name="never_expires"' in form and 'name="user"' in form and f'value="{settings.API_TOKEN_DAYS}"' in form
    _issue(client, user=integration.pk, name="Legacy CMS", never_expires="on")
    token = ApiToken.objects.get()
    assert token.expires_at is None
    assert 'class="field-expires">never<' in client.get(f"{TOKENS}?state=never").content.decode()
    assert 'class="field-expires">never<' not in client.get(f"{TOKENS}?state=expired").content.decode()


def test_staff_issue_tokens_for_themselves_only_and_within_the_default_lifetime(client_for, checker, integration,
                                                                                settings):
    settings.API_TOKEN_DAYS = 30
    client = client_for(checker)
    form = client.get(f"{TOKENS}add/").content.decode()
    assert 'name="never_expires"' not in form and 'name="user"' not in form
    # a crafted POST naming someone else, "never" or a longer life gets no such token
    crafted = _issue(client, user=integration.pk, name="laptop", never_expires="on")
    assert crafted.status_code == 302
    token = ApiToken.objects.get()
    assert token.user == checker and token.expires_at is not None
    longer = _issue(client, name="laptop", days=31)
    assert longer.status_code == 200 and "1 to 30 days" in longer.content.decode()
    assert ApiToken.objects.count() == 1


def test_staff_see_and_revoke_their_own_tokens_only(client_for, checker, publisher, manager):
    # given
    mine = api_token_issue(user=checker, name="my laptop", created_by=checker)
    theirs = api_token_issue(user=publisher, name="publisher's CMS", created_by=publisher)
    client = client_for(checker)
    # when / then: the list and the pages show only the checker's own
    listed = client.get(TOKENS).content.decode()
    assert mine.token.prefix in listed and theirs.token.prefix not in listed and "publisher's CMS" not in listed
    other = client.get(f"{TOKENS}{theirs.token.pk}/change/")
    assert other.status_code == 302 and theirs.token.prefix not in client.get(other["Location"]).content.decode()
    assert theirs.token.prefix not in client.get(f"{TOKENS}?q=publisher").content.decode()
    # a crafted revoke of someone else's token revokes nothing
    client.post(TOKENS, {"action": "revoke", "_selected_action": [theirs.token.pk, mine.token.pk]})
    assert authenticates(theirs.secret) and not authenticates(mine.secret)
    # the manager sees everyone's and revokes any
    every = client_for(manager).get(TOKENS).content.decode()
    assert mine.token.prefix in every and theirs.token.prefix in every
    revoked = client_for(manager).post(TOKENS, {"action": "revoke", "_selected_action": [theirs.token.pk]})
    assert "1 token(s) revoked" in " ".join(messages_of(revoked))
    assert not authenticates(theirs.secret)
    assert ApiToken.objects.get(pk=theirs.token.pk).revoked_by == manager


def test_accounts_without_staff_rights_never_reach_the_tokens(integration):
    api_token_issue(user=integration, name="CMS", created_by=integration)
    client = Client()
    client.force_login(integration)
    answer = client.get(TOKENS)
    assert answer.status_code == 302 and answer["Location"].startswith("/admin/login/")


def test_tokens_are_not_edited_or_deleted_in_the_admin(client_for, manager):
    issued = api_token_issue(user=manager, name="laptop", created_by=manager)
    client = client_for(manager)
    change = client.post(f"{TOKENS}{issued.token.pk}/change/", {"name": "renamed", "expires_at": ""})
    assert change.status_code == 403
    assert client.get(f"{TOKENS}{issued.token.pk}/delete/").status_code == 403
    assert ApiToken.objects.get().name == "laptop"


def test_issuing_beyond_the_limit_per_name_says_which_token_made_room(client_for, manager, integration, settings):
    settings.API_TOKENS_PER_NAME = 1
    old = api_token_issue(user=integration, name="CMS integration", created_by=manager)
    created = _issue(client_for(manager), user=integration.pk, name="CMS integration")
    assert created.status_code == 302
    [note] = [m for m in messages_of(created) if "make room" in m]
    assert f"{old.token.prefix}…" in note and "newer token named “CMS integration”: at most 1 live per name" in note
    assert not authenticates(old.secret)
