"""What a quote states: the evidence worthiness.quoted counts inside a quote (quote_states()), and the
firmer part of it that survives a rhetorical shape (firm_states()).

Evidence is counted positively inside the quote, since first person and negation are normal there: a figure
(weighed in quoted.py); an event (a fact verb, a past tense, a perfect, a passive, a progressive, a German
separable verb in the present, a verb of a current situation: "Die Waffenruhe hält"); a stated position or
intention ("will", "werden", "bereit", "lehnt ab", a verb of the first person's own: "Wir gehen in Berufung");
a time; a finding or a state of affairs ("keine Hinweise", "no evidence", "unter Kontrolle", "stable",
"wieder", "no longer"); a name (an acronym, an English capitalised word, a named subject with a verb of its
own: "Russland bombardiert ...").

Each kind also turns up in opinion, so each is read by its shape (session nine, on the labelled batches): a time
dates something only if it is not the day the speaker speaks on ("We defended like a team today"; unless something
is set for it: "The vote takes place tonight"), a modal ("may") or the speaker's own life ("since I was a boy"); a
participle is an event, not an adjective before a noun, after "be" or after a present copula with more to follow
("a mixed bag", "is priced for perfection"; "The hospital is overwhelmed" is a state); a past of feeling or wish
is none ("loved", "wanted"); a present progressive of another subject than "we", "I" or "it" reports when its
verb, with no adverb before it, closes its clause or acts on something definite ("The ceasefire is holding",
"Police are searching for the gunman"; not "We are turning a corner", "is costing lives", "is clearly fading"); a
first person's act is not a modal, a copula, a feeling, a regret or an appeal ("We cannot ...", "We remain
confident", "Ich bereue", "Ich appelliere"); "werden" and "will" of another subject predict, unless a German one
announces an act ("Die Vertreter werden ihre Kollegen unterrichten", "Der Vertrag wird nicht verlängert"); "will
never" is a vow; a condition is stated by a copula ("The border is closed"; not "an empty seat", "only as safe
as"); a change or a lasting state is none beside a modal ("can no longer afford"); a cost or an amount in the
present without a figure is none; a lesson drawn in the perfect is none ("hat gezeigt, wie ..."); a position is
none when asked for or denied to all ("must be ready", "Nobody wants"), nor "plans" as a noun; a name is none when
it is a people ("ordinary Nigerians"), stands after a preposition or owns something ("look away from Gaza",
"Moscow's answer"), and a capitalised word opening the quote is a named subject only before a verb of its own (not
"Diplomacy remains", "Young couples feel", "Hier entsteht").
"""

from __future__ import annotations

import re

from ..wordtrie import word_list
from . import lexicon
from .amount_record import AMOUNT_RECORD
from .evidence import _DE_HABEN_CLAUSE, _DE_PERFECT_BEFORE, _DE_PERFECT_LAST, _de_sein_perfect
from .quotes import _CONDITIONS, _DE_FEELING_STATE, _STATE_PARTICIPLE
from .states import quoted_record

# Bound by assignment, not by import, for faster method calls (see score.py).
_FACT_VERBS, _FACT_VERBS_DE = lexicon._FACT_VERBS, lexicon._FACT_VERBS_DE
_POSITION, _TIME_WORDS, _DE_EVENT_NOW = lexicon._POSITION, lexicon._TIME_WORDS, lexicon._DE_EVENT_NOW

