"""Lines about the copy, not about the world (own sentences, written for these tests): a note on the data,
a disclaimer that a claim could not be checked, a refusal or a silence, a press release's boilerplate
(notes.py).

Each rejected row was returned before notes.py; each kept row is a fact of the same shape that must stay
returned: a figure beside the note or the refusal, the claim reported beside its disclaimer, a source.
"""

import pytest

from claims.extraction import extract_claims

REJECTED = [
    # A data note: a data noun opening the line and a status of the data.
    ("en", "Prices are indicative only and may be revised at any time."),
    ("en", "Figures may not add up because of rounding."),
    ("en", "Data for Wales are published separately."),
    ("de", "Kurse ohne Gewähr, Stand 18 Uhr MEZ."),
    # A claim not checked, in one clause.
    ("en", "The Associated Press could not independently verify the footage."),
    ("de", "Unabhängig überprüfen ließ sich das Video zunächst nicht."),
    # A refusal or a silence.
    ("en", "The price of the takeover was not disclosed."),
    ("en", "A spokesman declined to say how many staff would be affected."),
    ("en", "The newspaper contacted the account holder but did not receive a reply."),
    ("de", "Ob das Werk verkauft wird, wollte der Konzern nicht sagen."),
    # A press release's boilerplate.
    ("en", "About Northwind Labs: Northwind Labs helps retailers turn their data into better decisions."),
    ("de", "Über Bergquell: Bergquell ist ein führender Anbieter von Mineralwasser aus den Alpen."),
    ("en", "This release contains forward-looking statements within the meaning of the Securities Act of 1933."),
]

KEPT = [
    ("en", "Figures for March were revised to show a 0.2% fall."),
    ("en", "Israel's army said it killed 9 fighters, a claim that could not be independently verified."),
    ("en", "The company declined to say how it would finance the 2 billion euro purchase."),
    ("en", "Prices could rise by 8% next year, the minister said."),
    ("de", "Die Zahlen wurden am Montag nach oben korrigiert."),
    ("de", "Der Preis lag bei 40 Millionen Euro, weitere Details wollte der Konzern nicht nennen."),
    ("de", "Über Bergquell: Bergquell wurde 1987 gegründet und beschäftigt heute 420 Mitarbeiter."),
]


@pytest.mark.parametrize(("lang", "text"), REJECTED)
def test_note_or_refusal_is_not_returned(lang, text):
    assert extract_claims(text, language=lang) == []


@pytest.mark.parametrize(("lang", "text"), KEPT)
def test_fact_of_the_same_shape_is_returned(lang, text):
    assert extract_claims(text, language=lang)
