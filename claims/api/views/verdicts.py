"""Verdicts: the public list and detail, ClaimReview, and the editorial workflow through the services."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.reverse import reverse

from claims.api import conditional
from claims.api.caching import cached_public_hit, rendered_response
from claims.api.filters import StrictOrderingFilter, VerdictFilter
from claims.api.permissions import can_view
from claims.api.renderers import JSONLDRenderer
from claims.api.serializers.common import ErrorSerializer, NoteSerializer, TransitionErrorSerializer
from claims.api.serializers.verdicts import (
    PublicVerdictSerializer,
    VerdictCreateSerializer,
    VerdictDetailSerializer,
    VerdictSerializer,
    VerdictUpdateSerializer,
)
from claims.api.views.base import BaseViewSet
from claims.api.visibility import verdicts_visible
from claims.models import Verdict
from claims.publishing.claimreview import claimreview_build
from claims.publishing.selectors import verdicts_with_relations
from claims.services.workflow import verdict_draft, verdict_transition, verdict_update

V = Verdict.Status
ERRORS = {
    400: OpenApiResponse(ErrorSerializer, "Bad input; `detail` names the problem."),
    401: OpenApiResponse(ErrorSerializer, "Not logged in."),
    403: OpenApiResponse(ErrorSerializer, "Your role may not do this (or four eyes)."),
    404: OpenApiResponse(ErrorSerializer, "No such verdict, or not visible to you."),
    409: OpenApiResponse(TransitionErrorSerializer, "Not allowed in the current state; `allowed` says what is."),
    412: OpenApiResponse(ErrorSerializer, "If-Match names an outdated version."),
    413: OpenApiResponse(ErrorSerializer, "Body too large."),
}
IF_MATCH = OpenApiParameter(
    "If-Match", OpenApiTypes.STR, OpenApiParameter.HEADER, required=False,
    description="The ETag you read; a stale one gets 412 instead of overwriting someone's change.",
)


def _errors(*codes):
    return {code: ERRORS[code] for code in codes}


def _transition_schema(name, doc, created=False):
    ok = {201: VerdictDetailSerializer} if created else {200: VerdictDetailSerializer}
    return extend_schema(
        summary=doc, request=NoteSerializer, parameters=[IF_MATCH],
        responses={**ok, **_errors(400, 401, 403, 404, 409, 412, 413)},
    )


@extend_schema_view(
    list=extend_schema(
        summary="Published verdicts, newest first",
        description="Anonymous readers and roles without view_verdict see published verdicts; staff may filter "
                    "by `status`. Cursor-paginated; `page_size` is capped at 100.",
        responses={200: VerdictSerializer(many=True), 400: ERRORS[400]},
    ),
    retrieve=extend_schema(summary="One verdict", responses={200: VerdictDetailSerializer, 404: ERRORS[404]}),
    create=extend_schema(
        summary="Draft a verdict on a claim", request=VerdictCreateSerializer,
        responses={201: VerdictDetailSerializer, **_errors(400, 401, 403, 409, 413)},
    ),
    partial_update=extend_schema(
        summary="Edit a verdict that is not yet published", request=VerdictUpdateSerializer, parameters=[IF_MATCH],
        responses={200: VerdictDetailSerializer, **_errors(400, 401, 403, 404, 409, 412, 413)},
    ),
)
class VerdictViewSet(BaseViewSet):
    filterset_class = VerdictFilter
    ordering_fields = ("published_at", "updated_at", "created_at")
    http_method_names = ["get", "post", "patch", "head", "options"]
    queryset = Verdict.objects.none()  # for the schema; get_queryset decides per user

    def _staff(self) -> bool:
        return can_view(self.request.user, "verdict")

    def get_queryset(self):
        queryset = verdicts_visible(self.request.user)
        if self.action == "list" and (not self._staff() or "status" not in self.request.query_params):
            queryset = queryset.filter(status=V.PUBLISHED)
        return self._with_relations(queryset, staff=self._staff())

    @staticmethod
    def _with_relations(queryset, *, staff):
        queryset = verdicts_with_relations(queryset)
        if staff:
            queryset = queryset.select_related("created_by", "approved_by", "published_by").prefetch_related("authors")
        return queryset

    def get_serializer_class(self):
        if not self._staff():
            return PublicVerdictSerializer
        return VerdictSerializer if self.action == "list" else VerdictDetailSerializer

    def cursor_ordering(self, request) -> str:
        statuses = set(request.query_params.getlist("status")) if self._staff() else set()
        only_published = not statuses or statuses == {V.PUBLISHED}
        requested = StrictOrderingFilter.requested(request, self)
        if requested and requested.lstrip("-") == "published_at" and not only_published:
            raise ValidationError({"ordering": "Only published verdicts can be ordered by published_at."})
        return requested or ("-published_at" if only_published else "-created_at")

    def dispatch(self, request, *args, **kwargs):
        if self.action_map.get(request.method.lower()) == "list":  # self.action is set later, by DRF
            hit = cached_public_hit(self, request, "verdicts")
            if hit is not None:
                return hit
        return super().dispatch(request, *args, **kwargs)

    def list(self, request, *args, **kwargs):
        def build():
            response = self.list_page(self.get_queryset())
            return response.data

        return rendered_response(self, request, build, public_cache_prefix="verdicts")

    def retrieve(self, request, *args, **kwargs):
        verdict = self.get_object()
        return self.conditional_retrieve(
            verdict, lambda: self.get_serializer(verdict).data, conditional.verdict_validators(verdict)
        )

    def _detail(self, verdict_id, status_code=status.HTTP_200_OK):
        # After a write the writer sees the staff shape, whatever the list would show them.
        verdict = self._with_relations(Verdict.objects.filter(pk=verdict_id), staff=True).get()
        data = VerdictDetailSerializer(verdict, context=self.get_serializer_context()).data
        etag, last_modified = conditional.verdict_validators(verdict)
        response = Response(data, status=status_code)
        conditional.set_validators(response, etag, last_modified)
        if status_code == status.HTTP_201_CREATED:
            response["Location"] = reverse("api:verdict-detail", kwargs={"pk": verdict.pk}, request=self.request)
        return response

    def create(self, request, *args, **kwargs):
        serializer = VerdictCreateSerializer(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        verdict = verdict_draft(
            claim=data["claim"], user=request.user, rating=data["rating"], headline=data["headline"],
            summary=data.get("summary", ""), body=data.get("body", ""), evidence=data.get("evidence", ()),
        )
        return self._detail(verdict.pk, status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        verdict = self.get_object()
        serializer = VerdictUpdateSerializer(data=request.data, partial=True, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        fields = dict(serializer.validated_data)
        if not fields:
            raise ValidationError({"detail": "Nothing to change: send at least one of "
                                             f"{', '.join(VerdictUpdateSerializer().fields)}."}, code="empty")
        evidence = fields.pop("evidence", None)
        verdict_update(
            verdict=verdict, user=request.user, expected_version=conditional.expected_version(request, verdict.pk),
            evidence=evidence, **fields,
        )
        return self._detail(verdict.pk)

    def _transition(self, request, action_name):
        verdict = self.get_object()
        serializer = NoteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        result = verdict_transition(
            verdict=verdict, user=request.user, action=action_name, note=serializer.validated_data["note"],
            expected_version=conditional.expected_version(request, verdict.pk),
        )
        created = result.pk != verdict.pk  # a correction is a new version
        return self._detail(result.pk, status.HTTP_201_CREATED if created else status.HTTP_200_OK)

    @_transition_schema("submit", "Submit a draft for approval")
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        return self._transition(request, "submit")

    @_transition_schema("return", "Send a submitted or approved verdict back to its authors (note required)")
    @action(detail=True, methods=["post"], url_path="return", url_name="return")
    def return_(self, request, pk=None):
        return self._transition(request, "return")

    @_transition_schema("approve", "Approve (four eyes: not by one of its authors)")
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        return self._transition(request, "approve")

    @_transition_schema("publish", "Publish an approved verdict")
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        return self._transition(request, "publish")

    @_transition_schema("correct", "Start a correction of a published verdict (note required); 201 with the new "
                                   "draft version", created=True)
    @action(detail=True, methods=["post"])
    def correct(self, request, pk=None):
        return self._transition(request, "correct")

    @_transition_schema("retract", "Retract a published verdict (note required, shown publicly)")
    @action(detail=True, methods=["post"])
    def retract(self, request, pk=None):
        return self._transition(request, "retract")

    @extend_schema(
        summary="The verdict as schema.org ClaimReview (JSON-LD)",
        responses={(200, "application/ld+json"): OpenApiTypes.OBJECT, (200, "application/json"): OpenApiTypes.OBJECT,
                   404: ERRORS[404]},
    )
    @action(detail=True, methods=["get"], renderer_classes=[JSONLDRenderer, JSONRenderer], filter_backends=[])
    def claimreview(self, request, pk=None):
        verdict = self.get_object()
        if verdict.status != V.PUBLISHED and not self._staff():
            raise NotFound(f"Verdict {verdict.pk} is {verdict.status}: only published verdicts have a ClaimReview.")
        etag, last_modified = conditional.verdict_validators(verdict)
        return self.conditional_retrieve(
            verdict, lambda: claimreview_build(verdict), (etag[:-1] + '.cr"', last_modified)
        )
