"""Completing a cardinal: scale, unit and kind after a parsed number; counts and years."""

from __future__ import annotations

import re
from decimal import Decimal

from ..numbers import MONEY_SCALES, parse_english_words, parse_german_word, scale_value, to_json_number
from ..wordtrie import word_list
from .age_groups import bound_age_of, de_people_bound_age
from .age_heads import mean_age
from .ages import _R_AGED, _bound_age, _is_age, _people_bound_age, _turned_age
from .context import _LEFT_YEAR_STRONG, _LEFT_YEAR_WEAK
from .currency_families import agency_dollar, named_in_sentence, owner_currency
from .dated import _named_year_de, _participle_singular_year_de, _prep_name_year_de
from .designations import PRODUCT_NOUNS, designation, name_after_figure
from .hits import _block, _Hit
from .nouns import _EN_STOP, _R_COMPOUND_NOUN_DE, _R_COMPOUND_NOUN_EN, _count_noun, _en_plural, _en_singular
from .qualifiers import _over_is_period, _qualifier, _ueber_is_span
from .shares import person_share_after, share_after
from .tables import _ADJ_DECIDES, _CURRENCIES, _CURRENCY_ADJ, _DE_COMPOUND_DURATION, _DURATION_UNITS, _SUBUNITS
from .time_nouns import de_time_compound, en_time_after_noun, left_off_unit
from .units import (
    _EN_M_NOT_MILLION,
    _M_END,
    _R_CENT_OWNER,
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
    _R_OPENING_CURRENCY,
    _R_PERCENT,
    _R_PRICED_CURRENCY,
    _R_RATE_LINK,
    _R_SCALE,
    _R_TIMES,
    _R_VOLUME_SCALE,
    _RATE_LINKS,
    _SWISS_SCALES,
    _VOLUME_SCALES,
    _cricket_centuries,
    _split_seconds,
    _unit_like,
)
from .weights import weighed_pounds
from .year_nouns import year_before_noun

# "Each of the past 11 years has been among the warmest": a predicate of each year, which are
# counted; "over the past 11 years" is a span.
_R_EACH_OF_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:each|every[ \u00a0]+one|jede[mnrs]?)[ \u00a0]+(?:of[ \u00a0]+the|der)[ \u00a0]+"
    r"(?:(?:past|last|next|previous|first|coming|letzten|vergangenen|nächsten|ersten)[ \u00a0]+)?$"
)
# "4% in each of the next two years", "in jedem der vergangenen 21 Monate": a preposition makes
# the years a span in which something holds, a duration (batch 72).
_R_PREP_BEFORE_EACH = re.compile(r"(?i)(?<![\w])(?:in|for|during|over|across|within|throughout)[ \u00a0]+$")
# "11 days above 40C", "20 days over 35 degrees", "zehn Tage über 30 Grad": days that reached a
# temperature, counted.
_R_DAYS_ABOVE_AFTER = re.compile(
    r"[ \u00a0]+(?:above|over|below|under|of[ \u00a0]+more[ \u00a0]+than|exceeding|über|unter|mit[ \u00a0]+über"
    r"|mit[ \u00a0]+mindestens|mit[ \u00a0]+mehr[ \u00a0]+als)[ \u00a0]+[-−]?\d+(?:[.,]\d+)?"
    r"(?:[ \u00a0]?(?:°|degrees?\b|Grad\b)|C\b|F\b)"
)


def _counted_units(text: str, start: int, dm: re.Match) -> bool:
    end = dm.end()
    if text[end : end + 1] == " " and dm.group("u")[:3] in _DAY_WORDS and _R_DAYS_ABOVE_AFTER.match(text, end):
        return True
    if text[start - 1 : start] != " " or (each := _R_EACH_OF_BEFORE.search(text, max(0, start - 40), start)) is None:
        return False
    return _R_PREP_BEFORE_EACH.search(text, max(0, each.start() - 12), each.start()) is None


