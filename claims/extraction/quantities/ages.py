"""Ages written as a bare number: "aged 19", "The governor, 58,", "Der Lenker (34)", "Maria K., 34,"."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .age_clauses import _R_AFTER_AGE, be_age, de_be_age, event_at_age, life_event_at_age, plural_ages, then_age
from .age_groups import de_people_bound_age
from .age_heads import de_age_clause, en_age_clause
from .bounds_after import _LINKS, _R_BOUND_AFTER
from .context import _IDENTIFIER_WORDS, _word_end
from .nouns import en_adverb
from .tables import _MONTHS

# Ages without "-year-old": "aged 19", "The governor, 58, is", "Der Lenker (34) wurde".
_R_AGED = re.compile(r"(?i)(?<![\w])aged[ \u00a0]+(?:between[ \u00a0]+)?$")
# "began singing at age 6", "by age 65": "age" and a bare number after a preposition.
# "a minimum age of 16", "the average age of 43": an age named by its kind ("The age of 18 is
# the limit" stays a count, as the earlier tests keep it).
_R_LIMIT_AGE_OF = re.compile(
    r"(?i)(?<![\w])(?:minimum|maximum|legal|voting|retirement|pension|pensionable|average|median|mean"
    r"|qualifying|drinking|driving|consent)[ \u00a0]+age[ \u00a0]+of[ \u00a0]+$"
)
# A speaker's own age in a quote: "I'm 61,", "I am 80 and", "I was 19 when" (the clause ends there).
_R_I_AM = re.compile(r"(?<![\w])I(?:['’]m|[ \u00a0]+am|[ \u00a0]+was)[ \u00a0]$")
_R_I_AM_END = re.compile(r"(?:[,.;!?\"”]|[ \u00a0]+(?:and|when|now)(?![\w]))(?![ \u00a0]*\d)")
# A pension named by the age it starts at: "die Rente mit 63", "Rente ab 67", "the pension at 63",
# "retirement at 60".
_R_PENSION_AT = re.compile(r"(?<![\w])(?:[Rr]ente|[Pp]ension|[Rr]etirement)[ \u00a0]+(?:mit|ab|at)[ \u00a0]$")
_R_AT_AGE_N = re.compile(r"(?i)(?<![\w])(?:at|by|from|until|since)[ \u00a0]+age[ \u00a0]$")
_R_APPOSITION = re.compile(r"(?<![\w])([A-Za-z][\w'’\-]*),[ \u00a0]$")
_R_PAREN_AGE = re.compile(r"([A-ZÄÖÜ][\wäöüß\-]*)[ \u00a0]\($")
_R_PAREN_INITIAL = re.compile(r"(?<![\w])[A-ZÄÖÜ][a-zäöüß]+[ \u00a0][A-ZÄÖÜ]\.[ \u00a0]\($")
# ... after "in" or in a list the first of which follows "in" ("in Brandenburg (58), Niedersachsen (49) und")
_R_IN_PLACE_BEFORE = re.compile(
    r"(?<![\w])(?:in|im)[ \u00a0]+"
    r"(?:[A-ZÄÖÜ][\wäöüß\-]*[ \u00a0]\(\d{1,3}\)(?:,[ \u00a0]+|[ \u00a0]+(?:und|and)[ \u00a0]+))*$"
)
_IDENTIFIER_LOWER = frozenset(w.lower() for w in _IDENTIFIER_WORDS)
_R_DIGIT_NEXT = re.compile(r",[ \u00a0]*\d")
_EN_PERSON_NOUNS = frozenset(
    word_list("""
    man woman boy girl suspect victim driver teenager mother father son daughter wife husband pilot
    player officer soldier leader president minister governor senator chairman founder singer actor
    author artist coach striker defendant candidate mayor councillor councilman councilwoman lawmaker
    legislator congressman congresswoman judge prosecutor lawyer doctor surgeon nurse teacher student
    pupil worker farmer journalist reporter photographer priest bishop rapper musician actress director
    writer novelist poet painter chef ambassador envoy diplomat commander sergeant captain colonel premier
    chancellor spokesman spokeswoman chairwoman executive banker businessman businesswoman billionaire
    activist protester gunman attacker assailant shooter inmate prisoner passenger motorist cyclist
    pedestrian climber hiker tourist resident neighbour neighbor grandmother grandfather brother sister
    child toddler girlfriend boyfriend footballer goalkeeper midfielder defender boxer swimmer runner
    skier athlete guitarist drummer bassist keyboardist pianist comedian
    """)
)
# The plurals of those nouns, and nouns for persons met in the plural ("The men, 58 and 62,").
_EN_PLURAL_PERSONS = (
    frozenset(w[:-3] + "men" if w.endswith("man") else w + "s" for w in _EN_PERSON_NOUNS)
    | frozenset(word_list("children wives teens youths kids parents siblings twins friends couple pair anglers"))
)
_PLURAL_AGE_LINKS = (", ", "and ", "ere ", "are ")
_R_APPOSITION_DE = re.compile(r"(?<![\w])([A-ZÄÖÜ][\wäöüß\-]*),[ \u00a0]$")
# ... or the person before a place: "Eine Pensionistin aus Favoriten, 78, sagte" (batch 277).
_R_APPOSITION_PLACE_DE = re.compile(
    r"(?<![\w])([A-ZÄÖÜ][\wäöüß\-]*)[ \u00a0]+(?:aus|in|von)[ \u00a0]+[A-ZÄÖÜ][\wäöüß\-]*,[ \u00a0]$"
)
# German nouns for persons (as the end of a compound: "Oberbürgermeister", "Motorradfahrer"),
# with feminine forms in -in, and nominalised adjectives ("Verdächtige", "Angeklagter").
_R_DE_PERSON = re.compile(
    r"(?:(?:mann|frau|bub|junge|mädchen|kind|baby|bürgermeister|richter|anwalt|lenker|fahrer|täter"
    r"|opfer|schüler|lehrer|student|pensionist|rentner|pilot|polizist|soldat|sänger|schauspieler|autor"
    r"|trainer|spieler|präsident|minister|kanzler|gouverneur|chef|gründer|vater|mutter|sohn|tochter"
    r"|bruder|schwester|witwe|witwer|pfarrer|bischof|künstler|unternehmer|manager|landwirt|wanderer"
    r"|bergsteiger|alpinist|skifahrer|passagier|tourist|urlauber|häftling|schütze|angreifer|politiker"
    r"|sprecher|direktor|leiter|bewohner|anrainer|nachbar|kandidat|musiker|regisseur|journalist"
    r"|fotograf|sanitäter|kapitän|torhüter|stürmer|verteidiger|athlet|sportler|arbeiter|mitarbeiter"
    r"|wirt|händler|besitzer|eigentümer|inhaber|herausforderer|bewerber)(?:in)?"
    r"|ärztin|anwältin|bäuerin|bauer|arzt|(?:verdächtig|angeklagt|beschuldigt|jugendlich|abgeordnet"
    r"|verletzt|vermisst|angestellt|beamt)er?)$"
)
# Persons in the plural (and pronouns for a group of them).
_EN_PEOPLE_PLURAL = (
    r"people|persons|adults|men|women|those|anyone|everyone|patients|residents|pensioners"
    r"|workers|voters|drivers|children|teenagers|girls|boys|citizens|individuals|users|customers|members|students"
    r"|pupils|kids|teens|youngsters|minors|infants|babies|seniors|applicants|claimants|employees|smokers"
    r"|consumers|viewers|listeners|participants|volunteers|respondents|visitors|guests|tourists|passengers"
    r"|travellers|travelers|spectators|fans|riders|homeowners|renters|tenants|taxpayers|motorists|commuters|shoppers"
    r"|readers|subscribers|mothers|fathers|parents|population"
    # ("jobseekers under 25", "17% of those arrested were under 18", batches 462, 466)
    r"|jobseekers|offenders|suspects|defendants|victims|migrants|refugees|unemployed|arrested|detained|surveyed"
)
_EN_DEMONYMS = (
    r"americans|britons|canadians|australians|europeans"
    # and believers counted by age in surveys ("Among Catholics under 30", batch 114)
    r"|catholics|protestants|christians|muslims|jews|evangelicals|churchgoers"
)
# Persons bounded by an age: "people over 65", "children under 5", "those aged over 80"; "14 of
# whom are under 80" ("whom" stands only for persons).
_R_PEOPLE_BOUND = re.compile(
    r"(?i)(?<![\w])(?:(?:" + _EN_PEOPLE_PLURAL + r"|" + _EN_DEMONYMS + r")"
    r"|(?:of|among)[ \u00a0]+whom[ \u00a0]+(?:are|were|is|was))"
    r"[ \u00a0]+(?:(?:were|are)[ \u00a0]+)?(?:aged[ \u00a0]+)?(?:over|under|above|below)[ \u00a0]$"
)
# "Adults 60 and older", "Americans 65 and over", "those 18 or older": persons, the bare figure,
# then a bound (bounds_after reads it as the qualifier).
_R_PEOPLE_RIGHT_BEFORE = re.compile(
    r"(?i)(?<![\w\-])(?:" + _EN_PEOPLE_PLURAL + r"|" + _EN_DEMONYMS + r")[ \u00a0]$"
)


def _people_then_bound_age(text: str, s: int, e: int) -> bool:
    """See _R_PEOPLE_RIGHT_BEFORE; not before another figure ("women 50 and over 60")."""
    if not text.startswith(_LINKS, e) or _R_PEOPLE_RIGHT_BEFORE.search(text, max(0, s - 14), s) is None:
        return False
    m = _R_BOUND_AFTER.match(text, e)
    return m is not None and _R_FIGURE_NEXT.match(text, m.end()) is None


# "One in four voters was 65 or older", "will be 65 or older", "Most of them are 80 and over": a copula,
# the bare figure, then a bound that only an age takes ("older", "younger"; "over"/"under" alone may
# bound a count: "was 10 or under budget").
_R_BE_RIGHT_BEFORE = re.compile(r"(?<![\w])(?:was|were|is|are|be|been)[ \u00a0]$")
_R_AGE_BOUND_AFTER = re.compile(r"[ \u00a0]+(?:and|or)[ \u00a0]+(?:older|younger)(?![\w\-])")


def _be_then_bound_age(text: str, s: int, e: int) -> bool:
    if _R_BE_RIGHT_BEFORE.search(text, max(0, s - 6), s) is None:
        return False
    m = _R_AGE_BOUND_AFTER.match(text, e)
    return m is not None and _R_FIGURE_NEXT.match(text, m.end()) is None


_R_FIGURE_NEXT = re.compile(r"[ \u00a0]*\d")
_BOUND_WORDS = ("over", "under", "above", "below")
_BE_ENDS = ("as", "is", "re")
_R_WORD_AFTER = re.compile(r"[ \u00a0]+([A-Za-z]+)")
_EN_NOT_COUNTED = frozenset(
    word_list("""
    in and or who were are was is have had with across from at on to should must will can could would
    living get got received account make made than the this as for but took take takes died die face
    faced need needed next last today tomorrow yesterday soon has does did may might fell rose grew shrank during
    since until before after because when while by
    """)
)
# "The oldest of her victims was 94.", "the youngest was 12,": an age after the oldest or
# youngest of a group and a form of "be", ending the clause.
_R_OLDEST_WAS = re.compile(
    r"(?i)(?<![\w])(?:oldest|youngest)(?:[ \u00a0]+of[ \u00a0]+[\w'’ \u00a0]{1,40}?|[ \u00a0]+[a-z]+)?"
    r"[ \u00a0]+(?:was|is|were|are)[ \u00a0]$"
)
# "The youngest of them is 22 and the oldest 61,": the second age of the pair leaves out the verb.
_R_AND_OLDEST = re.compile(r"[ \u00a0]+and[ \u00a0]+the[ \u00a0]+(?:oldest|youngest)[ \u00a0]+\d")
_R_GAPPED_OLDEST = re.compile(
    r"(?i)(?<![\w])(?:oldest|youngest)(?:[ \u00a0]+of[ \u00a0]+[\w'’ \u00a0]{1,40}?|[ \u00a0]+[a-z]+)?"
    r"[ \u00a0]+(?:was|is|were|are)[ \u00a0]+\d{1,3}[ \u00a0]+and[ \u00a0]+the[ \u00a0]+(?:oldest|youngest)[ \u00a0]$"
)


_R_COMMA_OLDEST = re.compile(
    r"(?i),[ \u00a0]+the[ \u00a0]+(?:oldest|youngest)[ \u00a0]+(?:(?:just|only|aged)[ \u00a0]+)?$"
)
_R_AGES_TOLD = re.compile(r"(?i)(?<![\w])(?:aged|ages|years[ \u00a0]+old|year-olds?)(?![\w])")


def _oldest_age(text: str, s: int, e: int, after: str) -> bool:
    """ "The oldest of her victims was 94.", "The youngest of them is 22 and the oldest 61,"."""
    if _R_DIGIT_NEXT.match(text, e):
        return False
    ends = after in ",.;" or e == len(text)
    if text[s - 3 : s - 1] in _BE_ENDS and (ends or _R_AND_OLDEST.match(text, e)):
        return _R_OLDEST_WAS.search(text, max(0, s - 60), s) is not None
    if ends and text[s - 4 : s - 1] == "est" and _R_GAPPED_OLDEST.search(text, max(0, s - 100), s) is not None:
        return True
    # "Of those arrested, 19 were aged under 18, the youngest just 14.": the youngest after ages told (batch 318)
    return (
        ends
        and _R_COMMA_OLDEST.search(text, max(0, s - 30), s) is not None
        and _R_AGES_TOLD.search(text, max(0, s - 120), s) is not None
    )


_R_SENTENCE_AT = re.compile(r"(?:^|[.!?:;\"“”(\n][ \u00a0]*)At[ \u00a0]$")
_R_AT_AGE = re.compile(r"(?<![\w])([A-Za-z]+)[ \u00a0]+at[ \u00a0]$")
_AT_AGE_WORDS = _EN_PERSON_NOUNS | frozenset(word_list("died dies retired retires"))
# "has died at the age of 91", "learned to swim at the age of 70".
_R_AT_THE_AGE_OF = re.compile(
    r"(?i)(?<![\w])(?:at|by|from|until|since|before|after)[ \u00a0]+the[ \u00a0]+age[ \u00a0]+of[ \u00a0]+$"
)
_R_TURNED = re.compile(r"(?<![\w])(?:turned|turns|turning|turn|age,)[ \u00a0]+$")
# "died on Friday at 84.", "passed away in hospital at 79,": a death, then at most five words
# (no clause break) before "at".
_R_DIED_THEN_AT = re.compile(
    r"(?i)(?<![\w])(?:died|dies|passed[ \u00a0]+away)(?:[ \u00a0]+[\w'’\-]+){0,5}?[ \u00a0]+at[ \u00a0]$"
    # "after her death at 91,": the noun right before "at" ("the death toll at 91" counts)
    r"|(?<![\w])death[ \u00a0]+at[ \u00a0]$"
)


def _counted_after(text: str, e: int) -> bool:
    """A word after the figure that it counts: not a function word, nor a verb in the past
    ("children under five accounted for", "those over 80 received")."""
    nxt = _R_WORD_AFTER.match(text, e)
    if nxt is None:
        return False
    w = nxt.group(1).lower()
    if en_adverb(w):
        return False  # "children under five acutely malnourished": an adverb
    if len(w) > 5 and w.endswith("ing"):
        return False  # "householders aged under 35 falling to 37.1%": a participle (batch 390)
    return w not in _EN_NOT_COUNTED and not (len(w) > 4 and w.endswith("ed") and not w.endswith("eed"))


def _people_bound_age(text: str, s: int, e: int) -> bool:
    """ "people over 65", "children under 5 in", "children under five", "a Louisiana resident over
    65,", "Australians under 16": a person noun (or a demonym) and a bound before the number,
    nothing counted after it (English)."""
    if not text.endswith(_BOUND_WORDS, max(0, s - 7), s - 1):
        return False
    if not _R_PEOPLE_BOUND.search(text, max(0, s - 40), s):
        one = _R_PERSON_BOUND.search(text, max(0, s - 30), s)
        if one is None or (one.group(1).lower() not in _EN_PERSON_NOUNS and not _demonym_plural(text, one)):
            return False
    return not _counted_after(text, e)


# A people's plural by its shape: capitalised, mid-sentence, in "-ans", "-ers", "-ons" or "-is"
# ("Australians", "New Zealanders", "Britons", "Israelis"); a sentence's first word may be anything.
_DEMONYM_ENDS = ("ans", "ers", "ons", "is")


def _demonym_plural(text: str, m: re.Match) -> bool:
    w = m.group(1)
    if not (w[0].isupper() and w[1:].islower() and w.endswith(_DEMONYM_ENDS)):
        return False
    i = _word_end(text, m.start(1))
    return i > 0 and text[i - 1] not in ".!?:;\"“”(\n-–—"


# One person bounded by an age: "a Louisiana resident over 65", "a woman under 30".
_R_PERSON_BOUND = re.compile(r"(?<![\w])([A-Za-z]+)[ \u00a0]+(?:over|under|above|below)[ \u00a0]$")


# Retiring before or after an age (at an age: age_clauses.event_at_age).
_R_RETIRE_BOUND = re.compile(r"(?<![\w])(?:retire|retires|retired|retiring)[ \u00a0]+(?:before|after)[ \u00a0]$")


def _turned_age(text: str, s: int, e: int) -> bool:
    """ "would have turned 100 on Sunday", "dies before turning five", "the defendant's age, 18 at
    the time": a figure after "turn" that counts nothing after it."""
    return (
        text[s - 2 : s - 1] in "dsng,"
        and _R_TURNED.search(text, max(0, s - 24), s) is not None
        and not _counted_after(text, e)
    )


