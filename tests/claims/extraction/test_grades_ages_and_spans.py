"""Grades, school years, ages, spans and hedges (batches 72, 74, 75 and 77). A mark on a numbered
scale is a count ("achieved a grade 6"), while school years and a qualification's level are names
("in grade 9", "Years 4 and 6", "National 4 exams"); German pupils named by their grade are
ordinals ("Drittklässler" 3), as is "erste" after an article and an adjective ("im abgeschlossenen
ersten Jahr"); ages bound after a person noun, after "aged" in months and after "age of"; a part
of a span takes its unit ("three of the last five years", "in 7 der letzten 12 Monate"); "in each
of" makes years a span; "halb so" is 0.5; a rule that "gilt ab" a figure bounds it from below; the
hedge before "once every" hedges the interval; "runs over" spans. Sample sentences written for
these tests."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("en", "Only 41% of pupils achieved a grade 6 in English.", [("percent", 41, "%", None), ("count", 6, None, None)]),
    # (batch 72 labelled the threshold bare; batches 156 and 409, seven rows against three, "at_least")
    ("en", "Entries marked grade 5 or above rose.", [("count", 5, None, "at_least")]),
    ("en", "Pupils in Years 4 and 6 sat 12 tests.", [("count", 12, "tests", None)]),
    ("en", "Entries for National 4 exams fell to 61%.", [("percent", 61, "%", None)]),
    ("en", "The U.S. 10-year yield rose to 4.2%.", [("duration", 10, "year", None), ("percent", 4.2, "%", None)]),
    (
        "en",
        "Scores for U.S. eighth-graders and U.S. 8th-graders fell.",
        [("ordinal", 8, None, None), ("ordinal", 8, None, None)],
    ),
    (
        "de",
        "Die Drittklässler und Sechstklässlerinnen schreiben Tests.",
        [("ordinal", 3, None, None), ("ordinal", 6, None, None)],
    ),
    ("de", "Der Anspruch gilt nach dem abgeschlossenen ersten Schuljahr.", [("ordinal", 1, None, None)]),
    ("en", "Care for a toddler under three has become dearer.", [("duration", 3, "year", "under")]),
    ("en", "Babies aged six months and over can get the vaccine.", [("duration", 6, "month", "at_least")]),
    ("en", "The bill sets a minimum age of 15 for the apps.", [("duration", 15, "year", None)]),
    ("en", "Rents rose 3% in each of the past four years.", [("percent", 3, "%", None), ("duration", 4, "year", None)]),
    (
        "en",
        "The firm has made a loss in three of the last five years.",
        [("duration", 3, "year", None), ("duration", 5, "year", None)],
    ),
    (
        "de",
        "Die Preise stiegen in 7 der letzten 12 Monate.",
        [("duration", 7, "month", None), ("duration", 12, "month", None)],
    ),
    (
        "de",
        "In Graz fielen 40 Sonnentage an, in der Grazer Altstadt 35 sowie 12 Nebeltage.",
        [("count", 40, "Sonnentage", None), ("count", 35, None, None), ("count", 12, "Nebeltage", None)],
    ),
    ("de", "Der Stausee war nur halb so voll wie im Vorjahr.", [("fraction", 0.5, None, None)]),
    ("de", "Es fiel knapp halb so viel Regen.", [("fraction", 0.5, None, "nearly")]),
    ("de", "Die Warnstufe 2 gilt ab 6,20 Meter.", [("count", 2, None, None), ("count", 6.2, "Meter", "at_least")]),
    ("en", "Such a flood comes roughly once every 200 years.", [("duration", 200, "year", "about")]),
    ("en", "The festival runs over four days each May.", [("duration", 4, "day", None)]),
]
UNCHANGED = [
    ("en", "Pupils in grade 9 sit the test in June.", []),
    ("en", "Pupils in Grade 9 sit the test in June.", []),
    ("en", "Year 11 pupils sat 30 papers.", [("count", 30, "papers", None)]),
    ("en", "The National 500 race drew 80 cars.", [("count", 500, "race", None), ("count", 80, "cars", None)]),
    ("de", "Siehe S. 12 im Bericht.", []),
    ("de", "Die Zahlung kam erst Ende Mai.", []),
    ("de", "Die Regierung will ersten Berichten zufolge sparen.", []),
    ("en", "The age of 16 recruits was not given.", [("count", 16, "recruits", None)]),
    ("en", "It lost 9 months and over time it shrank.", [("duration", 9, "month", None)]),
    ("en", "Each of the last seven years has set a new record.", [("duration", 7, "year", None)]),
    ("en", "He scored 3 of the 10 goals.", [("count", 3, None, None), ("count", 10, "goals", None)]),
    ("de", "Fast alle 27 Staaten stimmten zu.", [("count", 27, "Staaten", None)]),
    ("de", "Das Gesetz gilt ab 2027.", [("year", 2027, None, None)]),
    ("de", "Der Kurs kostet ab 90 Euro.", [("money", 90, "EUR", None)]),
    ("en", "The meeting lasted over two hours.", [("duration", 2, "hour", "over")]),
    ("en", "Temperatures topped 30C on 11 days.", [("count", 30, None, None), ("duration", 11, "day", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_grades_ages_and_spans(lang, text, expected):
    assert _found(text, lang) == expected
