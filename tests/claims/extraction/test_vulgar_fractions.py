"""Vulgar fraction characters: glued to a figure they add their share ("3½-Zimmer-Wohnung" 3.5,
as "zweieinhalb" is 2.5; fifty-second batch); alone they are the share of the unit after them
("½ Liter" 0.5, as "ein halber Liter"), or a fraction of a group ("¼ der Befragten", as "1/4").
Sample sentences written for these tests."""

import pytest

from .test_eighth_batch_fixes import _found

GLUED = [
    ("de", "Gesucht wird eine 2½-Zimmer-Wohnung in Basel.", [("count", 2.5, None, None)]),
    ("de", "Die 5½-Zimmer-Villa ging für 3,2 Mio. Franken weg.", [("count", 5.5, None, None),
                                                                  ("money", 3200000, "CHF", None)]),
    ("de", "Die Sitzung dauerte knapp 3½ Stunden.", [("duration", 3.5, "hour", "nearly")]),
    ("en", "The talks lasted 2¼ hours.", [("duration", 2.25, "hour", None)]),
    ("en", "She signed a 1½-year extension.", [("duration", 1.5, "year", None)]),
    ("en", "The sprinter finished 4¾ lengths clear.", [("count", 4.75, None, None)]),
]
ALONE = [
    ("de", "Ein Becher mit ½ Liter Kakao kostet 2 Euro.", [("count", 0.5, None, None), ("money", 2, "EUR", None)]),
    ("de", "Rund ¼ der Befragten lehnt den Plan ab.", [("fraction", 0.25, None, "about")]),
    ("de", "Der Bus fährt erst nach ¾ Stunde.", [("duration", 0.75, "hour", None)]),
    ("en", "Nearly ¾ of members backed the deal.", [("fraction", 0.75, None, "nearly")]),
    ("en", "The storm left ½ mile of beach under water.", [("count", 0.5, None, None)]),
]
# A whole figure, a space and a share: a mixed number, as glued.
MIXED = [
    ("de", "Angeboten wird eine 4 ½-Zimmer-Wohnung.", [("count", 4.5, None, None)]),
    ("de", "Die Bergung dauerte 2 1/2 Stunden.", [("duration", 2.5, "hour", None)]),
    ("en", "The flight was delayed by 3 1/4 hours.", [("duration", 3.25, "hour", None)]),
    ("en", "He served 6 ½ years in prison.", [("duration", 6.5, "year", None)]),
]
# A share written with a slash takes its hedge as "¼" and "ein Viertel" do.
SLASHED = [
    ("en", "About 1/4 of voters stayed home.", [("fraction", 0.25, None, "about")]),
    ("de", "Knapp 2/3 der Mitglieder stimmten zu.", [("fraction", 0.6667, None, "nearly")]),
]
# Thirds, fifths, sixths and eighths as halves and quarters are ("⅓" as "ein Drittel" 0.3333).
OTHER_SHARES = [
    ("de", "Rund ⅔ der Befragten stimmten zu.", [("fraction", 0.6667, None, "about")]),
    ("de", "Der Anstieg dauerte 2⅓ Stunden.", [("duration", 2.3333, "hour", None)]),
    ("en", "About ⅓ of voters backed the plan.", [("fraction", 0.3333, None, "about")]),
    ("en", "The bolt is 1⅛ inches long.", [("count", 1.125, None, None)]),
    ("de", "Sie kaufte ⅛ Liter Sahne.", [("count", 0.125, None, None)]),
    ("en", "Only ⅕ of the budget is left.", [("fraction", 0.2, None, None)]),
]
# Without the characters nothing changes; a letter glued before one keeps it from being read.
UNCHANGED = [
    ("de", "Eine 3-Zimmer-Wohnung kostet 1.200 Euro.", [("count", 3, None, None), ("money", 1200, "EUR", None)]),
    ("en", "Only 1/4 of voters stayed home.", [("fraction", 0.25, None, None)]),
    ("en", "The code X½ names a part.", []),
    ("en", "The shop is open 24/7 now.", []),
    ("de", "Gewählt wurden 3 Vertreter, 1/4 davon Frauen.", [("count", 3, None, None), ("fraction", 0.25, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GLUED + ALONE + MIXED + SLASHED + OTHER_SHARES + UNCHANGED)
def test_vulgar_fractions(lang, text, expected):
    assert _found(text, lang) == expected
