"""Evidence passages: what a verdict cites (public) and the full staff shape."""

from rest_framework import serializers

from claims.api.serializers.common import SourceBriefSerializer, UserBriefSerializer
from claims.models import Evidence

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
    source = SourceBriefSerializer(read_only=True)

    class Meta:
        model = Evidence
        fields = PUBLIC_FIELDS


class EvidenceSerializer(PublicEvidenceSerializer):
    pinned_by = UserBriefSerializer(read_only=True, allow_null=True)

    class Meta(PublicEvidenceSerializer.Meta):
        fields = [*PUBLIC_FIELDS, "run", "quantities", "pinned_by", "created_at", "updated_at"]
