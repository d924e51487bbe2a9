"""Fiscal years written with "FY" give the year: "in FY2029", a two-digit "FY27" in its century,
"FY 2026" with a space, and a span "FY2025-26" both years. Programme names and codes with a glued
figure stay as they were. Sample sentences written for these tests (sample data, copied from no
batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "en",
        "The agency expects a shortfall of 2.3% of output in FY2029.",
        [("percent", 2.3, "%", None), ("year", 2029, None, None)],
    ),
    ("en", "Outlays should shrink in FY27 before climbing again.", [("year", 2027, None, None)]),
    (
        "en",
        "The group's FY2025-26 capital plan runs to $800 million.",
        [("year", 2025, None, None), ("year", 2026, None, None), ("money", 800000000, "USD", None)],
    ),
    ("en", "Borrowing costs for FY 31 were revised up by the treasury.", [("year", 2031, None, None)]),
    (
        "en",
        "Its Q2 FY24 margin fell to 11%.",
        [("ordinal", 2, None, None), ("year", 2024, None, None), ("percent", 11, "%", None)],
    ),
    (
        "de",
        "Der Konzern erwartet im FY2026 einen Umsatz von 3 Milliarden Euro.",
        [("year", 2026, None, None), ("money", 3000000000, "EUR", None)],
    ),
    (
        "en",
        "Sales slipped in FY'25 and recovered in FY-2026.",
        [("year", 2025, None, None), ("year", 2026, None, None)],
    ),
]
UNCHANGED = [
    ("en", "The Air2030 programme was approved.", []),
    ("en", "The fiscal 2027 budget adds 40 posts.", [("year", 2027, None, None), ("count", 40, "posts", None)]),
    ("en", "Revenue in FY 2026 rose 5%.", [("year", 2026, None, None), ("percent", 5, "%", None)]),
    ("en", "FYI: 26 flights were cancelled.", [("count", 26, "flights", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_fiscal_years(lang, text, expected):
    assert _found(text, lang) == expected
