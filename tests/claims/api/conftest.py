"""Fixtures for API tests: sample claims with evidence, a published verdict, clients per role."""

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from claims.api.caching import stamp_forget
from claims.publishing.claimreview import scale_bounds_clear
from tests.publishing import sample


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()  # throttle counters and cached list bodies must not leak between tests
    scale_bounds_clear()
    stamp_forget()
    yield
    cache.clear()
    stamp_forget()


@pytest.fixture
def claim(db):
    return sample.make_claim(sample.make_article())


@pytest.fixture
def evidence(claim):
    return [sample.make_evidence(claim, n) for n in (1, 2)]


@pytest.fixture
def published(claim, evidence, checker, publisher):
    return sample.publish(claim, checker, publisher, evidence=[e.pk for e in evidence])


@pytest.fixture
def anon():
    return APIClient()


def client_for(user):
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def as_checker(checker):
    return client_for(checker)


@pytest.fixture
def as_checker2(checker2):
    return client_for(checker2)


@pytest.fixture
def as_publisher(publisher):
    return client_for(publisher)


@pytest.fixture
def as_reporter(reporter):
    return client_for(reporter)
