"""The admin login is throttled like the token endpoint: passwords cannot be guessed through the other door."""

import pytest
from django.core.cache import cache
from django.test import Client
from rest_framework.test import APIClient
from rest_framework.throttling import SimpleRateThrottle

LOGIN = "/admin/login/"
TOKEN = "/api/v1/auth/token/"


@pytest.fixture
def rates(monkeypatch):
    cache.clear()
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "auth", "3/minute")
    yield
    cache.clear()


def test_password_guessing_on_the_admin_login_is_throttled(checker, rates):
    client = Client()
    statuses = [client.post(LOGIN, {"username": "checker", "password": f"guess-{n}"},
                            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code for n in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = client.post(LOGIN, {"username": "checker", "password": "guess-5"})
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert "Too many login attempts" in refused.content.decode()
    assert client.get(LOGIN).status_code == 200  # the form itself is still shown


def test_admin_login_and_token_endpoint_share_one_budget(checker, rates):
    client = Client()
    for n in range(3):
        assert client.post(LOGIN, {"username": "checker", "password": f"guess-{n}"}).status_code == 200
    answer = APIClient().post(TOKEN, {"username": "checker", "password": "guess-4"}, format="json")
    assert answer.status_code == 429
