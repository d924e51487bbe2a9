"""Written marks of business copy: telephone numbers, multipliers ("3x") and periods ("Q3", "H1")."""

from __future__ import annotations

import re
from decimal import Decimal

from .hits import _Hit, insert_hit

# "+43 1 890 23 45", "+1 415 555 0199", "+49 (0)30 1234 5678": an international prefix and digit groups make a telephone
# number, no quantity. Groups of three digits only ("+12 345 678") are a figure in thousands.
_R_PHONE = re.compile(r"\+(\d{1,4})((?:(?:[ \u00a0/\-]|(?<=\)))\(?\d{1,5}\)?){2,})(?![\w.,]\d|\d)")


def _phone_end(text: str, s: int) -> int | None:
    """Where the telephone number whose "+" stands right before ``s`` ends, or None."""
    if s < 1 or text[s - 1] != "+" or (s > 1 and (text[s - 2].isalnum() or text[s - 2] in "+-/")):
        return None
    m = _R_PHONE.match(text, s - 1)
    if m is None:
        return None
    groups = re.findall(r"\d+", m.group(2))
    return None if all(len(g) == 3 for g in groups) else m.end()


# "contact Crime Stoppers on 1800 333 000", "Lifeline on 13 11 14", "unter 0800 222 555", "unter der
# Telefonnummer 01 31310 33800": three to five digit groups split by single spaces after a word of
# calling or reaching or a word for the number; groups no grouping of thousands writes (a first
# group of four or five digits, or a later one not of three) make a telephone number ("on 1 800
# 000" may be a figure).
_R_SPACED_GROUPS = re.compile(r"\d{2,5}(?:[ \u00a0]\d{2,5}){2,4}(?![\w]|[.,]\d)")
_R_CALLING_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:on|at|unter|call|ring|dial|phone|text|tel\.?|telefon|hotline|helpline|anrufen|wählen"
    r"|telefonnummer|rufnummer|nummer|number)[ \u00a0]+$"
)


def _spaced_phone_end(text: str, s: int) -> int | None:
    """Where the telephone number starting at ``s`` ends (see _R_SPACED_GROUPS), or None."""
    m = _R_SPACED_GROUPS.match(text, s)
    if m is None:
        return None
    groups = m.group().split()
    if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return None
    return m.end() if _R_CALLING_BEFORE.search(text, max(0, s - 15), s) else None


# "grew 3x", "a 10x return": a multiplier, count "times" as "threefold"; not "3x3", "4x4", nor
# a name ("10x Genomics").
_R_TIMES_X = re.compile(r"[xX](?![\w])(?![ \u00a0]+[A-ZÄÖÜ])")


def _times_x_end(text: str, e: int, value: Decimal | None) -> int | None:
    if value is None or value <= 1:
        return None
    m = _R_TIMES_X.match(text, e)
    return m.end() if m else None


