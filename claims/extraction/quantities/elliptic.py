"""A figure whose unit its parallel item names: "lag bei 2.340 Euro, in Kärnten bei 3.110" (the
unit written at the first item), "um 2,4 Mia. und ab 2028 um 3,1 Mia. Franken" (a scaled amount
before the item that names the currency). Each item has a preposition and its noun or year
("in Kärnten", "ab 2028", "in Wales"), before the second figure or after the first, and the
verb's preposition is repeated before each figure ("bei", "um", "at"); a subject written
instead ("die Zahl der Mieter auf 3.110") may count something else, and is left alone."""

from __future__ import annotations

import re
from itertools import pairwise

from ..numbers import to_json_number
from ..wordtrie import word_list
from .age_groups import _de_people
from .hits import _Hit
from .year_nouns import _en_person_plural

_FIGURE_PREP = r"(bei|auf|um|von|mit|at|on|to|by|of|with)"
_R_PREP_BEFORE = re.compile(r"(?i)(?<![\w])" + _FIGURE_PREP + r"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?$")
_ITEM = (
    r"(?i:in|im|für|bei|beim|unter|ab|seit|nach|vor|am|aus|for|among|from|after|since)"
    r"(?:[ \u00a0]+[\w.’'\-]+){1,3}?"
)
_AND = r"(?:und|and|sowie)"
# The item before the second figure ("2.340 Euro, in Kärnten bei 3.110") or after the first
# ("by 4.5 billion in Wales and by 6 billion pounds").
_R_ITEM_LINK = re.compile(
    r"(?:(?:,|,?[ \u00a0]+" + _AND + r")[ \u00a0]+" + _ITEM + r"|[ \u00a0]+" + _ITEM + r",?[ \u00a0]+" + _AND + r")"
    r"[ \u00a0]+(?i:" + _FIGURE_PREP + r")[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?$"
)
# The elliptic figure ends its item: punctuation, the end, or the next item's conjunction.
_R_ITEM_END = re.compile(r"[ \u00a0]*(?:[.,;:!?)]|$)|[ \u00a0]+(?:und|and|sowie|oder|or)[ \u00a0]")
# "Der Grundwehrdienst dauert sechs Monate, der Zivildienst neun.", "Der Bund zahlt 40 Prozent, die
# Länder 60.": the second item is a subject with its article and the figure closes the sentence (or
# its clause); a subject that counts ("die Zahl der Mieter 3.110") is left alone.
_R_SUBJECT_LINK = re.compile(
    r",[ \u00a0]+(?:der|die|das|den|dem)[ \u00a0]+([A-ZÄÖÜ][\w\-]*)(?:[ \u00a0]+[A-ZÄÖÜ][\w\-]*)?[ \u00a0]+$"
)
_COUNTING_HEADS = frozenset(word_list("Zahl Anzahl Summe Menge"))
_R_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[.;!?]|$)")
_UNIT_KINDS = ("percent", "duration", "money")
_SKIPPED = ("year", "date")
_REACH = 60


def _same_prep(text: str, a: _Hit, link: re.Match) -> bool:
    before = _R_PREP_BEFORE.search(text, max(0, a.start - 30), a.start)
    return before is not None and before.group(1).lower() == link.group(1).lower()


def _elliptic_items(text: str, hits: list[_Hit]) -> None:
    for i, a in enumerate(hits):
        scaled_count = a.kind == "count" and a.unit is None and a.scale > 1
        if a.kind not in _UNIT_KINDS and not scaled_count:
            continue
        j = i + 1
        while j < len(hits) and hits[j].kind in _SKIPPED and j - i < 3:
            j += 1  # "ab 2028": a year names the item
        if j == len(hits) or hits[j].start - a.end > _REACH:
            continue
        b = hits[j]
        if a.kind in _UNIT_KINDS and b.kind == "count" and b.unit is None and b.scale == 1 and b.raw is not None:
            # "bei 2.340 Euro, in Kärnten bei 3.110": the unit reaches forward.
            link = _R_ITEM_LINK.match(text, a.end, b.start)
            if link is None or not _R_ITEM_END.match(text, b.end) or not _same_prep(text, a, link):
                subject = _R_SUBJECT_LINK.match(text, a.end, b.start)
                if (
                    subject is None
                    or subject.group(1) in _COUNTING_HEADS
                    or _de_people(subject.group(1))  # ("die Mitarbeiter 300": people counted)
                    or not _R_CLAUSE_END.match(text, b.end)
                ):
                    continue
            b.kind, b.unit, b.bare, b.scale = a.kind, a.unit, False, a.scale
            b.value = to_json_number(b.raw * a.scale)
        elif scaled_count and b.kind == "money" and b.scale > 1:
            # "um 2,4 Mia. und ab 2028 um 3,1 Mia. Franken": the currency reaches back.
            link = _R_ITEM_LINK.match(text, a.end, b.start)
            if link is None or not _same_prep(text, a, link):
                continue
            a.kind, a.unit, a.bare = "money", b.unit, False


