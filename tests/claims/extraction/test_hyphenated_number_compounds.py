"""A German number-word compound joined by a hyphen to its noun is read as the closed compound
is: "Dreimonats-Euribor" 3 months, as "Dreimonatsfrist" (sixty-second batch), "Zehnjahres-Hoch"
10 years, as "Zehnjahreshoch" (fifteenth batch), "Zehnpunkte-Plan" 10, "Fünfprozent-Hürde" 5%;
and the first half of an elliptic pair ("Dreimonats- und Sechsmonatsgeld"). English
"three-month" was read already. Near misses: closed compounds, "Fünf-Jahres-Plan", adjectives,
and "Drei Monate". Sample sentences written for these tests (sample data, copied from no batch
or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "de",
        "Der Sechsmonats-Euribor notierte bei 2,6 Prozent.",
        [("duration", 6, "month", None), ("percent", 2.6, "%", None)],
    ),
    ("de", "Der Kupferpreis markierte ein Zwölfjahres-Hoch.", [("duration", 12, "year", None)]),
    ("de", "Die Koalition stellte ihren Achtpunkte-Katalog vor.", [("count", 8, None, None)]),
    ("de", "Kleine Parteien scheitern oft an der Dreiprozent-Hürde.", [("percent", 3, "%", None)]),
    ("de", "Die IG Metall verlangt eine Viertage-Woche.", [("duration", 4, "day", None)]),
    (
        "de",
        "Banken verlangen für Dreimonats- und Sechsmonatsgeld mehr.",
        [("duration", 3, "month", None), ("duration", 6, "month", None)],
    ),
]
NEAR_MISSES = [
    ("de", "Die Sechsmonatsfrist lief im Mai ab.", [("duration", 6, "month", None)]),
    ("de", "Der Ölpreis erreichte ein Zehnjahreshoch.", [("duration", 10, "year", None)]),
    ("de", "Der Fünf-Jahres-Plan wurde verlängert.", [("duration", 5, "year", None)]),
    ("de", "Es folgten dreimonatige Verhandlungen.", [("duration", 3, "month", None)]),
    ("de", "Drei Monate später fiel der Zins.", [("duration", 3, "month", None)]),
    ("de", "Die Dreiergruppe tagte im Mai.", [("count", 3, None, None)]),
    ("en", "The three-month Libor rate rose.", [("duration", 3, "month", None)]),
    ("en", "Six-month bills were sold at auction.", [("duration", 6, "month", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + NEAR_MISSES)
def test_hyphenated_number_compounds(lang, text, expected):
    assert _found(text, lang) == expected
