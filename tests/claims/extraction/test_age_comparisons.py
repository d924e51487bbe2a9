"""A bare figure after a comparison of age is an age in years with its hedge: "jünger als 16",
"älter als 70", "aged over 80", "younger than 12" (the hedge as written: "under"/"over"). A noun
counted after the figure keeps the count. Sample sentences written for these tests (sample data,
copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "de",
        "Fast jeder dritte Lenker war jünger als 16.",
        [("fraction", 0.3333, None, "nearly"), ("duration", 16, "year", "under")],
    ),
    ("de", "Die meisten Opfer waren älter als 70, sagte die Polizei.", [("duration", 70, "year", "over")]),
    (
        "de",
        "Ein Viertel der Schüler war jünger als zwölf.",
        [("fraction", 0.25, None, None), ("duration", 12, "year", "under")],
    ),
    (
        "en",
        "Nearly half of the new patients were aged over 80.",
        [("fraction", 0.5, None, "nearly"), ("duration", 80, "year", "over")],
    ),
    (
        "en",
        "A fifth of the riders were younger than 12 and wore no helmet.",
        [("fraction", 0.2, None, None), ("duration", 12, "year", "under")],
    ),
]
UNCHANGED = [
    ("de", "Die Täter waren jünger als 16 Jahre.", [("duration", 16, "year", "under")]),
    ("de", "Der Verein ist älter als 30 andere Clubs.", [("count", 30, "Clubs", "over")]),
    ("en", "The fleet is older than 20 other fleets in the region.", [("count", 20, None, "over")]),
    ("en", "Those aged 70 and over were invited first.", [("duration", 70, "year", "at_least")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_age_comparisons(lang, text, expected):
    assert _found(text, lang) == expected
