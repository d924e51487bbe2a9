"""Rating scales and the audit trail: reference data and a read-only log."""

from django.contrib import admin

from claims.admin.base import DeskAdmin, ReadOnlyAdmin
from claims.models import Rating, RatingScale, Transition


class RatingInline(admin.TabularInline):
    model = Rating
    extra = 0


@admin.register(RatingScale)
class RatingScaleAdmin(DeskAdmin):
    list_display = ("name", "is_default")
    inlines = [RatingInline]


@admin.register(Rating)
class RatingAdmin(DeskAdmin):
    list_display = ("label", "name_en", "value", "scale")
    list_filter = ("scale",)
    list_select_related = ("scale",)


@admin.register(Transition)
class TransitionAdmin(ReadOnlyAdmin):
    """The audit trail is written by the services only and never edited."""

    list_display = ("at", "entity", "object_id", "claim_id", "action", "from_state", "to_state", "actor", "note")
    list_filter = ("entity", "action")
    list_select_related = ("actor",)
    search_fields = ("note", "action")

