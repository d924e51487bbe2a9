"""Compile word lists into trie-shaped regexes, which Python's re scans far faster than flat alternations."""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source matching exactly the given words (longest first by construction)."""
    root: dict = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node(root)


def _node(node: dict) -> str:
    end = "" in node
    branches = []
    singles = []
    for ch in sorted(k for k in node if k):
        sub = _node(node[ch])
        if sub:
            branches.append(re.escape(ch) + sub)
        else:
            singles.append(re.escape(ch))
    if singles:
        branches.append(singles[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return "(?:" + "|".join(branches) + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
    if len(branches) == 1 and len(body) > 1 and not body.startswith(("(?:", "[")):
        return "(?:" + body + ")"
    return body


def with_capitals(words: Iterable[str]) -> list[str]:
    """The words as given plus with a capital first letter (sentence starts, nouns)."""
    out = set()
    for w in words:
        out.add(w)
        out.add(w[:1].upper() + w[1:])
    return sorted(out)


def word_list(words: str) -> list[str]:
    """Split a whitespace-separated vocabulary written as one string."""
    return words.split()
