"""Claims: read by role, triage / dismiss / assign through the workflow services, and their evidence."""

from django.urls import reverse
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view, inline_serializer
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from claims.api import conditional
from claims.api.filters import ClaimFilter
from claims.api.permissions import can_view
from claims.api.serializers.claims import ClaimDetailSerializer, ClaimSerializer, PublicClaimSerializer
from claims.api.serializers.common import AssignSerializer, DismissSerializer, ErrorSerializer, NoteSerializer
from claims.api.serializers.evidence import EvidenceSerializer, PublicEvidenceSerializer
from claims.api.views.base import BaseViewSet
from claims.api.views.verdicts import ERRORS
from claims.api.visibility import claims_visible, evidence_visible, with_published_snapshot
from claims.models import Claim
from claims.services.workflow import claim_assign, claim_dismiss, claim_triage

IF_MATCH_NOTE = "If-Match with the claim's ETag refuses the action (412) when the claim changed since you read it."


def _action_schema(summary, request):
    return extend_schema(
        summary=summary, description=IF_MATCH_NOTE, request=request,
        responses={200: ClaimDetailSerializer, 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403],
                   404: ERRORS[404], 409: ERRORS[409], 412: ERRORS[412], 413: ERRORS[413]},
    )


@extend_schema_view(
    list=extend_schema(summary="Claims (staff: all; others: those with a published verdict)",
                       responses={200: ClaimSerializer(many=True), 400: ERRORS[400]}),
    retrieve=extend_schema(summary="One claim", responses={200: ClaimDetailSerializer, 404: ERRORS[404]}),
)
class ClaimViewSet(BaseViewSet):
    filterset_class = ClaimFilter
    ordering_fields = ("created_at", "updated_at", "score")
    queryset = Claim.objects.none()

    def _staff(self) -> bool:
        return can_view(self.request.user, "claim")

    def get_queryset(self):
        claims = claims_visible(self.request.user).select_related("article", "assignee")
        return claims if self._staff() else with_published_snapshot(claims)

    def cursor_ordering(self, request) -> str:
        ordering = super().cursor_ordering(request)
        if ordering.lstrip("-") == "score" and not self._staff():  # the public shape hides the score
            raise ValidationError({"ordering": "Only staff may order claims by score."})
        return ordering

    def get_serializer_class(self):
        if not self._staff():
            return PublicClaimSerializer
        return ClaimSerializer if self.action == "list" else ClaimDetailSerializer

    def list(self, request, *args, **kwargs):
        return self.list_page(self.get_queryset())

    def retrieve(self, request, *args, **kwargs):
        claim = self.get_object()
        return self.conditional_retrieve(
            claim, lambda: self.get_serializer(claim).data, conditional.object_validators(claim, claim.article)
        )

    def _after(self, claim_id):
        claim = Claim.objects.select_related("article", "assignee").get(pk=claim_id)
        response = Response(ClaimDetailSerializer(claim, context=self.get_serializer_context()).data)
        conditional.set_validators(response, *conditional.object_validators(claim, claim.article))
        return response

    def _checked_claim(self):
        claim = self.get_object()
        conditional.check_if_match(self.request, conditional.object_validators(claim, claim.article)[0])
        return claim

    @_action_schema("Triage a claim: worth checking", NoteSerializer)
    @action(detail=True, methods=["post"])
    def triage(self, request, pk=None):
        claim = self._checked_claim()
        serializer = NoteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        claim_triage(claim=claim, user=request.user, note=serializer.validated_data["note"])
        return self._after(claim.pk)

    @_action_schema("Dismiss a claim (reason required)", DismissSerializer)
    @action(detail=True, methods=["post"])
    def dismiss(self, request, pk=None):
        claim = self._checked_claim()
        serializer = DismissSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        claim_dismiss(claim=claim, user=request.user, reason=serializer.validated_data["reason"])
        return self._after(claim.pk)

    @_action_schema("Assign a claim to someone (null unassigns)", AssignSerializer)
    @action(detail=True, methods=["post"])
    def assign(self, request, pk=None):
        claim = self._checked_claim()
        serializer = AssignSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        claim_assign(claim=claim, user=request.user, assignee=serializer.validated_data["assignee"])
        return self._after(claim.pk)

    @extend_schema(
        summary="Start gathering sources for the claim",
        description="Answers 202 at once with the run id; watch the run at `status_url` (also the Location "
                    "header). A run already under way for the claim is returned instead of a second one.",
        request=None,
        responses={202: inline_serializer("CollectionStarted", {
            "run": serializers.IntegerField(), "status": serializers.CharField(), "status_url": serializers.URLField(),
        }), 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404]},
    )
    @action(detail=True, methods=["post"], url_path="collect-sources")
    def collect_sources(self, request, pk=None):
        from claims.services.collection import sources_collect

        run = sources_collect(claim=self.get_object(), user=request.user)
        url = request.build_absolute_uri(reverse("api:collectionrun-detail", args=[run.pk]))
        return Response({"run": run.pk, "status": run.status, "status_url": url}, status=202, headers={"Location": url})

    @extend_schema(
        summary="The claim's evidence, best first",
        description="Pinned first, then by rank and relevance. `stance` is the numeric agreement "
                    "(agrees | conflicts | no_number); `editor_stance` and `pinned` are the editors' calls.",
        responses={200: EvidenceSerializer(many=True), 404: OpenApiResponse(ErrorSerializer)},
    )
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def evidence(self, request, pk=None):
        claim = self.get_object()
        items = (
            evidence_visible(request.user).filter(claim=claim).select_related("source", "pinned_by")
            .defer("source__text").order_by("-pinned", "rank", "-relevance", "id")
        )
        serializer_class = EvidenceSerializer if can_view(request.user, "evidence") else PublicEvidenceSerializer
        return Response(serializer_class(items, many=True, context=self.get_serializer_context()).data)
