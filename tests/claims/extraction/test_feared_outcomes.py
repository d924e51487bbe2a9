"""A fear of what may yet happen is a forecast nobody stands behind, not a claim (own sentences, written for
these tests).

Each rejected row was returned before fears.py; each kept row is a fear of the same shape that must stay
returned: with a figure, with a demand beside it, people feared dead or missing.
"""

import pytest

from claims.extraction import extract_claims

REJECTED = [
    ("en", "Mayor Tom Hadley said he feared the river would breach the levee overnight."),
    ("en", "Police Chief Ana Ruiz said she feared the protest would turn violent after dark."),
    ("de", "Der Landeshauptmann sagte, er befürchte, dass der Pegel in der Nacht weiter steigen werde."),
    ("de", "Bürgermeister Karl Moser befürchtet, dass weitere Hänge abrutschen könnten."),
]

KEPT = [
    # A figure.
    ("en", "Mayor Tom Hadley said he feared the toll would rise above 40 once crews reached the valley."),
    # A demand beside the fear.
    ("en", "The governor said she feared the levee would fail and called for federal engineers to be sent."),
    ("de", "Die Landrätin befürchtet, dass der Damm brechen könnte, und fordert den Einsatz des Bundesheeres."),
    # People feared dead or missing: a count of a kind.
    ("en", "Dozens of miners are feared trapped after the shaft collapsed on Tuesday."),
]


@pytest.mark.parametrize("lang,text", REJECTED)
def test_feared_outcome_is_rejected(lang, text):
    assert extract_claims(text, language=lang) == []


@pytest.mark.parametrize("lang,text", KEPT)
def test_fear_of_the_same_shape_is_kept(lang, text):
    assert extract_claims(text, language=lang)
