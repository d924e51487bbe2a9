"""Evidence passages: staff see all; everyone else the passages cited by published verdicts."""

from drf_spectacular.utils import extend_schema, extend_schema_view

from claims.api import conditional
from claims.api.filters import EvidenceFilter
from claims.api.permissions import can_view
from claims.api.serializers.evidence import EvidenceSerializer, PublicEvidenceSerializer
from claims.api.views.base import BaseViewSet
from claims.api.views.verdicts import ERRORS
from claims.api.visibility import evidence_visible
from claims.models import Evidence


@extend_schema_view(
    list=extend_schema(summary="Evidence passages", responses={200: EvidenceSerializer(many=True), 400: ERRORS[400]}),
    retrieve=extend_schema(summary="One evidence passage", responses={200: EvidenceSerializer, 404: ERRORS[404]}),
)
class EvidenceViewSet(BaseViewSet):
    filterset_class = EvidenceFilter
    ordering_fields = ("created_at", "updated_at")
    queryset = Evidence.objects.none()

    def get_queryset(self):
        return evidence_visible(self.request.user).select_related("source", "pinned_by").defer("source__text")

    def get_serializer_class(self):
        return EvidenceSerializer if can_view(self.request.user, "evidence") else PublicEvidenceSerializer

    def list(self, request, *args, **kwargs):
        return self.list_page(self.get_queryset())

    def retrieve(self, request, *args, **kwargs):
        item = self.get_object()
        return self.conditional_retrieve(
            item, lambda: self.get_serializer(item).data, conditional.object_validators(item, item.source)
        )
