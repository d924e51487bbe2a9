"""Reads of what the public may see: published verdicts, their history, and their public URLs."""

from django.conf import settings
from django.db.models import Count, Max, Prefetch, Q, QuerySet
from django.urls import reverse

from claims.models import Evidence, Verdict
from claims.models.verdicts import CITED_ORDER

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
    cited = Evidence.objects.select_related("source").defer("source__text").order_by(*CITED_ORDER)
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


def first_published_dates(verdicts) -> dict:
    """verdict id -> when its fact check first went public: the first version of its chain of corrections
    (followed through `supersedes`; a new verdict after a retraction starts its own chain, even under the
    same slug). One query for a page of verdicts."""
    dates = {v.pk: v.published_at for v in verdicts if not v.supersedes_id}
    corrected = [v for v in verdicts if v.supersedes_id]
    if corrected:
        rows = Verdict.objects.filter(claim_id__in={v.claim_id for v in corrected}).values_list(
            "pk", "supersedes_id", "published_at")
        links = {pk: (previous, published) for pk, previous, published in rows}
        for verdict in corrected:
            root = verdict.supersedes_id
            while links[root][0] is not None:
                root = links[root][0]
            dates[verdict.pk] = links[root][1] or verdict.published_at
    return dates


def verdict_first_published_at(verdict: Verdict):
    """When the fact check first went public: a correction keeps the original's date."""
    return first_published_dates([verdict])[verdict.pk]


def absolute(path: str) -> str:
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


def verdict_public_url(verdict: Verdict) -> str:
    """The fact check's page: the desk's CMS when CLAIMREVIEW_URL_TEMPLATE says so, else our own page."""
    template = settings.CLAIMREVIEW_URL_TEMPLATE
    if template:
        return template.format(slug=verdict.slug, id=verdict.pk, claim=verdict.claim_id)
    return absolute(reverse("public-verdict", kwargs={"slug": verdict.slug}))
