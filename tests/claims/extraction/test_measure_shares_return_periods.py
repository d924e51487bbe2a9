"""Half or a share of one unit of measure is the measure's value, a count ("ein halber Meter",
"half a mile", "three-quarters of an inch"), and return periods are durations in years
("hundertjährlich", "a 1-in-100-year flood") - forty-seventh batch. Sample sentences written
for these tests."""

import pytest

from .test_eighth_batch_fixes import _found

CHANGED = [
    ("de", "Auf dem Pass liegt ein halber Meter Schnee.", [("count", 0.5, None, None)]),
    ("de", "Der Pegel stieg um einen halben Meter.", [("count", 0.5, None, None)]),
    ("en", "The queue stretched for half a mile.", [("count", 0.5, None, None)]),
    ("en", "Hail up to half an inch across fell.", [("count", 0.5, None, "up_to")]),
    ("en", "Two-thirds of an inch of rain fell overnight.", [("count", 0.6667, None, None)]),
    ("en", "Nearly a quarter of a mile of fence was lost.", [("count", 0.25, None, "nearly")]),
    ("de", "Das war ein fünfzigjährliches Ereignis.", [("duration", 50, "year", None)]),
    ("de", "Statistisch gilt es als 30-jährliches Hochwasser.", [("duration", 30, "year", None)]),
    ("en", "Officials called it a 1-in-50-year storm.", [("count", 1, None, None), ("duration", 50, "year", None)]),
]
# Shares of a group, halves of time and a share before a measure with the article first stay.
UNCHANGED = [
    ("en", "Half of the passengers were stranded.", [("fraction", 0.5, None, None)]),
    ("en", "They waited half an hour.", [("duration", 0.5, "hour", None)]),
    ("de", "Sie wartete ein halbes Jahr.", [("duration", 0.5, "year", None)]),
    ("de", "Die Hälfte der Fahrgäste stieg um.", [("fraction", 0.5, None, None)]),
    ("en", "Visibility fell to less than a quarter mile.", [("fraction", 0.25, None, "under")]),
    ("en", "A third of the forest burned.", [("fraction", 0.3333, None, None)]),
    ("de", "Die Prüfung erfolgt halbjährlich und jährlich.", []),
    ("en", "The bill passed by a 3-to-1 margin after Covid-19.", [("count", 3, None, None), ("count", 1, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CHANGED + UNCHANGED)
def test_measure_shares_and_return_periods(lang, text, expected):
    assert _found(text, lang) == expected
