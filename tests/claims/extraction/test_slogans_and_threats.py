"""Slogans and quoted threats are words for the street, not claims (own sentences, written for these tests).

Each rejected row was returned before slogans.py; each kept row has the same words around a fact that must
stay returned: a banner removed, a march under a motto, a threatened strike with its length, signs counted.
"""

import pytest

from claims.extraction import extract_claims

REJECTED = [
    # A slogan with a figure: the crowd's figure, nobody's finding.
    ("de", "„Zehn Prozent, und zwar jetzt“, skandierten mehrere hundert Pflegekräfte vor dem Landtag."),
    ("de", "„30 Prozent für alle“, riefen die Streikenden vor dem Verlagshaus."),
    ("de", "Auf einem Plakat stand: „Drei Prozent sind ein Witz“."),
    ("en", "\"Ten percent or nothing\" read one banner at the rally outside the depot."),
    # Without a figure.
    ("de", "„Hände weg von unseren Renten“ stand auf einem großen Transparent am Rathausplatz."),
    ("en", "\"We want our jobs back,\" one worker shouted at the gates."),
    ("en", "Dockers held up placards reading \"Ports are not for sale\" at the harbour gate."),
    ("de", "Auf Plakaten stand „Bleiberecht für alle“ und „Schulen statt Abschiebungen“."),
    ("en", "Away fans unfurled a banner reading \"Sold out by the suits\" before kick-off."),
    ("en", "Outside the courthouse, parents held signs that read \"Hands off our schools.\""),
    ("en", "\"We want our club back\" echoed around the stadium for most of the second half."),
    # A threat in quotes, without a figure.
    ("de", "„Dann stehen die Bänder in allen Werken still“, drohte Betriebsratschef Volker Hansmann."),
]

KEPT = [
    ("en", "Police removed a banner reading \"No to the mine\" from the town hall on Tuesday."),
    ("de", "Rund 5.000 Menschen zogen unter dem Motto „Wir sind mehr“ durch die Innenstadt, teilte die Polizei mit."),
    ("en", "About 2,000 protesters marched to parliament chanting \"Resign!\", police said."),
    ("de", "„Wir streiken ab Montag 48 Stunden lang“, drohte der Gewerkschaftschef."),
    ("de", "Die Gewerkschaft drohte mit einem unbefristeten Streik ab dem 1. März."),
    ("en", "The council said 14 signs reading \"Private property\" had been put up along the path."),
    ("de", "„Wir haben 3.000 Unterschriften gesammelt“, sagte die Sprecherin der Initiative."),
]


@pytest.mark.parametrize("lang,text", REJECTED)
def test_slogan_or_threat_is_rejected(lang, text):
    assert extract_claims(text, language=lang) == []


@pytest.mark.parametrize("lang,text", KEPT)
def test_fact_beside_a_slogan_is_kept(lang, text):
    assert extract_claims(text, language=lang)
