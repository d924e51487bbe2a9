"""Documents gathered to corroborate claims, the passages that bear on them, and collection runs."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from claims.models.articles import Article, Snapshot
from claims.models.claims import Claim
from claims.models.languages import Language


class Source(models.Model):
    """A document, shared between claims; deduplicated by canonical URL."""

    class Kind(models.TextChoices):
        WEB = "web", "Web page"
        ARCHIVE = "archive", "Desk archive"
        ENCYCLOPEDIA = "encyclopedia", "Encyclopedia"
        FACT_CHECK = "fact_check", "Existing fact check"
        NEWS = "news", "News search"
        FEED = "feed", "Followed feed"
        MANUAL = "manual", "Added by an editor"

    url = models.URLField(max_length=2048, unique=True, help_text="Canonical URL.")
    title = models.CharField(max_length=500, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=8, choices=Language.choices, blank=True)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.WEB)
    published_at = models.DateTimeField(null=True, blank=True)
    fetched_at = models.DateTimeField(null=True, blank=True)
    content_sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    text = models.TextField(blank=True)
    snapshot = models.ForeignKey(Snapshot, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="as_sources",
        help_text="Set when the source is an article stored in the desk archive.",
    )
    is_sample = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        permissions = [("add_manual_source", "Can add sources by URL")]

    def __str__(self):
        return self.title or self.url


class CollectionRun(models.Model):
    """One pass of gathering sources for a claim: per-connector counts, errors and timings."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        PARTIAL = "partial", "Done with errors"
        FAILED = "failed", "Failed"

    class Stage(models.TextChoices):
        SEARCH = "search", "Asking the connectors"
        FETCH = "fetch", "Fetching documents"
        RANK = "rank", "Ranking passages"
        DONE = "done", "Finished"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="collection_runs")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True)
    # Fan-in without a result backend: each stage counts its open tasks down with a conditional UPDATE.
    stage = models.CharField(max_length=8, choices=Stage.choices, default=Stage.SEARCH)
    pending = models.IntegerField(default=0, help_text="Open work items of the current stage.")
    updated_at = models.DateTimeField(null=True, blank=True, help_text="Last progress; recovery looks at it.")
    recovery_attempts = models.PositiveIntegerField(
        default=0, help_text="Times recovery sent the run round again; past RECOVERY_MAX_ATTEMPTS it fails.")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    connectors = models.JSONField(default=dict, blank=True, help_text="name -> {status, candidates, seconds, error}")
    errors = models.JSONField(default=list, blank=True)
    candidates = models.PositiveIntegerField(default=0)
    evidence_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Run {self.pk} for claim {self.claim_id}: {self.status}"


class Evidence(models.Model):
    """A passage of a source that bears on a claim."""

    class NumericStance(models.TextChoices):
        AGREES = "agrees", "Numbers agree"
        CONFLICTS = "conflicts", "Numbers conflict"
        NO_NUMBER = "no_number", "No number"

    class EditorStance(models.TextChoices):
        SUPPORTS = "supports", "Supports the claim"
        REFUTES = "refutes", "Refutes the claim"
        MIXED = "mixed", "Mixed"
        CONTEXT = "context", "Context only"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="evidence")
    run = models.ForeignKey(CollectionRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="evidence")
    passage = models.TextField()
    start = models.PositiveIntegerField(help_text="Offset of the passage in the source text.")
    end = models.PositiveIntegerField()
    relevance = models.FloatField(default=0.0, db_index=True)
    rank = models.PositiveIntegerField(default=0)
    stance = models.CharField(max_length=16, choices=NumericStance.choices, default=NumericStance.NO_NUMBER)
    quantities = models.JSONField(default=list, blank=True)
    editor_stance = models.CharField(max_length=16, choices=EditorStance.choices, blank=True)
    pinned = models.BooleanField(default=False)
    pinned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["claim_id", "-pinned", "rank", "-relevance"]
        verbose_name_plural = "evidence"
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="evidence_start_before_end"),
            models.UniqueConstraint(fields=["claim", "source", "start", "end"], name="evidence_passage_unique"),
        ]
        permissions = [("pin_evidence", "Can pin evidence and set its stance")]

    def __str__(self):
        return f"{self.source} → claim {self.claim_id}"
