"""Condolences, sympathy and prayers are a gesture, not a claim (own sentences, written for these tests).

Each rejected row but the "in Gedanken" one (a guard of its shape) was returned before its rule; each kept
row is a fact of the same shape that must stay returned: help pledged, mourning or flags ordered beside the
sympathy, a figure, a visit.
"""

import pytest

from claims.extraction import extract_claims

REJECTED = [
    ("de", "Der Bundeskanzler sprach den Hinterbliebenen sein tief empfundenes Mitgefühl aus."),
    ("de", "Der Bischof versicherte den Betroffenen im Tal seine Nähe und sein Gebet."),
    ("de", "Die Gedanken seien bei den Verletzten und ihren Familien, sagte die Landrätin."),
    ("en", "The foreign minister sent his deepest condolences to the people of Chile."),
    ("en", "Our hearts go out to the families in the valley, the senator wrote on social media."),
    ("en", "The mayor said she was deeply saddened by the loss of the old mill."),
    ("en", "The president said the nation stood shoulder to shoulder with the people of the coast."),
    ("en", "The bishop said the whole diocese was praying for the families of the missing."),
    ("en", "\"We ask everyone to pray for the miners and their families,\" the archbishop said."),
    # (batch 107: thoughts "in Gedanken", prayers said or called for, flowers laid, a speedy recovery wished)
    ("de", "„Wir sind in Gedanken bei den Angehörigen“, sagte der Vorstandschef der Bahn."),
    ("de", "Im Linzer Dom beteten am Abend Hunderte Gläubige für die Opfer."),
    ("de", "Vor dem Rathaus legten Anwohner Blumen und Kerzen nieder."),
    ("en", "\"Our hearts are broken and our prayers are with the crew's families,\" the operator said."),
    ("en", "The governor said she was anguished by the loss of life and wished the injured a speedy recovery."),
]

KEPT = [
    # Help or mourning stated with the sympathy.
    ("de", "Der Bundeskanzler sprach den Hinterbliebenen sein Mitgefühl aus und sagte rasche Hilfe zu."),
    ("de", "Die Landesregierung ordnete Staatstrauer an und sprach den Familien ihr Beileid aus."),
    ("en", "The governor expressed her sympathy and ordered flags at half-staff across the state."),
    ("en", "The king sent his condolences and pledged federal aid to rebuild the town."),
    # A figure beside it.
    ("en", "The premier offered his condolences to the families of the 14 people who died."),
    ("de", "Die Gemeinde kondolierte und stellte 500.000 Euro Soforthilfe bereit."),
    # Not a gesture: a prayer service held, a heart operation.
    ("en", "Hundreds attended a prayer vigil for the victims at St Mary's on Sunday."),
    ("de", "Der Papst wird am Sonntag in der Kathedrale von L'Aquila eine Messe feiern."),
    ("de", "Die Gemeinde legte Blumen nieder und stellte 200.000 Euro Soforthilfe bereit."),
]


@pytest.mark.parametrize("lang,text", REJECTED)
def test_condolence_is_rejected(lang, text):
    assert extract_claims(text, language=lang) == []


@pytest.mark.parametrize("lang,text", KEPT)
def test_act_beside_condolence_is_kept(lang, text):
    assert extract_claims(text, language=lang)
