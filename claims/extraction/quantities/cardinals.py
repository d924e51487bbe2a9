"""Completing a cardinal: scale, unit and kind after a parsed number (money, percent, duration,
"times"); with nothing unit-like after it, ``plain_counts`` reads a count or a year."""

from __future__ import annotations

import re
from decimal import Decimal

from ..numbers import MONEY_SCALES, parse_english_words, parse_german_word, scale_value, to_json_number
from .currency_codes import _cent_currency, de_cent_currency
from .currency_codes import _currency_code as _currency_code
from .currency_families import named_in_sentence, rupee_country
from .hits import _Hit
from .nouns import _EN_STOP, _en_plural
from .plain_counts import _complete_plain
from .qualifiers import _over_is_period, _qualifier, _ueber_is_span
from .shares import person_share_after, share_after
from .tables import _ADJ_DECIDES, _CURRENCIES, _CURRENCY_ADJ, _DE_COMPOUND_DURATION, _DURATION_UNITS, _SUBUNITS
from .units import (
    _EN_M_NOT_MILLION,
    _M_END,
    _R_CURRENCY,
    _R_DE_ADJ_DURATION,
    _R_DE_ADJ_PERCENT,
    _R_DOZEN,
    _R_DURATION,
    _R_EN_M_MILLION,
    _R_EURO_AREA_AFTER,
    _R_LENGTH_AFTER,
    _R_LENGTH_BEFORE,
    _R_MILLIONS_BEFORE,
    _R_MILLISECONDS,
    _R_MONEY_SUFFIX_SCALE,
    _R_NEXT,
    _R_PERCENT,
    _R_SCALE,
    _R_SPLIT_SECONDS,
    _R_TIMES,
    _R_VOLUME_SCALE,
    _SWISS_SCALES,
    _VOLUME_SCALES,
    SPLIT_SHARES,
    _cricket_centuries,
    _unit_like,
    percent_unit,
)
from .weights import weighed_pounds

# "11 days above 40C", "20 days over 35 degrees", "zehn Tage über 30 Grad": days that reached a
# temperature, counted.
_R_DAYS_ABOVE_AFTER = re.compile(
    r"[ \u00a0]+(?:above|over|below|under|of[ \u00a0]+more[ \u00a0]+than|exceeding|über|unter|mit[ \u00a0]+über"
    r"|mit[ \u00a0]+mindestens|mit[ \u00a0]+mehr[ \u00a0]+als)[ \u00a0]+[-−]?\d+(?:[.,]\d+)?"
    r"(?:[ \u00a0]?(?:°|degrees?\b|Grad\b)|C\b|F\b)"
)


# A glued "k" before a plural (perhaps after two adjectives) or a forecast's word.
_R_EN_K_THOUSAND = re.compile(
    r"k[ \u00a0]+(?:(?:[a-z]+[ \u00a0]+){0,2}([a-z]+s)(?![\w])|(?:expected|forecast|estimated)(?![\w]))"
)


def _counted_units(text: str, dm: re.Match) -> bool:
    """ "11 days above 40C": days counted one by one. ("Each of the past 11 years has been among the
    warmest" is a span of years: the seventy-fourth, 251st and 330th batches label it a duration, as "in
    each of the past five months" is; the twentieth and twenty-third counted it.)"""
    end = dm.end()
    return text[end : end + 1] == " " and _R_DAYS_ABOVE_AFTER.match(text, end) is not None


_DAY_WORDS = frozenset(["day", "Tag", "tag"])
_R_PLURAL_NOUN_AFTER_EN = re.compile(r"[ \u00a0]+[a-z]{3,}s(?![\w])")


