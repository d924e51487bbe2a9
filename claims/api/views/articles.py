"""Articles and collection runs: staff reads (anonymous readers and roles without view permission see none)."""

from django.db.models import Count, Prefetch
from django.urls import reverse
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response

from claims.api import conditional
from claims.api.filters import ArticleFilter, CollectionRunFilter
from claims.api.serializers.articles import (
    ArticleDetailSerializer,
    ArticleIngestSerializer,
    ArticleSerializer,
    CollectionRunSerializer,
)
from claims.api.views.base import BaseViewSet
from claims.api.views.verdicts import ERRORS
from claims.api.visibility import articles_visible, runs_visible
from claims.models import Article, Claim, CollectionRun
from claims.services.articles import article_ingest

_CLAIMS = Prefetch("claims", queryset=Claim.objects.order_by("start"))


@extend_schema_view(
    list=extend_schema(summary="Ingested articles (staff)", responses={200: ArticleSerializer(many=True),
                                                                      400: ERRORS[400]}),
    retrieve=extend_schema(summary="One article, with its text, ingest status and claims",
                           responses={200: ArticleDetailSerializer, 404: ERRORS[404]}),
    create=extend_schema(
        summary="Ingest an article by URL or pasted text",
        description="202 with the new article (fetching and claim extraction run in the background; poll "
                    "`status_url`); 200 with the stored article when the URL or text is already known.",
        request=ArticleIngestSerializer,
        responses={202: ArticleDetailSerializer, 200: ArticleDetailSerializer, 400: ERRORS[400],
                   401: ERRORS[401], 403: ERRORS[403], 413: ERRORS[413]},
    ),
)
class ArticleViewSet(BaseViewSet):
    filterset_class = ArticleFilter
    ordering_fields = ("created_at", "updated_at")
    queryset = Article.objects.none()

    def get_queryset(self):
        queryset = articles_visible(self.request.user).select_related("submitted_by")
        if self.action == "retrieve":
            queryset = queryset.annotate(claim_count=Count("claims")).prefetch_related(_CLAIMS)
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

    def create(self, request, *args, **kwargs):
        if not request.user.has_perm("claims.ingest_article"):
            raise PermissionDenied("Your role may not ingest articles (it needs “claims.ingest_article”).")
        serializer = ArticleIngestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        article, created = article_ingest(**serializer.validated_data, user=request.user)
        article = self._stored(article)
        status_url = request.build_absolute_uri(reverse("api:article-detail", args=[article.pk]))
        data = {**ArticleDetailSerializer(article, context=self.get_serializer_context()).data,
                "status_url": status_url}
        return Response(data, status=status.HTTP_202_ACCEPTED if created else status.HTTP_200_OK,
                        headers={"Location": status_url})

    def _stored(self, article):
        return (Article.objects.select_related("submitted_by").annotate(claim_count=Count("claims"))
                .prefetch_related(_CLAIMS).get(pk=article.pk))


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
