"""Groups of people bounded by an age, beside ``ages``: "Menschen über 80", "Risikopatienten ab 60",
"a Louisiana resident over 65", "the under-five death toll"; and "ab" bounding such a group from
below ("Personen ab 75 Jahren": "at_least", as "aged 65 and over").

Callers check the range (1 to 119) and that ``s``/``e`` bound a plain figure.
"""

from __future__ import annotations

import re

from ..numbers import parse_english_words
from .hits import _Hit, insert_hit

# German plural nouns (or the end of a compound: "Risikopatienten") for people, and pronouns
# for a group ("für alle über 60").
_DE_PEOPLE_ENDS = (
    "menschen", "personen", "kinder", "frauen", "männer", "patienten", "patientinnen", "jugendliche",
    "jugendlichen", "erwachsene", "erwachsenen", "senioren", "seniorinnen", "rentner", "rentnerinnen",
    "pensionisten", "pensionistinnen", "bürger", "bürgerinnen", "arbeitslose", "arbeitslosen", "beschäftigte",
    "beschäftigten", "versicherte", "versicherten", "leute", "schüler", "schülerinnen", "mädchen", "buben",
    "arbeitnehmer", "arbeitnehmerinnen", "bewohner", "bewohnerinnen", "einwohner", "einwohnerinnen",
    # Audiences and respondents, measured from an age ("Zuschauer ab drei Jahren", "Hörerinnen und
    # Hörern ab zehn Jahren"), and the population as a whole ("der Bevölkerung ab 14 Jahren").
    "zuschauer", "zuschauern", "zuschauerinnen", "zuseher", "zusehern", "zuseherinnen", "hörer", "hörern",
    "hörerinnen", "leser", "lesern", "leserinnen", "nutzer", "nutzern", "nutzerinnen", "befragte", "befragten",
    "bevölkerung", "kindern", "bürgern", "einwohnern", "bewohnern", "schülern",
    # The vaccinated and the unvaccinated, participants ("Ungeimpfte über 65", batch 111).
    "geimpfte", "geimpften", "teilnehmer", "teilnehmern", "teilnehmerinnen",
    # Voters by their age ("bei Wählerinnen und Wählern über 60", batch 497).
    "wähler", "wählern", "wählerinnen",
)  # fmt: skip
# "fast jeder Zweite ab 16 Jahren": a share of people named by its ordinal after "jeder".
_R_EVERY_NTH = re.compile(
    r"(?<![\w])[Jj]ede[rn]?[ \u00a0]+(?:Zweite|Dritte|Vierte|Fünfte|Zehnte)[ \u00a0]+ab[ \u00a0]+$"
)
_R_EVERY_NTH_THEN = re.compile(
    r"(?<![\w])[Jj]ede[rn]?[ \u00a0]+(?:Zweite|Dritte|Vierte|Fünfte|Zehnte)(?:[ \u00a0]+[\wäöüß]+){0,3}"
    r"[ \u00a0]+(?:über|unter)[ \u00a0]+$"
)
_DE_GROUP_PRONOUNS = frozenset(["alle", "allen", "jene", "jenen", "diejenigen"])
_R_DE_BOUND = re.compile(r"([A-Za-zÄÖÜäöüß]+)[ \u00a0]+(?:über|unter|ab)[ \u00a0]$")
# After the age: the clause ends or goes on with a lower-case word ("Menschen über 80 sind"); a
# capitalised noun is what the figure counts ("Personen über 50 Kilo").
_R_DE_AFTER = re.compile(r"[ \u00a0]*(?:[.,;:)]|[-–—][ \u00a0])|$|[ \u00a0]+[a-zäöüß]")


def _de_people(word: str) -> bool:
    low = word.lower()
    if low == "wer":
        return True  # ("Wer über 75 ist, sollte ...": a group bounded by an age, at a sentence's opening too)
    return low in _DE_GROUP_PRONOUNS if word[0].islower() else low.endswith(_DE_PEOPLE_ENDS)


def de_people_bound_age(text: str, s: int, e: int) -> bool:
    """ "Menschen über 80.", "Kinder unter 14", "Risikopatienten ab 60,", "für alle über 65"."""
    if text[s - 3 : s - 1] not in ("er", "ab"):
        return False
    m = _R_DE_BOUND.search(text, max(0, s - 40), s)
    if m is None or _R_DE_AFTER.match(text, e) is None:
        return False
    # ("Schon heute ist jeder Vierte im Freistaat über 65,": a share of people named by "jeder", batch 304)
    return _de_people(m.group(1)) or _R_EVERY_NTH_THEN.search(text, max(0, s - 50), s) is not None


