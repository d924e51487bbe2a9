"""POST /api/v1/claims/{id}/collect-sources/: 202 with the run, then the run and the evidence over the API."""

import pytest
from rest_framework.test import APIClient

from claims.models import Claim, CollectionRun
from tests.helpers import wait_for
from tests.sources.conftest import article_with_claims, claim_containing
from tests.sources.test_collect import ARTICLE, TITLE


def client_for(user=None):
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


@pytest.fixture
def claim(db):
    return claim_containing(article_with_claims(text=ARTICLE, title=TITLE), "dritte Treffen")


def url(claim):
    return f"/api/v1/claims/{claim.pk}/collect-sources/"


def test_anonymous_and_read_only_users_cannot_start_a_run(claim, readonly):
    assert client_for().post(url(claim)).status_code in (401, 403)
    refused = client_for(readonly).post(url(claim))
    assert refused.status_code in (403, 404)
    assert refused.json()["detail"]
    assert not CollectionRun.objects.exists()


def test_unknown_claim_is_404(checker):
    response = client_for(checker).post("/api/v1/claims/999999/collect-sources/")
    assert response.status_code == 404 and response.json()["detail"]


def test_start_answers_202_and_the_run_and_evidence_follow(desk, settings, checker):
    settings.SOURCES_ENABLED = ["archive"]
    from claims.demo.loader import demo_sources_load

    demo_sources_load()
    article = article_with_claims(text="Wien (Testagentur) - Piet Haverkamp sagte, es sei das dritte Treffen mit "
                                       "Lena Brandt in diesem Jahr gewesen.", title="Haverkamp in Wien")
    claim = claim_containing(article, "dritte Treffen")
    api = client_for(checker)
    response = api.post(url(claim))
    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "queued" and body["status_url"].endswith(f"/api/v1/collection-runs/{body['run']}/")
    assert response["Location"] == body["status_url"]
    # Starting again while it runs gives the same run.
    assert api.post(url(claim)).json()["run"] == body["run"]

    run = wait_for(lambda: (r := api.get(body["status_url"]).json())["status"] in ("done", "partial", "failed")
                   and r, timeout=30, message="the run to finish")
    assert run["status"] == "done" and run["connectors"]["archive"]["status"] == "ok"
    assert run["evidence_count"] >= 1

    evidence = api.get(f"/api/v1/claims/{claim.pk}/evidence/").json()
    assert len(evidence) == run["evidence_count"]
    best = evidence[0]
    assert best["stance"] in ("agrees", "conflicts", "no_number") and best["passage"] and best["end"] > best["start"]
    assert best["source"]["url"] and best["source"]["title"] and best["source"]["publisher"]
    assert "published_at" in best["source"]
    assert [e["rank"] for e in evidence] == sorted(e["rank"] for e in evidence)
    assert any(e["stance"] == "agrees" for e in evidence)
    assert Claim.objects.get(pk=claim.pk).status == "in_review"
