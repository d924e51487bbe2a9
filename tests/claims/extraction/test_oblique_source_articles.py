"""A source after "nach Angaben", "laut" or "zufolge" is given in the nominative: a well-known
neuter acronym takes "das" ("des BSI" -> "das BSI"; an unlisted one stays masculine, "des ORF" ->
"der ORF"), and a feminine singular head whose ending no plural has puts its weak adjective back
in the nominative ("der Deutschen Bahn" -> "die Deutsche Bahn"; a plural keeps "-en": "der
deutschen Behörden" -> "die deutschen Behörden"); after "einer", which has no plural, always
("einer repräsentativen Umfrage" -> "eine repräsentative Umfrage")."""

import pytest

from claims.extraction import extract_claims


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nach Angaben des RKI stieg die Zahl der Fälle binnen einer Woche auf 4.200.", "das RKI"),
        ("Dem BKA zufolge wurden im Vorjahr 1.300 Fälle von Cyberbetrug angezeigt.", "das BKA"),
        ("Laut dem AMS waren Ende März rund 310.000 Menschen ohne Job.", "das AMS"),
        ("Nach Angaben des Seco sank die Arbeitslosenquote auf 2,3 Prozent.", "das Seco"),
        ("Nach Angaben der Schweizerischen Post wurden 2,1 Millionen Pakete zugestellt.", "die Schweizerische Post"),
        ("Der Deutschen Lufthansa zufolge fielen am Freitag 340 Flüge aus.", "die Deutsche Lufthansa"),
        ("Laut der Rhätischen Bahn waren 14 Züge verspätet.", "die Rhätische Bahn"),
        ("Laut einer repräsentativen Umfrage sind 40 Prozent der Befragten dagegen.", "eine repräsentative Umfrage"),
        ("Laut einer aktuellen Forsa-Umfrage sind 40 Prozent der Befragten dagegen.", "eine aktuelle Forsa-Umfrage"),
        # Near misses: an unlisted acronym stays masculine, a plural keeps its "-en", a known feminine.
        ("Nach Angaben des ORF sahen 1,2 Millionen Menschen das Finale.", "der ORF"),
        ("Nach Angaben des ADAC standen am Samstag 900 Kilometer Stau auf den Autobahnen.", "der ADAC"),
        ("Nach Angaben der örtlichen Behörden kamen 14 Menschen ums Leben.", "die örtlichen Behörden"),
        ("Nach Angaben der Vereinten Nationen sind 2,5 Millionen Menschen auf der Flucht.", "die Vereinten Nationen"),
        ("Nach Angaben der zuständigen Behörde wurden 40 Betriebe kontrolliert.", "die zuständige Behörde"),
        ("Nach Angaben der Österreichischen Bundesbahnen fielen 60 Züge aus.", "die Österreichischen Bundesbahnen"),
    ],
)
def test_oblique_source_in_the_nominative(text, speaker):
    assert extract_claims(text, "de")[0].speaker == speaker
