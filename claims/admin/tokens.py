"""API tokens in the admin: issue one (its secret shown once), see when each was used, revoke.

Every staff member sees and manages their own tokens; token managers (the “change API token”
permission, superusers) see everyone's, issue them for others, for longer, or never expiring.
"""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils import timezone

from claims.admin.base import DeskAdmin
from claims.models.tokens import ApiToken
from claims.services.errors import DomainError
from claims.services.tokens import (
    MAX_DAYS,
    api_token_issue,
    api_token_issue_check,
    api_tokens_revoke,
    can_manage_tokens,
    live,
)

SHOWN = ("prefix", "name", "user", "created_at", "created_by", "expires", "last_used_at", "revoked_at",
         "revoked_by", "revoked_reason", "state")


class ApiTokenAddForm(forms.ModelForm):
    days = forms.IntegerField(min_value=1, max_value=MAX_DAYS, help_text="Days until it expires.")
    never_expires = forms.BooleanField(required=False, help_text="Only for integrations that cannot renew it.")
    issuer = None  # the user issuing it, set per request by get_form

    class Meta:
        model = ApiToken
        fields = ["user", "name"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["days"].initial = settings.API_TOKEN_DAYS
        if not can_manage_tokens(self.issuer):
            del self.fields["never_expires"]  # not on the page either (get_fields): a crafted POST cannot set it
        if "user" in self.fields:
            self.fields["user"].queryset = self.fields["user"].queryset.filter(is_active=True).order_by("username")

    def clean(self):
        data = super().clean()
        try:
            api_token_issue_check(user=data.get("user") or self.issuer, created_by=self.issuer,
                                  days=data.get("days"), never_expires=data.get("never_expires", False))
        except DomainError as exc:
            raise ValidationError(exc.message) from None
        return data


class StateFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("live", "live"), ("expired", "expired"), ("revoked", "revoked"), ("never", "never expires")]

    def queryset(self, request, queryset):
        now = timezone.now()
        return {
            "live": queryset.filter(live(now)),
            "expired": queryset.filter(revoked_at__isnull=True, expires_at__lte=now),
            "revoked": queryset.filter(revoked_at__isnull=False),
            "never": queryset.filter(revoked_at__isnull=True, expires_at__isnull=True),
        }.get(self.value(), queryset)


@admin.register(ApiToken)
class ApiTokenAdmin(DeskAdmin):
    form = ApiTokenAddForm
    list_display = ("prefix", "name", "user", "created_at", "expires", "last_used_at", "revoked_at", "state")
    list_filter = (StateFilter,)
    list_select_related = ("user", "created_by")
    search_fields = ("prefix", "name", "user__username")
    actions = ["revoke"]

    # Tokens are issued and revoked, never edited: the rows are the record of who could use the API when.
    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        mine = obj is None or obj.user_id == request.user.pk
        return self.has_module_permission(request) and (mine or can_manage_tokens(request.user))

    def has_add_permission(self, request):
        return self.has_module_permission(request)

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_revoke_permission(self, request):
        return self.has_module_permission(request)

    def get_queryset(self, request):
        tokens = super().get_queryset(request)
        return tokens if can_manage_tokens(request.user) else tokens.filter(user=request.user)

    def get_fields(self, request, obj=None):
        if obj is not None:
            return SHOWN
        if can_manage_tokens(request.user):
            return ["user", "name", "days", "never_expires"]
        return ["name", "days"]

    def get_readonly_fields(self, request, obj=None):
        return SHOWN if obj is not None else ()

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is not None:
            kwargs["form"] = forms.ModelForm  # a token's page only shows it
        form = super().get_form(request, obj, change=change, **kwargs)
        form.issuer = request.user
        return form

    def get_changeform_initial_data(self, request):
        return {"user": request.user.pk, **super().get_changeform_initial_data(request)}

    @admin.display(description="expires", ordering="expires_at")
    def expires(self, obj):
        return obj.expires_at or "never"

    @admin.display(description="state")
    def state(self, obj):
        if obj.revoked_at:
            return "revoked"
        return "expired" if obj.is_expired() else "live"

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        issued = api_token_issue(user=data.get("user") or request.user, name=data["name"], created_by=request.user,
                                 days=data["days"], never_expires=data.get("never_expires", False))
        obj.pk = issued.token.pk  # the service made the row; the add view logs and redirects to it
        obj.refresh_from_db()
        obj._state.adding = False
        # The secret is shown once, here: the database keeps only its digest, so it cannot be shown again.
        self.message_user(request, f"API token “{issued.token.name}” for {issued.token.user}: {issued.secret} — "
                                   "copy it now; it is not shown again.", messages.WARNING)
        if issued.replaced:
            prefixes = ", ".join(f"{t.prefix}…" for t in issued.replaced)
            self.message_user(request, f"Revoked to make room: {prefixes} ({issued.replaced[0].revoked_reason}).",
                              messages.INFO)

    @admin.action(description="Revoke the selected tokens", permissions=["revoke"])
    def revoke(self, request, queryset):
        revoked = api_tokens_revoke(tokens=queryset, by=request.user)
        self.message_user(request, f"{revoked} token(s) revoked; they no longer authenticate.", messages.SUCCESS)
