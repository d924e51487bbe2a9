"""A figure that names or ranks a thing rather than counts: "Artikel 5", "Boeing 787-9", "junctions
10 and 11", "Year 11 pupils", "Laut Punkt 12 des Entwurfs", "world No. 1"."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .context import (
    _CHANNEL_WORDS,
    _IDENTIFIER_GATE,
    _LEFT_IDENTIFIER,
    _R_TYPE_CODE,
    _is_word_char,
    _may_end_with,
    _word_end,
)
from .units import _R_NEXT, _unit_like

# "in der jüngsten Runde 494 Starting Grants": a plural noun after the figure counts it ("in Runde 44").
# ("in Runde 21 bereits auf Rang vier": a German adverb in "-s" is no plural, batch 499)
_R_PLURAL_AFTER = re.compile(
    r"[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+)?"
    r"(?!(?:bereits|stets|links|rechts|nachts|abends|morgens|damals|anfangs)(?![\w]))[A-Za-z][a-z]{2,}s(?![\w'’])"
)
# "No." names a thing ("the No. 7 shirt", "No. 10 Downing Street") except after a word of ranking.
# ("reached a career-high No. 12", "a career-best No. 4")
_R_RANKING_NO = re.compile(
    r"(?i)(?<![\w])(?:world|ranked|seeded|career[\-–](?:high|best))[ \u00a0]+No\.[ \u00a0]*$"
)
# "the UK's No. 2 mobile operator", "Germany's No. 1 carmaker": a possessive, "No." and a lower-case
# noun phrase rank a player in its field ("Arsenal's No. 9 shirt", "the city's No. 7 bus" name one).
_R_POSSESSIVE_NO = re.compile(r"(?<![\w])[\w.\-]+['’]s?[ \u00a0]+No\.[ \u00a0]*$")
_R_RANKED_NOUN_AFTER = re.compile(
    # ("the aircraft's No. 2 engine", batch 305: a part named by its place, as "the No. 2 reactor")
    r"[ \u00a0]+(?!(?:shirt|jersey|kit|bus|tram|train|route|line|platform|gate|terminal|stand|court|engine|reactor"
    r"|runway|unit|turbine|boiler|pump|generator)s?(?![\w]))"
    r"[a-z][a-z\-]+(?![\w])"
)
# A chart place: "opened at No. 1", "went to No. 2", "her fifth No. 1" ("at No. 10 Downing Street"
# names a house: a capitalised word follows).
_R_CHART_NO = re.compile(
    r"(?i)(?<![\w])(?:at|to|hit|reached|\w+th|first|second|third|fifth|ninth|twelfth)[ \u00a0]+No\.[ \u00a0]*$"
)
_R_NAME_AFTER = re.compile(r"[ \u00a0]+[A-Z]")
# "has now had four No. 1 albums", "13 No. 1 singles": chart-toppers counted (batch 327).
_R_COUNT_BEFORE_NO = re.compile(
    r"(?i)(?<![\w])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)"
    r"[ \u00a0]+No\.[ \u00a0]*$"
)
_R_CHART_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:albums|singles|hits|records|songs|best-?sellers)(?![\w])")
# "held the No. 1 spot", "the No. 2 position", "the No. 2 overall pick" (batches 181, 299): a place
# in a ranking or a draft named as such; "Glenmalure Air is the No. 2 carrier" (batch 324): a firm
# ranked in its market, as "Germany's No. 1 carmaker" ("the No. 1 seed" stays none, as the sixteenth
# batch's tests keep it).
_R_PLACE_AFTER_NO = re.compile(
    r"[ \u00a0]+(?:spot|place|position|ranking|(?:overall[ \u00a0]+)?pick"
    r"|(?:carrier|airline|carmaker|automaker|lender|bank|insurer|retailer|supermarket|grocer|producer"
    r"|exporter|importer|supplier|seller|economy|brand|chipmaker|miner|operator)s?)(?![\w\-])"
)
# "Signal No. 4 warnings" (a tropical cyclone wind signal): a level on a warning scale, counted as
# "a Category 4 storm" is; "No. 10 Downing Street" names a thing.
_R_SIGNAL_NO = re.compile(r"(?<![\w])Signal[ \u00a0]+No\.[ \u00a0]*$")


def _ranked_no(text: str, s: int, e: int) -> bool:
    """Whether "No." before the figure at ``s`` ranks (an ordinal) rather than names a thing."""
    return (
        _R_RANKING_NO.search(text, max(0, s - 16), s) is not None
        or (
            _R_RANKED_NOUN_AFTER.match(text, e) is not None
            and _R_POSSESSIVE_NO.search(text, max(0, s - 40), s) is not None
        )
        or (_R_CHART_NO.search(text, max(0, s - 24), s) is not None and not _R_NAME_AFTER.match(text, e))
        or _R_PLACE_AFTER_NO.match(text, e) is not None
        or (
            _R_CHART_NOUN_AFTER.match(text, e) is not None
            and _R_COUNT_BEFORE_NO.search(text, max(0, s - 16), s) is not None
        )
    )


# "between junctions 10 and 11", "§§ 5 und 6": after a plural identifier word each figure of the
# list is a name too.
# ("Scope 1 and 2 emissions": a scope of emissions is listed as such numbers are, batch 485)
_PLURAL_IDENTIFIERS = frozenset(
    ["§§", "nrn.", "nos.", "pages", "pp.", "seiten", "junctions", "paragrafen", "paragraphen", "sections", "scope"]
)
# The rest of a code after its first figure: "-41872" of "CVE-2025-41872", "-9" of "787-9", the
# variant of an aircraft model with its own figure ("737 MAX 10").
_R_CODE_TAIL = re.compile(r"(?:[-–]\d+[A-Za-z]*)*(?:[ \u00a0](?:MAX|NEO|XLR)(?:[ \u00a0]\d+(?![\w.,]\d))?)?")
_R_FLIGHT_CODE = re.compile(
    r"(?<![\w])(?:[Ff]light|Flug|Flugs)[ \u00a0]+(?=[A-Z0-9]{2,3}[ \u00a0])[0-9]?[A-Z]+[0-9]?[ \u00a0]+$"
)
_R_TALLY_NEXT = re.compile(r"[-–]\d{1,3}(?![\w.,]\d)")
_RUNWAY_WORDS = ("piste", "runway", "landebahn", "startbahn")
_R_RUNWAY_TAIL = re.compile(r"/\d{1,2}[LRC]?(?![\w.,]\d)")
_PLURAL_ID_HEADS = ("nummern", "linien", "bahnsteigen", "platforms", "berths")
# A unit or a capitalised noun after the figure: the word before it named no numbered thing.
_R_MEASURE_WORD = re.compile(r"(?i)(?:k?m|cm|mm|kg|t|miles?|metres?|meters?|kilomet\w*|yards?|feet|km/h|mph)$")


def _measured_after(text: str, e: int) -> bool:
    nm = _R_NEXT.match(text, e)
    if nm is None or text[e : e + 1] == "-":
        return False
    word = nm.group(1)
    if word == "in" and _R_PLACE_AFTER_IN.match(text, nm.end()):
        return False  # "auf der Piste 34 in Wien": a place after the preposition, no inches
    return word[0].isupper() or _unit_like(word) or _R_MEASURE_WORD.match(word) is not None


_R_PLACE_AFTER_IN = re.compile(r"[ \u00a0]+[A-ZÄÖÜ]")


# A section of a law or a text is numbered ("a section 114 notice", "nach Abschnitt 5"); a
# section of a road or a track may be measured right after the word.
_STRETCH_WORDS = ("section", "subsection", "abschnitt")
_R_OPENS_BEFORE = re.compile(r"(?:^|[.!?:;\"“(\n–—-])[ \u00a0]*$")


def _unit_after(text: str, e: int) -> bool:
    nm = _R_NEXT.match(text, e)
    return (
        nm is not None
        and text[e : e + 1] != "-"
        and (_unit_like(nm.group(1)) or _R_MEASURE_WORD.match(nm.group(1)) is not None)
    )


# "in grade 9", "in grades 3 to 8": a school year, named by its figure.
_R_IN_GRADE = re.compile(r"(?i)(?<![\w])in[ \u00a0]+$")


def _school_year_word(text: str, s: int, raw: str) -> str | None:
    """ "Year" or "Years" capitalised right before the figure at ``s`` (a space between); or
    "National" before one digit, a Scottish qualification's level ("National 5 exams")."""
    for word in ("Year", "Years", "National"):
        w = s - 1 - len(word)
        if w >= 0 and text.startswith(word, w) and not (w and _is_word_char(text[w - 1])):
            return word if word != "National" or len(raw) == 1 else None
    return None


