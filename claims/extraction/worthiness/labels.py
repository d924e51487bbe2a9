"""A speaker's label for a thing (-0.35 in features(), never beside a figure): what someone called it is their
word for it, not a fact about it.

  - German "sprach von" and a noun phrase that is the rest of the sentence ("Die Freiheitlichen sprachen von
    einem Skandal", "Der Sportdirektor sprach von einem perfekten Saisonstart", "Die Linke sprach von
    Armutspolitik mit dem Rasenmäher"); not where the noun names what happened, its cause or its victims
    ("Die Polizei sprach von einem Anschlag", "von einem technischen Defekt", "von einer Tat im Affekt", "von
    gezielten Angriffen auf Kämpfer", "von „vereinzelten“ Treffern": the nouns in any case and number), nor
    where the sentence goes on to report an act or a time ("... und plädiert auf Totschlag", "..., die am
    Montag fortgesetzt würden").
  - German "nannte" an object and a quote, adjectives or a noun phrase ("nannte die Erhöhung „Gift für den
    Handel“"), and "bezeichnete/feierte/wertete/lobte/kritisierte ... als ..." ("feierte die Schau als Ereignis
    des Jahres"); not "nannte als Grund ...", not a separable verb ("werteten Daten ... aus"), not a superlative
    to check ("als das sicherste Bundesland").
  - English "called"/"branded"/"dubbed" an object, then a noun phrase or an adjective that ends the sentence
    ("called the cuts reckless", "called the plan a betrayal of the workforce", "called it another win for
    ..."); not an act that is called ("called a 48-hour strike", "called warning strikes at three plants",
    "called the race for X at 10:41 p.m.", "called for", "called on", "called off").
  - English "described"/"dismissed"/"hailed"/"branded" an object "as" something ("described the price as a sign
    of ...", "dismissed the figures as fearmongering"); not a person described to find them ("described the
    suspect as ..."), not a ruling ("A judge dismissed the case as moot"), not where a report follows ("...
    but said no compromise had been found").
Labels in quotes were weighed before (quotes.py); these are the unquoted ones, and the quoted ones with more
words around the quote.
"""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .lexicon import _DE_ACT_THEN_SPOKE, _DE_EVENT_NOUN, ANNOUNCED_ACTS
from .questions import holds_evidence

# The words that must be in the sentence for any of the shapes (a cheap test before the patterns).
TRIGGERS = frozenset(
    word_list("""
    sprach sprachen spricht sprechen nannte nannten bezeichnete bezeichneten feierte feierten wertete werteten
    lobte lobten kritisierte kritisierten kritisieren called calls dubbed branded labelled labeled described
    describes dismissed dismisses hailed hails
    """)
)

# German: "sprach von" after at most four words ("sprach nach der Entscheidung von"), not "sprach sich" or
# "sprach den Angehörigen ... aus" (the word after the verb is not a pronoun or an article in the dative).
_DE_SPOKE_OF = re.compile(
    r"\b(?:sprach|sprachen|spricht|sprechen)\s+(?!(?:sich|den|dem|ihm|ihr|ihnen|ihn|frei|schuldig)\b)"
    r"(?:[\wäöüß-]+\s+){0,4}?(?:von|vom)\s+"
)
# The rest of the sentence after "sprach von": an article perhaps, then one quote, then its end.
_DE_QUOTE_ONLY = re.compile(
    r"\s*(?:(?:einem|einer|einen|ein|eine|dem|der|den)\s+)?[„“\"»«][^„“”\"»«]+[“”\"«»]\s*[.!]?\s*$"
)
# A day, a moment or a year judged by an adjective ("einem bitteren Tag für ...", "einem schwarzen Tag", "einem
# historischen Moment"): the speaker's label, though "Tag" is a word of time; no digit may follow.
_DE_JUDGED_DAY = re.compile(
    r"(?:einem|einen|einer)\s+(?:[a-zäöüß]+\s+)?[a-zäöüß]+e[nm]\s+(?:Tag|Moment|Augenblick|Jahr|Abend|Morgen)\b[^\d]*$"
)
# An act reported after the label ("und plädiert auf Totschlag", "und kündigte Widerstand an").
_DE_AND_ACT = re.compile(r"\s(?:und|sowie)\s+(?!(?:ein|eine|einem|einer|einen|der|die|das|dem|den)\b)[a-zäöüß]+")

