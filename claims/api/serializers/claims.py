"""Claims: a brief shape for verdicts, the public one, and the staff one with workflow state."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.api.serializers.common import ArticleBriefSerializer, UserBriefSerializer
from claims.models import Claim
from claims.services.workflow import claim_allowed_actions


class ClaimBriefSerializer(serializers.ModelSerializer):
    article = ArticleBriefSerializer(read_only=True)

    class Meta:
        model = Claim
        fields = ["id", "text", "speaker", "language", "article"]


class PublicClaimSerializer(serializers.ModelSerializer):
    article = ArticleBriefSerializer(read_only=True)

    class Meta:
        model = Claim
        fields = ["id", "text", "speaker", "language", "status", "article"]


class ClaimSerializer(serializers.ModelSerializer):
    article = ArticleBriefSerializer(read_only=True)
    assignee = UserBriefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Claim
        fields = [
            "id", "text", "speaker", "language", "status", "article", "start", "end", "quantities", "entities",
            "score", "dismiss_reason", "assignee", "created_at", "updated_at",
        ]


class ClaimDetailSerializer(ClaimSerializer):
    allowed_actions = serializers.SerializerMethodField()

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "allowed_actions"]

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_allowed_actions(self, claim):
        return claim_allowed_actions(claim, self.context["request"].user)
