"""Poll points compared beside a share, a party list's shared unit, a change from "derzeit",
a year compared with after an amount, a fund's size after "über", a truncated ordinal pair."""

import pytest

from claims.extraction.quantities import extract_quantities


def _q(text):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, "de")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Die SPD erreicht 16 Prozent, einen Punkt weniger als im Januar.",
            [("percent", 16, "%", None), ("percent", 1, "pp", None)],
        ),
        (
            "Die Grünen liegen bei 14 Prozent und damit einen halben Punkt hinter der FDP.",
            [("percent", 14, "%", None), ("percent", 0.5, "pp", None)],
        ),
        ("Die SPD kommt auf 15, die Grünen auf 11 Prozent.", [("percent", 15, "%", None), ("percent", 11, "%", None)]),
        (
            "Der Satz soll von derzeit 4,1 auf mehr als 4,5 Prozent steigen.",
            [("percent", 4.1, "%", None), ("percent", 4.5, "%", "over")],
        ),
        ("Sie zahlten 5 Prozent weniger als 2024.", [("percent", 5, "%", None), ("year", 2024, None, None)]),
        ("Ein Rettungsfonds über 20 Milliarden Euro wurde beschlossen.", [("money", 20000000000, "EUR", None)]),
        ("Es ist die dritt- und viertgrößte Stadt.", [("ordinal", 3, None, None), ("ordinal", 4, None, None)]),
    ],
)
def test_fixed(text, expected):
    assert _q(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bayern hat einen Punkt mehr als Dortmund.", [("count", 1, "Punkt", None)]),
        (
            "Die Zahl der Toten stieg auf 21, die Quote auf 7 Prozent.",
            [("count", 21, None, None), ("percent", 7, "%", None)],
        ),
        ("Es kamen mehr als 2000.", [("count", 2000, None, "over")]),
        ("Der Fonds verwaltet über 150 Milliarden Euro.", [("money", 150000000000, "EUR", "over")]),
        ("Die zwei- oder dreitägige Reise.", [("duration", 2, "day", None), ("duration", 3, "day", None)]),
    ],
)
def test_near_misses_stay(text, expected):
    assert _q(text) == expected
