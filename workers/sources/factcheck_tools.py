"""Google Fact Check Tools `claims:search`: existing fact checks of similar claims, kept with their rating."""

from __future__ import annotations

import logging

from django.conf import settings
from django.utils.dateparse import parse_datetime

from claims.services.errors import DomainError
from workers.sources.base import Candidate, Connector, ConnectorError
from workers.sources.query import ClaimQuery

log = logging.getLogger(__name__)


def review_text(claim: dict, review: dict) -> str:
    """One passage that says what was checked, by whom, and the verdict (the rating is the point)."""
    publisher = (review.get("publisher") or {}).get("name") or (review.get("publisher") or {}).get("site") or "?"
    said = claim.get("text") or ""
    who = ", ".join(x for x in (claim.get("claimant") or "", (claim.get("claimDate") or "")[:10]) if x)
    rating = review.get("textualRating") or "no rating given"
    title = review.get("title") or ""
    text = f"Fact check by {publisher}: “{said}”" + (f" ({who})" if who else "") + f". Rating: {rating}."
    return f"{text} {title}".strip()


def _date(value):
    """reviewDate as a datetime; None when missing or no date ("2026-13-45")."""
    try:
        return parse_datetime(value) if isinstance(value, str) else None
    except ValueError:
        return None


class FactCheckToolsConnector(Connector):
    name = "factcheck_tools"
    kind = "fact_check"

    @classmethod
    def configured(cls) -> bool:
        return bool(settings.FACTCHECK_TOOLS_API_KEY)

    def search(self, query: ClaimQuery) -> list[Candidate]:
        from claims.services.sources import source_store

        key = settings.FACTCHECK_TOOLS_API_KEY
        self.secrets = (key,)
        out: list[Candidate] = []
        for language in query.languages():
            text = query.search_text(language, max_words=6)
            if not text:
                continue
            data, snapshot = self.get_json(settings.FACTCHECK_TOOLS_URL, {
                "query": text, "languageCode": language, "pageSize": settings.SOURCES_CONNECTOR_MAX_RESULTS,
                "key": key,
            })
            if "error" in data:
                error = data["error"]
                message = error.get("message", error) if isinstance(error, dict) else error
                raise ConnectorError(self.redact(f"Fact Check Tools refused the search: {message}"),
                                     code="bad_response")
            claims = data.get("claims", [])
            if not isinstance(claims, list):
                raise ConnectorError("Fact Check Tools answered without a claims list.", code="bad_response")
            for claim in claims:
                reviews = claim.get("claimReview") if isinstance(claim, dict) else None
                for review in reviews if isinstance(reviews, list) else []:
                    if not isinstance(review, dict) or not isinstance(review.get("url"), str):
                        continue
                    publisher = review.get("publisher") or {}
                    try:
                        source = source_store(
                            url=review["url"], text=review_text(claim, review),
                            title=(review.get("title") or claim.get("text") or "")[:500],
                            publisher=(publisher.get("name") or publisher.get("site") or "")[:200],
                            language=review.get("languageCode") if review.get("languageCode") in ("de", "en") else "",
                            published_at=_date(review.get("reviewDate")),
                            kind=self.kind, snapshot=snapshot, fetched_at=snapshot.fetched_at,
                        )
                    except DomainError as exc:  # one unusable review (its URL) must not lose the others
                        log.info("fact check %s skipped: %s", review["url"][:200], exc.message)
                        continue
                    out.append(Candidate(url=source.url, title=source.title, publisher=source.publisher,
                                         published_at=source.published_at, language=source.language, kind=self.kind,
                                         source_id=source.pk))
        return out
