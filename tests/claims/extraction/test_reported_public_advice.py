"""A tip to the public stays advice when its adviser is named (own sentences, written for these tests).

Each rejected row was returned before public_advice.py; each kept row is a fact of the same shape that must
stay returned: an official recommendation with a figure, an order given at a time or to a counted group, a
recommendation reported with its source, an appeal beside an event, a duty with a figure.
"""

import pytest

from claims.extraction import extract_claims

REJECTED = [
    # "raten" reports a tip: after the advice or before a zu-infinitive.
    ("de", "Radfahrer sollten bei Dunkelheit eine Warnweste tragen, rät der Verkehrsclub."),
    ("de", "Mieter sollten das Übergabeprotokoll genau lesen, raten Mieterschützer."),
    ("de", "Die Polizei rät, Wertsachen nicht sichtbar im Auto liegen zu lassen."),
    # A verb of recommending or asking before a zu-infinitive.
    ("de", "Die Feuerwehr bittet Anwohner, Fenster und Türen geschlossen zu halten."),
    ("de", "Die Wasserrettung appelliert an Badegäste, nur an bewachten Stellen ins Wasser zu gehen."),
    ("de", "Die Bergwacht empfiehlt, bei Gewitter den Gipfel sofort zu verlassen."),
    # ... also in the past (batches 100 and 104), and a passive appeal with a relative clause (batch 103).
    ("de", "Die Bischöfe appellierten an die Regierung, den Familiennachzug nicht weiter einzuschränken."),
    ("de", "Der Betriebsrat forderte die Konzernleitung auf, für die Beschäftigten geradezustehen."),
    ("de", "Der Verband rief alle Vereine auf, Trainingslager nur in geprüften Quartieren zu buchen."),
    # (invitations to the public and advice against, batches 111 and 112)
    ("en", "Birdwatchers are invited to report sightings on the society's website."),
    ("de", "Ärztinnen und Ärzte sind aufgerufen, Verdachtsfälle umgehend zu melden."),
    ("de", "Das Außenministerium rät von Reisen in die Grenzregion ab."),
    ("en", "Voters who have not yet returned a postal ballot are urged to drop it at a polling station."),
    # "sollten" advice reported with "mahnte".
    ("de", "Hundehalter sollten ihre Tiere im Wald an der Leine führen, mahnte der Förster."),
    # An appeal in the passive whose subject opens the sentence.
    ("de", "Pilzsammler werden dringend gebeten, nur bekannte Arten mitzunehmen."),
    ("en", "Hikers were urged to stay on the paths and carry enough water."),
    ("en", "Campers are being urged to check the fire danger before lighting a barbecue."),
    # An appeal to the public in the active, with nothing stated after it.
    ("en", "Officials advised residents to keep their pets indoors."),
    ("en", "Health workers urged parents to keep sick children at home."),
    # English advice to a generic addressee, reported or not.
    ("en", "Anyone who lost documents in the fire should contact their local council."),
    ("en", "Pensioners with questions should talk to their bank, the regulator advised."),
]

KEPT = [
    # (an order about a place during an incident is an event: batch 9)
    ("de", "Die Polizei rief die Anrainer auf, das Gebiet um die Fabrik weiträumig zu meiden."),
    ("de", "Die Gewerkschaft rief die Beschäftigten auf, ab Montag 48 Stunden zu streiken."),
    # A figure: a recommendation or an order that can be checked.
    ("de", "Die Impfkommission empfiehlt die Auffrischung allen über 70-Jährigen."),
    ("en", "Police urged 3,000 residents to leave their homes."),
    ("en", "The ministry advised 40,000 households to boil their water."),
    # A time: an order given is an event.
    ("en", "Residents were told to evacuate on Friday."),
    ("en", "Commuters were urged to avoid the station on Monday."),
    # A recommendation reported with its source.
    ("de", "Der Aufsichtsrat empfiehlt den Aktionären, das Angebot anzunehmen, wie der Konzern am Dienstag mitteilte."),
    # An event after the appeal.
    ("en", "Police urged drivers to avoid the ring road while the bridge remained closed."),
    # A demand to a government, no tip to the public.
    ("de", "Die Opposition forderte die Regierung auf, den Haushalt bis Juni vorzulegen."),
    # A duty with a figure.
    ("en", "Airlines should contact 40,000 stranded passengers by Friday, the regulator ruled."),
    ("en", "Lenders should check whether borrowers can afford a rate of 7%, the Bank of England said."),
]


@pytest.mark.parametrize(("lang", "text"), REJECTED)
def test_reported_tip_is_not_returned(lang, text):
    assert extract_claims(text, language=lang) == []


@pytest.mark.parametrize(("lang", "text"), KEPT)
def test_fact_of_the_same_shape_is_returned(lang, text):
    assert extract_claims(text, language=lang)
