"""Claims: the public shape, and the staff one with workflow state."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.api.serializers.common import ArticleBriefSerializer, UserBriefSerializer
from claims.models import Claim
from claims.models.verdicts import article_as_published
from claims.services.workflow import claim_allowed_actions


class PublicClaimSerializer(serializers.ModelSerializer):
    """Speaker, language and article as published (the `published_snapshot` and `published_article`
    annotations), not as edited since."""

    article = serializers.SerializerMethodField()
    speaker = serializers.SerializerMethodField()
    language = serializers.SerializerMethodField()
    status = serializers.SerializerMethodField(help_text="published or retracted: the workflow is internal.")

    def _published(self, claim, name) -> str:
        snapshot = getattr(claim, "published_snapshot", None)
        return snapshot.get(name, "") if snapshot is not None else getattr(claim, name)

    def get_speaker(self, claim) -> str:
        return self._published(claim, "speaker")

    def get_language(self, claim) -> str:
        return self._published(claim, "language")

    @extend_schema_field(serializers.ChoiceField(choices=[Claim.Status.PUBLISHED, Claim.Status.RETRACTED]))
    def get_status(self, claim):
        # The latest public version's state (both names are claim states too); a new verdict drafted after
        # a retraction stays internal until it is published.
        return getattr(claim, "published_status", None) or claim.status

    @extend_schema_field(ArticleBriefSerializer)
    def get_article(self, claim):
        shown = article_as_published(claim.article, getattr(claim, "published_article", None))
        return ArticleBriefSerializer(shown, context=self.context).data

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
