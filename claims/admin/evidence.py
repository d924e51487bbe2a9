"""Sources, evidence and collection runs: read-only in their own lists; editors act on the claim page."""

from urllib.parse import urlsplit

from django.contrib import admin
from django.utils.html import format_html

from claims.admin.base import ReadOnlyAdmin
from claims.admin.widgets.highlight import passage_html
from claims.models import CollectionRun, Evidence, Source

BADGES = {
    Evidence.NumericStance.AGREES: ("agrees", "fc-badge-agrees"),
    Evidence.NumericStance.CONFLICTS: ("conflicts", "fc-badge-conflicts"),
    Evidence.NumericStance.NO_NUMBER: ("no number", "fc-badge-none"),
}


def safe_href(url: str) -> str:
    """The URL if it is plain http(s), else "": a stored javascript: URL must never become a link."""
    try:
        scheme = urlsplit(url or "").scheme.lower()
    except ValueError:
        return ""
    return url if scheme in ("http", "https") else ""


def stance_badge(evidence: Evidence):
    label, css = BADGES.get(evidence.stance, (evidence.stance or "no number", "fc-badge-none"))
    return format_html('<span class="fc-badge {}" title="{}">{}</span>', css, evidence.get_stance_display(), label)


def evidence_rows(claim) -> list[dict]:
    """Evidence of a claim for its page, most relevant first, with passages and badges rendered."""
    rows = []
    queryset = claim.evidence.select_related("source", "pinned_by").order_by("-relevance", "rank", "pk")
    for ev in queryset:
        rows.append({
            "ev": ev,
            "passage": passage_html(ev.passage, ev.quantities, offset=ev.start),
            "badge": stance_badge(ev),
            "href": safe_href(ev.source.url),
        })
    return rows


@admin.register(Source)
class SourceAdmin(ReadOnlyAdmin):
    change_form_template = "admin/claims/change_form_styled.html"
    list_display = ("__str__", "publisher", "kind", "language", "fetched_at", "created_at")
    list_filter = ("kind", "language")
    search_fields = ("title", "url", "publisher")
    fields = ("link", "title", "publisher", "kind", "language", "published_at", "fetched_at", "content_sha256",
              "article", "is_sample", "text")
    readonly_fields = ("link",)

    @admin.display(description="URL")
    def link(self, obj):
        href = safe_href(obj.url)
        if not href:
            return obj.url
        return format_html('<a href="{}" rel="noopener noreferrer" target="_blank">{}</a>', href, obj.url)


@admin.register(Evidence)
class EvidenceAdmin(ReadOnlyAdmin):
    change_form_template = "admin/claims/change_form_styled.html"
    list_display = ("claim", "source", "relevance", "rank", "badge", "editor_stance", "pinned")
    list_filter = ("stance", "editor_stance", "pinned")
    list_select_related = ("claim", "source")
    fields = ("claim", "source", "run", "highlighted_passage", "start", "end", "relevance", "rank", "badge",
              "quantities", "editor_stance", "pinned", "pinned_by", "created_at", "updated_at")
    readonly_fields = ("highlighted_passage", "badge", "created_at", "updated_at")

    @admin.display(description="numbers")
    def badge(self, obj):
        return stance_badge(obj)

    @admin.display(description="passage")
    def highlighted_passage(self, obj):
        return format_html('<div class="fc-text">{}</div>', passage_html(obj.passage, obj.quantities, offset=obj.start))


@admin.register(CollectionRun)
class CollectionRunAdmin(ReadOnlyAdmin):
    list_display = ("__str__", "claim", "status", "candidates", "evidence_count", "created_at", "finished_at")
    list_filter = ("status",)
    list_select_related = ("claim",)