_WORD = re.compile(r"[\w'’-]+")

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
# The day the speaker speaks on dates nothing: "today", "heute", "tonight", "heuer" ("We defended like a team
# today", "„Wer heute eine Wohnung sucht, ...“", "Das ist heute kein Thema"); a day or a month does.
_SPEAKING_DAY = frozenset(word_list("heute heuer today tonight"))
# "may" and "march" are a month only in capitals ("however small it may seem").
_MODAL_MONTHS = frozenset(word_list("may march"))
# "since" that dates the speaker's own life tells a memory ("since I was a little girl", "seit meiner
# Kindheit"), not when something began.
_SINCE = frozenset(word_list("since seit"))
_SINCE_RE = re.compile(r"(?i)\b(?:since|seit)\b")
_OWN_LIFE = re.compile(r"(?i)\s+(?:i|we|my|our|ich|wir|meiner|meinem|unserer|unserem)\b")
# A record in amount is checkable ("mehr Polizisten als je zuvor", "higher than ever": amount_record.py).
_RECORD = AMOUNT_RECORD
_DATING = (_TIME_WORDS | _TIME_MORE) - _SPEAKING_DAY
# (what is set for the speaker's day dates it, as _DE_EVENT_NOW does a day ahead: "The vote takes place tonight")
_EN_EVENT_NOW = frozenset(word_list("opens reopens closes starts begins ends resumes expires meets votes"))
_TAKES_PLACE = re.compile(r"(?i)\btakes?\s+place\b")
_INTENT = frozenset(
    word_list("will won't won’t shall wird werden werde wirst i'll we'll they'll it'll i’ll we’ll they’ll it’ll")
)
# A finding, a state of affairs or a condition: "keine Hinweise auf", "no evidence of", "unter
# Kontrolle", "außer Lebensgefahr", "in Kraft"; a condition and a change are read by _CONDITION and _CHANGE.
_FINDING = re.compile(
    r"(?i)\b(?:kein|keine|keinen|no)\s+(?:hinweis|hinweise|hinweisen|anzeichen|spur|spuren|beleg|belege|beweis|beweise"
    r"|evidence|sign|signs|indication|indications|trace|record|reports?)\b"
    r"|\bunter\s+kontrolle\b|\bunder\s+control\b|\baußer\s+lebensgefahr\b|\bout\s+of\s+danger\b|\bin\s+kraft\b"
    r"|\bin\s+force\b"
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
# A condition ("“Our hospitals are full”", "„Die Grenze bleibt geschlossen“", "in a stable condition") is stated
# by a copula before it or after it in its clause; used before a noun, in a comparison or after an
# intensifier it describes ("an empty seat", "with open eyes", "only as safe as its weakest link", "very much
# alive", "full of characters").
_CONDITION = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(_CONDITIONS)) + r"|geöffnet|geschlossen|gesperrt|closed|shut)\b"
)
_CONDITION_COPULA = re.compile(
    r"(?i)\b(?:is|are|was|were|remains?|remained|stays?|stayed|ist|sind|war|waren|bleibt|bleiben|blieb|blieben)"
    r"\s+(?:[\w-]+\s+){0,3}$|['’](?:s|re)\s+(?:[\w-]+\s+){0,2}$"
)
_CONDITION_DESCRIBES = re.compile(r"(?i)\b(?:as|so|very|much|truly|too|really|sehr|so|wirklich)\s+$")
_CONDITION_AFTER = re.compile(
    r"(?i)\s*(?:(?:ist|sind|war|waren|bleibt|bleiben|wurde|wurden|worden)\b|condition\b|zustand\b)"
)
# A changed or lasting state ("ist wieder genießbar", "no longer", "noch immer", "nach wie vor"); not beside a
# modal, which tells what can or must be ("Wir können uns das nicht mehr leisten", "Leistung muss sich wieder
# lohnen"), nor in a refrain ("again and again", "wie lange nicht mehr", "we will never see his like again").
_CHANGE = re.compile(
    r"(?i)\b(?:wieder|erneut|weiterhin|inzwischen|mittlerweile|bereits|again|already|anymore)\b"
    r"|\bnicht\s+mehr\b|\bno\s+longer\b|\bnoch\s+immer\b|\bnach\s+wie\s+vor\b"
)
_CHANGE_NOT = re.compile(
    r"(?i)\b(?:can|cannot|can['’]t|could|couldn['’]t|must|should|kann|können|konnte|konnten|muss|müssen|soll|sollen"
    r"|sollte|sollten|darf|dürfen|never|nie)\b|\bagain\s+and\s+again\b|\bwie\s+lange\s+nicht\b"
)
# An English past in "-ed" that is an event, not a feeling after an intensifier or a copula ("so
# frightened", "deeply disappointed", "we are delighted"); not "greed", "need", "speed".
_ED = re.compile(r"\b(agreed|[a-z]{3,}(?<!e)ed)\b")
_ED_ADJECTIVE = re.compile(
    r"(?:\b(?:so|very|really|deeply|extremely|absolutely|truly|incredibly|quite|too|more|most|utterly|bitterly|feel"
    r"|felt)|\b(?:i\s+am|we\s+are|i['’]m|we['’]re)"
    # before a noun, after a determiner or a preposition ("a mixed bag", "Our armed forces", "through flooded
    # roads"); after "be" ("must be dignified", "are being failed")
    r"|\b(?:a|an|the|this|these|those|our|your|their|its|his|her|my|every|each|through|for|with|into|from|be"
    r"|being))\s+(?:\w+ly\s+|not\s+)?(?:yet\s+|still\s+)?$"
)
# After a present copula a participle that closes its clause is a state ("The hospital is overwhelmed",
# "“The bridge is closed”"); one that goes on describes ("The market is priced for perfection", "is caught
# between ...", "is matched only by ...").
_ED_COPULA = re.compile(r"(?:\b(?:is|are|am)|['’](?:re|m))\s+(?:\w+ly\s+|not\s+)?(?:yet\s+|still\s+)?$")
_CLAUSE_END = re.compile(r"[\s\"“”„»«]*(?:[,;:.!?—–]|$|\s(?:and|but|or)\b)")


