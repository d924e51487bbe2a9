"""A quoted verdict on one's own performance is praise, not a fact (own sentences, written for these tests).

Each rejected row was returned before quoted_performance.py; each kept row is a quote of the same shape that
must stay returned: what was delivered or shown with a figure or an object, a denial, a result counted.
"""

import pytest

from claims.extraction import extract_claims

REJECTED = [
    ("de", "„Wir haben gegen Rapid mit großer Leidenschaft gekämpft“, sagte Kapitän Tobias Steiner."),
    ("de", "„Wir haben mit viel Leidenschaft gekämpft“, sagte die Trainerin nach dem Spiel."),
    ("de", "„Die Regierung hat geliefert, auch wenn es lange gedauert hat“, sagte der Vizekanzler."),
    ("de", "„Wir haben in dieser Krise Verantwortung übernommen“, sagte die Landesrätin."),
    ("en", "“The players showed real character against Leeds,” the manager said."),
    ("en", "“This team has proved that it belongs at this level,” the coach told reporters."),
    ("en", "“We have kept our promises to the people of this city,” the mayor said."),
    ("en", "“I have always stood up for working families,” the senator said in a statement."),
    # The sayings of a duty done or a lesson learnt.
    ("de", "„Die Stadt hat ihre Hausaufgaben gemacht“, sagte der Bürgermeister."),
    ("de", "„Wir haben das Signal der Wähler verstanden“, sagte die Parteichefin."),
    ("en", "“We have done our homework on this,” the finance minister said."),
]

KEPT = [
    # A figure, an object delivered or shown, a denial.
    ("de", "„Wir haben in diesem Jahr 300 neue Wohnungen geliefert“, sagte der Geschäftsführer."),
    ("de", "„Wir haben dem Gemeinderat am Montag die Pläne gezeigt“, sagte der Bürgermeister."),
    ("en", "“We delivered the first two trains to the operator in May,” the company said."),
    ("en", "“We have never stood in the way of an inquiry,” the minister said."),
    ("en", "“We have not delivered the vaccines yet,” a health ministry spokesman said."),
    ("en", "“We played the final in front of 60,000 fans,” the captain said."),
    ("de", "„Wir haben der Polizei alle Unterlagen gegeben“, sagte der Anwalt."),
]


@pytest.mark.parametrize("lang,text", REJECTED)
def test_quoted_performance_is_rejected(lang, text):
    assert extract_claims(text, language=lang) == []


@pytest.mark.parametrize("lang,text", KEPT)
def test_quote_of_the_same_shape_is_kept(lang, text):
    assert extract_claims(text, language=lang)
