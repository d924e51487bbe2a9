"""German "von einem bis zwei Monaten": after "von", "ein" before "bis" and a figure is the lower end
of a range, the figure 1 with the unit written once (batch 59: "in Schritten von einem bis zwei
Monaten" 1 and 2 months), as "zwischen einem und zehn Jahren" (batch 55). "von einem bis zum
anderen" has no figure after "bis". Bare "ein bis zehn Jahre" too (batch 102: 1 and 10 years), but not
"ein bis zu zehn Meter hoher Zaun" nor "ein bis 2030 befristeter Vertrag", where "ein" is the article.
Sample sentences written for these tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "de",
        "Die Wartezeit stieg von einer bis drei Wochen auf vier.",
        [("duration", 1, "week", None), ("duration", 3, "week", None), ("count", 4, None, None)],
    ),
    (
        "de",
        "Verhängt wurden Strafen von einem bis zu fünf Jahren.",
        [("duration", 1, "year", None), ("duration", 5, "year", None)],
    ),
    ("de", "Die Kurse kosten von einem bis 3 Euro pro Stunde.", [("money", 1, "EUR", None), ("money", 3, "EUR", None)]),
    ("de", "Darauf stehen ein bis fünf Jahre Haft.", [("duration", 1, "year", None), ("duration", 5, "year", None)]),
    ("de", "Eine bis drei Wochen dauert die Prüfung.", [("duration", 1, "week", None), ("duration", 3, "week", None)]),
    ("de", "Es gab ein bis zwei Verletzte.", [("count", 1, "Verletzte", None), ("count", 2, "Verletzte", None)]),
]
UNCHANGED = [
    ("de", "Vom einen bis zum anderen Ende sind es 3 Kilometer.", [("count", 3, "Kilometer", None)]),
    ("de", "Von einem bis zum anderen Ufer sind es 40 Meter.", [("count", 40, "Meter", None)]),
    ("de", "Sie sprach von einem bis dahin unbekannten Täter.", []),
    ("de", "Ein bis dahin unbekannter Mann stellte sich.", []),
    ("de", "Gebaut wird ein bis zu zehn Meter hoher Zaun.", [("count", 10, "Meter", "up_to")]),
    ("de", "Sie erhielt ein bis 2030 befristeter Vertrag.", [("year", 2030, None, None)]),
    (
        "de",
        "Es dauerte zwischen einem und zehn Jahren.",
        [("duration", 1, "year", None), ("duration", 10, "year", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_von_ein_bis_ranges(lang, text, expected):
    assert _found(text, lang) == expected