def _complete(
    text: str,
    lang: str,
    value: Decimal,
    start: int,
    e: int,
    num_start: int,
    *,
    is_digits: bool,
    raw: str = "",
    currency: str | None = None,
    word: str = "",
) -> _Hit | None:
    """Attach scale, unit and kind to a parsed cardinal ending at ``e``."""
    qual = _qualifier(text, start)
    pos = e
    scale = 1
    if word == "one" and (ps := person_share_after(text, pos)) is not None:
        return _Hit("fraction", ps[0], None, start, ps[1], qual)  # "one child in 14"
    # Most numbers are followed by a plain word: look at it once before trying the unit patterns.
    nm = _R_NEXT.match(text, pos)
    if nm is not None and nm.group(1).endswith(("sekunde", "sekunden")) and (fs := _R_SPLIT_SECONDS.match(text, pos)):
        # "zwei Hundertstelsekunden": a share of a second in one word (units.SPLIT_SECOND_WORD)
        share = SPLIT_SHARES[fs.group(1).lower()]
        return _Hit("duration", to_json_number(value * share), "second", start, fs.end(), qual)
    if nm is not None and nm.group(1).rstrip(".") in ("TEUR", "TCHF") and not currency:
        # "ein Ebit von 18.420 TEUR": thousands of euros in a company's tables (batch 342)
        return _Hit("money", to_json_number(value * 1000), nm.group(1)[1:4], start, nm.start(1) + 4, qual, value, 1000)
    if nm is not None and nm.group(1) == "T" and text.startswith("€", nm.end(1)) and not currency:
        # "auf 48.612 T€": the same thousands with the sign (batch 395)
        return _Hit("money", to_json_number(value * 1000), "EUR", start, nm.end(1) + 1, qual, value, 1000)
    if not currency and (nm is None or not _unit_like(nm.group(1))):
        return _complete_plain(text, lang, value, start, e, num_start, qual, is_digits, raw)

    dz = _R_DOZEN.match(text, pos)
    if dz:
        value *= 12
        pos = dz.end()
    sc = _R_SCALE.match(text, pos)
    if sc:
        mult = _SWISS_SCALES.get(sc.group(1)) or scale_value(sc.group(1), lang)
        if mult:
            scale = mult
            pos = sc.end()
            # "1 lakh crore" (10^12), "5 thousand crore": a larger scale right after multiplies.
            sc2 = _R_SCALE.match(text, pos) if text[pos : pos + 1] == " " else None
            mult2 = scale_value(sc2.group(1), lang) if sc2 else None
            if mult2 and mult2 > mult:
                scale *= mult2
                pos = sc2.end()
    elif not currency and (vs := _R_VOLUME_SCALE.match(text, pos)):
        scale = _VOLUME_SCALES[vs.group("s").lower()]  # "117.6 bcm": the noun stays, after pos
        if vs.start("s") == pos:
            pos = vs.end()  # "40bcm": glued, read with the figure
    elif currency and is_digits:
        ms = _R_MONEY_SUFFIX_SCALE.match(text, pos)
        if ms:
            scale = MONEY_SCALES[ms.group(1)]
            pos = ms.end()
    elif is_digits and lang == "en" and (text.startswith("m", pos) or (text.startswith("M", pos) and "." in raw)):
        # ("had drawn 2.4M views": a platform's counter, batch 431; "9M" without decimals is left alone)
        # "2.4m passengers", "5m euros": a glued "m" is a million before a currency or a
        # plural noun; not before a measure ("a 2m wall") or a race ("the 400m hurdles").
        mm = _R_EN_M_MILLION.match(text, pos)
        if (
            mm
            and (
                _R_CURRENCY.match(text, pos + 1)
                or (_en_plural(mm.group(1)) and mm.group(1).lower() not in _EN_M_NOT_MILLION)
            )
        ) or _bare_m_is_million(text, num_start, pos, mm) or _m_range_end(text, num_start, pos):
            scale = 10**6
            pos += 1
    elif (
        is_digits
        and lang == "en"
        and text.startswith("k", pos)
        and (km := _R_EN_K_THOUSAND.match(text, pos))
        and (km.group(1) is None or (_en_plural(km.group(1)) and km.group(1) not in _EN_M_NOT_MILLION))
    ):
        # "added 412k postpaid phone subscribers", "the 358k expected" (batch 429); not "a 10k race"
        scale = 1000
        pos += 1
    total = value * scale

    if currency is None:
        cm = _R_CURRENCY.match(text, pos)
        if cm and cm.group("cur") in ("Euro", "euro") and _R_EURO_AREA_AFTER.match(text, cm.end()):
            cm = None  # "in den 20 Euro-Ländern": the euro's area
        if cm:
            code = cm.group("cur")
            cur = _CURRENCIES.get(code.lower())
            adj = cm.group("adj")
            # "australische Dollar", "Swiss francs": the adjective picks the currency.
            if adj and code.lower() in _ADJ_DECIDES:
                cur = _CURRENCY_ADJ.get(adj.lower(), cur)
            if cur is None:
                cur = named_in_sentence(text, start, code)  # "1.510 Pesos" after "des argentinischen Peso"
            elif cur == "INR" and code in ("rupees", "rupee") and not adj:
                cur = rupee_country(text) or cur
            if code == "Cent":
                cur = de_cent_currency(text, start)
            if code in ("cent", "cents"):
                # "65.42 US cents", "80 Australian cents": the adjective names the currency. "the
                # 8-cent loss": a compound's singular tells no euro cent, it reads as "cents".
                hyphened = code == "cent" and cm.group().startswith("-")
                cur = (adj and _CURRENCY_ADJ.get(adj.lower())) or _cent_currency(
                    text, start, "cents" if hyphened else code
                )
            if cur == "GBP" and code.lower() in ("pound", "pounds") and weighed_pounds(text, num_start, cm.end()):
                return _Hit("count", to_json_number(total), code, start, cm.end(), qual, value, scale)
            if cur:
                amount = total / 100 if code.lower() in _SUBUNITS else total
                return _Hit("money", to_json_number(amount), cur, start, cm.end(), qual, value, scale)
    else:
        return _Hit("money", to_json_number(total), currency, start, pos, qual, value, scale)

    pm = _R_PERCENT.match(text, pos)
    if pm and pm.group(1) == "bp" and not _R_BP_CONTEXT.search(text, max(0, start - 100), pm.end() + 100):
        pm = None  # "25bp" is basis points by a rate or yield; "500 bp of DNA" are base pairs
    if pm:
        unit = percent_unit(pm.group(1).lower())
        return _Hit("percent", to_json_number(total), unit, start, pm.end(), qual, value, scale)

    dm = _R_DURATION.match(text, pos)
    if dm and dm.group("u") == "second" and total >= 100 and _R_PLURAL_NOUN_AFTER_EN.match(text, dm.end()):
        dm = None  # "About 410,000 second homes": the ordinal before a counted noun (batch 402)
    if dm:
        if dm.group("u")[:3] in _DAY_WORDS and _counted_units(text, dm):
            return _Hit("count", to_json_number(total), dm.group("u"), start, dm.end(), qual, value, scale)
        if _cricket_centuries(text, start, dm.end(), dm.group("u")):
            return _Hit("count", to_json_number(total), dm.group("u"), start, dm.end(), qual, value, scale)
        unit, factor = _DURATION_UNITS[dm.group("u").lower()]
        if qual == "over" and lang == "en" and _over_is_period(text, start, dm.end()):
            qual = None
        elif qual == "over" and lang == "de" and _ueber_is_span(text, start, dm.end()):
            qual = None  # "über 68 Wochen hinweg"
        return _Hit("duration", to_json_number(total * factor), unit, start, dm.end(), qual, value, scale)
    if text.startswith(("Milli", "milli"), pos + 1) and (ms := _R_MILLISECONDS.match(text, pos)):
        return _Hit("duration", to_json_number(total / 1000), "second", start, ms.end(), qual, value, scale)
    ap = _R_DE_ADJ_PERCENT.match(text, pos)
    if ap:
        return _Hit("percent", to_json_number(total), "%", start, ap.end(), qual, value, scale)
    am = _R_DE_ADJ_DURATION.match(text, pos)
    if am:
        unit = _DE_COMPOUND_DURATION[am.group("suf").lower()]
        return _Hit("duration", to_json_number(total), unit, start, am.end(), qual, value, scale)

    tm = _R_TIMES.match(text, pos)
    if tm:
        return _Hit("count", to_json_number(total), "times", start, tm.end(), qual, value, scale)

    if scale == 1 and (sh := share_after(text, lang, value, pos, num_start)) is not None:
        return _Hit("fraction", sh[0], None, start, sh[1], qual)  # "one in 25", "zwei von drei"

    return _complete_plain(text, lang, total, start, pos, num_start, qual, is_digits, raw, value, scale)