_DAY_WORDS = frozenset(["day", "Tag", "tag"])


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
    elif is_digits and lang == "en" and text.startswith("m", pos):
        # "2.4m passengers", "5m euros": a glued "m" is a million before a currency or a
        # plural noun; not before a measure ("a 2m wall") or a race ("the 400m hurdles").
        mm = _R_EN_M_MILLION.match(text, pos)
        if (
            mm
            and (
                _R_CURRENCY.match(text, pos + 1)
                or (_en_plural(mm.group(1)) and mm.group(1).lower() not in _EN_M_NOT_MILLION)
            )
        ) or _bare_m_is_million(text, num_start, pos, mm):
            scale = 10**6
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
        sym = pm.group(1).lower()
        unit = "pp" if ("punkt" in sym or "point" in sym) and "basis" not in sym else "%"
        if "basis" in sym or sym in ("bps", "bp"):
            unit = "bp"
        return _Hit("percent", to_json_number(total), unit, start, pm.end(), qual, value, scale)

    dm = _R_DURATION.match(text, pos)
    if dm:
        near = text[max(0, start - 40) : start]  # "each of the", "jedes der"
        if ("of the " in near or "ede" in near or dm.group("u")[:3] in _DAY_WORDS) and _counted_units(text, start, dm):
            # "Each of the past 11 years", "11 days above 40C": years or days counted one by one.
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


def _cent_currency(text: str, start: int, code: str) -> str | None:
    """ "€1.79 a litre, up 9 cent": a lower-case cent after a euro amount in the same sentence
    is a euro cent (Irish and euro-area English write it in the singular), as are "cents"
    when the last amount before them is in euros; "cents" after an amount in a dollar ("A$5.7bn
    ... 60 cents a share", "C$1.2 billion", "Australian dollars") are cents of that dollar;
    otherwise "cent" is left unread ("a 9 cent stamp" may be American) and "cents" are US cents."""
    lo = max(0, start - 120)
    cut = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    owners = list(_R_CENT_OWNER.finditer(text, cut + 1 if cut >= 0 else lo, start))
    owner = owners[-1] if owners else None
    if owner is None:
        # "85 cents a share, down from A$1.10": none before, the amount named after them in the
        # sentence decides.
        stop = _R_SENTENCE_END.search(text, start, start + 160)
        owner = _R_CENT_OWNER.search(text, start, stop.start() if stop else min(len(text), start + 160))
    if owner is not None and owner.group("eur"):
        return "EUR"
    if code == "cent":
        return None
    if owner is None:
        return agency_dollar(text) or "USD"  # "OTTAWA (CP) — ... rose 5 cents": the agency's dollar
    if owner.group("pre"):
        return _CURRENCIES[owner.group("pre").lower() + "$"]
    if owner.group("adj"):
        return _CURRENCY_ADJ[owner.group("adj").lower()]
    return owner.group("code") or (owner.group() == "$" and agency_dollar(text)) or "USD"


_R_SENTENCE_END = re.compile(r"[.!?;][\"'”“»«)]*(?:\s|$)|\n")


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


