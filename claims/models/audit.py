"""The transition log: every state change, who made it, when, and why. It is the audit trail."""

from django.conf import settings
from django.db import models


class Transition(models.Model):
    class Entity(models.TextChoices):
        ARTICLE = "article", "Article"
        CLAIM = "claim", "Claim"
        VERDICT = "verdict", "Verdict"
        EVIDENCE = "evidence", "Evidence"

    entity = models.CharField(max_length=16, choices=Entity.choices)
    object_id = models.PositiveBigIntegerField()
    # The claim every transition belongs to (NULL only for article-level events): its history view.
    claim = models.ForeignKey(
        "claims.Claim", null=True, blank=True, on_delete=models.CASCADE, related_name="transitions"
    )
    action = models.CharField(max_length=40)
    from_state = models.CharField(max_length=20, blank=True)
    to_state = models.CharField(max_length=20, blank=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    note = models.TextField(blank=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["entity", "object_id", "at"], name="transition_object_at")]

    def __str__(self):
        who = self.actor or "system"
        return f"{self.entity} {self.object_id}: {self.from_state or '∅'} → {self.to_state} by {who}"
