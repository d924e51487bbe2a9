"""What a quote states, read by the shape of each kind of evidence (worthiness/quote_evidence.py): quoted
opinion that carried a word of evidence in a shape that states nothing, and the facts beside it.

Sample sentences written for these tests (own sentences, not rows of any blind batch). Every sentence in
REJECTED was returned before these rules (a time word, a participle, a progressive, a first person's verb, a
position, a change, a name or a named subject counted as evidence); every one in KEPT states something
checkable and must stay a claim.
"""

import pytest

from claims.extraction import extract_claims

REJECTED = [
    # the day the speaker speaks on dates nothing; "may" in lower case is a modal; "since" of one's own life
    ("de", "„Heute war das Glück auf unserer Seite“, sagte Trainerin Maria Huber."),
    ("en", '"Whatever the critics may think, the plan is sound," Energy Minister Carla Boyd said.'),
    ("en", '"I have pictured this podium ever since I was a teenager," sprinter Jade Obi said.'),
    # a participle after a determiner or after a copula with more to follow is an adjective
    ("en", '"These are the broken promises of a tired government," opposition leader Dana Holt said.'),
    ("en", '"The market is priced for a miracle," said analyst Tom Hale of Brant Capital.'),
    # a present progressive of the first person, with an indefinite object, or an -ing after an intensifier
    ("en", '"We are writing a new chapter for this city," Mayor Rita Gomez said.'),
    ("en", '"The economy is losing its shine," said economist Jane Moss.'),
    ("en", '"The scenery is truly stunning," festival director Ian Price said.'),
    # a first person's modal, copula or experience is no act
    ("en", '"We cannot let this slide," Senator Ruth Kim said.'),
    ("en", '"We remain hopeful about the future," chairman Otto Brand said.'),
    ("de", "„Wir erleben eine Zeitenwende in der Pflege“, sagte Pflegedirektorin Anna Berger."),
    # a capitalised opening word before a copula, an English plural before its verb
    ("en", '"Patience remains our best weapon," General Mark Dunn said.'),
    ("en", '"Small farmers feel abandoned by everyone," union official Kate Morrow said.'),
    # a condition in a comparison; a change beside a modal
    ("en", '"Europe is only as safe as its weakest border," Defence Minister Karl Lind said.'),
    ("de", "„Wir können uns das Heizen nicht mehr leisten“, sagte Pensionistin Erika Moser."),
    # another subject's "werden" telling a change; "will never" is a vow
    ("de", "„Die Lage wird von Tag zu Tag schwieriger“, sagte Bürgermeister Franz Lechner."),
    ("en", '"We will never give up our homes," residents\' spokesman Alan Birch said.'),
    # a lesson drawn; a cost without a figure
    ("de", "„Das Turnier hat gezeigt, wie stark diese Mannschaft ist“, sagte Kapitän Lukas Mair."),
    ("de", "„Jede Verzögerung kostet Vertrauen“, sagte Kammerpräsidentin Eva Pichler."),
    # a people, a name after a preposition
    ("en", '"This budget punishes ordinary Canadians," opposition leader Dana Holt said.'),
    ("en", '"The world must not turn its back on Haiti," UN envoy Maria Lopez said.'),
    # a rule for whoever does something
    ("de", "„Wer jetzt spart, hat nichts verstanden“, sagte Ökonom Peter Strasser."),
    # a readiness asked for, a want denied to everyone
    ("en", '"Our hospitals must be ready for anything," Health Minister Joan Reilly said.'),
    ("en", '"Nobody wants another lockdown," Premier Grant Ellis said.'),
    # a whole utterance opening the sentence, however long the attribution
    ("de", "„Gänsehaut pur“, sagte die langjährige Obfrau des Trachtenvereins, Maria Gruber, nach dem Fest in "
     "Hallstatt."),
    ("en", '"Pure heartbreak for everyone here," said the long-serving chairman of the village football club, '
     "Tom Wilkes."),
]

KEPT = [
    # a time that dates; what is set for the speaker's day; a record in amount
    ("en", '"The bridge reopened today," council spokesman Dan Hill said.'),
    ("en", '"The vote takes place tonight," Speaker Tom Price said.'),
    ("en", '"The strike may last into May," union leader Jane Moss said.'),
    ("en", '"Prices have risen since the war began," economist Jane Moss said.'),
    ("de", "„Die Stadt hat seit Montag kein Trinkwasser“, sagte Bürgermeister Hans Gruber."),
    ("de", "„In Tirol gibt es heute mehr Ärzte als je zuvor“, sagte Gesundheitslandesrat Hans Gruber."),
    # a state after a copula closing its clause; a condition
    ("en", '"The motorway is blocked," police spokesman Dan Hill said.'),
    ("en", '"The airport is closed," airport spokesman Dan Hill said.'),
    ("en", '"The patient is no longer in danger," hospital director Anna Reid said.'),
    ("de", "„Die Straße ist nicht mehr gesperrt“, sagte Polizeisprecher Hans Gruber."),
    # a progressive acting on something definite
    ("en", '"Police are searching for the gunman," Mayor Tom Price said.'),
    ("en", '"Rebels are shelling the city centre," said UN envoy Maria Lopez.'),
    # a first person placed, a plan, a position
    ("en", '"We remain in talks with the buyer," chief executive Anna Reid said.'),
    ("en", '"The government plans to sell the bank," finance minister Tom Price said.'),
    ("de", "„Wir werden die Schule nicht schließen“, sagte Bürgermeister Hans Gruber."),
    # another subject's "werden" announcing an act, in the infinitive or the passive
    ("de", "„Die Regierung wird das Gesetz zurückziehen“, sagte Parteichef Hans Gruber."),
    ("de", "„Der Vertrag wird nicht verlängert“, sagte Vereinspräsident Hans Gruber."),
    # names that act; a nationality before a name
    ("en", '"Sudan has expelled the UN envoy," foreign ministry spokesman Dan Hill said.'),
    ("en", '"Ukraine has asked Germany for more air defence," Foreign Minister Anna Reid said.'),
    ("en", '"The German government has approved the sale," government spokesman Dan Hill said.'),
]


@pytest.mark.parametrize(("lang", "text"), REJECTED, ids=[t[:40] for _, t in REJECTED])
def test_quoted_opinion_is_rejected(lang, text):
    assert extract_claims(text, language=lang) == [], text


@pytest.mark.parametrize(("lang", "text"), KEPT, ids=[t[:40] for _, t in KEPT])
def test_quoted_fact_stays_a_claim(lang, text):
    assert extract_claims(text, language=lang), text