# Participles that date a thing: "wurde 1291 gegründet", "1156 erstmals urkundlich erwähnt".
# Those that may as well follow a bare count ("wurden 1500 errichtet", "sind 1500 gestorben")
# only after a singular "wurde", "ist" or "war" ("Die Kirche wurde 1755 erbaut").
_R_DATED_AFTER = re.compile(
    r"(?:[ \u00a0]+[^\s,;.]+){0,3}?[ \u00a0]+(?:(gegründet|erwähnt|uraufgeführt|gekrönt|komponiert|verfasst"
    r"|gemalt|erfunden|eingeweiht|vollendet)|geboren|gestorben|erbaut|errichtet|gebaut|fertiggestellt"
    r"|unterzeichnet|geschlossen|zerstört|eröffnet|entdeckt"
    # any participle with "ge-" after a singular auxiliary: "wurde 1652 gegossen", "ausgebaut"
    r"|[a-zäöüß]{0,6}ge[a-zäöüß]{2,}(?:t|en))(?![\wäöüß])"
)
_R_SINGULAR_AUX_BEFORE = re.compile(r"(?<![\w])(?:wurde|ist|war)[ \u00a0]+(?:[^\s,;.]+[ \u00a0]+)?$")
# "die 1755 erbaute Kirche", "des 1648 geschlossenen Friedens", "das 1912 entstandene Bild",
# "der 1954 geborene Regisseur": a dating participle between a singular article and its noun.
_R_DATED_PARTICIPLE = re.compile(
    r"[ \u00a0]+[a-zäöüß]*(?:gründet|baut|richtet|zeichnet|schlossen|weiht|öffnet|stellt|endet|fasst|poniert"
    r"|malt|führt|standen|boren|storben|schienen|schrieben)(e[mrs]?|en)[ \u00a0]"
)
# A rate, yield or share near "25bp": basis points, not base pairs.
_R_BP_CONTEXT = re.compile(
    r"(?i)%|prozent|percent|per cent|(?<![\w])(?:rates?|yields?|spreads?|cuts?|hikes?|bonds?|gilts?|bunds?|treasur\w*"
    r"|zins\w*|rendite\w*|anleihe\w*|leitzins\w*)(?![\w])"
)
# "ein"/"eine"/"einen"/... has no plural: after it the participle is singular in every form.
_R_ARTICLE_BEFORE = re.compile(r"(?i)(?<![\w])(?:(die|der|das)|(den)|dem|des|ein|eine[mnrs]?)[ \u00a0]+$")
# "den" is a masculine singular ("den 1898 gegründeten Versicherer") or a dative plural ("den
# 1500 gebauten Wohnungen", "Häusern"): a noun in "-en" or "-ern" may be the plural.
_R_NOUN_NOT_PLURAL_DE = re.compile(r"[A-ZÄÖÜ][\wäöüß\-]*(?<!en)(?<!ern)(?![\wäöüß\-])")
# "den bis 2027 laufenden Vertrag", "die ab 2026 geltende Regel", "einen bis 2030 gültigen
# Vertrag": an article, a preposition, the figure, then a participle or an adjective in -ig
# before the noun the article belongs to; the figure is a year ("die für 2000 neue Wohnungen
# nötigen Mittel" counts).
_R_ARTICLE_PREP_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)[ \u00a0]+"
    r"(?:bis|ab|seit|für|von|vor|nach|um)[ \u00a0]+$"
)
_R_DATING_ADJ = re.compile(r"[ \u00a0]+[a-zäöüß]+(?:end|t|ig)(?:e|en|er|es|em)[ \u00a0]+[A-ZÄÖÜ]")
# "will bis 2030 neue Stellen schaffen", "Ab 2026 gelten neue Regeln", "plant bis 2030
# Investitionen": a figure 1900-2100 right after "bis" or "ab" (not "bis zu"/"bis auf", where
# "zu"/"auf" stands before it) is a year even before a noun, unless the noun is a measure ("bis
# 2000 Meter", "ab 2000 Punkten"; money and percent are read before this). After "ab", "vor" and
# "nach", which take the dative, a noun right after the figure that may be a dative plural in -n
# ("vor 2000 Zuschauern", "ab 2000 Teilnehmern") stays a count; a word in between ("vor 2030 neue
# Stellen", "Ab 2026 gelten neue Regeln") makes it a year. Round 1900, 2000 and 2100 stay counts
# ("Erwartet werden bis 2000 Besucher").
_R_PREP_YEAR_DE = re.compile(r"(?i)(?<![\w])(?:(bis)|ab|vor|nach)[ \u00a0]+$")
_R_MEASURE_NOUN_DE = re.compile(
    r"(?i)(?:meter|metern|tonnen|gramm|kilo|liter|litern|hektar|grad|watt|punkte|punkten|zähler|zählern"
    r"|stück|kalorien|einheiten|dosen)$"
)
# "Die Polizei ermittelte in 1500 Fällen", "In 2000 Gemeinden fehlt ein Arzt": after German "in"
# a figure right before a capitalised noun in -n (a dative plural: Fällen, Ländern, Schulen,
# Metern) counts that noun. A year after "in" is followed by a verb, a lower-case participle or
# "und" ("In 2024 stieg", "die in 2023 veröffentlichten Daten", "in 1989 und 1990").
_R_IN_BEFORE_DE = re.compile(r"(?i)(?<![\w])in[ \u00a0]+$")
_R_BRACKET_RANGE_AFTER = re.compile(r"[-–]\d{4}\)")
_R_BRACKET_RANGE_BEFORE = re.compile(r"\(\d{4}[-–]$")
_R_THE_BEFORE = re.compile(r"(?i)(?<![\w])the[ \u00a0]+$")
_R_A_BEFORE = re.compile(r"(?i)(?<![\w])an?[ \u00a0]+$")
# "the 1500 metre race", "the 1500 mark": sizes and thresholds, not years.
_NOT_DATED_NOUNS = frozenset(
    word_list("""
    metre meter kilometre kilometer mile yard foot pound ton tonne word page mark level barrier threshold
    figure point
    """)
)


