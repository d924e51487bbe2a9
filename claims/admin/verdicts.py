"""Verdicts: the form (rating, headline, summary, body, cited evidence), one button per allowed transition."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from claims.admin.base import DeskAdmin, history_rows, parse_int, post_only, redirect_back
from claims.admin.widgets.highlight import claim_in_context, passage_html
from claims.models import Claim, Evidence, Rating, Verdict
from claims.services.errors import DomainError, StaleVersion
from claims.services.workflow import (
    EDIT_FIELDS,
    EDITABLE,
    verdict_allowed_actions,
    verdict_draft,
    verdict_transition,
    verdict_update,
)

# action -> (button label, whether the note is required, what the editor is told afterwards)
TRANSITIONS = {
    "submit": ("Submit for approval", False, "Submitted for approval."),
    "return": ("Send back to the author", True, "Sent back to the author."),
    "approve": ("Approve", False, "Approved."),
    "publish": ("Publish", False, "Published: the verdict is public now."),
    "correct": ("Start a correction", True, "Correction started as a new version: edit it, then approve and publish."),
    "retract": ("Retract", True, "Retracted: the public page now says so."),
}
# Which form field a domain error is about, so it is shown next to that field.
ERROR_FIELDS = {
    "headline_required": "headline", "headline_too_long": "headline", "rating_required": "rating",
    "invalid_rating": "rating", "foreign_evidence": "evidence", "invalid_evidence": "evidence",
}
META_FIELDS = ("status", "version", "claim_link", "versions_link", "created_by", "approved_by", "published_by",
               "submitted_at", "approved_at", "published_at", "retracted_at", "slug")
TEXT_FIELDS = ("rating", "headline", "summary", "body", "correction_note")


def evidence_label(ev: Evidence) -> str:
    pin = "[pinned] " if ev.pinned else ""
    passage = ev.passage if len(ev.passage) <= 140 else ev.passage[:137] + "…"
    return f"{pin}{ev.source} — „{passage}“ ({ev.get_stance_display()}, relevance {ev.relevance:.2f})"


def describe_changes(changed: dict) -> list[dict]:
    """StaleVersion's field -> {yours, current} as rows people can read (ratings by label)."""
    ratings = {}
    if "rating" in changed:
        ids = [changed["rating"]["yours"], changed["rating"]["current"]]
        ratings = {r.pk: r.label for r in Rating.objects.filter(pk__in=[i for i in ids if i])}
    rows = []
    for name, values in changed.items():
        yours, current = values.get("yours"), values.get("current")
        if name == "rating":
            yours, current = ratings.get(yours, yours), ratings.get(current, current)
        elif name == "evidence":
            yours = ", ".join(f"#{i}" for i in yours) or "none"
            current = ", ".join(f"#{i}" for i in current) or "none"
        rows.append({"field": name.replace("_", " "), "yours": yours, "current": current})
    return rows


