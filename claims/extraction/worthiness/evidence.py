"""Evidence of a verifiable statement beyond the word classes: the English past in "-ed", the German
perfect and state passive, a present event with a date ahead, a verb in a stretch of words."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from . import classes, lexicon
from .classes import AUX, FACT, POSITION

# Bound by assignment, not by import, for faster method calls (see score.py).
_CLASSES, _FACT_VERBS_DE = classes._CLASSES, lexicon._FACT_VERBS_DE

# A word of more than five characters ending in "ed" (English past tense), in lower-case text.
_ED_WORD = re.compile(r"ed(?![\w'’])(?<=[\w'’]{6})")
# Auxiliaries and copulas: the past of "to be" and "to have" state no event by themselves ("The
# mood was upbeat", "The watchdog has no teeth"); beside a participle they form the perfect or
# the passive ("has resigned", "was taken", "hat das Gesetz gestoppt"), which is one.
_WEAK_FACT = frozenset(word_list("was were has had have hat haben hatte hatten"))
# The German perfect: a lower-case word in "-t"/"-en" ends the clause after "hat" ("Der Bundesrat
# hat das Gesetz gestoppt."), or stands before a closing "hat" ("..., weil er es verloren hat.").
# Read once per clause, as _de_sein_perfect() reads "ist" (see there): one pattern searched from
# every "hat" read the clause to its end each time, quadratic in the "hat" of a clause.
_DE_HABEN_CLAUSE = re.compile(r"\b(?:hat|haben|hatte|hatten)\b([^,;:.!?]*)")
_DE_PERFECT_LAST = re.compile(
    r"\s(?!nicht\b|jetzt\b|selbst\b|erst\b|längst\b|zuletzt\b)[a-zäöüß]+(?:t|en)[\s„“”\"»«)]*$"
)
_DE_PERFECT_BEFORE = re.compile(r"\s[a-zäöüß]+(?:t|en)\s+(?:hat|haben|hatte|hatten)(?=[\s„“”\"»«)]*(?:[,;:.!?]|$))")
# The perfect with "sein" and the state passive: "ist" ... a participle ends the clause ("Im Zoo
# ist ein Eisbär zur Welt gekommen.", "Die Strecke ist wieder freigegeben."), or the participle
# stands before a closing "ist" ("..., weil er zurückgetreten ist."). A participle here is "ge...t"
# or "ge...en", a separable one ("frei-ge-geben", "zurück-ge-kehrt") or one in "-iert"; not those
# that are adjectives of judgement or mood ("ist gefordert", "angebracht", "gespalten").
_DE_SEIN = frozenset(word_list("ist sind war waren"))
_DE_PART = r"(?:[a-zäöüß]{0,8}ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert)"
# Read once per clause (up to , ; : . ! ?): the first "ist" and the rest of its clause, then the
# clause's last word (any later "ist" of the clause comes before that word too, so it stands for
# all). One pattern "\b(?:ist|...)\b[^,;:.!?]*?\s(participle)(?=end)" was tried from every "ist"
# and read the clause to its end each time: quadratic in the "ist" of a clause.
_DE_SEIN_CLAUSE = re.compile(r"\b(?:ist|sind|war|waren)\b([^,;:.!?]*)")
_DE_SEIN_LAST = re.compile(r"\s(" + _DE_PART + r")[\s„“”\"»«)]*$")
_DE_SEIN_BEFORE = re.compile(r"\s(" + _DE_PART + r")\s+(?:ist|sind|war|waren)(?=[\s„“”\"»«)]*(?:[,;:.!?]|$))")
_DE_SEIN_ADJECTIVES = frozenset(
    word_list("""
    gerecht ungerecht angebracht unangebracht gefordert gefragt gespalten angespannt gedrückt gelungen
    geboten gewohnt gewillt geeignet ungeeignet gelassen gespannt gewiss gestresst genervt geladen
    aufgeregt aufgebracht ausgelassen ausgeglichen gelegen ungelegen verlegen angesehen angemessen
    unangemessen abgehoben ausgezeichnet gesegnet verdient unverdient erwünscht unerwünscht
    berechtigt gerechtfertigt ungerechtfertigt geschockt gerührt beeindruckt begeistert enttäuscht
    überzeugt verwundert verärgert empört besorgt gefangen betroffen gestattet erlaubt verboten
    angesagt ausgeschlossen gereizt gedämpft getrübt aufgeheizt aufgewühlt gelöst gehoben
    """)
)
# A date ahead ("am Montag", "zum Jahresende", "nächste Woche"): beside a present event verb of
# _DE_EVENT_NOW it makes an event; in a maxim it states a rule.
_DE_TIME_AHEAD = re.compile(
    r"\b(?:am|ab|zum|zu|mit|bis|per|im|in\s+der|seit|vom)\s+(?:kommenden\s+|nächsten\s+)?"
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Jahresende|Monatsende"
    r"|Jahreswechsel|Quartalsende|Saisonende|Schulschluss|Frühjahr|Sommer|Herbst|Winter|Jänner|Januar"
    r"|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Ende|Anfang"
    r"|Mitte|Neujahr|\d)"
    r"|\b(?:morgen|übermorgen|heuer|demnächst|nächste\s+Woche|kommende\s+Woche|Ende\s+des\s+Monats)\b"
)
# An English date ahead after a present event verb of lexicon._EN_EVENT_NOW (the verb first: "The
# conference ends on Friday with a vote", "The summit begins in Brussels next week"); read lower-cased.
_EN_EVENT_AHEAD = re.compile(
    r"\b(?:" + "|".join(sorted(lexicon._EN_EVENT_NOW)) + r")\b[^;:!?]{0,80}?\b(?:on\s+(?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)\b|tomorrow|tonight|next\s+(?:week|month|year|weekend|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)\b|later\s+(?:this|next)\s+(?:week|month|year)\b|this\s+(?:weekend|week)\b)"
)
# English "will" is the future, not a stated position.
_WILL = frozenset(["will"])
# A German participle ("gefunden", "diskutiert"): a quote with one reports, it does not judge.
_DE_PARTICIPLE = re.compile(r"ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{3,}iert")
# The words _has_verb() looks at.
_QUOTE_WORD = re.compile(r"[\w'’]+")


def _de_perfect(text: str) -> bool:
    """A German perfect with "haben": a word in "-t"/"-en" ends the clause of a "hat", or stands
    before a "hat" that ends it."""
    last = _DE_PERFECT_LAST.search
    for clause in _DE_HABEN_CLAUSE.finditer(text):
        if last(text, clause.start(1), clause.end()):
            return True
    return _DE_PERFECT_BEFORE.search(text) is not None


def _de_sein_perfect(text: str) -> bool:
    """A German perfect or state passive with "sein": a participle ends the clause of an "ist", or
    stands before an "ist" that ends it; not an adjective of _DE_SEIN_ADJECTIVES."""
    last = _DE_SEIN_LAST.search
    for clause in _DE_SEIN_CLAUSE.finditer(text):
        m = last(text, clause.start(1), clause.end())
        if m and m.group(1) not in _DE_SEIN_ADJECTIVES:
            return True
    return any(m.group(1) not in _DE_SEIN_ADJECTIVES for m in _DE_SEIN_BEFORE.finditer(text))


def _event_word(found: set[str] | frozenset[str], bits: int, lang: str | None) -> bool:
    """A word of the fact verbs, German ones in German ("Fell" is fur), but no "-ed" word or participle,
    which a maxim or a saying uses as an adjective ("are doomed", "leichter unterschrieben als umgesetzt")."""
    return not _FACT_VERBS_DE.isdisjoint(found) if lang == "de" else bool(bits & FACT)


def _has_verb(words: str, *, english_ed: bool) -> bool:
    """A word of the fact, auxiliary or position classes, a German participle, or (``english_ed``)
    an English word in "-ed" (in a quoted adjective it is one: "deeply disappointed")."""
    verbs = FACT | AUX | POSITION
    for w in _QUOTE_WORD.findall(words):
        # A participle is in lower case ("gefunden"; "das Gesicht", "zum Genießen" are nouns).
        if _CLASSES.get(w.lower(), 0) & verbs or _DE_PARTICIPLE.fullmatch(w):
            return True
    return english_ed and _ED_WORD.search(words.lower()) is not None
