"""Years before a noun they date rather than count: "erwarten für 2026 Einnahmen von", "to file
their 2025 returns", "Bis 2100 rechnen Forschende". Called for a four-digit figure with a noun
after it that the other year rules left a count ("für 2026 Teilnehmer", "their 2025 employees",
"Erwartet werden bis 2000 Besucher" stay counts)."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .ages import _EN_PERSON_NOUNS
from .nouns import _en_plural

# German plurals of money amounts, which no figure counts: "2026 Einnahmen" can only be that
# year's ("erwartet 2026 Ausgaben von", "für 2027 Steuereinnahmen"). Compound tails; "Mittel"
# only of money ("Arzneimittel" are counted), no "Beiträge" (posts) nor "Verluste" (casualties).
_R_AMOUNT_PLURAL_DE = re.compile(
    r"(?:[Ee]innahmen|[Aa]usgaben|[Kk]osten|[Zz]insen|[Ss]chulden|[Ee]rlöse|[Ee]rträge|[Uu]msätze|[Gg]ewinne"
    r"|[Üü]berschüsse|[Dd]efizite|[Ii]nvestitionen|[Ss]teuern|[Aa]bgaben|[Gg]elder"
    # (changes of an amount: "fordern für 2027 Lohnerhöhungen von mindestens 4 Prozent", batch 435)
    r"|(?:[Ee]rhöhungen|erhöhungen|[Ss]enkungen|senkungen|[Kk]ürzungen|kürzungen|[Ss]teigerungen|[Aa]npassungen)"
    r"|(?:^|[Ff]örder|[Hh]aushalts|[Ff]inanz|[Bb]undes|[Ll]andes|[Ee]igen|[Ss]onder|[Bb]udget)[Mm]ittel)$"
)
# "Bis 2100 rechnen Forschende", "bis 2000 lebten Bauern": after "bis" a strong adjective before a
# plural ends in -e ("bis 2000 neue Stellen" counts); a word in -en right after the figure is the
# finite verb, and the figure the year, round hundreds too.
_GUIDANCE_NOUNS = frozenset(
    word_list("sales revenue revenues profit profits earnings target targets forecast outlook guidance growth margin")
)
_R_GUIDANCE_VERB_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:raises|cuts|lowers|lifts|sees|confirms|affirms|reaffirms|narrows|trims|boosts|hikes"
    r"|reiterates|maintains)[ \u00a0]+$"
)
_R_BIS_BEFORE = re.compile(r"(?<![\w])(?:(\w+)[ \u00a0]+)?[Bb]is[ \u00a0]+$")
_R_VERB_EN_AFTER = re.compile(r"[ \u00a0]+[a-zäöüß]{2,}en[ \u00a0]+[A-ZÄÖÜ]")
_PREPS_DE = frozenset(word_list("mit von bei auf für um seit nach zu vor in aus an gegen durch ohne bis als"))
# "Für 2026 stellte Hurtig ein Ebitda ... in Aussicht", "Für 2025 erwartete Siemens einen Gewinn":
# a preposition and the figure open the clause (the verb stands second), a finite verb in the weak
# past (-te, no participle's "ge-") follows, then a name, its subject, and an article or a pronoun;
# the verb read as an adjective would make the name a counted noun ("für 2000 verkaufte Autos").
_R_PREP_BEFORE_DE = re.compile(r"(?:^|[,;:.!?(„“\"»«\-–][ \u00a0]*)(\w+)[ \u00a0]+$")
# (also in reported speech, the verb in Konjunktiv I: "für 2026 rechne Solvaris mit einem Wachstum"; batch 268)
_R_PAST_VERB_NAME_DE = re.compile(
    r"[ \u00a0]+(?!ge)[a-zäöüß]{2,}(?:ten?|e)[ \u00a0]+[A-ZÄÖÜ][\wäöüß\-]*[ \u00a0]+"
    r"(?:ein|eine|einen|einem|der|die|das|den|dem|sich|es|sie|er|kein|keine|keinen|seine|seinen|ihre|ihren|mit)"
    r"[ \u00a0]"
)
# A preposition of time, an article and a noun before the figure: the noun names an event, the
# figure its year ("seit der Eröffnung 2020", "nach der Wahl 2021"; round hundreds may count).
_R_EVENT_NOUN_BEFORE_DE = re.compile(
    r"(?<![\w])(?:[Ss]eit|[Nn]ach|[Vv]or|[Bb]ei|[Mm]it)[ \u00a0]+(?:der|dem|den)[ \u00a0]+"
    r"[A-ZÄÖÜ][a-zäöüß\-]+[ \u00a0]+$"
)
# "their 2025 returns", "the company's 2024 results", "the 2022 elections": a determiner, a year-like
# figure and a plural; English copy groups a count of thousands ("its 2,025 employees"), so the
# bare figure is the year, unless the plural names people, as a count of them might.
_R_DETERMINER_BEFORE_EN = re.compile(r"(?i)(?<![\w])(?:its|their|his|her|our|your|my|the|[\w.\-]+['’]s)[ \u00a0]+$")
_EN_PERSON_PLURALS = frozenset(
    word_list("""
    people children men women staff police personnel troops folks adults citizens students residents
    patients parents migrants immigrants applicants participants households families clients guests
    agents assistants consultants tenants claimants defendants entrants inhabitants servants opponents
    respondents dependents recipients constituents descendants
    """)
)
_EN_PERSON_SUFFIXES = ("ers", "ors", "ees", "ists", "ians")


def _en_person_plural(noun: str) -> bool:
    low = noun.lower()
    if low in _EN_PERSON_PLURALS or low.endswith(_EN_PERSON_SUFFIXES):
        return True
    return low[:-1] in _EN_PERSON_NOUNS or low[:-2] in _EN_PERSON_NOUNS


# "alle ab 1964 Geborenen", "die 1970 Geborene": the noun made of "geboren" names people by the
# year of their birth; no one counts the born that way.
_R_BORN_DE = re.compile(r"Geboren(?:e|en|er)?$")
# "based on 2021 prices", "at 2010 values", "in real 2020 terms": what a base
# year prices is no plural one counts (a count of them would be grouped: "2,021 prices").
_EN_PRICED_PLURALS = frozenset(word_list("prices values terms"))


def year_before_noun(text: str, lang: str, s: int, e: int, y: int, noun: str) -> bool:
    """Whether the four-digit figure ``y`` at ``s``..``e`` before ``noun`` is a year (1901-2099)."""
    if not 1900 <= y <= 2100:
        return False
    if lang == "de":
        if noun[:1] == "G" and _R_BORN_DE.match(noun):
            return True
        if _R_PAST_VERB_NAME_DE.match(text, e) and (pm := _R_PREP_BEFORE_DE.search(text, max(0, s - 12), s)):
            return pm.group(1).lower() in _PREPS_DE or pm.group(1).lower() == "ab"
        if y % 100 != 0 and _R_EVENT_NOUN_BEFORE_DE.search(text, max(0, s - 40), s):
            return True  # "seit der Eröffnung 2020 Verluste", "nach der Fusion 2019 Stellen": the event's year
        if y % 100 == 0:
            bm = _R_BIS_BEFORE.search(text, max(0, s - 24), s) if _R_VERB_EN_AFTER.match(text, e) else None
            return bm is not None and (bm.group(1) is None or bm.group(1).lower() not in _PREPS_DE)
        return _R_AMOUNT_PLURAL_DE.search(noun) is not None
    if noun in _EN_PRICED_PLURALS and y % 100 != 0:
        return True
    if y % 100 != 0 and noun.lower() in _GUIDANCE_NOUNS and _R_GUIDANCE_VERB_BEFORE.search(text, max(0, s - 16), s):
        return True  # "ASTRAVELL RAISES 2032 SALES GROWTH TARGET": a forecast's year (batch 430)
    return (
        y % 100 != 0
        and _en_plural(noun)
        and not _en_person_plural(noun)
        and _R_DETERMINER_BEFORE_EN.search(text, max(0, s - 30), s) is not None
    )
