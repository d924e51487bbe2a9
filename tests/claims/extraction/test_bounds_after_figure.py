"""A bound written after its figure closes an inclusive bound: "aged 65 and over", "aged 21 or
older", "80 Jahre und älter" "at_least"; "aged 5 and under" "at_most", for an age only
(the batches give "$806,500 or below", "7nm and below" no hedge; "or more" after a bare figure, a sum
or a span is "at_least" since session nineteen (test_batches_301_308_fixes.py), after a unit of
measure none).
Near misses: "over" that hedges the next figure
("between 50 and over 100") or opens a phrase of its own ("and over the past decade", "and above
all", "und darüber hinaus"), bare figures and years. Sample sentences written for these tests
(sample data, copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("en", "Free bus travel is offered to residents aged 66 and over.", [("duration", 66, "year", "at_least")]),
    ("en", "The vaccine is open to anyone aged 18 or over from Monday.", [("duration", 18, "year", "at_least")]),
    (
        "en",
        "Patients aged 75 and older made up 12% of admissions.",
        [("duration", 75, "year", "at_least"), ("percent", 12, "%", None)],
    ),
    ("en", "Children aged 4 and under travel free.", [("duration", 4, "year", "at_most")]),
    (
        "de",
        "Betroffen sind vor allem Menschen im Alter von 80 Jahren und älter.",
        [("duration", 80, "year", "at_least")],
    ),
]
UNCHANGED = [
    # Not ages: the batches give these no hedge.
    ("en", "Loans of $806,500 or below qualify.", [("money", 806500, "USD", None)]),
    ("en", "Readings of 40 degrees and above were recorded.", [("count", 40, "degrees", None)]),
    ("en", "Drivers who travel 50 miles or more pay extra.", [("count", 50, "miles", None)]),
    ("en", "Sales rose 5% and above all margins improved.", [("percent", 5, "%", None)]),
    ("en", "It lost 12 and over time it shrank.", [("count", 12, None, None)]),
    ("de", "Der Umsatz stieg um 5 Prozent und darüber hinaus wuchs der Gewinn.", [("percent", 5, "%", None)]),
    ("de", "Es gab 12 Tote und darunter viele Kinder.", [("count", 12, "Tote", None)]),
    (
        "en",
        "Crowds of between 50 and over 100 people gathered.",
        [("count", 50, None, None), ("count", 100, "people", "over")],
    ),
    ("en", "Residents aged 66 and over the age limit pay.", [("duration", 66, "year", None)]),
    ("en", "It lost 12 and over the past decade it shrank.", [("count", 12, None, None)]),
    ("en", "The plant opened in 2019 and over time it grew.", [("year", 2019, None, None)]),
    ("en", "Turnout was 66 and over half of them voted.", [("count", 66, None, None), ("fraction", 0.5, None, "over")]),
]


@pytest.mark.parametrize(("lang", "text", "want"), FIXED)
def test_fixed(lang, text, want):
    assert _found(text, lang) == want


@pytest.mark.parametrize(("lang", "text", "want"), UNCHANGED)
def test_near_misses_unchanged(lang, text, want):
    assert _found(text, lang) == want