def _old_year(text: str, lang: str, s: int, e: int, noun: str | None) -> bool:
    """A year before 1800 in the forms a wire story writes it; the left-hand words are in
    _LEFT_YEAR_STRONG and _LEFT_YEAR_WEAK."""
    # Dates of a life or a war in brackets: "(1756-1763)", "(1712–1786)".
    if (text[s - 1 : s] == "(" and _R_BRACKET_RANGE_AFTER.match(text, e)) or (
        text[e : e + 1] == ")" and _R_BRACKET_RANGE_BEFORE.search(text, max(0, s - 6), s)
    ):
        return True
    if lang == "en":
        # "the 1648 treaty", as "the 2024 election"; "the 1500 workers" are counted. After "a" too
        # ("under a 1798 wartime law", "an 1812 overture"), but not a round figure ("a 1500 seat").
        if noun is None or not _en_singular(noun) or noun.lower() in _NOT_DATED_NOUNS:
            return False
        if _R_THE_BEFORE.search(text, max(0, s - 5), s) is not None:
            return True
        return text[e - 2 : e] != "00" and _R_A_BEFORE.search(text, max(0, s - 4), s) is not None
    if noun is None:
        m = _R_DATED_AFTER.match(text, e)
        if m is None:
            return False
        return m.group(1) is not None or _R_SINGULAR_AUX_BEFORE.search(text, max(0, s - 30), s) is not None
    return _dated_participle_de(text, s, e)


def _dated_participle_de(text: str, s: int, e: int) -> bool:
    """ "die 1755 erbaute Kirche", "das 1912 entstandene Gemälde": see _R_DATED_PARTICIPLE."""
    art = _R_ARTICLE_BEFORE.search(text, max(0, s - 6), s)
    pm = _R_DATED_PARTICIPLE.match(text, e) if art else None
    # After "der"/"die" an "-en" participle may count ("die 1500 gebauten Wohnungen"), after
    # "dem"/"des" or a form of "ein" it may not.
    if pm is None:
        return False
    if art.group(2) is not None:
        return pm.group(1) == "en" and _R_NOUN_NOT_PLURAL_DE.match(text, pm.end()) is not None
    return pm.group(1) != "en" or art.group(1) is None


def _dative_plural_next(text: str, e: int, noun: str) -> bool:
    """The counted noun stands right after the figure and may be a dative plural ("Fällen")."""
    return noun.endswith("n") and text.startswith(noun, e + 1)


def _prep_year_de(text: str, s: int, e: int, noun: str) -> bool:
    """ "bis 2030 neue Stellen", "Ab 2026 gelten neue Regeln": see _R_PREP_YEAR_DE."""
    pm = _R_PREP_YEAR_DE.search(text, max(0, s - 6), s)
    if pm is None or _R_MEASURE_NOUN_DE.search(noun):
        return False
    if pm.group(1) is not None:
        return True
    return not _dative_plural_next(text, e, noun)


def _in_count_de(text: str, s: int, e: int, noun: str) -> bool:
    """ "ermittelte in 1500 Fällen": see _R_IN_BEFORE_DE."""
    return (
        noun[:1].isupper()
        and text[e : e + 1] in (" ", "\u00a0")
        and _dative_plural_next(text, e, noun)
        and _R_IN_BEFORE_DE.search(text, max(0, s - 4), s) is not None
    )


# Seasons are periods a sum or a tally is spread over, as years are ("over three seasons",
# "über drei Spielzeiten hinweg"); see qualifiers._over_is_period.
_SEASON_NOUNS = frozenset(["seasons", "Spielzeiten", "Saisons", "Saisonen"])


def _over_season_span(text: str, start: int, end: int, lang: str) -> bool:
    return _over_is_period(text, start, end) if lang == "en" else _ueber_is_span(text, start, end)


