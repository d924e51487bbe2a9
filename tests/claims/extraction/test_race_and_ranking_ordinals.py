"""Places in an order written as a noun and a number, or a rank compound: "won stage 9", "stage 4
of the Giro", "world number three", "on day two" of a match, "die Nummer drei des Turniers", "die
Nummer eins im Damentennis", "die Tabellen-Erste", "als erster Norweger" are ordinals, and so
is an ordinal compound after a count ("four first-category passes": count 4, ordinal 1).
Near misses: "from day one" (from the start), "Stage 4 load-shedding" and "stage 3 cancer" (levels
on a scale), "die Nummer 7 im Kader" (a shirt), "Als erstes" (first of all). Sample sentences
written for these tests (copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("en", "The Dane won stage 9 after a long breakaway.", [("ordinal", 9, None, None)]),
    ("en", "Rain hit stage 4 of the Giro d'Italia on Tuesday.", [("ordinal", 4, None, None)]),
    ("en", "She is now world number three behind the Pole.", [("ordinal", 3, None, None)]),
    (
        "en",
        "India lost four wickets on day two at Lord's.",
        [("count", 4, "wickets", None), ("ordinal", 2, None, None)],
    ),
    ("de", "Sie trifft im Finale auf die Nummer drei des Turniers.", [("ordinal", 3, None, None)]),
    ("de", "Die Nummer eins im Damentennis sagte ihren Start ab.", [("ordinal", 1, None, None)]),
    ("de", "Die Tabellen-Erste aus Graz verlor daheim.", [("ordinal", 1, None, None)]),
    ("de", "Er gewann als erster Norweger den Titel.", [("ordinal", 1, None, None)]),
    # A count before an ordinal compound: the compound is an ordinal, no unit of the count.
    (
        "en",
        "The route crosses four first-category passes.",
        [("count", 4, None, None), ("ordinal", 1, None, None)],
    ),
    ("en", "He lost two second-round matches.", [("count", 2, None, None), ("ordinal", 2, None, None)]),
]
UNCHANGED = [
    ("en", "He has backed the plan from day one.", []),
    ("en", "Eskom moved to Stage 4 load-shedding overnight.", [("count", 4, "load-shedding", None)]),
    ("en", "Patients with stage 3 cancer were excluded.", [("count", 3, "cancer", None)]),
    ("de", "Er trägt die Nummer 7 im Kader.", []),
    ("de", "Als erstes wurde das Dach repariert.", []),
    ("de", "Sie ist die Nummer eins der Weltrangliste.", [("ordinal", 1, None, None)]),
    ("en", "The jet has two first-class cabins.", [("count", 2, "first-class", None)]),
    ("en", "They faced a third-round exit.", [("ordinal", 3, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_race_and_ranking_ordinals(lang, text, expected):
    assert _found(text, lang) == expected
