"""The scanner: anchors in text order, each read as digits, a date or a word, then neighbours."""

from __future__ import annotations

import re

from ..language import detect_language
from ..wordtrie import word_list
from .age_groups import ab_age_groups, plus_ages, ue_ages
from .anchors import _R_WORD_ANCHOR, _anchors
from .article_ones import _article_ones
from .bounds_after import _bounded_ordinals, _bounds_after, _hedges_after, _latest_bounds
from .compared import _compared_figures, _further_figures
from .dates import DAY_LINKS, _last_day, _month_first_date, listed_days
from .digits import _digits
from .elliptic import _elliptic_items, _elliptic_people_counts, _elliptic_shares
from .english import _english_word
from .eras import _era_years
from .fiscal_years import fiscal_years
from .frequencies import FREQUENCY_ONES, frequency_one
from .german import _german_word, grader_counts
from .hits import Quantity, _block, _Hit
from .idioms import _IDIOMS, _idiom_end
from .lists import _agate_results, _carry_list_units
from .lotteries import _lottery_draws
from .marks import _period_ordinals, roman_periods, roman_senates
from .match_minutes import _match_minutes
from .neighbours import (
    _carry_currency,
    _comma_lists,
    _inherit_ranges,
    _parallel_items,
    _party_shares,
    _poll_points,
    _pronoun_one,
    _shared_unit_lists,
    bracketed_changes,
    percent_heading,
)
from .or_pairs import _one_or_pairs
from .pairs import _bare_bis, _bracketed_unit, _income_ab
from .parts import _parts_of_wholes
from .pension_ages import pension_ages
from .plain_years import cohort_years
from .poll_shorthand import elliptic_points, net_ratings
from .prison_terms import prison_terms
from .race_ranks import _race_ranks
from .race_seconds import _race_seconds
from .rate_pairs import _rate_comparisons
from .signs import below_zero, minus_word
from .sports import _multi
from .tables import _MONTH_EN

_QUESTION = (" question", "-Frage", " Frage")
_IDIOM_KINDS = ("money", "count")
_R_QUESTION_AFTER = re.compile(r"(?: question|-Frage| Frage)(?![\w])")


def extract_quantities(text: str, language: str | None = None) -> list[Quantity]:
    """All quantities in ``text`` in order; offsets index ``text`` itself."""
    lang = language or detect_language(text)
    if lang not in _R_WORD_ANCHOR:
        lang = "en"
    source = text
    if (loud := _R_SHOUTING.search(text)) is not None:
        text = _quieted(text, loud, lang)
    elif lang == "en" and _headline_case(text):
        text = _R_HEADLINE_WORD.sub(lambda w: w.group().lower(), text)
    hits = _scan(text, lang)
    _period_ordinals(text, hits)
    if lang == "de" and "enat" in text:
        roman_senates(text, hits)
    if lang == "de" and ("I. Quartal" in text or "I. Halbjahr" in text or "V. Quartal" in text or "periode" in text):
        roman_periods(text, hits)
    _era_years(text, hits)
    if lang == "en":
        _one_or_pairs(text, hits)  # "one or two cuts": before the ranges give "one" the noun
    _inherit_ranges(text, hits)
    _comma_lists(text, hits)
    _compared_figures(text, hits)
    _further_figures(text, hits)
    _bracketed_unit(text, hits, lang)
    if lang == "de":
        _bare_bis(text, hits)
        _income_ab(text, hits)
        ab_age_groups(text, hits)
        if "Ü" in text:
            ue_ages(text, hits)
        if "+ " in text or text.endswith("+"):
            plus_ages(text, hits)
    _shared_unit_lists(text, hits)
    _parallel_items(text, hits)
    _elliptic_items(text, hits)
    _elliptic_people_counts(text, hits)
    if "%" in text or "rozent" in text or "cent" in text:
        _elliptic_shares(text, hits)
    _carry_currency(text, hits)
    _rate_comparisons(text, hits)
    if " in Prozent" in text or " in percent" in text:
        percent_heading(text, hits)
    if lang == "de" and ("Punkt" in text or "Prozent" in text):
        _party_shares(text, hits)
    if "(" in text:
        bracketed_changes(text, hits)
    _poll_points(text, hits)
    if lang == "en":
        net_ratings(text, hits)
        elliptic_points(text, hits)
        if "'" in text or "’" in text:
            cohort_years(text, hits)
        _pronoun_one(text, hits)
    _lottery_draws(text, hits)
    _carry_list_units(text, hits)
    _parts_of_wholes(text, hits)
    _agate_results(text, hits)
    _bounds_after(text, hits)
    pension_ages(text, hits)
    prison_terms(text, hits, lang)
    _hedges_after(text, hits)
    if lang == "de":
        _latest_bounds(text, hits)
    else:
        _bounded_ordinals(text, hits)
    _race_seconds(text, hits)
    _race_ranks(text, hits)
    _match_minutes(text, hits)
    if " null" in text or "Null" in text or "zero" in text or " below" in text:
        below_zero(text, hits)
    if lang == "de":
        _article_ones(text, hits)
        grader_counts(text, hits)
    return [
        Quantity(h.kind, h.value, h.unit, h.start, h.end, source[h.start : h.end], h.qualifier)
        for h in hits
        if h.kind is not None
    ]


