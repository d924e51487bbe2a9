"""Numbers written in digits: dates, times, scores and identifiers first, then amounts."""

from __future__ import annotations

import re
from decimal import Decimal

from ..numbers import parse_digits, to_json_number
from ..sentences import ORDINAL_LEFT_WORD, ORDINAL_NOUNS
from .cardinals import _complete
from .context import (
    _CURRENCY_CODES,
    _LEFT_CURRENCY,
    _LEFT_EVERY,
    _LEFT_MINUS,
    _LEFT_ORD_CONTEXT,
    _LEFT_RANK,
    _LEFT_RUPEE,
    _LETTERS,
    _RANK_GATE,
    _SPACE,
    _is_word_char,
    _may_end_with,
    _nummer_rank,
    _word_end,
    later_rank,
)
from .currency_families import agency_dollar
from .dates import (
    _EN_DATE_FIRST,
    _R_CLOCK_DE,
    _R_CLOCK_RANGE_END,
    _R_DE_DATE,
    _R_DE_DATE_RANGE,
    _R_DE_SHORT_DATE_BEFORE,
    _R_EN_DATE,
    _R_EN_DATE_RANGE,
    _R_ISO_DATE,
    _R_NUM_DATE,
    _R_TIME_AFTER,
    _TIME_FIRST,
    _ZONE_NAMES,
    _iso,
    _looks_like_clock,
    slash_date,
)
from .demographics import demo_age
from .digit_scores import (
    _R_DASH_NUM3,
    _R_RESULT_AFTER,
    _R_SCORE_END,
    _R_SET_RUN,
    _R_TALLY_AFTER,
    _R_TIEBREAK,
    _SPORT_CONTEXT,
    _big_score_end,
    _win_loss_record,
)
from .german import _R_ARTICLE_ADJECTIVE_BEFORE_DE
from .glued_units import _R_CALIBRE, _R_DECADE, _R_EN_ORD_SUFFIX, _R_GLUED_MEASURE, _R_GROUPED_INT, _glued_seconds
from .hits import _block, _Hit
from .marks import _phone_end, _spaced_phone_end, _times_x_end
from .numbered import (
    _ITEM_WORDS,
    _R_CODE_TAIL,
    _R_PLURAL_AFTER,
    _R_SIGNAL_NO,
    _identifier_end,
    _numbered_item,
    _ranked_no,
)
from .places import place_end
from .plain_counts import _R_MODEL_AFTER
from .prefixes import letter_currency
from .qualifiers import _qualifier
from .shares import share_value
from .tables import _CURRENCIES, _MONTHS
from .units import (
    _R_CURRENCY,
    _R_DE_ADJ_DURATION,
    _R_DURATION,
    _R_MONEY_SUFFIX_SCALE,
    _R_PERCENT,
    _R_SCALE,
    _R_TIMES,
    _R_VOLUME_SCALE,
)
from .vulgar import VULGAR, mixed_share, vulgar_alone

# "UPDATE 1-Gunman kills ...", "UPDATE 2: ...", "ROUNDUP 2: ...": a wire story's version number (capitals), no count.
_R_VERSION_BEFORE = re.compile(r"(?<![\w])(?:UPDATE|ROUNDUP|WDH|KORREKTUR)[ \u00a0]$")

_GROUP_SPACES = " \u2009\u00a0\u202f"
# More digits than any figure in the news (a quintillion has 19) make no quantity. Longer runs were
# read: past 4,300 digits int() raised ValueError and json.dumps could not write the value; past
# Decimal's 28 digits the value was rounded, and in a range ("... bis ein Viertel") rounding to four
# places raised InvalidOperation.
_MAX_DIGITS = 20
_R_YEAR_APOSTROPHE_BEFORE = re.compile(r"(?i)(?<![\w])(?:the|of|in|since|from|until|by|class|vintage)[ \u00a0]['’]$")
_BOEING_MODELS = frozenset(["707", "717", "727", "737", "747", "757", "767", "777", "787"])
_R_SPACE_GROUPS = re.compile(r"(?:[ \u2009\u00a0\u202f]\d{3}(?![\d]))+(?:[.,]\d+)?(?![\w.,]\d)")
# A number glued by hyphens to the word it numbers: a trial's phase ("Phase-3-Studie", as "a Phase 3
# trial"), a storm's category or a warning's level ("Kategorie-4-Zyklon", "Stufe-3-Warnung"), how many a
# ranking or a round holds ("a top-10 fixture", "the last-16 tie", "die Top-5-Liste").
_R_NUMBERED_HYPHEN = re.compile(r"(?i)(?<![\w])(?:phase|kategorie|category|stufe|warnstufe|top|last)[-–]$")
# "die Tempo-30-Zone": a speed limit inside a compound, as "Tempo 30" counts 30 (batch 58).
_R_TEMPO_HYPHEN = re.compile(r"(?<![\w])Tempo[-–]$")
_R_SCALE_HYPHEN = re.compile(
    r"\d(?:[ \u00a0](?:million|billion|trillion|Millionen|Milliarden|Mio\.|Mrd\.)|(?:m|bn|mn|tn))[-–]$"
)
# "A350-1000", "B737-800": letters and digits before the hyphen make a type's code, as "F-16" is.
_R_MODEL_BEFORE = re.compile(r"(?<![\w])[A-Z]{1,3}\d{2,4}[-–]$")
# "mid-2026", "end-2025", "pre-2020": a year after the hyphen, unlike "Covid-19" or "F-16".
_R_YEAR_PREFIX = re.compile(r"(?i)(?<![\w])(?:mid|end|early|late|pre|post|start|Mitte|Ende|Anfang)[-–]$")
# "a magnitude-4.9 jolt": a quake's magnitude in a compound keeps its figure (batch 363)
_R_MAGNITUDE_PREFIX = re.compile(r"(?i)(?<![\w])magnitude-$")

_ZONES = frozenset([*_ZONE_NAMES, "local time", "Ortszeit"])
_R_COLON = re.compile(r"[:][0-9]{1,2}\b")
_R_DE_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_R_VOTES_AFTER = re.compile(r"[ \u00a0]+(?:Gegen)?[Ss]timmen(?![\wäöüß])")
_R_DASH_NUM = re.compile(r"[-–][0-9]{1,2}\b")
_R_SLASH = re.compile(r"/(\d{1,4})\b")

