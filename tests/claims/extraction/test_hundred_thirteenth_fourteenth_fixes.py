"""Fixes that batches 113 (consumer protection) and 114 (churches) prompted, on own sentences written for these
tests:

- a telephone number ("888-555-0143", "1-800-555-0199") and a postal code after a street address
  ("Hafenstraße 7, 28195 Bremen") carry no figure; a count of people stays;
- believers counted by age in surveys: "Catholics under 30" is an age;
- a plural possessive in the speaker's phrase: "the bishops' conference said".
"""

import pytest

from claims.extraction import extract_claims, extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


CASES = [
    ("en", "Customers can call the maker toll-free at 877-555-0188.", []),
    ("en", "The hotline, 1-800-555-0143, is open around the clock.", []),
    ("de", "Reklamationen gehen an die Firma, Hafenstraße 7, 28195 Bremen.", []),
    ("de", "Rund 12.000 Bremer kamen zum Hafenfest.", [("count", 12000, "Bremer", "about")]),
    ("en", "Among Protestants under 30, the share is 9%.",
     [("duration", 30, "year", "under"), ("percent", 9, "%", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_quantities(lang, text, expected):
    assert _found(text, lang) == expected


def test_plural_possessive_speaker():
    claims = extract_claims("The diocese lost 2,400 members last year, the bishops' conference said.", language="en")
    assert claims and claims[0].speaker == "the bishops' conference"