def _complete_plain(
    text: str,
    lang: str,
    total: Decimal,
    start: int,
    pos: int,
    num_start: int,
    qual: str | None,
    is_digits: bool,
    raw: str,
    value: Decimal | None = None,
    scale: int = 1,
) -> _Hit:
    """A count (with its noun), a year, or a bare number: nothing unit-like follows."""
    e = pos
    if value is None:
        value = total
    if text.startswith(_RATE_LINKS, pos):
        rate = _exchange_rate(text, start, num_start, pos)
        if rate is not None:
            return _Hit("money", to_json_number(total), rate[0], start, rate[1], qual, value, scale)
    if (
        lang == "en"
        and scale == 1
        and 0 < total < 120
        and total == int(total)
        and (bound := bound_age_of(text, num_start)) is not None
    ):
        return _Hit("duration", int(total), "year", start, pos, bound)  # "under the age of 18"
    if is_digits and scale == 1 and raw.isdigit() and len(raw) <= 3 and _is_age(text, num_start, pos, lang):
        return _Hit("duration", int(raw), "year", start, pos, qual)
    if is_digits and scale == 1 and 1 <= total < 120 and total != int(total) and mean_age(text, num_start, pos, lang):
        return _Hit("duration", to_json_number(total), "year", start, pos, qual)  # "an average age of 25.4"
    if (
        not is_digits
        and qual is not None
        and 0 < total < 120
        and total == int(total)
        and (
            (lang == "en" and _people_bound_age(text, num_start, pos))
            or (lang == "de" and de_people_bound_age(text, num_start, pos))
            or _bound_age(text, num_start, pos, lang)
        )
    ):
        return _Hit("duration", int(total), "year", start, pos, qual)  # "children under five", "jünger als zwölf"
    if (
        not is_digits
        and lang == "en"
        and 0 < total < 120
        and total == int(total)
        and text[num_start - 2 : num_start - 1] in ("d", "n")
        and _R_AGED.search(text, max(0, num_start - 16), num_start)
    ):
        return _Hit("duration", int(total), "year", start, pos, qual)  # "aged six", as "aged 6"
    if not is_digits and lang == "en" and 0 < total < 120 and total == int(total) and _turned_age(text, num_start, pos):
        return _Hit("duration", int(total), "year", start, pos, qual)  # "dies before turning five"
    if is_digits:
        cn = _R_COMPOUND_NOUN_DE.match(text, pos) if lang == "de" else None
        if cn:
            return _Hit("count", to_json_number(total), cn.group(1), start, cn.end() - 1, qual, value, scale)
        if lang == "en":
            ce = _R_COMPOUND_NOUN_EN.match(text, pos)
            if ce and ce.group(1) not in _EN_STOP:
                return _Hit("count", to_json_number(total), ce.group(1), start, ce.end(), qual, value, scale)

    noun, noun_end = _count_noun(text, pos, lang)
    if is_digits and qual is None and raw.isdigit() and designation(text, num_start, e, raw, noun, lang):
        return _block(start, e)  # "Wi-Fi 7", "IC 2213", "the Army's Challenger 2 tanks": a name
    if is_digits and lang == "en" and scale == 1 and raw.isdigit() and name_after_figure(text, num_start, e):
        return _block(start, e)  # "its 920 Carrera sports car": a model named after its figure

    # A plain four-digit number is a year after "seit"/"im Jahr"/"in"... or when nothing
    # counted follows it ("2000 Soldaten" is a count).
    if is_digits and scale == 1 and qual is None and raw.isdigit() and len(raw) == 4:
        y = int(raw)
        lo = max(0, num_start - 16)
        strong = _LEFT_YEAR_STRONG.search(text, lo, num_start)
        # In English a year also stands before a singular noun ("the 2024 election").
        singular = lang == "en" and noun is not None and _en_singular(noun)
        if strong and lang == "de" and noun is not None and _in_count_de(text, num_start, e, noun):
            strong = None
        if (strong and 1000 <= y <= 2199) or ((noun is None or singular) and 1800 <= y <= 2100):
            return _Hit("year", y, None, num_start, e)
        if noun is None and 1000 <= y <= 2199 and _LEFT_YEAR_WEAK.search(text, lo, num_start):
            return _Hit("year", y, None, num_start, e)
        if 1000 <= y < 1800 and _old_year(text, lang, num_start, e, noun):
            return _Hit("year", y, None, num_start, e)
        if lang == "de" and 1000 <= y <= 2100 and (
            (noun is None and _prep_name_year_de(text, num_start, e))
            or (noun is not None and _participle_singular_year_de(text, num_start, e, noun))
        ):
            return _Hit("year", y, None, num_start, e)
        if lang == "de" and noun is not None and 1800 <= y < 2100 and _dated_participle_de(text, num_start, e):
            return _Hit("year", y, None, num_start, e)
        if lang == "de" and noun is not None and _named_year_de(text, num_start, e, y):
            return _Hit("year", y, None, num_start, e)  # "der 2014 vorhandenen Bestände", "Budget 2026 Mittel"
        if (
            lang == "de"
            and noun is not None
            and 1000 <= y <= 2199
            and _R_DATING_ADJ.match(text, e)
            and _R_ARTICLE_PREP_BEFORE.search(text, max(0, num_start - 16), num_start)
        ):
            return _Hit("year", y, None, num_start, e)
        if (
            lang == "de"
            and noun is not None
            and 1900 < y < 2100
            and y != 2000
            and _prep_year_de(text, num_start, e, noun)
        ):
            return _Hit("year", y, None, num_start, e)
        if noun is not None and year_before_noun(text, lang, num_start, e, y, noun):
            return _Hit("year", y, None, num_start, e)  # "für 2026 Einnahmen", "their 2025 returns"
    # "below 1990 levels", "compared with 2019 levels": the levels of a year; "below" and
    # "above" before it hedge nothing ("more than 2000 levels" of a game are counted).
    if (
        lang == "en"
        and noun == "levels"
        and is_digits
        and scale == 1
        and raw.isdigit()
        and len(raw) == 4
        and 1800 <= int(raw) <= 2100
        and (qual is None or _R_BOUND_BEFORE_EN.search(text, max(0, num_start - 8), num_start))
    ):
        return _Hit("year", int(raw), None, num_start, e)
    # "um ein Zehntel mehr als 2023", "5% more than 2019": after a stated difference,
    # "mehr als"/"more than" compares with a year; it is no hedge.
    if (
        qual in ("over", "under")
        and noun is None
        and raw.isdigit()
        and len(raw) == 4
        and 1900 <= int(raw) <= 2100
        and _R_DIFFERENCE_THAN.search(text, max(0, num_start - 40), num_start)
    ):
        return _Hit("year", int(raw), None, num_start, e)

    if noun is not None:
        spent = de_time_compound(noun, text, e, noun_end) if lang == "de" else en_time_after_noun(text, noun, noun_end)
        if spent is not None:  # "110 Flugstunden", "215 care minutes": time spent, a duration
            unit, end = (spent, noun_end) if lang == "de" else spent
            return _Hit("duration", to_json_number(total), unit, start, end, qual, value, scale)
        if noun in _SPLIT_DENOMINATORS and scale == 1 and _split_seconds(text, num_start, noun_end):
            # "mit 12 Hundertstel Vorsprung": hundredths of a second (see units._split_seconds)
            seconds = to_json_number(total / _SPLIT_DENOMINATORS[noun])
            return _Hit("duration", seconds, "second", start, noun_end, qual)
        if is_digits and raw in _EMERGENCY_NUMBERS and noun in _EMERGENCY_NOUNS:
            return _block(start, pos)  # "the first 911 call", "a 999 call handler": a telephone number
        if noun in _SPECIAL_NOUNS:
            name = lang == "en" and noun in _MODEL_NOUNS and is_digits
            if name and _R_NAME_BEFORE.search(text, num_start - 30, num_start):
                return _block(start, pos)  # "a Falcon 9 rocket", "the Apollo 11 mission": a name
            if qual == "under" and lang == "de" and _among_de(text, start, noun):
                qual = None  # "belegte unter 16 Teams den 3. Platz": among, no hedge
        if qual == "over" and noun in _SEASON_NOUNS and _over_season_span(text, start, noun_end, lang):
            qual = None  # "a loss of £105 million over three seasons": a span, as "over five years"
        return _Hit("count", to_json_number(total), noun, start, noun_end, qual, value, scale)
    if is_digits and len(raw) >= 3 and _phone_number(text, start, pos, raw):
        return _block(start, pos)  # a telephone number: "call the force on 101", "dial 999"
    if is_digits and lang == "en" and (model := _R_MODEL_AFTER.match(text, pos)):
        # "the 737 MAX", "A321 XLR", "737 MAX 10": an aircraft's model name with its variant
        return _block(start, _R_VARIANT_FIGURE.match(text, model.end()).end())
    if is_digits and scale == 1 and raw.isdigit() and (left := left_off_unit(text, num_start, pos, int(raw))):
        return _Hit("duration", int(raw), left, start, pos, qual)  # "auf 5 Stunden 50": 50 minutes
    hit = _Hit("count", to_json_number(total), None, start, pos, qual, value, scale)
    hit.bare = True
    return hit


