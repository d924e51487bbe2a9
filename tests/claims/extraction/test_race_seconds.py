"""Seconds in a race written without a unit word: a stopwatch decimal after "timed at"/"clocked",
after "in" in a sentence naming an event or a time already in seconds, a margin "off"/"behind"
after such a time; a decimal with "s" glued to it ("+3.081s"); and German tenths and hundredths
after a focus word ("um nur fünf Hundertstel"), short of a rival ("zwei Zehntel auf die
Siegerin") or in a relay or medal race. Near misses: prices, indices, shares of a whole, decades.
Sample sentences written for these tests (copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("en", "Adeyemi was clocked at 10.04 in the heats.", [("duration", 10.04, "second", None)]),
    (
        "en",
        "Okoro was timed at 19.91, with the Canadian third in 20.02.",
        [("duration", 19.91, "second", None), ("ordinal", 3, None, None), ("duration", 20.02, "second", None)],
    ),
    (
        "en",
        "She won the 100m breaststroke in 65.38, with Lund 0.21 behind.",
        [("count", 100, None, None), ("duration", 65.38, "second", None), ("duration", 0.21, "second", None)],
    ),
    (
        "en",
        "Verstappen's team-mate crossed the line +3.081s later.",
        [("duration", 3.081, "second", None)],
    ),
    (
        "de",
        "Mit lediglich fünf Hundertstel wurde die Slowenin im Slalom Zweite.",
        [("duration", 0.05, "second", None), ("ordinal", 2, None, None)],
    ),
    (
        "de",
        "Der Französin fehlten am Ende zwei Zehntel auf die Siegerin im Ziel.",
        [("duration", 0.2, "second", None)],
    ),
    (
        "de",
        "Die Schweizer Staffel holte Silber, um acht Hundertstel hinter Norwegen.",
        [("duration", 0.08, "second", None)],
    ),
    (
        "de",
        "Um gerade einmal drei Hundertstel geschlagen blieb ihr nur Rang drei.",
        [("duration", 0.03, "second", None), ("ordinal", 3, None, None)],
    ),
]
UNCHANGED = [
    ("en", "The index was 0.12 off its high by noon.", [("count", 0.12, None, None)]),
    ("en", "The yield settled in 4.25 territory.", [("count", 4.25, "territory", None)]),
    ("en", "Growth came in at 2.35 in the third quarter.", [("count", 2.35, None, None), ("ordinal", 3, None, None)]),
    ("en", "The 1990s were a boom decade.", []),
    ("de", "Die Partei verlor drei Zehntel auf die Konkurrenz.", [("fraction", 0.3, None, None)]),
    ("de", "Die Preise stiegen um nur ein Zehntel.", [("fraction", 0.1, None, None)]),
    ("de", "Drei Zehntel der Fläche sind befallen.", [("fraction", 0.3, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_race_seconds(lang, text, expected):
    assert _found(text, lang) == expected
