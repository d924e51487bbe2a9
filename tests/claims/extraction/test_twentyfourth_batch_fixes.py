"""Speakers and facts the twenty-fourth and twenty-fifth blind batches' first runs missed, in forms of
their kinds (sample sentences written for these tests, not rows of any batch or the seed article), with
near misses that must keep their output.

- An office held under its own title before a name is dropped like a listed role: "House Speaker",
  "Speaker", "Treasurer", "State Comptroller", "Chief Whip", "Councillor" (speakers/words.py's
  _OFFICES_EN), at the start of the sentence before "said"/"told", after "said", and before "said" at
  the end. Such a word is a title only when a capitalised word follows it: "Speaker" ending a name is
  a surname ("Laura Speaker", "Finance Minister Laura Speaker"); a name that opens with a capitalised
  word that is no title stays whole ("Baker Tilly", "Hunter Biden"); "the Speaker" and "the
  treasurer" alone stay as they are.
- A court plea in the preterite is an event: "plädierte"/"plädierten" (lexicon._FACT_VERBS_DE), as
  "beantragte" is; not the first person's plea nor an impersonal modal.
- A scheduled decision: "wird"/"werden" and "befinden" (on a matter), "befunden" (passive) or
  "beschließen" closing the clause, with a session or a date ahead (states._DE_SCHEDULED); not without
  a date ("irgendwann", "am Ende").
Every FACTS row and every speaker before the near misses was missed before these rules.
"""

import pytest

from claims.extraction import extract_claims, find_speaker

SPEAKERS = [
    # an office's title before a name, opening the sentence
    ("Senate Speaker Ruth Ambrose told reporters the bill cuts farm subsidies by 3%.", "Ruth Ambrose"),
    ("Speaker Ruth Ambrose said the chamber would sit for 12 more days.", "Ruth Ambrose"),
    ("Treasurer Mark Ellery said the state ran a deficit of $2.1 billion.", "Mark Ellery"),
    ("State Treasurer Mark Ellery said revenue rose 6% in the first half.", "Mark Ellery"),
    ("State Comptroller Dana Whitlock said the pension fund returned 9.4%.", "Dana Whitlock"),
    ("Chief Whip Owen Pryce told MPs the vote would be held on Tuesday.", "Owen Pryce"),
    ("Councillor Priya Nand said 40 homes were flooded.", "Priya Nand"),
    # after "said", and before "said" at the end
    ("The bill cuts farm subsidies by 3%, said House Speaker Ruth Ambrose.", "Ruth Ambrose"),
    ("The state ran a deficit of $2.1 billion, Treasurer Mark Ellery said.", "Mark Ellery"),
    ("Deputy Speaker Ian Moss said 14 members were absent.", "Ian Moss"),
]

SPEAKER_NEAR_MISSES = [
    # "Speaker" as a surname
    ("Laura Speaker said the bakery sold 300 loaves a day.", "Laura Speaker"),
    ("The bakery sold 300 loaves a day, said Laura Speaker.", "Laura Speaker"),
    ("Finance Minister Laura Speaker said the levy raised 40 million pounds.", "Laura Speaker"),
    ("Energy spokeswoman Laura Speaker said prices rose 8%.", "Laura Speaker"),
    ("The levy raised 40 million pounds, said Inspector Laura Speaker of the Home Office.", "Laura Speaker"),
    # a name that opens with a capitalised word that is no title
    ("Baker Tilly said its revenue rose 11% last year.", "Baker Tilly"),
    ("Hunter Biden said he paid $2 million in back taxes.", "Hunter Biden"),
    ("Peter Paul Rubens said the painting took 3 years.", "Peter Paul Rubens"),
    # a title alone
    ("The Speaker said the chamber would sit for 12 more days.", "the Speaker"),
    ("The state ran a deficit of $2.1 billion, the treasurer said.", "the treasurer"),
    # listed roles, as before
    ("Finance Minister Mark Ellery said revenue rose 6%.", "Mark Ellery"),
]

FACTS = [
    # a court plea in the preterite
    ("de", "Der Verteidiger plädierte auf Notwehr."),
    ("de", "Die Anwälte der Angeklagten plädierten auf Freispruch."),
    # a scheduled decision with a session or a date ahead
    ("de", "Der Nationalrat wird in der Herbstsession über die Initiative befinden."),
    ("de", "Der Gemeinderat wird am Dienstag über den Antrag befinden."),
    ("de", "Über die Beschwerde wird im März befunden."),
    ("de", "Der Landtag wird im Dezember über den Doppelhaushalt beschließen."),
]

LOOK_ALIKES = [
    # a plea in the first person, an impersonal modal
    ("de", "Ich plädiere für mehr Gelassenheit."),
    ("de", "Man sollte für mehr Gelassenheit plädieren."),
    # no date ahead
    ("de", "Das Parlament wird irgendwann über die Initiative befinden."),
    ("de", "Am Ende werden die Wähler über die Vorlage befinden."),
    ("de", "Wir befinden uns in einer schwierigen Lage."),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS + SPEAKER_NEAR_MISSES)
def test_english_speakers(text, speaker):
    assert find_speaker(text, "en") == speaker
    claims = extract_claims(text, language="en")
    assert claims and claims[0].speaker == speaker


@pytest.mark.parametrize(("lang", "text"), FACTS)
def test_fact_is_returned(lang, text):
    assert extract_claims(text, language=lang)
    assert extract_claims(text)


@pytest.mark.parametrize(("lang", "text"), LOOK_ALIKES)
def test_look_alike_stays_rejected(lang, text):
    assert not extract_claims(text, language=lang)
