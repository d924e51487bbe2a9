"""What the third blind batch showed missing: one percent in words, shares against counts,
ages without "-year-old", fractions of a point, hedged fractions, speakers, appeals."""

import pytest

from claims.extraction import extract_claims, extract_quantities, find_speaker


def _q(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


QUANTITIES = [
    # "ein" before "Prozent" is a number; elsewhere it is an article.
    ("de", "Die Ausgaben sollen auf ein Prozent des BIP steigen.", [("percent", 1, "%", None)]),
    ("de", "Die Quote stieg um einen Prozentpunkt.", [("percent", 1, "pp", None)]),
    ("de", "Das sind rund ein Prozent mehr.", [("percent", 1, "%", "about")]),
    ("de", "Die Quote lag zuletzt bei einem Prozent.", [("percent", 1, "%", None)]),
    ("de", "Eine Prozentangabe fehlt.", []),
    # A share needs a round whole ("zwei von drei", "9 out of 10"); else two counts.
    ("de", "Zwei von drei Befragten sind dafür.", [("fraction", 0.6667, None, None)]),
    ("en", "Nine out of 10 doctors agree.", [("fraction", 0.9, None, None)]),
    (
        "de",
        "In der Nacht wurden 45 von 52 Drohnen abgefangen.",
        [("count", 45, None, None), ("count", 52, "Drohnen", None)],
    ),
    # Ages written as a bare number.
    (
        "en",
        "The governor, 58, is serving his second term.",
        [("duration", 58, "year", None), ("ordinal", 2, None, None)],
    ),
    ("en", "The suspect, aged 19, was detained.", [("duration", 19, "year", None)]),
    ("de", "Der Lenker (34) wurde schwer verletzt.", [("duration", 34, "year", None)]),
    ("de", "Gemäß Absatz (3) gilt die Frist.", [("count", 3, None, None)]),
    (
        "en",
        "Of the 120 seats, 61, or 51%, went to the coalition.",
        [("count", 120, "seats", None), ("count", 61, None, None), ("percent", 51, "%", None)],
    ),
    # Fractions of a (percentage) point.
    (
        "en",
        "The bank cut rates by a quarter point to 4.75%.",
        [("percent", 0.25, "pp", None), ("percent", 4.75, "%", None)],
    ),
    ("en", "Yields rose by half a percentage point.", [("percent", 0.5, "pp", None)]),
    ("en", "The Fed made a quarter-point cut in rates.", [("percent", 0.25, "pp", None)]),
    ("en", "She finished half a point ahead of the champion.", [("fraction", 0.5, None, None)]),
    # A hedge before "a fifth" makes it a share unless a noun follows.
    ("en", "Prices have fallen by nearly a fifth since April.", [("fraction", 0.2, None, "nearly")]),
    ("en", "Prices have fallen almost a fifth this year.", [("fraction", 0.2, None, "nearly")]),
    ("en", "He won almost a fifth term.", [("ordinal", 5, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), QUANTITIES, ids=[t[1][:40] for t in QUANTITIES])
def test_quantity(lang, text, expected):
    assert _q(text, lang) == expected


SPEAKERS = [
    ("Dem Bericht des Rechnungshofs zufolge wurden Förderungen ausbezahlt.", "der Bericht des Rechnungshofs"),
    ("Die Rechnung sinkt um 180 Euro, heißt es im Ministerium.", "das Ministerium"),
    ("Die Front hielt, teilte das Institut für Kriegsstudien mit.", "das Institut für Kriegsstudien"),
    ("Die Teuerung lag bei 2 Prozent, teilte das Bundesamt für Statistik mit.", "das Bundesamt für Statistik"),
    ("Die Lage sei ernst, sagte der Minister für Arbeit.", "der Minister"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS, ids=[t[0][:40] for t in SPEAKERS])
def test_speaker(text, speaker):
    assert find_speaker(text, "de") == speaker


OPINIONS = [
    ("de", "„Das ist ein Verrat an den Wählern“, sagte die Oppositionschefin."),
    ("en", "“This ruling is a travesty,” the senator said."),
    ("de", "Hoffentlich ziehen alle Beteiligten daraus die richtigen Lehren."),
    ("de", "Es braucht jetzt Mut statt Mutlosigkeit."),
    ("de", "Wir werden nicht lockerlassen, bis die Wahrheit ans Licht kommt."),
    ("en", "Nobody should have to choose between heating and eating."),
]


@pytest.mark.parametrize(("lang", "text"), OPINIONS, ids=[t[1][:40] for t in OPINIONS])
def test_opinion_is_not_a_claim(lang, text):
    assert extract_claims(text, language=lang) == []


FACTS = [
    ("de", "Für eine Mehrheit braucht es 92 Stimmen, sagte der Parlamentssprecher."),
    ("de", "Die Polizei brachte die Dokumente ans Licht, die 2019 verschwunden waren."),
    ("en", "This budget is the largest since 2010, the ministry said."),
    ("en", "“We will not accept any deal that rewards aggression,” the foreign secretary told reporters."),
]


@pytest.mark.parametrize(("lang", "text"), FACTS, ids=[t[1][:40] for t in FACTS])
def test_fact_near_those_patterns_stays_a_claim(lang, text):
    assert extract_claims(text, language=lang)
