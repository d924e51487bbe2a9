"""OpenAPI: the schema and docs are served, and schemathesis finds no server errors and no responses
that break the schema, for anonymous readers and for a token-authenticated Fact-checker (in-process)."""

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from hypothesis.errors import Unsatisfiable
from rest_framework.throttling import SimpleRateThrottle
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from claims.models import CollectionRun
from claims.services.tokens import api_token_issue
from tests.publishing import sample

pytestmark = pytest.mark.slow
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]
EXAMPLES = 8  # per operation and mode: bounded so both runs stay well under a minute


def test_schema_and_docs_are_served(db):
    client = Client()
    schema = client.get("/api/schema/", {"format": "json"})
    assert schema.status_code == 200
    assert "/api/v1/verdicts/{id}/claimreview/" in schema.json()["paths"]
    docs = client.get("/api/docs/")
    assert docs.status_code == 200 and b"swagger" in docs.content.lower()


@pytest.fixture
def world(published, claim, evidence, checker, publisher, monkeypatch):
    """Something of every kind, so known ids answer 200 and lists are not empty."""
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "anon", "100000/minute")
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "user", "100000/minute")
    other = sample.make_claim(sample.make_article(n=4))
    draft = sample.draft(other, checker)
    run = CollectionRun.objects.create(claim=claim, status="done", requested_by=checker)
    return {"verdicts": published.pk, "claims": claim.pk, "evidence": evidence[0].pk,
            "articles": claim.article_id, "collection-runs": run.pk, "ratings": published.rating_id,
            "draft": draft.pk}


@pytest.fixture
def wsgi_app():
    """The real WSGI app, minus the per-request connection closing that would end the test's transaction
    (Django's own test client disconnects it the same way)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield get_wsgi_application()
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def _fuzz(app, headers, skip=()):
    schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", app)
    ran = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if f"{operation.method.upper()} {operation.path}" in skip:
            continue
        for mode in (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE):

            @hypothesis_settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                                 phases=[Phase.generate], suppress_health_check=list(HealthCheck))
            @given(case=operation.as_strategy(generation_mode=mode))
            def check(case):
                case.call_and_validate(app=app, headers=headers, checks=CHECKS)

            try:
                check()
            except Unsatisfiable:
                if mode is schemathesis.GenerationMode.POSITIVE:
                    raise
                continue  # nothing in this operation can be made invalid (e.g. no parameters at all)
            ran += 1
    return schema, app, ran


def _known_ids(schema, app, world, headers, hidden=()):
    """Every GET /{id}/ operation once with an id that exists: the 200 answers must match the schema
    (resources in `hidden` must be 404s for this caller)."""
    checked = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.method.upper() != "GET" or "{id}" not in operation.path:
            continue
        resource = operation.path.split("/")[3]
        case = operation.Case(path_parameters={"id": world[resource]})
        response = case.call_and_validate(app=app, headers=headers, checks=CHECKS)
        expected = 404 if resource in hidden else 200
        assert response.status_code == expected, (operation.path, response.text[:300])
        checked += 1
    return checked


def test_schemathesis_anonymous(world, wsgi_app):
    schema, app, ran = _fuzz(wsgi_app, headers={})
    assert ran > 40
    assert _known_ids(schema, app, world, {}, hidden=("articles", "collection-runs")) >= 8


def test_schemathesis_fact_checker_with_token(world, checker, wsgi_app):
    issued = api_token_issue(user=checker, name="schemathesis", created_by=checker)
    headers = {"Authorization": f"Token {issued.secret}"}
    schema, app, ran = _fuzz(wsgi_app, headers=headers, skip={"DELETE /api/v1/auth/token/"})
    assert ran > 40
    assert _known_ids(schema, app, world, headers) >= 8
    world["verdicts"] = world["draft"]
    assert _known_ids(schema, app, world, headers) >= 8  # the staff shape of a draft, too
