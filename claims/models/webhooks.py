"""Webhook subscriptions of partners, one delivery per event and subscription, and each attempt."""

import secrets
import uuid

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models

WEBHOOK_EVENTS = [
    ("verdict.published", "Verdict published"),
    ("verdict.corrected", "Verdict corrected"),
    ("verdict.retracted", "Verdict retracted"),
]


def _new_secret() -> str:
    return secrets.token_urlsafe(32)


class WebhookSubscription(models.Model):
    """A partner's endpoint: which events it wants, and the secret its deliveries are signed with."""

    name = models.CharField(max_length=200, help_text="Who receives it, e.g. the partner outlet.")
    url = models.URLField(max_length=2048, help_text="Receives a signed POST per event (https in production).")
    secret = models.CharField(max_length=200, default=_new_secret, help_text="HMAC-SHA256 key; share it once.")
    events = ArrayField(
        models.CharField(max_length=40, choices=WEBHOOK_EVENTS), default=list, help_text="Events to deliver."
    )
    active = models.BooleanField(default=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self):
        return f"{self.name} → {self.url}"


class WebhookDelivery(models.Model):
    """One event for one subscription; retried with backoff until delivered or out of attempts."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False, help_text="Receivers dedupe on this.")
    subscription = models.ForeignKey(WebhookSubscription, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=40, choices=WEBHOOK_EVENTS)
    verdict = models.ForeignKey("claims.Verdict", null=True, on_delete=models.SET_NULL, related_name="+")
    # Frozen when the event happened, so every attempt describes the same state.
    payload = models.JSONField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "webhook deliveries"
        constraints = [
            # An event is delivered once per subscription, however often it is emitted.
            models.UniqueConstraint(fields=["subscription", "event", "verdict"], name="webhook_delivery_once"),
        ]

    def __str__(self):
        return f"{self.event} of verdict {self.verdict_id} → {self.subscription_id}: {self.status}"


class WebhookAttempt(models.Model):
    """The log line of one POST: when, how long, what came back."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="attempt_log")
    number = models.PositiveSmallIntegerField()
    started_at = models.DateTimeField()
    duration_ms = models.PositiveIntegerField(default=0)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    ok = models.BooleanField(default=False)
    error = models.TextField(blank=True)
    response_excerpt = models.TextField(blank=True)

    class Meta:
        ordering = ["delivery_id", "number"]
        constraints = [models.UniqueConstraint(fields=["delivery", "number"], name="webhook_attempt_number_unique")]

    def __str__(self):
        return f"attempt {self.number} of delivery {self.delivery_id}: {self.status_code or self.error[:40]}"
