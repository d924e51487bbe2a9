"""Claims, evidence, articles, collection runs and ratings: read permissions by role, claim actions."""

from claims.models import Claim, CollectionRun
from tests.publishing import sample


def test_claims_staff_see_all_anonymous_only_those_with_a_published_verdict(anon, as_reporter, published, db):
    # given
    unpublished = sample.make_claim(sample.make_article(n=7))
    # then
    assert {c["id"] for c in anon.get("/api/v1/claims/").json()["results"]} == {published.claim_id}
    assert anon.get(f"/api/v1/claims/{unpublished.pk}/").status_code == 404
    public = anon.get(f"/api/v1/claims/{published.claim_id}/").json()
    assert "assignee" not in public and "score" not in public
    staff = as_reporter.get("/api/v1/claims/").json()["results"]
    assert {c["id"] for c in staff} == {published.claim_id, unpublished.pk}
    detail = as_reporter.get(f"/api/v1/claims/{unpublished.pk}/").json()
    assert detail["allowed_actions"] == []  # Reporters may read claims, not triage them


def test_claim_evidence_best_first_with_stances(as_checker, anon, claim, evidence, published):
    # given: an editor pins the weaker passage
    evidence[1].pinned = True
    evidence[1].editor_stance = "supports"
    evidence[1].save()
    # when
    items = as_checker.get(f"/api/v1/claims/{claim.pk}/evidence/").json()
    # then
    assert [e["id"] for e in items] == [evidence[1].pk, evidence[0].pk]
    first = items[0]
    assert first["pinned"] is True and first["editor_stance"] == "supports" and first["stance"] == "agrees"
    assert {"title", "url", "publisher", "published_at"} <= set(first["source"])
    assert {"passage", "start", "end", "relevance", "rank"} <= set(first)
    assert len(anon.get(f"/api/v1/claims/{claim.pk}/evidence/").json()) == 2  # both are cited


def test_uncited_evidence_is_hidden_from_anonymous(anon, as_checker, claim, evidence):
    assert anon.get(f"/api/v1/evidence/{evidence[0].pk}/").status_code == 404
    assert as_checker.get(f"/api/v1/evidence/{evidence[0].pk}/").status_code == 200
    assert len(as_checker.get("/api/v1/evidence/", {"claim": claim.pk}).json()["results"]) == 2


def test_articles_and_runs_are_staff_only(anon, as_reporter, claim, reporter):
    run = CollectionRun.objects.create(claim=claim, status="done", requested_by=reporter, candidates=3,
                                       connectors={"archive": {"status": "done", "candidates": 3}})
    assert anon.get("/api/v1/articles/").json()["results"] == []
    assert anon.get(f"/api/v1/articles/{claim.article_id}/").status_code == 404
    assert anon.get(f"/api/v1/collection-runs/{run.pk}/").status_code == 404
    article = as_reporter.get(f"/api/v1/articles/{claim.article_id}/").json()
    assert article["claim_count"] == 1 and article["text"].startswith("[Beispiel]")
    assert "text" not in as_reporter.get("/api/v1/articles/").json()["results"][0]
    fetched = as_reporter.get(f"/api/v1/collection-runs/{run.pk}/").json()
    assert fetched["connectors"]["archive"]["candidates"] == 3 and fetched["claim"] == claim.pk
    assert [r["id"] for r in as_reporter.get("/api/v1/collection-runs/", {"claim": claim.pk}).json()["results"]] == [
        run.pk]


def test_ratings_are_public(anon, db):
    ratings = anon.get("/api/v1/ratings/").json()
    assert [r["value"] for r in ratings][:2] == [8, 7]
    assert ratings[0] == {**ratings[0], "label": "Richtig", "name": "True", "is_default_scale": True}


def test_claim_triage_dismiss_and_assign(as_checker, as_reporter, claim, checker2):
    # given
    claim.status = Claim.Status.NEW
    claim.save()
    url = f"/api/v1/claims/{claim.pk}/"
    # then
    assert as_reporter.post(url + "triage/").status_code == 403
    triaged = as_checker.post(url + "triage/", {"note": "prüfen"}, format="json")
    assert triaged.status_code == 200 and triaged.json()["status"] == "triaged"
    again = as_checker.post(url + "triage/")
    assert again.status_code == 409 and "dismiss" in again.json()["allowed"]
    assigned = as_checker.post(url + "assign/", {"assignee": checker2.pk}, format="json")
    assert assigned.json()["assignee"] == {"id": checker2.pk, "username": "checker2"}
    assert as_checker.post(url + "assign/", {"assignee": 10**30}, format="json").status_code == 400
    no_reason = as_checker.post(url + "dismiss/", {}, format="json")
    assert no_reason.status_code == 400 and "reason" in no_reason.json()["detail"]
    dismissed = as_checker.post(url + "dismiss/", {"reason": "[Beispiel] Meinung, keine Tatsache."}, format="json")
    assert dismissed.json()["status"] == "dismissed"
    assert dismissed.json()["dismiss_reason"] == "[Beispiel] Meinung, keine Tatsache."


def test_claim_action_with_stale_if_match_is_412(as_checker, claim):
    url = f"/api/v1/claims/{claim.pk}/"
    etag = as_checker.get(url)["ETag"]
    assert as_checker.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    as_checker.post(url + "dismiss/", {"reason": "[Beispiel] doppelt"}, format="json")
    response = as_checker.post(url + "triage/", HTTP_IF_MATCH=etag)
    assert response.status_code == 412


def test_anonymous_cannot_probe_hidden_claim_fields_by_filter_or_ordering(anon, as_checker, published, checker):
    # The public shape hides the assignee and the score; filters and ordering on them would reveal both.
    anon.raise_request_exception = False
    for params in ({"assignee": checker.pk}, {"min_score": "0.5"}, {"ordering": "-score"}):
        response = anon.get("/api/v1/claims/", params)
        assert response.status_code == 400, params
        assert next(iter(params)) in response.json()["detail"]
        assert as_checker.get("/api/v1/claims/", params).status_code == 200
    assert anon.get("/api/v1/claims/", {"ordering": "-created_at"}).status_code == 200
