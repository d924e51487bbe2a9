"""Shared admin plumbing: domain errors become messages, POST-only action views, history for templates."""

import importlib

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponseNotAllowed, HttpResponseRedirect

from claims.services.audit import claim_history
from claims.services.errors import DomainError

NOT_AVAILABLE = "{what} is not available yet on this server (its service is still being built)."


def post_only(request):
    """None for a POST; otherwise the 405 answer to return."""
    return None if request.method == "POST" else HttpResponseNotAllowed(["POST"])


def run_service(request, call, *, success: str = "") -> object | None:
    """Call a service; a DomainError becomes an admin error message instead of a 500."""
    try:
        result = call()
    except DomainError as exc:
        messages.error(request, exc.message)
        return None
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return None
    if success:
        messages.success(request, success)
    return result


def pending_service(request, module: str, name: str, what: str):
    """The function claims.services.<module>.<name>, or None with a "not available yet" message.

    Imported lazily: collection and ingest are built alongside the admin and may not exist yet.
    """
    try:
        return getattr(importlib.import_module(f"claims.services.{module}"), name)
    except (ImportError, AttributeError):
        messages.warning(request, NOT_AVAILABLE.format(what=what))
        return None


def redirect_back(url: str, anchor: str = "") -> HttpResponseRedirect:
    return HttpResponseRedirect(f"{url}#{anchor}" if anchor else url)


def history_rows(claim):
    """The claim's audit trail for the history table (actor preloaded)."""
    return list(claim_history(claim))


def parse_int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def has_nul(query) -> bool:
    return any("\x00" in key or any("\x00" in value for value in values) for key, values in query.lists())


class _UnusableFilter(Exception):
    """Not an IncorrectLookupParameters, so that Django's changelist_view lets it through to ours."""


class DeskAdmin(admin.ModelAdmin):
    """Every desk list: hand-edited URLs and crafted POSTs get a message instead of a 500."""

    # A URL typed without a scheme means https (Django 6's default; 5.x warns about its old "http").
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def changelist_view(self, request, extra_context=None):
        # PostgreSQL refuses NUL in text: a filter value with one fails the query while the page renders.
        if has_nul(request.GET):
            messages.error(request, "The address contains a NUL character (%00), which no filter can match: "
                                    "showing the list without its filters.")
            return HttpResponseRedirect(request.path)
        try:
            return super().changelist_view(request, extra_context)
        except _UnusableFilter:
            messages.error(request, "This list cannot be filtered that way (an address edited by hand?): "
                                    "showing it without its filters.")
            return HttpResponseRedirect(request.path)

    def get_changelist_instance(self, request):
        # Django would send a filter it cannot apply to ?e=1, a page about a broken database installation.
        try:
            return super().get_changelist_instance(request)
        except (IncorrectLookupParameters, ValueError, OverflowError) as exc:  # e.g. ?created_at__year=0
            if not request.GET:
                raise  # not the address's fault: no redirect loop
            raise _UnusableFilter from exc

    def response_action(self, request, queryset):
        bad = [value for value in request.POST.getlist(helpers.ACTION_CHECKBOX_NAME) if not self._is_pk(value)]
        if bad:
            messages.error(request, f"Not ids of {self.model._meta.verbose_name_plural}: "
                                    f"{', '.join(map(repr, bad[:5]))}. Nothing was done.")
            return HttpResponseRedirect(request.get_full_path())
        return super().response_action(request, queryset)

    def _is_pk(self, value) -> bool:
        try:
            self.model._meta.pk.clean(value, None)
        except ValidationError:
            return False
        return True


class ReadOnlyAdmin(DeskAdmin):
    """Rows written by services and pipelines: visible to staff, never edited by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def warn_behind_approval(modeladmin, request, edited: list[str], verdicts, whose: str) -> None:
    """An edit of what approved verdicts froze (their snapshots) reaches readers only through a correction: say so."""
    if edited and verdicts.filter(claim_snapshot__isnull=False).exists():
        modeladmin.message_user(
            request,
            f"The {', '.join(edited).replace('_', ' ')} changed here; readers keep seeing what {whose} showed "
            "until a correction of it is approved and published.",
            messages.WARNING,
        )