# English flashes in capitals ("FED CUTS RATES BY 25 BASIS POINTS TO 3.00%-3.25% RANGE"): four or more
# words in capitals in a row are read in lower case, the same length, months capitalised again (batch
# 333); the surfaces come from the text as written.
# German flashes ("DEUTSCHE INDUSTRIEPRODUKTION JULI -1,4 PROZENT", batch 356) are read with each word capitalised,
# as German writes its nouns.
_R_SHOUTING = re.compile(
    # (a figure may carry its sign and a glued capital: "21.4P; LAUNCHES £300M SHARE BUYBACK", batch 406)
    # (and a range, a quarter and a period: "TO 7-9 PCT FROM 5-7 PCT", "CHINA Q3 GDP", "YR/YR", batch 430)
    r"\b[A-ZÄÖÜ][A-ZÄÖÜ'’.&/\-]+(?:[ ,:;()\-–]+(?:(?:[$£€]?[-+]?\d[\d.,%]*(?:[-–]\d[\d.,%]*)?(?:[A-Z]{1,3}\b)?"
    r"|Q\d\b)[ ,:;()\-–]+){0,2}"  # (two figures in a row: "PRICE $418,200, -2.1 PCT YY", batch 453)
    r"[A-ZÄÖÜ][A-ZÄÖÜ'’.&/\-]+\b){3,}"
)
_R_SHOUTED_WORD = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜß'’]+")
# ISO codes keep their capitals ("TO 1.08 USD"), as units that read only so.
_R_CODE_WORD = re.compile(
    r"(?i)\b(?:eur|usd|gbp|jpy|chf|cny|cad|aud|nzd|sek|nok|dkk|pln|czk|huf|inr|brl|gmt|bst|cet"
    r"|q[1-4]|[1-4]q|h[12]|gdp|gnp|cpi|hicp|pmi|eps|adj|rev|ebitda|ebit)\b"  # ("CHINA Q3 GDP", "3Q ADJ EPS")
)
_R_MONTH_WORD = re.compile(r"(?i)\b" + _MONTH_EN + r"(?![\w])")


def _capitalised(span: str) -> str:
    return _R_SHOUTED_WORD.sub(
        lambda w: w.group().lower() if w.group() in _LOWER_WORDS_DE else w.group().capitalize(), span
    )


# Words German writes in lower case, read so in a flash: "VON 4 BIS 6 PROZENT", "UNTER 2 PROZENT" (batch 380).
_LOWER_WORDS_DE = frozenset(
    word_list("""
    BIS VON UNTER ÜBER AUF UM UND ODER IM IN AM ZUM ZUR FÜR MIT NACH VOR SEIT AB GEGENÜBER RUND KNAPP FAST
    ETWA MEHR ALS MINUS PLUS BEI BEIM ZU AUS GEGEN WEGEN NUR NOCH AUCH BEREITS SCHON ERST
    """)
)


