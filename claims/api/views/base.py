"""What every API v1 viewset shares: numeric ids, visibility, cursor pages, strict ordering, caching headers."""

from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import viewsets
from rest_framework.permissions import IsAuthenticatedOrReadOnly
from rest_framework.response import Response

from claims.api import conditional
from claims.api.filters import StrictOrderingFilter
from claims.api.pagination import CursorPage

# Ids are 1..18 digits: anything else is a 404 from the router, never a database error.
ID_PATTERN = r"[0-9]{1,18}"


class BaseViewSet(viewsets.GenericViewSet):
    lookup_value_regex = ID_PATTERN
    permission_classes = [IsAuthenticatedOrReadOnly]
    filter_backends = [DjangoFilterBackend, StrictOrderingFilter]
    pagination_class = CursorPage
    ordering_fields = ("created_at",)
    default_ordering = "-created_at"

    def cursor_ordering(self, request) -> str:
        return StrictOrderingFilter.requested(request, self) or self.default_ordering

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        return conditional.patch_caching(request, response)

    def conditional_retrieve(self, obj, data_fn, validators):
        """200 with ETag/Last-Modified, or 304 when the client's copy is current."""
        etag, last_modified = validators
        if conditional.not_modified(self.request, etag, last_modified):
            return conditional.not_modified_response(etag, last_modified)
        response = Response(data_fn())
        conditional.set_validators(response, etag, last_modified)
        return response

    def list_page(self, queryset):
        page = self.paginate_queryset(self.filter_queryset(queryset))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)