# "300m-400m euros", "£2m-3m": either end of a range of glued millions of money (a sign before
# the first end or a currency after the second; "the 100m-200m stretch" is a race's distances).
_R_M_RANGE_AFTER = re.compile(r"[-–][$€£]?\d{1,3}(?:\.\d+)?m(?![\w])")
_R_M_RANGE_BEFORE = re.compile(r"(?<![\w.,])([$€£]?)\d{1,3}(?:\.\d+)?m[-–][$€£]?$")


def _m_range_end(text: str, s: int, pos: int) -> bool:
    if text[pos + 1 : pos + 2] in ("-", "–"):
        after = _R_M_RANGE_AFTER.match(text, pos + 1)
        return after is not None and (
            (s > 0 and text[s - 1] in "$€£") or _R_CURRENCY.match(text, after.end()) is not None
        )
    if s < 3 or text[s - 1] not in "-–$€£" or text[pos + 1 : pos + 2].isalpha():
        return False
    before = _R_M_RANGE_BEFORE.search(text, max(0, s - 10), s)
    return before is not None and (before.group(1) != "" or _R_CURRENCY.match(text, pos + 1) is not None)


def _bare_m_is_million(text: str, s: int, pos: int, mm: re.Match | None) -> bool:
    """ "Sales doubled to 1.4m in the first half", "population reached 8.1m.": a glued "m"
    with nothing counted after it is a million when the sentence names, before the figure,
    something counted in millions or an amount of money, and speaks of no length ("the
    river peaked at 4.2m", "cleared 2.05m", "a wall 3m high", "2m apart")."""
    if mm is None:
        if text[pos + 1 : pos + 2] not in _M_END:
            return False  # "1.4m-tall", "5m/s", "9mm"
    elif mm.group(1).lower() not in _EN_STOP:
        return False  # "a 2m wall", "the 400m hurdles"
    lo = max(0, s - 120)
    cut = max(text.rfind(". ", lo, s), text.rfind("\n", lo, s))
    lo = cut + 1 if cut >= 0 else lo
    return (
        _R_MILLIONS_BEFORE.search(text, lo, s) is not None
        and _R_LENGTH_BEFORE.search(text, lo, s) is None
        and _R_LENGTH_AFTER.match(text, pos + 1) is None
    )


# A rate, yield or share near "25bp": basis points, not base pairs.
_R_BP_CONTEXT = re.compile(
    r"(?i)%|prozent|percent|per cent|(?<![\w])(?:rates?|yields?|spreads?|cuts?|hikes?|bonds?|gilts?|bunds?|treasur\w*"
    r"|zins\w*|rendite\w*|anleihe\w*|leitzins\w*|basis[ \u00a0-]points?|basispunkt\w*|provisions?)(?![\w])"
)


def _cardinal_value(token: str, lang: str) -> Decimal | None:
    if token.isdigit():
        return Decimal(token)
    if lang == "de":
        return parse_german_word(token)
    return parse_english_words(token)
