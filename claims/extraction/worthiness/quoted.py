"""A sentence that is mostly a direct quote, judged by what the quote itself states (a verdict: -0.45 in
combine(), and its figures add nothing).

A quote with only its attribution around it ("„...“, sagte X", "\"...,\" X said", "said X, who ...")
or a whole-sentence quote is opinion, whoever says it, when the quote has the shape of a judgement (a
copula, a modal, a verb of belief, "enough", an evaluative word, a generic subject: _JUDGEMENT_SHAPE)
and states nothing that can be checked; when the quote is most of the sentence (_WHOLE_SHARE), it is
opinion whatever its shape unless it states something checkable (session nine: 68 more opinions
rejected on 71 batches, 15 of them on 14 batches held out, no check-worthy row lost); a quote that
tells what someone does ("„Die Polizei sucht nach dem Täter“") is left as it is.
The evidence is counted positively inside the quote, since first person
and negation are normal there ("„Wir werden die Einkommensteuer nicht erhöhen“", "“The driver was not wearing a
seatbelt”"): a figure; an event (a fact verb, a past tense, a perfect, a passive, a progressive, a
German separable verb in the present, a verb of a current situation: "Die Waffenruhe hält"); a
stated position or intention ("will", "werden", "bereit", "lehnt ab", a verb of the first person's
own: "Wir gehen in Berufung", "We do not negotiate ..."); a time; a finding or a state of affairs
("keine Hinweise", "no evidence", "unter Kontrolle", "stable", "wieder", "no longer"); a name (an
acronym, an English capitalised word inside the quote, a named subject with a verb of its own:
"Russland bombardiert ..."). Outside the quote there may be only the attribution: a figure there, a
verb of its own ("hat den „...“ beschlossen"), a further report ("adding that ...", "und verwies
...") or a verb of saying that asserts ("teilte mit", "bestätigte", "warned") keeps the sentence as
it is. A figure inside the quote is evidence, unless the quote tells only a feeling or a memory ("„So
etwas habe ich in 30 Jahren noch nicht erlebt“", "“I still remember my first day”"). Some shapes are
rhetoric whatever the verbs (an antithesis, defiance, an address to "you", a question: then only a time, a
finding or a name counts), and English "will" of another subject than the first person is a prediction.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..speakers import TRIGGERS
from ..speakers.quotes import _QUOTE_CHAR, opens_quote
from ..wordtrie import word_list
from . import lexicon
from .evaluative import _EVAL_RE
from .evidence import _de_perfect, _de_sein_perfect
from .opinion import _MEMORY
from .quotes import _CONDITIONS, _DE_FEELING_STATE, _FEELING, _NAMING, _STATE_PARTICIPLE
from .similes import simile_start

# Bound by assignment, not by import, for faster method calls (see score.py).
_FACT_VERBS, _FACT_VERBS_DE = lexicon._FACT_VERBS, lexicon._FACT_VERBS_DE
_POSITION, _TIME_WORDS, _DE_EVENT_NOW = lexicon._POSITION, lexicon._TIME_WORDS, lexicon._DE_EVENT_NOW

_WORD = re.compile(r"[\w'’-]+")

# --- Outside the quote.
# A further report ("..., adding that ...", "und verwies auf ...", "but said ...").
_REPORT_OUTSIDE = re.compile(
    r"(?i)\b(?:adding|added\s+that|and|but|while|because|und|sowie|aber|nachdem|weil|während|dass|that|whether|ob"
    r"|hinzu,?\s+(?:dass|es|man|die|der|das))\b"
)
# Verbs of saying that assert a fact or a warning: a quote they introduce is a report ("teilte die
# Polizei mit", "bestätigte", "kündigte an", "the governor warned", "the ministry confirmed").
_REPORTING = frozenset(
    word_list("""
    teilte teilten mitteilte mitteilten bestätigte bestätigten kündigte kündigten ankündigte warnte warnten
    meldete meldeten berichtete berichteten räumte einräumte verkündete
    confirmed announced reported warned warns admitted acknowledged testified declared
    """)
)
# Verbs of calling out, asking or mocking that the speaker finder does not read as attribution: after a
# quote they only tell how it was said („...“, rief X den Demonstranten zu; "...," X asked; remarked).
_CALLING = frozenset(word_list("rief riefen fragte fragten spottete spotteten asked remarked shouted chanted quipped"))
# Event verbs that are not verbs of saying: outside a quote they report something of their own.
_NOT_SAYING = _FACT_VERBS - TRIGGERS - _CALLING
# A relative clause about the speaker ("said Tom Barker, who runs a pub", "sagte X, die seit ..."): its
# verbs are not the sentence's.
_SPEAKER_CLAUSE = re.compile(r"\b(?:who|whose|whom)\b|,\s+(?:der|die|das|dessen|deren)\s")

# --- Inside the quote.
# Time and intention beyond the word lists: "heute", "today", months; "will", "won't", "'ll", "going
# to"; forms of "werden" (a future or a passive).
_TIME_MORE = frozenset(
    word_list("""
    heute heuer morgen übermorgen today tonight tomorrow
    januar jänner februar märz april mai juni juli august september oktober november dezember
    january february march april may june july september october november december
    """)
)
# A time ahead told by its unit ("at the end of the year", "next week", "im kommenden Jahr"; not "this
# year", which a feeling looks back on: "We were lucky this year").
_TIME_PHRASE = re.compile(
    r"(?i)\b(?:(?:end|start|beginning|middle)\s+of\s+(?:the|this|next)|ende\s+(?:des|dieses)|next|coming|kommenden"
    r"|nächsten|nächstes|nächste)\s+"
    r"(?:year|month|week|quarter|season|decade|summer|winter|spring|autumn|jahr|jahres|monat|monats|woche|quartal"
    r"|sommer|herbst|frühjahr)\b"
)
_INTENT = frozenset(
    word_list("will won't won’t shall wird werden werde wirst i'll we'll they'll it'll i’ll we’ll they’ll it’ll")
)
# A finding, a state of affairs or a condition: "keine Hinweise auf", "no evidence of", "unter
# Kontrolle", "stable", "außer Lebensgefahr", "in Kraft" (the conditions of _QUOTED_COPULA).
_FINDING = re.compile(
    r"(?i)\b(?:kein|keine|keinen|no)\s+(?:hinweis|hinweise|hinweisen|anzeichen|spur|spuren|beleg|belege|beweis|beweise"
    r"|evidence|sign|signs|indication|indications|trace|record|reports?)\b"
    r"|\bunter\s+kontrolle\b|\bunder\s+control\b|\baußer\s+lebensgefahr\b|\bout\s+of\s+danger\b|\bin\s+kraft\b"
    r"|\bin\s+force\b|\b(?:" + "|".join(sorted(_CONDITIONS)) + r"|geöffnet|geschlossen|gesperrt)\b"
    # A changed or lasting state ("ist wieder genießbar", "no longer", "noch immer", "nach wie vor").
    r"|\b(?:wieder|erneut|weiterhin|inzwischen|mittlerweile|bereits|again|already|anymore)\b"
    r"|\bnicht\s+mehr\b|\bno\s+longer\b|\bnoch\s+immer\b|\bnach\s+wie\s+vor\b"
    # A toll of none ("Es gibt keine Verletzten", "no casualties"), a danger denied.
    r"|\b(?:kein|keine|keinen|no)\s+(?:verletzten?|toten|opfer|schäden|casualties|injuries|fatalities|deaths|victims"
    r"|damage|gefahr|bedrohung|risiko|danger|threat|risk)\b|\b(?:schuldig|unschuldig|guilty|innocent)\b"
    # A place or a condition one is in ("im Krankenhaus", "in custody", "at large", "on strike").
    r"|\b(?:in\s+(?:einer\s+|der\s+)?(?:rezession|krise|haft|untersuchungshaft|gewahrsam|gefahr|lebensgefahr|quarantäne"
    r"|insolvenz)|im\s+(?:krieg|streik|koma|ausstand|einsatz|krankenhaus|spital|gefängnis)|auf\s+freiem\s+fuß"
    r"|auf\s+der\s+flucht|in\s+(?:a\s+)?(?:recession|crisis|custody|danger|quarantine|administration|coma|hospital"
    r"|prison|jail)|at\s+war|at\s+large|on\s+strike|on\s+the\s+run)\b"
    # Reports or charges denied ("Solche Meldungen entsprechen nicht der Wahrheit", "The allegations are
    # false"): the denial is checked against the reports; "Das ist falsch" alone judges.
    r"|\b(?:meldungen|berichte|behauptungen|vorwürfe|gerüchte|reports|claims|allegations|accusations|rumou?rs)\s+"
    r"(?:\w+\s+){0,2}?(?:(?:entsprechen|entspricht)\s+nicht\s+der\s+wahrheit|(?:sind|seien|is|are)\s+(?:völlig\s+|"
    r"komplett\s+|simply\s+|completely\s+)?(?:falsch|unwahr|haltlos|frei\s+erfunden|false|untrue|not\s+true|baseless"
    r"|unfounded|fabricated|incorrect|inaccurate))\b"
)
# An English past in "-ed" that is an event, not a feeling after an intensifier or a copula ("so
# frightened", "deeply disappointed", "we are delighted"); not "greed", "need", "speed".
_ED = re.compile(r"\b(agreed|[a-z]{3,}(?<!e)ed)\b")
_ED_ADJECTIVE = re.compile(
    r"(?:\b(?:so|very|really|deeply|extremely|absolutely|truly|incredibly|quite|too|more|most|utterly|bitterly|feel"
    r"|felt)|\b(?:i\s+am|we\s+are|i['’]m|we['’]re))\s+$"
)
_FEELINGS_ED = frozenset(
    word_list("""
    frightened scared worried concerned pleased delighted thrilled disappointed shocked surprised saddened
    devastated excited relieved determined committed convinced tired bored exhausted amazed
    humbled honoured honored interested encouraged heartened troubled alarmed appalled disgusted outraged
    horrified stunned gutted dismayed pained talented qualified biased heartbroken
    """)
)
# English past forms beyond the fact verbs ("The minister knew about ...", "did not pay").
_EN_PAST = frozenset(
    word_list("""
    did didn't didn’t knew got came ran hid meant understood became hurt lied stole paid sold bought took gave
    sent spent built brought fought fled broke wrote caught sank shot struck hit
    """)
)
# Acts in the present that a reporter can check, whoever the subject ("The regime tortures its critics",
# "Die Polizei sucht nach dem Täter"); a whole quote needs such evidence (quote_states_nothing).
_ACTS_NOW = frozenset(
    word_list("""
    tortures kills bombs shells attacks detains arrests deports supplies funds blocks occupies
    sucht suchen fahndet fahnden ermittelt ermitteln verhandelt verhandeln bombardiert beschießt foltert
    """)
)
# A course of action stated as forced ("keine andere Wahl, als die Preise anzuheben", "no choice but to
# raise prices"): a position; not "Wir haben keine andere Wahl" alone.
_NO_CHOICE = re.compile(r"(?i)\b(?:keine\s+andere\s+wahl,?\s+als|no\s+(?:other\s+)?choice\s+but\s+to)\b")
# The English progressive ("The ceasefire is holding", "We are cutting jobs", "is ongoing").
_PROGRESSIVE = re.compile(r"(?i)\b(?:is|are|am|was|were|['’]re|['’]s|['’]m)\s+(?:\w+ly\s+|not\s+|still\s+)?\w{3,}ing\b")
# A German separable verb in the present, its particle closing the quote ("Der Kapitän fällt mit einem
# Kreuzbandriss aus", "Wir stellen die Produktion ein"; not "Das sieht gut aus"): the particle ends the
# quote, a finite verb in "-t" or "-n" stands before it in the same clause.
_DE_PARTICLE_LAST = re.compile(
    r"\s(?:aus|ein|ab|an|zurück|auf|zu|vor|fest|weg|fort|weiter|nach|bei|los|heraus|hinaus|herunter|hoch|mit)"
    r"[\s.!,]*$"
)
_DE_FINITE = re.compile(r"\s[a-zäöüß]+[tn]\s")
# A German state in a participle after "sein" or "bleiben", closing the clause ("Das Krankenhaus ist
# überlastet", "Die Brücke ist einsturzgefährdet"; not a feeling: "Wir sind enttäuscht", "überwältigt").
# Read once per clause (up to , ; : . ! ?): the first verb and the clause's last word.
_DE_STATE_CLAUSE = re.compile(r"\b(?:ist|sind|war|waren|bleibt|bleiben)\b([^,;:.!?]*)")
_DE_STATE_LAST = re.compile(r"\s(" + _STATE_PARTICIPLE.pattern + r")[\s„“”\"»«)]*$")
# German verbs of a current situation ("Die Waffenruhe hält", "Die Ermittlungen laufen", "Der Strom
# fließt", "Es fehlen Ärzte").
_DE_SITUATION = frozenset(
    word_list("""
    hält halten läuft laufen brennt brennen fließt fließen fährt fahren ruht ruhen gilt gelten fehlt fehlen
    droht drohen steigt steigen sinkt sinken wächst wachsen schrumpft andauern dauert dauern
    """)
)
# A first-person subject beside a verb of its own is an act or a stance ("Wir gehen in Berufung", "Wir
# lehnen ... ab", "We do not negotiate with ..."): not beside a copula, "haben", a modal or a verb of
# belief or feeling ("Wir sind auf einem guten Weg", "We still think ...", "we can live with").
_DE_NOT_ACT = (
    r"sind|bin|haben|habe|hatten|hatte|müssen|muss|können|kann|sollten|sollen|soll|dürfen|darf|möchten|möchte"
    r"|mögen|hoffen|hoffe|glauben|glaube|denken|denke|finden|finde|meinen|meine|wissen|weiß|brauchen|brauche"
    r"|freuen|freue|fühlen|fühle|danken|danke|lieben|liebe|wünschen|wünsche|sehen|sehe|nicht|noch|auch|nur"
    r"|schon|alle|doch|ja|einfach|immer|gerade|jetzt|hier|uns|mich|mir|sehr|so|es|das|die|der|den|dem|ein|eine"
    r"|verdienen|schulden|beten|vermissen|bewundern|trauern|trauere|gratulieren|gratuliere"
)
_DE_FIRST_PERSON_ACT = re.compile(
    r"(?i)\b(?:wir|ich)\s+(?!(?:" + _DE_NOT_ACT + r")\b)[a-zäöüß]{3,}(?:en|e)\b"
    r"|^[\s„“\"»«]*(?!(?:" + _DE_NOT_ACT + r")\b)[a-zäöüß]{3,}en\s+(?:wir|ich)\b"
)
_EN_FIRST_PERSON_ACT = re.compile(
    r"\b(?:we|i)\s+(?:(?:do|did)\s+not\s+|don['’]t\s+|didn['’]t\s+|never\s+|always\s+|now\s+)?"
    r"(?!(?:are|am|were|was|have|had|can|could|must|should|would|might|may|need|think|believe|feel|hope|know"
    r"|love|wish|want|thank|see|guess|still|just|really|all|do|did|don['’]t|didn['’]t|never|always|now|also"
    r"|only|too|so|deserve|owe|pray|miss|salute|admire|appreciate|congratulate|mourn)\b)[a-z]{3,}\b"
)
# A name: an acronym ("EU", "NATO"); a German compound on a name, written with a hyphen ("die
# Trump-Regierung", "der Nato-Gipfel"); in English a capitalised word inside the quote ("“The Kremlin
# is behind it”"; the pronoun "I" is none); a named subject opening the quote, then a verb of its own
# ("Russland bombardiert gezielt ...", "Russia supplies ..."; not a copula or a modal: "Frieden ist
# ...", "Europe must ...").
_ACRONYM = re.compile(r"\b[A-ZÄÖÜ]{2,}\b")
_NAME_COMPOUND = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ][a-zäöüß]")
_EN_NAME = re.compile(r"(?<=[a-z,;]\s)(?!I\b|I['’])[A-Z][a-z]+")
_NAME_SUBJECT = re.compile(
    r"\s*(?!(?:Der|Die|Das|Dieser|Diese|Dieses|Ein|Eine|Kein|Keine|Jede|Jeder|Jedes|Unser|Unsere|Ihr|Ihre|Mein"
    r"|Meine|Wir|Ich|Es|Er|Sie|Man|Wer|Was|Wie|Mit|Ohne|Für|In|Im|Am|The|This|That|These|Those|A|An|Our|Your|My"
    r"|Niemand|Keiner|Alle|Viele|Manche|Beide|Jemand|Nothing|Nichts|All|Many|Some|Both|Someone|Somebody"
    r"|His|Her|Their|We|It|He|She|They|Nobody|Everyone|Everybody|There|What|Who|When|If|No|Every)\b)"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:\s+[A-ZÄÖÜ][a-zäöüß]+)?\s+"
    r"(?!(?:ist|sind|war|waren|hat|haben|wird|werden|muss|müssen|soll|sollte|kann|darf|braucht|is|was|has|does"
    r"|needs|must|should|can|will|would)\b)[a-zäöüß]{3,}(?:t|s)\b"
)


# The shape of a judgement: a copula, a modal, a verb of belief or desert, "enough", an evaluative word, a
# generic subject ("Dieser Streik ist völlig unverhältnismäßig", "The world cannot afford to look away",
# "We still think ...", "Our members have had enough", "Jede Stunde ohne Kämpfe rettet Leben"). A quote
# without one tells what someone does ("Die Polizei sucht nach dem Täter", "The regime tortures its
# critics"): it is weighed as it is, with evidence or without.
_JUDGEMENT_SHAPE = re.compile(
    r"(?i)\b(?:ist|sind|war|waren|wäre|wären|sei|bin|is|are|was|were|am|been|must|should|cannot|can['’]t|need\s+to"
    r"|have\s+to|muss|müssen|sollte|sollten|soll|darf|dürfen|think|believe|glaube|glauben|denke|denken|hoffe|hoffen"
    r"|hope|enough|genug|verdienen|verdient|deserve|deserves|will|won['’]t|" + _EVAL_RE + r")\b|['’](?:s|re|m|ll)\b"
    r"|^[\s„“\"»«]*(?:jede[rs]?|every|each|nobody|niemand|no\s+one|man|wer|whoever|anyone|everyone|alle)\b"
)


# Shapes that make a quote rhetoric whatever its verbs tell; only a time, a finding or a name (_firm_states())
# then counts (a figure was weighed before).
# An antithesis: "is cooling, not cracking", "on results, not on promises", "nicht X, sondern Y", "not a
# mistake but a choice", "He didn't make a mistake, he made a choice", "Anpacken statt Jammern", "X heißt
# nicht Y": the contrast is the point, not an event.
_ANTITHESIS = re.compile(
    r"(?i)\w,\s+not\s+(?:(?:on|by|in|for|with|at|a|an|the)\s+)?[\w-]+[\s,.!…]*$"
    r"|\bnicht\s+[^,;:.]{1,40},\s*sondern\b|\bnot\s+(?:(?:a|an|the)\s+)?[\w-]+\s+but\s+"
    r"|\b(\w+)\s+(?:didn['’]t|did\s+not|doesn['’]t|does\s+not|isn['’]t|is\s+not|wasn['’]t|was\s+not)\s+[^,;]{1,40}[,;]"
    r"\s+\1\s"
    r"|\b(?:heißt|bedeutet)\s+nicht\b|\b(?:does\s+not|doesn['’]t)\s+mean\b|\bstatt\s+(?:zu\s+|[A-ZÄÖÜ])"
)
# Defiance in the first person: a refusal to suffer something ("We will not be pushed around", "I won't be
# silenced", „Wir lassen uns nicht einschüchtern“, „Das lassen wir uns nicht gefallen“); not an act refused
# ("We will not raise taxes", „Wir werden dem Antrag nicht zustimmen“).
_DEFIANCE = re.compile(
    r"(?i)\b(?:we|i)\s+(?:will|shall|would)\s+(?:not|never)\s+be\s+\w+(?:ed|en)\b|\b(?:we|i)\s+won['’]t\s+be\s+\w+(?:ed|en)\b"
    r"|\b(?:wir|ich)\s+(?:lassen\s+uns|lasse\s+mich)\b[^,;.]*\bnicht\b|\blassen\s+wir\s+uns\b[^,;.]*\bnicht\b"
    r"|\bnicht\s+(?:länger\s+|mehr\s+)?gefallen\s+lassen\b"
)
# An address to "you": the quote opens on "You" and a verb ("You betrayed the trust of ...", the judge told
# him), or a capitalised German pronoun of address stands inside it („..., die Ihnen ihr Erspartes
# anvertraut haben“): a reproach or a plea to the one spoken to.
_ADDRESS = re.compile(
    r"^[\s“\"»«„]*You\s+(?!know\b|see\b|can\b|have\s+to\b|need\b|must\b)[a-z]"
    r"|(?<=[a-zäöüß,]\s)(?:Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Euch|Euer|Eure)\b"
)
# English "will" of a first person or after "there" is an intention or an outcome announced ("We will
# appeal", "There will be no deal ..."); another subject's "will" is a prediction ("These sanctions will
# bite", "history will judge us") and, without a time or a figure, states nothing checkable.
_EN_OWN_WILL = re.compile(
    r"(?i)\b(?:we|i|there)\s+(?:\w+ly\s+|still\s+|also\s+|never\s+)?(?:will|won['’]t|shall)\b|\b(?:we|i)['’]ll\b"
)
_EN_PAST_PASSIVE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?[a-z]{3,}ed\b")
_EN_WILL = frozenset(word_list("will won't won’t shall it'll they'll"))


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """The quoted stretches of a sentence: a quote opened in it and closed in it, one closed in it that
    opened before it (from the start), one opened in it and still open at its end (to the end); marks
    are read as speakers.quote_marks() reads them."""
    spans: list[tuple[int, int]] = []
    start = None
    n = len(text)
    for m in _QUOTE_CHAR.finditer(text):
        i = m.start()
        if opens_quote(text, i, n):
            if start is None:
                start = i + 1
        elif start is None:
            spans = [(0, i)]  # closes a quote opened in an earlier sentence
        else:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, n))
    return spans


def _de_particle_end(quote: str) -> bool:
    """A separable verb's particle closes the quote (see _DE_PARTICLE_LAST)."""
    m = _DE_PARTICLE_LAST.search(quote)
    if m is None or "sieht" in quote or "sehen" in quote:
        return False
    clause = max(quote.rfind(",", 0, m.start()), quote.rfind(";", 0, m.start())) + 1
    return _DE_FINITE.search(quote, clause, m.start() + 1) is not None


