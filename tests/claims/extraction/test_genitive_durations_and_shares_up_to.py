"""A genitive numeral before a unit of time is a duration ("binnen zweier Tage", batches 115
and 118), and "by up to a third" is a share (batch 115). Sentences are own writing."""

import pytest

from claims.extraction import extract_quantities


def _q(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Räumung des Stalls soll binnen zweier Tage abgeschlossen sein.", ("duration", 2, "day", None)),
        ("Die Kreuzung war während gut zweier Stunden gesperrt.", ("duration", 2, "hour", "over")),
        ("Nach Ablauf dreier Wochen wurde der Markt wieder geöffnet.", ("duration", 3, "week", None)),
        ("Das Werk stand innerhalb zweier Monate still.", ("duration", 2, "month", None)),
    ],
)
def test_genitive_numeral_before_a_unit_of_time_is_a_duration(text, expected):
    assert _q(text, "de") == [expected]


@pytest.mark.parametrize(
    "text",
    ["Sie ist die Mutter zweier Söhne.", "Die Kosten zweier Tagesreisen trägt die Gemeinde."],
)
def test_genitive_numeral_before_another_noun_stays_a_count(text):
    assert _q(text, "de") == [("count", 2, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Barley yields could fall by up to a third in the north.", ("fraction", 0.3333, None, "up_to")),
        ("Turnout could drop by up to a quarter.", ("fraction", 0.25, None, "up_to")),
    ],
)
def test_by_up_to_a_share(text, expected):
    assert _q(text, "en") == [expected]


@pytest.mark.parametrize("text", ["The club was promoted up to a third division.", "Prices rose up to a third attack."])
def test_up_to_a_rank_stays_a_rank(text):
    assert _q(text, "en") == [("ordinal", 3, None, None)]
