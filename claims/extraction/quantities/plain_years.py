"""Is a plain four-digit figure before a noun (or none) a year: old years ("the 1648 treaty",
"(1756-1763)"), German dating participles and prepositions ("die 1755 erbaute Kirche", "bis 2030
neue Stellen"), "in 1500 Fällen" counted."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .english_ordinals import _R_POSSESSIVE
from .nouns import _en_singular

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
    r"|malt|führt|standen|boren|storben|schienen|schrieben|einbart|abschiedet|handelt|kündigt)(e[mrs]?|en)[ \u00a0]"
)
# "ein"/"eine"/"einen"/... has no plural: after it the participle is singular in every form.
# A time adverb may stand between ("das erst 2023 gegründete Unternehmen", "der bereits 1998 gebaute").
_R_ARTICLE_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:(die|der|das)|(den)|dem|des|ein|eine[mnrs]?)[ \u00a0]+(?:(?:erst|bereits|schon|noch)[ \u00a0]+)?$"
)
# "den" is a masculine singular ("den 1898 gegründeten Versicherer") or a dative plural ("den
# 1500 gebauten Wohnungen", "Häusern"): a noun in "-en" or "-ern" may be the plural.
_R_NOUN_NOT_PLURAL_DE = re.compile(r"[A-ZÄÖÜ][\wäöüß\-]*(?<!en)(?<!ern)(?![\wäöüß\-])")
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


# "die vier 2022 annektierten Gebiete": after an article and a count, a year-like figure before a
# participle dates the counted things (it cannot count them a second time).
_R_COUNT_BEFORE_YEAR_DE = re.compile(
    r"(?i)(?<![\w])(?:die|der|den|diese[nr]?|alle|ihre|seine)[ \u00a0]+"
    r"(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\d{1,3})[ \u00a0]+$"
)
_R_PARTICIPLE_AFTER_DE = re.compile(r"[ \u00a0]+[a-zäöüß]{3,}t(?:e|en|er|es|em)[ \u00a0]")


# "der 2027 fälligen Papiere": what falls due in a year (batch 389).
_R_DUE_AFTER_DE = re.compile(r"[ \u00a0]+fällige[mnrs]?(?![\wäöüß])")


def _dated_participle_de(text: str, s: int, e: int) -> bool:
    """ "die 1755 erbaute Kirche", "das 1912 entstandene Gemälde": see _R_DATED_PARTICIPLE."""
    if e - s == 4 and text[s:e].isdigit() and 1950 <= int(text[s:e]) < 2100 and _R_DUE_AFTER_DE.match(text, e):
        return True
    if (
        e - s == 4
        and text[s:e].isdigit()
        and 1900 <= int(text[s:e]) < 2100
        and _R_COUNT_BEFORE_YEAR_DE.search(text, max(0, s - 20), s)
        and _R_PARTICIPLE_AFTER_DE.match(text, e)
    ):
        return True
    art = _R_ARTICLE_BEFORE.search(text, max(0, s - 15), s)
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
    # "ab 2000 Teilnehmern" counts (a threshold is round); "soll ab 2028 Batteriezellen fertigen" dates.
    return not _dative_plural_next(text, e, noun) or (text[s:e].isdigit() and int(text[s:e]) % 50 != 0)


def _in_count_de(text: str, s: int, e: int, noun: str) -> bool:
    """ "ermittelte in 1500 Fällen": see _R_IN_BEFORE_DE."""
    return (
        noun[:1].isupper()
        and text[e : e + 1] in (" ", "\u00a0")
        and _dative_plural_next(text, e, noun)
        and _R_IN_BEFORE_DE.search(text, max(0, s - 4), s) is not None
    )


# "Labour's 2024 voters", "the party's 2019 supporters": after a possessive, a year names the election
# those voters cast their ballots in (batch 497); "the club's 2000 members" stay counted.
_COHORTS = frozenset(word_list("voters supporters backers"))


def cohort_years(text: str, hits: list) -> None:
    for h in hits:
        if (
            h.kind == "count"
            and h.unit in _COHORTS
            and isinstance(h.value, int)
            and 1900 <= h.value <= 2099
            and h.end - h.start > 4
            and text[h.start : h.start + 4].isdigit()
            and _R_POSSESSIVE.search(text, max(0, h.start - 30), h.start)
        ):
            h.kind, h.unit, h.end = "year", None, h.start + 4
