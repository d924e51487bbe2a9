"""Per-user querysets: staff roles see what their view permission allows, everyone else the public part."""

from django.db.models import Exists, F, Func, JSONField, OuterRef, QuerySet, Subquery, TextField
from django.db.models.expressions import RawSQL
from django.db.models.fields.json import KT
from django.db.models.functions import Coalesce, JSONObject

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
    """What the claim's latest public verdict version shows, so the public claim shape (and the filters
    readers use on it) does not reveal edits or workflow that no publication has made public:
    `published_snapshot` / `published_article` (speaker, language, article as approved),
    `published_speaker` / `published_language` (the same as text, for filters) and `published_status`
    (published or retracted)."""
    latest = Verdict.objects.filter(public_q(), claim=OuterRef("pk")).order_by("-version")

    def shown(name):  # a version approved before snapshots existed shows the claim as it is
        return Coalesce(Subquery(latest.values(value=KT(f"claim_snapshot__{name}"))[:1]), F(name),
                        output_field=TextField())

    return claims.annotate(published_snapshot=Subquery(latest.values("claim_snapshot")[:1]),
                           published_article=Subquery(latest.values("article_snapshot")[:1]),
                           published_speaker=shown("speaker"), published_language=shown("language"),
                           published_status=Subquery(latest.values("status")[:1]))


def _snapshot_entry(snapshot, evidence_id) -> Func:
    """The entry of a verdict's evidence_snapshot with this evidence id (null if none)."""
    path = RawSQL("'$[*] ? (@.id == $id)'::jsonpath", ())
    return Func(snapshot, path, JSONObject(id=evidence_id), function="jsonb_path_query_first",
                output_field=JSONField())


def evidence_visible(user) -> QuerySet:
    """Staff: all evidence. Others: the passages public versions cite, each annotated `published_item`,
    what the latest public version citing it shows (its approved snapshot), not the row as re-collected."""
    if can_view(user, "evidence"):
        return Evidence.objects.all()
    cited = Verdict.evidence.through.objects.filter(public_q("verdict__"), evidence=OuterRef("pk"))
    shown = cited.order_by("-verdict__version").values(
        item=_snapshot_entry(F("verdict__evidence_snapshot"), F("evidence_id")))[:1]
    return Evidence.objects.filter(Exists(cited)).annotate(published_item=Subquery(shown, output_field=JSONField()))


def articles_visible(user) -> QuerySet:
    return Article.objects.all() if can_view(user, "article") else Article.objects.none()


def runs_visible(user) -> QuerySet:
    return CollectionRun.objects.all() if can_view(user, "collectionrun") else CollectionRun.objects.none()
