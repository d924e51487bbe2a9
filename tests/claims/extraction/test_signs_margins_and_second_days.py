"""Quantity fixes prompted by the seventieth and seventy-first blind batches, each with near
misses that must not change. Sample sentences written for these tests (sample data, copied from
no batch or article). Every row of a FIXED list failed before its fix.

- A number word after "minus" is negative, as a figure is, and the hedge before "minus" holds
  ("auf bis zu minus neun Grad" -9 "up_to"); a tolerance ("plus oder minus drei", now also
  with digits: "plus oder minus 2,5") and the noun "Minus" keep the figure as written.
- "auf X von Y Prozent" / "to X from Y percent": the unit after the second figure serves both.
- "verliert einen Punkt" beside a share or in a poll: 1 percentage point.
- Bare points in a margin ("by 14 points") after percentage points written out in the same
  sentence are percentage points; "verlor 9,2 Punkte" after a verb stays as labelled (count).
- A finite verb ("hatte", "waren") between a figure and a capitalised word: no counted noun.
- "um elf Hundertstel auf Platz drei": a race margin and the place it gave, seconds.
- "on Nov. 4 and 5": the second day after "and", not before a counted noun.
- "every ... but one", "each ... but one" count the one, as "all but one" does.
- "a loved one" is a noun phrase, no count.
- "the No. 1 spot/position": a place in a ranking ("the No. 1 seed" stays none).
"""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("de", "Im Erzgebirge fallen die Werte auf bis zu minus neun Grad.", [("count", -9, "Grad", "up_to")]),
    ("de", "Die Wirtschaftsleistung lag zuletzt bei minus zwei Prozent.", [("percent", -2, "%", None)]),
    ("en", "Overnight lows could reach minus fifteen degrees.", [("count", -15, "degrees", None)]),
    # "plus oder minus" is ten characters: the tolerance was looked for in nine.
    ("de", "Der Fehlerbereich beträgt plus oder minus 2,5 Prozentpunkte.", [("percent", 2.5, "pp", None)]),
    (
        "de",
        "Die Eigenkapitalquote stieg im Jahresvergleich auf 41,7 von 39,2 Prozent.",
        [("percent", 41.7, "%", None), ("percent", 39.2, "%", None)],
    ),
    (
        "en",
        "The vacancy rate climbed to 6.4 from 5.9 percent.",
        [("percent", 6.4, "%", None), ("percent", 5.9, "%", None)],
    ),
    (
        "de",
        "Die Grünen gewinnen einen Punkt hinzu und kommen auf 13 Prozent.",
        [("percent", 1, "pp", None), ("percent", 13, "%", None)],
    ),
    ("de", "In der jüngsten Umfrage verliert die FDP einen Punkt.", [("percent", 1, "pp", None)]),
    (
        "en",
        "She won the seat by 6 percentage points, a ward her predecessor held by 14 points.",
        [("percent", 6, "pp", None), ("percent", 14, "pp", None)],
    ),
    ("de", "Der Vertrag von 2019 hatte Brüssel mehr Mitsprache gegeben.", [("year", 2019, None, None)]),
    (
        "de",
        "Die Norwegerin verwies die Italienerin um elf Hundertstel auf Platz drei.",
        [("duration", 0.11, "second", None), ("ordinal", 3, None, None)],
    ),
    (
        "en",
        "Ministers meet in Brussels on Nov. 4 and 5.",
        [("date", "--11-04", None, None), ("date", "--11-05", None, None)],
    ),
    ("en", "Rescuers had reached every stranded village but one, officials said.", [("count", 1, None, None)]),
    ("en", "Visitors may bring a loved one's photographs to the service.", []),
    ("en", "The album returned to the No. 1 position.", [("ordinal", 1, None, None)]),
]

UNCHANGED = [
    ("de", "Die Fehlertoleranz liegt bei plus oder minus drei Prozentpunkten.", [("percent", 3, "pp", None)]),
    ("de", "Die Wirtschaft schrumpfte, ein Minus von zwei Prozent.", [("percent", 2, "%", None)]),
    ("de", "Tagsüber liegen die Werte bei minus 4 Grad.", [("count", -4, "Grad", None)]),
    ("en", "The margin of error is plus or minus three percentage points.", [("percent", 3, "pp", None)]),
    ("de", "Der Anteil sank auf drei von zehn Befragten.", [("fraction", 0.3, None, None)]),
    ("de", "Die Zahl stieg auf 30 von 25 Fällen.", [("count", 30, None, None), ("count", 25, "Fällen", None)]),
    ("de", "Die Bayern verloren einen Punkt in Mainz.", []),
    ("de", "Der Dax verlor einen Punkt, ein Minus von 0,01 Prozent.", [("percent", 0.01, "%", None)]),
    (
        "de",
        "Die Liste gewann 4,2 Prozentpunkte, die Grünen verloren 1,8 Punkte.",
        [("percent", 4.2, "pp", None), ("count", 1.8, "Punkte", None)],
    ),
    (
        "en",
        "Labour fell 2 percentage points. The Lakers won by 22 points.",
        [("percent", 2, "pp", None), ("count", 22, "points", None)],
    ),
    ("de", "Die Firma hatte 2015 Mitarbeiter.", [("count", 2015, "Mitarbeiter", None)]),
    (
        "de",
        "Der Umsatz stieg um ein Zehntel, die Firma rückte auf Platz drei vor.",
        [("fraction", 0.1, None, None), ("ordinal", 3, None, None)],
    ),
    ("de", "Sie gewann mit elf Hundertstel Vorsprung.", [("duration", 0.11, "second", None)]),
    ("en", "On Nov. 4 and 19 people were hurt.", [("date", "--11-04", None, None), ("count", 19, "people", None)]),
    ("en", "The talks on March 9-10 ended.", [("date", "--03-09", None, None), ("date", "--03-10", None, None)]),
    ("en", "Nothing but one thing matters.", []),
    ("en", "All but one of the hostages were freed.", [("count", 1, None, None)]),
    ("en", "The No. 1 seed lost in straight sets.", []),
    ("en", "He wore the No. 9 shirt.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_signs_margins_and_second_days(lang, text, expected):
    assert _found(text, lang) == expected
