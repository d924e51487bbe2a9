"""parse_digits() returns digits alone straight away: the same value as the general path."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction.numbers import parse_digits


@pytest.mark.parametrize("raw", ["0", "7", "12", "007", "2019", "300000", "1" * 40, "٣٤", "１２"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_digits_alone(raw, lang):
    value = parse_digits(raw, lang)
    assert value == Decimal(raw) and str(value) == str(Decimal(raw))
    # With a space inside (removed by the general path) the value is the same.
    assert parse_digits(raw[:1] + " " + raw[1:], lang) == value if len(raw) > 1 else True


@pytest.mark.parametrize(
    ("raw", "lang", "expected"),
    [
        ("3.000", "de", Decimal(3000)),
        ("3,000", "en", Decimal(3000)),
        ("2,4", "de", Decimal("2.4")),
        ("2.4", "en", Decimal("2.4")),
        ("1.5", "de", Decimal("1.5")),
        ("1.234,5", "en", Decimal("1234.5")),
        ("12 000", "de", Decimal(12000)),
        ("²", "de", None),
        ("3²", "en", None),
        ("1,2,3", "de", None),
    ],
)
def test_marks_still_read_by_the_general_path(raw, lang, expected):
    assert parse_digits(raw, lang) == expected
