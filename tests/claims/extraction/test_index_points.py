"""An index's points are counts, not a share's percentage points (sixty-second batch: "index
levels and readings are counts"): a level over 100 ("auf 38.420 Punkte"), a level after
"auf"/"to" in a sentence naming an index, points right after an index named in their clause,
and "vor" closing a clause as a verb's particle ("rückte auf 21 Punkte vor"), not "ahead of".
Near misses: the poll leads and changes of a share the percentage-point rule was made for, and
a league table's lead. Sample sentences written for these tests (sample data, copied from no
batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "de",
        "Der Nikkei kletterte um 1,1 Prozent auf 38.420 Punkte vor, der Topix um 0,9 Prozent.",
        [("percent", 1.1, "%", None), ("count", 38420, "Punkte", None), ("percent", 0.9, "%", None)],
    ),
    (
        "de",
        "Der Volatilitätsindex stieg um 8 Prozent und rückte auf 21 Punkte vor.",
        [("percent", 8, "%", None), ("count", 21, "Punkte", None)],
    ),
    (
        "de",
        "Mit einem Plus von 2 Prozent schloss der Dax 60 Punkte hinter seinem Rekord.",
        [("percent", 2, "%", None), ("count", 60, "Punkte", None)],
    ),
    (
        "en",
        "The VIX jumped 12% to 21 points ahead of the Fed decision.",
        [("percent", 12, "%", None), ("count", 21, "points", None)],
    ),
    (
        "en",
        "The FTSE 100 closed 40 points clear of its record, up 0.5%.",
        [("count", 40, "points", None), ("percent", 0.5, "%", None)],
    ),
    (
        "en",
        "Up 1.5% on the day, the benchmark finished 212 points ahead of Monday's close.",
        [("percent", 1.5, "%", None), ("count", 212, "points", None)],
    ),
]
NEAR_MISSES = [
    (
        "de",
        "Laut der neuen Insa-Umfrage kommt die SPD auf 18 Prozent und liegt damit fünf Punkte vor den Grünen.",
        [("percent", 18, "%", None), ("percent", 5, "pp", None)],
    ),
    (
        "de",
        "Die Arbeitslosenquote stieg um 0,4 Punkte auf 6,1 Prozent.",
        [("percent", 0.4, "pp", None), ("percent", 6.1, "%", None)],
    ),
    (
        "de",
        "Die Grünen verlieren in der Umfrage gut fünf Punkte und landen bei 8,3 Prozent.",
        [("percent", 5, "pp", "over"), ("percent", 8.3, "%", None)],
    ),
    ("de", "Bayern liegt nach dem 2:0 sechs Punkte vor Dortmund.", [("count", 6, "Punkte", None)]),
    (
        "de",
        "Der Dax verlor 120 Punkte, ein Minus von 0,6 Prozent.",
        [("count", 120, "Punkte", None), ("percent", 0.6, "%", None)],
    ),
    (
        "en",
        "Labour polled 34%, nine points ahead of Reform.",
        [("percent", 34, "%", None), ("percent", 9, "pp", None)],
    ),
    (
        "en",
        "The unemployment rate fell to 4.2%, down 0.2 points on the quarter.",
        [("percent", 4.2, "%", None), ("percent", 0.2, "pp", None)],
    ),
    (
        "en",
        "In the Ipsos poll Labour's lead has narrowed to three points, with the party on 30%.",
        [("percent", 3, "pp", None), ("percent", 30, "%", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + NEAR_MISSES)
def test_index_points(lang, text, expected):
    assert _found(text, lang) == expected
