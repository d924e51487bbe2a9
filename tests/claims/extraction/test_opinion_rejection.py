"""Opinion and rhetoric that carry no word the engine lists: the structural rules that reject
them, with look-alike facts that must stay (sample sentences written for tests), and the floors
of the opinion dev set (opinion_dev_set.py)."""

import pytest

from claims.extraction import extract_claims, find_speaker

from .opinion_dev_set import OPINION_DEV_SET, OPINION_HELD_BACK


def _returned(lang: str, text: str) -> bool:
    return bool(extract_claims(text, language=lang))


def _ids(rows):
    return [text[:50] for _, text in rows]


# The past of "to be" or "to have" alone states no event: a copula with a description, a
# possession. Beside a participle it is the perfect or the passive, which reports one.
COPULA_ONLY = [
    ("en", "The atmosphere at the rally was festive."),
    ("en", "Her reply was a lesson in diplomacy."),
    ("en", "The old town hall was a sight to behold."),
    ("en", "The mayor has a lot on her plate."),
    ("de", "Die Partei hatte an diesem Abend wenig zu feiern."),
]
PERFECT_AND_PASSIVE = [
    ("en", "The motorway was closed after the crash."),
    ("en", "The suspect was taken into custody."),
    ("en", "The company has withdrawn the product."),
    ("de", "Der Stadtrat hat den Antrag abgelehnt."),
    ("de", "Die Polizei hat den Mann noch am Tatort festgenommen."),
    ("de", "Die Aktie gab nach, nachdem der Konzern seine Prognose gesenkt hatte."),
]

# A quoted verdict is opinion whoever says it: a whole quote that is a copula with an adjective
# or an indefinite noun phrase, a verbless fragment, a scare quote in lower case.
QUOTED_VERDICTS = [
    ("de", "„Das war ein Abend zum Genießen“, sagte Intendantin Eva Brandl."),
    ("en", "“It was a joy to watch,” coach Simon Price said."),
    ("de", "„Eine Sternstunde des Parlaments“, sagte die Präsidentin."),
    ("en", "The minister described the report as “a whitewash”."),
]
QUOTED_FACTS = [
    # A quoted fact fragment, a quote that goes on after its noun phrase, quoted terms after a
    # determiner: reported, not judged.
    ("de", "Bei der Frage der Grenzen sei „noch keine Einigung“ erzielt worden, sagte der Berater am Dienstag."),
    ("de", "„Das ist eine der schwierigsten Fragen und sie ist ausführlich besprochen worden“, sagte die Diplomatin."),
    ("de", "Die Delegationen erklärten, sie hätten einen „überarbeiteten und präzisierten Entwurf“ vorgelegt."),
    ("en", "Israel agreed to a “humanitarian pause” in the fighting on Monday, officials said."),
    ("en", "The talks produced “no deal”, a spokesman said on Friday."),
    ("en", "“The bridge is closed,” a council spokesman said."),
    ("de", "„Der Patient ist stabil“, sagte der Primar."),
    ("en", "“We will close the plant in March,” the company said."),
    ("en", "“The ceasefire is holding,” a senior U.N. official told reporters."),
    ("de", "„Die Straße bleibt bis Montag gesperrt“, sagte ein Sprecher der Stadt."),
]


# An opening guess or concession, a bare assertion before a colon, praise inside a quote: opinion
# unless a figure comes with it.
STANCE_AND_FRAMES = [
    ("en", "Perhaps the boldest move of the week came from the finance ministry."),
    ("de", "Vielleicht ist genau das die eigentliche Lehre aus diesem Wahlabend."),
    ("de", "Klar ist: Ohne die Grünen wird es keine Mehrheit geben."),
    ("en", "One thing is clear: the fight over the budget has only just begun."),
    ("en", "“The town has never looked so beautiful,” the mayor said."),
]
STANCE_AND_FRAMES_WITH_FACTS = [
    ("de", "Klar ist: Die Zahl der Toten stieg bis zum Abend auf 40."),
    ("en", "Perhaps 200 people attended the vigil on Sunday."),
    ("en", "“The good news is that nobody was injured,” the fire chief said."),
    ("de", "„Die gute Nachricht ist, dass niemand verletzt wurde“, sagte der Einsatzleiter."),
]

