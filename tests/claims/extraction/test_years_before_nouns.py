"""Years before a noun they date rather than count: a German plural of money amounts ("für 2027
Ausgaben von", "2028 Steuereinnahmen"), a round hundred after "bis" before the finite verb ("Bis
2100 steigen Pegel"), an English determiner before a year-like figure and a plural that names no
people ("their 2024 accounts", "the 2023 results"). Near misses that stay counts: a plural of
persons or things counted after the figure ("für 2026 Teilnehmer", "their 2025 employees", "bis
2000 Besucher", "bis 2000 neue Wohnungen"). Sample sentences written for these tests (sample data,
copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "de",
        "Das Land plant für 2027 Ausgaben von 4,2 Milliarden Euro.",
        [("year", 2027, None, None), ("money", 4200000000, "EUR", None)],
    ),
    (
        "de",
        "Der Kanton rechnet 2028 Steuereinnahmen von 900 Millionen Franken ein.",
        [("year", 2028, None, None), ("money", 900000000, "CHF", None)],
    ),
    ("de", "Bis 2100 steigen Pegel an der Küste deutlich.", [("year", 2100, None, None)]),
    ("de", "Bis 2000 lebten Bergbauern in dem Tal.", [("year", 2000, None, None)]),
    ("en", "Small firms must submit their 2024 accounts by January.", [("year", 2024, None, None)]),
    ("en", "The retailer's 2023 results disappointed investors.", [("year", 2023, None, None)]),
    ("en", "Turnout in the 2022 primaries was 31%.", [("year", 2022, None, None), ("percent", 31, "%", None)]),
]
UNCHANGED = [
    ("de", "Für 2026 Teilnehmer ist Platz im Stadion.", [("count", 2026, "Teilnehmer", None)]),
    ("de", "Erwartet werden bis 2000 Besucher.", [("count", 2000, "Besucher", None)]),
    ("de", "Bis 2000 neue Wohnungen sollen entstehen.", [("count", 2000, "Wohnungen", None)]),
    ("de", "Es wurden 2026 Arzneimittel geprüft.", [("count", 2026, "Arzneimittel", None)]),
    ("de", "Der Plan sieht 2025 Wohnungen vor.", [("count", 2025, "Wohnungen", None)]),
    ("en", "The firm said its 2025 employees would get a bonus.", [("count", 2025, "employees", None)]),
    ("en", "The league's 2024 players were tested.", [("count", 2024, "players", None)]),
    ("en", "The fund sold its 1500 shares.", [("count", 1500, "shares", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_years_before_nouns(lang, text, expected):
    assert _found(text, lang) == expected
