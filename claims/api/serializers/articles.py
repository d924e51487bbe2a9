"""Articles the desk ingested (staff only) and the collection runs that gathered sources for claims."""

from rest_framework import serializers

from claims.api.serializers.common import SafeDateTimeField, StrictInputMixin, UserBriefSerializer
from claims.models import Article, Claim, CollectionRun
from claims.models.languages import Language
from claims.services.articles import MAX_TEXT_CHARS

ARTICLE_FIELDS = [
    "id", "url", "submitted_url", "title", "publisher", "byline", "language", "published_at", "status", "error",
    "is_sample", "feed", "submitted_by", "created_at", "updated_at",
]


class ArticleSerializer(serializers.ModelSerializer):
    submitted_by = UserBriefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Article
        fields = ARTICLE_FIELDS


class ArticleClaimSerializer(serializers.ModelSerializer):
    class Meta:
        model = Claim
        fields = ["id", "text", "start", "end", "speaker", "language", "score", "status", "quantities"]


class ArticleDetailSerializer(ArticleSerializer):
    claim_count = serializers.IntegerField(read_only=True)
    claims = ArticleClaimSerializer(many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [*ARTICLE_FIELDS, "content_sha256", "duplicate_of", "claim_count", "text", "claims"]


class ArticleIngestSerializer(StrictInputMixin, serializers.Serializer):
    """Either `url` or `text` (with optional metadata); the service checks the URL itself."""

    url = serializers.CharField(required=False, max_length=2048, trim_whitespace=True)
    text = serializers.CharField(required=False, max_length=MAX_TEXT_CHARS, trim_whitespace=False)
    title = serializers.CharField(required=False, allow_blank=True, max_length=500, default="")
    language = serializers.ChoiceField(choices=Language.choices, required=False, allow_blank=True, default="")
    publisher = serializers.CharField(required=False, allow_blank=True, max_length=200, default="")
    published_at = SafeDateTimeField(required=False, allow_null=True, default=None)

    def validate(self, attrs):
        if bool(attrs.get("url")) == bool(attrs.get("text")):
            raise serializers.ValidationError("Give either `url` or `text`, not both and not neither.")
        return attrs


class CollectionRunSerializer(serializers.ModelSerializer):
    requested_by = UserBriefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = CollectionRun
        fields = [
            "id", "claim", "status", "requested_by", "connectors", "errors", "candidates", "evidence_count",
            "created_at", "started_at", "finished_at",
        ]
