"""Admin view of worker heartbeats: read-only proof that beat and a worker are alive."""

from django.contrib import admin
from django.utils import timezone

from workers.models import WorkerHeartbeat

STALE_AFTER_SECONDS = 180  # beat sends one a minute; three missed ones mean trouble


@admin.register(WorkerHeartbeat)
class WorkerHeartbeatAdmin(admin.ModelAdmin):
    list_display = ("hostname", "seen_at", "age", "alive")
    ordering = ("-seen_at",)

    @admin.display(description="seconds ago")
    def age(self, obj):
        return int((timezone.now() - obj.seen_at).total_seconds())

    @admin.display(description="alive", boolean=True)
    def alive(self, obj):
        return self.age(obj) <= STALE_AFTER_SECONDS

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
