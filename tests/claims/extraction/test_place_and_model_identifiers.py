"""Figures that name a place, a vehicle or a model carry no quantity.

- Places: German roads with a space ("die B 312", "über die L 205"), kilometre markers ("bei
  Bahnkilometer 41,7"), house numbers after a street ("in der Kirchengasse 9", "Grazer Straße
  21"), English house numbers before a street ("at 27 Mill Lane"), AP's block numbers ("the 2200
  block of"), wards, precincts and terms after a preposition ("in Ward 3", "in Term 4"), bills after
  their chamber ("Senate Bill 512"); a non-emergency line after a verb of calling ("call 111").
- Vehicles and models: a name or code after an article and a noun of the kind or an adjective
  ("das Hilfeleistungsfahrzeug HLF 3000 der Wehr", "mit dem Rettungshubschrauber Martin 4",
  "Der neue Kessel 7 startet"), a code with a point ("die ID.7", "des EQ.5"), "des Typs Orlen 310",
  "its popular Dune 3 hatchback", "its 718 Spyder roadster"; a school class "der 2b"; bowling
  figures before "v" ("5-31 v India").
Near misses keep their figures: a measure or a counted noun after the figure, a rank in
"-platz", a level on a scale, a surname in a box score, a plural noun after a name.

Sample sentences written for these tests (sample data, copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("de", "Auf der B 312 bei Hollabrunn kollidierten zwei Autos.", [("count", 2, "Autos", None)]),
    ("de", "Der Verkehr wird über die L 205 umgeleitet.", []),
    ("de", "Bei Bahnkilometer 41,7 stand ein Baum auf den Gleisen.", []),
    ("de", "In der Kirchengasse 9 entsteht ein Ärztezentrum.", []),
    ("de", "Das Geschäft an der Grazer Straße 21 schließt.", []),
    ("en", "Police were called to a house at 27 Mill Lane on Sunday.", []),
    ("en", "Two men were robbed in the 2200 block of Oak Street.", [("count", 2, "men", None)]),
    ("en", "Turnout in Ward 3 reached 41%.", [("percent", 41, "%", None)]),
    ("en", "Swimming lessons resume in Term 4.", []),
    ("en", "Senate Bill 512 passed without debate.", []),
    ("en", "For advice, call 111.", []),
    ("de", "Das Hilfeleistungsfahrzeug HLF 3000 der Wehr stand bereit.", []),
    ("de", "Der Patient wurde mit dem Rettungshubschrauber Martin 4 geflogen.", []),
    ("de", "Der neue Kessel 7 startet im Frühjahr.", []),
    ("de", "Die Nachfrage nach der ID.7 zog an.", []),
    ("de", "Betroffen sind 812 Autos des Typs Orlen 310.", [("count", 812, "Autos", None)]),
    ("en", "The recall includes its popular Dune 3 hatchback.", []),
    ("en", "Orders for its 718 Spyder roadster doubled.", []),
    ("de", "Die Klasse der 2b sammelte für das Tierheim.", []),
    ("en", "Best figures: 5-31 v India, Pune, 2016", [("year", 2016, None, None)]),
]
UNCHANGED = [
    ("de", "Auf der B 17 Kilometer weiter staute es sich.", [("count", 17, "Kilometer", None)]),
    ("de", "In der Einkaufsstraße 12 neue Geschäfte eröffnet.", [("count", 12, "Geschäfte", None)]),
    ("de", "Die Partei rutschte auf Listenplatz 12 ab.", [("count", 12, None, None)]),
    ("de", "Die höchste Warnstufe 3 gilt seit Montag.", [("count", 3, None, None)]),
    ("de", "Die Gemeinde gab dem Verein 500 Euro.", [("money", 500, "EUR", None)]),
    ("en", "A 43-year-old man was arrested.", [("duration", 43, "year", None)]),
    (
        "en",
        "Smith scored 20, Ward 6 and Jones 4.",
        [("count", 20, None, None), ("count", 6, None, None), ("count", 4, None, None)],
    ),
    ("en", "The ward 24 beds were closed.", [("count", 24, "beds", None)]),
    ("en", "They called 110 witnesses.", [("count", 110, "witnesses", None)]),
    ("en", "The airline's 300 Airbus jets were grounded.", [("count", 300, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_place_and_model_identifiers(lang, text, expected):
    assert _found(text, lang) == expected