_FEELINGS_ED = frozenset(
    word_list("""
    frightened scared worried concerned pleased delighted thrilled disappointed shocked surprised saddened
    devastated excited relieved determined committed convinced tired bored exhausted amazed
    humbled honoured honored interested encouraged heartened troubled alarmed appalled disgusted outraged
    horrified stunned gutted dismayed pained talented qualified biased heartbroken
    """)
)
# The past of a verb of feeling, wish or fancy tells no event ("ordinary people loved her for it", "I just
# wanted to bat long", "I have dreamed about this moment"): the class _EN_FIRST_PERSON_ACT leaves out.
_WISHES_ED = frozenset(
    word_list("loved hated liked enjoyed adored wanted wished hoped deserved dreamed pictured imagined")
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
# A present progressive reports what goes on when its verb closes the clause ("The ceasefire is holding", "Talks
# are continuing"); with an object, a course or an adverb it comments ("The railway is finally turning a
# corner", "complacency is costing lives", "is clearly fading"). Of the first person it is a stance or a
# feeling ("we are delivering on it", "I'm still shaking"), after "it" how things feel ("It's heartbreaking to
# watch"), after an intensifier an adjective ("These images are simply breathtaking"). A past one reports, and
# so does one acting on something definite (_ACT_ON).
# (an act on something definite reports, whatever the verb: "Police are searching for the gunman", "Rebels are
# shelling the city centre"; not "heading in the right direction")
_ACT_ON = re.compile(
    r"\s+(?:(?:for|on|at|in|into|to|from|with|through|across|over)\s+)?the\s+(?!right\b|wrong\b|best\b|worst\b)"
)
_PROGRESSIVE_SUBJECT = re.compile(r"(?i)\b(?:we|i|it|that|this)\s*$")
_INTENSIFIED = re.compile(r"(?i)\s(?:simply|truly|deeply|absolutely|really|utterly|incredibly|extremely)\s")
# A German separable verb in the present, its particle closing the quote ("Der Kapitän fällt mit einem
# Kreuzbandriss aus", "Wir stellen die Produktion ein"; not "Das sieht gut aus"): the particle ends the
# quote, a finite verb in "-t" or "-n" stands before it in the same clause.
_DE_PARTICLE_LAST = re.compile(
    r"\s(?:aus|ein|ab|an|zurück|auf|zu|vor|fest|weg|fort|weiter|nach|bei|los|heraus|hinaus|herunter|hoch|mit)"
    r"[\s.!,]*$"
)
_DE_FINITE = re.compile(r"\s[a-zäöüß]+[tn]\s")
# A cost or an amount in the present without a figure is no report of one ("Jeder Tag Verzögerung kostet
# Menschenleben", "whatever it costs", "der Höhepunkt liegt hinter uns"); a quote with a figure is weighed
# before (quote_states_nothing()).
_AMOUNT_NOW = frozenset(word_list("kostet kosten beträgt betragen liegt costs cost"))
# A lesson drawn in the perfect is a judgement, not an event ("Dieser Sommer hat gezeigt, wie sehr ...", "das
# haben wir in diesen Tagen gesehen", "Wir haben heute bewiesen, dass ...").
_LESSON = frozenset(word_list("gezeigt gesehen bewiesen gelernt erlebt"))
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
    # what one goes through, regrets or appeals for ("Wir erleben eine Bildungskatastrophe", "Ich bereue
    # zutiefst", "Ich appelliere an alle Eltern", "Wir entschuldigen uns")
    r"|erleben|erlebe|bereuen|bereue|zittern|zittere|appellieren|appelliere|entschuldigen|entschuldige|bitten|bitte"
)
_DE_FIRST_PERSON_ACT = re.compile(
    r"(?i)\b(?:wir|ich)\s+(?!(?:" + _DE_NOT_ACT + r")\b)[a-zäöüß]{3,}(?:en|e)\b"
    r"|^[\s„“\"»«]*(?!(?:" + _DE_NOT_ACT + r")\b)[a-zäöüß]{3,}en\s+(?:wir|ich)\b"
)
# "Ich habe das Geld zurückgezahlt", "Das Geld habe ich nie angerührt": the first person's perfect tells an
# act (_de_perfect reads "hat"/"haben" only: elsewhere "habe" is the Konjunktiv of reported speech); not
# what one went through, felt, thought or said ("habe ... erlebt", "gesehen", "gehofft", "immer gesagt").
_DE_I_PERFECT = re.compile(
    r"(?i)\b(?:ich\s+habe|habe\s+ich)\b[^,;:.!?]*?\s(?!(?:erlebt|gesehen|gedacht|gehofft|geglaubt|gefühlt"
    r"|gewusst|erwartet|gesagt|geliebt|gelernt|geträumt|vermisst|befürchtet|bereut|gespürt|genossen|gehört"
    r"|verstanden|getan|gemacht|gegeben|gewollt|geahnt|gemerkt|gewünscht|gebetet|geweint|gelacht"
    r"|gerechnet|gefunden)\b)"
    r"[a-zäöüß]*(?:ge[a-zäöüß]+(?:t|en)|iert)(?=[\s„“”\"»«)]*(?:[,;:.!?]|$))"
)
_EN_FIRST_PERSON_ACT = re.compile(
    r"\b(?:we|i)\s+(?:(?:do|did)\s+not\s+|don['’]t\s+|didn['’]t\s+|never\s+|always\s+|now\s+)?"
    r"(?!(?:are|am|were|was|have|had|can|cannot|can['’]t|could|couldn['’]t|must|should|would|might|may|need|think"
    r"|believe|feel|hope|know|wonder|love|wish|want|thank|see|guess|still|just|really|all|do|did|don['’]t"
    r"|didn['’]t|never|always|now|also|only|too|so|keep|deserve|owe|pray|miss|salute|admire|appreciate|congratulate"
    r"|mourn|apologise|apologize|regret|welcome|will|shall|won['’]t|\w+ly"
    # (a copula, unless it places: "We remain confident"; "We remain in talks with the buyer")
    r"|(?:remain|stay)(?!\s+(?:in|at|on|under)\b))\b)[a-z]{3,}\b"
)
# A name: an acronym ("EU", "NATO"); a German compound on a name, written with a hyphen ("die
# Trump-Regierung", "der Nato-Gipfel"); in English a capitalised word inside the quote ("“The Kremlin
# is behind it”"; the pronoun "I" is none); a named subject opening the quote, then a verb of its own
# ("Russland bombardiert gezielt ...", "Russia supplies ..."; not a copula or a modal: "Frieden ist
# ...", "Europe must ...").
_ACRONYM = re.compile(r"\b[A-ZÄÖÜ]{2,}\b")
_NAME_COMPOUND = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ][a-zäöüß]")
# (a people or a nationality names no one who can be checked: "ordinary Nigerians", "millions of Londoners",
# "The German economy", "in American history")
_EN_NAME = re.compile(
    r"(?<=[a-z,;]\s)(?!I\b|I['’])"
    r"(?![A-Z][a-z]+(?:ians|eans|cans|ners|ese)\b|(?:[A-Z][a-z]+(?:ian|ean|can|ish|ese)|German)\s+[a-z])[A-Z][a-z]+"
)
_NAME_SUBJECT = re.compile(
    r"\s*(?!(?:Der|Die|Das|Dieser|Diese|Dieses|Ein|Eine|Kein|Keine|Jede|Jeder|Jedes|Unser|Unsere|Ihr|Ihre|Mein"
    r"|Meine|Wir|Ich|Es|Er|Sie|Man|Wer|Was|Wie|Mit|Ohne|Für|In|Im|Am|The|This|That|These|Those|A|An|Our|Your|My"
    r"|Niemand|Keiner|Alle|Viele|Manche|Beide|Jemand|Nothing|Nichts|All|Many|Some|Both|Someone|Somebody"
    r"|His|Her|Their|We|It|He|She|They|Nobody|Everyone|Everybody|There|What|Who|When|If|No|Every"
    # (an article in another case, an adverb: "Den Kommunen steht ...", "Hier entsteht ...")
    r"|Den|Dem|Des|Hier|Dort|Da|Heute|Jetzt|Nun|Here|Now|Today)\b)"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:\s+[A-ZÄÖÜ][a-zäöüß]+)?\s+"
    # (not a copula: "Diplomacy remains the only way", "Krypto bleibt ein Spielball")
    r"(?!(?:ist|sind|war|waren|hat|haben|wird|werden|muss|müssen|soll|sollte|kann|darf|braucht|bleibt|scheint|is"
    r"|was|has|does|needs|must|should|can|will|would|remains|stays|seems)\b)[a-zäöüß]{3,}(?:t|s)\b"
    # (an English plural before its verb is no verb: "Young couples feel ...", "Heat pumps are ...")
    r"(?!\s+(?:are|were|have|had|feel|do|did|can|could|will|would|must|should|need|remain|say|think|want|know)\b)"
)
# A position asked for or denied to everyone states none ("Our forces must be ready to fight", "Nobody wants to
# go back", "einen Krieg, den niemand will").
_POSITION_NOT_BEFORE = re.compile(
    r"(?i)\b(?:must|should|need\s+to|muss|müssen|sollte|sollten)\s+(?:\w+\s+)?(?:be|sein)\s+$"
)
_NOBODY_WANTS = re.compile(r"(?i)\b(?:nobody|no\s+one|niemand)\s+\w+$|\b(?:nobody|no\s+one|niemand)\s+$")
# A name after a preposition places a judgement, it does not act ("look away from Gaza", "at the Fed").
_NAME_ASIDE_BEFORE = re.compile(
    r"\b(?:at|from|with|to|for|in|on|of|by|over|about|against|into|like)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}$"
)
# English "will" of a first person or after "there" is an intention or an outcome announced ("We will
# appeal", "There will be no deal ..."); another subject's "will" is a prediction ("These sanctions will
# bite", "history will judge us") and, without a time or a figure, states nothing checkable.
_EN_OWN_WILL = re.compile(
    r"(?i)\b(?:we|i|there)\s+(?:\w+ly\s+|still\s+|also\s+|never\s+)?(?:will|won['’]t|shall)\b(?!\s+never\b)"
    r"|\b(?:we|i)['’]ll\b(?!\s+never\b)"
)
_EN_PAST_PASSIVE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?[a-z]{3,}ed\b")
_EN_WILL = frozenset(word_list("will won't won’t shall it'll they'll"))
# German "werden" of the first person is an intention ("Wir werden klagen", "Das werde ich nicht
# unterschreiben"); of another subject it predicts or tells a change ("Die Luft wird dünner", "Solche Sommer
# werden zur neuen Normalität", "Wer täglich pendelt, wird die Erhöhung spüren"), and after a modal it is an
# appeal ("Wohnen darf kein Luxus werden").
_DE_OWN_WILL = re.compile(r"(?i)\b(?:wir\s+(?:\w+\s+)?werden|ich\s+(?:\w+\s+)?werde|werden\s+wir|werde\s+ich)\b")
_DE_WILL = frozenset(word_list("wird werden werde wirst"))
# Another subject's "werden" with an act closing its clause, in the infinitive or the passive, announces a plan
# ("Die Vertreter werden ihre Kollegen unterrichten", "Der Vertrag wird nicht verlängert"); unless a "wer"
# makes it a rule ("Wer täglich pendelt, wird ... spüren").
_DE_WILL_CLAUSE = re.compile(r"\b(?:wird|werden)\b([^,;:.!?„“”\"»«]*)")
_DE_ACT_LAST = re.compile(
    r"\s(?!werden\b)(?:[a-zäöüß]{3,}en|[a-zäöüß]*ge[a-zäöüß]{2,}t|(?:be|ver|er|zer|ent)[a-zäöüß]{2,}t"
    r"|[a-zäöüß]{2,}iert)\s*$"
)


