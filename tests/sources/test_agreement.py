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


@pytest.mark.parametrize(("claim", "passage", "passage_lang"), [
    ("Die Armee kontrolliert ein Fünftel des Staatsgebiets.", "Die Armee kontrolliert 20 Prozent des Territoriums.",
     "de"),
    ("Die Armee kontrolliert ein Fünftel des Staatsgebiets.", "The army controls 20 percent of the territory.", "en"),
])
def test_a_share_of_the_state_territory_is_a_share_of_the_territory(claim, passage, passage_lang):
    # "Staatsgebiet" is a compound of "Gebiet": as generic an object as "Territorium" and "territory".
    assert stance(claim, passage, "de", passage_lang) == AGREES


@pytest.mark.parametrize(("claim", "claim_lang", "passage", "passage_lang"), [
    ("Mehr als 100 Menschen wurden bei dem Angriff verletzt.", "de", "Bei dem Angriff wurden 98 Menschen verletzt.",
     "de"),
    ("More than 100 people were injured in the attack.", "en", "98 people were injured in the attack.", "en"),
    ("Weniger als 50 Menschen wurden bei dem Angriff verletzt.", "de", "Bei dem Angriff wurden 51 Menschen verletzt.",
     "de"),
])
def test_a_bound_excludes_figures_beyond_it(claim, claim_lang, passage, passage_lang):
    assert stance(claim, passage, claim_lang, passage_lang) == CONFLICTS


def test_a_bound_still_agrees_with_figures_inside_it():
    assert stance("Mehr als 100 Menschen wurden verletzt.", "Es wurden 120 Menschen verletzt.") == AGREES
    assert stance("Mehr als 40.000 Menschen demonstrierten.", "Es demonstrierten 40.000 Menschen.") == AGREES


@pytest.mark.parametrize(("claim", "claim_lang", "passage", "passage_lang"), [
    ("Der Plan hat 28 Punkte.", "de", "Der Plan hat nicht 28, sondern 20 Punkte.", "de"),
    ("The plan has 28 points.", "en", "The plan has not 28 but 20 points.", "en"),
    ("Der Plan hat 28 Punkte.", "de", "Der Plan hat nicht 28 Punkte, sondern 20.", "de"),
])
def test_a_figure_the_passage_denies_does_not_agree(claim, claim_lang, passage, passage_lang):
    assert stance(claim, passage, claim_lang, passage_lang) == CONFLICTS


def test_the_corrected_figure_of_a_denial_agrees():
    assert stance("Der Plan hat 20 Punkte.", "Der Plan hat nicht 28, sondern 20 Punkte.") == AGREES


@pytest.mark.parametrize(("claim", "claim_lang", "passage", "passage_lang", "expected"), [
    ("Zwischen 10 und 15 Menschen wurden verletzt.", "de", "12 Menschen wurden verletzt.", "de", AGREES),
    ("Zwischen 10 und 15 Menschen wurden verletzt.", "de", "20 Menschen wurden verletzt.", "de", CONFLICTS),
    ("12 Menschen wurden verletzt.", "de", "Zwischen 10 und 15 Menschen wurden verletzt.", "de", AGREES),
    ("Between 10 and 15 people were injured.", "en", "12 people were injured.", "en", AGREES),
    ("10 bis 15 Menschen wurden verletzt.", "de", "Es wurden 12 Menschen verletzt.", "de", AGREES),
    ("10 to 15 people were injured.", "en", "12 people were injured.", "en", AGREES),
    ("10-15 people were injured.", "en", "20 people were injured.", "en", CONFLICTS),
    ("Zwischen 10 und 15 Prozent der Befragten lehnen den Plan ab.", "de",
     "12 Prozent der Befragten lehnen den Plan ab.", "de", AGREES),
])
def test_a_range_is_one_figure(claim, claim_lang, passage, passage_lang, expected):
    assert stance(claim, passage, claim_lang, passage_lang) == expected


@pytest.mark.parametrize(("claim", "passage"), [
    ("Die Arbeitslosenquote lag 2023 bei 6,1 Prozent.", "Die Arbeitslosenquote lag 2020 bei 7,4 Prozent."),
    ("Im Jahr 2023 wurden 8.500 Arbeitsplätze geschaffen.", "Im Jahr 2021 wurden 3.200 Arbeitsplätze geschaffen."),
])
def test_a_figure_of_another_year_is_not_compared(claim, passage):
    assert stance(claim, passage) == NO_NUMBER


def test_a_figure_of_the_same_year_is_compared():
    assert stance("Die Arbeitslosenquote lag 2023 bei 6,1 Prozent.",
                  "Die Arbeitslosenquote lag 2023 bei 7,4 Prozent.") == CONFLICTS
