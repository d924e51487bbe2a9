"""API tokens over HTTP: several named ones per user, kept as a digest only, refused with the reason when
expired, revoked or unknown, and their use noted at most once a minute."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from rest_framework.test import APIClient

from claims.models import ApiToken
from tests.helpers import tables_holding
from tests.publishing import sample

TOKEN = "/api/v1/auth/token/"
PRIVATE = "/api/v1/articles/"  # lists the unpublished article to the desk only
PASSWORD = "pw-sample-123"


@pytest.fixture
def login(checker):
    sample.make_article(n=9)
    checker.set_password(PASSWORD)
    checker.save()

    def post(**extra):
        return APIClient().post(TOKEN, {"username": "checker", "password": PASSWORD, **extra}, format="json")
    return post


def with_token(secret):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {secret}")
    return client


def sees_the_desk(client) -> bool:
    answer = client.get(PRIVATE)
    return answer.status_code == 200 and "Budgetdebatte 9" in answer.content.decode()


def test_a_login_issues_a_named_token_and_says_when_it_expires(login, checker, settings):
    # given
    settings.API_TOKEN_DAYS = 7
    # when
    before = timezone.now()
    answer = login(name="CMS integration")
    # then
    assert answer.status_code == 200 and answer["Cache-Control"] == "private, no-store"
    body = answer.json()
    assert body["token"].startswith("fcd_") and len(body["token"]) == 44
    assert body["name"] == "CMS integration" and body["token"].startswith(body["prefix"])
    expires = parse_datetime(body["expires_at"])
    assert before + timedelta(days=7) <= expires <= timezone.now() + timedelta(days=7)
    token = ApiToken.objects.get()
    assert (token.user, token.name, token.created_by) == (checker, "CMS integration", checker)
    assert token.expires_at == expires
    assert sees_the_desk(with_token(body["token"]))


def test_each_login_issues_another_token_and_all_of_them_work(login):
    first, second = login().json(), login(name="laptop").json()
    assert first["token"] != second["token"] and first["name"] == "API login"
    assert ApiToken.objects.count() == 2
    assert sees_the_desk(with_token(first["token"])) and sees_the_desk(with_token(second["token"]))
    assert not sees_the_desk(APIClient())


def test_logout_revokes_the_token_of_the_request_only(login):
    # given
    laptop, cms = login(name="laptop").json()["token"], login(name="CMS").json()["token"]
    # when
    assert with_token(laptop).delete(TOKEN).status_code == 204
    # then
    refused = with_token(laptop).get(PRIVATE)
    assert refused.status_code == 401 and refused.json()["code"] == "token_revoked"
    assert "revoked" in refused.json()["detail"]
    assert ApiToken.objects.get(name="laptop").revoked_at is not None
    assert sees_the_desk(with_token(cms))
    # a public read with the revoked token is refused too, rather than silently served as anonymous
    assert with_token(laptop).get("/api/v1/verdicts/").status_code == 401


def test_logout_with_a_browser_session_names_the_problem(checker, login):
    login()
    client = APIClient()
    client.force_login(checker)
    answer = client.delete(TOKEN)
    assert answer.status_code == 400 and answer.json()["code"] == "no_token"
    assert ApiToken.objects.get().revoked_at is None


def test_an_expired_token_is_a_401_that_says_it_expired(login, published):
    # given
    secret = login().json()["token"]
    ApiToken.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    # when
    refused = with_token(secret).get("/api/v1/verdicts/")
    # then
    assert refused.status_code == 401 and refused["WWW-Authenticate"] == "Token"
    assert refused.json()["code"] == "token_expired"
    assert "expired" in refused.json()["detail"] and TOKEN in refused.json()["detail"]


def test_a_token_nobody_issued_is_a_401_that_says_it_is_invalid(db):
    for secret in ("fcd_" + "A" * 40, "0123456789abcdef0123456789abcdef01234567"):
        refused = with_token(secret).get(PRIVATE)
        assert refused.status_code == 401
        assert refused.json() == {"detail": "Invalid token.", "code": "authentication_failed"}


@pytest.mark.parametrize("secret", ["fcd_" + "a" * 97, "a" * 8000, "fcd_a\x00b", "fcd_ä" + "a" * 39, "fcd_a-b"])
def test_absurd_or_unstorable_tokens_are_a_401_without_a_query(db, secret):
    with CaptureQueriesContext(connection) as queries:
        refused = with_token(secret).get(PRIVATE)
    assert refused.status_code == 401 and refused.json()["code"] == "authentication_failed"
    assert not any("claims_apitoken" in q["sql"] for q in queries.captured_queries)


def test_an_inactive_users_token_is_refused(login, checker):
    secret = login().json()["token"]
    checker.is_active = False
    checker.save()
    refused = with_token(secret).get(PRIVATE)
    assert refused.status_code == 401 and refused.json()["code"] == "authentication_failed"


def test_only_the_digest_is_stored_the_token_is_nowhere_in_the_database(login):
    # given
    secret = login(name="CMS integration").json()["token"]
    with_token(secret).get(PRIVATE)
    # then: not in any column of any row of any table (sessions, logs, the tokens themselves)
    assert tables_holding(secret[4:]) == []
    token = ApiToken.objects.get()
    assert tables_holding(token.digest) == ["claims_apitoken"]
    assert len(token.digest) == 64 and token.prefix == secret[:12]


def _updates_of_tokens(queries):
    return [q["sql"] for q in queries.captured_queries if q["sql"].startswith('UPDATE "claims_apitoken"')]


def test_last_use_is_written_at_most_once_a_minute(login):
    # given: a token used once
    secret = login().json()["token"]
    client = with_token(secret)
    assert ApiToken.objects.get().last_used_at is None
    client.get(PRIVATE)
    first = ApiToken.objects.get().last_used_at
    assert first is not None and timezone.now() - first < timedelta(seconds=10)
    # when: used again within the minute, then half a minute later
    with CaptureQueriesContext(connection) as queries:
        for _ in range(5):
            assert sees_the_desk(client)
    assert _updates_of_tokens(queries) == []
    half_a_minute_ago = timezone.now() - timedelta(seconds=30)
    ApiToken.objects.update(last_used_at=half_a_minute_ago)
    client.get(PRIVATE)
    assert ApiToken.objects.get().last_used_at == half_a_minute_ago
    # then: a minute after the last noted use it is written again, once
    ApiToken.objects.update(last_used_at=timezone.now() - timedelta(seconds=61))
    with CaptureQueriesContext(connection) as queries:
        client.get(PRIVATE)
        client.get(PRIVATE)
    assert len(_updates_of_tokens(queries)) == 1
    assert timezone.now() - ApiToken.objects.get().last_used_at < timedelta(seconds=10)


def test_a_token_name_with_a_nul_is_refused_by_name(login):
    answer = login(name="lap\x00top")
    assert answer.status_code == 400 and "name" in answer.json()["errors"]
    assert not ApiToken.objects.exists()


def test_beyond_the_limit_per_name_the_oldest_token_of_that_name_is_revoked(login, settings):
    # given: a nightly job that logs in on every run, and a CMS token beside it
    settings.API_TOKENS_PER_NAME = 2
    first, second = login(name="nightly job").json(), login(name="nightly job").json()
    cms = login(name="CMS").json()
    assert first["replaced"] == second["replaced"] == cms["replaced"] == []
    # when
    third = login(name="nightly job").json()
    # then: the oldest of that name makes room, and says why when it is used
    assert third["replaced"] == [first["prefix"]]
    refused = with_token(first["token"]).get(PRIVATE)
    assert refused.status_code == 401 and refused.json()["code"] == "token_revoked"
    assert "replaced by a newer token named “nightly job”: at most 2 live per name" in refused.json()["detail"]
    assert all(sees_the_desk(with_token(t["token"])) for t in (second, third, cms))
    revoked = ApiToken.objects.get(prefix=first["prefix"])
    assert revoked.revoked_by == revoked.user and revoked.revoked_reason.startswith("replaced")
    assert ApiToken.objects.filter(name="nightly job", revoked_at__isnull=True).count() == 2


def test_expired_and_revoked_tokens_leave_room(login, settings):
    settings.API_TOKENS_PER_NAME = 1
    logged_out = login(name="laptop").json()
    assert with_token(logged_out["token"]).delete(TOKEN).status_code == 204
    expiring = login(name="laptop").json()
    assert expiring["replaced"] == []
    ApiToken.objects.filter(prefix=expiring["prefix"]).update(expires_at=timezone.now() - timedelta(seconds=1))
    fresh = login(name="laptop").json()
    assert fresh["replaced"] == [] and sees_the_desk(with_token(fresh["token"]))
    # the revoked one keeps its hand-made revocation: no reason is written over it
    assert ApiToken.objects.get(prefix=logged_out["prefix"]).revoked_reason == ""