# "in Q3", "im Q3 2025", "Q3-Zahlen", "in H1, up from": a quarter or a half-year, ordinal as
# "third quarter" and "first half" (not a name as "G7"); not "Audi Q3", nor "H2" as hydrogen
# ("in H2 production", "H2-Elektrolyse"): "H" needs a stop, a year or a figure word after it.
_R_PERIOD_GATE = re.compile(r"[QH][1-4]")
_R_PERIOD = re.compile(r"(?<![\w\-/.])(?:Q([1-4])|H([12]))(?![\w])")
# "mit starkem Q3", "a weak Q3": an adjective between ("dem neuen Q3" is Audi's car).
_ADJ_BEFORE_PERIOD = r"(?-i:(?!neu|new)[a-zäöüß]{3,}[ \u00a0]+)"
_R_PERIOD_BEFORE = re.compile(
    r"(?i)(?:^|(?<![\w])(?:in|im|for|für|the|its|their|our|of|des|der|die|das|dem|den|during|from|since|over|to|than"
    r"|and|und|or|oder|vs\.?|versus|fiscal|this|last|next|each|per|pro|bis|seit|ab|zum|vom|nach|after|before"
    r"|within|until|\w+['’]s)[ \u00a0]+(?:" + _ADJ_BEFORE_PERIOD + r")?"
    # After an indefinite article or "mit" only with an adjective: "achieved a H1" is a grade,
    # "mit H2" hydrogen.
    r"|(?<![\w])(?:a|an|ein|einem|einen|eines|mit|with)[ \u00a0]+" + _ADJ_BEFORE_PERIOD + r")$"
)
_R_PERIOD_YEAR_AFTER = re.compile(r"(?:[ \u00a0]+|/|[ \u00a0]*[-–][ \u00a0]*)(?:FY)?(?:19|20)?\d\d(?![\w])")
_R_H_AFTER = re.compile(
    r"[ \u00a0]*(?:[,.;:)]|$)|[ \u00a0]+(?i:results|revenue|revenues|sales|profit|profits|earnings|loss|losses"
    r"|guidance|figures|numbers|margin|umsatz|umsätze|ergebnis|ergebnisse|gewinn|verlust|zahlen|bilanz)(?![\w])"
)
# (" - Cloud-Erlöse steigen": a headline's dash ends the period's phrase.)
_R_Q_AFTER = re.compile(r"[ \u00a0]*(?:[,.;:)]|$)|[ \u00a0]+(?:[a-zäöüß]|[-–][ \u00a0])|-[A-ZÄÖÜa-zäöüß]")
# "had expected Q3 deliveries", "reported Q2 sales": after any lower-case word (a verb; a car model
# follows its capitalised maker, "Audi Q3"), the period when a results noun follows it.
_R_LOWER_WORD_BEFORE = re.compile(r"(?<![\w])[a-zäöüß]{2,}[ \u00a0]+$")
_R_RESULTS_NOUN_AFTER = re.compile(
    # (a word of what may stand between: "says Q3 copper output up 7%", "Q4 comparable sales")
    r"[ \u00a0]+(?:[a-z]{3,}[ \u00a0]+)?"
    r"(?:results|revenue|revenues|sales|profit|profits|earnings|deliveries|shipments|output"
    r"|production|orders|bookings|growth|figures|numbers|umsatz|umsätze|ergebnis|ergebnisse|gewinn|absatz"
    r"|auslieferungen|zahlen)(?![\w])",
    re.IGNORECASE,
)


# "Tallyo Q3 revenue up 22%": a company's name opening a headline, the period, a results noun
# ("Audi Q3 sales" may sell a car model: "sales" is left out).
# ("HALVERSTEIN: Q3-UMSATZ 4,82 MRD. EURO": a colon after the name, the noun hyphened, batch 430)
_R_HEADLINE_NAME = re.compile(r"[A-Z][\w&.’'\-]*(?:[ \u00a0][A-Z][\w&.’'\-]*)?:?[ \u00a0]")
_R_RESULTS_AFTER = re.compile(
    r"(?:[ \u00a0]+|-)(?:results|revenue|revenues|profit|profits|earnings|net|loss|losses"
    r"|umsatz|gewinn|ergebnis|verlust)(?![\w])",
    re.IGNORECASE,
)


# "UK Q3 GDP growth slows", "Eurozone Q2 inflation": a measure of an economy after the period; no
# car model is followed by it, so the period stands whatever comes before it.
_R_ECONOMY_AFTER = re.compile(r"[ \u00a0]+(?:GDP|GNP|BIP|CPI|HICP|PMI|(?i:inflation))(?![\w])")


def _headline_results(text: str, s: int, e: int) -> bool:
    if _R_ECONOMY_AFTER.match(text, e) is not None:
        return True
    return _R_HEADLINE_NAME.fullmatch(text, 0, s) is not None and _R_RESULTS_AFTER.match(text, e) is not None


# Bloomberg's "*HARTWELL 3Q ADJ EPS $2.14", "3Q REV. $10.7B": the quarter's digit first (batch 430).
_R_DIGIT_Q = re.compile(r"(?<![\w\-/.])([1-4])Q(?=[ \u00a0]+(?:ADJ|EPS|REV|NET|SALES|PROFIT|LOSS|EBITDA|EBIT)\b)")