def _adjectival(low: str, start: int, end: int) -> bool:
    """The participle ``low[start:end]`` is used as an adjective (see _ED_ADJECTIVE, _ED_COPULA)."""
    before = max(0, start - 24)
    return bool(
        _ED_ADJECTIVE.search(low, before, start)
        or (_ED_COPULA.search(low, before, start) and not _CLAUSE_END.match(low, end))
    )


def _progressive(quote: str) -> bool:
    """An English progressive that reports: a past one, or a present one of another subject than "we", "I"
    or "it" (_PROGRESSIVE_SUBJECT) whose verb, with no adverb but "not" before it, closes its clause or acts on
    something definite (_ACT_ON)."""
    for m in _PROGRESSIVE.finditer(quote):
        aux, rest = m.group().split(None, 1)
        if aux.lower() in ("was", "were"):
            return True
        if not (
            " " in rest.removeprefix("not ")
            or _PROGRESSIVE_SUBJECT.search(quote, max(0, m.start() - 6), m.start())
            or not (_CLAUSE_END.match(quote, m.end()) or _ACT_ON.match(quote, m.end()))
        ):
            return True
    return False


def _de_particle_end(quote: str) -> bool:
    """A separable verb's particle closes the quote (see _DE_PARTICLE_LAST)."""
    m = _DE_PARTICLE_LAST.search(quote)
    if m is None or "sieht" in quote or "sehen" in quote:
        return False
    clause = max(quote.rfind(",", 0, m.start()), quote.rfind(";", 0, m.start())) + 1
    return _DE_FINITE.search(quote, clause, m.start() + 1) is not None


