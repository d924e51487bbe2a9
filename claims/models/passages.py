"""Searchable passages of the desk archive, and the working rows of a source collection run."""

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Case, F, Q, When

from claims.models.articles import Article
from claims.models.claims import Claim
from claims.models.sources import CollectionRun, Source


class Passage(models.Model):
    """A piece of a stored source or article, indexed for full-text search in its own language."""

    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.CASCADE, related_name="passages")
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.CASCADE, related_name="passages")
    start = models.PositiveIntegerField(help_text="Offset in the document's text.")
    end = models.PositiveIntegerField()
    text = models.TextField()
    language = models.CharField(max_length=8, blank=True)
    # German passages are stemmed as German, English ones as English; a query asks in both.
    search = models.GeneratedField(
        expression=Case(
            When(language="de", then=SearchVector("text", config="german")),
            When(language="en", then=SearchVector("text", config="english")),
            default=SearchVector("text", config="simple"),
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        ordering = ["source_id", "article_id", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="passage_start_before_end"),
            models.CheckConstraint(
                condition=Q(source__isnull=False, article__isnull=True) | Q(source__isnull=True, article__isnull=False),
                name="passage_of_source_or_article",
            ),
        ]
        indexes = [GinIndex(fields=["search"], name="passage_search_gin")]

    def __str__(self):
        return self.text[:80]


class CollectionCandidate(models.Model):
    """A document a connector proposed during a run, and what became of it."""

    class Status(models.TextChoices):
        PENDING = "pending", "To fetch"
        STORED = "stored", "Stored as a source"
        SKIPPED = "skipped", "Skipped"
        FAILED = "failed", "Failed"

    run = models.ForeignKey(CollectionRun, on_delete=models.CASCADE, related_name="found")
    connector = models.CharField(max_length=32)
    url = models.URLField(max_length=2048, help_text="Canonical URL.")
    host = models.CharField(max_length=255, blank=True)
    kind = models.CharField(max_length=16, choices=Source.Kind.choices, default=Source.Kind.WEB)
    title = models.CharField(max_length=500, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=8, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    snippet = models.TextField(blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True)
    error = models.TextField(blank=True)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["run_id", "id"]
        constraints = [models.UniqueConstraint(fields=["run", "url"], name="candidate_run_url_unique")]

    def __str__(self):
        return self.url


class ManualSource(models.Model):
    """A URL an editor added to a claim by hand; every later run fetches it again."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="manual_sources")
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="manual_for")
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["claim_id", "created_at"]
        constraints = [models.UniqueConstraint(fields=["claim", "source"], name="manualsource_claim_source_unique")]

    def __str__(self):
        return f"{self.source} for claim {self.claim_id}"

