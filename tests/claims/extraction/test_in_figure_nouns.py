"""After German "in" a four-digit figure right before a capitalised noun in -n (a dative plural:
"in 1500 Fällen", "in 2000 Gemeinden") counts that noun; it was read as a year. Near misses,
where a verb, a lower-case participle or "und" follows the year, stay years. Sample sentences
written for these tests (sample data, copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


COUNTS = [
    ("de", "Die Polizei ermittelte in 1500 Fällen.", [("count", 1500, "Fällen", None)]),
    ("de", "In 2000 Fällen wurde ermittelt.", [("count", 2000, "Fällen", None)]),
    ("de", "In 1500 Gemeinden gibt es keinen Hausarzt mehr.", [("count", 1500, "Gemeinden", None)]),
    ("de", "Die Wahl fand in 2024 Gemeinden statt.", [("count", 2024, "Gemeinden", None)]),
    ("de", "In 2022 Ländern gilt die neue Regel.", [("count", 2022, "Ländern", None)]),
    ("de", "Der Unterricht fiel in 1200 Schulen aus.", [("count", 1200, "Schulen", None)]),
    ("de", "In 1850 Städten wurde gewählt.", [("count", 1850, "Städten", None)]),
    ("de", "Die Hütte liegt in 2000 Metern Höhe.", [("count", 2000, "Metern", None)]),
]
YEARS = [
    ("de", "In 2019 stieg die Zahl der Fälle.", [("year", 2019, None, None)]),
    ("de", "Die Zahl der Anzeigen stieg in 2024 deutlich.", [("year", 2024, None, None)]),
    ("de", "Laut den in 2023 veröffentlichten Daten sank sie.", [("year", 2023, None, None)]),
    ("de", "In 1989 und 1990 gab es Proteste.", [("year", 1989, None, None), ("year", 1990, None, None)]),
    ("de", "Das Gesetz trat in 2021 in Kraft.", [("year", 2021, None, None)]),
    ("de", "Seit 2015 Fällen nachgegangen wird, sinkt die Zahl.", [("year", 2015, None, None)]),
    ("de", "In rund 1500 Fällen wurde ermittelt.", [("count", 1500, "Fällen", "about")]),
    ("en", "In 2019 the number of cases rose.", [("year", 2019, None, None)]),
]


@pytest.mark.parametrize("lang,text,want", COUNTS)
def test_figure_after_in_before_dative_plural_is_a_count(lang, text, want):
    assert _found(text, lang) == want


@pytest.mark.parametrize("lang,text,want", YEARS)
def test_near_misses_unchanged(lang, text, want):
    assert _found(text, lang) == want
