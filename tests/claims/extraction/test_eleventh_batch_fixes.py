"""Quantities the eleventh blind batch (a general news day) showed wrong, each with near misses
that must stay as they are. Sample sentences written for these tests (no row of any batch is
copied here)."""

import pytest

from .test_eighth_batch_fixes import _found

# 1. "null"/"zero" before a percent word is the figure 0 ("der Zins liegt bei null Prozent");
# German "null Komma fünf" is the decimal 0.5 (was read as 5). Elsewhere "null" and "zero"
# stay unread: "Stunde null", "Nulltoleranz", "zero tolerance", "net zero", "zero-emission".
ZERO = [
    ("de", "Die Notenbank hält den Einlagenzins bei null Prozent.", [("percent", 0, "%", None)]),
    ("de", "Das Wachstum lag im Quartal bei null Komma fünf Prozent.", [("percent", 0.5, "%", None)]),
    ("de", "Die Teuerung sank auf null Komma drei Prozent.", [("percent", 0.3, "%", None)]),
    ("de", "Der Zins fiel um null Komma zwei fünf Prozentpunkte.", [("percent", 0.25, "pp", None)]),
    ("de", "Die Arbeitslosigkeit stieg um null Prozentpunkte.", [("percent", 0, "pp", None)]),
    ("en", "The bank kept its deposit rate at zero percent.", [("percent", 0, "%", None)]),
    ("en", "Rates were cut to zero per cent in March.", [("percent", 0, "%", None)]),
    ("de", "Die Quote fiel auf fast null Prozent.", [("percent", 0, "%", "nearly")]),
    ("de", "Zur Messe kamen zwei Komma fünf Millionen Besucher.", [("count", 2500000, None, None)]),
]
ZERO_UNCHANGED = [
    ("de", "Für die Partei beginnt jetzt die Stunde null.", []),
    ("de", "Die Polizei setzt auf null Toleranz.", []),
    ("de", "Die Temperatur sank auf null.", []),
    ("de", "Der Konzern strebt eine Nullrunde an.", []),
    ("en", "The school has a zero tolerance policy.", []),
    ("en", "The city wants to reach net zero by 2040.", [("year", 2040, None, None)]),
    ("en", "The company sells zero-emission buses.", []),
    ("de", "Die Inflation stieg auf 2,5 Prozent.", [("percent", 2.5, "%", None)]),
    ("de", "Im Satz fehlt ein Komma, sagte die Lehrerin.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ZERO + ZERO_UNCHANGED)
def test_zero_before_a_percent_word(lang, text, expected):
    assert _found(text, lang) == expected
