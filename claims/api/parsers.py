"""JSON bodies with a hard size cap: DRF reads the stream itself, so Django's own cap never fires."""

import io

from django.conf import settings
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

from claims.api.exceptions import PayloadTooLarge


class SizeLimitedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if limit is None:
            return super().parse(stream, media_type, parser_context)
        request = (parser_context or {}).get("request")
        announced = request.META.get("CONTENT_LENGTH") if request is not None else None
        if announced and announced.isdigit() and int(announced) > limit:
            raise PayloadTooLarge(limit)
        data = stream.read(limit + 1)  # never trust the announced length alone
        if len(data) > limit:
            raise PayloadTooLarge(limit)
        try:
            return super().parse(io.BytesIO(data), media_type, parser_context)
        except RecursionError:  # "[[[[..." a few thousand deep: the decoder gives up with no ValueError
            raise ParseError("JSON parse error - the body is nested too deeply.") from None