def _period_ordinals(text: str, hits: list[_Hit]) -> None:
    """Add the ordinal of each "Q3" or "H1" to ``hits``, in text order."""
    if "Q " in text:
        for m in _R_DIGIT_Q.finditer(text):
            s, e = m.span()
            if not any(h.start < e and s < h.end and h.kind is not None for h in hits):
                hits[:] = [h for h in hits if not (h.start < e and s < h.end)]
                at = next((i for i, h in enumerate(hits) if h.start >= e), len(hits))
                hits.insert(at, _Hit("ordinal", int(m.group(1)), None, s, e))
    if _R_PERIOD_GATE.search(text) is None:  # (a cheap scan: "Q3", "H1" are rare)
        return
    for m in _R_PERIOD.finditer(text):
        s, e = m.span()
        year = _R_PERIOD_YEAR_AFTER.match(text, e) is not None
        if not year and _headline_results(text, s, e):
            year = True  # (as a year after it, settles the period)
        if not year and m.group(1) and _R_RESULTS_NOUN_AFTER.match(text, e):
            year = _R_LOWER_WORD_BEFORE.search(text, max(0, s - 30), s) is not None  # "expected Q3 deliveries"
        # "Tessmar (Q3), Harbourne (H1)": the period a results diary names (batch 380; "(H2)" is hydrogen)
        if not year and text[s - 1 : s] == "(" and text[e : e + 1] in (")", ",") and m.group() != "H2":
            year = True
        if not year and _R_PERIOD_BEFORE.search(text, max(0, s - 30), s) is None:
            continue
        after = _R_H_AFTER if m.group(2) else _R_Q_AFTER
        if not year and after.match(text, e) is None:
            continue
        if any(h.start < e and s < h.end for h in hits):
            continue
        at = next((i for i, h in enumerate(hits) if h.start >= e), len(hits))
        hits.insert(at, _Hit("ordinal", int(m.group(1) or m.group(2)), None, s, e))


# "Der VI. Zivilsenat", "des VIII. Strafsenats": a court's senate numbered in Roman numerals, ordinal
# as "der 4. Strafsenat" (batch 310); inside a case number ("Az. VI ZR 214/24") no point follows.
_R_ROMAN_SENATE = re.compile(r"(?<![\w.])([IVX]{1,5})\.[ \u00a0]+(?:[A-ZÄÖÜ][a-zäöü]+)?[Ss]enats?(?![\w])")
# "im III. Quartal", "im I. Halbjahr": a period of the year in Roman numerals, as "im 3. Quartal" (batch 445).
# ("der XXVIII. Gesetzgebungsperiode": a parliament's term, batch 452)
_R_ROMAN_PERIOD = re.compile(
    r"(?<![\w.])(I{1,3}|IV)\.[ \u00a0]+(?:Quartals?|Halbjahr(?:es|s)?)(?![\w])"
    r"|(?<![\w.])([IVXL]{1,7})\.[ \u00a0]+(?:Gesetzgebungs|Legislatur|Wahl)periode(?![\w])"
)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman_value(numeral: str) -> int:
    total = 0
    for i, c in enumerate(numeral):
        v = _ROMAN[c]
        total += -v if i + 1 < len(numeral) and _ROMAN[numeral[i + 1]] > v else v
    return total


def _roman_ordinals(text: str, hits: list[_Hit], pattern: re.Pattern) -> None:
    """Each Roman numeral with its point that ``pattern`` finds (in its first group that matched) as an ordinal."""
    for m in pattern.finditer(text):
        group = 1 if m.group(1) else 2
        s, e = m.span(group)
        insert_hit(hits, _Hit("ordinal", _roman_value(m.group(group)), None, s, e + 1))


def roman_senates(text: str, hits: list[_Hit]) -> None:
    _roman_ordinals(text, hits, _R_ROMAN_SENATE)


def roman_periods(text: str, hits: list[_Hit]) -> None:
    _roman_ordinals(text, hits, _R_ROMAN_PERIOD)
