"""What a figure gets from the figure before it: a unit written once after a bracketed second
figure, and the bound that a bare "bis" sets when it opens no range (and "ab" after an income)."""

from __future__ import annotations

import re
from itertools import pairwise

from ..numbers import scale_value, to_json_number
from .currency_codes import _currency_code
from .hits import _Hit
from .tables import _SUBUNITS
from .units import _R_CURRENCY, _R_PERCENT, _R_SCALE, percent_unit

# "auf 1,0832 (Montag: 1,0791) Dollar", "auf 5,9 (Vormonat: 6,0) Prozent": a figure, the one it is
# compared with in brackets (a label of words before it), then the unit, written once for both.
# (or abbreviated without a colon: "auf 18,3 (Vj. 52,7) Millionen Euro", batch 403)
_R_BRACKET_OPEN = re.compile(
    r"[ \u00a0]*\([ \u00a0]*(?:[^\W\d_][^():\d]{0,30}:[ \u00a0]*|(?:Vj|VJ|Vorj)\.[ \u00a0]*|Vorjahr[ \u00a0]+)?"
    r"\+?"  # ("auf –38 (Vj.: +11) Mio. Euro", batch 460)
)
_R_BRACKET_CLOSE = re.compile(r"[ \u00a0]*\)")


def _bracketed_unit(text: str, hits: list[_Hit], lang: str) -> None:
    for a, b in pairwise(hits):
        if a.kind == "percent" and _bare(b) and _R_BRACKET_OPEN.fullmatch(text, a.end, b.start) is not None:
            if text[a.end : b.start].rstrip()[-1:] == ":" and _R_BRACKET_CLOSE.match(text, b.end):
                # "lag bei 40,8 Prozent (Vorjahr: 41,5)": the earlier value takes the unit before it (batches 462, 466)
                b.kind, b.unit, b.bare = "percent", a.unit, False
            continue
        if not (_bare(a) and _bare(b)) or _R_BRACKET_OPEN.fullmatch(text, a.end, b.start) is None:
            continue
        close = _R_BRACKET_CLOSE.match(text, b.end)
        if close is None:
            continue
        pos, scale = close.end(), 1
        sc = _R_SCALE.match(text, pos)
        if sc and (mult := scale_value(sc.group(1), lang)):
            pos, scale = sc.end(), mult
        cm = _R_CURRENCY.match(text, pos)
        code = _currency_code(cm.group("cur"), cm.group("adj")) if cm else None
        if code is not None:
            per = 100 if cm.group("cur").lower() in _SUBUNITS else 1
            for h in (a, b):
                h.kind, h.unit, h.bare, h.scale = "money", code, False, scale
                h.value = to_json_number(h.raw * scale / per)
            continue
        pm = _R_PERCENT.match(text, pos) if scale == 1 else None
        if pm is not None:
            unit = percent_unit(pm.group(1).lower())
            for h in (a, b):
                h.kind, h.unit, h.bare = "percent", unit, False


def _bare(h: _Hit) -> bool:
    return h.bare and h.kind == "count" and h.unit is None and h.raw is not None and h.scale == 1


# "mit Windböen bis 120 km/h", "drohen bis 15 Jahre Haft": German "bis" right before a figure is its
# upper bound, as "bis zu" is, unless it closes a range begun by a figure before it in the same
# clause ("von 36 bis 38 Grad", "10 Grad bis 12 Grad"). Years, dates and clock times after "bis"
# are no amounts ("bis 2030", "bis 18 Uhr"); a whole figure of a year's shape stays unhedged even
# where it counts ("bis 2000 Besucher", "führt bis 2000 Meter hinauf"), as "bis" may mean "until" there.
_R_BARE_BIS = re.compile(r"(?<![\w])bis[ \u00a0]+$")
_R_CLAUSE_BREAK = re.compile(r"[,;:.!?()\"„“”«»]")
_BOUNDED = frozenset(["count", "percent", "money", "duration"])
_RANGE_REACH = 40


# "ein- bis zweimal pro Woche", "ein- bis zweistündige Pausen": "ein-" opens a range whose unit is glued
# to its second figure (as "drei- bis vierstündige"); the article's form is the figure one.
_R_EIN_BIS = re.compile(r"(?i)(?<![\w])(ein)-[ \u00a0]+bis[ \u00a0]+$")


def _bare_bis(text: str, hits: list[_Hit]) -> None:
    ones = []
    for i, h in enumerate(hits):
        if h.kind not in _BOUNDED or h.qualifier is not None or "bis" not in text[max(0, h.start - 5) : h.start]:
            continue
        m = _R_BARE_BIS.search(text, max(0, h.start - 5), h.start)
        if m is None or _year_shaped(h):
            continue
        if text[m.start() - 2 : m.start()] == "- " and (one := _R_EIN_BIS.search(text, max(0, h.start - 10), h.start)):
            ones.append((i, _Hit(h.kind, 1, h.unit, one.start(1), one.end(1))))
            continue
        p = hits[i - 1] if i else None
        if p is not None and m.start() - p.end <= _RANGE_REACH and not _R_CLAUSE_BREAK.search(text, p.end, m.start()):
            continue  # the end of a range
        h.qualifier = "up_to"
    for i, one in reversed(ones):
        hits.insert(i, one)


# "für Einkommen ab 277.826 Euro", "Vermögen ab einer Million Euro": "ab" after a noun of income or
# wealth bounds a group from below ("at_least"), the counterpart of "Pensionen bis 2.500 Euro"; a
# price "ab" names the cheapest offer ("kostet ab 69,90 Euro", "im Schlafwagen ab 239 Euro"): none.
_R_INCOME_AB = re.compile(
    r"(?i)(?:einkommen|einkünfte[n]?|verdienst|verdiensten|gehalt|gehältern|gehälter|löhne[n]?|lohn|bezüge[n]?"
    r"|vermögen|erbschaften|erbschaft|renten|pensionen)[ \u00a0]+ab[ \u00a0]+$"
)


# "die Meldestufe 3 gilt ab 8,50 Meter", "Die Pflicht greift ab 50 Beschäftigten": a rule that
# applies from a figure on bounds it from below (batch 74), as an income "ab" does.
_R_APPLIES_AB = re.compile(r"(?<![\w])(?:gilt|gelten|galt|galten|greift|greifen|griff)[ \u00a0]+ab[ \u00a0]+$")
_THRESHOLD_KINDS = ("count", "percent", "money")


def _income_ab(text: str, hits: list[_Hit]) -> None:
    for h in hits:
        if h.qualifier is not None or "ab" not in text[max(0, h.start - 4) : h.start]:
            continue
        if (h.kind == "money" and _R_INCOME_AB.search(text, max(0, h.start - 20), h.start)) or (
            h.kind in _THRESHOLD_KINDS and _R_APPLIES_AB.search(text, max(0, h.start - 12), h.start)
        ):
            h.qualifier = "at_least"


def _year_shaped(h: _Hit) -> bool:
    # (an amount of money or a share is no year: "Renten bis 1.800 Euro")
    return (
        h.kind not in ("money", "percent")
        and h.raw is not None
        and h.raw == int(h.raw)
        and 1000 <= h.raw <= 2199
        and h.scale == 1
    )
