"""Articles the desk ingests, the raw bytes they were fetched as, and the feeds they come from."""

from django.db import models
from django.db.models import Q

from claims.models.languages import Language


class Snapshot(models.Model):
    """The bytes a URL answered with at one moment: what an editor shows to prove what a page said."""

    url = models.URLField(max_length=2048)
    final_url = models.URLField(max_length=2048)
    status_code = models.PositiveSmallIntegerField()
    content_type = models.CharField(max_length=200, blank=True)
    charset = models.CharField(max_length=40, blank=True, help_text="Codec the body was decoded with.")
    headers = models.JSONField(default=dict, blank=True)
    body = models.BinaryField()
    sha256 = models.CharField(max_length=64, db_index=True)
    fetched_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-fetched_at"]

    def __str__(self):
        return f"{self.final_url} @ {self.fetched_at:%Y-%m-%d %H:%M}"


class Feed(models.Model):
    """An RSS or Atom feed the desk follows; beat polls the due ones."""

    url = models.URLField(max_length=2048, unique=True)
    title = models.CharField(max_length=300, blank=True)
    language = models.CharField(max_length=8, choices=Language.choices, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    active = models.BooleanField(default=True)
    poll_interval = models.PositiveIntegerField(default=900, help_text="Seconds between polls.")
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    next_poll_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_error = models.TextField(blank=True)
    error_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["url"]

    def __str__(self):
        return self.title or self.url


class Article(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        FETCHING = "fetching", "Fetching"
        EXTRACTING = "extracting", "Extracting claims"
        EXTRACTED = "extracted", "Extracted"
        DUPLICATE = "duplicate", "Duplicate of another article"
        FAILED = "failed", "Failed"

    # Canonical URL (no fragment, no utm_*); NULL for pasted text. Unique when present.
    url = models.URLField(max_length=2048, null=True, blank=True)
    submitted_url = models.URLField(max_length=2048, blank=True)
    content_sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    title = models.CharField(max_length=500, blank=True)
    publisher = models.CharField(max_length=200, blank=True, help_text='Agency or outlet, e.g. "APA/Reuters/AFP".')
    byline = models.CharField(max_length=300, blank=True)
    language = models.CharField(max_length=8, choices=Language.choices, blank=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    text = models.TextField(blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True)
    error = models.TextField(blank=True)
    recovery_attempts = models.PositiveIntegerField(
        default=0, help_text="Times recovery sent the article round again; past RECOVERY_MAX_ATTEMPTS it fails.")
    snapshot = models.ForeignKey(Snapshot, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    feed = models.ForeignKey(Feed, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates",
        help_text="Another URL served the same text; its claims live on that article.",
    )
    is_sample = models.BooleanField(default=False, help_text="Sample data shipped with the server.")
    submitted_by = models.ForeignKey(
        "auth.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="submitted_articles"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["url"], name="article_url_unique"),
            # Pasted text has no URL: its content hash is its identity.
            models.UniqueConstraint(
                fields=["content_sha256"], condition=Q(url__isnull=True) & ~Q(content_sha256=""),
                name="article_pasted_text_unique",
            ),
            models.CheckConstraint(condition=Q(url__isnull=False) | ~Q(text=""), name="article_has_url_or_text"),
        ]
        permissions = [("ingest_article", "Can ingest articles")]

    def __str__(self):
        return self.title or self.url or f"Article {self.pk}"


class FeedItem(models.Model):
    """One entry of a feed, remembered so each item is ingested once."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="items")
    guid = models.CharField(max_length=1000)
    url = models.URLField(max_length=2048, blank=True)
    title = models.CharField(max_length=500, blank=True)
    summary = models.TextField(blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="feed_items")
    seen_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-published_at", "-seen_at"]
        constraints = [models.UniqueConstraint(fields=["feed", "guid"], name="feeditem_feed_guid_unique")]

    def __str__(self):
        return self.title or self.guid
