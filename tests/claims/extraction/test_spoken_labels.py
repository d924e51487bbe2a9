"""A speaker's label for a thing is their word, not a fact (own sentences, written for these tests).

Each rejected row was returned before labels.py; each kept row is a fact of the same shape that must stay
returned: a characterisation of what happened, its cause or its victims, a label beside a figure, an act
reported after the label, a strike or a race that is called, a person described to find them, a court's ruling.
"""

import pytest

from claims.extraction import extract_claims

REJECTED = [
    # German "sprach von" and a noun phrase that ends the sentence.
    ("de", "Die Opposition sprach von einem Desaster."),
    ("de", "Der Bürgermeister sprach von einem Befreiungsschlag für die Region."),
    ("de", "Die Wirtschaftsministerin sprach von einem bitteren Tag für die Belegschaft."),
    ("de", "Makler sprechen von einem schwierigen Markt, der sich nur langsam erhole."),
    ("de", "Der Vereinspräsident sprach nach dem Abstieg von einem bitteren Abend."),
    ("de", "Die Jungen Liberalen sprachen von Klientelpolitik mit der Gießkanne."),
    # German "nannte" an object and a label; "bezeichnete/feierte/wertete ... als".
    ("de", "Der Mieterverein nannte die Novelle „Geschenk an Spekulanten“."),
    ("de", "Die Opposition nannte den Entwurf unausgegoren und teuer."),
    ("de", "Das Publikum feierte die Aufführung als Triumph der Regie."),
    ("de", "Beobachter werteten den Rücktritt als Eingeständnis des Scheiterns."),
    ("de", "Elternvereine kritisierten die neuen Stundenpläne als familienfeindlich."),
    # English "called" an object, then a noun phrase or an adjective.
    ("en", "Local businesses called the parking rules unfair and confusing."),
    ("en", "The opposition called the budget a missed opportunity."),
    ("en", "Fans called the new kit an embarrassment to the club."),
    # "described/dismissed/hailed ... as".
    ("en", "Teachers described the new curriculum as a step backwards."),
    ("en", "Ministers dismissed the report as scaremongering."),
    ("en", "Supporters hailed the ruling party's manifesto as bold and credible."),
]

KEPT = [
    # The state of a situation: a status report on the scene.
    ("en", "Police described the situation as calm."),
    ("de", "Die Polizei sprach von einer angespannten Lage."),
    # What happened, its cause or its victims, as a speaker characterises it.
    ("de", "Die Polizei sprach von einem gezielten Anschlag auf das Gebäude."),
    ("de", "Die Feuerwehr sprach von einem technischen Defekt an der Heizung."),
    ("de", "Der Staatsanwalt sprach von schwerem Betrug."),
    # A label beside a figure, an act reported after it.
    ("de", "Die Veranstalter sprachen von 12.000 Teilnehmern."),
    ("de", "Die Verteidigerin sprach von einem Irrtum und beantragte einen Freispruch."),
    # A reason named, a separable verb, a superlative to check.
    ("de", "Die Bahn nannte als Ursache einen Kabelbrand bei Fulda."),
    ("de", "Die Forschenden werteten die Daten aus drei Kliniken aus."),
    ("de", "Der Wetterdienst bezeichnete den Juli als den heißesten seit Beginn der Messungen."),
    # An act that is called.
    ("en", "The rail union has called a three-day strike for next week."),
    ("en", "The prime minister called a snap election for June."),
    ("en", "Nurses called off their strike after the pay offer was improved."),
    # A person described to find them; a ruling; a report after the label.
    ("en", "Witnesses described the driver as a tall man with a beard, police said."),
    ("en", "A federal judge dismissed the lawsuit as moot on Tuesday."),
    ("en", "The envoy described the talks as useful but said no agreement had been reached."),
]


@pytest.mark.parametrize("lang,text", REJECTED)
def test_label_is_rejected(lang, text):
    assert extract_claims(text, language=lang) == []


@pytest.mark.parametrize("lang,text", KEPT)
def test_fact_of_the_same_shape_is_kept(lang, text):
    assert extract_claims(text, language=lang)
