"""The cheap scans that spare two whole-text patterns (quantities/prefixes.py's _R_GATE before
_R_PREFIXED, quantities/marks.py's _R_PERIOD_GATE before _R_PERIOD) never hide a match: wherever the
pattern matches, the gate finds something (random strings over the characters that matter, plus wire
forms)."""

import random

import pytest

from claims.extraction.quantities.marks import _R_PERIOD, _R_PERIOD_GATE
from claims.extraction.quantities.prefixes import _R_GATE, _R_PREFIXED

_ALPHABET = "RNKShQH1234567890 .,'\u00a0abnmtrilo-/"


def _strings(n: int, seed: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 24)))


WIRE = ["R2.5bn", "KSh 3.4 billion", "Sh1.1 trillion", "N54.99 trillion", "in Q3 2025", "in H1.", "R 5"]


@pytest.mark.parametrize(("gate", "pattern"), [(_R_GATE, _R_PREFIXED), (_R_PERIOD_GATE, _R_PERIOD)])
def test_gate_covers_pattern(gate, pattern):
    for text in [*WIRE, *_strings(20000, 7)]:
        if pattern.search(text):
            assert gate.search(text), text


_DRAW_ALPHABET = "zahlgewinsupbKJokrtmy 67\u00a0ZAHLSPIELcdf"
DRAW_WIRE = [
    "Die Gewinnzahlen: 3, 12, 41",
    "Superzahl 7",
    "Spiel 77",
    "Super 6",
    "the winning Lotto numbers",
    "Powerball 12",
    "Mega Millions",
    "Lucky Stars 2 and 9",
    "numbers drawn were",
    "the supplementaries 4 and 19",
    "EuroMillions",
    "bonus ball 22",
    "Joker",
]


def test_draw_words_cover_draw_pattern():
    from claims.extraction.quantities.lotteries import _DRAW_WORDS, _R_DRAW

    rng = random.Random(11)
    samples = ["".join(rng.choice(_DRAW_ALPHABET) for _ in range(rng.randint(1, 30))) for _ in range(30000)]
    for text in [*DRAW_WIRE, *samples]:
        if _R_DRAW.search(text):
            low = text.lower()
            assert any(w in low for w in _DRAW_WORDS), text
    assert all(_R_DRAW.search(t) for t in DRAW_WIRE)