# "a newborn girl reaching 100", "the odds of living to 100", "lived to 104": a great age reached,
# nothing counted after it, no tally before the verb ("the death toll reaching 100" counts).
_R_REACH_AGE = re.compile(r"(?i)(?<![\w])(?:reaching|reach|live[ds]?[ \u00a0]+to|living[ \u00a0]+to)[ \u00a0]+$")
_R_TALLY_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:toll|number|total|tally|count|figure|score|index|price|level|temperatures?|cases|deaths"
    r"|sales|shares|points|runs|goals)(?![\w])"
)


def _reached_age(text: str, s: int, e: int) -> bool:
    if text[s - 2 : s - 1] not in "hgo" or not 80 <= int(text[s:e]) < 120:
        return False
    m = _R_REACH_AGE.search(text, max(0, s - 16), s)
    if m is None or _counted_after(text, e) or _R_DIGIT_NEXT.match(text, e):
        return False
    lo = max(text.rfind(". ", 0, m.start()) + 1, m.start() - 50, 0)
    if _R_TALLY_BEFORE.search(text, lo, m.start()) is not None:
        return False
    if m.group(0).lower().startswith("liv"):
        return True
    # "reach 100" may be a price's or an index's: a person or a life must stand before it.
    words = {w.lower() for w in _R_WORDS.findall(text, lo, m.start())}
    return not words.isdisjoint(_REACH_AGE_SUBJECTS)