def _en_fact_verb(low: str, found: set[str]) -> bool:
    """A fact verb of ``found`` that tells an event: not a participle used as an adjective before a noun or
    after a present copula ("broken promises", "Britain is broken", "The job is not yet done", "cannot be built
    on ...")."""
    return any(
        m.group() in _FACT_VERBS and m.group() in found and not _adjectival(low, m.start(), m.end())
        for m in _WORD.finditer(low)
    )


def _de_will(quote: str) -> bool:
    """German "werden" that states an intention or a plan: of the first person, or of another subject with an
    act closing its clause (see _DE_OWN_WILL, _DE_WILL_CLAUSE)."""
    if _DE_OWN_WILL.search(quote):
        return True
    if quote.lstrip(" „“\"»«").startswith("Wer "):
        return False
    last = _DE_ACT_LAST.search
    return any(last(quote, m.start(1), m.end()) for m in _DE_WILL_CLAUSE.finditer(quote))


def _position(quote: str, found: set[str]) -> bool:
    """A stated position (_POSITION): not "plans" that are no verb ("our customers' travel plans"), not a
    readiness asked for ("Our forces must be ready to fight"), not a want denied to everyone ("Nobody wants to
    go back", "einen Krieg, den niemand will")."""
    for m in _WORD.finditer(quote):
        w = m.group().lower()
        if w not in _POSITION or w not in found or (w == "plans" and not quote.startswith(" to ", m.end())):
            continue
        if not (
            _POSITION_NOT_BEFORE.search(quote, max(0, m.start() - 24), m.start())
            or _NOBODY_WANTS.search(quote, max(0, m.start() - 12), m.end())
        ):
            return True
    return False


