"""The claim list (filters, search, bulk actions) and the claim page: context, evidence, actions, history."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from claims.admin.base import (
    DeskAdmin,
    history_rows,
    parse_int,
    pending_service,
    post_only,
    redirect_back,
    run_service,
    warn_behind_approval,
)
from claims.admin.evidence import evidence_rows
from claims.admin.filters import ScoreRangeFilter
from claims.admin.widgets.highlight import claim_in_context
from claims.models import Claim, Evidence
from claims.services.errors import DomainError
from claims.services.evidence import evidence_pin, evidence_set_stance, evidence_unpin
from claims.services.text import refuse_nul
from claims.services.workflow import (
    CLAIM_ACTIONS,
    CLAIM_EDIT_FIELDS,
    claim_allowed_actions,
    claim_assign,
    claim_transition,
    claim_update,
)

ACTION_LABELS = {
    "triage": "Triage: worth checking",
    "dismiss": "Dismiss (reason required)",
    "research": "Start research",
    "review": "Send to review",
}


def quantity_rows(quantities) -> list[dict]:
    """Stored quantities as table rows; the extraction's keys vary, so read them defensively."""
    rows = []
    for q in quantities or []:
        if isinstance(q, dict):
            surface = next((q[k] for k in ("text", "raw", "surface", "span") if q.get(k)), "")
            rows.append({"surface": surface, "value": q.get("value", ""), "unit": q.get("unit") or ""})
    return rows


def _reason_problem(reason: str) -> str:
    """What is wrong with a bulk dismissal's reason, checked once before any claim is touched."""
    if not reason:
        return "Dismissing needs a reason: say why these claims are not worth checking."
    try:
        refuse_nul(reason=reason)
    except DomainError as exc:
        return exc.message
    return ""


def _permitted(request, perm: str, doing: str) -> bool:
    """The services' own refusal, checked here too for buttons whose service may not exist yet."""
    if request.user.has_perm(perm):
        return True
    messages.error(request, f"You are not allowed to {doing}: it needs the permission “{perm}”.")
    return False


class ClaimForm(forms.ModelForm):
    """Speaker and language; the page sends back what it showed, so a save changes only what this editor
    changed and is refused where someone else changed the same field meanwhile."""

    request = None  # set per request by ClaimAdmin.get_form

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in CLAIM_EDIT_FIELDS:
            if name in self.fields:
                self.fields[name].show_hidden_initial = True

    def _post_clean(self):
        super()._post_clean()
        if self.errors or self.request is None or self.instance.pk is None:
            return
        fields = {name: self.cleaned_data[name] for name in CLAIM_EDIT_FIELDS if name in self.changed_data}
        # A POST without the shown values (a script) is checked against nothing, as before.
        read = {name: self.fields[name].to_python(self.data[self[name].html_initial_name])
                for name in fields if self[name].html_initial_name in self.data}
        if fields:
            try:
                claim_update(claim=self.instance, user=self.request.user, expected=read, **fields)
            except DomainError as exc:
                self.add_error(None, exc.message)