def _de_state(quote: str) -> bool:
    """A participle of a state closes the clause of a "sein" or "bleiben" (see _DE_STATE_CLAUSE)."""
    last = _DE_STATE_LAST.search
    for clause in _DE_STATE_CLAUSE.finditer(quote):
        m = last(quote, clause.start(1), clause.end())
        if m and m.group(1) not in _DE_FEELING_STATE:
            return True
    return False


def _time_finding_name(quote: str, found: set[str]) -> bool:
    """A time, a finding or a name in the quote (``found``: its lower-case words)."""
    return bool(
        not _TIME_WORDS.isdisjoint(found)
        or not _TIME_MORE.isdisjoint(found)
        or _TIME_PHRASE.search(quote)
        or _FINDING.search(quote)
        or any(w != "I" for w in _ACRONYM.findall(quote))
        or _NAME_COMPOUND.search(quote)
    )


def _firm_states(quote: str, lang: str | None) -> bool:
    """A time, a finding, a name or a past passive in the quote: what a rhetorical shape (_ANTITHESIS,
    _DEFIANCE, _ADDRESS) leaves as evidence ("“The fire was started deliberately, not by lightning”")."""
    return bool(
        _EN_PAST_PASSIVE.search(quote)
        or (lang != "de" and _EN_NAME.search(quote))
        or _time_finding_name(quote, set(_WORD.findall(quote.lower())))
    )