def _en_name(quote: str) -> bool:
    """A name that acts or is acted on (_EN_NAME); not one after a preposition or owning something, which places
    or qualifies a judgement ("The world must not look away from Gaza", "Moscow's answer to all the talk")."""
    return any(
        not _NAME_ASIDE_BEFORE.search(quote, max(0, m.start() - 40), m.start())
        and not quote.startswith(("'s", "’s"), m.end())
        for m in _EN_NAME.finditer(quote)
    )


def _de_perfect(quote: str) -> bool:
    """A German perfect with "haben" (as evidence._de_perfect() reads it) that tells an event, not a lesson
    drawn (_LESSON)."""
    last = _DE_PERFECT_LAST.search
    for clause in _DE_HABEN_CLAUSE.finditer(quote):
        m = last(quote, clause.start(1), clause.end())
        if m and m.group().strip(" „“”\"»«)").lower() not in _LESSON:
            return True
    return any(m.group().split(None, 1)[0].lower() not in _LESSON for m in _DE_PERFECT_BEFORE.finditer(quote))


def _de_state(quote: str) -> bool:
    """A participle of a state closes the clause of a "sein" or "bleiben" (see _DE_STATE_CLAUSE)."""
    last = _DE_STATE_LAST.search
    for clause in _DE_STATE_CLAUSE.finditer(quote):
        m = last(quote, clause.start(1), clause.end())
        if m and m.group(1) not in _DE_FEELING_STATE:
            return True
    return False


