"""The connector interface: a claim's query in, candidate documents out; network only through the safe fetcher."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field, replace
from datetime import datetime
from urllib.parse import urlencode, urlsplit, urlunsplit

from workers.sources.query import ClaimQuery


@dataclass
class Candidate:
    """A document a connector proposes. With `source_id` it is already stored; otherwise it is fetched."""

    url: str
    title: str = ""
    publisher: str = ""
    published_at: datetime | None = None
    language: str = ""
    snippet: str = ""
    kind: str = "web"
    source_id: int | None = None


class ConnectorError(Exception):
    """A connector could not do its search; `code` is stable ("timeout", "bad_response", ...)."""

    def __init__(self, message: str, *, code: str = "connector_error"):
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass
class Connector:
    """Base of every connector. Subclasses set `name` and `kind` and implement `search`."""

    name = ""
    kind = "web"
    timeout: float = 30.0
    policy: object = None  # a workers.fetch.FetchPolicy; None: the process default
    started: float = field(default_factory=time.monotonic)
    secrets: tuple[str, ...] = ()  # values never to be stored or shown (API keys)

    @classmethod
    def configured(cls) -> bool:
        """Whether settings give this connector what it needs (e.g. an API key)."""
        return True

    def search(self, query: ClaimQuery) -> list[Candidate]:
        raise NotImplementedError

    # --- helpers for network connectors ---------------------------------------------------------

    def remaining(self) -> float:
        left = self.timeout - (time.monotonic() - self.started)
        if left <= 0.05:
            raise ConnectorError(f"{self.name} took longer than its {self.timeout:g} s time limit.", code="timeout")
        return left

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            if secret:
                text = text.replace(secret, "***")
        return text

    def get_json(self, base_url: str, params: dict) -> tuple[dict, object]:
        """GET `base_url` with `params` through the safe fetcher; (parsed JSON, archived Snapshot)."""
        from claims.services.articles import snapshot_store
        from workers.fetch import FetchError, fetch, get_default_policy

        parts = urlsplit(base_url)
        query = "&".join(p for p in (parts.query, urlencode(params)) if p)
        url = urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))
        policy = self.policy or get_default_policy()
        policy = policy.replace(deadline=min(policy.deadline, self.remaining()))
        try:
            result = fetch(url, accept=("json",), policy=policy)
        except FetchError as exc:
            code = "timeout" if exc.code == "timeout" else exc.code
            raise ConnectorError(self.redact(f"{exc.code}: {exc.message}"), code=code) from None
        try:
            data = json.loads(result.text or "")
        except ValueError:
            raise ConnectorError(f"{self.name} answered with something that is not JSON "
                                 f"({len(result.raw)} bytes of {result.content_type}).", code="bad_response") from None
        if not isinstance(data, dict):
            raise ConnectorError(f"{self.name} answered with JSON that is not an object.", code="bad_response")
        # The archived copy must not carry the API key in its URL.
        snapshot = snapshot_store(replace(result, url=self.redact(result.url), final_url=self.redact(result.final_url)))
        return data, snapshot