_SPLIT_DENOMINATORS = {"Zehntel": 10, "Hundertstel": 100, "Tausendstel": 1000}
# Emergency numbers before a singular noun of calling ("the first 911 call", "a 999 caller") or
# before the staff that answers them ("999 control officers", "911 dispatchers"): no count ("911
# calls" may count calls and stays one).
# Non-emergency and national lines too: "call 101, quoting log ...", "ring 111", "dial 144".
_EMERGENCY_NUMBERS = frozenset(["911", "999", "112", "000", "101", "111", "110", "144", "133", "122", "988", "311"])
_EMERGENCY_NOUNS = frozenset(
    word_list("call caller dispatcher dispatchers operator operators line centre center handler handlers control")
)


# "call the force on 101", "ring police on 999", "dial 911": a verb of calling, its object (one to
# four words; "called on" alone urges), "on"; or "dial"; three or more digits with nothing counted
# after them ("called a vote on 200 amendments" counts).
_R_PHONE_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:(?:call|calls|called|calling|ring|rang|ringing|phone|phoned|phoning|contact|text)"
    r"(?:[ \u00a0]+[\w'’]+){1,4}[ \u00a0]+on|dial|dials|dialled|dialed|dialling|dialing)[ \u00a0]+$"
)
# ("called 911 at 1:30 p.m.": a time or a clause goes on after the number.)
_R_PHONE_AFTER = re.compile(
    r"[ \u00a0]*(?:[.,;:)]|$|or\b|and\b|if\b|to\b|for\b|in\b|at\b|after\b|when\b|from\b|but\b)"
)
# "unable to call 999", "ring 112": an emergency number right after a verb of calling.
_R_CALL_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:call|calls|called|calling|ring|rang|ringing|phone|phoned|phoning)[ \u00a0]+$"
)
# "die Rettung unter 144 zu verständigen", "ist unter 1450 erreichbar": a number one reaches.
_R_REACH_AFTER_DE = re.compile(
    r"[ \u00a0]+(?:zu[ \u00a0]+)?(?:verständigen|erreichen|erreichbar|anrufen|wählen|alarmieren|kontaktieren)(?![\w])"
)