def _plural_identifier(word: str) -> bool:
    low = word.strip().lower()
    return low in _PLURAL_IDENTIFIERS or low.endswith(_PLURAL_ID_HEADS)


_R_ID_LIST_TAIL = re.compile(
    r"(?:[ \u00a0]*,[ \u00a0]*\d+|[ \u00a0]+(?:and|und|or|oder|to|bis)[ \u00a0]+\d+)*(?![\w.,]\d)"
)
# "its Berth 8 and 9 terminal", "Artikel 5 und 6": after a singular identifier word a next, higher
# number joined by "and" names the next item; one that counts a plural noun stays a count
# ("Flight 17 and 300 passengers").
_R_ID_PAIR_TAIL = re.compile(r"[ \u00a0]+(?:and|und|or|oder|&)[ \u00a0]+(\d{1,4})(?![\w.,]\d)")


def _next_item(text: str, raw: str, pair: re.Match[str]) -> bool:
    second = pair.group(1)
    return (
        raw.isdigit()
        and int(raw) < int(second)
        and len(second) <= len(raw) + 1
        and _R_PLURAL_AFTER.match(text, pair.end()) is None
        and not _measured_after(text, pair.end())
    )


# "nach einem siebenjährigen Flug 2031": after an indefinite article the word is no name
# for a numbered thing ("Flug 2031" is), and four digits after it are a year.
_R_INDEFINITE_NOUN = re.compile(
    r"(?i)(?<![\w])(?:ein|eine|einem|einen|einer|eines|a|an)[ \u00a0]+(?:[\w\-]+[ \u00a0]+){0,2}\S+[ \u00a0]*$"
)


