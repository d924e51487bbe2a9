"""Per-user querysets: staff roles see what their view permission allows, everyone else the public part."""

from django.db.models import Exists, OuterRef, QuerySet, Subquery

from claims.api.permissions import can_view
from claims.models import Article, Claim, CollectionRun, Evidence, Verdict
from claims.publishing.selectors import public_q, verdicts_public


def verdicts_visible(user) -> QuerySet:
    if can_view(user, "verdict"):
        return Verdict.objects.all()
    return verdicts_public()


def claims_visible(user) -> QuerySet:
    if can_view(user, "claim"):
        return Claim.objects.all()
    public = Verdict.objects.filter(public_q(), claim=OuterRef("pk"))
    return Claim.objects.filter(Exists(public))


def with_published_snapshot(claims: QuerySet) -> QuerySet:
    """`published_snapshot` / `published_article`: speaker, language and article as the claim's latest
    public verdict version shows them, so the public claim shape does not reveal edits that no
    correction has published yet."""
    latest = Verdict.objects.filter(public_q(), claim=OuterRef("pk")).order_by("-version")
    return claims.annotate(published_snapshot=Subquery(latest.values("claim_snapshot")[:1]),
                           published_article=Subquery(latest.values("article_snapshot")[:1]))


def evidence_visible(user) -> QuerySet:
    if can_view(user, "evidence"):
        return Evidence.objects.all()
    cited = Verdict.evidence.through.objects.filter(public_q("verdict__"), evidence=OuterRef("pk"))
    return Evidence.objects.filter(Exists(cited))


def articles_visible(user) -> QuerySet:
    return Article.objects.all() if can_view(user, "article") else Article.objects.none()


def runs_visible(user) -> QuerySet:
    return CollectionRun.objects.all() if can_view(user, "collectionrun") else CollectionRun.objects.none()
