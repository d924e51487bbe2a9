"""Football copy fixes prompted by the eighty-second blind batch, with near misses that must not
change. Sample sentences written for these tests (made-up players, copied from no batch or
article). Every row of a FIXED list failed before its fix.

- Minutes of play in agate are ordinals: German brackets with added time "(90.+4)" (90 and 4,
  not 94) or the booked player's club "(Bochum/77.)"; English goal lines "Goals: ...",
  "Scoring: ..." with "Name 23" and "Name 90+1"; a result with scorers in brackets ("Leeds 2
  (Hale 9, Brink 66) Hull 1 (Moss 30)", its scores none).
- Table gaps: "einen Punkt vor", "mit einem Zähler Rückstand", "40 Punkte, einen mehr als" count 1;
  "with Brighton second on 48" ordinal 2.
- "a three-and-a-half-year deal" 3.5 years; "an average age of 26.8" 26.8 years; "£80 million over
  four seasons" no hedge.
- No quantity: a score before "on aggregate" or "loss", a club's year "Schalke 04", a team named
  by its age limit "Under-19s coach".
"""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    found = extract_quantities(text, lang)
    return [(q.kind, q.value, q.unit if q.kind != "count" else None, q.qualifier) for q in found]


ORD = "ordinal"

FIXED = [
    (
        "de",
        "Das 2:1 fiel erst in der Nachspielzeit (90.+4) durch Brenner.",
        [(ORD, 90, None, None), (ORD, 4, None, None)],
    ),
    (
        "de",
        "Tore: 0:1 Brenner (12.), 1:1 Kolb (45.+1).",
        [(ORD, 12, None, None), (ORD, 45, None, None), (ORD, 1, None, None)],
    ),
    ("de", "Rot: Hagedorn (Bochum/77.).", [(ORD, 77, None, None)]),
    ("de", "Gelb-Rot: Weiss (Sturm Graz/90.+2).", [(ORD, 90, None, None), (ORD, 2, None, None)]),
    (
        "en",
        "Goals: Leeds, Hale 9, Van-Brink 66; Hull, Moss 30.",
        [(ORD, 9, None, None), (ORD, 66, None, None), (ORD, 30, None, None)],
    ),
    (
        "en",
        "Scoring: Portland, Acosta 17, Bright 90+1.",
        [(ORD, 17, None, None), (ORD, 90, None, None), (ORD, 1, None, None)],
    ),
    ("en", "Goals: Moss 41 (pen).", [(ORD, 41, None, None)]),
    (
        "en",
        "Leeds 2 (Hale 9, Brink 66) Hull 1 (Moss 30).",
        [(ORD, 9, None, None), (ORD, 66, None, None), (ORD, 30, None, None)],
    ),
    ("de", "Sturm liegt einen Punkt hinter Salzburg.", [("count", 1, None, None)]),
    ("de", "Mit einem Zähler Rückstand folgt der LASK.", [("count", 1, None, None)]),
    ("de", "Kiel hat 40 Punkte, einen weniger als Paderborn.", [("count", 40, None, None), ("count", 1, None, None)]),
    (
        "en",
        "Villa lead on 50, with Brighton second on 48.",
        [("count", 50, None, None), (ORD, 2, None, None), ("count", 48, None, None)],
    ),
    ("en", "The striker agreed a three-and-a-half-year deal.", [("duration", 3.5, "year", None)]),
    ("en", "The delay meant a one-and-a-half-hour wait.", [("duration", 1.5, "hour", None)]),
    ("en", "The new squad has an average age of 26.8.", [("duration", 26.8, "year", None)]),
    ("de", "Der Kader hat ein Durchschnittsalter von 24,9.", [("duration", 24.9, "year", None)]),
    (
        "en",
        "The club lost £80 million over four seasons.",
        [("money", 80000000, "GBP", None), ("count", 4, None, None)],
    ),
    ("en", "Leeds went through 4-2 on aggregate.", []),
    ("en", "Hull slumped to the bottom after a 3-1 loss at Derby.", []),
    ("de", "Am Sonntag trifft Union auf Schalke 04.", []),
    ("en", "Under-19s coach Ben Moss will step up.", []),
]

UNCHANGED = [
    ("de", "Der Verband nannte (Punkt 3.) die Frist.", []),
    ("en", "Goals scored rose to 12 per game.", [("count", 12, None, None)]),
    (
        "en",
        # ("Apollo 11" names a mission, no count: blind batches 379 and 437)
        "The crew of Apollo 11 (Armstrong 38, Aldrin 39) landed.",
        [("count", 38, None, None), ("count", 39, None, None)],
    ),
    ("de", "Die AfD liegt einen Punkt vor der Union bei 25 Prozent.", [("percent", 25, "%", None)]),
    ("de", "Das war einen Punkt zu wenig.", []),
    ("en", "Ministers met Smith second on Monday.", []),
    ("en", "Expect a loss of 5-10 kg.", [("count", 5, None, None), ("count", 10, None, None)]),
    ("de", "Der Zug fährt um 9.05 Uhr.", []),
    ("en", "Unemployment among under-25s fell.", [("duration", 25, "year", "under")]),
    ("en", "The average age of 25.4 players.", [("count", 25.4, None, None)]),
    ("en", "He has played for the club for over three seasons.", [("count", 3, None, "over")]),
    ("en", "It took two and a half years.", [("duration", 2.5, "year", None)]),
]


@pytest.mark.parametrize("lang,text,want", FIXED)
def test_fixed(lang, text, want):
    assert _found(text, lang) == want


@pytest.mark.parametrize("lang,text,want", UNCHANGED)
def test_near_misses_unchanged(lang, text, want):
    assert _found(text, lang) == want