def _phone_number(text: str, start: int, pos: int, raw: str) -> bool:
    digits = raw.replace(" ", "").replace("\u00a0", "")
    if not digits.isdigit():
        return False
    if text[start - 6 : start - 1] == "unter" and _R_REACH_AFTER_DE.match(text, pos):
        return True
    if raw in _EMERGENCY_NUMBERS and _R_CALL_BEFORE.search(text, max(0, start - 10), start):
        return _R_PHONE_AFTER.match(text, pos) is not None
    return (
        (text[start - 3 : start - 1] == "on" or "dial" in text[max(0, start - 12) : start])
        and _R_PHONE_AFTER.match(text, pos) is not None
        and _R_PHONE_BEFORE.search(text, max(0, start - 40), start) is not None
    )


# A capitalised name, a figure, then a singular noun for a vehicle or a mission: "a Falcon 9
# rocket", "the Apollo 11 mission", "an Ariane 6 launcher" name a type or a flight; a count
# above one would take the plural ("nine rockets").
_MODEL_NOUNS = frozenset(
    word_list("""
    rocket launcher mission spacecraft capsule probe rover lander telescope booster tank jet airliner
    helicopter missile satellite
    """)
) | PRODUCT_NOUNS
# The variant word after a model number: "737 MAX", "320 NEO", "321 XLR", "787 Dreamliner".
_R_MODEL_AFTER = re.compile(r"[ \u00a0\-](?:MAX|Max|NEO|neo|XLR|Dreamliner)(?![\w])")
_R_VARIANT_FIGURE = re.compile(r"(?:[ \u00a0]\d+(?![\w.,]\d))?")
_R_NAME_BEFORE = re.compile(r"(?<![\w])(?!The |A |An )[A-Z][\w'’\-]*[ \u00a0]$")
# "unter 16 Teams", "unter 40 Bewerbern": among the members of a field in which a rank is won.
_FIELD_NOUNS_DE = frozenset(
    word_list("""
    Teams Mannschaften Teilnehmern Teilnehmerinnen Bewerbern Bewerberinnen Kandidaten Kandidatinnen
    Startern Starterinnen Nationen Ländern Klubs Vereinen Schulen Universitäten Städten Gemeinden
    Finalisten Finalistinnen Konkurrenten Athleten Athletinnen Fahrern Fahrerinnen Läufern Läuferinnen
    """)
)
_SPECIAL_NOUNS = _MODEL_NOUNS | _FIELD_NOUNS_DE
_R_UNTER_BEFORE = re.compile(r"(?<![\w])(\w+)[ \u00a0]+unter[ \u00a0]+$")
_R_RANK_IN_SENTENCE_DE = re.compile(r"(?i)(?<![\w])(?:platz|rang|position)(?![\w])|\d\.[ \u00a0]+[A-ZÄÖÜ]|besten?\b")