# Common idioms of judgement; the same words used literally stay facts.
IDIOMS = [
    ("de", "Die Regierung gießt mit diesem Vorschlag Öl ins Feuer."),
    ("en", "Ministers are kicking the can down the road on social care."),
    ("en", "Critics say the scheme is a drop in the ocean."),
]
LITERAL_IDIOM_WORDS = [
    ("de", "Die Feuerwehr löschte in der Nacht ein Feuer in einer Lagerhalle in Linz."),
    ("en", "Retreating troops burned two bridges over the river on Monday."),
    ("en", "The crash happened at a crossroads near Leeds on Sunday."),
    ("de", "Der Mann wurde bei dem Überfall ins Knie geschossen."),
    ("en", "The striker kicked the ball into his own net in the 89th minute."),
    ("de", "Demonstranten zündeten vor dem Stadion Nebelkerzen."),
]

# Verbs of failure, fog lying over a town, a guess at what few would do, a pledge of solidarity, a
# generic present with a bare plural subject; beside them, levels, weather events and findings.
COMMENTARY = [
    ("de", "Die Stadtregierung hat die Digitalisierung der Ämter verschlafen."),
    ("de", "Über dem Hafen von Triest hängt an diesem Morgen dichter Nebel."),
    ("en", "Few would bet on the coalition surviving the winter."),
    ("de", "Kaum jemand dürfte dem Minister diese Wende zutrauen."),
    ("de", "Österreich steht an der Seite der Menschen in der Ukraine."),
    ("en", "We will always stand with the people of Ukraine."),
    ("en", "Analysts expect a turbulent autumn for the coalition."),
]
COMMENTARY_LOOK_ALIKES = [
    ("de", "Die Inflation lag im Mai über dem Zielwert der Notenbank."),
    ("de", "Dichter Nebel legte am Morgen den Flughafen Salzburg lahm."),
    ("en", "Fog lay over the runway for hours, and 40 flights were cancelled."),
    ("en", "Many would lose their homes under the plan, the report found."),
    ("en", "Talks resume in Geneva on Monday."),
    ("en", "Officials expect the bridge to reopen in 2028."),
]

# The writer's guess or a prophecy without a date; an atmosphere lying over a place.
GUESSES_AND_ATMOSPHERE = [
    ("de", "Der Streit um das Budget dürfte die Koalition in Wien noch lange beschäftigen."),
    ("en", "The row is likely to overshadow the summit in Brussels."),
    ("de", "Früher oder später wird die Notenbank die Zinsen senken müssen."),
    ("en", "A tense silence settled over Westminster as the result was read out."),
    ("de", "Der Schatten des Skandals liegt über dem Wahlkampf."),
]
GUESS_AND_ATMOSPHERE_LOOK_ALIKES = [
    ("de", "Die Notenbank dürfte die Zinsen am Donnerstag um 0,25 Prozentpunkte senken."),
    ("en", "The fire was likely caused by a faulty heater, police said."),
    ("en", "The company settled the lawsuit with the families on Friday."),
    ("de", "Die Temperaturen lagen im Schatten bei 35 Grad."),
]

# Kinds the tenth batch's first run returned: an English form that is a German infinitive ("fallen"),
# smells, quoted feelings (two adjectives, "I'm"), someone's word for a thing ("sprach von einer
# „...“"), a view as the whole sentence ("sieht in X einen Y"), a view put down to an unnamed many,
# change without saying what, an open question as the claim, an imperative after ", so", idioms.
TENTH_BATCH_KINDS = [
    ("de", "Wer zu hoch steigt, kann tief fallen."),
    ("de", "Im Treppenhaus der Schule riecht es nach Putzmittel."),
    ("en", "The corridor smelled of bleach and stale coffee."),
    ("en", "The square was quiet after the protesters left."),
    ("en", "“I'm furious and heartbroken,” the nurse's husband told reporters."),
    ("de", "Die Ministerin sprach von einem „Meilenstein“ für die Region."),
    ("en", "The coach spoke of a “turning point” for the club."),
    ("de", "Die Opposition sieht in der Reform einen Angriff auf den Rechtsstaat."),
    ("de", "Für viele im Ort ist der See Segen und Fluch zugleich."),
    ("en", "For many in Leeds, the club is like a family."),
    ("de", "Fünf Jahre nach der Pandemie ist vieles anders als zuvor."),
    ("en", "A decade later, nothing is the same in the valley."),
    ("en", "Where the money goes next is the million-dollar question."),
    ("de", "Die große Frage ist, wer die Kosten trägt."),
    ("en", "Every seat matters, so make sure you vote."),
    ("de", "Die Regierung hat die Rechnung ohne den Wirt gemacht."),
    ("de", "Der Ball liegt nun im Feld der Gewerkschaften."),
    ("en", "For the unions, that ship has long sailed."),
]
TENTH_BATCH_LOOK_ALIKES = [
    ("de", "Die Aktie fiel, der Kurs sank auf den tiefsten Stand seit Mai."),
    ("en", "Residents said the air smelled of burning plastic after the blast."),
    ("en", "Trading was quiet ahead of the holiday, with the index up 0.2%."),
    ("en", "“The road is open and safe,” a police spokesman said."),
    ("de", "Die Polizei sprach von einem „Großeinsatz“ mit 300 Beamten."),
    ("de", "Die Ministerin sprach von „konstruktiven Gesprächen“, die am Montag fortgesetzt würden."),
    ("en", "The coach spoke of a “turning point” after the club was relegated."),
    ("de", "Die Polizei sieht in dem Brand einen Anschlag und hat am Montag einen Mann festgenommen."),
    ("en", "For most voters, the economy was the top issue, a poll found."),
    ("en", "Nothing has changed in the law since 2015."),
    ("de", "Nichts wurde gestohlen, sagte die Polizei."),
    ("en", "The question of funding was discussed on Monday."),
    ("en", "The bridge is closed, so drivers are using the ferry."),
    ("de", "Bleiben Sie zu Hause, so die Polizei."),
    ("de", "Drei Jahre nach dem Brand ist die Schule wieder in Betrieb."),
    ("en", "The ship has sailed for Rotterdam on Monday."),
]

