"""Cursor pagination (stable under inserts, cheap at any depth) with a capped page size."""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination


class CursorPage(CursorPagination):
    page_size = 20
    max_page_size = 100
    page_size_query_param = "page_size"
    ordering = "-created_at"

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None or raw == "":
            return self.page_size
        try:
            size = int(raw)
        except ValueError:
            size = 0
        if size < 1:
            problem = f"must be a whole number from 1 to {self.max_page_size}, not {raw[:40]!r}."
            raise ValidationError({self.page_size_query_param: problem})
        return min(size, self.max_page_size)  # larger requests are capped, not refused

    def paginate_queryset(self, queryset, request, view=None):
        try:
            return super().paginate_queryset(queryset, request, view)
        except (DjangoValidationError, ValueError, TypeError, OverflowError):
            # A hand-made cursor whose position is no date or number fails in the filter, not in DRF.
            if not request.query_params.get(self.cursor_query_param):
                raise
            raise NotFound(self.invalid_cursor_message) from None

    def get_ordering(self, request, queryset, view):
        # Views decide (status- and parameter-dependent) and have validated the `ordering` parameter.
        chooser = getattr(view, "cursor_ordering", None)
        return (chooser(request),) if chooser else (self.ordering,)