_R_WORDS = re.compile(r"[A-Za-z]+")
_REACH_AGE_SUBJECTS = (
    _EN_PERSON_NOUNS
    | _EN_PLURAL_PERSONS
    | frozenset(
        word_list("newborn newborns baby babies people persons society centenarians she he they who life lives")
    )
)


# "were aged under 25", "jünger als 18", "older than 65": a comparison of age before a bare figure
# (the hedge is read as for any figure); "aged 65 and over" see bounds_after.
_R_AGE_BOUND = re.compile(
    r"(?i)(?<![\w])(?:aged[ \u00a0]+(?:under|over|above|below)|(?:younger|older)[ \u00a0]+than"
    r"|(?:jünger|älter)[ \u00a0]+als)[ \u00a0]+$"
)
_BOUND_ENDS = ("er", "ve", "ow", "an", "ls")
_R_WORD_AFTER_DE = re.compile(r"[ \u00a0]+([A-Za-zÄÖÜäöüß]+)")


def _bound_age(text: str, s: int, e: int, lang: str) -> bool:
    """See _R_AGE_BOUND: nothing counted after the figure ("older than 65 years" is read by its
    unit; "jünger als 18 Spieler", "älter als zwölf andere" count)."""
    if not text.endswith(_BOUND_ENDS, max(0, s - 3), s - 1) or _R_AGE_BOUND.search(text, max(0, s - 20), s) is None:
        return False
    if lang == "en":
        return not _counted_after(text, e)
    nxt = _R_WORD_AFTER_DE.match(text, e)
    return nxt is None or not (nxt.group(1)[0].isupper() or nxt.group(1).startswith(("ander", "weiter")))


