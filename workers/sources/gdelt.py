"""GDELT DOC 2.0 article search (mode=ArtList, format=json): news articles around the claim's date."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.utils import timezone

from workers.sources.base import Candidate, Connector, ConnectorError
from workers.sources.query import ClaimQuery

GDELT_LANGUAGES = {"german": "de", "english": "en"}


def gdelt_query(query: ClaimQuery) -> str:
    """GDELT syntax: quoted phrases are ANDed; words shorter than three letters are refused by GDELT."""
    names = [n for n in query.names() if len(n) >= 3][:2]
    parts = [f'"{n}"' if " " in n else n for n in names]
    if len(parts) < 2:
        parts += [w for w in query.words(query.language) if len(w) >= 3][: 2 - len(parts)]
    return " ".join(parts)


def parse_seendate(value: str):
    """"20251203T101500Z" -> aware datetime (None when unreadable)."""
    try:
        return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except (TypeError, ValueError):
        return None


class GdeltConnector(Connector):
    name = "gdelt"
    kind = "news"

    @classmethod
    def configured(cls) -> bool:
        return bool(settings.GDELT_URL)

    def search(self, query: ClaimQuery) -> list[Candidate]:
        text = gdelt_query(query)
        if not text:
            return []
        around = query.article_date or timezone.now()
        start = around - timedelta(days=settings.GDELT_DAYS)
        end = min(around + timedelta(days=settings.GDELT_DAYS), timezone.now())
        params = {"query": text, "mode": "ArtList", "format": "json", "sort": "HybridRel",
                  "maxrecords": settings.SOURCES_CONNECTOR_MAX_RESULTS}
        if end > start:
            params.update(startdatetime=start.astimezone(UTC).strftime("%Y%m%d%H%M%S"),
                          enddatetime=end.astimezone(UTC).strftime("%Y%m%d%H%M%S"))
        data, _snapshot = self.get_json(settings.GDELT_URL, params)
        articles = data.get("articles", [])  # no match: GDELT answers with an empty object
        if not isinstance(articles, list):
            raise ConnectorError("GDELT answered without an article list.", code="bad_response")
        out = []
        for item in articles[: settings.SOURCES_CONNECTOR_MAX_RESULTS]:
            if not isinstance(item, dict) or not isinstance(item.get("url"), str):
                continue
            out.append(Candidate(
                url=item["url"], title=str(item.get("title") or "")[:500],
                publisher=str(item.get("domain") or "")[:200],
                published_at=parse_seendate(item.get("seendate")),
                language=GDELT_LANGUAGES.get(str(item.get("language") or "").lower(), ""), kind=self.kind,
            ))
        return out
