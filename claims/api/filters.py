"""Query-string filters of each list, and an ordering parameter that refuses what it does not know."""

import django_filters
from django import forms
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db.models import F, Q, TextField
from django.db.models.fields.json import KT
from django.db.models.functions import Coalesce
from rest_framework.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend

from claims.api.permissions import can_view
from claims.models import Article, Claim, CollectionRun, Evidence, Verdict
from claims.models.languages import Language

MAX_ID = 2**62


class IdFilter(django_filters.NumberFilter):
    """A primary key: a whole number in range, so the database never sees 1.5 or 10**30."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


def full_text(queryset, fields, value):
    """PostgreSQL full-text match with web-search syntax ("quoted phrases", or, -minus); never a syntax error."""
    value = value.strip()
    if not value:
        return queryset
    vector = SearchVector(*fields, config="simple")
    query = SearchQuery(value, config="simple", search_type="websearch")
    return queryset.annotate(_search=vector).filter(_search=query)


class VerdictFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", max_length=200, label="Full-text search in headline, summary, "
                                  "body and claim.")
    language = django_filters.ChoiceFilter(choices=Language.choices, method="filter_language",
                                           label="The claim's language as the version shows it.")
    rating = django_filters.CharFilter(method="filter_rating", max_length=100,
                                       label="Rating value (e.g. 1), label (e.g. Falsch) or English name (e.g. False).")
    publisher = django_filters.CharFilter(method="filter_publisher", max_length=200,
                                          label="Publisher of the reviewed article as the version shows it, "
                                                "exactly (case-insensitive).")
    published_after = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_before = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="lt")
    claim = IdFilter(field_name="claim_id")
    slug = django_filters.CharFilter(max_length=120)
    status = django_filters.MultipleChoiceFilter(choices=Verdict.Status.choices,
                                                 label="Staff only; default: published.")

    class Meta:
        model = Verdict
        fields = []

    def filter_q(self, queryset, name, value):
        return full_text(queryset, ("headline", "summary", "body", "claim__text"), value)

    # A version shows the claim and article as approved (claim_snapshot, article_snapshot): filter on
    # that, not on live values a reader could use to detect unpublished edits.
    def filter_language(self, queryset, name, value):
        if not value:
            return queryset
        shown = Coalesce(KT("claim_snapshot__language"), F("claim__language"), output_field=TextField())
        return queryset.alias(_language=shown).filter(_language=value)

    def filter_publisher(self, queryset, name, value):
        shown = Coalesce(KT("article_snapshot__publisher"), F("claim__article__publisher"), output_field=TextField())
        return queryset.alias(_publisher=shown).filter(_publisher__iexact=value)

    def filter_rating(self, queryset, name, value):
        value = value.strip()
        if value.isascii() and value.isdigit():  # "²" is a digit to Python, not to int()
            return queryset.filter(rating__value=int(value[:5]))
        return queryset.filter(Q(rating__label__iexact=value) | Q(rating__name_en__iexact=value))


class ClaimFilter(django_filters.FilterSet):
    """Readers without the view permission filter on what is published (see `with_published_snapshot`),
    so a filter cannot reveal an unpublished edit or the internal workflow state."""

    q = django_filters.CharFilter(method="filter_q", max_length=200,
                                  label="Full-text search in the claim text and speaker.")
    status = django_filters.MultipleChoiceFilter(choices=Claim.Status.choices, method="filter_status",
                                                 label="Others than staff see published or retracted.")
    language = django_filters.ChoiceFilter(choices=Language.choices, method="filter_language")
    article = IdFilter(field_name="article_id")
    assignee = IdFilter(field_name="assignee_id")
    min_score = django_filters.NumberFilter(field_name="score", lookup_expr="gte", min_value=0, max_value=1)

    class Meta:
        model = Claim
        fields = []

    def _staff(self) -> bool:
        return can_view(getattr(self.request, "user", None), "claim")

    def filter_q(self, queryset, name, value):
        return full_text(queryset, ("text", "speaker" if self._staff() else "published_speaker"), value)

    def filter_status(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(**{"status__in" if self._staff() else "published_status__in": value})

    def filter_language(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(**{"language" if self._staff() else "published_language": value})

    def filter_queryset(self, queryset):
        # The public shape hides who is assigned and the score: filtering on them would reveal both.
        if not self._staff():
            for name in ("assignee", "min_score"):
                if self.form.cleaned_data.get(name) is not None:
                    raise ValidationError({name: "Only staff may filter claims by this."})
        return super().filter_queryset(queryset)


class ArticleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="title", lookup_expr="icontains", max_length=200)
    status = django_filters.MultipleChoiceFilter(choices=Article.Status.choices)
    language = django_filters.ChoiceFilter(choices=Language.choices)
    publisher = django_filters.CharFilter(lookup_expr="iexact", max_length=200)
    is_sample = django_filters.BooleanFilter()

    class Meta:
        model = Article
        fields = []


class EvidenceFilter(django_filters.FilterSet):
    claim = IdFilter(field_name="claim_id")
    source = IdFilter(field_name="source_id")
    stance = django_filters.ChoiceFilter(choices=Evidence.NumericStance.choices)
    editor_stance = django_filters.ChoiceFilter(choices=Evidence.EditorStance.choices)
    pinned = django_filters.BooleanFilter()

    class Meta:
        model = Evidence
        fields = []


class CollectionRunFilter(django_filters.FilterSet):
    claim = IdFilter(field_name="claim_id")
    status = django_filters.MultipleChoiceFilter(choices=CollectionRun.Status.choices)

    class Meta:
        model = CollectionRun
        fields = []


class StrictOrderingFilter(BaseFilterBackend):
    """`ordering=<field>` or `-<field>` over the view's `ordering_fields`; anything else is a 400.

    The cursor paginator applies the ordering; this backend validates it and documents it.
    """

    param = "ordering"

    @classmethod
    def requested(cls, request, view) -> str | None:
        raw = request.query_params.get(cls.param)
        if raw is None or raw.strip() == "":
            return None
        value = raw.strip()
        allowed = view.ordering_fields
        if "," in value or value.lstrip("-") not in allowed:
            options = ", ".join(f"{f} / -{f}" for f in allowed)
            raise ValidationError({cls.param: f"Cannot order by {raw[:60]!r}. Allowed (one field): {options}."})
        return value

    def filter_queryset(self, request, queryset, view):
        self.requested(request, view)
        return queryset

    def get_schema_operation_parameters(self, view):
        choices = [p for f in view.ordering_fields for p in (f, f"-{f}")]
        return [{
            "name": self.param, "required": False, "in": "query",
            "description": "Sort by one field; a leading minus sorts descending.",
            "schema": {"type": "string", "enum": choices},
        }]