# A numbered point of a text is a reference: "Laut Punkt 12 des Entwurfs", "Point 21 of the
# draft", "under point 5 of the plan", "Ziffer 3". A counted noun or a measure after the figure
# keeps a count ("an diesem Punkt 300 Menschen"), and a lower-case "point" needs "of" after it and
# no determiner before it ("at one point 300 of them" counts). "22-Punkte-Plan" and "16 of the 20
# points" put the figure before the word.
_ITEM_WORDS = ("Punkt", "Point", "point", "Ziffer")
_R_ITEM_BEFORE = re.compile(r"(?:(?<![\w])([A-Za-z]+)[ \u00a0]+)?(?:Punkt|Point|point|Ziffer)[ \u00a0]$")
_NOT_ITEM_DETERMINERS = frozenset(
    word_list("one some that this any each every which what no the a its their same another turning")
)
_R_OF_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]")


def _numbered_item(text: str, s: int, e: int) -> bool:
    m = _R_ITEM_BEFORE.search(text, max(0, s - 24), s)
    # ("Point 6 covers the return of ...": after English "Point" a word in -s is the verb, batch 421)
    if m is None or _measured_after(text, e) or (_R_PLURAL_AFTER.match(text, e) and text[s - 6 : s - 1] != "Point"):
        return False
    if text[s - 6] != "p":
        return True
    return (m.group(1) or "").lower() not in _NOT_ITEM_DETERMINERS and _R_OF_AFTER.match(text, e) is not None


_R_THOUSANDS = re.compile(r"\d{4,}|\d{1,3}(?:[.,'’]\d{3})+")


