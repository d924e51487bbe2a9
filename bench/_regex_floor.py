"""How long the extractor's regular expressions alone take on the benchmark corpus.

Run by bench/extraction.py in a child process (it patches re.compile before the extractor
is imported). Every call a compiled pattern receives while extract_claims runs over the
corpus is recorded with its arguments (and, for finditer, how many matches the caller
took); then the calls are replayed bare, without the Python around them. That replay time
is a floor for any implementation that keeps these regexes on Python's `re` engine: if it
is already above the time the throughput target allows, compiling the Python (Cython,
mypyc) cannot meet the target. Module-level re.search(str, ...) calls are not recorded,
so the floor errs low. Prints one JSON object.
"""

from __future__ import annotations

import gc
import itertools
import json
import re
import sys
import time
from pathlib import Path

_compile = re.compile
_CALLS: list[list] = []
_RECORDED = frozenset({"search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"})


class _Recording:
    __slots__ = ("_pattern",)

    def __init__(self, pattern: re.Pattern) -> None:
        self._pattern = pattern

    def __getattr__(self, name: str):
        method = getattr(self._pattern, name)
        if name not in _RECORDED:
            return method

        def call(*args, **kwargs):
            entry = [method, args, kwargs, None]
            _CALLS.append(entry)
            result = method(*args, **kwargs)
            if name == "finditer":
                entry[3] = 0
                return _counted(result, entry)
            return result

        return call


def _counted(matches, entry):
    for m in matches:
        entry[3] += 1
        yield m


def _recording_compile(pattern, flags=0):
    return pattern if isinstance(pattern, _Recording) else _Recording(_compile(pattern, flags))


def _replay(calls) -> float:
    gc.collect()
    start = time.perf_counter()
    for method, args, kwargs, taken in calls:
        result = method(*args, **kwargs)
        if taken is not None:
            for _ in itertools.islice(result, taken):
                pass
    return time.perf_counter() - start


def _slowest(calls) -> tuple[str, float]:
    """The pattern whose calls take the largest share of the replay, and that share: one
    pattern far above the rest is a whole-text scan worth a cheap gate."""
    spent: dict[str, float] = {}
    clock = time.perf_counter
    for method, args, kwargs, taken in calls:
        start = clock()
        result = method(*args, **kwargs)
        if taken is not None:
            for _ in itertools.islice(result, taken):
                pass
        key = method.__self__.pattern
        spent[key] = spent.get(key, 0.0) + clock() - start
    pattern = max(spent, key=spent.__getitem__)
    return pattern, spent[pattern] / sum(spent.values())


def main() -> None:
    re.compile = _recording_compile
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.extraction import CORPUS_BYTES, corpus
    from claims.extraction import extract_claims

    docs = corpus(CORPUS_BYTES, seed=7)
    for _, text in docs:
        extract_claims(text)
    calls = list(_CALLS)
    best = min(_replay(calls) for _ in range(3))
    mb = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6
    pattern, share = _slowest(calls)
    print(
        json.dumps(
            {
                "regex_calls": len(calls),
                "regex_only_seconds": round(best, 3),
                "corpus_mb": round(mb, 3),
                "slowest_pattern": pattern[:80],
                "slowest_pattern_share": round(share, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
