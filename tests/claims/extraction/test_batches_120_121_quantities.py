"""Quantities batches 120 and 121 found read wrongly: half a percent, a surname's age opening a German
sentence, "einen mehr als zweistündigen", ordinals before a superlative with a participle. Own writing."""

import pytest

from claims.extraction import extract_quantities


def _q(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Die Partei will eine Abgabe von einem halben Prozent auf große Erbschaften.",
            ("percent", 0.5, "%", None),
        ),
        ("de", "Der Leitzins sinkt um rund ein halbes Prozent.", ("percent", 0.5, "%", "about")),
        ("en", "The levy would be half a percent of the sale price.", ("percent", 0.5, "%", None)),
        ("en", "Prices rose by half of one per cent in May.", ("percent", 0.5, "%", None)),
        # a percentage point stays one
        ("de", "Die Bank senkte den Zins um einen halben Prozentpunkt.", ("percent", 0.5, "pp", None)),
    ],
)
def test_half_a_percent_is_a_percentage(lang, text, expected):
    assert _q(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hofbauer, 41, ist der jüngste Intendant in der Geschichte des Hauses.", [("duration", 41, "year", None)]),
        ("Graz (APA) - Hofbauer, 41, leitet das Haus seit dem Frühjahr.", [("duration", 41, "year", None)]),
        # a tally of places is no age
        (
            "Tirol, 34, und Salzburg, 12, meldeten die meisten Fälle.",
            [("count", 34, None, None), ("count", 12, None, None)],
        ),
    ],
)
def test_a_surname_opening_the_sentence_with_an_age_between_commas(text, expected):
    assert _q(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es folgte ein mehr als dreistündiger Schlagabtausch.", ("duration", 3, "hour", "over")),
        ("Nach einem mehr als zweistündigen Gespräch trennte man sich.", ("duration", 2, "hour", "over")),
    ],
)
def test_an_article_before_mehr_als_and_a_number_adjective(text, expected):
    assert _q(text, "de") == [expected]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The revue became the seventh-longest-running show on the West End.", 7),
        ("She is the second-longest-serving mayor in the county's history.", 2),
        ("It was the third-best-selling album of the year.", 3),
    ],
)
def test_an_ordinal_before_a_superlative_and_a_participle(text, value):
    assert ("ordinal", value, None, None) in _q(text, "en")
