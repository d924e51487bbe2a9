"""Shapes shared by several resources: brief nested objects, safe id fields, action inputs, errors."""

from django.contrib.auth import get_user_model
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import Article, Rating, Source

MAX_ID = 2**62


class StrictInputMixin:
    """Refuse fields the input does not accept (status, published_by, ...) instead of silently ignoring them."""

    def to_internal_value(self, data):
        if isinstance(data, dict):
            writable = {name for name, field in self.fields.items() if not field.read_only}
            extra = sorted(str(k)[:40] for k in data if k not in writable)
            if extra:
                raise serializers.ValidationError(
                    {name: ["This field cannot be set here."] for name in extra}, code="read_only_field"
                )
        return super().to_internal_value(data)


@extend_schema_field(OpenApiTypes.INT)
class SafePrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    """An id that is checked to be a sane integer before the database sees it (10**30 is not a 500)."""

    def to_internal_value(self, data):
        text = str(data)
        if isinstance(data, bool) or not isinstance(data, (int, str)) or not (text.isascii() and text.isdigit()):
            self.fail("incorrect_type", data_type=type(data).__name__)
        if not 1 <= int(data) <= MAX_ID:
            self.fail("does_not_exist", pk_value=str(data)[:30])
        return super().to_internal_value(int(data))


class SafeDateTimeField(serializers.DateTimeField):
    """DRF's, but a naive time at the edge of the calendar (0001-01-01T00:00:00, read in our zone) is
    refused as out of range: DRF's own check converts it to UTC and overflows."""

    def enforce_timezone(self, value):
        try:
            return super().enforce_timezone(value)
        except OverflowError:
            self.fail("overflow")


class UserBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = ["id", "username"]


class RatingSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="name_en", read_only=True, help_text="English name.")
    scale = serializers.CharField(source="scale.name", read_only=True)
    is_default_scale = serializers.BooleanField(source="scale.is_default", read_only=True)

    class Meta:
        model = Rating
        fields = ["id", "scale", "is_default_scale", "label", "name", "value", "description"]


class RatingBriefSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="name_en", read_only=True)

    class Meta:
        model = Rating
        fields = ["id", "label", "name", "value"]


class ArticleBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ["id", "title", "url", "publisher", "language", "published_at"]


class SourceBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "title", "url", "publisher", "kind", "language", "published_at"]


class NoteSerializer(StrictInputMixin, serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, max_length=5000, default="",
                                 help_text="Why; required for return, correct and retract (it is shown publicly "
                                           "for corrections and retractions).")


class DismissSerializer(StrictInputMixin, serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, max_length=5000,
                                   help_text="Why the claim is not worth checking (required; `note` works too).")
    note = serializers.CharField(required=False, allow_blank=True, max_length=5000)

    def validate(self, attrs):
        reason = (attrs.get("reason") or attrs.get("note") or "").strip()
        if not reason:
            raise serializers.ValidationError({"reason": ["Dismissing a claim needs a reason."]}, code="required")
        return {"reason": reason}


class AssignSerializer(StrictInputMixin, serializers.Serializer):
    assignee = SafePrimaryKeyRelatedField(
        queryset=get_user_model().objects.filter(is_active=True), allow_null=True,
        help_text="User id, or null to unassign.",
    )


class ErrorSerializer(serializers.Serializer):
    """Every 4xx answer: `detail` for people, `code` for programs, and what else helps."""

    detail = serializers.CharField()
    code = serializers.CharField()
    errors = serializers.DictField(required=False, help_text="Field -> problems (validation errors only).")


class TransitionErrorSerializer(ErrorSerializer):
    allowed = serializers.ListField(child=serializers.CharField(), required=False)
    current = serializers.CharField(required=False)
