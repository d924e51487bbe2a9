"""Opinion in the writer's or a speaker's own voice (-0.35): belief, exhortation, appeals, a bare assertion
before a colon, vague change, a concession, a maxim; and weaker signs (-0.15): a view, one put down to an
unnamed many, a generic truth."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from . import evidence
from .classes import TIME
from .evidence import _event_word
from .phrases import _Phrases

# Bound by assignment, not by import, for faster method calls (see score.py).
_DE_TIME_AHEAD = evidence._DE_TIME_AHEAD

# First-person belief, pride or thanks ("ich glaube", "we are proud", "I have ever").
_BELIEF = _Phrases(
    r"\b(?:ich|wir)\s+(?:glaube|glauben|denke|denken|finde|finden|meine|hoffe|hoffen"
    r"|bin\s+(?:überzeugt|stolz|sicher)|sind\s+(?:überzeugt|stolz|sicher))\b"
    r"|\b(?:i|we)\s+(?:think|believe|feel|hope|am\s+(?:convinced|proud|sure)|are\s+(?:convinced"
    r"|proud|sure)|'m\s+proud|’m\s+proud|'re\s+proud|’re\s+proud)\b"
    r"|\bmeiner\s+(?:meinung|ansicht)\s+nach\b|\bmeines\s+erachtens\b|\bin\s+my\s+(?:view|opinion)\b"
    r"|\bstolz\s+auf\b|\bproud\s+of\b"
    # Thanks ("Ich danke allen Helfern") and a superlative of one's own ("the best squad I have
    # ever coached", "die beste Mannschaft, die ich je trainiert habe").
    r"|\b(?:ich|wir)\s+(?:danke|danken)\b|\b(?:i|we)\s+(?:want\s+to\s+|would\s+like\s+to\s+)?thank\b"
    r"|\b(?:i|we)(?:\s+(?:have|had)|['’]ve)\s+ever\b|\b(?:ich|wir)\s+(?:jemals|je)\b"
)
# A memory of one's own ("Ich erinnere mich noch gut an ...", "I still remember ...", "I will never forget"),
# not a memory denied ("Ich erinnere mich an kein Gespräch", "I don't remember signing it"): -0.35 as
# belief, and in a quote its figure is no evidence ("“I still remember my first day”", see quoted.py).
_MEMORY = _Phrases(
    r"\b(?:ich\s+erinnere\s+mich|wir\s+erinnern\s+uns|erinnere\s+ich\s+mich|erinnern\s+wir\s+uns)\s+(?:noch\s+)?"
    r"(?:gut|genau|gern|gerne|lebhaft|deutlich|bis\s+heute|noch)\b|\bich\s+weiß\s+noch\s+(?:genau|gut)\b"
    r"|\b(?:i|we)\s+(?:still|can\s+still|will\s+always|clearly|vividly|fondly)\s+remember\b"
    r"|\b(?:i|we)\s+remember\s+(?:it\s+)?(?:vividly|clearly|fondly|well)\b"
    r"|\b(?:i|we)\s+(?:will\s+|shall\s+)?never\s+forget\b|\b(?:ich|wir)\s+(?:werde|werden)\s+(?:\w+\s+)?nie\s+vergessen\b"
)
# Exhortation ("Lasst uns", "we must", "Es ist höchste Zeit").
_EXHORT = _Phrases(
    r"^[\s„“\"»«]*(?:lasst\s+uns|lassen\s+sie\s+uns|let\s+us|let's|let’s)\b"
    r"|\b(?:wir|we)\s+(?:müssen|must|need\s+to|have\s+to|sollten|should)\b"
    # (not an order with its deadline or penalty: "must end the practice within 60 days or pay ...")
    r"|\bmuss\s+(?:jetzt\s+|nun\s+)?endlich\b|\bmust\s+(?:stop|end|be\s+stopped)\b"
    r"(?![^.;!?]*\b(?:within\s+\d|by\s+(?:the\s+end|january|february|march|april|may|june|july|august|september"
    r"|october|november|december)|or\s+(?:pay|face))\b)"
    r"|^[\s„“\"»«]*(?:aller)?höchste\s+zeit\b|^[\s„“\"»«]*high\s+time\b"
    r"|\b(?:es\s+ist|es\s+wird)\s+(?:aller)?höchste\s+zeit\b|\b(?:it\s+is|it's|it’s)\s+(?:high\s+time\b|time\s+(?:to|for|that|we)\b)"
)
# Appeals without a "we" ("Es braucht jetzt Mut", "Nobody should have to choose", "Fans
# deserve better"), wishes ("Hoffentlich ...", "Hopefully ...") and an opening stance
# ("Frankly, ...", "Ehrlich gesagt ..."): own patterns with their own trigger words.
_APPEAL = _Phrases(
    r"\b(?:es\s+braucht|wir\s+brauchen|we\s+need)\s+(?:jetzt|endlich|dringend|now|urgently)\b"
    r"|\b(?:nobody|niemand)\s+(?:should|sollte|müsste)\b|\bhoffentlich\b|^[\s„“\"»«]*hopefully\b"
    r"|\bdeserves?\b|^[\s„“\"»«]*(?:frankly|honestly|ehrlich\s+gesagt|offen\s+gesagt)\b"
    # An opening guess or concession ("Perhaps the most remarkable thing ...", "Vielleicht ...").
    r"|^[\s„“\"»«]*(?:perhaps|arguably|maybe|admittedly|undoubtedly|vielleicht|womöglich|sicherlich|freilich)\b"
    # The readers told what to do ("Readers should ask themselves", "Leser sollten ...").
    r"|\b(?:readers|leser|leserinnen)\s+(?:should|must|sollten|müssen)\b"
    # What must concern everyone ("... dürfen niemandem gleichgültig sein", "kann auf Dauer niemandem guttun").
    r"|\b(?:darf|dürfen|sollte|sollten|kann|können)\s+(?:\w+\s+){0,2}?(?:niemandem|niemanden|keinem|keinen|uns\s+nicht)"
    r"\s+(?:\w+\s+){0,2}?(?:gleichgültig|egal|gut\s*tun|guttun)\b"
)
# A German hortative opens the sentence ("Vergessen wir nicht, ...", "Seien wir ehrlich"): run
# only where "wir" is the second word.
_HORTATIVE = re.compile(r"[\s„“\"»«]*[A-ZÄÖÜ][a-zäöüß]+en\s+wir\b")
# A bare assertion opening the sentence before a colon ("Eines steht fest:", "Klar ist:", "One
# thing is certain:"): commentary on what follows, unless a figure follows.
_FRAME = re.compile(
    r"(?i)[\s„“\"»«]*(?:(?:eines|eins|so\s+viel|soviel|one\s+thing|this\s+much)\s+(?:ist|steht|is)"
    r"|(?:fest|klar|sicher)\s+(?:steht|ist)"
    # "Auch im Fußball gilt:", "Hier gilt:", "Es gilt:": a rule of thumb follows.
    r"|(?:auch|hier|dabei|doch|denn|schon|es|und|so)\s+(?:[\wäöüß]+\s+){0,3}?gilt)"
    r"\s*(?:fest|klar|sicher|gewiss|certain|clear|sure)?\s*:"
)
# Change or sameness without saying what ("Zehn Jahre danach ist vieles anders", "Much has
# changed"): -0.35 where no digit names a figure.
_VAGUE_CHANGE = _Phrases(
    r"\b(?:vieles|manches|einiges|nichts|much|nothing|alles|everything)\s+(?:[\wäöüß]+\s+){0,3}?"
    r"(?:anders|verändert|geändert|gleich\s+geblieben|changed|different|the\s+same)\b"
    # A mood, not a finding ("anything seemed possible", "alles schien möglich"), and talk of
    # nothing else ("wird über nichts anderes geredet", "people talk of nothing else").
    r"|\b(?:anything|everything|alles)\s+(?:seemed|seems|schien|scheint)\s+(?:\w+\s+)?(?:possible|möglich)\b"
    r"|\büber\s+nichts\s+anderes\s+(?:mehr\s+)?(?:geredet|gesprochen|diskutiert)\b"
    r"|\b(?:talk\w*|spoke|speak\w*)\s+(?:of|about)\s+nothing\s+else\b"
)
_DIGIT = re.compile(r"\d")
# A concession or stance opening the sentence ("Gewiss, ...", "Zugegeben, ...", "To be fair, ...", "Of
# course, ..."): the writer weighs in; -0.35 without a figure or an attribution.
_CONCESSION = re.compile(
    r"(?i)[\s„“\"»«]*(?:(?:gewiss|zugegeben(?:ermaßen)?|natürlich|selbstverständlich|to\s+be\s+(?:fair|sure|honest)"
    r"|in\s+(?:all\s+)?fairness|of\s+course|needless\s+to\s+say|truth\s+be\s+told)\b"
    r"|(?:sicher|klar|sure|granted|true|fair\s+enough)\s*,)"
)
# The first words of _CONCESSION: a sentence opening on another need not run it.
_CONCESSION_FIRST = frozenset(
    word_list("""
    gewiss zugegeben zugegebenermaßen natürlich selbstverständlich to in of needless truth sicher klar sure
    granted true fair
    """)
)
# A maxim with a generic subject ("Wer mit Moskau verhandelt, braucht Geduld", "Anyone who
# negotiates with Moscow needs patience", "He who hesitates is lost"): -0.35 without a figure, a
# time, an event or an attribution ("Wer die Prüfung besteht, erhält ab 2026 ein Zertifikat" states a rule).
_MAXIM = re.compile(
    r"[\s„“\"»«]*(?:Wer\s[^,;:?]+,\s*(?:der\s+|die\s+|dem\s+|den\s+)?[a-zäöüß]"
    r"|(?:Anyone|Anybody|Everyone|Everybody|Those|He|She)\s+who\s|Whoever\s)"
)
# The first words of _MAXIM, lower-cased.
_MAXIM_FIRST = frozenset(word_list("wer anyone anybody everyone everybody those he she whoever"))
# Seeing one thing as another ("sieht in dem Gesetz einen Anschlag auf ...", "sees the bill as an
# attack on ..."): a view, -0.15 where it is the whole sentence (_views_only()).
_VIEW = re.compile(
    r"(?i)\b(?:sieht|sehen|sah|sahen)\s+in\s+(?:[\wäöüß-]+\s+){1,4}?(?:einen|eine|ein)\s"
    r"|\b(?:sees|see|saw)\s+(?:[\w'’-]+\s+){1,4}?as\s+(?:an?|the)\s"
)
# A clause boundary: what follows a view or a no-comment line reports more.
_CLAUSE_AFTER = re.compile(r"[,;:–—]|\s(?:und|and|but|aber|while|während|nachdem|after)\s")
# "Für viele im Dorf ist ...", "For many, ...", "To most in the town ...": a view put down to an
# unnamed many opens the sentence; without an event, figure or source it weighs -0.15.
_FOR_MANY = re.compile(
    r"(?i)[\s„“\"»«]*(?:für|for|to)\s+(?:viele|manche|die\s+meisten|many|most|some)"
    r"(?=\s*,|\s+(?:im|in|an|am|auf|of|at|ist|sind|war|waren|bleibt|is|are|was|were)\b)"
)
_FOR_WORDS = frozenset(["für", "for", "to"])
# A bare plural opening the sentence, then a verb in the simple present (not an auxiliary, an
# "-ed" or "-ing" form or a function word), perhaps after an "-ly" adverb: see features().
_GENERIC_SUBJECT = re.compile(
    r"[\s„“\"»«]*(?!(?:Its|Was|Has|Yes|As|Does|Perhaps|Sometimes|Besides|Towards|Afterwards|Always|Whereas)\b)"
    r"[A-Z][a-z]+s(?<![isu]s)\s+(?:[a-z]+ly\s+)?"
    r"(?!(?:are|were|is|was|have|has|had|will|would|can|could|should|must|may|might|do|does|did|of|in|on|at"
    r"|from|for|and|or|with|to|the|who|which|that|near|across|after|before|under|over|into|around|including"
    r"|such|like|than|as|by|against|without|but|also|not|now|still|said|say|says)\b)[a-z]+(?<!ed)(?<!ing)\b"
)


def _views_only(text: str) -> bool:
    """The sentence states a view and nothing after it: no clause follows the seen thing ("Die
    Polizei sieht in dem Brand einen Anschlag und ermittelt ..." reports an investigation)."""
    m = _VIEW.search(text)
    return m is not None and not _CLAUSE_AFTER.search(text, m.end())


def _maxim(text: str, found: set[str] | frozenset[str], bits: int, lang: str | None) -> bool:
    """A maxim with a generic subject and no event verb or time (see _MAXIM)."""
    if bits & TIME or _MAXIM.match(text) is None or _event_word(found, bits, lang):
        return False
    return lang != "de" or _DE_TIME_AHEAD.search(text) is None
