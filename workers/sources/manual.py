"""URLs an editor added to the claim by hand: fetched again on every run (within the refresh interval)."""

from __future__ import annotations

from workers.sources.base import Candidate, Connector
from workers.sources.query import ClaimQuery


class ManualConnector(Connector):
    name = "manual"
    kind = "manual"

    def search(self, query: ClaimQuery) -> list[Candidate]:
        from claims.models import ManualSource

        rows = ManualSource.objects.filter(claim_id=query.claim_id).select_related("source")
        return [Candidate(url=row.source.url, title=row.source.title, publisher=row.source.publisher,
                          published_at=row.source.published_at, language=row.source.language, kind=self.kind)
                for row in rows]
