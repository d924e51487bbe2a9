"""Quotes that claim nothing checkable (-0.45): a verdict, a feeling in the first person, a greeting,
thanks or a slogan; and evaluative words inside a quote."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from . import amount_record, evaluative
from .evidence import _has_verb
from .lexicon import _DE_ACT_THEN_SPOKE, _DE_EVENT_NOUN, ANNOUNCED_ACTS
from .phrases import _Phrases

# Bound by assignment, not by import, for faster method calls (see score.py).
_EVAL_WORD = evaluative._EVAL_WORD
_AMOUNT_RECORD = amount_record.AMOUNT_RECORD

# Quoted verdicts. A short quote inside the sentence that starts in lower case is the speaker's
# own word for something ("called the plan “reckless”", "sei „ein Schlag ins Gesicht“"): names
# and titles start with a capital ("dem „Bund“"), figures are left to the quantities.
_SCARE_QUOTE = re.compile(r"[„“\"»«](?<=[\w,] .)(?=[a-zäöüß])([^„“”\"»«\d]{1,80}?)[“”\"«»]")
# A verdict in a scare quote is words in lower case ("weltfremd und zynisch", "deeply disappointed")
# or an indefinite noun phrase ("ein Schlag ins Gesicht", "a gift to lobbyists"); a noun without
# one, or a negated one, is quoted as a fact ("noch keine Kompromisslösung" gefunden, "no deal").
_SCARE_VERDICT = re.compile(
    r"(?:ein|eine|einen|einem|einer|a|an)\s|(?!(?:noch\s+|still\s+)?(?:kein\w*|no)\b)[^A-ZÄÖÜ]*$"
)
# A quoted verb phrase in reported speech states what happened, it does not judge ("said demand had
# “exceeded every internal forecast”", "said sales “beat every estimate”"): after a verb of saying, a
# past tense with an object, or a participle after "had"/"has"/"have"; not an adjective ("called the
# plan “misguided”", "said it was “deeply flawed”", "“disappointed but not surprised”").
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|stated|wrote|reported|announced|insisted|noted)\b")
_QUOTED_PAST = re.compile(
    r"(?:[a-z]{4,}ed|beat|broke|fell|rose|grew|hit|took|made|gave|won|lost|cut|led|left|went)\s+(?:the|a|an|every|all"
    r"|its|their|his|her|our|some|any|each|both|more|most|no|far|well)\b"
)
_PERFECT_BEFORE = re.compile(r"\b(?:had|has|have)\s+(?:[a-z]+ly\s+|already\s+|not\s+|never\s+|just\s+)?.$")
_PAST_WORD = re.compile(r"[a-z]{4,}ed\b")
# A reported act in the perfect before the quote: what the quote names is part of a reported event ("said it
# had arrested several fighters and begun an inquiry into “individual violations”", "said the military had
# struck “terrorist targets”"), not the speaker's verdict ("said it had been “a betrayal”"). The quote is no
# object of the act itself ("had developed “a certain immunity”", "had shown “not a flicker of remorse”"
# judge), nor the result of a verb of making ("had left the army “hollowed out”").
_R_REPORTED_ACT_BEFORE = re.compile(
    r"\b(?:said|says|told|reported|announced|stated|added|confirmed)\b(?:\s+that)?\s+[^,;:.!?\"“„]{1,60}?"
    r"\b(?:had|has|have)\s+(?:[a-z]+ly\s+)?(?:been\s+[a-z]{3,}ing|(?!(?:been|left|made|rendered|kept|found|called"
    r"|deemed|become)\b)[a-z]{3,})\s+[^\"“„]*?[a-z]+\s+[\"“„]?$"
)
# A refusal with its reason ("Kyiv rejected the cap as “dictation by the aggressor”"): the rejection is news
# ("dismissed the figures as “fearmongering”" stays a label).
_R_REJECTED_AS = re.compile(r"\b(?:rejected|rejects|refused|turned\s+down)\s+(?:[\w'’-]+\s+){1,5}?as\s+[\"“„]$")


# An act announced before a participle that labels ("said it would appeal, calling the patents “invalid”"):
# the step is news, the label rides on it.
_R_ACT_THEN_CALLING = re.compile(
    r"\bsaid\s+(?:it|he|she|they|the\s+\w+)\s+would\s+" + ANNOUNCED_ACTS
    + r"[^.;:!?\"“„]{0,60},\s+(?:calling|describing|branding|dismissing)\s[^\"“„]*[\"“„]$"
)


def _in_reported_act(text: str, quote_start: int) -> bool:
    """Whether the quote opening at ``quote_start`` is part of a reported act (see above)."""
    return (
        _R_REPORTED_ACT_BEFORE.search(text, max(0, quote_start - 160), quote_start + 1) is not None
        or _R_REJECTED_AS.search(text, max(0, quote_start - 80), quote_start + 1) is not None
        or _R_ACT_THEN_CALLING.search(text, max(0, quote_start - 160), quote_start + 1) is not None
    )
# A quoted verb phrase whose finite verb, the future or a will, stands outside the quote states what someone
# will do, it does not judge: in German an infinitive closes the quote and the clause, "werde"/"wird"/"will"
# stands before it in the clause ("werde ihn „sorgfältig prüfen“, sagte X", "wolle den Schaden „umgehend
# ersetzen“"); in English "will"/"would" stands right before the quote ("would “carefully study” it"). Not
# a modal of judgement or duty ("könne man „so nicht stehen lassen“", "must “act now”"), not a copula
# ("werde „schwierig werden“", "would “be a disaster”", "would “prove costly”"), not an adjective ("zeigte
# sich „sehr zufrieden“").
_DE_MODAL_BEFORE = re.compile(r"\b(?:werde|werden|wird|will|wolle|wollen)\s[^,;:.!?„“”\"»«]*$")
_DE_QUOTED_INFINITIVE = re.compile(r"(?:^|.*\s)(?!(?:sein|werden|bleiben|heißen|gelten)$)[a-zäöüß]{2,}(?:en|ern|eln)$")
_EN_MODAL_BEFORE = re.compile(r"(?:\b(?:will|would|shall)|['’]ll)\s+.$")
_EN_COPULA = frozenset(
    word_list("be been being become becomes remain remains stay stays seem seems prove proves look sound feel")
)
# A time in quotes is a date, not a verdict ("would follow “in the coming months”", "werde „in den
# kommenden Wochen“ entscheiden", "“within days”", "“in due course”"): a preposition of time, up to
# four words of a time's phrase, a unit of time.
_QUOTED_TIME = re.compile(
    r"(?i)(?:in|within|over|by|before|after|until|during|for|innerhalb|binnen|bis|nach|vor|ab|seit|im)\s+"
    r"(?:(?:the|a|an|few|next|coming|near|following|past|last|several|couple|of|end|early|late|den|der|dem|die"
    r"|des|einer|eines|einem|kommenden|nächsten|folgenden|ersten|wenigen|paar|einigen|letzten|nahen|ende"
    r"|anfang|mitte)\s+){0,4}"
    r"(?:days?|weeks?|months?|years?|hours?|decades?|quarters?|future|due\s+course|tagen|wochen|monaten|jahren"
    r"|stunden|jahrzehnten|zukunft|tages|woche|monats|jahres|quartals|frühjahr|sommer|herbst|winter)[\s,.]*"
)
# A term in quotes is named, not judged: after a naming word ("so-called “bathroom bills”", "what
# critics call “...”") or a determiner ("agreed to a “humanitarian pause”", "einen „verfeinerten
# Friedensrahmen“ ausgearbeitet").
_NAMING = re.compile(
    r"(?i)\b(?:so-called|sogenannte[nmrs]?|so\s+genannte[nmrs]?|call|calls|called|dubbed|known\s+as|termed"
    r"|namens|titled|entitled|an?|the|its|their|his|her|our|ein|eine[nmrs]?|der|die|das|den|dem|des"
    r"|seine[nmrs]?|ihre[nmrs]?|unsere[nmrs]?)\s+$"
)
# A whole quote: its words, when they are a verdict, claim nothing that can be checked, whoever
# says them: a copula with an adjective or an indefinite noun phrase and nothing after it
# ("Das war eine überragende Vorstellung", "Our staff have been absolutely phenomenal", "She is
# a true leader"), or a fragment without a verb ("Ein Sieg des Willens", "What a performance").
_QUOTE_SPAN = re.compile(r"[„“\"»«]([^„“”\"»«]{3,300}?)[“”\"«»]")
# A state a reporter can check is no verdict ("„Das Krankenhaus ist überlastet“", "„Die Lage ist ruhig“",
# "“Our hospitals are full”", "“Nobody was hurt”"): a word of _CONDITIONS or a German participle of a state;
# not a feeling ("„Wir sind enttäuscht“", "„Ich bin überwältigt“").
_CONDITIONS = frozenset(
    word_list("""
    stable critical dead alive missing safe open unconscious unchanged free available stabil kritisch tot vermisst
    offen bewusstlos unverändert frei verfügbar rechtskräftig flüchtig
    full voll empty leer intact intakt ruhig calm hurt drunk armed illegal legal rechtswidrig verfassungswidrig
    unconstitutional gültig ungültig valid invalid nichtig void insolvent zahlungsunfähig bankrupt pleite fake
    genuine authentic echt pregnant schwanger operational einsatzbereit vacant
    """)
)
_STATE_PARTICIPLE = re.compile(r"[a-zäöüß]{0,20}(?:ge|ver|be|er|zer|ent|über)[a-zäöüß]{2,}(?:t|en)")
_DE_FEELING_STATE = frozenset(
    word_list("""
    überwältigt erleichtert bewegt erschüttert geschockt gerührt beeindruckt begeistert enttäuscht überzeugt
    verwundert verärgert empört besorgt betroffen verzweifelt erschöpft überrascht bestürzt berührt gespannt
    angespannt gelassen verunsichert verletzt verdient gerecht verlegen verliebt verpflichtet bereit
    """)
)
# Not a participle or a progressive ("closed", "gesperrt", "holding").
_NOT_PARTICIPLE = r"(?![a-zäöüß]*(?:ing|ed|iert)\b|ge[a-zäöüß]+(?:t|en)\b)"
_QUOTED_COPULA = re.compile(
    r"(?:[\w'’-]+\s+){0,4}?[\w-]+(?:\s+(?:ist|war|sind|waren|sei|seien|wäre|is|was|are|were|am|bin"
    r"|(?:has|have|had)\s+been)|['’](?:s|m|re))\s+(?:(?:so|sehr|einfach|wirklich|ganz|absolut|echt|total"
    r"|absolutely|simply|truly|really|just|very|quite|utterly|extremely|incredibly)\s+)*"
    # An adjective, not a participle or a progressive ("is closed", "ist gesperrt", "is holding"),
    # nor one that states a condition ("The patient is stable", "Das Urteil ist rechtskräftig": _CONDITIONS).
    r"(?P<predicate>(?:ein|eine|einen|einem|einer|a|an)\s+[^\d,;:]*"
    r"|" + _NOT_PARTICIPLE + r"(?!(?:" + "|".join(sorted(_CONDITIONS)) + r")\b)[a-zäöüß]+"
    # or two ("I'm heartbroken and angry", "Wir sind traurig und wütend")
    r"(?:\s+(?:and|und|but|aber)\s+" + _NOT_PARTICIPLE + r"[a-zäöüß]+)?)[\s,.!…]*$"
)
# Someone's word for a thing: "sprach von einer „Lehrstunde“", "spoke of a “betrayal”" (without a
# verb inside the quote or after it: a quoted statement is reported, not a label).
_SPOKE_OF = re.compile(
    r"(?i)\b(?:sprach|sprachen|spricht|sprechen|spoke|speaks|talked|talks)\s+(?:von|vom|of)\s+"
    r"(?:(?:einer|einem|einen|eine|ein|a|an)\s+)?(?:[\wäöüß-]+\s+)?[„“\"»«]$"
)
# "I'm", "we're", "I am", "ich bin", "wir sind": a first-person copula (besides the auxiliaries).
_FIRST_PERSON_COPULA = re.compile(r"['’](?:m|re)\s|\b(?:I\s+am|[Ii]ch\s+bin)\s")
# Participles with a prefix ("fortgesetzt", "abgesagt") and the Konjunktiv of reported speech; an act of
# record joined by "und" ("... „Kniefall vor der Autolobby“ und kündigten an, gegen den Entwurf zu stimmen").
_VERB_AFTER = re.compile(
    r"\b[a-zäöüß]+ge[a-zäöüß]{2,}(?:t|en)\b|\b(?:würden?|wären?|hätten?|sei|seien)\b"
    r"|\bund\s+(?:kündigten?|forderten?|verlangten?|drohten?|reichten|reichte|beantragten?|riefen|rief|zogen|zog"
    r"|legten?|stimmten?|kündigt|fordert|verlangt|droht)\b"
)
_QUOTED_FRAGMENT = re.compile(
    r"(?i:ein|eine|einen|a|an|what\s+an?|was\s+für|welch|herzlichen|congratulations|thank)\s+[^\d]*$"
)
# A feeling in the first person inside a quote ("„Heute Nacht schlafe ich endlich gut“", "“I still
# can't take it in”", "„Ich kann es nicht fassen“"): what the speaker feels, not a fact, even
# beside a figure ("zum ersten Mal seit Wochen").
_FEELING = _Phrases(
    r"\b(?:i|we)\s+(?:still\s+|just\s+|really\s+|simply\s+)?(?:can['’]?t|cannot|couldn['’]t|could\s+not)\s+"
    r"(?:\w+\s+)?(?:take\s+it\s+in|believe\s+(?:it|this|that|what)|put\s+(?:it\s+)?into\s+words|describe)"
    r"|\b(?:i|we)\s+(?:[\w'’]+\s+)?(?:sleep|slept)\s+(?:well|soundly|better)"
    r"|\b(?:schlafe|schlafen)\s+(?:ich|wir)\b|\b(?:ich|wir)\s+(?:\w+\s+)?(?:schlafe|schlafen)\b"
    r"|\b(?:(?:ich|wir)\s+(?:kann|können)|(?:kann|können)\s+(?:ich|wir))\s+(?:es\s+)?(?:\w+\s+){0,2}?(?:nicht|kaum)"
    r"\s+(?:fassen|glauben|beschreiben)"
    r"|\b(?:fühle\s+mich|fühlen\s+uns)\b"
    # An experience like no other ("So etwas habe ich ... noch nie erlebt", "I have never seen anything like
    # it", "I have never been so frightened") and an athlete's all ("Ich habe alles riskiert", "We gave it everything").
    r"|\bso\s+(?:etwas|was)\s+(?:\w+\s+){0,8}?(?:noch\s+)?(?:nie|nicht)\s+(?:erlebt|gesehen)\b"
    r"|\bnie\s+(?:\w+\s+){0,3}?so\s+etwas\s+(?:\w+\s+){0,3}?(?:erlebt|gesehen)\b"
    r"|\bnever\s+(?:\w+\s+)?(?:seen|experienced|known)\s+anything\s+like\s+(?:it|this|that)\b"
    r"|\b(?:i|we)\s+(?:have|had|['’]ve)\s+never\s+been\s+(?:so|this|more)\b"
    r"|\b(?:ich|wir)\s+(?:\w+\s+){0,4}?alles\s+(?:riskiert|gegeben)\b|\b(?:habe|haben)\s+(?:ich|wir)\s+(?:\w+\s+){0,4}?"
    r"alles\s+(?:riskiert|gegeben)\b|\b(?:i|we)\s+(?:gave|risked)\s+(?:it\s+)?everything\b|\bgave\s+(?:it\s+)?(?:my|our)\s+all\b"
)
# A greeting, thanks or a chanted slogan in quotes ("„Schön, Sie wiederzusehen“, sagte ...", "“Welcome
# to Kyiv,” X told ...", "„Frieden jetzt!“, riefen ...", "“No more war!” the crowd chanted"): -0.45
# without a figure. A slogan is a short quote that ends in "!" and has no verb, or any quote beside a
# verb of chanting.
_GREETING = re.compile(
    r"(?i)\s*(?:(?:(?:it['’]s|it\s+is|so|how)\s+)?(?:good|nice|great|lovely|wonderful|glad|pleased|happy"
    r"|a\s+pleasure)\s+to\s+(?:see|meet|have|welcome|be\s+(?:here|back))\b"
    r"|(?:a\s+)?(?:warm\s+)?welcome\b|(?:herzlich\s+)?willkommen\b|grüß\s+gott\b|guten\s+(?:morgen|tag|abend)\b"
    r"|good\s+(?:morning|afternoon|evening)\b|hello\b|hallo\b|servus\b"
    r"|(?:schön|nett|toll|gut|wunderbar|eine\s+freude|freut\s+mich),?\s+(?:sie|dich|euch)\s+(?:\w+\s+){0,2}?"
    r"(?:zu\s+sehen|wiederzusehen|zu\s+treffen|kennenzulernen|zu\s+begrüßen|hier\s+zu\s+haben)"
    r"|(?:schön|nett|toll|gut|wunderbar),?\s+dass\s+(?:sie|du|ihr)\s"
    r"|thank\s+you\b|thanks\b(?!\s+to)|danke\b|vielen\s+dank\b|congratulations\b|herzlichen\s+glückwunsch"
    r"|happy\s+birthday\b|merry\s+christmas\b|frohe\s+weihnachten\b|cheers\b|prost\b)"
)


def _eval_quoted(text: str) -> bool:
    """An evaluative word stands inside a quote."""
    return any(_EVAL_WORD.search(m.group(1)) for m in _QUOTE_SPAN.finditer(text))


# After a scare-quoted verdict the sentence goes on to report a statement ("described the talks as
# “useful” but said no compromise had been found", "nannte das Treffen „konstruktiv“, sagte aber, ..."):
# the verdict is not all there is.
_REPORT_AFTER = re.compile(
    r"[”\"“»«]?\s+(?:but|and)\s+(?:also\s+)?(?:said|added|told\s+\w+|stressed|warned|confirmed|promised|pledged"
    r"|announced|ordered|denied|rejected"
    # (an act after the label: "denounced the fair as “...” and staged a sit-in outside the hall")
    r"|staged|held|filed|launched|blocked|occupied|organi[sz]ed|submitted|withdrew|suspended)\s+(?:that\s+)?"
    r"(?:no|there|the|a|an|any|it|they|he|she|[A-Z][\w'’-]+)\b"
    # (or a bare noun as the subject: "but said territory and the nuclear plant were still unresolved"; after "and"
    # an act announced, not a forecast: "and said farmers would block the roads", not "hiring would rebound")
    r"|[”\"“»«]?\s+but\s+said\s+(?:that\s+)?[a-z]{4,}\s+(?:and|was|were|is|are|had|has|have|would|will"
    r"|remained)\b"
    r"|[”\"“»«]?\s+and\s+said\s+(?:that\s+)?(?:[a-z]+\s+){0,2}[a-z]{4,}\s+(?:would|will)\s+"
    + ANNOUNCED_ACTS
    # (or a second reported clause: "was “broadly at target” and that markets should not bet on a cut", "called
    # the offer “insulting” and is polling members on a strike")
    # (with no quote of its own: "... and that the committee was “well positioned”" judges again)
    + r"|[”\"“»«]?,?\s+and\s+that\s+(?:[a-z]+\s+){1,3}?(?:should|would|could|will|was|were|is|are|had|has|have)\b"
    r"(?=[^\"“”„«»]*$)"
    r"|[”\"“»«]?,?\s+and\s+(?:is|are|was|were|has|have)\s+(?:now\s+|already\s+)?[a-z]{3,}(?:ing|ed)\b"
    # (or a clause of its own after "but": "had been “useful” but there was still no breakthrough", "was “an
    # important gesture” but that inspectors were still being kept out")
    r"|[”\"“»«]?,?\s+but\s+(?:that\s+)?(?:there|it|they|he|she|no|the|[a-z]+s)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:was|were|is|are|had|has|have|would|will|could|remained|remains)\b"
    # (German: the verb of saying with "aber"/"jedoch" and a comma, "sagte aber, ...": not the inverted
    # attribution ", sagte die Abgeordnete")
    r"|[”\"“»«]?[\s,]*(?:und\s+|aber\s+)?(?:sagte|betonte|erklärte|bestätigte|warnte)\s+(?:aber|jedoch|zugleich)\s*,"
    # (or what was not reached: "saw “certain progress” in Geneva but no breakthrough on territory")
    r"|[”\"“»«]?(?:\s+[A-Za-z]+){0,3}?\s+but\s+no\s+[a-z]{4,}"
    # (or a participle closing the clause makes the quote an adverb of a reported act: "hätten ihre
    # Teilnahme „grundsätzlich“ zugesagt"; not a state: "sei „völlig ungenügend“ geblieben")
    r"|[”\"“»«]?\s+(?!geblieben|gewesen|geworden)(?:[a-zäöüß]*ge[a-zäöüß]+(?:t|en)|[a-zäöüß]+iert)\s*(?:worden\s*)?[.;,]"
)


_ON_AGENDA = re.compile(r"(?i)\bon\s+the\s+agenda\b|\bauf\s+der\s+tagesordnung\b")


def _quoted_verdict(text: str, copula: bool) -> bool:
    """A scare quote in lower case, a quoted word someone "spoke of", or a whole quote that is a
    verdict (see _QUOTED_COPULA); ``copula``: the sentence has an auxiliary (else only a contracted
    "'s" can be one)."""
    m = _SCARE_QUOTE.search(text)
    if (
        m is not None
        and m.group(1).count(" ") < 6
        and _SCARE_VERDICT.match(m.group(1))
        and not _NAMING.search(text, 0, m.start())
        and not _has_verb(m.group(1), english_ed=False)
        and not _reported_event(text, m)
        and not _in_reported_act(text, m.start())
        and not _modal_verb_phrase(text, m)
        and not _QUOTED_TIME.fullmatch(m.group(1))
        and _ON_AGENDA.search(m.group(1)) is None  # "was “not yet on the agenda”": what is set, no verdict
        and not _REPORT_AFTER.match(text, m.end())
        # (a record in amount is a claim: said rates were "higher than ever")
        and not _AMOUNT_RECORD.search(m.group(1))
        # (a quoted adjective before an event noun: "von „vereinzelten“ Treffern")
        and _DE_EVENT_NOUN.match(text, _skip_space(text, m.end())) is None
    ):
        return True
    m = _QUOTE_SPAN.search(text)
    if m is None:
        return False
    spoke = _SPOKE_OF.search(text, max(0, m.start() - 80), m.start() + 1)
    if (
        spoke
        and not _has_verb(m.group(1), english_ed=False)
        # (an event named after the quote: "sprach von „vereinzelten“ Treffern"; a denial before "und
        # sprach von": see labels.py)
        and _DE_EVENT_NOUN.match(text, _skip_space(text, m.end())) is None
        and _DE_ACT_THEN_SPOKE.search(text, 0, spoke.start() + 1) is None
        # and nothing after it reports more ("..., die am Montag fortgesetzt würden")
        and not _has_verb(text[m.end() :], english_ed=True)
        and not _VERB_AFTER.search(text, m.end())
    ):
        return True
    quote = m.group(1).strip()
    if copula or "s " in quote or _FIRST_PERSON_COPULA.search(quote):
        c = _QUOTED_COPULA.match(quote)
        # What follows the copula is a noun phrase or an adjective, not a clause ("eine der Fragen
        # und sie ist diskutiert worden").
        if c is not None and not _has_verb(c.group("predicate"), english_ed=False) and not _state(c.group("predicate")):
            return True
    return (
        _QUOTED_FRAGMENT.match(quote) is not None
        and not _has_verb(quote, english_ed=True)
        and not _in_reported_act(text, m.start())
        and not _REPORT_AFTER.match(text, m.end())
    )


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \u00a0":
        i += 1
    return i


def _state(predicate: str) -> bool:
    """A quoted predicate that is a German participle of a state (see _STATE_PARTICIPLE)."""
    word = predicate.strip(" ,.!…").lower()
    return _STATE_PARTICIPLE.fullmatch(word) is not None and word not in _DE_FEELING_STATE


def _reported_event(text: str, m: re.Match) -> bool:
    """The scare quote ``m`` is a verb phrase of reported speech (see _QUOTED_PAST)."""
    fragment = m.group(1)
    return _SAID_BEFORE.search(text, 0, m.start()) is not None and (
        _QUOTED_PAST.match(fragment) is not None
        # (the perfect ends on the opening quote mark: "had “exceeded ...”")
        or (
            _PAST_WORD.match(fragment) is not None
            and _PERFECT_BEFORE.search(text, max(0, m.start() - 40), m.start() + 1) is not None
        )
    )


def _modal_verb_phrase(text: str, m: re.Match) -> bool:
    """The scare quote ``m`` is a verb phrase governed by a modal outside it (see _DE_MODAL_BEFORE)."""
    fragment = m.group(1)
    if _EN_MODAL_BEFORE.search(text, max(0, m.start() - 12), m.start() + 1):
        return _EN_COPULA.isdisjoint(fragment.lower().split())
    # (the clause ends after the quote)
    after = text[m.end() : m.end() + 1]
    return (
        (after in ",;:.!?" or (after == " " and text.startswith(("und ", "oder "), m.end() + 1)))
        and _DE_QUOTED_INFINITIVE.match(fragment) is not None
        and _DE_MODAL_BEFORE.search(text, max(0, m.start() - 120), m.start()) is not None
    )


def _quoted_feeling(text: str) -> bool:
    """A quote in the sentence says how its speaker feels (see _FEELING)."""
    return any(_FEELING.search(m.group(1), None) for m in _QUOTE_SPAN.finditer(text))


def _quoted_cry(text: str, chant: bool) -> bool:
    """A quote in the sentence is a greeting or thanks, or a slogan: a short verbless quote ending in
    "!", or any quote when ``chant`` (a verb of chanting is in the sentence)."""
    for m in _QUOTE_SPAN.finditer(text):
        quote = m.group(1).strip()
        if chant or (_GREETING.match(quote) and quote.count(" ") < 8):
            return True
        if quote.endswith("!") and quote.count(" ") < 5 and not _has_verb(quote, english_ed=True):
            return True
    return False