def _among_de(text: str, start: int, noun: str) -> bool:
    """ "unter 16 Teams den 3. Platz": "unter" before a field of competitors in a sentence that
    names a rank is "among"; not after a preposition ("mit unter 16 Teams")."""
    if noun not in _FIELD_NOUNS_DE:
        return False
    m = _R_UNTER_BEFORE.search(text, max(0, start - 30), start)
    if m is None or m.group(1).lower() in _PREPS_DE:
        return False
    stop = text.find(".", start + 1)
    while stop > 0 and text[stop - 1].isdigit():
        stop = text.find(".", stop + 1)  # "den 3. Platz"
    return _R_RANK_IN_SENTENCE_DE.search(text, max(0, start - 120), stop if stop > 0 else len(text)) is not None


_PREPS_DE = frozenset(word_list("mit von bei auf für um seit nach zu vor in aus an gegen durch ohne bis als"))


def _exchange_rate(text: str, start: int, num_start: int, pos: int) -> tuple[str, int] | None:
    """ "The yen weakened to 152.40 per dollar", "Der Franken notierte bei 0,93 je Euro": the
    currency the rate prices (named with an article before the figure in the same sentence)
    and where the rate ends, or None. The figure is money in that currency (the lead's
    convention), as "151.20 yen" after "The dollar rose to" is."""
    link = _R_RATE_LINK.match(text, pos)
    cm = _R_CURRENCY.match(text, link.end()) if link else None
    if cm is None or cm.group("cur").lower() in _SUBUNITS:
        return None
    quoted = _currency_code(cm.group("cur"), cm.group("adj"))
    lo = max(0, num_start - 120)
    cut = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    priced = None
    for pm in _R_PRICED_CURRENCY.finditer(text, cut + 1 if cut >= 0 else lo, start):
        priced = pm
    if priced is None and (cut >= 0 or lo == 0):
        priced = _R_OPENING_CURRENCY.match(text, cut + 1 if cut >= 0 else 0, start)
    if priced is None or quoted is None:
        return None
    code = owner_currency(priced.group("cur"), priced.groupdict().get("own")) or _currency_code(
        priced.group("cur"), priced.group("adj")
    )
    return (code, cm.end()) if code is not None and code != quoted else None


def _currency_code(name: str, adj: str | None) -> str | None:
    """ISO code of a currency name; the adjective before it picks among dollars, francs, crowns."""
    code = _CURRENCIES.get(name.lower())
    if code is None and name.endswith("s"):  # a German genitive: "des Rubels", "des Pfundes"
        code = _CURRENCIES.get(name[:-1].lower()) or _CURRENCIES.get(name[:-2].lower())
    if adj and name.lower() in _ADJ_DECIDES:
        words = adj.lower().split()
        code = _CURRENCY_ADJ.get(" ".join(words[-2:])) or _CURRENCY_ADJ.get(words[-1], code)
    return code


_R_BOUND_BEFORE_EN = re.compile(r"(?i)(?<![\w])(?:below|above|beneath)[ \u00a0]+$")
# ("260.000 Hektar mehr als 2024": a difference with its counted noun)
_R_DIFFERENCE_THAN = re.compile(
    r"(?i)(?:prozent|percent|%|tel|hälfte|half|punkte|points|\d(?:[ \u00a0]+[^\W\d_]+)?)"
    r"[ \u00a0]+(?:mehr|weniger|more|less|fewer)"
    r"[ \u00a0]+(?:als|than)[ \u00a0]+$"
)


def _cardinal_value(token: str, lang: str) -> Decimal | None:
    if token.isdigit():
        return Decimal(token)
    if lang == "de":
        return parse_german_word(token)
    return parse_english_words(token)
