"""MediaWiki search (German and English Wikipedia by default): titles from list=search, intros from prop=extracts."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from django.conf import settings

from claims.services.errors import DomainError
from workers.sources.base import Candidate, Connector, ConnectorError
from workers.sources.query import ClaimQuery

log = logging.getLogger(__name__)


def wiki_entry(entry: str, default: str) -> tuple[str, str]:
    """(language, API URL) of a MEDIAWIKI_URLS entry: "en=https://wiki.example/api.php" names the language,
    "https://de.wikipedia.org/w/api.php" gives it by its host; other wikis take the claim's language."""
    if len(entry) > 3 and entry[2] == "=" and entry[:2] in ("de", "en"):
        return entry[:2], entry[3:]
    prefix = (urlsplit(entry).hostname or "").split(".", 1)[0]
    return (prefix if prefix in ("de", "en") else default), entry


def _pages(data: dict) -> list[dict]:
    pages = (data.get("query") or {}).get("pages") or []
    if isinstance(pages, dict):  # formatversion=1: keyed by page id
        pages = list(pages.values())
    if not isinstance(pages, list):
        raise ConnectorError("MediaWiki answered with pages in an unknown shape.", code="bad_response")
    return [p for p in pages if isinstance(p, dict)]


class MediaWikiConnector(Connector):
    name = "mediawiki"
    kind = "encyclopedia"

    @classmethod
    def configured(cls) -> bool:
        return bool(settings.MEDIAWIKI_URLS)

    def search(self, query: ClaimQuery) -> list[Candidate]:
        from claims.services.sources import source_store

        per_wiki = max(1, min(5, settings.SOURCES_CONNECTOR_MAX_RESULTS))
        out: list[Candidate] = []
        for entry in settings.MEDIAWIKI_URLS:
            language, api = wiki_entry(entry, query.language)
            if language not in query.languages():
                continue
            text = query.search_text(language)
            if not text:
                continue
            found, _snapshot = self.get_json(api, {
                "action": "query", "list": "search", "srsearch": text, "srlimit": per_wiki, "srprop": "snippet",
                "format": "json", "formatversion": "2",
            })
            if "error" in found:
                raise ConnectorError(f"MediaWiki refused the search: {found['error'].get('info', found['error'])}",
                                     code="bad_response")
            results = (found.get("query") or {}).get("search")
            if not isinstance(results, list):
                raise ConnectorError("MediaWiki answered without a search result list.", code="bad_response")
            titles = [r["title"] for r in results if isinstance(r, dict) and isinstance(r.get("title"), str)]
            if not titles:
                continue
            pages, snapshot = self.get_json(api, {
                "action": "query", "prop": "extracts|info", "exintro": "1", "explaintext": "1", "exlimit": "max",
                "inprop": "url", "titles": "|".join(titles[:20]), "format": "json", "formatversion": "2",
            })
            host = urlsplit(api).hostname or api
            for page in _pages(pages):
                extract, url = page.get("extract") or "", page.get("fullurl") or page.get("canonicalurl")
                if not extract.strip() or not isinstance(url, str):
                    continue
                try:
                    source = source_store(url=url, text=extract, title=str(page.get("title", ""))[:500],
                                          publisher=host, language=language, kind=self.kind, snapshot=snapshot,
                                          fetched_at=snapshot.fetched_at)
                except DomainError as exc:  # one unusable page (its URL) must not lose the others
                    log.info("mediawiki page %r skipped: %s", page.get("title"), exc.message)
                    continue
                out.append(Candidate(url=source.url, title=source.title, publisher=host, language=language,
                                     kind=self.kind, source_id=source.pk))
        return out
