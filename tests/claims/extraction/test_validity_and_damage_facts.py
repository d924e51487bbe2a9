"""Plain facts without a figure: a rule, a warning or a measure in force with its time ("Die
Warnung gilt bis Montag, 6 Uhr", "The ban is in effect until 6 a.m. Monday") and a damage estimate
put in a sum named by its size ("beziffert den Schaden auf einen sechsstelligen Betrag") are
check-worthy; a validity without a time ("gilt ab sofort", "applies to everyone") and a damage
judged without a sum are not made so."""

import pytest

from claims.extraction import extract_claims


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Sturmwarnung gilt bis Samstag, 12 Uhr.", "de"),
        ("Das Fahrverbot gilt seit Sonntag.", "de"),
        ("Die Sperre der Passstraße galt bis Dienstag.", "de"),
        ("The flood watch is in effect until 8 p.m. Sunday.", "en"),
        ("The curfew applies from midnight on Saturday.", "en"),
        ("Den Schaden beziffert der Betreiber auf einen sechsstelligen Betrag.", "de"),
        ("Die Versicherung schätzt den Schaden auf einen Millionenbetrag.", "de"),
    ],
)
def test_fact_without_a_figure_is_returned(text, lang):
    assert extract_claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Das gilt ab sofort für alle.", "de"),
        ("Die Regel gilt auch für Kinder.", "de"),
        ("The advice applies to everyone.", "en"),
        ("Den Schaden schätzt er als gering ein.", "de"),
    ],
)
def test_near_misses_stay_out(text, lang):
    assert not extract_claims(text, lang)
