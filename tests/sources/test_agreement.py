"""Numeric agreement: the issue's cases, rounded and hedged figures, figures about other things."""

import pytest

from claims.extraction import extract_quantities
from claims.ranking import AGREES, CONFLICTS, NO_NUMBER, figures, numeric_stance


def stance(claim: str, passage: str, claim_lang: str = "de", passage_lang: str = "de") -> str:
    cq = [q.to_dict() for q in extract_quantities(claim, claim_lang)]
    pq = [q.to_dict() for q in extract_quantities(passage, passage_lang)]
    assert cq, f"the extraction engine found no figure in {claim!r}"
    return numeric_stance(figures(claim, cq, claim_lang), figures(passage, pq, passage_lang))[0]


@pytest.mark.parametrize(("claim", "passage", "passage_lang", "expected"), [
    # the examples
    ("Sie trafen sich zum zweiten Mal in Berlin.", "Die Minister trafen sich zum zweiten Mal.", "de", AGREES),
    ("Sie trafen sich zum zweiten Mal in Berlin.", "Sie trafen sich bereits zum dritten Mal.", "de", CONFLICTS),
    ("Sie trafen sich zum zweiten Mal in Berlin.", "The ministers met for the second time.", "en", AGREES),
    ("Drei Viertel der Befragten lehnen den Plan ab.", "75 Prozent der Befragten lehnen den Plan ab.", "de", AGREES),
    # rounded and hedged figures agree with precise ones within the rounding
    ("Das Land hat etwa 2,4 Millionen Einwohner.", "Das Land hatte 2,38 Millionen Einwohner.", "de", AGREES),
    ("Das Land hat etwa 2,4 Millionen Einwohner.", "Das Land hatte 2,1 Millionen Einwohner.", "de", CONFLICTS),
    ("Rund ein Viertel der Region wird kontrolliert.", "Etwa 25 Prozent der Region werden kontrolliert.", "de",
     AGREES),
    ("Rund ein Viertel der Ostmark wird kontrolliert.", "Weniger als ein Fünftel der Ostmark wird kontrolliert.",
     "de", CONFLICTS),
    ("en:Nearly 60% of the roads were damaged.", "58 percent of roads were damaged.", "en", AGREES),
    ("en:Nearly 60% of the roads were damaged.", "41 percent of roads were damaged.", "en", CONFLICTS),
    ("Seit 2019 wurden mehr als 40.000 neue Arbeitsplätze geschaffen.",
     "Seit 2019 ist die Zahl der Erwerbstätigen um 31.000 gestiegen.", "de", CONFLICTS),
    ("Seit 2019 wurden mehr als 40.000 neue Arbeitsplätze geschaffen.",
     "Seit 2019 entstanden 42.500 neue Arbeitsplätze.", "de", AGREES),
    ("Die Truppen werden um 2.000 Soldaten verringert.", "Both sides will cut 2,000 troops.", "en", AGREES),
    ("Die Truppen werden um 2.000 Soldaten verringert.", "Both sides will cut 3,000 troops.", "en", CONFLICTS),
    ("Der Streik dauerte zwei Wochen.", "Der Streik dauerte 14 Tage.", "de", AGREES),
    # no comparable figure
    ("Sie trafen sich zum zweiten Mal in Berlin.", "Die Minister trafen sich in Berlin.", "de", NO_NUMBER),
])
def test_agreement(claim, passage, passage_lang, expected):
    claim_lang, claim = claim.split(":", 1) if claim.startswith("en:") else ("de", claim)
    assert stance(claim, passage, claim_lang, passage_lang) == expected


def test_a_figure_about_something_else_is_not_compared():
    # "25 Prozent der Ostmark" is no unemployment rate: no conflict with 6,1 Prozent.
    claim = "Die Arbeitslosenquote in Südmark ist im Oktober auf 6,1 Prozent gestiegen."
    passage = "Südmark kontrolliert derzeit etwa 25 Prozent der Ostmark."
    assert stance(claim, passage) == NO_NUMBER


def test_durations_of_different_magnitude_are_different_things():
    assert stance("Wir haben mehr erreicht als in den vergangenen zwei Jahren.",
                  "Das Treffen dauerte sieben Stunden.") == NO_NUMBER


def test_agreement_wins_within_a_passage_that_reports_both_positions():
    claim = "Südmark kontrolliert rund ein Viertel der Ostmark."
    passage = "Südmark kontrolliert ein Fünftel der Ostmark, Norland spricht von einem Viertel der Ostmark."
    assert stance(claim, passage) == AGREES
