"""Floors written as ordinals ("a fourth-floor flat", "the first and second floors"), ages of a
plural in apposition or after "were" ("The brothers, 34 and 37,", "The victims were 16 and 19."),
"ages 8, 10 and 12", identifiers with no quantity (a union local, a mile marker, a USDA
establishment number, a telephone number in groups, "called 911 at"), sports shapes (a
"3-pointer" is a kind of shot, a win-loss record, a batsman's "Test hundred", a basketball score
"98:104"), "as low as"/"as high as" hedges, "5-pound bags" that weigh, German "ein" as 1 only for
a tally ("nur einem Schießfehler", not "und einem Boot") and "über" before a deal's term. Near
misses keep their figures. Sample sentences written for these tests (copied from no batch or
article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("en", "Flames broke out in a fourth-floor flat on Tuesday.", [("ordinal", 4, None, None)]),
    (
        "en",
        "Smoke filled the first and second floors of the school.",
        [("ordinal", 1, None, None), ("ordinal", 2, None, None)],
    ),
    ("en", "She waved from a second-storey window.", [("ordinal", 2, None, None)]),
    (
        "en",
        "The brothers, 34 and 37, were arrested at the scene.",
        [("duration", 34, "year", None), ("duration", 37, "year", None)],
    ),
    ("en", "The victims were 16 and 19.", [("duration", 16, "year", None), ("duration", 19, "year", None)]),
    (
        "en",
        "The girls who drowned were 11 and 13, police said.",
        [("duration", 11, "year", None), ("duration", 13, "year", None)],
    ),
    (
        "en",
        "Three boys, ages 8, 10 and 12, were rescued.",
        [
            ("count", 3, "boys", None),
            ("duration", 8, "year", None),
            ("duration", 10, "year", None),
            ("duration", 12, "year", None),
        ],
    ),
    ("en", "Members of Teamsters Local 727 voted to strike.", []),
    ("en", "The crash happened near mile marker 42 on Interstate 80.", []),
    ("en", "The products bear establishment number EST. 2790.", []),
    ("en", "The couple called 911 at midnight.", []),
    ("de", "Bitte melden Sie sich unter der Rufnummer 01 53126 3200.", []),
    ("en", "She made five 3-pointers in the first half.", [("count", 5, None, None), ("ordinal", 1, None, None)]),
    ("en", "The Kings are 30-12.", []),
    ("en", "Smith hit his third ODI hundred against Pakistan.", [("ordinal", 3, None, None)]),
    ("de", "Beim 98:104 gegen die Bulls erzielte er 30 Punkte.", [("count", 30, "Punkte", None)]),
    ("en", "Temperatures could reach as high as 38C on Friday.", [("count", 38, None, "up_to")]),
    ("en", "The 5-pound bags of flour were recalled.", [("count", 5, "pound", None)]),
    ("de", "Sie kam mit nur einem Schießfehler ins Ziel.", [("count", 1, "Schießfehler", None)]),
    ("de", "Mit zehn Fahrzeugen und einem Boot suchte die Feuerwehr.", [("count", 10, "Fahrzeugen", None)]),
    (
        "de",
        "Die Gewerkschaft hatte 4 Prozent über zwölf Monate gefordert.",
        [("percent", 4, "%", None), ("duration", 12, "month", None)],
    ),
]
UNCHANGED = [
    ("en", "The two-storey house burned down.", [("count", 2, "storey", None)]),
    ("en", "Local 20 councils will share the money.", [("count", 20, "councils", None)]),
    ("en", "The men were 15 and 17 points behind.", [("count", 15, "points", None), ("count", 17, "points", None)]),
    ("en", "The teams, 12 and 14, met on Sunday.", [("count", 12, None, None), ("count", 14, None, None)]),
    ("en", "The vote was 5-4.", [("count", 5, None, None), ("count", 4, None, None)]),
    ("en", "The ratio is 3-1.", [("count", 3, None, None), ("count", 1, None, None)]),
    ("en", "She paid with a 20-pound note.", [("money", 20, "GBP", None)]),
    ("en", "The village has a hundred houses.", [("count", 100, "houses", None)]),
    ("de", "Das war nur ein Witz.", []),
    (
        "de",
        "Er notierte vier Birdies und ein Doppelbogey.",
        [("count", 4, "Birdies", None), ("count", 1, "Doppelbogey", None)],
    ),
    ("de", "Die Verhandlungen dauerten über 24 Monate.", [("duration", 24, "month", "over")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_floors_plural_ages_and_records(lang, text, expected):
    assert _found(text, lang) == expected
