"""Splitting a document's text into passages: paragraphs, long ones cut at sentence ends."""

from __future__ import annotations

import re

from claims.extraction import split_sentences

MAX_CHARS = 600  # a passage an editor reads at a glance; longer paragraphs are cut
TARGET_CHARS = 400
MIN_CHARS = 20

_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[-•*]\s)")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_passages(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets into `text` of its passages, in order and without overlap."""
    out: list[tuple[int, int]] = []
    for p_start, p_end in _paragraphs(text):
        p_start, p_end = _strip(text, p_start, p_end)
        if p_end - p_start < 1:
            continue
        if p_end - p_start <= MAX_CHARS:
            out.append((p_start, p_end))
            continue
        window_start = window_end = None
        for sentence in split_sentences(text[p_start:p_end]):
            s_start, s_end = p_start + sentence.start, p_start + sentence.end
            if window_start is not None and s_end - window_start > TARGET_CHARS:
                out.append((window_start, window_end))
                window_start = None
            if window_start is None:
                window_start = s_start
            window_end = s_end
        if window_start is not None:
            out.append((window_start, window_end))
    # A sentence longer than MAX_CHARS (a list, a table row) is cut at a space so passages stay readable.
    result: list[tuple[int, int]] = []
    for start, end in out:
        while end - start > MAX_CHARS * 2:
            cut = text.rfind(" ", start + TARGET_CHARS, start + MAX_CHARS)
            cut = cut if cut > start else start + MAX_CHARS
            result.append(_strip(text, start, cut))
            start = _strip(text, cut, end)[0]
        result.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in result:
        if merged and end - start < MIN_CHARS and end - merged[-1][0] <= MAX_CHARS:
            merged[-1] = (merged[-1][0], end)  # a dangling fragment joins the passage before it
        elif end > start:
            merged.append((start, end))
    return merged