def _quote_states(quote: str, lang: str | None) -> bool:
    """The quote states something that can be checked (see the module docstring)."""
    low = quote.lower()
    found = set(_WORD.findall(low))
    if lang == "en" and not _EN_OWN_WILL.search(quote):
        found -= _EN_WILL  # (another subject's "will" predicts: _EN_OWN_WILL)
    if lang == "de":
        if (
            not _FACT_VERBS_DE.isdisjoint(found)
            or not _DE_EVENT_NOW.isdisjoint(found)
            or not _DE_SITUATION.isdisjoint(found)
            or _de_perfect(quote)
            or _de_sein_perfect(quote)
            or _de_state(quote)
            or _de_particle_end(quote)
            or _DE_FIRST_PERSON_ACT.search(quote)
        ):
            return True
    elif (
        not _FACT_VERBS.isdisjoint(found)
        or not _EN_PAST.isdisjoint(found)
        or any(
            m.group(1) not in _FEELINGS_ED and not _ED_ADJECTIVE.search(low, max(0, m.start() - 12), m.start())
            for m in _ED.finditer(low)
        )
        or _PROGRESSIVE.search(quote)
        or _EN_FIRST_PERSON_ACT.search(low)
        or _EN_NAME.search(quote)
    ):
        return True
    return bool(
        not _POSITION.isdisjoint(found)
        or not _INTENT.isdisjoint(found)
        or not _ACTS_NOW.isdisjoint(found)
        or _NO_CHOICE.search(quote)
        or "going to" in low
        or _time_finding_name(quote, found)
        or _NAME_SUBJECT.match(quote)
    )


