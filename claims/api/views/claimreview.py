"""The DataFeed of every published ClaimReview, newest first, a cursor page at a time."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.renderers import JSONRenderer

from claims.api.caching import rendered_response
from claims.api.renderers import JSONLDRenderer
from claims.api.views.base import BaseViewSet
from claims.api.views.verdicts import ERRORS
from claims.models import Verdict
from claims.publishing.claimreview import datafeed_build
from claims.publishing.selectors import first_published_dates, verdicts_published


@extend_schema_view(
    list=extend_schema(
        summary="All published ClaimReviews as a schema.org DataFeed",
        description="`next` / `previous` link the cursor pages; `page_size` is capped at 100.",
        responses={(200, "application/ld+json"): OpenApiTypes.OBJECT, (200, "application/json"): OpenApiTypes.OBJECT,
                   400: ERRORS[400], 404: ERRORS[404]},
    ),
)
class ClaimReviewFeedViewSet(BaseViewSet):
    renderer_classes = [JSONLDRenderer, JSONRenderer]
    filter_backends = []
    ordering_fields = ("published_at",)
    default_ordering = "-published_at"
    queryset = Verdict.objects.none()

    def get_queryset(self):
        return verdicts_published().select_related("claim", "claim__article", "rating")

    def list(self, request, *args, **kwargs):
        def build():
            page = self.paginate_queryset(self.get_queryset())
            feed = datafeed_build(page, url=request.build_absolute_uri(), first_dates=first_published_dates(page))
            feed["next"] = self.paginator.get_next_link()
            feed["previous"] = self.paginator.get_previous_link()
            return feed

        return rendered_response(self, request, build, public_cache_prefix="claimreview")
