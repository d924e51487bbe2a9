"""Completing a cardinal with nothing unit-like after it: a count with its noun, a year, an age,
or a name or a telephone number that is no count."""

from __future__ import annotations

import re
from decimal import Decimal

from ..numbers import to_json_number
from ..wordtrie import word_list
from .age_groups import bound_age_of, de_people_bound_age
from .age_heads import mean_age
from .ages import (
    _R_AGED,
    _R_AT_THE_AGE_OF,
    _bound_age,
    _is_age,
    _people_bound_age,
    _turned_age,
    at_age,
)
from .context import _LEFT_YEAR_STRONG, _LEFT_YEAR_WEAK
from .currency_codes import _exchange_rate
from .dated import _named_year_de, _participle_singular_year_de, _prep_name_year_de
from .designations import PRODUCT_NOUNS, designation, name_after_figure
from .hits import _block, _Hit
from .nouns import _EN_STOP, _R_COMPOUND_NOUN_DE, _R_COMPOUND_NOUN_EN, _count_noun, _en_singular
from .plain_years import _dated_participle_de, _in_count_de, _old_year, _prep_year_de
from .qualifiers import _over_is_period, _ueber_is_span
from .tables import EN_EVERY_UNITS
from .time_nouns import de_time_compound, en_time_after_noun, left_off_unit
from .units import _RATE_LINKS, _split_seconds, split_seconds_en
from .year_nouns import year_before_noun

# "bis mindestens 2035", "until at least 2035": a year with its bound, not a count.
# A part of a count before it ("4200 Personen ..., 1850 davon im Dublin-Verfahren", "1850 of them"): no year.
_R_PART_AFTER = re.compile(r"[ \u00a0]+(?:davon|of[ \u00a0]+(?:them|whom|which))(?![\w])")
_R_UNTIL_AT_LEAST = re.compile(
    # ("from at least 2020", "since at least 2019": the start of a span, a year; batch 254)
    r"(?i)(?<![\w])(?:bis|until|till|through|from|since)[ \u00a0]+(?:mindestens|zumindest|wenigstens|at[ \u00a0]+least)"
    r"[ \u00a0]+$"
)
# "2-yearly checks" (tables.EN_EVERY_UNITS; number words in english._english_word).
_R_EN_EVERY = re.compile(r"-(" + "|".join(EN_EVERY_UNITS) + r")(?![\w\-])")

# "den bis 2027 laufenden Vertrag", "die ab 2026 geltende Regel", "einen bis 2030 gültigen
# Vertrag": an article, a preposition, the figure, then a participle or an adjective in -ig
# before the noun the article belongs to; the figure is a year ("die für 2000 neue Wohnungen
# nötigen Mittel" counts).
_R_ARTICLE_PREP_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)[ \u00a0]+"
    r"(?:bis|ab|seit|für|von|vor|nach|um)[ \u00a0]+$"
)
_R_DATING_ADJ = re.compile(r"[ \u00a0]+[a-zäöüß]+(?:end|t|ig)(?:e|en|er|es|em)[ \u00a0]+[A-ZÄÖÜ]")

# Seasons are periods a sum or a tally is spread over, as years are ("over three seasons",
# "über drei Spielzeiten hinweg"); see qualifiers._over_is_period.
_SEASON_NOUNS = frozenset(["seasons", "Spielzeiten", "Saisons", "Saisonen"])


# "gut 4 Milliarden Euro mehr als 2025", "5% less than 2024": after an amount (a figure and at
# most two words of its unit), "mehr/weniger als" and "more/less than" compare with a year;
# "mehr als 2000" alone hedges a count.
# ("about 18% below 2019", "12% above 2019" compare so too; batch 260)
# ("an increase of 4.1% over 2024", batch 398)
_R_COMPARED_WITH = re.compile(
    r"(?i)(?:(?:mehr|weniger|more|less|fewer)[ \u00a0]+(?:als|than)|below|above|over)[ \u00a0]+$"
)
_R_AMOUNT_BEFORE = re.compile(
    r"\d(?:[ \u00a0]*%|(?:[ \u00a0]+(?!(?:auf|von|bis|zu|to|from|on|und|and|oder|or)[ \u00a0])[^\W\d_]+){1,2})"
    r"[ \u00a0]+$"
)


_R_CLAUSE_END_AFTER = re.compile(r"[ \u00a0]*(?:[.,;:)]|$)")
# A strong adjective in the neuter singular after the figure: no count above one stands before it.
_R_SINGULAR_ADJ_AFTER_DE = re.compile(r"[ \u00a0]+[a-zäöüß]{3,}es[ \u00a0]+[A-ZÄÖÜ]")
# A minor planet's provisional designation: the year of its discovery, two capitals and a number.
_R_MINOR_PLANET = re.compile(r"[ \u00a0](?!EU|US|UK|UN)[A-Z]{2}\d{1,3}(?![\w\-])")


