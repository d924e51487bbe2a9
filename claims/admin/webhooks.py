"""Partners' webhook subscriptions, their deliveries and each attempt (read-only logs)."""

from django import forms
from django.contrib import admin, messages

from claims.admin.base import DeskAdmin
from claims.models.webhooks import WEBHOOK_EVENTS, WebhookAttempt, WebhookDelivery, WebhookSubscription


class WebhookSubscriptionForm(forms.ModelForm):
    url = forms.URLField(max_length=2048, assume_scheme="https", help_text=WebhookSubscription._meta.get_field(
        "url").help_text)
    events = forms.MultipleChoiceField(choices=WEBHOOK_EVENTS, widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = WebhookSubscription
        fields = ["name", "url", "events", "active"]

    def clean_url(self):
        # Refuse what the fetcher would refuse (private addresses, odd schemes) when it is typed in.
        from workers.fetch import FetchError, check_url

        url = self.cleaned_data["url"]
        try:
            check_url(url)
        except FetchError as exc:
            raise forms.ValidationError(exc.message) from None
        return url


class AttemptInline(admin.TabularInline):
    model = WebhookAttempt
    extra = 0
    can_delete = False
    fields = ("number", "started_at", "duration_ms", "status_code", "ok", "error", "response_excerpt")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(WebhookSubscription)
class WebhookSubscriptionAdmin(DeskAdmin):
    form = WebhookSubscriptionForm
    list_display = ("name", "url", "events", "active", "created_at")
    list_filter = ("active",)
    search_fields = ("name", "url")
    readonly_fields = ("secret_hint", "created_by", "created_at")
    actions = ["rotate_secret"]

    # The signing key is shown once, when it is made: a page that shows it for good leaks it to every
    # later reader of the admin (and its screenshots); a partner who lost it gets a new one.
    @admin.display(description="secret")
    def secret_hint(self, obj):
        if not obj.pk:
            return "made when the subscription is saved, and shown once then"
        return f"…{obj.secret[-4:]} (shown once when made; rotate it to issue a new one)"

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        if not change:
            self._show_once(request, obj)

    def _show_once(self, request, obj):
        self.message_user(
            request,
            f"Signing secret of “{obj.name}”: {obj.secret} — give it to the partner now; it is not shown again.",
            messages.WARNING,
        )

    @admin.action(description="Rotate the signing secret (shown once)", permissions=["change"])
    def rotate_secret(self, request, queryset):
        from claims.models.webhooks import _new_secret

        for subscription in queryset:
            subscription.secret = _new_secret()
            subscription.save(update_fields=["secret"])
            self._show_once(request, subscription)


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(DeskAdmin):
    list_display = ("event", "verdict", "subscription", "status", "attempts", "next_attempt_at", "delivered_at")
    list_filter = ("status", "event")
    list_select_related = ("subscription", "verdict")
    readonly_fields = ("uid", "subscription", "event", "verdict", "payload", "status", "attempts",
                       "next_attempt_at", "last_error", "created_at", "delivered_at")
    inlines = [AttemptInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