# German "nannte" an object, then a quote, adjectives or an indefinite noun phrase that ends the sentence ("nannte
# die Erhöhung „Gift für den Handel“", "nannte den Sparkurs kurzsichtig und unsozial"); not "nannte als Grund",
# "nannte aber keine Einzelheiten", "nannte die Namen zunächst nicht".
_DE_CALLED = re.compile(
    r"\b(?:nannte|nannten)\s+(?:die|den|das|der|dem|ihn|es|diese[nrms]?|seine[nrms]?|ihre[nrms]?)\s+"
    r"(?:[\wäöüß-]+\s+){0,4}?"
    r"(?:[„»«\"][^„“”»«\"\d]+[“”«»\"]|(?!(?:nicht|zunächst|bisher|noch|auch|ebenfalls|dabei|zuerst|nur)\b)[a-zäöüß]+"
    r"(?:\s+und\s+[a-zäöüß]+)?|(?:ein|eine|einen|einem|einer)\s+[^,;:\d]+)\s*[.!]?\s*$"
)
# "Als Ursache nannte das Unternehmen einen Fehler bei Wartungsarbeiten": naming a cause or a reason is a
# report, no label.
_DE_NAMED_CAUSE = re.compile(
    r"(?i)\bals\s+(?:ursache|grund|gründe|auslöser)\s+(?:\w+\s+)?(?:nannte|nannten)\b"
    r"|\b(?:nannte|nannten)\s+(?:\S+\s+){1,4}?als\s+(?:ursache|grund|auslöser)\b"
)
# German "bezeichnete/feierte/wertete/lobte" an object "als" something ("feierte die Schau als Ereignis des
# Jahres", "werteten die Zahlen als Beleg dafür, dass ..."); not a separable verb ("werteten Daten ... aus"),
# not a superlative, which is a record to check ("als das sicherste Bundesland").
_DE_AS = re.compile(
    r"\b(?:bezeichnete|bezeichneten|feierte|feierten|wertete|werteten|lobte|lobten|kritisierte|kritisierten"
    r"|kritisieren)\s+(?:[\wäöüß-]+\s+){1,6}?als\s+"
)
_DE_PARTICLE_END = re.compile(r"\s(?:aus|an|ab|ein|vor|auf|zu|mit)\s*[.!]?\s*$")
_DE_SUPERLATIVE = re.compile(r"\b(?:das|die|der|den|dem|am)\s+[a-zäöüß]+(?:st|ßt)e[nrs]?\b")

# English: a verb of labelling, an object (a pronoun, or a determiner and up to five words), then the label.
_EN_OBJECT = (
    r"(?:it|them|him|her|this|that|(?:the|his|her|its|their|this|that|these|those|our|[A-Z][\w-]*['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
)
_EN_CALLED = re.compile(
    r"\b(?:called|calls|dubbed|branded|labell?ed)\s+" + _EN_OBJECT + r"\s+[“\"]?"
    r"(?:(?:a|an|another)\s+(?!(?:day|week|month|year|few|couple|second|third|number|total|bit|while|little|lot"
    r"|minute|moment|hour)\b)[^,;:]+"
    # or adjectives that end the sentence ("reckless", "costly and unnecessary"), not a particle or a time
    r"|(?!(?:off|in|out|up|back|down|over|early|late|again|today|yesterday|tonight|twice|once|home|together"
    r"|forward|ahead|away)\b)[a-z]+(?:\s+(?:and|but)\s+[a-z]+)?)[”\"]?[.!]?[”\"]?\s*$"
)
_EN_AS = re.compile(
    r"\b(?:described|describes|dismissed|dismisses|hailed|hails|branded)\s+" + _EN_OBJECT + r"\s+as\s+"
)
# A person described to find them, a court's or a judge's dismissal: checkable.
_EN_PERSON_OR_COURT = re.compile(
    r"\b(?:suspect|suspects|man|woman|men|women|boy|girl|attacker|gunman|driver|victim|assailant|judge|judges"
    r"|court|tribunal|jury|magistrate|himself|herself|themselves)\b"
)
_EN_BUT_REPORTED = re.compile(
    r"\sbut\s+(?:also\s+)?(?:said|says|told|added|confirmed|stressed)\b"
    # (or a plan reported after "and said": "... and said farmers would block the main roads until Friday")
    r"|\sand\s+said\s+(?:that\s+)?(?:[a-z]+\s+){1,3}?(?:would|will)\s+" + ANNOUNCED_ACTS
)
# A report after the label ("... but said no compromise had been found", "and urged the public to ...").
_EN_REPORT_AFTER = re.compile(r"\s(?:and|but)\s+(?:also\s+)?(?:said|says|told|added|warned|urged|confirmed|[a-z]+ed)\b")


