"""Throttles count by the connecting address: a client cannot reset its count with X-Forwarded-For."""

import pytest
from rest_framework.throttling import SimpleRateThrottle

TOKEN = "/api/v1/auth/token/"


@pytest.fixture
def rates(monkeypatch):
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "auth", "3/minute")
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "anon", "3/minute")


def test_password_guessing_with_made_up_forwarded_for_is_still_throttled(anon, checker, rates):
    statuses = [
        anon.post(TOKEN, {"username": "checker", "password": f"guess-{n}"}, format="json",
                  HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code
        for n in range(4)
    ]
    assert statuses == [400, 400, 400, 429]


def test_anonymous_reads_with_made_up_forwarded_for_are_still_throttled(anon, published, rates):
    statuses = [anon.get("/api/v1/verdicts/", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_behind_a_proxy_the_address_it_adds_counts(anon, published, rates, settings):
    # One proxy appends the address it saw; whatever the client wrote before that is not trusted.
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    spoofed = [anon.get("/api/v1/verdicts/", HTTP_X_FORWARDED_FOR=f"10.9.9.{n}, 192.0.2.7").status_code
               for n in range(4)]
    assert spoofed == [200, 200, 200, 429]
    assert anon.get("/api/v1/verdicts/", HTTP_X_FORWARDED_FOR="192.0.2.8").status_code == 200
