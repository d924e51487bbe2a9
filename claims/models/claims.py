"""Check-worthy claims pulled from articles, and where each one is in the desk's workflow."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from claims.models.articles import Article
from claims.models.languages import Language


class Claim(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "New"
        TRIAGED = "triaged", "Triaged"
        DISMISSED = "dismissed", "Dismissed"
        RESEARCHING = "researching", "Researching"
        IN_REVIEW = "in_review", "In review"
        VERDICT_DRAFTED = "verdict_drafted", "Verdict drafted"
        APPROVED = "approved", "Approved"
        PUBLISHED = "published", "Published"
        RETRACTED = "retracted", "Retracted"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    text = models.TextField(help_text="The sentence, exactly as in the article.")
    start = models.PositiveIntegerField(help_text="Offset of the sentence in the article text.")
    end = models.PositiveIntegerField()
    speaker = models.CharField(max_length=300, blank=True)
    language = models.CharField(max_length=8, choices=Language.choices, blank=True)
    quantities = models.JSONField(default=list, blank=True)
    entities = models.JSONField(default=list, blank=True)
    score = models.FloatField(default=0.0, help_text="Check-worthiness, 0..1.", db_index=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW, db_index=True)
    dismiss_reason = models.TextField(blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="assigned_claims"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["article_id", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="claim_start_before_end"),
            # Extraction is idempotent: one claim per span of an article.
            models.UniqueConstraint(fields=["article", "start", "end"], name="claim_span_unique"),
        ]
        indexes = [models.Index(fields=["status", "-score"], name="claim_status_score")]
        permissions = [
            ("triage_claim", "Can triage and dismiss claims"),
            ("assign_claim", "Can assign claims"),
            ("collect_sources", "Can start source collection"),
        ]

    def __str__(self):
        return self.text if len(self.text) <= 80 else self.text[:77] + "..."