def _compared_year(text: str, start: int, num_start: int, raw: str) -> bool:
    if not (raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100):
        return False
    m = _R_COMPARED_WITH.search(text, max(0, num_start - 14), num_start)
    return m is not None and _R_AMOUNT_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None


_R_AS_A_WHOLE_AFTER = re.compile(r"[ \u00a0]+as[ \u00a0]+a[ \u00a0]+whole(?![\w])")


def _over_year(text: str, num_start: int, e: int, raw: str) -> bool:
    """ "Over 2025 as a whole": "over" a year (no thousands separator) spans the year."""
    return (
        len(raw) == 4
        and raw.isdigit()
        and 1900 <= int(raw) <= 2100
        and text.endswith(("over ", "Over "), 0, num_start)
        and _R_AS_A_WHOLE_AFTER.match(text, e) is not None
    )


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
    if lang == "en" and text.startswith("-something", pos):
        return _block(start, pos + (11 if text.startswith("s", pos + 10) else 10))  # "a 20-something hiker": vague
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
    if (
        not is_digits
        and lang == "en"
        and 0 < total < 120
        and total == int(total)
        and (_turned_age(text, num_start, pos) or at_age(text, num_start, pos))
    ):
        return _Hit("duration", int(total), "year", start, pos, qual)  # "dies before turning five", "died at ninety"
    if (
        not is_digits
        and lang == "en"
        and 0 < total < 120
        and total == int(total)
        and text.endswith("of ", max(0, num_start - 3), num_start)
        and _R_AT_THE_AGE_OF.search(text, max(0, num_start - 24), num_start)
    ):
        return _Hit("duration", int(total), "year", start, pos, qual)  # "by the age of five", as "of 5"
    if lang == "en" and text.startswith("-", pos) and (ev := _R_EN_EVERY.match(text, pos)):
        # "three-weekly collections", "two-yearly checks": an interval, as "zweiwöchentlich"
        unit = EN_EVERY_UNITS[ev.group(1)]
        return _Hit("duration", to_json_number(total), unit, start, ev.end(), qual, value, scale)
    if is_digits:
        cn = _R_COMPOUND_NOUN_DE.match(text, pos) if lang == "de" else None
        if cn:
            return _Hit("count", to_json_number(total), cn.group(1), start, cn.end() - 1, qual, value, scale)
        if lang == "en":
            ce = _R_COMPOUND_NOUN_EN.match(text, pos)
            if ce and ce.group(1) not in _EN_STOP:
                return _Hit("count", to_json_number(total), ce.group(1), start, ce.end(), qual, value, scale)

    if is_digits and len(raw) == 4 and raw.isdigit() and (mp := _R_MINOR_PLANET.match(text, e)):
        return _block(start, mp.end())  # "the rock, designated 2026 LK7": an asteroid's name (batch 395)
    noun, noun_end = _count_noun(text, pos, lang)
    if is_digits and qual is None and raw.isdigit() and designation(text, num_start, e, raw, noun, lang):
        return _block(start, e)  # "Wi-Fi 7", "IC 2213", "the Army's Challenger 2 tanks": a name
    if is_digits and lang == "en" and scale == 1 and raw.isdigit() and name_after_figure(text, num_start, e):
        return _block(start, e)  # "its 920 Carrera sports car": a model named after its figure

    if qual in ("over", "under") and noun is None and is_digits and _compared_year(text, start, num_start, raw):
        return _Hit("year", int(raw), None, num_start, e)  # "4 Milliarden Euro mehr als 2025"
    if qual == "over" and noun is None and is_digits and _over_year(text, num_start, e, raw):
        return _Hit("year", int(raw), None, num_start, e)  # "Over 2025 as a whole, sales rose 1.1%" (batch 268)

    if (
        is_digits
        and qual == "at_least"
        and noun is None
        and raw.isdigit()
        and 1900 <= int(raw) <= 2100
        and _R_UNTIL_AT_LEAST.search(text, max(0, num_start - 24), num_start)
    ):
        # "bis mindestens 2035" (122nd batch: no hedge), "until at least 2035" (197th, 210th: at least)
        return _Hit("year", int(raw), None, num_start, e, "at_least" if lang == "en" else None)
    if is_digits and qual == "about" and len(raw) == 4 and raw.isdigit() and text.startswith("c. ", num_start - 3):
        return _Hit("year", int(raw), None, num_start, e, qual)  # "painted c. 1650" (batch 395)
    if (
        is_digits
        and qual == "about"
        and noun is None
        and raw.isdigit()
        and 1900 < int(raw) <= 2100
        and int(raw) % 100
        and (
            # "its 1980 levels around 2068." (batch 410), "until about 2030", "bis etwa 2030" (batch 437)
            (text.endswith(("around ", "Around "), 0, num_start) and _R_CLAUSE_END_AFTER.match(text, e))
            or _R_UNTIL_ABOUT.search(text, max(0, num_start - 24), num_start)
        )
    ):
        return _Hit("year", int(raw), None, num_start, e, qual)
    # A plain four-digit number is a year after "seit"/"im Jahr"/"in"... or when nothing
    # counted follows it ("2000 Soldaten" is a count).
    if (
        is_digits
        and scale == 1
        and qual is None
        and raw.isdigit()
        and len(raw) == 4
        and not _R_PER_PERIOD_AHEAD.match(text, e)  # "von 1450 auf 1800 pro Jahr": a rate (batch 334)
        # "sei seit 2026 um 1900 gestiegen": a change by a figure, no year (batch 459)
        and not (lang == "de" and text.endswith(" um ", 0, num_start) and _R_CHANGED_AFTER_DE.match(text, e))
    ):
        y = int(raw)
        lo = max(0, num_start - 16)
        strong = _LEFT_YEAR_STRONG.search(text, lo, num_start)
        # In English a year also stands before a singular noun ("the 2024 election").
        singular = lang == "en" and noun is not None and _en_singular(noun)
        if strong and lang == "de" and noun is not None and _in_count_de(text, num_start, e, noun):
            strong = None
        # "Seit ihrem Höchststand um 1850 haben": "um" before a bare year is "around" (batches 395, 410)
        um = "about" if noun is None and lang == "de" and text.endswith(" um ", 0, num_start) else None
        if (strong and 1000 <= y <= 2199) or (
            (noun is None or singular) and 1800 <= y <= 2100 and not _R_PART_AFTER.match(text, e)
        ):
            return _Hit("year", y, None, num_start, e, um, value)  # (its figure kept: "um 1250 vor Christus", eras)
        if noun is None and 1000 <= y <= 2199 and _LEFT_YEAR_WEAK.search(text, lo, num_start):
            return _Hit("year", y, None, num_start, e, um, value)
        if 1000 <= y < 1800 and _old_year(text, lang, num_start, e, noun):
            return _Hit("year", y, None, num_start, e)
        if lang == "de" and 1000 <= y <= 2100 and (
            (noun is None and _prep_name_year_de(text, num_start, e))
            or (noun is not None and _participle_singular_year_de(text, num_start, e, noun))
        ):
            return _Hit("year", y, None, num_start, e)
        if lang == "de" and 1900 <= y <= 2100 and _R_SINGULAR_ADJ_AFTER_DE.match(text, e):
            return _Hit("year", y, None, num_start, e)  # "stellt für 2028 weiteres Wachstum in Aussicht" (batch 403)
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
        if lang == "de" and 1900 <= y <= 2100 and text.startswith((" des ", "\u00a0des "), e):
            return _Hit("year", y, None, num_start, e)  # "Die Rechnung 2027 des Bundes" (batch 347): no partitive
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
        if noun in _SPLIT_DENOMINATORS_EN and scale == 1 and split_seconds_en(text, num_start, noun_end):
            # "had led by 18 hundredths": a race margin in hundredths of a second (units.split_seconds_en)
            seconds = to_json_number(total / _SPLIT_DENOMINATORS_EN[noun])
            return _Hit("duration", seconds, "second", start, noun_end, qual)
        if noun in _SPLIT_DENOMINATORS and scale == 1 and _split_seconds(text, num_start, noun_end):
            # "mit 12 Hundertstel Vorsprung": hundredths of a second (see units._split_seconds)
            seconds = to_json_number(total / _SPLIT_DENOMINATORS[noun])
            return _Hit("duration", seconds, "second", start, noun_end, qual)
        if is_digits and raw in _EMERGENCY_NUMBERS and noun in _EMERGENCY_NOUNS:
            return _block(start, pos)  # "the first 911 call", "a 999 call handler": a telephone number
        if noun in _SPECIAL_NOUNS:
            # ("About 19.5 million car journeys": a scaled figure names no model, batch 398)
            name = lang == "en" and noun in _MODEL_NOUNS and is_digits and scale == 1
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