# English headlines in headline case ("Jailed for Six Years", "Widens to 6 Points", "Up to 2 Feet of
# Snow", batch 453): the words of figures, units and hedges are read in lower case ("Over" stays a
# capital: "Jailed ... Over £1.4m Fraud" is no hedge, batch 266).
_R_HEADLINE_WORD = re.compile(
    r"(?<!Channel )(?<!Radio )(?<!BBC )\b(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty"
    r"|Thirty|Forty|Fifty|Hundred|Thousand|Million|Billion|Trillion|Dozen|Half|Quarter|Third|Fourth|Fifth|First|Second|Points?|Percent"
    r"|Years?|Months?|Weeks?|Days?|Hours?|Minutes?|Feet|Foot|Inches|Miles|Degrees|Times|Straight|Minus"
    r"|Up|To|Nearly|Almost|About|Around|More|Than|Less|Fewer|At|Least|Most|Per)\b(?!['’]s|-[A-Z])"
)
_R_HEADLINE_CASE_WORD = re.compile(r"(?<![\w'’])[A-Za-z][a-z'’\-]{3,}")


def _headline_case(text: str) -> bool:
    """Most longer words after the first capitalised, in a short line without a closing stop."""
    if len(text) > 160 or text.rstrip().endswith((".", '"', "”")) or _R_HEADLINE_WORD.search(text) is None:
        return False
    words = _R_HEADLINE_CASE_WORD.findall(text)[1:]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _quieted(text: str, first: re.Match, lang: str) -> str:
    parts, at = [], 0
    m: re.Match | None = first
    while m is not None:
        if lang == "de":
            low = _capitalised(m.group())
        else:
            low = _R_MONTH_WORD.sub(lambda w: w.group().capitalize(), m.group().lower())
        if len(low) == len(m.group()):
            parts += [text[at : m.start()], _R_CODE_WORD.sub(lambda w: w.group().upper(), low)]
            at = m.end()
        m = _R_SHOUTING.search(text, m.end())
    return "".join(parts) + text[at:]


def _scan(text: str, lang: str) -> list[_Hit]:
    hits: list[_Hit] = []
    consumed = 0
    for start, end, kind, match in _anchors(text, lang):
        if start < consumed:
            continue
        if kind == 0:
            if (several := _multi(text, start, end)) is not None:
                hits.extend(several)  # "nach 2:41 Stunden", "ab der Saison 2025/26"
                consumed = several[-1].end
                continue
            hit = _digits(text, start, end, lang)
        elif kind == 2:
            hit = _month_first_date(text, match)
            if hit is not None and hit.start >= consumed:
                hits.append(hit)
                consumed = hit.end
                if text.startswith(DAY_LINKS, consumed) and (last := _last_day(text, hit)) is not None:
                    hits.append(last)  # "on March 9-10", "Dec. 18 and 19": a second day of the same month
                    consumed = last.end
                elif text.startswith(", ", consumed) and (days := listed_days(text, hit)):
                    hits.extend(days)  # "on March 10, 12 and 14"
                    consumed = days[-1].end
            continue
        elif kind == 3:
            hits.extend(fiscal_years(match))  # "in FY2027", "FY2025-26"
            consumed = end
            continue
        else:
            hit = _word(text, start, end, lang)
            if hit is not None and "minus" in text[max(0, start - 7) : start]:
                minus_word(text, hit)  # "bis zu minus zwölf Grad"
        if hit is None:
            continue
        if hit.start < consumed:
            continue
        # "the billion-dollar question", "the $64,000 question": an idiom.
        if text.startswith(_QUESTION, hit.end) and hit.kind in _IDIOM_KINDS and _R_QUESTION_AFTER.match(text, hit.end):
            hit.kind = None
        hits.append(hit)
        consumed = hit.end
    return hits


def _word(text: str, s: int, e: int, lang: str) -> _Hit | None:
    w = text[s:e]
    lw = w.lower()
    if lw in _IDIOMS[lang] and (end := _idiom_end(text, s, e, lw, lang)) is not None:
        return _block(s, end)  # "unter vier Augen", "at the eleventh hour"
    if lw in FREQUENCY_ONES:
        return frequency_one(text, s, e)  # anchored only before a period: "einmal wöchentlich"
    if lang == "de":
        return _german_word(text, s, e, w, lw)
    return _english_word(text, s, e, w, lw)
