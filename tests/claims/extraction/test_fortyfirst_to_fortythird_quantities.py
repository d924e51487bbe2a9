"""Quantity fixes prompted by the forty-first to forty-third blind batches, each with near misses
that must not change. Sample sentences written for these tests (sample data, copied from no batch
or article). Every row of FIXED failed before its fix.

- Poll points as percentage points (neighbours._poll_points): a loss or gain in points with a
  share at least as large in the same sentence ("verliert drei Punkte und liegt bei 6,1 Prozent",
  "ein Minus von 7,3 Punkten", "up 1.3 points" after "9.4% of the vote"), unless an index is
  named; "um einen Punkt auf 12 Prozent"; a swing named before "was"; "a swing of 2.4 points in
  its favour" beside a share; "within three points of each other" in a sentence naming a poll.
- A digit run opening the text was dropped when the text ended in a digit and one character
  (anchors: a slice wrapped around): "2023 kamen ... zur Welt." gives the year.
- "Einpersonenhaushalte": the persons of a household in one word, count 1.
- "bei Frauen 44,1 und bei Männern 41,8 Jahre": the unit reaches back across "und bei X".
- "held over 12 days": a span, no hedge ("lasted over", "held for over" stay hedged).
- "40.000 Tonnen mehr als 2022": a year after a difference with its noun; "könnte Frankreich":
  a finite modal is no adjective of a counted noun.
- "$4.20 a dozen": the unit priced, no count 12.
- "Reactor 4", "737 MAX": identifiers.
- Headlines: "Orvana Q2 profit" (ordinal 2), "win second Ashes Test" (a lower-case ordinal before a
  capitalised noun, no closing stop), "becomes first" (ordinal 1), "Lira hits record low of 41.2
  per dollar" (an exchange rate after the currency opening the text).
"""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "de",
        "Die SPD kommt auf 18,5 Prozent, die Linke verliert knapp drei Punkte und liegt bei 6,1 Prozent.",
        [("percent", 18.5, "%", None), ("percent", 3, "pp", "nearly"), ("percent", 6.1, "%", None)],
    ),
    (
        "de",
        "Die ÖVP erreicht 24,0 Prozent, ein Minus von 7,3 Punkten gegenüber 2019.",
        [("percent", 24, "%", None), ("percent", 7.3, "pp", None), ("year", 2019, None, None)],
    ),
    (
        "de",
        "Die Grünen legen um einen Punkt auf 12 Prozent zu.",
        [("percent", 1, "pp", None), ("percent", 12, "%", None)],
    ),
    (
        "en",
        "The swing from Labour to the Greens in the ward was 6.2 points, according to the local election count.",
        [("percent", 6.2, "pp", None)],
    ),
    (
        "en",
        "Labour led 53.5% to 46.5% on the final count, a swing of 2.4 points in its favour.",
        [("percent", 53.5, "%", None), ("percent", 46.5, "%", None), ("percent", 2.4, "pp", None)],
    ),
    (
        "en",
        "A final poll had the two main parties within three points of each other.",
        [("count", 2, "main", None), ("percent", 3, "pp", None)],
    ),
    (
        "en",
        "The Greens took 9.4% of the vote, up 1.3 points from the last election.",
        [("percent", 9.4, "%", None), ("percent", 1.3, "pp", None)],
    ),
    (
        "de",
        "2023 kamen in der Schweiz 80.024 Kinder zur Welt, weniger waren es nur 1999.",
        [("year", 2023, None, None), ("count", 80024, "Kinder", None), ("year", 1999, None, None)],
    ),
    (
        "de",
        "Ein Drittel aller Wohnungen wird von Einpersonenhaushalten bewohnt.",
        [("fraction", 0.3333, None, None), ("count", 1, None, None)],
    ),
    (
        "de",
        "Das Durchschnittsalter lag bei Frauen 44,1 und bei Männern 41,8 Jahre.",
        [("duration", 44.1, "year", None), ("duration", 41.8, "year", None)],
    ),
    ("en", "The referendum was held over 12 days across the region.", [("duration", 12, "day", None)]),
    (
        "de",
        "Geerntet wurden rund 40.000 Tonnen mehr als 2022.",
        [("count", 40000, "Tonnen", "about"), ("year", 2022, None, None)],
    ),
    ("de", "Nach dem Plan für 2040 könnte Frankreich den Ausstoß halbieren.", [("year", 2040, None, None)]),
    (
        "en",
        "Butter cost $4.20 a dozen sticks last week, while eggs cost $3.10 a dozen.",
        [("money", 4.2, "USD", None), ("money", 3.1, "USD", None)],
    ),
    ("en", "Reactor 4 was taken offline for inspections.", []),
    ("en", "Regulators grounded the 737 MAX fleet again.", []),
    ("en", "Orvana Q2 profit falls 8%", [("ordinal", 2, None, None), ("percent", 8, "%", None)]),
    (
        "en",
        "England win second Ashes Test by five wickets",
        [("ordinal", 2, None, None), ("count", 5, "wickets", None)],
    ),
    ("en", "Solvix becomes first Kenyan fintech to list in London", [("ordinal", 1, None, None)]),
    ("en", "Lira hits record low of 41.2 per dollar", [("money", 41.2, "TRY", None)]),
]

NEAR = [
    ("de", "Bayern verliert zwei Punkte im Abstiegskampf.", [("count", 2, "Punkte", None)]),
    (
        "de",
        "Der Dax verlor 12 Punkte und schloss 0,1 Prozent tiefer bei 19.000 Punkten.",
        [("count", 12, "Punkte", None), ("percent", 0.1, "%", None), ("count", 19000, "Punkten", None)],
    ),
    (
        "de",
        "Der Dax verlor 150 Punkte, ein Minus von 0,8 Prozent.",
        [("count", 150, "Punkte", None), ("percent", 0.8, "%", None)],
    ),
    ("en", "The swing was 300 points in the Dow on Tuesday.", [("count", 300, "points", None)]),
    ("en", "The team finished within two points of the leaders.", [("count", 2, "points", None)]),
    ("en", "Shares rose 2%, up 30 points on the day.", [("percent", 2, "%", None), ("count", 30, "points", None)]),
    ("de", "Rund 2024 Kinder kamen zur Welt.", [("count", 2024, "Kinder", "about")]),
    (
        "de",
        "Es gab bei Frauen 86 Fälle und bei Männern 82,4 Jahre.",
        [("count", 86, "Fälle", None), ("duration", 82.4, "year", None)],
    ),
    ("en", "The talks lasted over 12 days.", [("duration", 12, "day", "over")]),
    ("en", "The hostages were held for over 44 days.", [("duration", 44, "day", "over")]),
    ("de", "Es kamen mehr als 2024 Besucher.", [("count", 2024, "Besucher", "over")]),
    ("de", "Es gibt 2030 kleine Häuser.", [("count", 2030, "Häuser", None)]),
    ("en", "He bought a dozen eggs for $5.", [("count", 12, "eggs", None), ("money", 5, "USD", None)]),
    ("en", "The plant has 2 reactors.", [("count", 2, "reactors", None)]),
    ("en", "Audi Q3 sales rose in China.", []),
    ("en", "Labour first elected in 1997", [("year", 1997, None, None)]),
    ("en", "India win second Test by eight wickets.", [("count", 8, "wickets", None)]),
    ("en", "Apples sell at 2.5 per dollar.", [("count", 2.5, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED)
def test_fixed(lang, text, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), NEAR)
def test_near_misses(lang, text, expected):
    assert _found(text, lang) == expected
