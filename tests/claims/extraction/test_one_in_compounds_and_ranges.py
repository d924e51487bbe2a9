""""Ein" as the figure 1: in a compound with a unit of time ("Einstundenmittelwert" 1 hour, as
"Achtstundentag" is 8 hours; fifty-seventh batch) and at the lower end of a range after
"zwischen"/"between" ("zwischen einem und zehn Jahren" 1 and 10 years, fifty-fifth batch).
Near misses: "Eintagsfliege" (no time compound), "ein" as an article ("zwischen einem und dem
anderen", "unter einer bis zu zwei Meter hohen Schicht"), "between one and another". Sample
sentences written for these tests."""

import pytest

from .test_eighth_batch_fixes import _found

FIXED = [
    ("de", "Gemessen wird der Einstundenmittelwert der Belastung.", [("duration", 1, "hour", None)]),
    ("de", "Sie unterschrieb einen Einjahresvertrag.", [("duration", 1, "year", None)]),
    ("de", "Die Behörde setzte eine Einwochenfrist.", [("duration", 1, "week", None)]),
    ("de", "Die Züge fahren im Einstundentakt.", [("duration", 1, "hour", None)]),
    (
        "de",
        "Die Reparatur dauert zwischen einer und drei Stunden.",
        [("duration", 1, "hour", None), ("duration", 3, "hour", None)],
    ),
    (
        "de",
        "Ihm drohen zwischen einem und fünf Jahren Gefängnis.",
        [("duration", 1, "year", None), ("duration", 5, "year", None)],
    ),
    (
        "de",
        "Die Zinsen liegen zwischen einem und 2,5 Prozent.",
        [("percent", 1, "%", None), ("percent", 2.5, "%", None)],
    ),
    (
        "en",
        "She faces between one and seven years in jail.",
        [("duration", 1, "year", None), ("duration", 7, "year", None)],
    ),
]
UNCHANGED = [
    ("de", "Der Hype war eine Eintagsfliege.", []),
    ("de", "Der Achtstundentag gilt weiter.", [("duration", 8, "hour", None)]),
    ("de", "Zwischen einem und dem anderen Lager gibt es Streit.", []),
    ("de", "Die Straße liegt unter einer bis zu zwei Meter hohen Schicht.", [("count", 2, None, "up_to")]),
    ("en", "Talks between one and another faction failed.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_one_in_compounds_and_ranges(lang, text, expected):
    assert _found(text, lang) == expected
