"""A bound before "aber" and a preposition, and a share whose "of ..." is left out (hundredth batch).

- "mindestens aber um 240 Euro": both the conjunction and the preposition stand between the bound and
  its figure, as each does alone ("mindestens aber 100 Euro", "mindestens um 3 Prozent").
- "cancel half of their flights at Orly and a third at Marseille": after a share of something, "and a
  third" before a place or a time is the same kind of share, not a rank ("a third place finish" is).
"""

import pytest

from claims.extraction import extract_claims


def _found(text: str, lang: str) -> list[tuple]:
    return [(q.kind, q.value, q.qualifier) for c in extract_claims(text, language=lang) for q in c.quantities]


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Die Gehälter steigen um 5,6 Prozent, mindestens aber um 240 Euro im Monat.", ("money", 240, "at_least")),
        ("Die Löhne steigen um 4,1 Prozent, mindestens jedoch um 130 Euro.", ("money", 130, "at_least")),
        ("Die Zulage steigt um 3 Prozent, höchstens aber auf 900 Euro.", ("money", 900, "at_most")),
        # near miss: no bound before "aber"
        ("Die Löhne steigen um 4,1 Prozent, aber um 130 Euro weniger als gefordert.", ("money", 130, None)),
    ],
)
def test_a_bound_before_aber_and_a_preposition_qualifies_the_figure(text, money):
    assert money in _found(text, "de")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regulator asked airlines to cancel half of their flights at Orly and a third at Lyon.",
         [("fraction", 0.5, None), ("fraction", 0.3333, None)]),
        ("Airlines cut a quarter of flights in Nantes and a third in Nice.",
         [("fraction", 0.25, None), ("fraction", 0.3333, None)]),
        ("Turnout was 40% of voters in Leeds and a third in York.",
         [("percent", 40, None), ("fraction", 0.3333, None)]),
        # near misses: a rank with its noun, no share before
        ("Half of the seats went to Labour, and a third place finish for the Greens.",
         [("fraction", 0.5, None), ("ordinal", 3, None)]),
        ("The club won the cup in May and a third title in June.", [("ordinal", 3, None)]),
    ],
)
def test_a_share_after_a_share_of_something_keeps_its_kind(text, expected):
    assert [f for f in _found(text, "en") if f[0] != "date"] == expected
