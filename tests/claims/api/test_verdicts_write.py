"""The workflow over the API: drafts, edits with If-Match, transitions, four eyes, and refused input."""

import json

import pytest
from django.test import override_settings
from rest_framework.test import APIClient

from claims.models import Verdict
from tests.publishing import sample

LIST = "/api/v1/verdicts/"


def detail(verdict_id, suffix=""):
    return f"/api/v1/verdicts/{verdict_id}/{suffix}"


def _draft_body(claim, evidence=()):
    return {"claim": claim.pk, "rating": sample.rating("Falsch").pk, "headline": "Nein, das stimmt nicht",
            "summary": "[Beispiel] Kurz.", "body": "[Beispiel] Lang.", "evidence": [e.pk for e in evidence]}


def test_checker_drafts_a_verdict(as_checker, claim, evidence, checker):
    # when
    response = as_checker.post(LIST, _draft_body(claim, evidence), format="json")
    # then
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["status"] == "draft" and body["created_by"]["id"] == checker.pk
    assert [e["id"] for e in body["evidence"]] == [e.pk for e in evidence]
    assert response["Location"].endswith(detail(body["id"]))
    assert response["ETag"].startswith(f'"v{body["id"]}.1.')


def test_mass_assignment_is_refused_and_names_the_fields(as_checker, claim, checker2):
    body = {**_draft_body(claim), "status": "published", "published_by": checker2.pk, "author": checker2.pk}
    response = as_checker.post(LIST, body, format="json")
    assert response.status_code == 400
    error = response.json()
    assert set(error["errors"]) == {"status", "published_by", "author"}
    assert "cannot be set" in error["detail"]
    assert not Verdict.objects.exists()


def test_patch_cannot_set_status_or_authors(as_checker, claim, checker):
    verdict = sample.draft(claim, checker)
    response = as_checker.patch(detail(verdict.pk), {"status": "published", "created_by": 1}, format="json")
    assert response.status_code == 400
    verdict.refresh_from_db()
    assert verdict.status == "draft"


def test_anonymous_cannot_write_and_reporters_are_refused_by_role(anon, as_reporter, claim):
    assert anon.post(LIST, _draft_body(claim), format="json").status_code == 401
    response = as_reporter.post(LIST, _draft_body(claim), format="json")
    assert response.status_code == 403
    assert "draft_verdict" in response.json()["detail"]


def test_patch_with_if_match_and_a_stale_one(as_checker, as_checker2, claim, checker):
    # given
    verdict = sample.draft(claim, checker)
    etag = as_checker.get(detail(verdict.pk))["ETag"]
    # when: someone else edits first
    first = as_checker2.patch(detail(verdict.pk), {"summary": "[Beispiel] Neu."}, format="json", HTTP_IF_MATCH=etag)
    stale = as_checker.patch(detail(verdict.pk), {"summary": "[Beispiel] Alt."}, format="json", HTTP_IF_MATCH=etag)
    # then
    assert first.status_code == 200 and first["ETag"] != etag
    assert stale.status_code == 412
    assert stale.json()["code"] == "stale_version" and stale.json()["current_version"] == 2
    verdict.refresh_from_db()
    assert verdict.summary == "[Beispiel] Neu."
    garbage = as_checker.patch(detail(verdict.pk), {"summary": "x"}, format="json", HTTP_IF_MATCH='"nonsense"')
    assert garbage.status_code == 412


def test_empty_patch_is_a_400(as_checker, claim, checker):
    verdict = sample.draft(claim, checker)
    response = as_checker.patch(detail(verdict.pk), {}, format="json")
    assert response.status_code == 400 and "Nothing to change" in response.json()["detail"]


def test_the_whole_workflow_with_four_eyes(as_checker, as_publisher, claim, evidence):
    # given
    verdict_id = as_checker.post(LIST, _draft_body(claim, evidence), format="json").json()["id"]
    # when / then
    assert as_checker.post(detail(verdict_id, "submit/")).status_code == 200
    refused = as_checker.post(detail(verdict_id, "approve/"), {"note": "ok"}, format="json")
    assert refused.status_code == 403  # Fact-checkers lack approve_verdict
    approved = as_publisher.post(detail(verdict_id, "approve/"), {"note": "passt"}, format="json")
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    published = as_publisher.post(detail(verdict_id, "publish/"))
    assert published.status_code == 200 and published.json()["status"] == "published"
    assert APIClient().get(detail(verdict_id)).status_code == 200


def test_author_cannot_approve_own_verdict(as_publisher, claim, publisher):
    verdict = sample.draft(claim, publisher)
    response = as_publisher.post(detail(verdict.pk, "approve/"))
    assert response.status_code == 403
    assert response.json()["code"] == "four_eyes"