# A table told in a sentence: "vor Red Bull Salzburg (35) und Rapid (31)", "Southampton (22) and Ipswich Town
# (29) are already relegated", "Dahinter folgen Eintracht Frankfurt (55), ...": the clubs' points (batches 46, 444).
_R_TABLE_WORDS = re.compile(
    r"(?i)(?<![\w])(?:punkte?n?|points?|tabelle\w*|table|standings|relegat\w*|zähler|absteiger|abstieg\w*"
    r"|dahinter[ \u00a0]+folgen|meistergruppe|gruppenspiel\w*|league|liga)(?![\w])"
)

_R_BRACKETED_FIGURE = re.compile(r"\(\d{1,3}\)")
_ABBREVIATED_PLACES = (" St.", " Ste.", " Mt.", " Ft.")


def _table_sentence(text: str, s: int) -> bool:
    """Two bracketed figures or more in a sentence with a word of a table ("Der Fahrer (45) verlor 12
    Punkte" has one: an age)."""
    stop = text.rfind(". ", 0, s)
    while stop >= 0 and text.endswith(_ABBREVIATED_PLACES, 0, stop + 1):
        stop = text.rfind(". ", 0, stop)
    lo = max(0, stop + 1, s - 200)
    hi = text.find(". ", s)
    while hi >= 0 and text.endswith(_ABBREVIATED_PLACES, 0, hi + 1):
        hi = text.find(". ", hi + 2)  # "vor Servette (33) und St. Gallen (29)" (batch 464)
    hi = hi if hi >= 0 else len(text)
    return len(_R_BRACKETED_FIGURE.findall(text, lo, hi)) > 1 and _R_TABLE_WORDS.search(text, lo, hi) is not None


# A party's seats or votes in brackets ("SPD (25), AfD (24), Grüne (4)"; batch 103): an abbreviation with two
# capitals or more, or a party's common name, is no person with an age.
_PARTY_NAMES = frozenset(
    word_list("""
    linke grüne grünen wähler piraten labour greens tories conservatives liberals democrats republicans reform
    """)
)


def _party(word: str) -> bool:
    return sum(c.isupper() for c in word) >= 2 or word.lower() in _PARTY_NAMES


# The other side of a tally ("by 13 votes to 12", "mit 13 zu 12 Stimmen"): no age, whatever the sentence is about.
_R_TALLY_TO = re.compile(r"(?<![\w])votes?[ \u00a0]+to[ \u00a0]+$")


# "Claiming at 62, the earliest age allowed, cuts ...": the age named so in apposition (batch 315).
_R_AGE_APPOSITION = re.compile(r",[ \u00a0]+the[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}age(?![\w])")
_R_AS_YOUNGEST = re.compile(r"[ \u00a0]+as[ \u00a0]+(?:the|its|their)[ \u00a0]+(?:youngest|oldest)(?![\w])")


def at_age(text: str, s: int, e: int) -> bool:
    """An age after "at": "where he arrived at 36 as the youngest member" (batch 301), "Claiming at 62, the
    earliest age allowed" (batch 315); or ending the clause after a person or "died" before "at", or a
    death or a life event a few words before it ("became prime minister at 34.", "died at 87,", "died at
    ninety-three,", "died on Friday at 84.", "won her seat in 1978 at 44,")."""
    if text[s - 3 : s - 1] != "at":
        return False
    if _R_AS_YOUNGEST.match(text, e) or _R_AGE_APPOSITION.match(text, e):
        return True
    if not (text[e : e + 1] in (",", ".", ";") or e == len(text)):
        return False
    m = _R_AT_AGE.search(text, max(0, s - 30), s)
    if m is not None and m.group(1).lower() in _AT_AGE_WORDS:
        return True
    return _R_DIED_THEN_AT.search(text, max(0, s - 60), s) is not None or event_at_age(text, s)