_R_CHANGED_AFTER_DE = re.compile(
    r"[ \u00a0]+(?:gestiegen|gesunken|gewachsen|gefallen|zurückgegangen|geschrumpft|angewachsen|erhöht|verringert"
    r"|reduziert|gekürzt|aufgestockt|zugenommen|abgenommen)(?![\w])"
)
_R_PER_PERIOD_AHEAD = re.compile(
    r"(?:[ \u00a0]+(?:auf|to|bis)[ \u00a0]+\d{3,4})?[ \u00a0]+(?:pro|je|per|a)[ \u00a0]+"
    r"(?:Jahr|Monat|Woche|Tag|year|month|week|day)(?![\w])"
)
# (and the dative plural: "mit 41 Hundertsteln Vorsprung", batch 328)
_SPLIT_DENOMINATORS = {
    "Zehntel": 10, "Hundertstel": 100, "Tausendstel": 1000, "Zehnteln": 10, "Hundertsteln": 100, "Tausendsteln": 1000,
}
_SPLIT_DENOMINATORS_EN = {"tenths": 10, "hundredths": 100, "thousandths": 1000}
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
    r"[ \u00a0]*(?:[.,;:)]|$|or\b|and\b|if\b|to\b|for\b|in\b|at\b|after\b|when\b|from\b|but\b"
    r"|about\b|just\b|minutes\b|seconds\b)"  # ("had called 911 about 40 seconds before", batch 339)
)
# "unable to call 999", "ring 112": an emergency number right after a verb of calling.
_R_CALL_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:call|calls|called|calling|ring|rang|ringing|phone|phoned|phoning)[ \u00a0]+$"
)
# "die Rettung unter 144 zu verständigen", "ist unter 1450 erreichbar": a number one reaches.
_R_REACH_AFTER_DE = re.compile(
    r"[ \u00a0]+(?:zu[ \u00a0]+)?(?:verständigen|erreichen|erreichbar|anrufen|wählen|alarmieren|kontaktieren)(?![\w])"
)