_R_PLUS_BEFORE_MINUS = re.compile(
    r"(?i)(?:(?<![\w])plus(?:[ \u00a0]+(?:or|oder)[ \u00a0]+|[ \u00a0]*[/\-][ \u00a0]*|[ \u00a0]+)|\+/)$"
)
# "over-65s", "under-18s" (after the hyphen, before the figure).
_R_AGE_GROUP = re.compile(r"(?i)(?<![\w])(over|under)-$")
_R_AGE_GROUP_DE = re.compile(r"(?<![\w])([Üü]ber|[Uu]nter)-$")
# "Under-21s coach", "the under-18s side": a team, as "Formel 1" is a name.
_R_TEAM_AFTER = re.compile(
    r"[ \u00a0]+(?:coach|manager|boss|side|team|squad|captain|international|internationals|head[ \u00a0]+coach)(?![\w])"
)
_LEFT_CODES = _CURRENCY_CODES | {"Fr."}
# A name before a two-digit year with its leading zero: "gegen Mainz 05", "Schalke 04".
_R_CLUB_YEAR = re.compile(r"(?<![\w])[A-ZÄÖÜ][a-zäöüß]+[ \u00a0]$")
# Clubs named by a number without a leading zero (batch 282), before anything but a counted noun.
_CLUBS_BY_NUMBER = ("Hannover ", "Darmstadt ")
_R_FIXTURE_AFTER = re.compile(r"[ \u00a0][A-Z][\w.'’\-]*(?:[ \u00a0][A-Z][\w.'’\-]*){0,3}[ \u00a0]v[ \u00a0][A-Z]")
_R_NO_NOUN_AFTER = re.compile(r"(?![ \u00a0]+[A-ZÄÖÜ])")
_CLUB_AFTER = (". FC", ". FSV", ". FFC", ". SC ", ". SV ")
_R_CLUB = re.compile(r"\.[ \u00a0](?:FC|FSV|FFC|SC|SV)(?![\w])")
_R_LEFT_FRANC = re.compile(r"(?<![\w])S?Fr\.[ \u00a0]$")
# After the time of a calendar line, its place between dashes: " - Euro zone - ", " - United States - ".
_R_CALENDAR_PLACE = re.compile(r" [-–] [A-Z][\w.]*(?: [\w.]+){0,3} [-–] ")
# "Republicans control the House 219-214": the seats of a chamber, two counts (batch 332).
# ("parliament voted 98-12 on Thursday to set aside ...": a vote's tally, "set" no tennis, batch 365)
# (and a split of votes: "after senators split 50-50", batch 481)
_R_CHAMBER_BEFORE = re.compile(r"(?<![\w])(?:House|Senate|chamber|Assembly|voted|split)[ \u00a0]+$")
# "50- bis 60.000": the first end of a range written out with the second's thousands (batch 342).
_R_SUSPENDED_THOUSANDS = re.compile(r"-[ \u00a0]+(?:bis|und|oder)[ \u00a0]+(\d{1,3})[.'’\u202f]000(?![\d.,'’])")
# "5,– Euro": whole euros or francs, the cents a dash (batch 328).
_R_DASH_PRICE = re.compile(r"[,.][–-](?=[ \u00a0]*(?:Euro|EUR|Franken|CHF|€)(?![\w]))")
# "Kerschbaumer (Deutschland/5)", "(ITA/3)": a seed after the country in brackets (batch 333).
_R_SEED_BEFORE = re.compile(r"\([A-ZÄÖÜ][A-Za-zÄÖÜäöüß\-]+/$")
_R_NEXT_WORD = re.compile(r"[\wäöüß]*")
# "auf Relegationsplatz 16": a table's place in one word. Not in context._LEFT_RANK, which number words read
# too: "der Vorsprung auf den Relegationsplatz acht Punkte" counts points (batch 325).
_R_TABLE_PLATZ = re.compile(r"(?i)(?<![\w])(?:relegations|abstiegs)platz[ \u00a0]$")
# "in der Rechtssache C-188/26": a case number's year after the slash (batch 331).
_R_CASE_YEAR = re.compile(r"/\d{2}(?:\d{2})?(?![\w/]|[.,]\d)")
# "by a 3.1-to-1 ratio", "a 1-in-100-year flood", "a one-in-200-year event": the second term of a
# ratio or odds, not a name glued by a hyphen ("Covid-19").
_R_RATIO_TO = re.compile(r"(?:\d|(?<![\w])[Oo]ne)[-–](?:to|in)[-–]$")
_R_LEAGUE = re.compile(r"\.[ \u00a0](?:Bundesliga|Liga)(?![\wäöüß])")
# (a club named by initials: "2. RB Leipzig 24")
_R_LIST_PLACE_AFTER = re.compile(r"\.[ \u00a0]+[A-ZÄÖÜ][a-zäöüßA-ZÄÖÜ]")
_R_LIST_PLACE_BEFORE = re.compile(r"(?:^|[:,;][ \u00a0]+|^[ \u00a0]*)$")
_R_DE_ORD_DOT = re.compile(r"\.[ \u00a0]+(?=[A-ZÄÖÜa-zäöüß]|\d+-[A-ZÄÖÜ])")  # (and "das 54. 24-Stunden-Rennen")
# A capitalised genitive or an inflected adjective before "N." and a noun (the splitter reads it too).
_LEFT_ORD_WORD_DE = re.compile(r"(?<![\w])" + ORDINAL_LEFT_WORD + r"[ \u00a0]+$")
_R_NAME_ALS = re.compile(r"(?<![\w])[A-ZÄÖÜ][\wäöüß\-]+[ \u00a0]+als[ \u00a0]+$")
# "ein Generalabonnement 2. Klasse", "1. Klasse fahren": a numbered class without an article.
_R_CLASS = re.compile(r"Klasse(?![\wäöüß])")
_R_ON_DAY = re.compile(r"(?i)(?<![\w])(?:on|by|from|until|since|after|before|of)[ \u00a0]+day[ \u00a0]+$")
# ("(52./71.)", and a hat-trick's "(52./57./63.)"; with commas: "(58., 81.)", batch 325)
_R_MINUTE_BEFORE_SLASH = re.compile(r"\((?:\d{1,3}\.(?:/|,[ \u00a0]?))+$")
_R_NEXT_MINUTE = re.compile(r",[ \u00a0]?\d{1,3}\.[),/]")
_R_DE_DATE_RANGE_END = re.compile(r"[–\-]\d{1,2}\.\d{1,2}\.(\d{4})(?![\d.,])")
# A tennis results line's seed before the player: "second round: 12-Bastien Morelle (France) beat ...".
_R_SEED_LINE_BEFORE = re.compile(r"(?:^|:[ \u00a0]|(?<![\w])(?:beat|bt|d\.)[ \u00a0])$")
_R_SEEDED_NAME = re.compile(r"-[A-ZÀ-Þ][^\W\d_]+(?:[ \u00a0\-][A-ZÀ-Þ][^\W\d_'’]+){1,2}[ \u00a0]\([A-Z][^()]{1,30}\)")
_R_RATIO_AFTER = re.compile(r"[ \u00a0]+ratio(?![\w])")
_R_RATIO_BEFORE = re.compile(r"(?<![\w])Verhältnis[ \u00a0]+$")  # ("at a ratio of 1:20 with water" stays none)
_R_DIGIT_ODDS = re.compile(r"-in-(\d{1,4})(?=[ \u00a0]+(?:chance|odds|probability|risk)(?![\w]))")
_R_VINTAGE_AFTER = re.compile(r"[ \u00a0\-]?Jahrgang(?![\w])")
_LIST_LINKS_DE = (", ", " und ", " bis ", " oder ")
_R_DE_ORD_LIST_BEFORE = re.compile(
    r"(?<![\w.])(?:\d{1,3}\.,[ \u00a0]+)+(?:\d{1,3}\.,?[ \u00a0]+(?:und|bis|oder)[ \u00a0]+)?$"
)
_R_DE_ORD_LIST_AFTER = re.compile(
    r"\.(?:,[ \u00a0]+\d{1,3}\.)*,?[ \u00a0]+(?:und|bis|oder)[ \u00a0]+\d{1,3}\.[ \u00a0]+(?=[A-ZÄÖÜ])"
)
_R_DE_ORD_PAIR = re.compile(r"(?<![\w.])\d{1,3}\.[ \u00a0]+(?:und|bis)[ \u00a0]$")  # ("der 9. bis 12. Schulstufe")
# "in 2./3. Lesung": the first of two ranks before one noun counted by rank ("am 7./8. März" are dates).
_R_DE_ORD_SLASH_PAIR = re.compile(r"\./\d{1,3}\.[ \u00a0]+([A-ZÄÖÜ][\wäöüß\-]*)")