def _is_age(text: str, s: int, e: int, lang: str) -> bool:
    """An age in years written as a bare number (1 to 119)."""
    if text[s - 3 : s - 1] == "to" and _R_TALLY_TO.search(text, max(0, s - 12), s):
        return False
    before = text[s - 1 : s]
    after = text[e : e + 1]
    if before in " \u00a0" and _bound_age(text, s, e, lang):
        return 0 < int(text[s:e]) < 120  # "aged under 25", "jünger als 18"
    if before == "(":
        if after == ")" and _R_PAREN_INITIAL.search(text, max(0, s - 40), s) and 0 < int(text[s:e]) < 120:
            return True  # "Seine Mitangeklagte Sabine K. (46)": a name with an initial, as courts write it (batch 452)
        m = _R_PAREN_AGE.search(text, max(0, s - 40), s) if after == ")" else None
        return (
            m is not None
            and m.group(1).lower() not in _IDENTIFIER_LOWER
            and not _party(m.group(1))
            # ("Die meisten Rudel leben in Brandenburg (58), Niedersachsen (49) ...": places with a tally)
            and not _R_IN_PLACE_BEFORE.search(text, max(0, m.start(1) - 80), m.start(1))
            and 0 < int(text[s:e]) < 120
            and not _table_sentence(text, s)
        )
    if before not in " \u00a0":
        return False
    if text[s - 2 : s - 1] in "tbm" and _R_PENSION_AT.search(text, max(0, s - 16), s):
        return 0 < int(text[s:e]) < 120  # "die Rente mit 63", "the so-called pension at 63"
    if lang != "en":
        if (
            ("ltest" in text[max(0, s - 32) : s] or "ngst" in text[max(0, s - 32) : s])
            and _R_DE_OLDEST.search(text, max(0, s - 40), s)
            and "Jahre" in text[max(0, s - 160) : e + 40]
        ):
            # "Der jüngste Heimkehrer sei 21 Jahre alt, der älteste 63.": the other end of the ages told
            return 0 < int(text[s:e]) < 120
        if de_people_bound_age(text, s, e) or de_age_clause(text, s, e):
            return 0 < int(text[s:e]) < 120  # "Menschen über 80", "Das Rentenalter steigt auf 67"
        if text[s - 2 : s - 1] in "rtahnst" and de_be_age(text, s, e, _DE_FUNCTION_WORDS, _names_one_de):
            return 0 < int(text[s:e]) < 120  # "Rettenbacher war damals 75."
        # "Die Opfer sind Maria K., 34, und Peter L., 61.": a first name and an initial, as
        # police and courts write names, with the age after a comma.
        if text[s - 3 : s - 1] == ".,":
            return (
                after in ",.;)"
                and _R_INITIAL_NAME.search(text, max(0, s - 30), s) is not None
                and not _R_DIGIT_NEXT.match(text, e)
                and 0 < int(text[s:e]) < 120
            )
        # "Der Bürgermeister, 61, tritt ab": a noun for a person, the age between commas.
        if after != "," or text[s - 2 : s - 1] != "," or _R_DIGIT_NEXT.match(text, e):
            return False
        if not 0 < int(text[s:e]) < 120:
            return False
        m = _R_APPOSITION_DE.search(text, max(0, s - 40), s)
        placed = _R_APPOSITION_PLACE_DE.search(text, max(0, s - 60), s)
        if placed is not None and _R_DE_PERSON.search(placed.group(1).lower()) is not None:
            return True
        return m is not None and (
            _R_DE_PERSON.search(m.group(1).lower()) is not None
            or _is_de_name(text, s, e)
            or _surname_relative(text, m, e)
            or _surname_subject(text, m, e)
        )
    if text[s - 2 : s - 1] in "dn" and _R_AGED.search(text, max(0, s - 16), s):
        return 0 < int(text[s:e]) < 120  # "aged 19", "aged between 25 and 34"
    if text[s - 4 : s - 1] == "age" and _R_AT_AGE_N.search(text, max(0, s - 12), s):
        return 0 < int(text[s:e]) < 120
    if _people_bound_age(text, s, e):
        return 0 < int(text[s:e]) < 120  # "people over 65", "those aged over 80,"
    if _people_then_bound_age(text, s, e) or _be_then_bound_age(text, s, e):
        return 0 < int(text[s:e]) < 120  # "Adults 60 and older", "was 65 or older"
    if "est" in text[max(0, s - 60) : s] and _oldest_age(text, s, e, after):
        return 0 < int(text[s:e]) < 120
    if en_age_clause(text, s, e):
        return 0 < int(text[s:e]) < 120  # "The state pension age will rise from 66 to 67"
    if s >= 3 and text[s - 3 : s - 1] == "At" and after == "," and _R_SENTENCE_AT.search(text, max(0, s - 6), s):
        # "At 70, you are still young": an age opening the sentence.
        return 0 < int(text[s:e]) < 120 and not _R_DIGIT_NEXT.match(text, e)
    if text[s - 3 : s - 1] == "of" and _R_AT_THE_AGE_OF.search(text, max(0, s - 20), s):
        return 0 < int(text[s:e]) < 120
    if text[s - 7 : s - 1] == "age of" and _R_LIMIT_AGE_OF.search(text, max(0, s - 40), s):
        return 0 < int(text[s:e]) < 120 and not _counted_after(text, e)  # "an EU-wide minimum age of 16 for"
    # "would have turned 100 on Sunday", "turns 50 today"; "the defendant's age, 18 at the time".
    if _turned_age(text, s, e) or _reached_age(text, s, e):
        return 0 < int(text[s:e]) < 120
    if at_age(text, s, e):
        return 0 < int(text[s:e]) < 120
    if text[s - 2 : s - 1] in "er" and _R_RETIRE_BOUND.search(text, max(0, s - 24), s) and _R_AFTER_AGE.match(text, e):
        return 0 < int(text[s:e]) < 120  # "people who retire before 67", "retiring after 65,"
    if text[s - 3 : s - 1] == "at" and _R_WHO_AT.search(text, max(0, s - 8), s) and _R_AFTER_WHO_AT.match(text, e):
        return 0 < int(text[s:e]) < 120  # "Harold Fensome, who at 18 carried documents for the prosecution"
    if text[s - 3 : s - 1] == "at" and life_event_at_age(text, s, e):
        # "published her first novel at 41, after", "moved to Los Angeles at 24 with $40".
        return 0 < int(text[s:e]) < 120
    if text[s - 2 : s - 1] in "msa" and _R_I_AM.search(text, max(0, s - 8), s) and _R_I_AM_END.match(text, e):
        return 0 < int(text[s:e]) < 120  # "I'm 61, I've got diabetes", "I was 19 when"
    was = text[s - 4 : s - 1] in ("was", "ere") and _R_WAS_WHEN.match(text, e)
    if was and _R_WAS_BEFORE.search(text, max(0, s - 20), s):
        return 0 < int(text[s:e]) < 120  # "the oldest was 88 when she handed over her savings" (batch 407)
    if (be_age(text, s, e, _EN_PERSON_NOUNS) or then_age(text, s, e, _EN_PERSON_NOUNS)) and 0 < int(text[s:e]) < 120:
        return True  # "She was 91.", "Lenz, then 41, is arrested"
    if text[s - 2 : s - 1] in "trm" and _superlative_age(text, s, e):
        return 0 < int(text[s:e]) < 120  # "the youngest of them 34 and the oldest 79" (batch 439)
    if text[s - 5 : s - 1] in ("over", "nder") and _R_WAS_BOUND_BEFORE.search(text, max(0, s - 60), s):
        return 18 <= int(text[s:e]) < 120 and _R_AFTER_AGE.match(text, e) is not None  # "one in five was over 60"
    if text.endswith(_PLURAL_AGE_LINKS, max(0, s - 4), s) and plural_ages(text, s, e, _EN_PLURAL_PERSONS):
        return 0 < int(text[s:e]) < 120  # "The men, 58 and 62, had been", "The teens ... were 15 and 17,"
    if after != ",":
        # The last age of a list ends the sentence: "named as Smith, 58, and Jones, 61."
        if after in ".;" and text[s - 2 : s] == ", ":
            prev = _R_LIST_PREV.search(text, max(0, s - 60), s)
            if prev is not None:
                return 0 < int(text[s:e]) < 120 and _is_age(text, *prev.span(1), lang)
            # "..., said farmer Gurpreet Singh, 52.": the speaker's age ends the sentence.
            if _R_SAID_NAME_END.search(text, max(0, s - 80), s) is not None:
                return 0 < int(text[s:e]) < 120
            # "set a non-parole period of six years for Bradley Kinsella, 63." (batch 407; "in the death of
            # Curtis Rambeau, 41." alone stays none, batch 344)
            if _R_PREP_FULL_NAME_END.search(text, max(0, s - 60), s) is not None:
                return 0 < int(text[s:e]) < 120
            # "Travis Eggleston, 38, ... in the death of Curtis Rambeau, 41.": a second person's age after an
            # earlier one in the sentence (batch 344).
            return (
                0 < int(text[s:e]) < 120
                and _R_FULL_NAME_END.search(text, max(0, s - 40), s) is not None
                and _R_EARLIER_AGE.search(text, max(0, text.rfind(". ", 0, s) + 1), max(0, s - 4)) is not None
            )
        return False
    if _R_DIGIT_NEXT.match(text, e):
        return False
    m = _R_APPOSITION.search(text, max(0, s - 30), s)
    person = m is not None and (m.group(1)[0].isupper() or m.group(1).lower() in _EN_PERSON_NOUNS)
    return person and 0 < int(text[s:e]) < 120 and not _is_tally_list(text, m.start(1), e)


