"""The rating scale: public, small, unpaginated."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.response import Response

from claims.api.serializers.common import RatingSerializer
from claims.api.views.base import BaseViewSet
from claims.api.views.verdicts import ERRORS
from claims.models import Rating


@extend_schema_view(
    list=extend_schema(summary="Ratings of every scale, truest first; the default scale is marked"),
    retrieve=extend_schema(summary="One rating", responses={200: RatingSerializer, 404: ERRORS[404]}),
)
class RatingViewSet(BaseViewSet):
    serializer_class = RatingSerializer
    pagination_class = None
    filter_backends = []
    queryset = Rating.objects.select_related("scale").order_by("-scale__is_default", "scale__name", "-value")

    def list(self, request, *args, **kwargs):
        return Response(self.get_serializer(self.get_queryset(), many=True).data)

    def retrieve(self, request, *args, **kwargs):
        return Response(self.get_serializer(self.get_object()).data)
