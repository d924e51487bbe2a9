"""Reads of what the public may see: published verdicts, their history, and their public URLs."""

from django.conf import settings
from django.db.models import Count, Max, Prefetch, Q, QuerySet
from django.urls import reverse

from claims.models import Evidence, Verdict

V = Verdict.Status
# Once published, a version stays readable: superseded ones are the correction history, retracted ones
# carry the retraction notice. Lists show only what is published now.
PUBLIC_STATES = (V.PUBLISHED, V.SUPERSEDED, V.RETRACTED)


def public_q(prefix: str = "") -> Q:
    """Versions the public may read: a correction draft retracted along with its verdict was never
    published (no published_at), so its unreviewed text stays private."""
    return Q(**{f"{prefix}status__in": PUBLIC_STATES, f"{prefix}published_at__isnull": False})


def is_public(verdict) -> bool:
    return verdict.status in PUBLIC_STATES and verdict.published_at is not None


def cited_evidence_prefetch() -> Prefetch:
    # A source's full text can be megabytes: the verdict shows only the passage.
    cited = Evidence.objects.select_related("source").defer("source__text").order_by("-pinned", "rank", "-relevance",
                                                                                        "id")
    return Prefetch("evidence", queryset=cited)


def verdicts_with_relations(queryset: QuerySet) -> QuerySet:
    """What a verdict's representation reads, in a fixed number of queries whatever the page size."""
    return (
        queryset.select_related("claim", "claim__article", "rating", "rating__scale")
        .defer("claim__article__text")  # the article's full text is not part of a verdict
        .prefetch_related(cited_evidence_prefetch())
    )


def verdicts_published() -> QuerySet:
    return Verdict.objects.filter(status=V.PUBLISHED)


def verdicts_public() -> QuerySet:
    return Verdict.objects.filter(public_q())


def published_stamp() -> tuple:
    """Changes whenever a verdict is published, corrected, edited or retracted: the key of cached lists."""
    row = verdicts_public().aggregate(latest=Max("updated_at"), count=Count("id"))
    return row["latest"], row["count"]


def verdict_public_by_slug(slug: str) -> Verdict | None:
    """The version a reader should see at /verdicts/<slug>/: the published one, else the retracted one."""
    candidates = verdicts_with_relations(Verdict.objects.filter(
        public_q(), slug=slug, status__in=(V.PUBLISHED, V.RETRACTED)))
    return candidates.order_by("-version").first()


def verdict_history(verdict: Verdict) -> list[Verdict]:
    """Earlier public versions of the same fact check (newest first), each with its correction note."""
    return list(
        Verdict.objects.filter(public_q(), claim_id=verdict.claim_id, version__lt=verdict.version)
        .select_related("rating")
        .order_by("-version")
    )


def verdict_first_published_at(verdict: Verdict):
    """When the fact check first went public: a correction keeps the original's date."""
    if not verdict.supersedes_id:
        return verdict.published_at
    first = (
        Verdict.objects.filter(claim_id=verdict.claim_id, slug=verdict.slug, published_at__isnull=False)
        .order_by("version")
        .values_list("published_at", flat=True)
        .first()
    )
    return first or verdict.published_at


def absolute(path: str) -> str:
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


def verdict_public_url(verdict: Verdict) -> str:
    """The fact check's page: the desk's CMS when CLAIMREVIEW_URL_TEMPLATE says so, else our own page."""
    template = settings.CLAIMREVIEW_URL_TEMPLATE
    if template:
        return template.format(slug=verdict.slug, id=verdict.pk, claim=verdict.claim_id)
    return absolute(reverse("public-verdict", kwargs={"slug": verdict.slug}))