_R_PREP_FULL_NAME_END = re.compile(
    r"(?<![\w])(?:for|against)[ \u00a0]+[A-Z][a-z]+(?:[ \u00a0]+[A-Z][\w'’\-]+){1,2},[ \u00a0]$"
)
# (a person before "was": a pronoun, "the oldest", a name, or an apposition's closing comma)
# "the youngest of them 34 and the oldest 79": a superlative of age before a bare figure.
_R_SUPERLATIVE_AGE_BEFORE = re.compile(
    r"(?i)(?<![\w])the[ \u00a0]+(?:youngest|oldest|eldest)(?:[ \u00a0]+of[ \u00a0]+them)?[ \u00a0]+$"
)


def _superlative_age(text: str, s: int, e: int) -> bool:
    return _R_SUPERLATIVE_AGE_BEFORE.search(text, max(0, s - 30), s) is not None and _R_AFTER_AGE.match(text, e)


# "about one in five was over 60", "most of the victims were under 30": people, or a share of them,
# bounded by age.
_R_WAS_BOUND_BEFORE = re.compile(
    r"(?i)(?:(?<![\w])one[ \u00a0]+in[ \u00a0]+\w+"
    r"|(?<![\w])(?:half|third|quarter|most|many|all|none)(?:[ \u00a0]+of[ \u00a0]+(?:them|the[ \u00a0]+\w+))?"
    r"|(?<![\w])(?:victims|pilgrims|people|residents|patients|passengers|voters)"
    r")[ \u00a0]+(?:was|were|is|are)[ \u00a0]+(?:over|under)[ \u00a0]+$"
)
_R_WAS_BEFORE = re.compile(
    r"(?:(?<![\w])(?:he|she|I|oldest|youngest|eldest|[A-Z][a-z]+)|\d,)[ \u00a0](?:was|were)[ \u00a0]$"
)
_R_WAS_WHEN = re.compile(r"[ \u00a0]+when(?![\w])")


