"""Ages read from their clause or group, and "over"/"über" that spans a time or a place. Sample
sentences written for these tests (sample data, copied from no batch or article).

- A bare figure in a sentence that names an age ("age", "ages", "Alter", "Rentenalter",
  "Altersgrenze"), after a preposition or a form of "be", with nothing counted after it, is an
  age in years: "The voting age will fall from 18 to 16", "is now 63 for", "claimed from 60.",
  "for ages 5 through 11", "Life expectancy at 70"; "Das Rentenalter steigt von 65 auf 67".
- A group of people bounded by an age: "Senioren über 75", "Risikogruppen ... Patienten ab 50"
  ("ab" after people is "at_least", also before "Jahren"), "a Texas man over 70", "the
  under-five", "before turning three", "The youngest is 19 and the oldest 73".
- "35 qualifying years", "three full years": a span of years with an adjective between.
- "über 40 Wochen hinweg", "über zwölf Monate um 15 Prozent", "Over three days of talks,",
  "five rounds of voting over two days", "drones over nine regions", "spread over 40 hectares":
  a span of time or place, no hedge.
"""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "en",
        "The voting age will fall from 18 to 16 before the next election.",
        [("duration", 18, "year", None), ("duration", 16, "year", None)],
    ),
    ("en", "The eligibility age for the scheme is now 63 for new applicants.", [("duration", 63, "year", None)]),
    (
        "en",
        "The normal pension age is 66 in 2030, though a smaller pension can be claimed from 60.",
        [("duration", 66, "year", None), ("year", 2030, None, None), ("duration", 60, "year", None)],
    ),
    (
        "en",
        "The shot is approved for ages 5 through 11.",
        [("duration", 5, "year", None), ("duration", 11, "year", None)],
    ),
    ("en", "Life expectancy at 70 rose slightly.", [("duration", 70, "year", None)]),
    (
        "de",
        "Das Rentenalter steigt schrittweise von 65 auf 67.",
        [("duration", 65, "year", None), ("duration", 67, "year", None)],
    ),
    ("de", "Die Altersgrenze liegt künftig bei 70, hieß es.", [("duration", 70, "year", None)]),
    ("de", "Erkranken können vor allem Senioren über 75.", [("duration", 75, "year", "over")]),
    (
        "de",
        "Empfohlen ist die Impfung für Erwachsene ab 65 Jahren und Patienten ab 50.",
        [("duration", 65, "year", "at_least"), ("duration", 50, "year", "at_least")],
    ),
    ("en", "A Texas man over 70, was treated in hospital.", [("duration", 70, "year", "over")]),
    ("en", "The under-five death rate fell again.", [("duration", 5, "year", "under")]),
    ("en", "Many children die before turning three.", [("duration", 3, "year", None)]),
    (
        "en",
        "The youngest is 19 and the oldest 73, police said.",
        [("duration", 19, "year", None), ("duration", 73, "year", None)],
    ),
    ("en", "Workers need 35 qualifying years for a full pension.", [("duration", 35, "year", None)]),
    ("en", "He served three full years.", [("duration", 3, "year", None)]),
    ("de", "Die Teilnehmer nahmen das Mittel über 40 Wochen hinweg ein.", [("duration", 40, "week", None)]),
    (
        "de",
        "Das Mittel senkte den Wert über zwölf Monate um 15 Prozent.",
        [("duration", 12, "month", None), ("percent", 15, "%", None)],
    ),
    (
        "en",
        "Over three days of talks, the envoys met twice.",
        [("duration", 3, "day", None), ("count", 2, "times", None)],
    ),
    (
        "en",
        "The party needed five rounds of voting over two days to pick a leader.",
        [("count", 5, "rounds", None), ("duration", 2, "day", None)],
    ),
    (
        "en",
        "Air defences downed 40 drones over nine regions.",
        [("count", 40, "drones", None), ("count", 9, "regions", None)],
    ),
    (
        "de",
        "Die Armee habe 40 Drohnen über neun Regionen abgeschossen.",
        [("count", 40, "Drohnen", None), ("count", 9, "Regionen", None)],
    ),
    ("en", "The settlement is spread over 40 hectares.", [("count", 40, "hectares", None)]),
]
UNCHANGED = [
    ("en", "The Age reported that rents rose to 40.", [("count", 40, None, None)]),
    ("en", "She waited for ages, and prices rose to 40.", [("count", 40, None, None)]),
    ("en", "The age of 21 is the limit there.", [("count", 21, None, None)]),
    ("de", "Kinder unter 5 Kilogramm brauchen einen Sitz.", [("count", 5, "Kilogramm", "under")]),
    (
        "en",
        "In the age of austerity the council cut staff from 120 to 95.",
        [("count", 120, None, None), ("count", 95, None, None)],
    ),
    ("en", "The average age was a concern, and sales rose to 40 units.", [("count", 40, "units", None)]),
    ("en", "The minimum wage rose from 10 to 12.", [("count", 10, None, None), ("count", 12, None, None)]),
    (
        "de",
        "Der Insolvenzverwalter erhöhte die Zahl von 65 auf 67.",
        [("count", 65, None, None), ("count", 67, None, None)],
    ),
    ("de", "Das Rentenalter betrifft von 65 neuen Fällen nur wenige.", [("count", 65, "Fällen", None)]),
    ("de", "Über 3.000 Soldaten sind im Einsatz.", [("count", 3000, "Soldaten", "over")]),
    ("de", "Die Verhandlungen dauerten über 18 Monate.", [("duration", 18, "month", "over")]),
    ("de", "Nach über 3 Stunden kippte die Stimmung.", [("duration", 3, "hour", "over")]),
    ("de", "Mehr als 40 Menschen wurden verletzt.", [("count", 40, "Menschen", "over")]),
    ("de", "Die Fahrt kostet ab 39 Euro.", [("money", 39, "EUR", None)]),
    ("en", "Over 40 people died.", [("count", 40, "people", "over")]),
    ("en", "The talks lasted over two days.", [("duration", 2, "day", "over")]),
    ("en", "Over 20 years of records were checked.", [("duration", 20, "year", "over")]),
    ("en", "The firm now operates in over 30 regions.", [("count", 30, "regions", "over")]),
    ("en", "The man turned five times before he fell.", [("count", 5, "times", None)]),
]


@pytest.mark.parametrize(("lang", "text", "want"), FIXED)
def test_fixed(lang, text, want):
    assert _found(text, lang) == want


@pytest.mark.parametrize(("lang", "text", "want"), UNCHANGED)
def test_near_misses_unchanged(lang, text, want):
    assert _found(text, lang) == want
