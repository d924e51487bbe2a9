"""Articles (text with claim spans highlighted, ingest form), feeds, feed items and snapshots."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from claims.admin.base import DeskAdmin, ReadOnlyAdmin, pending_service, run_service, warn_behind_approval
from claims.admin.widgets.highlight import article_html
from claims.models import Article, Feed, FeedItem, Snapshot, Verdict
from claims.models.languages import Language
from claims.services.errors import DomainError
from claims.services.text import refuse_unstorable_datetime


class IngestForm(forms.Form):
    url = forms.URLField(required=False, max_length=2048, assume_scheme="https",
                         help_text="The article's address; or paste its text below.")
    text = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 12, "cols": 100}))
    title = forms.CharField(required=False, max_length=500)
    language = forms.ChoiceField(required=False, choices=[("", "detect"), *Language.choices])
    published_at = forms.DateTimeField(required=False, help_text="YYYY-MM-DD HH:MM")
    publisher = forms.CharField(required=False, max_length=200, help_text='Agency or outlet, e.g. "APA/Reuters".')

    def clean(self):
        data = super().clean()
        if bool(data.get("url")) == bool((data.get("text") or "").strip()):
            raise forms.ValidationError("Give either a URL or the article text, not both and not neither.")
        return data


class ArticleForm(forms.ModelForm):
    def clean_published_at(self):
        value = self.cleaned_data["published_at"]
        try:
            refuse_unstorable_datetime("publication date", value)
        except DomainError as exc:
            raise forms.ValidationError(exc.message) from None
        return value


@admin.register(Article)
class ArticleAdmin(DeskAdmin):
    form = ArticleForm
    change_form_template = "admin/claims/change_form_styled.html"
    change_list_template = "admin/claims/article/change_list.html"
    list_display = ("__str__", "publisher", "language", "status", "claim_count", "published_at", "is_sample",
                    "created_at")
    list_filter = ("status", "language", "is_sample", "publisher")
    search_fields = ("title", "url", "publisher")
    fieldsets = [
        (None, {"fields": ["title", "publisher", "byline", "language", "published_at"]}),
        ("Text and claims", {"fields": ["highlighted_text"]}),
        ("Origin", {"fields": ["url", "submitted_url", "status", "error", "feed", "snapshot", "content_sha256",
                               "is_sample", "submitted_by", "created_at", "updated_at"]}),
    ]
    readonly_fields = ("highlighted_text", "url", "submitted_url", "status", "error", "feed", "snapshot",
                       "content_sha256", "is_sample", "submitted_by", "created_at", "updated_at")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_total=Count("claims"))

    def has_add_permission(self, request):
        return False  # articles come in through the ingest form (the service dedupes and fetches)

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # Approved and published verdicts show the article as it was approved (Verdict.article_snapshot).
        edited = [name for name in ("title", "publisher", "language", "published_at") if name in form.changed_data]
        if change:
            warn_behind_approval(self, request, edited, Verdict.objects.filter(claim__article=obj),
                                 "the approved verdicts on this article")

    @admin.display(description="claims", ordering="claim_total")
    def claim_count(self, obj):
        return obj.claim_total

    @admin.display(description="text (claims highlighted)")
    def highlighted_text(self, obj):
        claims = obj.claims.order_by("start")
        body = article_html(obj, claims, href_for=lambda c: reverse("admin:claims_claim_change", args=[c.pk]))
        return format_html('<div class="fc-text fc-article">{}</div>', body)

    def get_urls(self):
        view = self.admin_site.admin_view
        return [path("ingest/", view(self.ingest_view), name="claims_article_ingest"), *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "may_ingest": request.user.has_perm("claims.ingest_article")}
        return super().changelist_view(request, extra_context)

    def ingest_view(self, request):
        """Submit an article by URL or pasted text; the ingest service dedupes and fetches in the background."""
        if not request.user.has_perm("claims.ingest_article"):
            raise PermissionDenied
        form = IngestForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            ingest = pending_service(request, "articles", "article_ingest", "Article ingest")
            if ingest is not None:
                data = form.cleaned_data
                result = run_service(request, lambda: ingest(
                    url=data["url"] or None, text=data["text"] or None, title=data["title"],
                    language=data["language"], published_at=data["published_at"], publisher=data["publisher"],
                    user=request.user,
                ))
                if result is not None:
                    article, created = result
                    messages.success(request, "Article queued for ingest." if created else
                                     "This article is already on the desk; here it is.")
                    return HttpResponseRedirect(reverse("admin:claims_article_change", args=[article.pk]))
        context = {**self.admin_site.each_context(request), "title": "Ingest an article", "form": form,
                   "opts": self.model._meta}
        return TemplateResponse(request, "admin/claims/article/ingest.html", context)


class FeedForm(forms.ModelForm):
    """The feed service's rules (the fetcher's URL checks, the canonical URL, at most one poll a minute)."""

    url = forms.URLField(max_length=2048, assume_scheme="https")

    class Meta:
        model = Feed
        fields = ["url", "title", "language", "publisher", "active", "poll_interval"]

    def clean(self):
        from claims.services.errors import DomainError
        from claims.services.feeds import feed_checked_url

        data = super().clean()
        if data.get("url"):
            try:
                data["url"] = feed_checked_url(url=data["url"], poll_interval=data.get("poll_interval"))
            except DomainError as exc:
                field = "poll_interval" if exc.code == "poll_too_often" else "url"
                self.add_error(field, exc.message)
        return data


@admin.register(Feed)
class FeedAdmin(DeskAdmin):
    form = FeedForm
    list_display = ("__str__", "language", "active", "poll_interval", "last_polled_at", "error_count", "last_error")
    list_filter = ("active", "language")
    readonly_fields = ("etag", "last_modified", "last_polled_at", "next_poll_at", "last_error", "error_count",
                       "created_at")


@admin.register(FeedItem)
class FeedItemAdmin(DeskAdmin):
    list_display = ("__str__", "feed", "published_at", "article")
    list_select_related = ("feed", "article")
    raw_id_fields = ("feed", "article")

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Snapshot)
class SnapshotAdmin(ReadOnlyAdmin):
    list_display = ("final_url", "status_code", "content_type", "sha256", "fetched_at")
    exclude = ("body",)  # raw bytes of a foreign page: never rendered in the admin

