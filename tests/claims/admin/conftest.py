"""Fixtures for admin tests: the sample article with claims and evidence, and logged-in clients."""

import pytest
from django.contrib.messages import get_messages
from django.test import Client

from claims.defaults import desk_defaults_ensure
from tests.claims.admin.sample import sample_article, sample_claims, sample_evidence


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    """Users are created per test; the production hasher's deliberate slowness only costs time here."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def desk_roles(django_db_serialized_rollback, transactional_db):
    """Roles and rating scale for transactional tests: a flush by an earlier transactional test (or a reused
    database serialized after one) would otherwise leave them empty. Request it before the user fixtures."""
    desk_defaults_ensure()


@pytest.fixture
def article(db):
    return sample_article()


@pytest.fixture
def claims(article):
    return sample_claims(article)


@pytest.fixture
def claim(claims):
    return claims[0]


@pytest.fixture
def evidence(claim):
    return sample_evidence(claim)


@pytest.fixture
def client_for():
    """client_for(user) -> a test client logged in as that user."""
    def make(user):
        client = Client()
        client.force_login(user)
        return client
    return make


def messages_of(response) -> list[str]:
    """The messages a response queued; they are consumed so the next request starts without them."""
    found = [str(m) for m in get_messages(response.wsgi_request)]
    response.client.cookies.pop("messages", None)
    return found