# The next pair of a list "Norway, 16, Germany, 12": a name and a number after the comma.
_R_LIST_NEXT = re.compile(
    r",[ \u00a0]+(?:and[ \u00a0]+|the[ \u00a0]+)?[A-Z][\w'’\-]*(?:[ \u00a0][A-Z][\w'’\-]*)?,[ \u00a0]\d{1,3}\b"
)


# The pair before the last of a list: "Smith, 58, and Jones, " or "Smith, 67, and his wife, ".
_R_LIST_PREV = re.compile(
    r"(?<![\w])(\d{1,3}),[ \u00a0]+(?:and[ \u00a0]+)?(?:the[ \u00a0]+)?(?:[A-Z][\w'’\-]*(?:[ \u00a0][A-Z][\w'’\-]*)?"
    r"|(?:his|her|their)[ \u00a0][a-z]+),[ \u00a0]$"
)
# Before a list, words that say it names people: "said Smith, 58, and Jones, 61."
_R_PEOPLE_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:said|says|told|named|identified|victims?|dead|suspects?|defendants?|accused|brothers"
    r"|sisters|sons|daughters|couple|parents|men|women|children|survivors|hostages)(?![\w])"
)
# A verb of saying, up to two lower-case words (a role, perhaps after a place of one or two words: "said Bogo
# resident", "said Huntington Beach resident"; or "said one of them, "), then a name (a surname alone too:
# "said Pugh, 58.") and the comma.
_R_SAID_NAME_END = re.compile(
    r"(?<![\w])(?:said|says|told[ \u00a0]+[a-z]+|added)[ \u00a0]+(?:[a-z]+(?:[ \u00a0][a-z]+){0,3},[ \u00a0])?"
    r"(?:(?:[A-Z][a-z]+[ \u00a0]+){1,2}(?=[a-z]))?"
    r"(?:[a-z]+(?:-[a-z]+)?[ \u00a0]+){0,2}"  # ("said Duluth bait-shop owner Carl Ostrowski, 58.")
    r"[A-Z][a-z'’\-]+(?:[ \u00a0][A-Z][a-z'’\-]+){0,4},[ \u00a0]$"
)
_R_FULL_NAME_END = re.compile(r"(?<![\w])[A-Z][a-z'’\-]+[ \u00a0][A-Z][a-z'’\-]+,[ \u00a0]$")
_R_EARLIER_AGE = re.compile(r"(?<![\w])[A-Z][a-z'’\-]+[ \u00a0][A-Z][a-z'’\-]+,[ \u00a0]\d{1,2},[ \u00a0]")
_R_DE_OLDEST = re.compile(
    r"(?<![\w])(?:[Dd]er|[Dd]ie|[Dd]as|den|dem)[ \u00a0]+(?:älteste|jüngste)n?[ \u00a0]+"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+[ \u00a0]+)?"
    r"(?:(?:sei|ist|war)[ \u00a0]+)?$"
)
_R_WHO_AT = re.compile(r"(?<![\w])who[ \u00a0]+at[ \u00a0]$")
_R_AFTER_WHO_AT = re.compile(r"[ \u00a0]+(?:was|had|became|[a-z]+ed)(?![\w])|,")
_R_INITIAL_NAME = re.compile(r"(?<![\w])[A-ZÄÖÜ][a-zäöüß]+[ \u00a0][A-ZÄÖÜ]\.,[ \u00a0]$")


def _is_tally_list(text: str, name_start: int, e: int) -> bool:
    """Whether the number ending at ``e`` opens a list "Name, N, Name, N" whose last number
    ends the clause: a medal table or seat count. Ages in a list close with a comma before
    the verb ("Smith, 58, and Jones, 61, were charged"), or follow words that say the list
    names people ("The victims were named as Smith, 58, and Jones, 61.")."""
    end, pairs = e, 0
    while (m := _R_LIST_NEXT.match(text, end)) is not None:
        end, pairs = m.end(), pairs + 1
    if pairs == 0 or text[end : end + 1] == ",":
        return False
    lo = max(0, name_start - 60)
    cut = text.rfind(". ", lo, name_start)
    return _R_PEOPLE_BEFORE.search(text, cut + 1 if cut >= 0 else lo, name_start) is None


# German full names before an age ("Peter Huber, 61,"): a capital is no proof of a name in
# German, so a name needs evidence: a known first name, a role noun or title before it
# ("Bürgermeisterin Anna Maier, 54,", "Bürgermeister Huber, 61,"), or two capitalised words
# and a verb of saying or a passive after the age ("Jelena Kovačević, 38, sagte").
_DE_FIRST_NAMES = frozenset(
    word_list("""
    adam adrian albert alexander alexandra alfred alois andrea andreas angela angelika anita anja anna
    anton antonia barbara beate benedikt benjamin bernd bernhard bettina birgit brigitte carina carmen
    caroline christa christian christiane christina christine christoph christopher claudia cornelia
    daniel daniela david denise dennis dieter dietmar dominik doris dorothea edith elena elias elisabeth
    elke emil emma erich erika erwin eva fabian felix florian franz franziska friedrich gabriele georg
    gerald gerda gerhard gertrud gisela greta gudrun günter günther hannah hannes hans harald heidi
    heike heinrich heinz helena helga helmut herbert hermann hilde horst hubert ilse ingrid irene iris
    isabella jakob jan jana jens jessica johann johanna johannes jonas josef julia julian jürgen
    karin karl karoline katharina kathrin katrin klara klaus konrad kurt lara laura lea lena leon leonie
    leopold lisa luisa lukas manfred manuel manuela margit maria marie marion markus marta martin
    martina matthias max maximilian melanie michael michaela monika nadine natalie nicole niklas nina
    norbert olaf oliver otto patrick paul paula peter petra philipp rainer ralf regina reinhard renate
    robert roland rudolf sabine sandra sarah sebastian silke simon simone sonja stefan stefanie stephan
    susanne sven tanja theresa thomas tobias ulrich ulrike ursula ute valentin verena walter werner
    wilhelm wolfgang yvonne
    """)
)
_DE_TITLES = frozenset(word_list("herr herrn frau dr. prof. mag. ing. dipl.-ing."))
# Capitalised at the start of a sentence, never a given name: "Die Fähre, 40, wurde gebaut".
_DE_FUNCTION_WORDS = frozenset(
    word_list("""
    der die das den dem des ein eine einer eines einem einen kein keine keinen dieser diese dieses
    jener jene sein seine ihr ihre unser unsere auch auf aus bei für im in am an mit nach seit von vom
    zum zur laut über unter vor hinter neben gegen ohne um bis dann doch nur noch schon so wie als
    """)
)
_DE_PARTICLES = frozenset(word_list("von van de der den zu vom zur"))
_R_DE_VERB_AFTER = re.compile(
    r",[ \u00a0]+(?:sagte|sagt|erklärte|erklärt|meinte|betonte|berichtete|schilderte|schwieg|gestand"
    r"|bestritt|starb|wurde|wurden)(?![\w])"
)
# The next pair of a list "Wien, 12, Graz, 8": one or two capitalised words and a number.
_R_LIST_NEXT_DE = re.compile(
    r",[ \u00a0]+(?:und[ \u00a0]+)?[A-ZÄÖÜ][\w\-]*(?:[ \u00a0][A-ZÄÖÜ][\w\-]*)?,[ \u00a0]\d{1,3}\b"
)