# North American toll-free prefixes before a singular "number" ("call the 800 number"); "800
# numbers" counts them.
_TOLL_FREE = frozenset(["800", "888", "877", "866", "855", "844", "833"])
# "0800 240 240", "030 1234567": the groups after a leading zero.
_R_DIGIT_GROUPS = re.compile(r"(?:[ \u00a0/\-]\d{2,})*")


_R_AND_A_HALF = re.compile(r"( and a (half|quarter(?=[ \u00a0]+(?:hours|days|weeks|months|years)\b)))[ \u00a0]+[a-z]")


# Degrees Fahrenheit glued to the figure: with Celsius beside them or a word of the weather before.
_R_CELSIUS_BESIDE = re.compile(r"F[ \u00a0]*\([ \u00a0]*[-−–]?\d+(?:\.\d+)?[ \u00a0]*C\)")
_R_WEATHER_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:temperatures?|degrees|heat|highs?|lows?|thermometers?|mercury|wind[ \u00a0-]chill|cold(?:est)?"
    r"|hott?(?:est)?|warm(?:est)?|readings?)(?![\w])"
)


def _fahrenheit(text: str, s: int, e: int) -> bool:
    return _R_CELSIUS_BESIDE.match(text, e) is not None or _R_WEATHER_BEFORE.search(text, max(0, s - 60), s) is not None


# "Anfang 50", "Mitte 20", "Ende 30": a decade of life, no figure (not before a noun: "Ende 30 Prozent").
_R_DECADE_OF_LIFE_BEFORE = re.compile(r"(?<![\w])(?:Anfang|Mitte|Ende)[ \u00a0]+$")
_R_CAPITAL_AFTER = re.compile(r"[ \u00a0]*[A-ZÄÖÜ%°]")


