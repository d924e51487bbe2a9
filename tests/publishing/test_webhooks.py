"""Webhooks end to end: a real worker posts signed deliveries to a real receiver on 127.0.0.1."""

import hashlib
import hmac
import itertools
import json
import time

import pytest

from claims.models import WebhookAttempt, WebhookDelivery, WebhookSubscription
from claims.services.workflow import verdict_transition
from tests.helpers import wait_for
from tests.httpserver import LocalHTTPServer, Response
from tests.publishing import sample

pytestmark = pytest.mark.slow


@pytest.fixture
def receiver(monkeypatch):
    with LocalHTTPServer() as server:
        monkeypatch.setenv("FETCH_ALLOW", "127.0.0.1")  # the safe fetcher refuses loopback otherwise
        yield server


@pytest.fixture
def fast_retries(settings):
    settings.WEBHOOK_BACKOFF_SECONDS = 0.3
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    settings.WEBHOOK_TIMEOUT_SECONDS = 5


def _subscribe(url, events=("verdict.published", "verdict.corrected", "verdict.retracted")):
    return WebhookSubscription.objects.create(name="[Sample] Partner", url=url, secret="sample-secret",
                                              events=list(events))


def _publish(checker, publisher):
    claim = sample.make_claim(sample.make_article())
    return sample.publish(claim, checker, publisher, evidence=[sample.make_evidence(claim).pk])


def _finished(delivery_filter):
    def check():
        delivery = WebhookDelivery.objects.filter(**delivery_filter).first()
        return delivery if delivery and delivery.status != "pending" else None
    return check


def test_publication_is_delivered_signed_with_claimreview(celery_worker, receiver, checker, publisher):
    # given
    receiver.add("/hook", Response(status=204))
    _subscribe(receiver.url("/hook"))
    # when
    verdict = _publish(checker, publisher)
    delivery = wait_for(_finished({"verdict": verdict}), message="the delivery")
    # then
    assert delivery.status == "delivered" and delivery.attempts == 1
    [request] = receiver.requests
    assert request.method == "POST" and request.headers["content-type"] == "application/json"
    expected = "sha256=" + hmac.new(b"sample-secret", request.body, hashlib.sha256).hexdigest()
    assert request.headers["x-factcheck-signature"] == expected
    body = json.loads(request.body)
    assert body["event"] == "verdict.published" and body["delivery"] == str(delivery.uid)
    assert str(body["sent_at"]) == request.headers["x-factcheck-timestamp"]
    assert abs(body["sent_at"] - time.time()) < 60
    assert body["data"]["id"] == verdict.pk and body["data"]["claimreview"]["@type"] == "ClaimReview"
    [attempt] = WebhookAttempt.objects.filter(delivery=delivery)
    assert attempt.ok and attempt.status_code == 204


def test_failures_are_retried_with_backoff_and_each_attempt_logged(celery_worker, receiver, fast_retries, checker,
                                                                   publisher):
    # given: the receiver fails twice, then accepts
    receiver.add("/hook", [Response(status=500, body="down"), Response(status=503), Response(status=200)])
    _subscribe(receiver.url("/hook"))
    # when
    verdict = _publish(checker, publisher)
    delivery = wait_for(_finished({"verdict": verdict}), timeout=30, message="the delivery")
    # then
    assert delivery.status == "delivered" and delivery.attempts == 3
    attempts = list(WebhookAttempt.objects.filter(delivery=delivery).order_by("number"))
    assert [(a.number, a.status_code, a.ok) for a in attempts] == [(1, 500, False), (2, 503, False), (3, 200, True)]
    assert attempts[0].response_excerpt == "down"
    gaps = [(b.started_at - a.started_at).total_seconds() for a, b in itertools.pairwise(attempts)]
    assert gaps[0] >= 0.3 and gaps[1] >= 0.6  # 0.3 s, then doubled
    bodies = [json.loads(r.body) for r in receiver.requests]
    assert {b["delivery"] for b in bodies} == {str(delivery.uid)} and [b["attempt"] for b in bodies] == [1, 2, 3]


def test_delivery_gives_up_after_the_last_attempt(celery_worker, receiver, fast_retries, checker, publisher):
    receiver.add("/hook", Response(status=502))
    _subscribe(receiver.url("/hook"))
    verdict = _publish(checker, publisher)
    delivery = wait_for(_finished({"verdict": verdict}), timeout=30, message="the delivery")
    assert delivery.status == "failed" and delivery.attempts == 3
    assert "gave up after 3 attempts" in delivery.last_error
    assert WebhookAttempt.objects.filter(delivery=delivery).count() == 3 == len(receiver.requests)


def test_a_refusing_receiver_is_not_retried(celery_worker, receiver, fast_retries, checker, publisher):
    receiver.add("/hook", Response(status=410))
    _subscribe(receiver.url("/hook"))
    verdict = _publish(checker, publisher)
    delivery = wait_for(_finished({"verdict": verdict}), message="the delivery")
    assert delivery.status == "failed" and delivery.attempts == 1 and "HTTP 410" in delivery.last_error


def test_only_subscribed_events_and_retraction_payload(celery_worker, receiver, checker, publisher):
    # given
    receiver.add("/hook", Response(status=200))
    _subscribe(receiver.url("/hook"), events=["verdict.retracted"])
    verdict = _publish(checker, publisher)
    # when
    verdict_transition(verdict=verdict, user=publisher, action="retract", note="[Beispiel] Quelle war gefälscht.")
    delivery = wait_for(_finished({"verdict": verdict}), message="the delivery")
    # then
    assert delivery.event == "verdict.retracted"
    assert WebhookDelivery.objects.count() == 1  # nothing for the publication
    data = json.loads(receiver.requests[0].body)["data"]
    assert data["status"] == "retracted" and "claimreview" not in data
    assert data["correction_note"] == "[Beispiel] Quelle war gefälscht."


def test_a_private_address_without_allow_list_is_refused_at_once(celery_worker, monkeypatch, fast_retries, checker,
                                                                 publisher):
    # given: no FETCH_ALLOW, so loopback is off limits to the fetcher
    monkeypatch.delenv("FETCH_ALLOW", raising=False)
    with LocalHTTPServer() as server:
        server.add("/hook", Response(status=200))
        _subscribe(server.url("/hook"))
        verdict = _publish(checker, publisher)
        delivery = wait_for(_finished({"verdict": verdict}), message="the delivery")
        # then
        assert delivery.status == "failed" and delivery.attempts == 1
        assert server.requests == []


def test_a_binary_answer_with_nul_bytes_is_recorded_not_resent(celery_worker, receiver, checker, publisher):
    # given: a receiver that accepts but answers with bytes PostgreSQL text cannot hold
    receiver.add("/hook", Response(status=200, body=b"ok\x00\x1f\x8b\x08", content_type="application/octet-stream"))
    _subscribe(receiver.url("/hook"))
    # when
    verdict = _publish(checker, publisher)
    delivery = wait_for(_finished({"verdict": verdict}), message="the delivery")
    # then: delivered once, and the attempt's log keeps what could be kept of the answer
    assert delivery.status == "delivered" and delivery.attempts == 1
    [attempt] = WebhookAttempt.objects.filter(delivery=delivery)
    assert attempt.ok and attempt.response_excerpt.startswith("ok") and "\x00" not in attempt.response_excerpt