_R_AB_BEFORE = re.compile(r"([A-Za-zÄÖÜäöüß]+)[ \u00a0]+ab[ \u00a0]+$")
_R_TERM_AFTER = re.compile(
    r"[ \u00a0]+(?:Haft|Freiheitsstrafe|Gefängnis|Zuchthaus|Bewährung|Laufzeit|Dauer|Betriebszugehörigkeit"
    r"|Dienstzeit|Beitragszeit|Wartezeit)(?![\wäöüß])"
)


def ab_age_groups(text: str, hits: list[_Hit]) -> None:
    """ "allen Personen ab 75 Jahren sowie Risikopatienten ab 60": "ab" after people bounds their
    age from below ("at_least"); "ab 2027", "ab 69,90 Euro", "ab drei Jahren Haft" stay as read."""
    for h in hits:
        if h.kind != "duration" or h.unit != "year" or h.qualifier is not None or text[h.start - 3 : h.start] != "ab ":
            continue
        m = _R_AB_BEFORE.search(text, max(0, h.start - 40), h.start)
        if m is not None and (_de_people(m.group(1)) or _R_EVERY_NTH.search(text, max(0, h.start - 24), h.start)):
            h.qualifier = "at_least"
        elif text.startswith("Jahren", h.end - 6) and not _R_TERM_AFTER.match(text, h.end) and 0 < h.value < 120:
            # "Jede sechste Person ab 15 Jahren", "das begleitete Trinken ab 14 Jahren": an age from which
            # on (31 of 32 labelled rows; "ab drei Jahren Haft" is a sentence's term)
            h.qualifier = "at_least"


# "users under the age of 18", "people over the age of 65": a bound before "the age of" hedges the
# age it names ("the age of 18 is the limit" stays a count).
_R_BOUND_AGE_OF = re.compile(r"(?i)(?<![\w])(under|over|below|above)[ \u00a0]+the[ \u00a0]+age[ \u00a0]+of[ \u00a0]+$")
_BOUND_QUALIFIERS = {"under": "under", "below": "under", "over": "over", "above": "over"}


def bound_age_of(text: str, s: int) -> str | None:
    """The qualifier of an age after "under/over the age of" ending at ``s``, or None."""
    if text[s - 7 : s - 1] != "age of":
        return None
    m = _R_BOUND_AGE_OF.search(text, max(0, s - 24), s)
    return _BOUND_QUALIFIERS[m.group(1).lower()] if m else None


# "the under-five death toll", "under-fives", "the under-five mortality rate": an age group
# named by its bound and a number word in one compound (the digit form "under-18s" see digits).
_R_EN_AGE_COMPOUND = re.compile(r"(?<![\w\-])([Uu]nder|[Oo]ver)-([a-z]+?)s?(?![\w\-])")


def age_compound_anchors(text: str) -> list[tuple[int, int, int, None]]:
    if "nder-" not in text and "ver-" not in text:
        return []
    found = []
    for m in _R_EN_AGE_COMPOUND.finditer(text):
        n = parse_english_words(m.group(2))
        if n is not None and 0 < n < 20:
            found.append((m.start(), m.end(), 1, None))
    return found


def age_compound(text: str, s: int, e: int) -> _Hit | None:
    """See _R_EN_AGE_COMPOUND: the span is the number word, the bound its qualifier."""
    m = _R_EN_AGE_COMPOUND.fullmatch(text, s, e)
    if m is None:
        return None
    n = parse_english_words(m.group(2))
    if n is None or not 0 < n < 20:
        return None
    return _Hit("duration", int(n), "year", m.start(2), m.end(), m.group(1).lower())


# "Ü60-Gäste", "Ü50-Jährige", "die Ü30-Party": people over an age (batch 445); "U23-Trainer" names a team.
_R_UE_AGE = re.compile(r"(?<![\w])Ü([1-9]\d)(?=-[A-ZÄÖÜ]|[ \u00a0,.;)]|$)")


def ue_ages(text: str, hits: list[_Hit]) -> None:
    for m in _R_UE_AGE.finditer(text):
        insert_hit(hits, _Hit("duration", int(m.group(1)), "year", m.start(), m.end(), "over"))


# "Bei Arbeitslosen 50+": people of an age and over, the plus glued after it (batch 466); "die 50+1-Regel" stays.
_R_PLUS_AGE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+)[ \u00a0]([1-9]\d)\+(?![\w+\-])")


def plus_ages(text: str, hits: list[_Hit]) -> None:
    for m in _R_PLUS_AGE.finditer(text):
        if _de_people(m.group(1)):
            hits[:] = [h for h in hits if not (h.start < m.end() and m.start(2) < h.end)]
            insert_hit(hits, _Hit("duration", int(m.group(2)), "year", m.start(2), m.end(), "at_least"))
