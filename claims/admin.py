"""Django admin registrations for every model of the desk."""

from django.contrib import admin

from claims import models


@admin.register(models.Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("__str__", "publisher", "language", "status", "published_at", "is_sample", "created_at")
    list_filter = ("status", "language", "is_sample", "publisher")
    search_fields = ("title", "url", "text")
    readonly_fields = ("content_sha256", "snapshot", "created_at", "updated_at")


@admin.register(models.Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ("__str__", "speaker", "language", "score", "status", "assignee", "created_at")
    list_filter = ("status", "language")
    search_fields = ("text", "speaker")
    raw_id_fields = ("article", "assignee")


@admin.register(models.Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("__str__", "publisher", "kind", "language", "fetched_at")
    list_filter = ("kind", "language")
    search_fields = ("title", "url")


@admin.register(models.Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ("claim", "source", "relevance", "rank", "stance", "pinned")
    list_filter = ("stance", "pinned")
    raw_id_fields = ("claim", "source", "run")


@admin.register(models.CollectionRun)
class CollectionRunAdmin(admin.ModelAdmin):
    list_display = ("__str__", "status", "candidates", "evidence_count", "created_at", "finished_at")
    list_filter = ("status",)
    raw_id_fields = ("claim",)


class RatingInline(admin.TabularInline):
    model = models.Rating
    extra = 0


@admin.register(models.RatingScale)
class RatingScaleAdmin(admin.ModelAdmin):
    list_display = ("name", "is_default")
    inlines = [RatingInline]


@admin.register(models.Rating)
class RatingAdmin(admin.ModelAdmin):
    list_display = ("label", "name_en", "value", "scale")
    list_filter = ("scale",)


@admin.register(models.Verdict)
class VerdictAdmin(admin.ModelAdmin):
    list_display = ("headline", "claim", "version", "rating", "status", "published_at")
    list_filter = ("status", "rating")
    search_fields = ("headline", "summary")
    raw_id_fields = ("claim", "supersedes")


@admin.register(models.Transition)
class TransitionAdmin(admin.ModelAdmin):
    list_display = ("at", "entity", "object_id", "action", "from_state", "to_state", "actor")
    list_filter = ("entity", "action")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(models.Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ("__str__", "language", "active", "poll_interval", "last_polled_at", "last_error")
    list_filter = ("active", "language")


@admin.register(models.FeedItem)
class FeedItemAdmin(admin.ModelAdmin):
    list_display = ("__str__", "feed", "published_at", "article")
    raw_id_fields = ("feed", "article")


@admin.register(models.Snapshot)
class SnapshotAdmin(admin.ModelAdmin):
    list_display = ("final_url", "status_code", "content_type", "sha256", "fetched_at")
    exclude = ("body",)