def _identifier_end(text: str, s: int, e: int, raw: str, short: bool) -> int | None:
    """The end of the name a figure at ``s`` completes after an identifier word ("Artikel 5", "Boeing
    787-9", "junctions 10 and 11") or as a school year ("Year 11 pupils"); None if it names nothing."""
    idm = (
        _LEFT_IDENTIFIER.search(text, max(0, s - 24), s)
        if s and text[s - 1] in " \u00a0§" and _may_end_with(text, _word_end(text, s), _IDENTIFIER_GATE)
        else None
    )
    if idm and idm.group("c") and _measured_after(text, e):
        idm = None  # "die Ziellinie 3 Sekunden vor ihr": a numbered-place word before a measure
    elif idm and idm.group().rstrip(" \u00a0") in _CHANNEL_WORDS and (
        (len(raw) > 3 and _R_THOUSANDS.fullmatch(raw)) or (raw.isdigit() and int(raw) > 99)
    ):
        # "nach Angaben des ORF 317.000 Haushalte", "nach einer Zählung der BBC 412 ihrer Mandate": no
        # channel has a number in the hundreds or thousands
        idm = None
    elif idm and idm.group().lower().startswith(_STRETCH_WORDS) and _unit_after(text, e):
        idm = None  # "the section 40 km north of": a stretch of road, measured
    elif idm and idm.group().startswith("grade") and not _R_IN_GRADE.search(text, max(0, idm.start() - 4), idm.start()):
        idm = None  # "awarded grade 4 or above", "reached a grade 4": a mark on a scale ("in grade 9" a school year)
    elif idm and idm.group().startswith("Halle") and idm.start() and text[idm.start() - 1] == "/":
        idm = None  # "am Flughafen Leipzig/Halle 119 Kilo Elfenbein": the city, no hall (batch 316)
    elif idm and idm.group().startswith("S.") and idm.start() and text[idm.start() - 1] == ".":
        idm = None  # "U.S. 12th-graders", "the U.S. 10-year yield": no page ("S. 12")
    elif idm and idm.group().startswith("version") and _R_TALLY_NEXT.match(text, e):
        idm = None  # "The House passed its version 231-196": a vote's tally (batch 434), not "Version 2"
    elif idm and idm.group().startswith("Local") and _R_OPENS_BEFORE.search(text, max(0, idm.start() - 3), idm.start()):
        idm = None  # "Local 20 councils will ...": the adjective opening a sentence, no union local
    near = text[max(0, s - 24) : s]
    if idm is None and s > 6 and text[s - 1] in " \u00a0" and ("Typ" in near or "Mode" in near):
        idm = _R_TYPE_CODE.search(text, max(0, s - 30), s)  # "vom Typ ADS 15", "Typ PzH 2000"
    if idm is None and s > 8 and text[s - 1] in " \u00a0" and "l" in text[max(0, s - 16) : s]:
        idm = _R_FLIGHT_CODE.search(text, max(0, s - 18), s)  # "Flight U2 2317", "Flug EW 9462"
    if (
        idm
        and not (
            len(raw) == 4
            and raw.isdigit()
            and "1800" <= raw <= "2100"
            and _R_INDEFINITE_NOUN.search(text, max(0, s - 50), s)
        )
    ) or (
        # A school year: "Year 11 pupils", "in Years 3, 5, 7 and 9" (a capital and one or two
        # digits; "the year 2021" stays), or a qualification: "National 5 exams".
        short and text[s - 1] == " " and (school := _school_year_word(text, s, raw)) is not None
    ):
        end = e
        while end < len(text) and (text[end].isalnum()):
            end += 1
        end = _R_CODE_TAIL.match(text, end).end()  # "Boeing 787-9", "Boeing 737 MAX 10"
        if idm and idm.group().lower().startswith(_RUNWAY_WORDS) and (rw := _R_RUNWAY_TAIL.match(text, end)):
            end = rw.end()  # "Piste 16/34", "Runway 09L/27R": both headings of one runway
        listed = school == "Years" if not idm else _plural_identifier(idm.group())
        if listed and (tail := _R_ID_LIST_TAIL.match(text, end)):
            end = tail.end()
        elif idm and (pair := _R_ID_PAIR_TAIL.match(text, end)) and _next_item(text, raw, pair):
            end = pair.end()
        return end
    return None
