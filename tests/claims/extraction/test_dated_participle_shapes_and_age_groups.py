"""A year before a participle known by its shape ("der 1968 gestifteten Kapelle", "des 1754
gegossenen Geläuts"), and ages of groups written around a bare figure: "between the ages of 5 and
11", "Seniors 70 and up", "anyone 18 or older", "12 of whom were over 50". Sample sentences written
for these tests; the near misses must stay as they are."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("de", "Sie betet in der 1968 gestifteten Kapelle.", [("year", 1968, None, None)]),
    ("de", "Er leitet die 1957 gestiftete Kirche.", [("year", 1957, None, None)]),
    ("de", "Das Geläut des 1754 gegossenen Turms ist berühmt.", [("year", 1754, None, None)]),
    ("de", "Sie zeigt den 1968 restaurierten Altar.", [("year", 1968, None, None)]),
    ("de", "Er ist Chef einer 1983 übernommenen Schule.", [("year", 1983, None, None)]),
    ("en", "Children between the ages of 5 and 11 can get the shot.", [
        ("duration", 5, "year", None), ("duration", 11, "year", None)]),
    ("en", "Seniors 70 and up get a discount.", [("duration", 70, "year", "at_least")]),
    ("en", "The vaccine is open to anyone 18 or older.", [("duration", 18, "year", "at_least")]),
    ("en", "Americans 65 and over make up the bloc.", [("duration", 65, "year", "at_least")]),
    ("en", "People aged 65 and up pay less.", [("duration", 65, "year", "at_least")]),
    ("en", "The firm hired 30 people, 12 of whom were over 50.", [
        ("count", 30, "people", None), ("count", 12, None, None), ("duration", 50, "year", "over")]),
]  # fmt: skip
UNCHANGED = [
    # "die" and an "-en" participle is a plural; "der"/"den" and "-en" with a round figure or a
    # noun of plural shape may count.
    ("de", "Die 1500 errichteten Häuser stehen noch.", [("count", 1500, "Häuser", None)]),
    ("de", "Die Hälfte der 2000 gebauten Schiffe sank.", [
        ("fraction", 0.5, None, None), ("count", 2000, "Schiffe", None)]),
    ("de", "Die Zahl der 1968 berechtigten Wähler stieg.", [("count", 1968, "Wähler", None)]),
    ("de", "Sie half den 1968 geretteten Kindern.", [("count", 1968, "Kindern", None)]),
    ("de", "Er besucht die 1500 gesamten Häuser.", [("count", 1500, "Häuser", None)]),
    # "The age of" stays a count; "ages of" before a counted noun counts it.
    ("en", "The ages of 10 children were recorded.", [("count", 10, "children", None)]),
    # A bound before another figure, or no bound after the people.
    ("en", "It sold to adults 60 and over 70 times.", [("count", 60, None, None), ("count", 70, "times", "over")]),
    ("en", "We hired workers 20 and teachers 5.", [("count", 20, None, None), ("count", 5, None, None)]),
    ("en", "Prices rose 5 and up to 10 percent.", [("count", 5, None, None), ("percent", 10, "%", "up_to")]),
    # "of whom" and a unit after the figure.
    ("en", "It hired 40 guards, 12 of whom are under 80 kilograms.", [
        ("count", 40, "guards", None), ("count", 12, None, None), ("count", 80, "kilograms", "under")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_dated_participle_shapes_and_age_groups(lang, text, expected):
    assert _found(text, lang) == expected
