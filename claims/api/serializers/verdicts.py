"""Verdicts: the public shape (what partners republish), the staff shape, and the write inputs."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse

from claims.api.serializers.common import (
    MAX_ID,
    ArticleBriefSerializer,
    RatingBriefSerializer,
    SafePrimaryKeyRelatedField,
    StrictInputMixin,
    UserBriefSerializer,
)
from claims.api.serializers.evidence import EvidenceBriefSerializer
from claims.api.visibility import claims_visible
from claims.models import Rating, Verdict
from claims.publishing.selectors import is_public, verdict_public_url
from claims.services.workflow import verdict_allowed_actions

PUBLIC_FIELDS = [
    "id", "url", "public_url", "claimreview_url", "slug", "version", "status", "headline", "summary", "body",
    "rating", "claim", "evidence", "correction_note", "supersedes", "published_at", "retracted_at", "updated_at",
]
STAFF_FIELDS = [
    *PUBLIC_FIELDS, "lock_version", "created_by", "authors", "approved_by", "published_by", "submitted_at",
    "approved_at", "created_at",
]


class VerdictClaimSerializer(serializers.Serializer):
    """The claim as this verdict version shows it: speaker, language and article as approved (a later edit
    of the claim or article goes public only through a correction), the rest from the claim."""

    id = serializers.IntegerField(source="claim.id", read_only=True)
    text = serializers.CharField(source="claim.text", read_only=True)
    speaker = serializers.SerializerMethodField()
    language = serializers.SerializerMethodField()
    article = ArticleBriefSerializer(source="article_shown", read_only=True)

    def get_speaker(self, verdict) -> str:
        return verdict.claim_fields()["speaker"]

    def get_language(self, verdict) -> str:
        return verdict.claim_fields()["language"]


class PublicVerdictSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="This verdict in the API.")
    public_url = serializers.SerializerMethodField(help_text="The readable fact check (null until published).")
    claimreview_url = serializers.SerializerMethodField(
        help_text="Its schema.org ClaimReview (JSON-LD); null for readers unless this is the published version "
                  "(a superseded or retracted version is history without ClaimReview markup).")
    rating = RatingBriefSerializer(read_only=True)
    claim = VerdictClaimSerializer(source="*", read_only=True)
    evidence = EvidenceBriefSerializer(source="evidence_shown", many=True, read_only=True,
                                       help_text="Cited evidence, best first, as approved for this version.")

    class Meta:
        model = Verdict
        fields = PUBLIC_FIELDS

    def _link(self, name, verdict):
        return reverse(name, kwargs={"pk": verdict.pk}, request=self.context.get("request"))

    def get_url(self, verdict) -> str:
        return self._link("api:verdict-detail", verdict)

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_public_url(self, verdict):
        return verdict_public_url(verdict) if is_public(verdict) else None

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_claimreview_url(self, verdict):
        # The endpoint answers readers for the published version only: list no link that would be a 404.
        return self._link("api:verdict-claimreview", verdict) if verdict.status == Verdict.Status.PUBLISHED else None


class VerdictSerializer(PublicVerdictSerializer):
    created_by = UserBriefSerializer(read_only=True)
    authors = UserBriefSerializer(many=True, read_only=True)
    approved_by = UserBriefSerializer(read_only=True, allow_null=True)
    published_by = UserBriefSerializer(read_only=True, allow_null=True)

    class Meta(PublicVerdictSerializer.Meta):
        fields = STAFF_FIELDS

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_claimreview_url(self, verdict):
        return self._link("api:verdict-claimreview", verdict)  # staff preview any version's ClaimReview


class VerdictDetailSerializer(VerdictSerializer):
    allowed_actions = serializers.SerializerMethodField(help_text="What you may do with it now.")

    class Meta(VerdictSerializer.Meta):
        fields = [*STAFF_FIELDS, "allowed_actions"]

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_allowed_actions(self, verdict):
        return verdict_allowed_actions(verdict, self.context["request"].user)


@extend_schema_field(OpenApiTypes.INT)
class _ClaimField(SafePrimaryKeyRelatedField):
    def get_queryset(self):
        return claims_visible(self.context["request"].user)


class VerdictWriteSerializer(StrictInputMixin, serializers.Serializer):
    rating = SafePrimaryKeyRelatedField(queryset=Rating.objects.all(), help_text="A rating id from /api/v1/ratings/.")
    headline = serializers.CharField(max_length=75, help_text="Becomes ClaimReview's claimReviewed.")
    summary = serializers.CharField(required=False, allow_blank=True, max_length=5000)
    body = serializers.CharField(required=False, allow_blank=True, max_length=200_000)
    evidence = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID), required=False, max_length=500,
        help_text="Ids of the claim's evidence to cite.",
    )


class VerdictCreateSerializer(VerdictWriteSerializer):
    claim = _ClaimField(help_text="The claim this verdict is on.")


class VerdictUpdateSerializer(VerdictWriteSerializer):
    correction_note = serializers.CharField(required=False, allow_blank=True, max_length=5000)