def _is_name_word(word: str) -> bool:
    """A capital, then lower-case letters ("Huber", "Kovačević", "Müller-Lüdenscheidt")."""
    return all(p[:1].isupper() and p[1:].isalpha() and p[1:].islower() for p in word.split("-"))


def _names_one_de(low: str) -> bool:
    """A given name, a title or a role, the word before a surname."""
    return low in _DE_FIRST_NAMES or _is_title_or_role_de(low)


def _is_title_or_role_de(low: str) -> bool:
    """ "herr", "dr.", "bürgermeisterin": a word that may stand right before a German name."""
    return low in _DE_TITLES or _R_DE_PERSON.search(low) is not None


def _is_de_name(text: str, s: int, e: int) -> bool:
    """Whether the words before ", N," (an age between commas, German) name a person."""
    words = text[max(0, s - 80) : s - 2].split()[-5:]
    if len(words) < 2 or not _is_name_word(words[-1]):
        return False
    i = len(words) - 2
    while i > 0 and words[i] in _DE_PARTICLES:
        i -= 1
    given = words[i]
    before = words[i - 1].lower() if i > 0 else ""
    if _is_title_or_role_de(given.lower()):
        return True  # "Bürgermeister Huber, 61,": a role noun or title right before the name
    if _is_name_word(given):
        if given.split("-")[0].lower() in _DE_FIRST_NAMES:
            return not _is_de_tally(text, e)
        if _is_title_or_role_de(before):
            return True
        if given.lower() not in _DE_FUNCTION_WORDS and _R_DE_VERB_AFTER.match(text, e) is not None:
            return True
        if i > 0 and _is_name_word(words[i - 1]):
            # "Bürgermeister Karl Heinz Maier" or "Anna Maria Maier": the word before the given name
            before = words[i - 2].lower() if i > 1 else ""
            first = words[i - 1].split("-")[0].lower()
            return first in _DE_FIRST_NAMES or _is_title_or_role_de(before)
    return False


# "Rehm, 57, der das Unternehmen führt": a lone surname with an age, then the relative pronoun
# of a person ("der"/"die") opening a clause (a lower-case word after it). The name stands
# without an article or preposition before it ("Die Firma, 40, die ..." is no person), and is
# no month, weekday or abstract noun ("-ung", "-heit", "-keit", "-schaft", "-tion").
_R_PERSON_RELATIVE_AFTER = re.compile(r",[ \u00a0]+(?:der|die)[ \u00a0]+[a-zäöüß]")
_R_NOT_A_NAME_DE = re.compile(
    r"(?:ung|heit|keit|schaft|tion|tät|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$"
)
_R_NAME_OPENS = re.compile(r"(?:^|[.!?:;\"„“”«»(\n–—-][ \u00a0]*|(?<![\w])[a-zäöüß]+[ \u00a0]+)$")


def _could_be_surname(name: str) -> bool:
    low = name.lower()
    return (
        _is_name_word(name)
        and low not in _DE_FUNCTION_WORDS
        and low not in _MONTHS
        and low not in _IDENTIFIER_LOWER
        and _R_NOT_A_NAME_DE.search(low) is None
    )


def _surname_relative(text: str, m: re.Match, e: int) -> bool:
    if not _could_be_surname(m.group(1)) or _R_PERSON_RELATIVE_AFTER.match(text, e) is None:
        return False
    opens = _R_NAME_OPENS.search(text, max(0, m.start(1) - 30), m.start(1))
    if opens is None:
        return False
    word = opens.group(0).strip(" \u00a0").lower()
    return not word.isalpha() or word not in _DE_FUNCTION_WORDS  # "sagte Rehm, 57, der", not "von Rehm"


# "Sellmer, 34, ist die jüngste Preisträgerin": a surname opening the sentence (or after a dateline),
# the age between commas, then a lower-case word (a verb: German nouns are capitalised), not a
# conjunction of a tally ("Tirol, 34, und Salzburg, 12, meldeten").
_R_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:][\"“”»«]?[ \u00a0]+|[-–][ \u00a0]+)$")
_R_LOWER_NEXT = re.compile(r",[ \u00a0]+(?!(?:und|oder|sowie|bzw|bis|vor|nach|gefolgt)(?![\wäöüß]))[a-zäöüß]")


def _surname_subject(text: str, m: re.Match, e: int) -> bool:
    return (
        _could_be_surname(m.group(1))
        and _R_LOWER_NEXT.match(text, e) is not None
        and _R_SENTENCE_OPENS.search(text, max(0, m.start(1) - 4), m.start(1)) is not None
    )


def _is_de_tally(text: str, e: int) -> bool:
    """A list "Maria Enzersdorf, 12, Mödling, 8." whose last number ends the clause: counts."""
    end, pairs = e, 0
    while (m := _R_LIST_NEXT_DE.match(text, end)) is not None:
        end, pairs = m.end(), pairs + 1
    return pairs > 0 and text[end : end + 1] != ","