class VerdictForm(forms.ModelForm):
    """Saving calls the services (draft or update with the version the editor read), never model.save()."""

    lock_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    request = None  # set per request by VerdictAdmin.get_form

    class Meta:
        model = Verdict
        fields = ["claim", "rating", "headline", "summary", "body", "correction_note", "evidence"]
        widgets = {
            "evidence": forms.CheckboxSelectMultiple,
            "headline": forms.TextInput(attrs={"maxlength": 75, "size": 80}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.adding = self.instance.pk is None
        self.result, self.unchanged, self.stale_changes = None, False, None
        if "rating" in self.fields:
            scale = Q(scale__is_default=True) | Q(pk=self.instance.rating_id)
            self.fields["rating"].queryset = Rating.objects.filter(scale).select_related("scale")
            self.fields["rating"].label_from_instance = lambda r: f"{r.label} ({r.name_en}, {r.value})"
        if "evidence" in self.fields:
            claim_id = self.instance.claim_id if not self.adding else self._claim_id()
            self.fields["evidence"].queryset = (
                Evidence.objects.filter(claim_id=claim_id).select_related("source").order_by("-pinned", "-relevance")
            )
            self.fields["evidence"].label_from_instance = evidence_label
            self.fields["evidence"].help_text = "The passages the verdict cites; pinned ones first."
        if "headline" in self.fields:
            self.fields["headline"].help_text = "At most 75 characters: it becomes ClaimReview's claimReviewed."

    def _claim_id(self):
        raw = self.data.get("claim") if self.is_bound else self.initial.get("claim")
        return parse_int(getattr(raw, "pk", raw))

    def _post_clean(self):
        super()._post_clean()
        if self.errors or self.request is None:
            return
        data, user = self.cleaned_data, self.request.user
        try:
            if self.adding:
                self.result = verdict_draft(
                    claim=data["claim"], user=user, rating=data.get("rating"), headline=data.get("headline", ""),
                    summary=data.get("summary", ""), body=data.get("body", ""),
                    evidence=list(data.get("evidence") or []),
                )
                return
            changes = {name: data[name] for name in EDIT_FIELDS if name in self.changed_data and name in data}
            evidence = list(data["evidence"]) if "evidence" in self.changed_data else None
            if not changes and evidence is None:
                self.result, self.unchanged = self.instance, True
                return
            self.result = verdict_update(
                verdict=self.instance, user=user, expected_version=data.get("lock_version"), evidence=evidence,
                **changes,
            )
        except StaleVersion as exc:
            self.stale_changes = describe_changes(exc.extra.get("changed") or {})
            self.add_error(None, exc.message + " Nothing was saved; the differences are listed below.")
        except DomainError as exc:
            field = ERROR_FIELDS.get(exc.code)
            self.add_error(field if field in self.fields else None, exc.message)


def _note_label(actions) -> str:
    needing = [name for name in actions if TRANSITIONS.get(name, ("", False))[1]]
    return f"Note (required to {', '.join(needing)})" if needing else "Note (optional)"


@admin.register(Verdict)
class VerdictAdmin(DeskAdmin):
    form = VerdictForm
    change_form_template = "admin/claims/verdict/change_form.html"
    list_display = ("headline", "claim_short", "version", "rating", "status", "created_by", "published_at")
    list_filter = ("status", "rating", ("published_at", admin.DateFieldListFilter))
    list_select_related = ("claim", "rating", "created_by")
    search_fields = ("headline", "summary", "claim__text")
    raw_id_fields = ("claim",)

    # --- permissions: mirror the services -----------------------------------------------------
    def has_add_permission(self, request):
        return super().has_add_permission(request) and request.user.has_perm("claims.draft_verdict")

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj) and request.user.has_perm("claims.draft_verdict")
        return allowed and (obj is None or obj.status in EDITABLE)

    def has_delete_permission(self, request, obj=None):
        return False  # retract or correct instead: the audit trail must stay whole

    def _editable(self, request, obj) -> bool:
        return obj is None or self.has_change_permission(request, obj)

    # --- fields -------------------------------------------------------------------------------
    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return [(None, {"fields": ["claim", "rating", "headline", "summary", "body", "evidence"]})]
        if self._editable(request, obj):
            text = ["rating", "headline", "summary", "body"]
            if obj.supersedes_id or obj.correction_note:
                text.append("correction_note")
            return [(None, {"fields": [*text, "evidence", "lock_version"]}), ("Status", {"fields": META_FIELDS})]
        return [(None, {"fields": [*TEXT_FIELDS, "cited_evidence"]}), ("Status", {"fields": META_FIELDS})]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        if self._editable(request, obj):
            return META_FIELDS
        return (*TEXT_FIELDS, "cited_evidence", *META_FIELDS)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (form,), {"request": request})

    @admin.display(description="claim")
    def claim_short(self, obj):
        return str(obj.claim)

    @admin.display(description="claim")
    def claim_link(self, obj):
        url = reverse("admin:claims_claim_change", args=[obj.claim_id])
        return format_html('<a href="{}">{}</a> ({})', url, str(obj.claim), obj.claim.get_status_display())

    @admin.display(description="versions")
    def versions_link(self, obj):
        if obj.supersedes_id:
            url = reverse("admin:claims_verdict_change", args=[obj.supersedes_id])
            return format_html('Correction of <a href="{}">version {}</a>', url, obj.supersedes.version)
        later = Verdict.objects.filter(supersedes=obj).first()
        if later:
            url = reverse("admin:claims_verdict_change", args=[later.pk])
            return format_html('Corrected by <a href="{}">version {}</a>', url, later.version)
        return "first version"

    @admin.display(description="cited evidence")
    def cited_evidence(self, obj):
        items = obj.evidence.select_related("source").order_by("-pinned", "-relevance")
        if not items:
            return "none"
        return format_html(
            '<ul class="fc-cited">{}</ul>',
            format_html_join("", "<li><strong>{}</strong>: {}</li>",
                             ((str(ev.source), passage_html(ev.passage, ev.quantities, offset=ev.start))
                              for ev in items)),
        )

    # --- saving goes through the services (see VerdictForm) ----------------------------------
    def save_form(self, request, form, change):
        return form.result

    def save_model(self, request, obj, form, change):
        pass  # verdict_draft / verdict_update already saved it

    def save_related(self, request, form, formsets, change):
        pass  # cited evidence was set by the service

    def response_add(self, request, obj, post_url_continue=None):
        messages.success(request, f"Verdict drafted (version {obj.version}); the claim is now “verdict drafted”.")
        return HttpResponseRedirect(reverse("admin:claims_verdict_change", args=[obj.pk]))

    def response_change(self, request, obj):
        if getattr(request, "_verdict_unchanged", False):
            messages.info(request, "Nothing changed, nothing saved.")
        else:
            messages.success(request, f"Saved (edit {obj.lock_version}).")
        return HttpResponseRedirect(reverse("admin:claims_verdict_change", args=[obj.pk]))

    def construct_change_message(self, request, form, formsets, add=False):
        request._verdict_unchanged = getattr(form, "unchanged", False)
        return super().construct_change_message(request, form, formsets, add)

    # --- pages --------------------------------------------------------------------------------
    def add_view(self, request, form_url="", extra_context=None):
        claim_id = parse_int(request.GET.get("claim"))
        claim = Claim.objects.select_related("article").filter(pk=claim_id).first() if claim_id else None
        extra_context = {**(extra_context or {}), "show_save_and_add_another": False}
        if claim is not None:
            extra_context.update(claim=claim, claim_context=claim_in_context(claim))
        return super().add_view(request, form_url, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        verdict = self.get_object(request, object_id)
        if request.method == "POST" and verdict is not None and verdict.status not in EDITABLE and \
                request.user.has_perm("claims.draft_verdict") and self.has_view_permission(request, verdict):
            # Published (or retracted) while this editor had the form open: say so instead of a bare 403.
            then = "Start a correction to change it." if verdict.status == Verdict.Status.PUBLISHED else ""
            messages.error(request, f"Verdict {verdict.pk} was {verdict.get_status_display().lower()} meanwhile and "
                                    f"can no longer be edited: nothing was saved. {then}".strip())
            return HttpResponseRedirect(reverse("admin:claims_verdict_change", args=[verdict.pk]))
        extra_context = {**(extra_context or {}), "show_save_and_add_another": False}
        if verdict is not None and self.has_view_permission(request, verdict):
            extra_context.update(self.page_context(request, verdict))
        return super().change_view(request, object_id, form_url, extra_context)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("claim__article", "rating", "supersedes")

    def page_context(self, request, verdict) -> dict:
        user = request.user
        actions = verdict_allowed_actions(verdict, user)
        wrote_it = verdict.created_by_id == user.pk or verdict.authors.filter(pk=user.pk).exists()
        context = {
            "claim": verdict.claim,
            "claim_context": claim_in_context(verdict.claim),
            "transitions": [(name, *TRANSITIONS[name][:2]) for name in actions if name in TRANSITIONS],
            "note_label": _note_label(actions),
            "transition_url": reverse("admin:claims_verdict_transition", args=[verdict.pk]),
            "lock_version": verdict.lock_version,
            "versions": list(verdict.claim.verdicts.select_related("rating").order_by("-version")),
            "four_eyes": wrote_it and user.has_perm("claims.approve_verdict") and verdict.status in {"draft",
                                                                                                   "submitted"},
        }
        if user.has_perm("claims.view_transition"):
            context["history"] = history_rows(verdict.claim)
        return context

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:object_id>/transition/", view(self.transition_view), name="claims_verdict_transition"),
            *super().get_urls(),
        ]

    def transition_view(self, request, object_id):
        """One transition button: submit, return, approve, publish, correct or retract."""
        if refused := post_only(request):
            return refused
        verdict = get_object_or_404(Verdict.objects.select_related("claim"), pk=object_id)
        if not self.has_view_permission(request, verdict):
            raise PermissionDenied
        action = request.POST.get("action", "")
        back = reverse("admin:claims_verdict_change", args=[verdict.pk])
        try:
            result = verdict_transition(
                verdict=verdict, user=request.user, action=action, note=request.POST.get("note", ""),
                expected_version=parse_int(request.POST.get("lock_version")),
            )
        except StaleVersion as exc:
            messages.error(request, f"{exc.message} Nothing was done: check the current version and try again.")
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, TRANSITIONS[action][2])
            if action == "correct":
                back = reverse("admin:claims_verdict_change", args=[result.pk])
        return redirect_back(back, "transitions")