# Kinds the eleventh batch's first run returned: a verdict in hindsight (an opening retrospective,
# then a copula), a proverb announced as one, an era declared over, a rule of thumb after "gilt:",
# a feeling in the first person inside a quote (even beside a figure), rain drumming as night
# falls, talk of nothing else, a mood ("everything seemed possible"), idioms.
ELEVENTH_BATCH_KINDS = [
    ("de", "Im Nachhinein war die Fusion von 2019 der größte Fehler der Konzernführung."),
    ("de", "Rückblickend ist der Lockdown im Frühjahr 2020 ein Einschnitt für eine ganze Generation."),
    ("en", "In hindsight, the 2016 referendum was the point of no return."),
    ("en", "Looking back, that summer was when the party lost its way."),
    ("en", "Slow and steady wins the race, as the saying goes."),
    ("de", "Wer rastet, der rostet, wie es so schön heißt."),
    ("de", "Die Zeiten, in denen Benzin billig war, sind längst vorbei."),
    ("en", "The days when a pension lasted a lifetime are over."),
    ("de", "Auch in der Politik gilt: Wer zuerst kommt, mahlt zuerst."),
    ("de", "„Heute schlafe ich endlich wieder ruhig“, sagte die Klägerin nach dem Urteil."),
    ("de", "„Ich kann es immer noch nicht fassen“, sagte der Trainer nach dem Spiel."),
    ("en", "“We still can't believe it,” said a couple from the next street."),
    ("en", "“I haven't slept well in weeks,” a nurse told reporters."),
    ("en", "Sleet pattered on the windows of the empty ward as darkness fell."),
    ("de", "Regen trommelte die ganze Nacht auf die Zeltdächer."),
    ("de", "In der Kantine wird seit Tagen über nichts anderes geredet."),
    ("en", "In the village pub, people talk of nothing else."),
    ("en", "For one night in May, everything seemed possible."),
    ("de", "Die Gewerkschaft hat ihr Pulver bereits verschossen."),
    ("de", "Der Verband ist längst ein Getriebener seiner Mitglieder."),
    ("de", "Zwischen den Zeilen war die Kritik am Kanzler deutlich."),
    ("de", "Die Reform kommt nur im Schneckentempo voran."),
    ("en", "The regulator is caught between a rock and a hard place."),
    ("en", "Talks on the trade deal have hit a brick wall."),
    ("en", "The region's broadband rollout is stuck in the slow lane."),
    ("en", "Neither union wants to blink first, and nor does the employer: neither will be seen to blink."),
    ("en", "The council has parked the issue until after the election."),
    ("en", "Planning reform moves at a glacial pace."),
]
ELEVENTH_BATCH_LOOK_ALIKES = [
    ("de", "Im Nachhinein stellte sich heraus, dass der Fahrer betrunken war."),
    ("en", "Looking back over 40 years of data, the agency found that winters had warmed by 2C."),
    ("en", "In hindsight, the bank said, it should have raised rates in 2021."),
    ("de", "Für Autofahrer gilt: Ab Montag ist die A1 zwischen Linz und Wels gesperrt."),
    ("de", "„Ich habe 20 Jahre hier gearbeitet“, sagte der Fischer."),
    ("en", "“I sleep in my car three nights a week,” said the driver, who earns $14 an hour."),
    # A feeling around a reported fact: the fact keeps it (0.5 and 0.55 with the rule).
    ("de", "„Ich kann es nicht fassen, dass 40 Menschen gestorben sind“, sagte der Bürgermeister."),
    ("en", "“I still can't believe that 12 children died in the fire,” the mayor said on Monday."),
    ("en", "Heavy rain fell overnight, flooding 200 homes in the valley."),
    ("de", "Das Schießpulver wurde in einer Lagerhalle in Graz sichergestellt."),
    ("en", "A lorry hit a brick wall on the A40 on Monday, injuring two people."),
    ("en", "The driver parked the lorry on the hard shoulder, police said."),
    ("de", "Die Kantine bleibt ab Montag geschlossen, teilte die Stadt mit."),
    ("en", "The 2008 crash was the largest since 1929, the report found."),
]

