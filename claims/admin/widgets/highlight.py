"""Highlight spans of untrusted text by offsets: every slice is escaped, markup comes only from us."""

import re
from dataclasses import dataclass, field

from django.utils.html import format_html, format_html_join

KINDS = {"claim", "qty", "number"}
# Digits with separators, decimals, and an optional percent sign: a fallback when no quantities are stored.
NUMBER_RE = re.compile(r"\d+(?:[.,\u202f\u00a0]\d+)*(?:\s?(?:%|Prozent|percent))?")


@dataclass(frozen=True)
class Mark:
    """A span [start, end) of the whole text; `inner` marks lie inside it."""

    start: int
    end: int
    kind: str
    href: str = ""
    title: str = ""
    inner: tuple = field(default_factory=tuple)


def _usable(marks, lo: int, hi: int) -> list[Mark]:
    """Marks inside [lo, hi], in order, without overlaps (the first of two overlapping ones wins)."""
    kept, pos = [], lo
    valid = [m for m in marks if isinstance(m.start, int) and isinstance(m.end, int) and m.kind in KINDS]
    for mark in sorted(valid, key=lambda m: (m.start, -m.end)):
        if mark.start < pos or mark.end > hi or mark.start >= mark.end:
            continue
        kept.append(mark)
        pos = mark.end
    return kept


def _render(text: str, mark: Mark):
    inner = highlight(text, mark.inner, start=mark.start, end=mark.end)
    if mark.href:
        return format_html(
            '<a class="fc-link" href="{}"><mark class="fc-{}" title="{}" data-start="{}" data-end="{}">{}</mark></a>',
            mark.href, mark.kind, mark.title, mark.start, mark.end, inner,
        )
    return format_html('<mark class="fc-{}" title="{}">{}</mark>', mark.kind, mark.title, inner)


def highlight(text: str, marks=(), *, start: int = 0, end: int | None = None):
    """text[start:end] as safe HTML with `marks` wrapped in <mark>; all of the text itself is escaped."""
    text = text or ""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, end))
    parts, pos = [], start
    for mark in _usable(marks, start, end):
        parts.append(text[pos:mark.start])  # plain str: format_html_join escapes it
        parts.append(_render(text, mark))
        pos = mark.end
    parts.append(text[pos:end])
    return format_html_join("", "{}", ((part,) for part in parts if part))


def _quantity_title(q: dict) -> str:
    bits = [str(q[key]) for key in ("value", "unit") if q.get(key) not in (None, "")]
    return " ".join(bits) or "number"


def quantity_marks(text: str, quantities, *, offset: int = 0, base: int = 0, kind: str = "qty") -> list[Mark]:
    """Marks for stored quantities of `text`, placed at `base` in the text being highlighted.

    A quantity's start/end may be relative to `text` or to a larger document in which `text` starts at
    `offset`; when neither matches its surface string, the surface string is looked up in `text`.
    """
    marks, search_from = [], 0
    for q in quantities or []:
        if not isinstance(q, dict):
            continue
        surface = next((q[k] for k in ("text", "raw", "surface", "span") if isinstance(q.get(k), str)), None)
        s, e = q.get("start"), q.get("end")
        found = None
        if isinstance(s, int) and isinstance(e, int):
            for shift in (0, offset):
                a, b = s - shift, e - shift
                if 0 <= a < b <= len(text) and (surface is None or text[a:b] == surface):
                    found = (a, b)
                    break
        if found is None and surface:
            at = text.find(surface, search_from)
            at = text.find(surface) if at < 0 else at
            if at >= 0:
                found = (at, at + len(surface))
        if found:
            marks.append(Mark(base + found[0], base + found[1], kind, title=_quantity_title(q)))
            search_from = found[1]
    return marks


def number_marks(text: str, *, base: int = 0) -> list[Mark]:
    """Every number in `text` (a fallback for passages without stored quantities)."""
    return [Mark(base + m.start(), base + m.end(), "number", title="number") for m in NUMBER_RE.finditer(text)]


def passage_html(passage: str, quantities=(), *, offset: int = 0):
    """An evidence passage with its numbers marked."""
    marks = quantity_marks(passage, quantities, offset=offset, kind="number") or number_marks(passage)
    return highlight(passage, marks)


def claim_in_context(claim, *, radius: int = 240):
    """The claim's sentence marked inside the article text around it, with its quantities marked."""
    text = claim.article.text or ""
    if not (0 <= claim.start < claim.end <= len(text)) or text[claim.start:claim.end] != claim.text:
        # Offsets no longer match the stored article text: show the sentence alone rather than guess.
        inner = quantity_marks(claim.text, claim.quantities)
        return highlight(claim.text, [Mark(0, len(claim.text), "claim", title="claim", inner=tuple(inner))])
    lo = max(0, claim.start - radius)
    hi = min(len(text), claim.end + radius)
    lo = text.rfind(" ", 0, lo) + 1 if lo > 0 else 0  # start and end on word boundaries
    space = text.find(" ", hi)
    hi = space if hi < len(text) and space > 0 else len(text)
    inner = quantity_marks(claim.text, claim.quantities, offset=claim.start, base=claim.start)
    mark = Mark(claim.start, claim.end, "claim", title="claim", inner=tuple(inner))
    body = highlight(text, [mark], start=lo, end=hi)
    return format_html("{}{}{}", "… " if lo > 0 else "", body, " …" if hi < len(text) else "")


def article_html(article, claims, *, href_for):
    """The whole article text with every claim's span marked and linked (href_for(claim) -> URL)."""
    text = article.text or ""
    marks = []
    for claim in claims:
        if not (0 <= claim.start < claim.end <= len(text)):
            continue
        inner = quantity_marks(claim.text, claim.quantities, offset=claim.start, base=claim.start)
        title = f"{claim.get_status_display()} · score {claim.score:.2f}"
        marks.append(Mark(claim.start, claim.end, "claim", href=href_for(claim), title=title, inner=tuple(inner)))
    return highlight(text, marks)