def _digits(text: str, s: int, e: int, lang: str) -> _Hit | None:
    raw = text[s:e]
    if raw in VULGAR:
        return vulgar_alone(text, s, lang)
    prev = text[s - 1] if s else " "
    if (
        prev in " \u00a0"
        and len(raw) == 2
        and raw[1] == "0"
        and raw[0] in "23456789"
        and text[s - 2 : s - 1] in ("g", "e")
        and _R_DECADE_OF_LIFE_BEFORE.search(text, max(0, s - 8), s)
        and not _R_CAPITAL_AFTER.match(text, e)
    ):
        return _block(s, e)  # "eine Anwohnerin Anfang 50", "beide etwa Mitte 20": an age in decades, vague (batch 482)
    if prev == "/" and text[e : e + 1] == ")" and len(raw) <= 2 and _R_SEED_BEFORE.search(text, max(0, s - 30), s):
        return _Hit("ordinal", int(raw), None, s, e)  # "Kerschbaumer (Deutschland/5)", "(ITA/3)": a seed (batch 333)
    # "Covid-19", "F-16", "MH-17": letters glued by a hyphen are names, not numbers.
    if (
        prev in "-–"
        and s >= 2
        and text[s - 2].isalpha()
        and not _R_SCALE_HYPHEN.search(text, max(0, s - 12), s)  # "1.1 million-1.5 million barrels": a range
        and not _R_YEAR_PREFIX.search(text, max(0, s - 8), s)
        and not _R_MAGNITUDE_PREFIX.search(text, max(0, s - 10), s)
        and not (text[s - 3 : s - 1] in ("to", "in") and _R_RATIO_TO.search(text, max(0, s - 8), s))
    ):
        if text.startswith("-Jährig", e) and (de_age := _R_AGE_GROUP_DE.search(text, max(0, s - 7), s)):
            # "jeder siebte Über-60-Jährige", "die Unter-18-Jährigen": people of an age, bounded (batch 273)
            bound = "over" if de_age.group(1).lower() == "über" else "under"
            return _Hit("duration", int(raw), "year", s, e, bound) if raw.isdigit() and 0 < int(raw) < 120 else None
        age = _R_AGE_GROUP.search(text, max(0, s - 6), s) if text[e : e + 1] == "s" else None
        if age and _R_TEAM_AFTER.match(text, e + 1):
            return _block(age.start(), e + 1)  # "Under-21s coach Darren Pike": a team named by its age limit
        if age and not _is_word_char(text[e + 1 : e + 2] or " ") and raw.isdigit() and 0 < int(raw) < 120:
            # "the over-65s", "under-18s": people of an age, which is a duration in years.
            return _Hit("duration", int(raw), "year", s, e + 1, age.group(1).lower())
        if raw.isdigit() and len(raw) <= 3 and _R_NUMBERED_HYPHEN.search(text, max(0, s - 11), s):
            return _Hit("count", int(raw), None, s, e)  # "Phase-3-Studie", "Kategorie-4-Zyklon", "top-10"
        if raw.isdigit() and len(raw) <= 3 and text[s - 2] == "o" and _R_TEMPO_HYPHEN.search(text, max(0, s - 6), s):
            return _Hit("count", int(raw), None, s, e)
        end = _R_CODE_TAIL.match(text, e).end()
        if (year := _R_CASE_YEAR.match(text, end)) is not None:
            end = year.end()  # "in der Rechtssache C-188/26": a case number and its year (batch 331)
        return _block(s, end)  # "CVE-2025-41872": one code
    if prev in "-–" and s >= 3 and text[s - 2].isdigit() and _R_MODEL_BEFORE.search(text, max(0, s - 9), s):
        return _block(s, _R_CODE_TAIL.match(text, e).end())  # "Airbus A350-1000", "A321-200": a type's code
    if prev in "-–" and s >= 2 and text[s - 2].isdigit() and (demo := demo_age(text, s, e)) is not None:
        return demo  # "Among adults 18-49": the second age of an audience's demographic
    if prev == "." and s >= 3 and text[s - 2].isupper() and text[s - 3].isalpha():
        end = e  # "EV.4", "ID.3": a model's code, a name with a point before its figure
        while end < len(text) and text[end].isalnum():
            end += 1
        return _block(s, end)
    if (
        prev in "'’"
        and len(raw) == 2
        and raw.isdigit()
        and (e == len(text) or not (text[e].isalnum() or text[e] in "'’/"))
        and _R_YEAR_APOSTROPHE_BEFORE.search(text, max(0, s - 12), s)
    ):
        # "the '24 vintage", "the class of '27", "the crash of '08": a year cut to its decade's digits (batch 321);
        # "the '80s" names a decade, no year
        yy = int(raw)
        return _Hit("year", 2000 + yy if yy <= 40 else 1900 + yy, None, s - 1, e)
    if prev == "+" and (phone := _phone_end(text, s)) is not None:
        return _block(s, phone)  # "+43 1 890 23 45": a telephone number
    n = len(text)
    nxt = text[e] if e < n else ""
    if nxt in " \u00a0" and text[e + 1 : e + 2].isdigit() and (phone := _spaced_phone_end(text, s)) is not None:
        return _block(s, phone)  # "on 1800 333 000", "Lifeline on 13 11 14": a telephone number
    if nxt in _GROUP_SPACES and len(raw) <= 3 and text[e + 1 : e + 4].isdigit():
        # Digits grouped by spaces ("3 000", "12 500" with a thin or narrow no-break space):
        # three-digit groups after one of one to three digits.
        gm = _R_SPACE_GROUPS.match(text, e)
        if gm and text[e + 1 : e + 4] in _BOEING_MODELS and _R_MODEL_AFTER.match(text, e + 4):
            gm = None  # "an order for 40 737 MAX 10 jets": a count, then the model (batch 305)
        if gm and raw.isdigit():
            e = gm.end()
            raw = text[s:e]
            nxt = text[e] if e < n else ""
    if len(raw) > _MAX_DIGITS and sum(c.isdigit() for c in raw) > _MAX_DIGITS:
        return _block(s, e)
    if nxt == "-" and raw.isdigit() and (odds := _R_DIGIT_ODDS.match(text, e)) and 0 < int(raw) < int(odds.group(1)):
        # "a roughly 1-in-4 chance": odds are a share, as "a one-in-three chance" (batch 395)
        share = share_value(Decimal(raw) / Decimal(odds.group(1)))
        return _Hit("fraction", share, None, s, odds.end(1), _qualifier(text, s))
    # The first character after the number and any spaces: most checks below need a
    # particular one there, so they are skipped when it cannot start them.
    after = e
    while after < n and text[after] in " \u00a0":
        after += 1
    first = text[after] if after < n else ""

    short = len(raw) <= 2 and raw.isdigit()
    # Dates first: they contain the most structure.
    m = _R_NUM_DATE.match(raw + ("" if raw.count(".") == 2 or nxt != "." else ".")) if "." in raw else None
    if m and "," not in raw:
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if 1 <= day <= 31 and 1 <= month <= 12:
            if year and len(year) == 2:
                year = "20" + year if int(year) < 50 else "19" + year
            end = e if raw.count(".") == 2 else e + 1
            return _Hit("date", _iso(year, month, day), None, s, end)
    if lang == "de" and nxt == "." and raw.count(".") == 1 and (rng := _R_DE_DATE_RANGE_END.match(text, e + 1)):
        # "15.03.–19.03.2032 | Straßburg": the year written once at the range's end serves both (batch 406)
        day, _, month = raw.partition(".")
        if len(day) <= 2 and len(month) <= 2 and 1 <= int(day) <= 31 and 1 <= int(month) <= 12:
            return _Hit("date", _iso(rng.group(1), int(month), int(day)), None, s, e + 1)
    if (
        lang == "de"
        and nxt == "."
        and raw.count(".") == 1
        and not text[e + 1 : e + 2].isdigit()
        # (or a diary line's date before a bar: "20.11. | Brüssel | Treffen der EU-Handelsminister", batch 380)
        and (_R_DE_SHORT_DATE_BEFORE.search(text, max(0, s - 12), s) or text.startswith(" | ", e + 1))
    ):
        day, _, month = raw.partition(".")
        if len(day) <= 2 and len(month) <= 2 and 1 <= int(day) <= 31 and 1 <= int(month) <= 12:
            return _Hit("date", _iso(None, int(month), int(day)), None, s, e + 1)  # "am 14.4."
    if nxt == "/" and (sd := slash_date(text, s, e, raw)) is not None:
        return sd
    if short and nxt in ". \u00a0snrt":
        if nxt == ".":
            dm = _R_DE_DATE.match(text, e)
            if dm and 1 <= int(raw) <= 31:
                month = _MONTHS[dm.group(1).rstrip(".").lower()]
                return _Hit("date", _iso(dm.group(2), month, int(raw)), None, s, dm.end())
            # The first day of a range takes the month (and year) of the second: "vom 6. bis 9. Juni".
            rm = _R_DE_DATE_RANGE.match(text, e)
            if rm and 1 <= int(raw) <= 31:
                month = _MONTHS[rm.group(1).rstrip(".").lower()]
                return _Hit("date", _iso(rm.group(2), month, int(raw)), None, s, e + 1)
        dm = _R_EN_DATE.match(text, e) if nxt in "snrt" or (after > e and first in _EN_DATE_FIRST) else None
        if dm and 1 <= int(raw) <= 31:
            month = _MONTHS[dm.group(1).rstrip(".").lower()]
            return _Hit("date", _iso(dm.group(2), month, int(raw)), None, s, dm.end())
    rm = _R_EN_DATE_RANGE.match(text, e) if short and lang == "en" and (nxt in "-–" or first in "atu") else None
    if rm and 1 <= int(raw) < int(rm.group(1)) <= 31:
        month = _MONTHS[rm.group(2).rstrip(".").lower()]
        return _Hit("date", _iso(rm.group(3), month, int(raw)), None, s, e)
    if nxt == "-" and raw.isdigit() and len(raw) == 4:
        dm = _R_ISO_DATE.match(text, e)
        if dm and 1 <= int(dm.group(1)) <= 12 and 1 <= int(dm.group(2)) <= 31:
            return _Hit("date", f"{raw}-{dm.group(1)}-{dm.group(2)}", None, s, dm.end())

    # Times of day, scores and clock-like forms are not quantities.
    tm = _R_TIME_AFTER.match(text, e) if len(raw) <= 5 and first and first in _TIME_FIRST else None
    if tm and (lang == "en" or tm.group().strip().lower() not in ("am", "pm")) and _looks_like_clock(raw):
        return _block(s, tm.end())
    if (
        short
        and nxt in " \u00a0-–"
        and int(raw) <= 24
        and (cr := _R_CLOCK_RANGE_END.match(text, e))
        and _looks_like_clock(cr.group(1).replace(":", "."))
        and (lang == "en" or "Uhr" in cr.group())
    ):
        return _block(s, e)  # "von 10 bis 20.30 Uhr": the first end of a range of clock times
    # "0600 GMT": four digits before a time zone are hours and minutes.
    hhmm = tm and len(raw) == 4 and raw.isdigit() and tm.group().strip() in _ZONES
    if hhmm and _looks_like_clock(f"{raw[:2]}:{raw[2:]}"):
        return _block(s, tm.end())
    if (
        lang == "de"
        and len(raw) in (4, 5)
        and "." in raw
        and _R_CLOCK_DE.fullmatch(raw)
        and not _R_CURRENCY.match(text, e)
        and not _R_PERCENT.match(text, e)
        and not _R_LEFT_FRANC.search(text, max(0, s - 6), s)  # "Fr. 2.40": francs and Rappen
    ):
        return _block(s, e)
    cm = _R_COLON.match(text, e) if nxt == ":" else None
    if cm and short and _R_VOTES_AFTER.match(text, cm.end()):
        return _Hit("count", int(raw), None, s, e)  # "mit 5:4 Stimmen": a vote's tally, two counts
    if cm and short and (_R_RATIO_AFTER.match(text, cm.end()) or _R_RATIO_BEFORE.search(text, max(0, s - 20), s)):
        return _Hit("count", int(raw), None, s, e)  # "in a 2:1 ratio", "im Verhältnis 2:1": two counts (batch 399)
    if cm and short:
        tb = _R_TIEBREAK.match(text, cm.end())
        return _block(s, tb.end() if tb else cm.end())
    if nxt == ":" and raw.isdigit() and len(raw) in (2, 3) and (big := _big_score_end(text, e, raw)):
        return _block(s, big)  # "Beim 109:121 bei den Celtics": a basketball score
    if (
        nxt == "-"
        and short
        and _R_SEED_LINE_BEFORE.search(text, max(0, s - 6), s)
        and _R_SEEDED_NAME.match(text, e)
    ):
        return _Hit("ordinal", int(raw), None, s, e)  # a seed in a results line: "beat 21-Rafael Quintanilla (ARG)"
    if nxt == "-" and text.startswith("-pointer", e) and raw in ("2", "3", "4"):
        return _block(s, e + (9 if text.startswith("-pointers", e) else 8))  # "seven 3-pointers": a kind of shot
    if nxt == "-" and text.startswith(("-mm", "-Mil", "-mil"), e):
        cal = _R_CALIBRE.match(text, e)
        if cal and (value := parse_digits(raw, lang)) is not None:
            unit = cal.group(1).lstrip("-")
            return _Hit("count", to_json_number(value), unit, s, cal.end(1), _qualifier(text, s))
    dm = _R_DASH_NUM.match(text, e) if nxt in "-–" else None
    if dm and text[dm.end() : dm.end() + 1] == "/" and mixed_share(text, e) is not None:
        dm = None  # "lost 9-1/4 cents": a whole figure and a share (batch 456), no score
    if dm and short and (demo := demo_age(text, s, e)) is not None:
        return demo  # "in the 18-49 demo": ages, not a score nor a range of counts
    if dm and short and (d3 := _R_DASH_NUM.match(text, dm.end())) and not _R_TALLY_AFTER.match(text, d3.end()):
        return _block(s, d3.end())  # "mit 3-2-4", "on 6-9-12": a medal table's shorthand, as a score
    if dm and short and (sets := _R_SET_RUN.match(text, s)):
        return _block(s, sets.end())  # "6-2 6-1 6-3": a tennis score
    if dm and short:
        window = text[max(0, s - 40) : min(len(text), dm.end() + 30)]
        if (
            (_SPORT_CONTEXT.search(window) or _R_RESULT_AFTER.match(text, dm.end()))
            and not _R_PERCENT.match(text, dm.end())
            and not _R_TALLY_AFTER.match(text, dm.end())
            and not _R_CHAMBER_BEFORE.search(text, max(0, s - 12), s)
        ):
            tb = _R_TIEBREAK.match(text, dm.end())
            return _block(s, tb.end() if tb else dm.end())
        if _win_loss_record(text, s, dm.end()):
            return _block(s, dm.end())  # "The Bucks ... are 21-23.": a win-loss record
    if (
        nxt in "-–"
        and len(raw) == 3
        and raw.isdigit()
        and (d3 := _R_DASH_NUM3.match(text, e))
        and _R_SCORE_END.match(text, d3.end())
        and _SPORT_CONTEXT.search(text, max(0, s - 40), d3.end())
        and not _R_CHAMBER_BEFORE.search(text, max(0, s - 12), s)
    ):
        return _block(s, d3.end())

    if short and nxt in "-–:" and _R_VERSION_BEFORE.search(text, max(0, s - 8), s):
        return _block(s, e)
    if raw in _TOLL_FREE and text.startswith(" number", e) and not _is_word_char(text[e + 7 : e + 8] or " "):
        return _block(s, e)  # "the national 800 number": a toll-free prefix names a telephone line
    if (
        raw[0] == "0"
        and len(raw) == 2
        and raw != "00"
        and not _is_word_char(text[e : e + 1] or " ")
        and _R_CLUB_YEAR.search(text, max(0, s - 24), s)
    ):
        return _block(s, e)  # "Mainz 05", "Schalke 04": a club named by its founding year
    if len(raw) == 4 and raw.isdigit() and raw[2] < "6" and raw < "2400" and _R_FIXTURE_AFTER.match(text, e):
        return _block(s, e)  # "1130 Tottenham Hotspur v Everton": a fixture's kick-off in GMT (batch 299)
    if (
        len(raw) == 4
        and raw.isdigit()
        and raw[2] < "6"
        and raw < "2400"
        and not text[:s].strip()
        and _R_CALENDAR_PLACE.match(text, e)
    ):
        return _block(s, e)  # "1330 - United States - Housing starts (Oct)": a calendar line's time in GMT (batch 380)
    if raw in ("96", "98") and text.endswith(_CLUBS_BY_NUMBER, 0, s) and _R_NO_NOUN_AFTER.match(text, e):
        return _block(s, e)  # "Hertha BSC – Hannover 96 1:1" ("in Hannover 96 Menschen" counts)
    if raw[0] == "0" and len(raw) >= 3 and raw.isdigit():
        # "0800 240 240", "030 1234567": a leading zero makes a telephone number or a code.
        return _block(s, _R_DIGIT_GROUPS.match(text, e).end())
    if lang == "de" and raw.isdigit() and _nummer_rank(text, s, e):
        return _Hit("ordinal", int(raw), None, s, e)  # "an Nummer 3 gesetzt"
    if raw.isdigit() and len(raw) <= 2 and text.endswith(("KW ", "KW\u00a0"), max(0, s - 3), s):
        return _Hit("ordinal", int(raw), None, s, e)  # "in KW 11": the eleventh calendar week (batch 382)
    if short and "No." in text[max(0, s - 4) : s]:
        if _ranked_no(text, s, e):
            return _Hit("ordinal", int(raw), None, s, e)  # "world No. 1", "opened at No. 1": a ranking
        if _R_SIGNAL_NO.search(text, max(0, s - 12), s):
            return _complete(text, lang, parse_digits(raw, lang), s, e, s, is_digits=True, raw=raw)
    if s and prev in " \u00a0§" and (ie := _identifier_end(text, s, e, raw, short)) is not None:
        return _block(s, ie)  # "Artikel 5", "Boeing 787-9", "Year 11 pupils": a name

    if (
        s >= 6
        and raw.isdigit()
        and text[s - 1] in _SPACE
        and text.endswith(_ITEM_WORDS, max(0, s - 7), s - 1)
        and _numbered_item(text, s, e)
    ):
        return _block(s, e)  # "Laut Punkt 12 des Entwurfs", "Point 21 of the draft"
    if (pe := place_end(text, s, e, raw, lang)) is not None:
        return _block(s, pe)  # "die B 171", "in der Bahnhofstraße 14", "at 14 High Street"

    if lang == "de" and nxt == "M" and raw in ("3", "6", "9", "12") and text[e + 1 : e + 2] in ("-", ":"):
        return _Hit("duration", int(raw), "month", s, e + 1)  # "9M-Umsatz", "Lindmatt 9M:": nine months (batch 430)
    if lang == "de" and nxt == "b" and short and not _is_word_char(text[e + 1 : e + 2] or " ") and prev in _SPACE:
        return _block(s, e + 1)  # "der 4b": a school class (German writes no "b" for billions)
    # Letters glued to the digits: "1990er", "1990s", "5G", "3D", "12th", "5km".
    # One glued "p" or "C" in English is pence ("14p") or degrees ("46.8C", a count).
    glued = nxt in "pC" and lang == "en" and not _is_word_char(text[e + 1 : e + 2] or " ")
    if nxt == "F" and lang == "en" and not _is_word_char(text[e + 1 : e + 2] or " ") and _fahrenheit(text, s, e):
        glued = True  # "fell to -14F (-26C)", "temperatures reached 104F" (batch 308); not "seat 14F"
    if glued and nxt == "p" and (raw[0] != "0" or raw.startswith("0.")):  # ("by 0.4p to 4.3p", batch 454)
        pence = parse_digits(raw, lang)
        if pence is not None:
            return _Hit("money", to_json_number(pence / 100), "GBP", s, e + 1, _qualifier(text, s), pence)
    if nxt in _LETTERS and not glued:
        if nxt == "s" and lang == "en" and (sec := _glued_seconds(text, e, raw)) is not None:
            value = parse_digits(raw, lang)
            if value is not None:  # "finished third, 0.42sec back"
                return _Hit("duration", to_json_number(value), "second", s, sec, _qualifier(text, s))
        om = _R_EN_ORD_SUFFIX.match(text, e)
        if om and raw.isdigit():
            return _Hit("ordinal", int(raw), None, s, om.end())
        if om and _R_GROUPED_INT.fullmatch(raw):  # "the 1,700th anniversary", "its 30,000th show"
            return _Hit("ordinal", int(raw.replace(",", "")), None, s, om.end())
        dec = _R_DECADE.match(text, e)
        if dec and raw.isdigit() and (len(raw) == 4 or len(raw) == 2):
            if len(raw) == 4 and _R_VINTAGE_AFTER.match(text, dec.end()):
                return _Hit("year", int(raw), None, s, dec.end())  # "Beim 2026er-Jahrgang": a year's vintage
            return _block(s, dec.end())
        if not (
            # (a capital "K", "M" or "B" only after a currency sign: "$85K", "$10.7B"; "4K" names a screen,
            # "2419B" a batch; or "M" after decimals in English: "2.4M views", batch 431)
            (
                _R_MONEY_SUFFIX_SCALE.match(text, e)
                and (
                    text[e] not in "KMB"
                    or text[s - 1 : s] in ("$", "£", "€")
                    or (text[e] == "M" and "." in raw and lang == "en")
                )
            )
            or _R_SCALE.match(text, e)
            or _R_DURATION.match(" " + text[e : e + 12])
            or _R_PERCENT.match(text, e)
            or _R_DE_ADJ_DURATION.match(text, e)
            or _R_TIMES.match(text, e)
            or _R_VOLUME_SCALE.match(text, e)
        ):
            if nxt in "xX" and (xe := _times_x_end(text, e, parse_digits(raw, lang))) is not None:
                return _Hit("count", to_json_number(parse_digits(raw, lang)), "times", s, xe, _qualifier(text, s))
            gm = _R_GLUED_MEASURE.match(text, e)
            value = parse_digits(raw, lang) if gm else None
            if value is not None:
                return _Hit("count", to_json_number(value), gm.group(), s, gm.end(), _qualifier(text, s))
            end = e
            while end < len(text) and text[end].isalnum():
                end += 1
            return _block(s, end)

    sm = _R_SLASH.match(text, e) if nxt == "/" else None
    if sm and raw.isdigit():
        a, b = int(raw), int(sm.group(1))
        if 0 < a < b and b in (2, 3, 4, 5, 6, 8, 10, 100) and not (a == 24 and b == 7):
            return _Hit("fraction", round(a / b, 4), None, s, sm.end(), _qualifier(text, s))
        return _block(s, sm.end())

    value = parse_digits(raw, lang)
    if value is None:
        return _block(s, e)
    if nxt in VULGAR and raw.isdigit():  # "3½-Zimmer-Wohnung", "2¼ hours"
        value += VULGAR[nxt]
        e += 1
        raw += nxt
    elif nxt in " \u00a0-" and raw.isdigit() and (mixed := mixed_share(text, e)) is not None:
        value += mixed[0]  # "2 1/2 Stunden", "3 ½ Zimmer"
        e = mixed[1]
        raw = text[s:e]
    elif nxt == "-" and text[s - 1 : s] == "$" and raw[-3:-2] == "." and (mixed := mixed_share(text, e)) is not None:
        value += mixed[0] / 100  # a grain price in cents and eighths: "$4.18-1/4 a bushel" (batch 389)
        e = mixed[1]
        raw = text[s:e]

    if nxt == "." and lang == "de" and "." in raw and _R_DE_GROUPED.fullmatch(raw):
        # "ihr 1.000. Konzert": a German ordinal with its thousands grouped
        om = _R_DE_ORD_DOT.match(text, e)
        if om and _LEFT_ORD_CONTEXT.search(text, max(0, s - 15), s):
            return _Hit("ordinal", int(raw.replace(".", "")), None, s, e + 1)
    if nxt == "." and raw.isdigit():
        # "Der 1. FC Köln", "der 1. FSV Mainz 05": the number is part of a club's name.
        if short and text.startswith(_CLUB_AFTER, e) and (club := _R_CLUB.match(text, e)):
            return _block(s, club.end())
        # "der 2. Bundesliga", "in die 3. Liga": the name of a league, as "Formel 1".
        if len(raw) == 1 and (league := _R_LEAGUE.match(text, e)):
            return _block(s, league.end())
        # A place in a results list or a line's head: "Tabelle: 1. Sturm 31 Punkte, 2. Salzburg 29",
        # "Standings: 1. Arsenal", "12. Spieltag:"; a minute in brackets: "1:0 (23.) Mayer", "(71./Sturm)".
        if short and (
            (_R_LIST_PLACE_AFTER.match(text, e) and _R_LIST_PLACE_BEFORE.search(text, max(0, s - 3), s))
            or (text[s - 1 : s] == "(" and (text[e + 1 : e + 2] in (")", "/") or _R_NEXT_MINUTE.match(text, e + 1)))
            # (and the second minute of a pair: "mit einem Doppelpack (52./71.)")
            or (
                text[s - 1 : s] in ("/", " ", ",")
                and (text[e + 1 : e + 2] in (")", "/") or _R_NEXT_MINUTE.match(text, e + 1))
                and _R_MINUTE_BEFORE_SLASH.search(text, max(0, s - 16), s)
            )
        ):
            return _Hit("ordinal", int(raw), None, s, e + 1)
        # German ordinal digits: "am 5. Spieltag", "zum 2. Mal", "der 3. Platz".
        om = _R_DE_ORD_DOT.match(text, e) if lang == "de" else None
        if om and (ev := _LEFT_EVERY.search(text, max(0, s - 8), s)) and int(raw) > 1:
            # "jede 20. Unterrichtsstunde", as "jeder vierte": a share
            return _Hit("fraction", round(1 / int(raw), 4), None, ev.start(), e + 1)
        if om and (
            _LEFT_ORD_CONTEXT.search(text, max(0, s - 15), s)
            or _R_CLASS.match(text, om.end())
            # ("Rainalters 25. Podestplatz", "die ukrainische 139. Brigade": a genitive or an adjective)
            or (text[om.end()].isupper() and _LEFT_ORD_WORD_DE.search(text, max(0, s - 30), s))
            # ("ein mögliches 22. Sanktionspaket": any inflected adjective after an article, batch 336)
            or (text[om.end()].isupper() and _R_ARTICLE_ADJECTIVE_BEFORE_DE.search(text, max(0, s - 30), s))
            # ("11:00 EUR: BIP 2. Quartal": nouns counted by rank only, as the sentence splitter knows them, batch 356)
            or _R_NEXT_WORD.match(text, om.end()).group() in ORDINAL_NOUNS
        ):
            return _Hit("ordinal", int(raw), None, s, e + 1)
        # "Bester Deutscher war Brandhuber als 14., ...": a place after a name and "als"
        if lang == "de" and text[e + 1 : e + 2] == "," and _R_NAME_ALS.search(text, max(0, s - 30), s):
            return _Hit("ordinal", int(raw), None, s, e + 1)
        if (
            lang == "de"
            and text[s - 1 : s] != "("
            and (sp := _R_DE_ORD_SLASH_PAIR.match(text, e))
            and sp.group(1) in ORDINAL_NOUNS
        ):
            return _Hit("ordinal", int(raw), None, s, e + 1)
        # "in der 12. und 67. Minute": the second ordinal of a pair before its noun.
        if (
            om
            and text[s - 4 : s - 1] in ("und", "bis")
            and (pair := _R_DE_ORD_PAIR.search(text, max(0, s - 12), s))
            and _LEFT_ORD_CONTEXT.search(text, max(0, pair.start() - 15), pair.start())
        ):
            return _Hit("ordinal", int(raw), None, s, e + 1)
        # "in der 12., 58. und 83. Minute": each rank of a list before its one noun (batch 428)
        if lang == "de" and (text[e + 1 : e + 2] == "," or (om and text.endswith(_LIST_LINKS_DE, max(0, s - 6), s))):
            head = _R_DE_ORD_LIST_BEFORE.search(text, max(0, s - 40), s)
            tail = _R_DE_ORD_LIST_AFTER.match(text, e) or (om if head else None)
            first = head.start() if head else s
            if (
                (head or text[e + 1 : e + 2] == ",")
                and tail
                and text[tail.end()].isupper()
                and _LEFT_ORD_CONTEXT.search(text, max(0, first - 15), first)
            ):
                month = _MONTHS.get(_R_NEXT_WORD.match(text, tail.end()).group().lower())
                if month:  # "am 3., 17. und 24. Mai": the first days of a list of dates
                    return _Hit("date", f"--{month:02d}-{int(raw):02d}", None, s, e + 1) if int(raw) <= 31 else None
                return _Hit("ordinal", int(raw), None, s, e + 1)
    before = text[s - 1] if s else ""
    if (
        before in _SPACE
        and raw.isdigit()
        and (
            (_may_end_with(text, _word_end(text, s), _RANK_GATE) and _LEFT_RANK.search(text, max(0, s - 12), s))
            or later_rank(text, s)
            or (text[s - 6 : s - 1] == "platz" and _R_TABLE_PLATZ.search(text, max(0, s - 22), s))
        )
        and _R_PLURAL_AFTER.match(text, e) is None
    ):
        return _Hit("ordinal", int(raw), None, s, e)
    if (
        before in _SPACE
        and raw.isdigit()
        and text[s - 4 : s - 1].lower() == "day"
        and _R_ON_DAY.search(text, max(0, s - 16), s)
    ):
        return _Hit("ordinal", int(raw), None, s, e)  # "On day 13 of the truce": a day counted from the start

    start = s
    cur = None
    # After a space only a currency code can precede ("EUR 5"); after a symbol, the symbol.
    if (
        before in "€$£¥₹₽₺₩₴₦"
        or (before in _SPACE and text[s - 4 : s - 1] in _LEFT_CODES)
        or (before in "ASZ" and "$" in text[max(0, s - 3) : s - 1])  # "$US110"
    ):
        if text[s - 4 : s - 1] == "Fr.":
            if _R_LEFT_FRANC.search(text, max(0, s - 6), s):
                cur, start = "CHF", s - 4  # Swiss usage: "Fr. 380 Mio.", "Fr. 12.50"
        elif lc := _LEFT_CURRENCY.search(text, max(0, s - 5), s):
            cur = _CURRENCIES[(lc.group(1) or lc.group(2)).lower()]
            start = lc.start()
            if lc.group(1) == "$" and (home := agency_dollar(text)) is not None:
                cur = home  # "OTTAWA (CP) — ... by $150 million": Canadian dollars
    elif (before in _LETTERS or text[s - 4 : s - 1] == "KSh") and (lc := letter_currency(text, s)):
        cur, start = lc  # "R2.5bn", "KSh4.29 trillion" (see prefixes)
    elif before in _SPACE and text[s - 2 : s - 1] == "€" and not _is_word_char(text[s - 3 : s - 2] or " "):
        cur, start = "EUR", s - 2  # "im Schnitt € 12,50": Austrian copy's sign before a space (batch 297)
    elif before in " \u00a0." and ("Rs" in text[max(0, s - 4) : s] or text[s - 2 : s - 1] == "₹"):
        lc = _LEFT_RUPEE.search(text, max(0, s - 5), s)
        if lc:
            cur = "INR"
            start = lc.start()
    before = text[start - 1] if start else ""
    window = text[max(0, start - 9) : start]
    word = before in _SPACE and ("minus" in window or "negative " in window)
    neg = _LEFT_MINUS.search(text, max(0, start - 9), start) if before in "−-–" or word else None
    # "plus or minus 2%", "+/-3%", "plus/minus 2 Prozent": a tolerance keeps its sign.
    if neg and not _R_PLUS_BEFORE_MINUS.search(text, max(0, neg.start() - 12), neg.start()):
        value = -value
        start = neg.start()
    if lang == "en" and text.startswith(" and a ", e) and raw.isdigit() and (h := _R_AND_A_HALF.match(text, e)):
        # "12 and a half years", as "two and a half years"; "3 and a quarter hours"
        value, e = value + Decimal("0.5" if h.group(2) == "half" else "0.25"), h.end(1)
    sus = _R_SUSPENDED_THOUSANDS.match(text, e) if lang == "de" and raw.isdigit() and len(raw) <= 3 else None
    if sus is not None and int(raw) < int(sus.group(1)):
        # "mit 50- bis 60.000 Fahrzeugen": the first end takes the second's thousands (batch 342)
        return _complete(text, lang, value * 1000, start, e + 1, s, is_digits=True, raw=raw)
    if raw.isdigit() and (dash := _R_DASH_PRICE.match(text, e)) is not None:
        e = dash.end()  # "verlangen 5,– Euro": whole euros, the cents written as a dash (batch 328)
    return _complete(text, lang, value, start, e, s, is_digits=True, raw=raw, currency=cur)