# The state of a situation ("described the situation as calm", "sprach von einer angespannten Lage"): a status
# report on the scene, which a reporter can check.
_SITUATION = re.compile(r"(?i)\b(?:situation|lage|stimmung\s+vor\s+ort|conditions\s+on\s+the\s+ground)\b")


def act_before_label(text: str) -> bool:
    """A denial, a demand or a step of record before "und sprach von" (see _DE_ACT_THEN_SPOKE): "Kiew wies
    die Darstellung zurück und sprach von einer „Lüge ...“" reports the rejection; the quote labels beside it."""
    m = _DE_SPOKE_OF.search(text)
    return m is not None and _DE_ACT_THEN_SPOKE.search(text, 0, m.start() + 1) is not None


def spoken_label(text: str, lang: str | None) -> bool:
    """A speaker's label for a thing (see above); the caller checks for a figure and the trigger words."""
    if _SITUATION.search(text):
        return False
    if lang != "en":
        if act_before_label(text):
            # "Die Miliz wies die Vorwürfe zurück und sprach von „Propaganda“", "forderte die Abschaffung ...
            # und sprach von ...": a denial, a demand or a step of record comes first; the label is beside it.
            return False
        m = _DE_SPOKE_OF.search(text)
        if m is not None:
            rest = text[m.end() :]
            if _DE_QUOTE_ONLY.match(rest):
                # "sprach von einem «teuren Bürokratiemonster auf Kosten der KMU»": the quote is the label,
                # whatever its words ("Kosten", "will") would read as outside it.
                return _DE_EVENT_NOUN.search(rest) is None
            return (
                _DE_EVENT_NOUN.search(rest) is None
                and _DE_AND_ACT.search(rest) is None
                # (what follows states an event, a time: "von „konstruktiven Gesprächen“, die am Montag
                # fortgesetzt würden"; a day judged is no time: "von einem bitteren Tag für die Innenstädte")
                and (_DE_JUDGED_DAY.match(rest) is not None or not holds_evidence(rest, lang))
            )
        if _DE_CALLED.search(text) and not _DE_NAMED_CAUSE.search(text):
            return True
        m = _DE_AS.search(text)
        if m is not None:
            rest = text[m.end() :]
            return (
                _DE_PARTICLE_END.search(rest) is None
                and _DE_SUPERLATIVE.search(rest) is None
                and _DE_AND_ACT.search(rest) is None
            )
        if lang == "de":
            return False
    m = _EN_CALLED.search(text)
    if m is not None:
        # (not when a report follows after "but": "called the changes "a step ..." but said territory ... were
        # still unresolved"; "and urged ..." stays the label's own call)
        return _EN_BUT_REPORTED.search(text, m.start()) is None
    m = _EN_AS.search(text)
    return (
        m is not None
        and _EN_PERSON_OR_COURT.search(text) is None
        and _EN_REPORT_AFTER.search(text, m.end()) is None
    )