# "der Notruf 112", "die Hotline 0800 ...", "telemedizinische Beratung unter der 116117": a line named
# before its number.
_R_LINE_BEFORE = re.compile(r"(?i)(?:notruf\w*|rufnummer\w*|telefonnummer\w*|hotline|unter[ \u00a0]+der)[ \u00a0]+$")
# "customers could not reach 999 for almost 10 hours": the main emergency lines after "reach"
# ("temperatures could reach 110 in places" keeps its figure).
_R_REACH_BEFORE = re.compile(r"(?i)(?<![\w])(?:reach|reached|reaching)[ \u00a0]+$")
_REACHED_LINES = frozenset(["999", "911", "112"])


def _phone_number(text: str, start: int, pos: int, raw: str) -> bool:
    digits = raw.replace(" ", "").replace("\u00a0", "")
    if not digits.isdigit():
        return False
    if text[start - 6 : start - 1] == "unter" and _R_REACH_AFTER_DE.match(text, pos):
        return True
    if _R_LINE_BEFORE.search(text, max(0, start - 24), start):
        return True
    if raw in _EMERGENCY_NUMBERS and (
        _R_CALL_BEFORE.search(text, max(0, start - 10), start)
        or (raw in _REACHED_LINES and _R_REACH_BEFORE.search(text, max(0, start - 10), start))
    ):
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
_R_MODEL_AFTER = re.compile(r"[ \u00a0\-](?:MAX|Max|NEO|neo|XLR|Dreamliners?)(?![\w])")
_R_VARIANT_FIGURE = re.compile(r"(?:[ \u00a0]\d+(?![\w.,]\d))?")
_R_NAME_BEFORE = re.compile(
    r"(?<![\w])(?!The |A |An |About |Some |Nearly |Almost |Around |Over |Only |Just )[A-Z][\w'’\-]*[ \u00a0]$"
)
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


_R_BOUND_BEFORE_EN = re.compile(r"(?i)(?<![\w])(?:below|above|beneath)[ \u00a0]+$")
# ("260.000 Hektar mehr als 2024": a difference with its counted noun)
_R_UNTIL_ABOUT = re.compile(
    r"(?i)(?<![\w])(?:until|till|bis|by)[ \u00a0]+(?:about|around|roughly|approximately|etwa|rund|ungefähr)[ \u00a0]+$"
)
_R_DIFFERENCE_THAN = re.compile(
    r"(?i)(?:prozent|percent|%|tel|hälfte|half|punkte|points|prozentpunkte?n?|percentage[ \u00a0]+points?|point"
    r"|euro|euros|dollars?|franken|francs?|pfund|pounds|(?<![\w])yen"  # ("eine Milliarde Euro mehr als 2025")
    r"|\d(?:[ \u00a0]+[^\W\d_]+)?)"
    r"[ \u00a0]+(?:mehr|weniger|more|less|fewer)"
    r"[ \u00a0]+(?:als|than)[ \u00a0]+$"
)
