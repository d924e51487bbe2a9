"""Helpers for the fetcher tests (import as ``tests.workers.fetch.fetch_helpers``)."""

from __future__ import annotations

from workers.fetch import FetchPolicy


def make_policy(*allow: str, **overrides) -> FetchPolicy:
    """A fast test policy that lets exactly the named hosts through."""
    values = {
        "allow": allow,
        "connect_timeout": 2.0,
        "read_timeout": 2.0,
        "deadline": 5.0,
        "politeness_delay": 0.0,
        "contact_url": "https://factcheck.test/about/fetcher",
    }
    values.update(overrides)
    return FetchPolicy(**values)


def map_resolver(mapping: dict[str, list[str] | str]):
    """A resolver (policy.resolver) that answers from ``mapping`` and records the lookups."""

    def resolve(host: str, port: int) -> list[str]:
        resolve.calls.append(host)
        if host not in mapping:
            raise OSError(f"test resolver: no such host {host}")
        answer = mapping[host]
        return [answer] if isinstance(answer, str) else list(answer)

    resolve.calls = []
    return resolve
