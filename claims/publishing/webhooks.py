"""Partner webhooks: a delivery per event and subscription, signed POSTs through the safe fetcher,
retries with exponential backoff, every attempt logged.

Receivers check `X-Factcheck-Signature: sha256=<hex>`, the HMAC-SHA256 of the raw body under their
secret; the body carries `sent_at` (also in `X-Factcheck-Timestamp`), so a replayed old body can be
told by its age, and `delivery`, the same for every attempt of one event, to drop duplicates.
"""

import hashlib
import hmac
import json
import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from claims.models import Verdict, WebhookAttempt, WebhookDelivery, WebhookSubscription
from claims.publishing.claimreview import claimreview_build
from claims.publishing.selectors import absolute, verdict_public_url
from claims.services.events import VERDICT_EVENTS

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Factcheck-Signature"
TIMESTAMP_HEADER = "X-Factcheck-Timestamp"
# Worth another try: the receiver was down, overloaded or slow. Other 4xx mean it refuses this body.
RETRYABLE_STATUSES = {408, 425, 429}


def _storable(text: str) -> str:
    """A receiver's answer may be binary: PostgreSQL text refuses NUL, and a failed log write would
    leave the delivery pending, to be sent again and again."""
    return text.replace("\x00", "\ufffd")


def webhook_sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def webhook_payload(event: str, verdict: Verdict) -> dict:
    """What partners get: the verdict's public facts and, unless retracted, its ClaimReview."""
    data = {
        "id": verdict.pk,
        "slug": verdict.slug,
        "version": verdict.version,
        "status": verdict.status,
        "headline": verdict.headline,
        "rating": {"label": verdict.rating.label, "name": verdict.rating.name_en, "value": verdict.rating.value},
        "claim": {"id": verdict.claim_id, "text": verdict.claim.text, "speaker": verdict.claim_fields()["speaker"]},
        "correction_note": verdict.correction_note,
        "supersedes": verdict.supersedes_id,
        "published_at": verdict.published_at.isoformat() if verdict.published_at else None,
        "retracted_at": verdict.retracted_at.isoformat() if verdict.retracted_at else None,
        "public_url": verdict_public_url(verdict),
        "api_url": absolute(reverse("api:verdict-detail", kwargs={"pk": verdict.pk})),
    }
    if event != "verdict.retracted":
        data["claimreview"] = claimreview_build(verdict)
    return data


def webhook_deliveries_create(*, event: str, verdict_id: int) -> list[WebhookDelivery]:
    """One pending delivery per active subscription to `event`; emitting twice creates nothing new."""
    if event not in VERDICT_EVENTS:
        raise ValueError(f"unknown event {event!r}")
    subscriptions = list(WebhookSubscription.objects.filter(active=True, events__contains=[event]))
    if not subscriptions:
        return []
    verdict = Verdict.objects.select_related("claim", "claim__article", "rating").get(pk=verdict_id)
    payload = webhook_payload(event, verdict)
    now = timezone.now()
    created = []
    for subscription in subscriptions:
        delivery, was_created = WebhookDelivery.objects.get_or_create(
            subscription=subscription, event=event, verdict=verdict,
            defaults={"payload": payload, "next_attempt_at": now},
        )
        if was_created:
            created.append(delivery)
    return created


def backoff_seconds(attempt: int) -> float:
    """Wait after failed attempt number `attempt` (1-based): base * 2**(attempt-1), capped."""
    return min(settings.WEBHOOK_BACKOFF_SECONDS * 2 ** (attempt - 1), settings.WEBHOOK_BACKOFF_MAX_SECONDS)


@dataclass(frozen=True)
class DeliveryOutcome:
    status: str  # delivered | failed | pending | skipped
    retry_in: float | None = None  # seconds until the next attempt, when pending


def _claim_attempt(delivery_id: int) -> tuple[WebhookDelivery, int] | None:
    """Take the next attempt number with a conditional update, so a redelivered task never sends twice."""
    delivery = WebhookDelivery.objects.select_related("subscription").filter(pk=delivery_id).first()
    if delivery is None or delivery.status != WebhookDelivery.Status.PENDING:
        return None
    number = delivery.attempts + 1
    taken = WebhookDelivery.objects.filter(
        pk=delivery.pk, status=WebhookDelivery.Status.PENDING, attempts=delivery.attempts
    ).update(attempts=number)
    return (delivery, number) if taken else None


