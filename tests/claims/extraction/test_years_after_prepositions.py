"""A figure 1900-2100 right after German "bis"/"ab" (and "vor"/"nach" with a word before the
noun) is a year even when a noun follows; it was read as a count of that noun. Near misses stay
counts, money or percent. Sample sentences written for these tests (sample data, copied from no
batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


YEARS = [
    ("de", "Die Firma will bis 2030 neue Stellen schaffen.", [("year", 2030, None, None)]),
    ("de", "Der Konzern will bis 2027 Kosten senken.", [("year", 2027, None, None)]),
    ("de", "Ab 2026 gelten neue Regeln.", [("year", 2026, None, None)]),
    (
        "de",
        "Die Regierung plant bis 2030 Investitionen von 3 Milliarden Euro.",
        [("year", 2030, None, None), ("money", 3000000000, "EUR", None)],
    ),
    ("de", "Die Stadt will bis 2035 Radwege bauen.", [("year", 2035, None, None)]),
    ("de", "Ab 2027 Strafzölle auf Stahl zu erheben, sei falsch.", [("year", 2027, None, None)]),
    ("de", "Die Bahn will vor 2030 neue Züge kaufen.", [("year", 2030, None, None)]),
    ("de", "Nach 2028 sollen weitere Kraftwerke folgen.", [("year", 2028, None, None)]),
    ("de", "Der Verein muss bis 1999 Schulden abbauen.", [("year", 1999, None, None)]),
]
UNCHANGED = [
    (
        "de",
        "Bis 2030 sollen 500 Windräder gebaut werden.",
        [("year", 2030, None, None), ("count", 500, "Windräder", None)],
    ),
    ("de", "Zur Kundgebung kamen bis zu 2000 Menschen.", [("count", 2000, "Menschen", "up_to")]),
    ("de", "Die Karten kosten ab 2000 Euro.", [("money", 2000, "EUR", None)]),
    ("de", "Tickets gibt es ab 1990 Franken.", [("money", 1990, "CHF", None)]),
    ("de", "Die Straße führt bis 2000 Meter hinauf.", [("count", 2000, "Meter", None)]),
    ("de", "Zur Feier kamen rund 2000 Menschen.", [("count", 2000, "Menschen", "about")]),
    ("de", "Der Kandidat gewann mit 2030 Stimmen.", [("count", 2030, "Stimmen", None)]),
    ("de", "Das Spiel fand vor 2000 Zuschauern statt.", [("count", 2000, "Zuschauern", None)]),
    ("de", "Ab 2000 Teilnehmern wird der Saal geschlossen.", [("count", 2000, "Teilnehmern", None)]),
    ("de", "Die Zahl sank bis auf 1950 Mitglieder.", [("count", 1950, "Mitglieder", None)]),
    ("de", "Der Spieler kam bis 2000 Punkte heran.", [("count", 2000, "Punkte", None)]),
    ("de", "Zum Fest werden bis 2000 Besucher erwartet.", [("count", 2000, "Besucher", None)]),
    ("de", "Ab 2000 neue Mitglieder zahlen weniger.", [("count", 2000, "Mitglieder", None)]),
    ("de", "Die Firma schuf 2030 neue Stellen.", [("count", 2030, "Stellen", None)]),
    ("en", "The city will have new rules by 2030.", [("year", 2030, None, None)]),
    ("en", "By 2030 new rules apply.", [("year", 2030, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), YEARS + UNCHANGED)
def test_year_after_preposition(lang, text, expected):
    assert _found(text, lang) == expected
