"""Rating scales and the verdicts editors write, approve, publish, correct and retract."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.dateparse import parse_datetime

from claims.models.articles import Article
from claims.models.claims import Claim
from claims.models.sources import Evidence, Source

# Claim fields an editor may change after extraction and that public outputs show (claim.text is fixed).
CLAIM_SNAPSHOT_FIELDS = ("speaker", "language")


# Article fields public outputs show (ClaimReview appearance, the page, the API's nested article).
ARTICLE_SNAPSHOT_FIELDS = ("title", "url", "publisher", "language", "published_at")


# What public outputs show of a cited passage and its source (the page, the API's verdict and evidence).
EVIDENCE_SNAPSHOT_FIELDS = ("passage", "start", "end", "relevance", "rank", "stance", "editor_stance", "pinned")
SOURCE_SNAPSHOT_FIELDS = ("title", "url", "publisher", "kind", "language", "published_at")
CITED_ORDER = ("-pinned", "rank", "-relevance", "id")  # how a verdict lists its cited evidence


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _datetime(text: str | None):
    return parse_datetime(text) if text else None


def claim_snapshot_of(claim: Claim) -> dict:
    return {name: getattr(claim, name) for name in CLAIM_SNAPSHOT_FIELDS}


def article_snapshot_of(article: Article) -> dict:
    snapshot = {name: getattr(article, name) for name in ARTICLE_SNAPSHOT_FIELDS}
    snapshot["published_at"] = snapshot["published_at"].isoformat() if snapshot["published_at"] else None
    return snapshot


def article_as_published(article: Article, snapshot: dict | None) -> Article:
    """The article as a snapshot shows it (an unsaved copy with the same id), or the live one without."""
    if snapshot is None:
        return article
    shown = Article(pk=article.pk, **{name: snapshot.get(name) or "" for name in ARTICLE_SNAPSHOT_FIELDS})
    shown.url = snapshot.get("url") or None
    shown.published_at = parse_datetime(snapshot["published_at"]) if snapshot.get("published_at") else None
    return shown


def evidence_snapshot_of(items) -> list[dict]:
    """Cited passages in the order shown, each with its source, as JSON."""
    snapshot = []
    for item in items:
        source = {"id": item.source_id, **{name: getattr(item.source, name) for name in SOURCE_SNAPSHOT_FIELDS}}
        source["published_at"] = _iso(source["published_at"])
        snapshot.append({"id": item.pk, **{name: getattr(item, name) for name in EVIDENCE_SNAPSHOT_FIELDS},
                         "source": source})
    return snapshot


def evidence_item_as_published(entry: dict, claim_id: int) -> Evidence:
    """One snapshot entry as an unsaved Evidence (with an unsaved Source) with the stored ids."""
    fields = dict(entry["source"])
    source = Source(pk=fields.pop("id"), **{**fields, "published_at": _datetime(fields.get("published_at"))})
    item = Evidence(pk=entry["id"], claim_id=claim_id, source_id=source.pk,
                    **{name: entry.get(name) for name in EVIDENCE_SNAPSHOT_FIELDS})
    item.source = source
    return item


class RatingScale(models.Model):
    """A desk's set of ratings; exactly one is the default for new verdicts."""

    name = models.CharField(max_length=100, unique=True)
    is_default = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["is_default"], condition=Q(is_default=True), name="one_default_scale")
        ]

    def __str__(self):
        return self.name


class Rating(models.Model):
    """One rating: a German label, an English name, and the number ClaimReview carries."""

    scale = models.ForeignKey(RatingScale, on_delete=models.CASCADE, related_name="ratings")
    label = models.CharField(max_length=100, help_text='Shown to readers, e.g. "Größtenteils falsch".')
    name_en = models.CharField(max_length=100, help_text='English name, e.g. "Mostly false".')
    value = models.PositiveSmallIntegerField(help_text="ClaimReview ratingValue; higher is truer.")
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["scale_id", "-value"]
        constraints = [
            models.UniqueConstraint(fields=["scale", "value"], name="rating_value_unique_in_scale"),
            models.UniqueConstraint(fields=["scale", "label"], name="rating_label_unique_in_scale"),
        ]

    def __str__(self):
        return self.label


