"""A figure that completes a name before it carries no quantity: a short code ("IC 2213",
"Wi-Fi 6", "NHS 24"), a capitalised name after a possessive or "the" before the noun ("the
Navy's Sentinel 4 drones"), a name after a counted noun ("12 Schützenpanzer Lynx 41"). Polls,
tables and elliptical lists of names with figures, places in capitals, scale words and years
stay as they were. Sample sentences written for these tests (sample data, copied from no batch
or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("de", "Der EC 164 nach Zürich fiel am Morgen aus.", []),
    ("de", "Das Tablet unterstützt Wi-Fi 6 und hat einen größeren Akku.", []),
    ("en", "Patients in Scotland can call NHS 24 overnight.", []),
    ("en", "Passengers on ICE 578 were held outside Cologne.", []),
    ("en", "Most of the Navy's Sentinel 4 drones are grounded.", []),
    ("en", "Poland's Homar 2 system can fire at targets 300 km away.", [("count", 300, "km", None)]),
    (
        "de",
        "Bis 2030 sollen 12 Schützenpanzer Lynx 41 an das Heer gehen.",
        [("year", 2030, None, None), ("count", 12, "Schützenpanzer", None)],
    ),
]
UNCHANGED = [
    (
        "de",
        "Umfrage: CDU 31, SPD 15 und Grüne 12.",
        [("count", 31, None, None), ("count", 15, None, None), ("count", 12, None, None)],
    ),
    (
        "de",
        "Die ÖVP erhielt 48 Sitze, die SPÖ 40 und die FPÖ 30.",
        [("count", 48, "Sitze", None), ("count", 40, None, None), ("count", 30, None, None)],
    ),
    (
        "de",
        "Im Landtag stellt die CSU 85 der 203 Abgeordneten.",
        [("count", 85, None, None), ("count", 203, "Abgeordneten", None)],
    ),
    ("en", "Labour won 40 seats and the SNP 12.", [("count", 40, "seats", None), ("count", 12, None, None)]),
    ("en", "Admissions by provider: NHS 5, private 3.", [("count", 5, None, None), ("count", 3, None, None)]),
    ("en", "In the UK 400 jobs will go.", [("count", 400, "jobs", None)]),
    ("en", "The state's Category 4 storm hit the coast.", [("count", 4, "storm", None)]),
    ("en", "The Navy's 40 Sentinel drones are grounded.", [("count", 40, None, None)]),
    ("de", "Die AfD 2017 zog erstmals in den Bundestag ein.", [("year", 2017, None, None)]),
    ("en", "The firm will fire 9 rockets.", [("count", 9, "rockets", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_type_designations(lang, text, expected):
    assert _found(text, lang) == expected