def _body(delivery: WebhookDelivery, number: int, sent_at) -> bytes:
    envelope = {
        "event": delivery.event,
        "delivery": str(delivery.uid),
        "attempt": number,
        "sent_at": int(sent_at.timestamp()),
        "data": delivery.payload,
    }
    return json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode()


def webhook_deliver(*, delivery_id: int, policy=None) -> DeliveryOutcome:
    """Make one attempt (a signed POST) and record it; say whether and when to try again."""
    from workers.fetch import FetchError, get_default_policy, post

    claimed = _claim_attempt(delivery_id)
    if claimed is None:
        return DeliveryOutcome("skipped")
    delivery, number = claimed
    subscription = delivery.subscription
    started = timezone.now()
    body = _body(delivery, number, started)
    policy = (policy or get_default_policy()).replace(
        deadline=float(settings.WEBHOOK_TIMEOUT_SECONDS), read_timeout=float(settings.WEBHOOK_TIMEOUT_SECONDS),
        politeness_delay=0.0,
    )
    status_code, error, excerpt, ok, retryable = None, "", "", False, True
    try:
        result = post(
            subscription.url, body=body, policy=policy, max_response_bytes=2048,
            headers=[
                (SIGNATURE_HEADER, webhook_sign(subscription.secret, body)),
                (TIMESTAMP_HEADER, str(int(started.timestamp()))),
                ("X-Factcheck-Event", delivery.event),
                ("X-Factcheck-Delivery", str(delivery.uid)),
            ],
        )
        status_code = result.status
        excerpt = _storable(result.body[:500].decode("utf-8", "replace"))
        ok = 200 <= result.status < 300
        retryable = not ok and (result.status >= 500 or result.status in RETRYABLE_STATUSES)
        if not ok:
            error = f"the receiver answered HTTP {result.status}"
    except FetchError as exc:
        error = _storable(exc.message)
        retryable = exc.code not in ("bad_url", "bad_scheme", "bad_port", "blocked_address", "non_canonical_address")
    finished = timezone.now()
    with transaction.atomic():
        WebhookAttempt.objects.create(
            delivery=delivery, number=number, started_at=started, status_code=status_code, ok=ok, error=error,
            duration_ms=int((finished - started).total_seconds() * 1000), response_excerpt=excerpt,
        )
        if ok:
            outcome = DeliveryOutcome("delivered")
            changes = {"status": WebhookDelivery.Status.DELIVERED, "delivered_at": finished, "last_error": "",
                       "next_attempt_at": None}
        elif retryable and number < settings.WEBHOOK_MAX_ATTEMPTS:
            wait = backoff_seconds(number)
            outcome = DeliveryOutcome("pending", retry_in=wait)
            changes = {"last_error": error, "next_attempt_at": finished + timedelta(seconds=wait)}
        else:
            outcome = DeliveryOutcome("failed")
            why = error if not retryable else f"{error} (gave up after {number} attempts)"
            changes = {"status": WebhookDelivery.Status.FAILED, "last_error": why, "next_attempt_at": None}
        WebhookDelivery.objects.filter(pk=delivery.pk).update(**changes)
    if outcome.status == "failed":
        log.warning("webhook delivery %s to %s failed: %s", delivery.pk, subscription.url, changes["last_error"])
    return outcome


def deliveries_overdue(cutoff) -> list[int]:
    """Pending deliveries whose next attempt should have happened before `cutoff` (a lost task)."""
    return list(
        WebhookDelivery.objects.filter(status=WebhookDelivery.Status.PENDING, next_attempt_at__lt=cutoff)
        .values_list("pk", flat=True)[:500]
    )


def on_verdict_event(event: str, verdict_id: int):
    """events.subscribe() listener (after commit): record the deliveries, then hand them to the workers."""
    from workers.tasks_webhooks import deliver_webhook

    for delivery in webhook_deliveries_create(event=event, verdict_id=verdict_id):
        deliver_webhook.delay(delivery.pk)
