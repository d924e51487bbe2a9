"""An unnamed eyewitness's quoted experience of the moment is colour, not a claim (own sentences, written for
these tests).

Each rejected row was returned before eyewitness.py; each kept row is a quote of the same shape that must stay
returned: a figure in it, a spokesman speaking, a death or a collapse named.
"""

import pytest

from claims.extraction import extract_claims

REJECTED = [
    ("de", "„Die Fenster haben geklirrt, und die Kinder haben nur noch geschrien“, sagte eine Anwohnerin in Obertal."),
    ("de", "„Wir sind barfuß auf die Straße gelaufen und haben gewartet“, erzählte ein älterer Mann aus dem Ort."),
    ("de", "„Der Rauch kam plötzlich durch alle Ritzen“, berichtete eine Urlauberin aus Linz."),
    ("en", "\"The whole street shook and the lights went out,\" a resident of Marden told the BBC."),
    ("en", "\"We grabbed the dog and ran for the car,\" said a woman who lives near the river."),
    ("en", "\"I heard a roar and then everything went dark,\" one survivor told reporters."),
]

KEPT = [
    # A figure in the quote.
    ("en", "\"The water rose about a metre in twenty minutes,\" a farmer near Hexham said."),
    ("de", "„Das Wasser stand 40 Zentimeter hoch im Keller“, sagte eine Anwohnerin."),
    # A spokesman or an official speaking.
    ("de", "„Die Landesstraße bleibt bis auf Weiteres gesperrt“, sagte ein Sprecher der Bezirkshauptmannschaft."),
    ("en", "\"The county has closed the bridge on Mill Road,\" a council spokesman said."),
    # A death or a collapse named in the quote.
    ("en", "\"My neighbour was killed when the roof came down,\" a resident told Reuters."),
    ("de", "„Der Kirchturm ist in der Nacht eingestürzt“, sagte ein Anwohner."),
    ("de", "„Mein Nachbar ist in den Trümmern gestorben“, sagte ein Mann aus dem Dorf."),
]


@pytest.mark.parametrize("lang,text", REJECTED)
def test_eyewitness_experience_is_rejected(lang, text):
    assert extract_claims(text, language=lang) == []


@pytest.mark.parametrize("lang,text", KEPT)
def test_quote_of_the_same_shape_is_kept(lang, text):
    assert extract_claims(text, language=lang)