@admin.register(Claim)
class ClaimAdmin(DeskAdmin):
    form = ClaimForm
    change_form_template = "admin/claims/claim/change_form.html"
    list_display = ("short_text", "article_title", "speaker", "language", "score", "status", "assignee",
                    "publisher", "created_at")
    list_filter = (
        "status", "language", ("assignee", admin.RelatedOnlyFieldListFilter), ScoreRangeFilter,
        ("created_at", admin.DateFieldListFilter), ("article__publisher", admin.AllValuesFieldListFilter),
    )
    list_select_related = ("article", "assignee")
    search_fields = ("text", "speaker", "article__title")
    actions = ["assign_to_me", "collect_sources", "dismiss_claims"]
    fields = ("article_link", "text", "speaker", "language", "score", "status", "assignee", "dismiss_reason",
              "created_at", "updated_at")
    readonly_fields = ("article_link", "text", "score", "status", "assignee", "dismiss_reason", "created_at",
                       "updated_at")
    list_per_page = 50

    # --- permissions: the admin hides what the services would refuse ---------------------------
    def has_add_permission(self, request):
        return False  # claims come from extraction

    def has_delete_permission(self, request, obj=None):
        return False  # dismiss instead: the history stays

    def has_assign_permission(self, request):
        return request.user.has_perm("claims.assign_claim")

    def has_collect_permission(self, request):
        return request.user.has_perm("claims.collect_sources")

    def has_triage_permission(self, request):
        return request.user.has_perm("claims.triage_claim")

    # --- editing speaker and language goes through the service (recorded in the history) ---------
    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (form,), {"request": request})

    def save_model(self, request, obj, form, change):
        # ClaimForm already saved through claim_update; say where the change does not reach readers yet.
        edited = [name for name in CLAIM_EDIT_FIELDS if name in form.changed_data]
        warn_behind_approval(self, request, edited, obj.verdicts, "the approved verdict")

    def save_related(self, request, form, formsets, change):
        pass  # claims have no inlines or many-to-many fields edited here

    # --- list ---------------------------------------------------------------------------------
    @admin.display(description="claim", ordering="text")
    def short_text(self, obj):
        return str(obj)

    @admin.display(description="article", ordering="article__title")
    def article_title(self, obj):
        return str(obj.article)

    @admin.display(description="publisher", ordering="article__publisher")
    def publisher(self, obj):
        return obj.article.publisher

    @admin.display(description="article")
    def article_link(self, obj):
        url = reverse("admin:claims_article_change", args=[obj.article_id])
        return format_html('<a href="{}">{}</a> ({})', url, str(obj.article), obj.article.publisher or "no publisher")

    # --- bulk actions ---------------------------------------------------------------------------
    def _each(self, request, queryset, call, done_text: str):
        done, refused = 0, []
        for claim in queryset.select_related("article"):
            try:
                call(claim)
                done += 1
            except DomainError as exc:
                refused.append(f"claim {claim.pk}: {exc.message}")
        if done:
            messages.success(request, done_text.format(n=done))
        if refused:
            messages.error(request, "Refused for " + "; ".join(refused))

    @admin.action(description="Assign to me", permissions=["assign"])
    def assign_to_me(self, request, queryset):
        user = request.user
        self._each(request, queryset, lambda c: claim_assign(claim=c, user=user, assignee=user),
                   "{n} claim(s) assigned to you.")

    @admin.action(description="Collect sources", permissions=["collect"])
    def collect_sources(self, request, queryset):
        collect = pending_service(request, "collection", "sources_collect", "Source collection")
        if collect is not None:
            user = request.user
            self._each(request, queryset, lambda c: collect(claim=c, user=user),
                       "Source collection started for {n} claim(s).")

    @admin.action(description="Dismiss… (asks for a reason)", permissions=["triage"])
    def dismiss_claims(self, request, queryset):
        reason = request.POST.get("reason", "").strip()
        error = ""
        if "claim_ids" in request.POST:  # the confirmation page's list: exactly the claims it showed
            ids = [parse_int(i) for i in request.POST["claim_ids"].split(",")]
            if None in ids:
                messages.error(request, "The list of claims to dismiss is garbled: nothing was dismissed.")
                return None
            queryset = queryset.filter(pk__in=ids)
        if request.POST.get("confirm") == "yes":
            error = _reason_problem(reason)
            if not error:
                user = request.user
                self._each(request, queryset,
                           lambda c: claim_transition(claim=c, user=user, action="dismiss", note=reason),
                           "{n} claim(s) dismissed.")
                return None
            reason = reason.replace("\x00", "")  # shown again for correcting, without what was refused
        claims = list(queryset.select_related("article"))
        context = {
            **self.admin_site.each_context(request),
            "title": "Dismiss claims",
            "opts": self.model._meta,
            "claims": claims,
            # One field, not one per claim: "Select all" over a long list would pass Django's field limit.
            "claim_ids": ",".join(str(c.pk) for c in claims),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "reason": reason,
            "error": error,
        }
        return TemplateResponse(request, "admin/claims/claim/dismiss.html", context)

    # --- the claim page -----------------------------------------------------------------------
    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:object_id>/act/", view(self.act_view), name="claims_claim_act"),
            path("<int:object_id>/evidence/<int:evidence_id>/", view(self.evidence_view),
                 name="claims_claim_evidence"),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        claim = self.get_object(request, object_id)
        if claim is not None and self.has_view_permission(request, claim):
            extra_context = {**(extra_context or {}), **self.page_context(request, claim)}
        return super().change_view(request, object_id, form_url, extra_context)

    def page_context(self, request, claim) -> dict:
        user = request.user
        allowed = claim_allowed_actions(claim, user)
        context = {
            "claim_context": claim_in_context(claim),
            "quantities": quantity_rows(claim.quantities),
            "claim_actions": [(name, ACTION_LABELS.get(name, name)) for name in allowed if name in CLAIM_ACTIONS],
            "may_draft": "draft_verdict" in allowed,
            "draft_url": f"{reverse('admin:claims_verdict_add')}?claim={claim.pk}",
            "may_assign": user.has_perm("claims.assign_claim"),
            "may_collect": user.has_perm("claims.collect_sources"),
            "may_add_source": user.has_perm("claims.add_manual_source"),
            "may_pin": user.has_perm("claims.pin_evidence"),
            "act_url": reverse("admin:claims_claim_act", args=[claim.pk]),
            "stance_choices": Evidence.EditorStance.choices,
        }
        if user.has_perm("claims.view_evidence"):
            context["evidence_rows"] = evidence_rows(claim)
        if user.has_perm("claims.view_collectionrun"):
            context["runs"] = list(claim.collection_runs.all()[:5])
        if user.has_perm("claims.view_verdict"):
            context["verdicts"] = list(claim.verdicts.select_related("rating").order_by("-version"))
        if user.has_perm("claims.view_transition"):
            context["history"] = history_rows(claim)
        return context

    def _claim_for_action(self, request, object_id):
        claim = get_object_or_404(Claim.objects.select_related("article"), pk=object_id)
        if not self.has_view_permission(request, claim):
            raise PermissionDenied
        return claim

    def act_view(self, request, object_id):
        """One button of the claim page: a transition, assignment, collection or a new source."""
        if refused := post_only(request):
            return refused
        claim = self._claim_for_action(request, object_id)
        user, action = request.user, request.POST.get("action", "")
        note = request.POST.get("note", "").strip()
        back = reverse("admin:claims_claim_change", args=[claim.pk])
        if action in CLAIM_ACTIONS:
            if run_service(request, lambda: claim_transition(claim=claim, user=user, action=action, note=note)):
                messages.success(request, f"Claim {claim.pk} is now {claim.get_status_display().lower()}.")
        elif action in ("assign_me", "unassign"):
            assignee = user if action == "assign_me" else None
            run_service(request, lambda: claim_assign(claim=claim, user=user, assignee=assignee),
                        success="Assigned to you." if assignee else "Unassigned.")
        elif action == "collect":
            return self._collect(request, claim, back)
        elif action == "add_source":
            return self._add_source(request, claim, back)
        else:
            messages.error(request, f"Unknown action “{action}”.")
        return redirect_back(back)

    def _collect(self, request, claim, back):
        if not _permitted(request, "claims.collect_sources", "collect sources"):
            return redirect_back(back)
        collect = pending_service(request, "collection", "sources_collect", "Source collection")
        if collect is not None:
            run = run_service(request, lambda: collect(claim=claim, user=request.user))
            if run is not None:
                messages.success(request, f"Source collection started (run {getattr(run, 'pk', '?')}).")
        return redirect_back(back, "collection")

    def _add_source(self, request, claim, back):
        url = request.POST.get("url", "").strip()
        if not _permitted(request, "claims.add_manual_source", "add sources"):
            return redirect_back(back)
        if not url:
            messages.error(request, "Give the URL of the source to add.")
            return redirect_back(back, "add-source")
        add = pending_service(request, "collection", "source_add_by_url", "Adding a source by URL")
        if add is not None:
            source = run_service(request, lambda: add(claim=claim, url=url, user=request.user))
            if source is not None:
                messages.success(request, f"Source {getattr(source, 'url', url)} added; its text is being fetched.")
        return redirect_back(back, "evidence")

    def evidence_view(self, request, object_id, evidence_id):
        """Pin, unpin or set the editor's stance of one evidence row of this claim."""
        if refused := post_only(request):
            return refused
        claim = self._claim_for_action(request, object_id)
        evidence = get_object_or_404(Evidence.objects.select_related("claim"), pk=evidence_id, claim=claim)
        user, op = request.user, request.POST.get("op", "")
        stance = request.POST.get("stance", "")
        if op == "pin":
            run_service(request, lambda: evidence_pin(evidence=evidence, user=user, stance=stance or None),
                        success="Evidence pinned.")
        elif op == "unpin":
            run_service(request, lambda: evidence_unpin(evidence=evidence, user=user), success="Evidence unpinned.")
        elif op == "stance":
            run_service(request, lambda: evidence_set_stance(evidence=evidence, user=user, stance=stance),
                        success="Stance saved.")
        else:
            messages.error(request, f"Unknown evidence operation “{op}”: use pin, unpin or stance.")
        return redirect_back(reverse("admin:claims_claim_change", args=[claim.pk]), f"evidence-{evidence.pk}")