def _personal_only(quote: str, lang: str | None) -> bool:
    """The quote tells a feeling or a memory and, besides it, states nothing ("„So etwas habe ich in 30
    Jahren noch nicht erlebt“"; not "„Ich kann es nicht fassen, dass 40 Menschen gestorben sind“")."""
    m = _FEELING.search(quote, None) or _MEMORY.search(quote, None)
    return m is not None and not _quote_states(quote[: m.start()] + " " + quote[m.end() :], lang)


_PARTITIVE = re.compile(
    r"\b(?:one|some|many|most|none|each|any|all|einer|eine|eines|viele|einige|keiner)\s+(?:of|der|von)\b"
)
_WHICH = re.compile(r"\b(?:which|that|welche[rs]?)\b")


def _claim_figures(text: str, quantities: list, offset: int, quote_end: int) -> list:
    """The figures that belong to what is reported: not a count after the verb of saying that follows the
    last quote, which tells who spoke or to whom ("said a mother of four", "told thousands of
    supporters", "sagte der 45-Jährige vor 300 Gästen"); a share, a sum or a date there stays."""
    said = next((m.start() for m in _WORD.finditer(text, quote_end) if m.group().lower() in TRIGGERS | _CALLING), None)
    # (a relative clause about the speaker may report more: "said the father of two, whose son died ...",
    # "said the club, which has 2,000 members")
    if said is None or _SPEAKER_CLAUSE.search(text, said) or _WHICH.search(text, said):
        return quantities
    # (the group the speaker belongs to, or an event told of it, is reported: "said one of the 300 passengers
    # stranded at Stansted", "einer der 40 Arbeiter")
    trailer = text[said:].lower()
    if _PARTITIVE.search(trailer) or any(
        w not in _FEELINGS_ED and (w in _NOT_SAYING or w.endswith("ed")) for w in _WORD.findall(trailer)[1:]
    ):
        return quantities
    return [q for q in quantities if q.kind != "count" or q.start - offset < said]


