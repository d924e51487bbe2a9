"""Articles the desk ingested (staff only) and the collection runs that gathered sources for claims."""

from rest_framework import serializers

from claims.api.serializers.common import UserBriefSerializer
from claims.models import Article, CollectionRun

ARTICLE_FIELDS = [
    "id", "url", "submitted_url", "title", "publisher", "byline", "language", "published_at", "status", "error",
    "is_sample", "feed", "submitted_by", "created_at", "updated_at",
]


class ArticleSerializer(serializers.ModelSerializer):
    submitted_by = UserBriefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Article
        fields = ARTICLE_FIELDS


class ArticleDetailSerializer(ArticleSerializer):
    claim_count = serializers.IntegerField(read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [*ARTICLE_FIELDS, "content_sha256", "claim_count", "text"]


class CollectionRunSerializer(serializers.ModelSerializer):
    requested_by = UserBriefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = CollectionRun
        fields = [
            "id", "claim", "status", "requested_by", "connectors", "errors", "candidates", "evidence_count",
            "created_at", "started_at", "finished_at",
        ]
