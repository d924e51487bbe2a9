"""Migration 0011: keys of DRF's authtoken keep authenticating, as API tokens stored by digest only."""

import pytest
from django.db import connection
from rest_framework.test import APIClient

from claims.models import ApiToken
from tests.helpers import tables_holding
from tests.publishing import sample

LEGACY_KEY = "9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b"  # 40 hex digits, as DRF made them


@pytest.mark.django_db
def test_a_legacy_authtoken_key_still_authenticates_after_the_migration(checker):
    # given: an installation with a key in DRF's table (created here: the app is no longer installed)
    sample.make_article(n=9)
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS authtoken_token (key varchar(40) PRIMARY KEY, "
                       "created timestamp with time zone NOT NULL, user_id integer NOT NULL UNIQUE)")
        cursor.execute("INSERT INTO authtoken_token VALUES (%s, now(), %s)", [LEGACY_KEY, checker.pk])
    # when
    sample.remigrate("0010_api_tokens", "0011_api_tokens_from_authtoken")
    # then: the key still authenticates its user
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {LEGACY_KEY}")
    answer = client.get("/api/v1/articles/")
    assert answer.status_code == 200 and "Budgetdebatte 9" in answer.content.decode()
    token = ApiToken.objects.get()
    assert (token.user, token.name, token.prefix, token.expires_at) == (checker, "Legacy token", LEGACY_KEY[:8], None)
    assert token.last_used_at is not None
    # and the plaintext key is gone from the database, DRF's table included
    assert tables_holding(LEGACY_KEY[8:]) == []
    # a key revoked by logging out stays revoked
    assert client.delete("/api/v1/auth/token/").status_code == 204
    assert client.get("/api/v1/articles/").json()["code"] == "token_revoked"