class Verdict(models.Model):
    """One version of the desk's verdict on a claim. A correction is a new version."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted for approval"
        APPROVED = "approved", "Approved"
        PUBLISHED = "published", "Published"
        SUPERSEDED = "superseded", "Superseded by a correction"
        RETRACTED = "retracted", "Retracted"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="verdicts")
    version = models.PositiveIntegerField(default=1)
    supersedes = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="superseded_by"
    )
    rating = models.ForeignKey("claims.Rating", on_delete=models.PROTECT, related_name="verdicts")
    headline = models.CharField(max_length=75, help_text="Becomes ClaimReview's claimReviewed (max. 75 characters).")
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    correction_note = models.TextField(blank=True, help_text="Public note saying what this correction changed.")
    # The claim's editable fields as the approver saw them (speaker, language); what this version
    # publishes. Null until approved: a later edit of the claim reaches readers only by a correction.
    claim_snapshot = models.JSONField(null=True, blank=True, editable=False)
    # Likewise the claim's article (title, URL, publisher, language, date): an admin edit of the
    # article after approval does not change what this version published.
    article_snapshot = models.JSONField(null=True, blank=True, editable=False)
    # And the cited evidence (passage, ranks, stances, source title/URL/publisher/date), in the order shown:
    # a later collection run that re-fetches a passage does not change what this version quotes.
    evidence_snapshot = models.JSONField(null=True, blank=True, editable=False)
    evidence = models.ManyToManyField(Evidence, blank=True, related_name="cited_by")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True)
    slug = models.SlugField(max_length=120, blank=True, db_index=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    authors = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="authored_verdicts")
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    retracted_at = models.DateTimeField(null=True, blank=True)
    lock_version = models.PositiveIntegerField(default=1, help_text="Bumped on every change; stale edits are refused.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_at", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim"], condition=Q(status="published"), name="one_published_verdict_per_claim"
            ),
            models.UniqueConstraint(fields=["claim", "version"], name="verdict_version_unique"),
            models.UniqueConstraint(fields=["slug"], condition=Q(status="published"), name="published_slug_unique"),
            # Four eyes, enforced by the database too: whoever wrote it does not approve it.
            models.CheckConstraint(
                condition=Q(approved_by__isnull=True) | ~Q(approved_by=F("created_by")),
                name="verdict_not_self_approved",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False), name="published_has_date"
            ),
        ]
        permissions = [
            ("draft_verdict", "Can draft verdicts"),
            ("approve_verdict", "Can approve verdicts"),
            ("publish_verdict", "Can publish verdicts"),
            ("correct_verdict", "Can correct published verdicts"),
            ("retract_verdict", "Can retract published verdicts"),
        ]

    def __str__(self):
        return f"{self.headline} (v{self.version}, {self.get_status_display()})"

    def claim_fields(self) -> dict:
        """The claim's speaker and language as this version shows them: the approved snapshot, else live."""
        if self.claim_snapshot is not None:
            return {name: self.claim_snapshot.get(name, "") for name in CLAIM_SNAPSHOT_FIELDS}
        return claim_snapshot_of(self.claim)

    def article_shown(self) -> Article:
        """The claim's article as this version shows it: the approved snapshot, else live."""
        return article_as_published(self.claim.article, self.article_snapshot)

    def evidence_shown(self) -> list[Evidence]:
        """The cited evidence as this version shows it: the approved snapshot, else live (prefetched)."""
        if self.evidence_snapshot is None:
            return list(self.evidence.all())
        return [evidence_item_as_published(entry, self.claim_id) for entry in self.evidence_snapshot]
