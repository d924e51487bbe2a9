"""JSON-LD: the same JSON under the media type schema.org consumers ask for."""

from rest_framework.renderers import JSONRenderer


class JSONLDRenderer(JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"
