"""Quoted reactions, rhetoric and predictions with a named speaker (sample sentences written for these
tests, not rows of any batch), with near misses: quoted facts that must stay claims.

worthiness/quoted.py judges a quote by what it states; these shapes make it rhetoric whatever its
verbs tell, leaving only a time, a finding or a name as evidence:
- an antithesis ("is slowing, not stalling", "nicht X, sondern Y", "He didn't lie, he misled");
- defiance in the first person ("We will not be silenced", „Wir lassen uns nicht einschüchtern“);
- an address to "you" ("You abused the trust of ...", the judge told her);
- a question in quotes;
and English "will" of another subject than "we"/"I"/"there" is a prediction, not an intention.
Verbs of calling out, asking or mocking ("rief ... zu", "fragte", "asked", "spottete") after a quote only
tell how it was said: the quote is judged as after "sagte".
"""

import pytest

from claims.extraction import extract_claims

REJECTED = [
    # antithesis
    ("en", '"The housing market is slowing, not stalling," said Tom Reed, chief economist at Fenwick Bank.'),
    ("en", '"Voters will judge us on deeds, not on slogans," the party chairman said.'),
    ("en", '"She didn\'t forget the rules, she ignored them," the prosecutor told the jury.'),
    ("de", "„Sparen heißt nicht Kürzen“, sagte die Finanzstadträtin."),
    ("de", "„Wir brauchen nicht neue Formulare, sondern Personal“, sagte Verbandschefin Ulrike Brandt."),
    # defiance
    ("en", '"We will not be intimidated," the union\'s general secretary told the rally.'),
    ("en", '"I won\'t be silenced," the senator said.'),
    ("de", "„Wir lassen uns nicht einschüchtern“, sagte Betriebsratschefin Anna Keller."),
    ("de", "„Das lassen wir uns nicht länger gefallen“, sagte der Bauernbundobmann."),
    # address to "you"
    ("en", '"You abused the trust of every patient in your care," the judge told her.'),
    ("en", 'Judge Helen Price told him: "You ruined the lives of people who relied on you."'),
    ("de", "„Sie haben Menschen getäuscht, die Ihnen vertraut haben“, sagte der Richter."),
    # a prediction of another subject
    ("en", '"These tariffs will punish the very families they claim to protect," the senator said.'),
    ("en", '"History will not be kind to this government," the opposition leader said.'),
    # called out, asked, mocked
    ("de", "„Diese Stadt ist stärker als jeder Hass“, rief die Bürgermeisterin den Demonstranten zu."),
    ("de", "„Wie lange wollen Sie noch zuschauen?“, fragte die Oppositionsführerin den Minister."),
    ("en", '"Where was the minister when the river rose?" the farmer asked.'),
]

KEPT = [
    # a stated act or vote in the first person
    ("de", "„Wir werden der Vorlage nicht zustimmen“, sagte Fraktionschef Jonas Weber."),
    ("en", '"We will not raise fuel duty," the chancellor said.'),
    ("en", '"We will appeal the ruling," the company\'s lawyer said.'),
    # a prediction with a time
    ("en", '"The mine will close at the end of the year," a company spokesman said.'),
    ("en", '"The bridge will reopen next week," said a council spokeswoman.'),
    ("en", '"There will be no agreement without a vote in parliament," the foreign minister said.'),
    # a finding or an event
    ("en", '"We have found the second flight recorder," said investigator Paul Meyer.'),
    ("en", '"The fire was started deliberately, not by lightning," the fire chief said.'),
    ("de", "„Der Fahrer war nicht angeschnallt“, sagte ein Polizeisprecher."),
    ("de", "„Die Straße bleibt bis Montag gesperrt“, sagte ein Sprecher der Stadt."),
    # a figure
    ("en", '"You will pay 4,000 dollars in damages," the judge told him.'),
    ("de", "„Wir haben 300 Helfer im Einsatz“, rief der Einsatzleiter den Reportern zu."),
]


@pytest.mark.parametrize(("lang", "text"), REJECTED)
def test_quoted_rhetoric_is_rejected(lang, text):
    assert extract_claims(text, language=lang) == [], text


@pytest.mark.parametrize(("lang", "text"), KEPT)
def test_quoted_facts_stay_claims(lang, text):
    assert extract_claims(text, language=lang), text