def _dates(quote: str, found: set[str]) -> bool:
    """A time word that dates what the quote tells (see _SPEAKING_DAY, _MODAL_MONTHS, _OWN_LIFE)."""
    hits = _DATING.intersection(found)
    if not hits:
        return not _SPEAKING_DAY.isdisjoint(found) and (
            not _EN_EVENT_NOW.isdisjoint(found) or _TAKES_PLACE.search(quote) is not None
        )
    hits -= {w for w in hits & _MODAL_MONTHS if w.capitalize() not in quote}
    if hits and hits <= _SINCE:
        return any(not _OWN_LIFE.match(quote, m.end()) for m in _SINCE_RE.finditer(quote))
    return bool(hits)


def _change(quote: str) -> bool:
    """A changed or lasting state, in a clause without a modal (see _CHANGE)."""
    for m in _CHANGE.finditer(quote):
        start = max(quote.rfind(c, 0, m.start()) for c in ",;:.!?") + 1
        end = min((i for i in (quote.find(c, m.end()) for c in ",;:.!?") if i >= 0), default=len(quote))
        if not _CHANGE_NOT.search(quote, start, end):
            return True
    return False


def _condition(quote: str) -> bool:
    """A condition stated of something (see _CONDITION)."""
    for m in _CONDITION.finditer(quote):
        start = max(quote.rfind(c, 0, m.start()) for c in ",;:.!?") + 1
        if _CONDITION_DESCRIBES.search(quote, start, m.start()):
            continue
        if _CONDITION_COPULA.search(quote, start, m.start()) or _CONDITION_AFTER.match(quote, m.end()):
            return True
    return False


def _time_finding_name(quote: str, found: set[str]) -> bool:
    """A time, a finding or a name in the quote (``found``: its lower-case words)."""
    return bool(
        _dates(quote, found)
        or _TIME_PHRASE.search(quote)
        or _RECORD.search(quote)
        or _FINDING.search(quote)
        or _condition(quote)
        or _change(quote)
        or any(w != "I" for w in _ACRONYM.findall(quote))
        or _NAME_COMPOUND.search(quote)
    )


def firm_states(quote: str, lang: str | None) -> bool:
    """A time, a finding, a name or a past passive in the quote: what a rhetorical shape (quoted.py: an
    antithesis, defiance, an address, a rule for whoever) leaves as evidence ("“The fire was started
    deliberately, not by lightning”")."""
    return bool(
        _EN_PAST_PASSIVE.search(quote)
        or (lang != "de" and _en_name(quote))
        or _time_finding_name(quote, set(_WORD.findall(quote.lower())))
    )


def quote_states(quote: str, lang: str | None) -> bool:
    """The quote states something that can be checked (see the module docstring)."""
    low = quote.lower()
    found = set(_WORD.findall(low))
    if lang == "en" and not _EN_OWN_WILL.search(quote):
        found -= _EN_WILL  # (another subject's "will" predicts: _EN_OWN_WILL)
    elif lang == "de" and not _DE_WILL.isdisjoint(found) and not _de_will(quote):
        found -= _DE_WILL
    if not _AMOUNT_NOW.isdisjoint(found):
        found -= _AMOUNT_NOW
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
            or ("habe" in found and _DE_I_PERFECT.search(quote))
        ):
            return True
    elif (
        (not _FACT_VERBS.isdisjoint(found) and _en_fact_verb(low, found))
        or not _EN_PAST.isdisjoint(found)
        or any(
            m.group(1) not in _FEELINGS_ED
            and m.group(1) not in _WISHES_ED
            and not _adjectival(low, m.start(), m.end())
            for m in _ED.finditer(low)
        )
        or _progressive(quote)
        or _EN_FIRST_PERSON_ACT.search(low)
        or _en_name(quote)
    ):
        return True
    return bool(
        (not _POSITION.isdisjoint(found) and _position(quote, found))
        # a record measured against a history („die größte Investition in der Geschichte des Landes“, "the
        # biggest crowd in the club's history"; not "in a generation", "von Rekord zu Rekord")
        or (("eschichte" in low or "history" in low) and quoted_record(quote, low, found, lang))
        or not _INTENT.isdisjoint(found)
        or not _ACTS_NOW.isdisjoint(found)
        or _NO_CHOICE.search(quote)
        or "going to" in low
        or _time_finding_name(quote, found)
        or _NAME_SUBJECT.match(quote)
    )
