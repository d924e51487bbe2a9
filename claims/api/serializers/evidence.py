"""Evidence passages: what a verdict cites (public) and the full staff shape."""

from rest_framework import serializers

from claims.api.serializers.common import SourceBriefSerializer, UserBriefSerializer
from claims.models import Evidence
from claims.models.verdicts import evidence_item_as_published

PUBLIC_FIELDS = [
    "id", "claim", "source", "passage", "start", "end", "relevance", "rank", "stance", "editor_stance", "pinned",
]


class EvidenceBriefSerializer(serializers.ModelSerializer):
    """Cited in a verdict: the claim is the verdict's own."""

    source = SourceBriefSerializer(read_only=True)

    class Meta:
        model = Evidence
        fields = [f for f in PUBLIC_FIELDS if f != "claim"]


class PublicEvidenceSerializer(serializers.ModelSerializer):
    """For readers: the passage as the latest public verdict citing it approved it (`published_item`)."""

    source = SourceBriefSerializer(read_only=True)

    class Meta:
        model = Evidence
        fields = PUBLIC_FIELDS

    def to_representation(self, instance):
        entry = getattr(instance, "published_item", None)
        shown = evidence_item_as_published(entry, instance.claim_id) if entry else instance
        return super().to_representation(shown)


class EvidenceSerializer(PublicEvidenceSerializer):
    pinned_by = UserBriefSerializer(read_only=True, allow_null=True)

    class Meta(PublicEvidenceSerializer.Meta):
        fields = [*PUBLIC_FIELDS, "run", "quantities", "pinned_by", "created_at", "updated_at"]