# "Insgesamt legten 3184 Personen ein Ja und 1296 ein Nein in die Urne", "stimmten 2210 Personen
# dafür und 1860 dagegen": a bare figure after "und"/"and" in the clause of a count of people is
# the list's second count of them (its verb and noun left out), not a year its digits may look
# like, when the item ends there, repeats the word after the first ("mit Ja und 1996 mit Nein"),
# opens with an article or casts a vote ("3000 Menschen kamen, und 1989 fiel die Mauer" keeps its
# year).
_R_PEOPLE_LINK = re.compile(r"[ \u00a0]*([^\W\d_]*)[^\d.;:!?]{0,40}?[ \u00a0](?:und|and|oder|or)[ \u00a0]+$")
_R_PEOPLE_ITEM_AFTER = re.compile(r"[ \u00a0]*(?:[.,;:)]|$)|[ \u00a0]+([^\W\d_]+)(?![\w])")
_ITEM_OPENERS = frozenset(word_list("ein eine einen a an ja nein dafür dagegen yes no against"))


def _people_noun(noun: str | None) -> bool:
    return noun is not None and (_de_people(noun) if noun[:1].isupper() else _en_person_plural(noun))


def _elliptic_people_counts(text: str, hits: list[_Hit]) -> None:
    for p, y in pairwise(hits):
        if y.kind != "year" or p.kind != "count" or y.end - y.start != 4 or not _people_noun(p.unit):
            continue
        link = _R_PEOPLE_LINK.fullmatch(text, p.end, y.start)
        after = _R_PEOPLE_ITEM_AFTER.match(text, y.end) if link else None
        if after is None:
            continue
        word = (after.group(1) or "").lower()
        if not word or word in _ITEM_OPENERS or word == link.group(1).lower():
            y.kind = "count"


# "die ÖVP mit 21 und die SPÖ mit 19 Prozent", "Die Linke kommt auf elf, die SPD auf acht und das BSW
# auf sechs Prozent", "Labour on 31, the Tories on 24 and Reform on 19 percent": a list of parties'
# shares names its unit once, at the last item; each earlier bare figure is followed by the next
# item's subject and the preposition the verb repeats ("mit", "auf", "bei", "on", "at").
_R_SHARE_ITEM_LINK = re.compile(
    r"[ \u00a0]*(?:,|[ \u00a0]und|[ \u00a0]sowie|,?[ \u00a0]and)[ \u00a0]+(?:(?:die|der|das|den|dem|the)[ \u00a0]+)?"
    r"[A-ZÄÖÜ][\w\-/]*(?:[ \u00a0]+[A-ZÄÖÜ][\w\-/]*)?[ \u00a0]+"
    r"(?:(?:kommt|kommen|liegt|liegen|landet|landen|erreicht|erreichen|is|are|was|were)[ \u00a0]+)?"
    r"(?:mit|auf|bei|on|at|with)[ \u00a0]+$"
)
_R_COUNTING_SUBJECT = re.compile(
    r"(?i)(?<![\w])(?:zahl|anzahl|summe|menge|number|total|count|tally)(?![\w])"
    r"|(?<![\w])(?:die|das|den)[ \u00a0]+(?:der|des)[ \u00a0]"  # "die der Vermissten auf 40": "die Zahl" left out
)
_R_SHARE_PREP_BEFORE = re.compile(r"(?i)(?<![\w])(?:mit|auf|bei|on|at|with)[ \u00a0]+$")


def _elliptic_shares(text: str, hits: list[_Hit]) -> None:
    """See _R_SHARE_ITEM_LINK: from the last percentage back, each bare figure of the list."""
    for j in range(len(hits) - 1, 0, -1):
        b, a = hits[j], hits[j - 1]
        if b.kind != "percent" or b.unit != "%" or a.kind != "count" or a.unit is not None:
            continue
        if a.scale != 1 or a.raw is None or not 0 <= a.raw <= 100 or a.qualifier is not None:
            continue
        if _R_SHARE_ITEM_LINK.fullmatch(text, a.end, b.start) is None:
            continue
        if _R_SHARE_PREP_BEFORE.search(text, max(0, a.start - 8), a.start) is None:
            continue
        clause = max(text.rfind(". ", 0, a.start) + 1, text.rfind(", ", 0, a.start) + 1, 0)
        if _R_COUNTING_SUBJECT.search(text, clause, a.start):
            continue  # "Die Zahl der Toten stieg auf 21, die Quote auf 7 Prozent": a count, then a rate
        a.kind, a.unit, a.bare = "percent", "%", False
