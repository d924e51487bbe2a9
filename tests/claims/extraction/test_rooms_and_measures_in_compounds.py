"""A number word inside a German compound counting rooms, beds, stars or litres
("Dreizimmerwohnung" 3, "Vierbettzimmern" 4, "Fünfsternehotel" 5, "Zweiliterflasche" 2) and a
share of a measure in one word ("Halbliterflasche" 0.5) are counts, as "3-Zimmer-Wohnung" and
"ein halber Liter" are (forty-ninth, fifty-second and fifty-fourth batches). Names of a kind of
house or room carry none. Sample sentences written for these tests."""

import pytest

from .test_eighth_batch_fixes import _found

COMPOUNDS = [
    ("de", "Eine Vierzimmerwohnung kostet 1.450 Euro.", [("count", 4, None, None), ("money", 1450, "EUR", None)]),
    ("de", "Gesucht sind vor allem Zweizimmerwohnungen.", [("count", 2, None, None)]),
    ("de", "Die Klinik hat nur noch Dreibettzimmer.", [("count", 3, None, None)]),
    ("de", "Ein Einzimmerapartment kostet 690 Euro.", [("count", 1, None, None), ("money", 690, "EUR", None)]),
    ("de", "In Leipzig wurde eine Dreiraumwohnung versteigert.", [("count", 3, None, None)]),
    ("de", "Im Fünfsternehotel stiegen die Preise 8 Prozent.", [("count", 5, None, None), ("percent", 8, "%", None)]),
    ("de", "Die Zweiliterflasche Cola kostet 2,29 Euro.", [("count", 2, None, None), ("money", 2.29, "EUR", None)]),
    ("de", "Eine Halbliterdose Bier kostet 1,10 Euro.", [("count", 0.5, None, None), ("money", 1.1, "EUR", None)]),
    ("de", "Dazu gibt es einen Viertelliter Wein.", [("count", 0.25, None, None)]),
    # Swiss rooms with a half, as "3½-Zimmer-Wohnung".
    ("de", "Die Viereinhalbzimmerwohnung kostet 2400 Fr.", [("count", 4.5, None, None), ("money", 2400, "CHF", None)]),
]
# A kind of house, room or penalty names no figure; a verb is no bed.
UNCHANGED = [
    ("de", "Im Einfamilienhaus leben zwei Personen.", [("count", 2, None, None)]),
    ("de", "Ein Doppelzimmer und ein Einzelzimmer waren frei.", []),
    ("de", "Die Website kann das Video einbetten.", []),
    ("de", "Er verwandelte den Siebenmeter sicher.", []),
    ("de", "Das Viertelfinale ist ausverkauft.", []),
    ("de", "Eine 3-Zimmer-Wohnung kostet 900 Euro.", [("count", 3, None, None), ("money", 900, "EUR", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COMPOUNDS + UNCHANGED)
def test_rooms_and_measures_in_compounds(lang, text, expected):
    assert _found(text, lang) == expected
