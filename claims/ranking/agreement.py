"""Numeric agreement: do a passage's figures agree with the claim's, conflict with them, or say nothing?

Each quantity (from the extraction engine) becomes a `Figure`: a comparison group, an interval of
values it is compatible with, and the words around it. The interval comes from how the figure was
written: "2,4 Millionen" is rounded to a tenth of a million, "rund/etwa/about" widens it, "mehr
als/over" opens it upwards, a simple fraction ("ein Viertel") stands for a few percentage points.
Two figures are compared only when they are about the same thing (same group and unit, and shared
words around them); then overlapping intervals agree and disjoint ones conflict. "zwischen 10 und 15",
"10 bis 15", "10-15" are one figure spanning both ends; a figure the text denies ("nicht 28, sondern
20") conflicts with a claim it would match and agrees with nothing; a figure tied to another year
than the claim's ("2020 lag die Quote bei ...") is another figure.

Judgment calls left as they are: an unhedged figure's tolerance is capped at 2 % ("1,8 Milliarden"
conflicts with 1,75); figures about another country or person with the same wording are compared
(only relevance, through the claim's names, keeps such passages out); a year and a full date are
different groups; "das sechste Treffen" and "sechs Mal" are an ordinal and a count and not compared;
a denial counts only as a correction ("nicht 28, sondern 20", "not 28 but 20"): a bare "nicht 100
Prozent" is too often a hedge.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from claims.ranking.lexicon import synonyms, translations
from claims.ranking.text import STOPWORDS, is_content, stem, tokens, word_list

AGREES, CONFLICTS, NO_NUMBER = "agrees", "conflicts", "no_number"

_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.44,
         "year": 365.25}
# Words that sit next to numbers everywhere; sharing them says nothing about the subject.
_GENERIC = frozenset(
    stem(w, lang) for lang in ("de", "en") for w in word_list(
    "prozent percent prozentpunkt mal time times jahr jahre jahren year years million millionen milliard "
    "milliarden billion euro dollar rund etwa knapp uber mehr weniger fast nearly about around insgesamt "
    "total zahl number")
)
# Ordinals of occurrences ("zum dritten Mal", "das dritte Treffen", "for the third time") count as one subject.
_OCCURRENCE = frozenset(
    stem(w, lang) for lang in ("de", "en") for w in word_list(
    "mal treffen runde gesprach besuch begegnung sitzung time times meeting round visit talks session")
)
# "Wien, 18. November (Beispielagentur) - ": the date of the report, not a figure of the claim.
DATELINE = re.compile(
    r"^\s*[A-ZÄÖÜ][\w.'’-]*(?:\s[A-ZÄÖÜ][\w.'’-]*){0,2}"  # one to three capitalised words: the place
    r"(?:,\s[^\n]{1,50}?|\s\([^)\n]{1,40}\))\s[-–—]\s"  # ", date (agency)" or " (agency)", then a dash
)
_COMPOUND_DURATION = re.compile(r"-\w+$|\w(?:stündig|tägig|wöchig|monatig|jährig|minütig)\w*$", re.IGNORECASE)
_NUMBER_TOKEN = re.compile(r"\d[\d.,'’\u202f\u00a0]*\d|\d")
_WINDOW = 10  # context words on each side of a figure
_YEAR = re.compile(r"(?:19|20)\d\d")
# Objects that stand for whatever the sentence is about ("des Gebiets"): a claim's one matches any passage's.
_GENERIC_OBJECTS = frozenset(
    stem(w, lang) for lang in ("de", "en") for w in word_list(
    "gebiet gebiets gebietes territorium flache region land landes area territory country bevolkerung "
    "population")
)
_OBJECT_END = re.compile(r"[,.;:!?()\"“”„]")


@dataclass(frozen=True)
class Figure:
    group: str  # share | count | ordinal | duration | money | year | date | pp
    value: float | str
    lo: float
    hi: float
    unit: str  # currency, duration base, or "" ; counted nouns are in `nouns`
    nouns: frozenset[str]
    context: frozenset[str]
    language: str
    quantity: dict = field(compare=False, hash=False)
    objects: frozenset[str] = frozenset()  # what a share or amount is of: "ein Viertel der Ostmark" -> ostmark
    denied: bool = False  # "nicht 28, sondern 20": the text says it is not 28
    linked: tuple = field(default=(), compare=False, hash=False)  # the other end of a range: marked alike


def _granularity(surface: str, value: float, language: str) -> float | None:
    """The rounding step of a written number: "2,4 Millionen" -> 100000, "40.000" -> 10000, "7" -> 1."""
    match = _NUMBER_TOKEN.search(surface)
    if match is None or not value:
        return None
    digits = match.group()
    decimal_mark = "," if language == "de" else "."
    if decimal_mark == "," and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        whole, decimals = digits.replace(".", ""), ""
    elif decimal_mark == "." and re.fullmatch(r"\d{1,3}(?:,\d{3})+", digits):
        whole, decimals = digits.replace(",", ""), ""
    elif decimal_mark in digits:
        whole, decimals = digits.rsplit(decimal_mark, 1)
        whole = re.sub(r"\D", "", whole)
    else:
        whole, decimals = re.sub(r"\D", "", digits), ""
    try:
        mantissa = float(f"{whole or 0}.{decimals or 0}")
    except ValueError:
        return None
    if not mantissa:
        return None
    scale = abs(value) / mantissa  # "Millionen", "percent" (1), "Mrd." ...
    if decimals:
        return scale * 10 ** -len(decimals)
    trailing = len(whole) - len(whole.rstrip("0"))
    return scale * 10 ** trailing


def _denominator(value: float) -> int | None:
    for d in range(2, 13):
        if abs(value * d - round(value * d)) < 0.002 * d:
            return d
    return None


def _interval(group: str, value: float, quantity: dict, language: str) -> tuple[float, float]:
    """The values a figure is compatible with, from its rounding and its hedge."""
    qualifier = quantity.get("qualifier")
    surface = quantity.get("surface") or ""
    if group in ("ordinal", "year"):
        tol = 0.0
        hedge = 0.0
    elif quantity.get("kind") == "fraction":
        d = _denominator(float(quantity["value"])) or 10
        tol = 5.0 / d  # percentage points: "ein Viertel" is 23.75-26.25 %, "rund ein Viertel" 22.5-27.5 %
        hedge = tol * 2
    else:
        step = _granularity(surface, value, language)
        step = step if step is not None else max(abs(value) * 0.01, 1e-9)
        if group == "duration":
            step = max(step, abs(value) * 0.02)  # months and years are not whole numbers of days
        # An unhedged figure is read as exact but for its last written digit (and never more than 2 %).
        tol = min(step / 2, abs(value) * 0.02)
        hedge = max(abs(value) * 0.05, min(step / 2, abs(value) * 0.10))
    if qualifier == "about":
        return value - hedge, value + hedge
    if qualifier == "nearly":
        return value - max(hedge, abs(value) * 0.10), value + tol
    # A bound is the written number itself: "mehr als 100" is not met by 98, whatever 100 rounds.
    if qualifier in ("over", "at_least"):
        return value, math.inf
    if qualifier in ("under", "at_most", "up_to"):
        return -math.inf, value
    if qualifier == "exactly":
        return value, value
    return value - tol, value + tol


def _group(quantity: dict) -> tuple[str, float | str, str] | None:
    kind, value, unit = quantity.get("kind"), quantity.get("value"), quantity.get("unit") or ""
    if kind == "fraction":
        return "share", float(value) * 100, "%"
    if kind == "percent":
        return ("share", float(value), "%") if unit in ("%", "") else ("pp", float(value), unit)
    if kind == "duration":
        factor = _DAYS.get(unit)
        return None if factor is None else ("duration", float(value) * factor, "day")
    if kind == "money":
        return "money", float(value), unit
    if kind in ("count", "ordinal", "year"):
        try:
            return kind, float(value), ""
        except (TypeError, ValueError):
            return None
    if kind == "date":
        return "date", str(value), ""
    return None


def _noun_after(text: str, end: int, language: str) -> frozenset[str]:
    """The counted or ordered noun right after a figure ("dritte Treffen", "third meeting")."""
    for token in tokens(text[end:end + 40])[:3]:
        if token.text.lower() in STOPWORDS:
            continue
        if language == "de" and not token.text[:1].isupper():
            continue  # German nouns are capitalised; skip adjectives
        return frozenset({stem(token.folded, language)})
    return frozenset()


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    from claims.extraction import split_sentences

    return [(s.start, s.end) for s in split_sentences(text)] or [(0, len(text))]


def _object(text: str, end: int, language: str) -> frozenset[str]:
    """The noun a figure is about, right after it: "60% of the region's roads" -> road, "jeder vierte Betrieb"."""
    after = text[end:end + 60]
    stop = _OBJECT_END.search(after)
    for token in tokens(after[:stop.start()] if stop else after):
        low = token.text.lower()
        if low in STOPWORDS or low.endswith(("'s", "’s")) or not is_content(token):
            continue
        if language == "de" and not token.text[:1].isupper():
            continue  # adjectives ("der befragten Unternehmen")
        return frozenset({stem(token.folded, language)})
    return frozenset()


_DENIED_BEFORE = re.compile(r"\b(?:nicht|not)\s+$", re.IGNORECASE)
_DENIED_AFTER = re.compile(r"^[^.;:!?]{0,40}?\b(?:sondern|but|rather)\b", re.IGNORECASE)
# Between the two ends of a range: "zwischen 10 und 15", "10 bis 15", "10-15", "10 to 15".
_RANGE_JOIN = re.compile(r"\s*(?:[-–—]|bis|to)\s*", re.IGNORECASE)
_RANGE_AND = re.compile(r"\s+(?:und|and)\s+", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:zwischen|between)\s+$", re.IGNORECASE)
_CHANGE_OPEN = re.compile(r"\bfrom\s+$", re.IGNORECASE)  # "rose from 5 to 7 percent" is a change, not a range


def _denied(text: str, start: int, end: int) -> bool:
    return bool(_DENIED_BEFORE.search(text[max(0, start - 8):start]) and _DENIED_AFTER.search(text[end:end + 60]))


def _ranges(text: str, out: list[Figure]) -> list[Figure]:
    """Two figures of one kind joined as a range become one figure spanning both."""
    merged: list[Figure] = []
    for fig in out:
        prev = merged[-1] if merged else None
        if prev is not None and prev.group == fig.group and prev.unit == fig.unit and not prev.linked \
                and prev.group not in ("date", "ordinal") and 0 < float(prev.value) < float(fig.value) \
                and float(fig.value) <= float(prev.value) * 1000:
            a_start, a_end = int(prev.quantity.get("start", 0)), int(prev.quantity.get("end", 0))
            between = text[a_end:int(fig.quantity.get("start", 0))]
            before = text[max(0, a_start - 10):a_start]
            joined = (_RANGE_JOIN.fullmatch(between) and not _CHANGE_OPEN.search(before)) or \
                (_RANGE_AND.fullmatch(between) and _RANGE_OPEN.search(before))
            if joined:
                merged[-1] = Figure(fig.group, (float(prev.value) + float(fig.value)) / 2, prev.lo, fig.hi, fig.unit,
                                    prev.nouns | fig.nouns, prev.context | fig.context, fig.language, fig.quantity,
                                    prev.objects | fig.objects, linked=(prev.quantity,))
                continue
        merged.append(fig)
    return merged


def figures(text: str, quantities: list[dict], language: str) -> list[Figure]:
    """Figures of `text` from its quantities (dicts with offsets into `text`)."""
    words = tokens(text)
    ends = [t.end for t in words]
    sentences = _sentence_bounds(text)
    dateline = DATELINE.match(text)
    out = []
    for q in quantities:
        grouped = _group(q)
        if grouped is None:
            continue
        group, value, unit = grouped
        start, end = int(q.get("start", 0)), int(q.get("end", 0))
        if dateline and group == "date" and end <= dateline.end():
            continue
        if group in ("date",):
            lo = hi = 0.0
        else:
            lo, hi = _interval(group, value, q, language)
        s_start, s_end = next(((a, b) for a, b in sentences if a <= start < b), (0, len(text)))
        index = bisect_right(ends, start)  # the first word ending after the figure's start
        near = [t for t in words[max(0, index - _WINDOW): index + _WINDOW + 1] if s_start <= t.start < s_end]
        context = frozenset(
            stem(t.folded, language) for t in near
            if (t.end <= start or t.start >= end) and (is_content(t) or _YEAR.fullmatch(t.text))
        ) - _GENERIC
        nouns = frozenset()
        if group == "count" and q.get("unit") and q["unit"] != "times":
            nouns = frozenset({stem(tokens(q["unit"])[-1].folded, language)}) if tokens(q["unit"]) else frozenset()
        elif group == "ordinal" or (group == "duration" and _COMPOUND_DURATION.search(q.get("surface") or "")):
            nouns = _noun_after(text, end, language)  # "dritte Treffen", "two-week strike"
        if group == "count" and nouns:
            objects = nouns
        elif group in ("share", "count", "money", "pp"):
            objects = _object(text, end, language)
        else:
            objects = frozenset()
        out.append(Figure(group, value, lo, hi, unit, nouns, context, language, q, objects, _denied(text, start, end)))
    out.sort(key=lambda f: int(f.quantity.get("start", 0)))
    return _ranges(text, out)


def _bridge(stems: frozenset[str], source: str, target: str) -> frozenset[str]:
    """Stems as they would appear in a `target` text: themselves (names), glossary translations, synonyms."""
    out = set(stems)
    for s in stems:
        out |= translations(s, source, target) if source != target else synonyms(s, source)
    return frozenset(out)


def _meet(claim_stems: frozenset[str], passage_stems: frozenset[str]) -> bool:
    """Shared stems, German compounds included ("Betrieb" meets "Industriebetrieb")."""
    if claim_stems & passage_stems:
        return True
    return any(len(a) >= 4 and len(b) >= 4 and (a.endswith(b) or b.endswith(a))
               for a in claim_stems for b in passage_stems)


def _generic(objects: frozenset[str]) -> bool:
    """Objects that name only "the area" or "the people", compounds included ("Staatsgebiet", "Landesfläche")."""
    return all(o in _GENERIC_OBJECTS or any(len(g) >= 5 and o.endswith(g) for g in _GENERIC_OBJECTS)
               for o in objects)


def _years(stems: frozenset[str]) -> frozenset[str]:
    return frozenset(s for s in stems if _YEAR.fullmatch(s))


def about_same_thing(claim: Figure, passage: Figure) -> bool:
    if claim.group != passage.group or claim.unit != passage.unit:
        return False
    if claim.group not in ("year", "date"):
        claim_years, passage_years = _years(claim.context), _years(passage.context)
        if claim_years and passage_years and not claim_years & passage_years:
            return False  # "2020 lag die Quote bei 7,4 Prozent" says nothing about 2023
    claim_nouns = _bridge(claim.nouns, claim.language, passage.language)
    if claim.group == "ordinal":
        if claim.nouns and passage.nouns:
            both_occurrences = (claim.nouns | passage.nouns) <= _OCCURRENCE | _bridge(_OCCURRENCE, "de", "en")
            return both_occurrences or bool(claim_nouns & passage.nouns)
        return True  # "zum zweiten Mal": the passage is about the claim already (relevance gate)
    if claim.group == "duration":
        if not 0.1 <= float(claim.value) / max(float(passage.value), 1e-9) <= 10:
            return False  # "zwei Jahre" and "seven hours" measure different things
        if claim.nouns and passage.nouns:
            return _meet(claim_nouns, passage.nouns)
    claim_objects = _bridge(claim.objects, claim.language, passage.language)
    if claim.objects and not _generic(claim.objects):
        # "60% of the roads" is about roads: a share of something else is another figure.
        return _meet(claim_objects, passage.objects or passage.context)
    if passage.objects and not _generic(passage.objects) and not claim.objects:
        back = _bridge(passage.objects, passage.language, claim.language)
        return _meet(back, claim.context)  # "25 Prozent der Ostmark" is no unemployment rate
    shared = _bridge(claim.context | claim.nouns, claim.language, passage.language) & (passage.context | passage.nouns)
    return bool(shared)


def compare(claim: Figure, passage: Figure) -> str | None:
    """AGREES or CONFLICTS for figures about the same thing, else None."""
    if not about_same_thing(claim, passage):
        return None
    if claim.group == "date":
        a, b = str(claim.value), str(passage.value)
        if a.startswith("--") or b.startswith("--"):
            a, b = a[-5:], b[-5:]  # "--11-18": a day without its year
        return AGREES if a == b else CONFLICTS
    overlap = claim.lo <= passage.hi and passage.lo <= claim.hi
    if passage.denied:
        return CONFLICTS if overlap else None  # "nicht 28": against a claim of 28, silent on any other
    return AGREES if overlap else CONFLICTS


def numeric_stance(claim_figures: list[Figure], passage_figures: list[Figure]) -> tuple[str, dict[int, str]]:
    """The passage's stance and, per passage figure index, what it said about the claim's figures.

    Years and dates only decide when the claim has no other figure: "seit 2019" in both texts does
    not make a passage agree with "40.000 neue Arbeitsplätze".
    """
    asserted = [f for f in claim_figures if not f.denied]  # the claim's "nicht 28" asserts no figure
    main = [f for f in asserted if f.group not in ("year", "date")] or asserted
    per_claim: list[str] = []
    marks: dict[int, str] = {}
    for cf in main:
        results = []
        for i, pf in enumerate(passage_figures):
            verdict = compare(cf, pf)
            if verdict is not None:
                results.append(verdict)
                if marks.get(i) != AGREES:
                    marks[i] = verdict
        if AGREES in results:
            per_claim.append(AGREES)
        elif CONFLICTS in results:
            per_claim.append(CONFLICTS)
    if CONFLICTS in per_claim:
        return CONFLICTS, marks
    if AGREES in per_claim:
        return AGREES, marks
    return NO_NUMBER, marks
