""" "one" naming who spoke after an inverted attribution is no count, also when the speaker's
description goes on in a participle or a relative clause ('..., said one commuter stranded at
the station', '..., said one nurse who asked not to be named'). Sample sentences written for
these tests (sample data, copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("en", '"We have been here since dawn," said one commuter waiting outside the closed station.', []),
    ("en", '"Nobody tells us anything," said one nurse who asked not to be named in the report.', []),
    ("en", "\u201cIt is chaos,\u201d said one farmer living near the river bank.", []),
]
UNCHANGED = [
    ("en", "Police said one person was taken to hospital.", [("count", 1, "person", None)]),
    (
        "en",
        "Officials said one building housing 40 families collapsed.",
        [("count", 1, "building", None), ("count", 40, "families", None)],
    ),
    ("en", '"It was terrible," said one resident.', []),
    ("de", "„Wir warten seit Stunden“, sagte ein Fahrgast, der auf die nächste Fähre wartete.", []),
    ("de", "Die Polizei sagte, ein Mann sei verletzt worden.", []),
]


@pytest.mark.parametrize(("lang", "text", "want"), FIXED)
def test_fixed(lang, text, want):
    assert _found(text, lang) == want


@pytest.mark.parametrize(("lang", "text", "want"), UNCHANGED)
def test_near_misses_unchanged(lang, text, want):
    assert _found(text, lang) == want