def quote_states_nothing(text: str, lang: str | None, quantities: list, offset: int, personal: bool) -> bool:
    """The sentence is mostly a direct quote and the quote states nothing checkable (see the module
    docstring). ``quantities`` are the sentence's, their offsets ``offset`` more than those into ``text``:
    one outside the quote is reported, unless it is a count after the verb of saying that tells who
    spoke or to whom (_claim_figures()); inside it, a figure is evidence unless the quote tells a feeling
    or a memory ("„So etwas habe ich in 30 Jahren noch nicht erlebt“", "“I still remember my first day”"),
    which needs their words (``personal``: words of FIRST_PERSON and of FEELING or MEMORY are in the
    sentence)."""
    # (only a count can tell who spoke: _claim_figures())
    if quantities and not personal and any(q.kind != "count" for q in quantities):
        return False
    # A name in quotes after an article or a naming word ("dem „Tagesspiegel“", "the so-called “...”") is
    # a title, not a quotation.
    spans = [(s, e) for s, e in _quote_spans(text) if not (s > 1 and _NAMING.search(text, max(0, s - 40), s - 1))]
    if quantities and spans:
        quantities = _claim_figures(text, quantities, offset, spans[-1][1])
    if quantities and not personal:
        return False
    if not spans or sum(e - s for s, e in spans) < 12:
        return False  # no quote, or a quoted word or two: a scare quote, a title
    starts = [s for s, _ in spans]
    for q in quantities:
        k = bisect_right(starts, q.start - offset) - 1
        if k < 0 or q.start - offset >= spans[k][1]:
            return False  # a figure outside the quote: the sentence reports it
    outside = []
    last = 0
    for s, e in spans:
        outside.append(text[last:s])
        last = e
    outside.append(text[last:])
    rest = " ".join(outside)
    if _REPORT_OUTSIDE.search(rest):
        return False
    rest_words = set(_WORD.findall(_SPEAKER_CLAUSE.split(rest, 1)[0].lower()))
    # The rest names who said it ("sagte X", "X told reporters") or is nothing.
    if rest_words and (
        (TRIGGERS.isdisjoint(rest_words) and _CALLING.isdisjoint(rest_words))
        or not _NOT_SAYING.isdisjoint(rest_words)
        or not _REPORTING.isdisjoint(rest_words)
    ):
        return False
    if quantities:
        return any(_personal_only(text[s:e], lang) for s, e in spans)
    whole = sum(e - s for s, e in spans) >= _WHOLE_SHARE * len(text.strip())
    return not any(_quote_claims(text[s:e], lang, whole) for s, e in spans)


_WHOLE_SHARE = 0.45


def _quote_claims(quote: str, lang: str | None, whole: bool = False) -> bool:
    """The quote is no judgement, or states something checkable. A simile is a judgement, and what it
    likens to is not asserted ("“It feels like the ground has been pulled from under us”"): only the
    words before it are counted ("“We rebuilt it like a fortress”" tells what was done)."""
    # (a question asks, it claims nothing: "„Wer soll Ihnen das noch glauben?“", "“How many more must die?”")
    if quote.rstrip(" ,.…").endswith("?"):
        return False
    if _ANTITHESIS.search(quote) or _DEFIANCE.search(quote) or _ADDRESS.search(quote):
        return _firm_states(quote, lang)
    start = simile_start(quote, lang)
    if start >= 0:
        return _quote_states(quote[:start], lang)
    return (not whole and not _JUDGEMENT_SHAPE.search(quote)) or _quote_states(quote, lang)