OPINION = (
    COPULA_ONLY
    + QUOTED_VERDICTS
    + STANCE_AND_FRAMES
    + IDIOMS
    + COMMENTARY
    + GUESSES_AND_ATMOSPHERE
    + TENTH_BATCH_KINDS
    + ELEVENTH_BATCH_KINDS
)
FACTS = (
    PERFECT_AND_PASSIVE
    + QUOTED_FACTS
    + STANCE_AND_FRAMES_WITH_FACTS
    + LITERAL_IDIOM_WORDS
    + COMMENTARY_LOOK_ALIKES
    + GUESS_AND_ATMOSPHERE_LOOK_ALIKES
    + TENTH_BATCH_LOOK_ALIKES
    + ELEVENTH_BATCH_LOOK_ALIKES
)


@pytest.mark.parametrize(("lang", "text"), OPINION, ids=_ids(OPINION))
def test_opinion_is_not_returned(lang, text):
    assert not _returned(lang, text)


@pytest.mark.parametrize(("lang", "text"), FACTS, ids=_ids(FACTS))
def test_look_alike_fact_is_returned(lang, text):
    assert _returned(lang, text)


def _rates(rows) -> tuple[float, float]:
    """Recall of the check-worthy rows and the share of the others rejected."""
    got = [(worthy, _returned(lang, text)) for lang, text, worthy in rows]
    positives = [returned for worthy, returned in got if worthy]
    negatives = [returned for worthy, returned in got if not worthy]
    return sum(positives) / len(positives), sum(not r for r in negatives) / len(negatives)


def test_opinion_dev_set_floors():
    # First run, before these rules: recall 0.967, negatives rejected 0.528.
    recall, rejected = _rates(OPINION_DEV_SET)
    assert recall >= 0.975
    assert rejected >= 0.87


def test_opinion_held_back_floors():
    # Run once the rules were settled: recall 0.967 before and after, negatives rejected 0.567
    # before, 0.667 after (what the rules carry to sentences they were not developed on).
    recall, rejected = _rates(OPINION_HELD_BACK)
    assert recall >= 0.966
    assert rejected >= 0.666


# Speaker normalisation: a German noun in "-e" takes only "-s" in the genitive, so "des Gebäudes"
# is "das Gebäude" (was "der Gebäud"); "-es" after other nouns still goes ("des Vereines").
GENITIVES = [
    ("Nach Angaben des Gebäudes wurden 20 Menschen evakuiert.", "das Gebäude"),
    ("Nach Angaben des Regimes wurden 20 Demonstranten festgenommen.", "das Regime"),
    ("Laut Angaben des Ensembles fällt die Premiere aus.", "das Ensemble"),
    ("Nach Angaben des Vereines kamen 300 Fans zum Training.", "der Verein"),
    ("Nach Angaben des Bundesamtes wurden 12.000 Anträge gestellt.", "das Bundesamt"),
    ("Nach Angaben des Komitees nahmen 40 Länder teil.", "das Komitee"),
    ("Nach Angaben des Konzerns sank der Umsatz um 3 Prozent.", "der Konzern"),
]


@pytest.mark.parametrize(("text", "speaker"), GENITIVES, ids=[t[:40] for t, _ in GENITIVES])
def test_genitive_speaker_in_nominative(text, speaker):
    assert find_speaker(text, "de") == speaker


# A demonstrative before "tells"/"says" is a thing, not a speaker (was "That", "This", "Which").
NO_SPEAKER = [
    "That tells you everything you need to know about the budget.",
    "This says a lot about the state of the coalition.",
    "Which says it all.",
]


@pytest.mark.parametrize("text", NO_SPEAKER, ids=[t[:40] for t in NO_SPEAKER])
def test_demonstrative_is_no_speaker(text):
    assert find_speaker(text, "en") is None


def test_speaker_after_relative_pronoun_stays():
    assert find_speaker("Prices rose, which analysts said was expected.", "en") == "analysts"
