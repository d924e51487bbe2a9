"""Articles and collection runs: staff reads (anonymous readers and roles without view permission see none)."""

from django.db.models import Count
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.response import Response

from claims.api import conditional
from claims.api.filters import ArticleFilter, CollectionRunFilter
from claims.api.serializers.articles import ArticleDetailSerializer, ArticleSerializer, CollectionRunSerializer
from claims.api.views.base import BaseViewSet
from claims.api.views.verdicts import ERRORS
from claims.api.visibility import articles_visible, runs_visible
from claims.models import Article, CollectionRun


@extend_schema_view(
    list=extend_schema(summary="Ingested articles (staff)", responses={200: ArticleSerializer(many=True),
                                                                      400: ERRORS[400]}),
    retrieve=extend_schema(summary="One article, with its text and ingest status",
                           responses={200: ArticleDetailSerializer, 404: ERRORS[404]}),
)
class ArticleViewSet(BaseViewSet):
    filterset_class = ArticleFilter
    ordering_fields = ("created_at", "updated_at")
    queryset = Article.objects.none()

    # POST /api/v1/articles/ (ingest: 202 with id and this detail URL as the status URL; a duplicate: 200)
    # is a `create` method here calling claims.services.articles.article_ingest; it comes with that service.

    def get_queryset(self):
        queryset = articles_visible(self.request.user).select_related("submitted_by")
        if self.action == "retrieve":
            queryset = queryset.annotate(claim_count=Count("claims"))
        return queryset

    def get_serializer_class(self):
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer

    def list(self, request, *args, **kwargs):
        return self.list_page(self.get_queryset().defer("text"))

    def retrieve(self, request, *args, **kwargs):
        article = self.get_object()
        return self.conditional_retrieve(
            article, lambda: self.get_serializer(article).data, conditional.object_validators(article)
        )


@extend_schema_view(
    list=extend_schema(summary="Source collection runs (staff)",
                       responses={200: CollectionRunSerializer(many=True), 400: ERRORS[400]}),
    retrieve=extend_schema(summary="One collection run: per-connector counts, errors and timings",
                           responses={200: CollectionRunSerializer, 404: ERRORS[404]}),
)
class CollectionRunViewSet(BaseViewSet):
    filterset_class = CollectionRunFilter
    serializer_class = CollectionRunSerializer
    queryset = CollectionRun.objects.none()

    def get_queryset(self):
        return runs_visible(self.request.user).select_related("requested_by")

    def list(self, request, *args, **kwargs):
        return self.list_page(self.get_queryset())

    def retrieve(self, request, *args, **kwargs):
        # Runs change while they run and carry no updated_at: always answered fresh, without validators.
        return Response(self.get_serializer(self.get_object()).data)