def test_illegal_transition_is_409_with_what_is_allowed(as_publisher, published):
    response = as_publisher.post(detail(published.pk, "approve/"))
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "illegal_transition" and body["current"] == "published"
    assert set(body["allowed"]) == {"correct", "retract"}
    assert "Allowed now" in body["detail"]


def test_transition_with_stale_if_match_is_412(as_checker, claim, checker):
    verdict = sample.draft(claim, checker)
    etag = as_checker.get(detail(verdict.pk))["ETag"]
    as_checker.patch(detail(verdict.pk), {"summary": "[Beispiel] geändert"}, format="json")
    response = as_checker.post(detail(verdict.pk, "submit/"), HTTP_IF_MATCH=etag)
    assert response.status_code == 412
    verdict.refresh_from_db()
    assert verdict.status == "draft"


def test_correction_is_a_new_version_and_retraction_needs_a_note(as_publisher, published):
    missing = as_publisher.post(detail(published.pk, "retract/"))
    assert missing.status_code == 400 and missing.json()["code"] == "reason_required"
    correction = as_publisher.post(detail(published.pk, "correct/"), {"note": "[Beispiel] Zahl präzisiert."},
                                   format="json")
    assert correction.status_code == 201
    assert correction.json()["version"] == 2 and correction.json()["supersedes"] == published.pk
    assert correction["Location"].endswith(detail(correction.json()["id"]))


def test_malformed_json_is_a_400_naming_the_problem(as_checker, db):
    response = as_checker.post(LIST, data='{"claim": 1,', content_type="application/json")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "parse_error" and "JSON parse error" in body["detail"]


def test_a_list_instead_of_an_object_is_a_400(as_checker, db):
    response = as_checker.post(LIST, data="[1, 2]", content_type="application/json")
    assert response.status_code == 400 and "list" in response.json()["detail"]


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=10_000)
def test_an_oversized_body_is_a_413(as_checker, claim):
    body = json.dumps({**_draft_body(claim), "body": "x" * 20_000})
    response = as_checker.post(LIST, data=body, content_type="application/json")
    assert response.status_code == 413
    assert response.json()["code"] == "payload_too_large" and "10000 bytes" in response.json()["detail"]
    assert not Verdict.objects.exists()


def test_form_bodies_are_415(as_checker, claim):
    response = as_checker.post(LIST, data="claim=1", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 415


@pytest.mark.parametrize("bad", [{"claim": 10**30}, {"claim": "1; DROP TABLE"}, {"claim": True}, {"rating": -1},
                                 {"evidence": [10**30]}, {"headline": "x" * 76}, {"headline": "a\x00b"}])
def test_bad_field_values_are_400s(as_checker, claim, bad):
    response = as_checker.post(LIST, {**_draft_body(claim), **bad}, format="json")
    assert response.status_code == 400, response.json()
    assert set(response.json()["errors"]) == set(bad)


def test_evidence_of_another_claim_is_refused(as_checker, claim, db):
    other = sample.make_claim(sample.make_article(n=5))
    foreign = sample.make_evidence(other)
    response = as_checker.post(LIST, _draft_body(claim, [foreign]), format="json")
    assert response.status_code == 400 and response.json()["code"] == "foreign_evidence"


def test_session_post_without_csrf_token_is_refused(checker, claim):
    # given: a browser session, not a token
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(checker)
    # when
    refused = client.post(LIST, _draft_body(claim), format="json")
    # then
    assert refused.status_code == 403 and "CSRF" in refused.json()["detail"]
    token = "sampleCsrfSecret0123456789abcdef"  # the double-submit pair a browser would send
    client.cookies["csrftoken"] = token
    accepted = client.post(LIST, _draft_body(claim), format="json", HTTP_X_CSRFTOKEN=token)
    assert accepted.status_code == 201


def test_token_auth_round_trip(checker, claim, db):
    # given
    checker.set_password("pw-sample-123")
    checker.save()
    client = APIClient()
    # when
    wrong = client.post("/api/v1/auth/token/", {"username": "checker", "password": "nope"}, format="json")
    right = client.post("/api/v1/auth/token/", {"username": "checker", "password": "pw-sample-123"}, format="json")
    # then
    assert wrong.status_code == 400 and wrong.json()["code"] == "invalid_credentials"
    token = right.json()["token"]
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert client.post(LIST, _draft_body(claim), format="json").status_code == 201
    assert client.delete("/api/v1/auth/token/").status_code == 204
    assert client.get(LIST).status_code == 401  # the revoked token no longer authenticates
