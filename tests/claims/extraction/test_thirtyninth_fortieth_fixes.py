"""What the thirty-ninth and fortieth blind batches' first runs missed outside the quantity tables (courts,
obituaries; Swiss and Austrian copy), in forms of their kinds (sample sentences written for these tests, not
rows of any batch or the seed article), with near misses that keep their output.

- A Swiss legal remedy ("kann ans Obergericht weitergezogen werden") is a ruling's status; "is due to /
  scheduled to" with a date is a scheduled event like "will" (worthiness/states.py).
- A damage estimate, also in a vague sum ("Die Schäden dürften sich auf mehrere Millionen Franken
  belaufen"), is a fact.
- "Mia." (Milliarden) ends no sentence (sentences.py); a date's ordinal inside "wie X am 17. Feber
  mitteilte" keeps the source (speakers/sources_de.py).
- Ages: "would have turned 100", "the defendant's age, 18 at the time", "said one of them, Alan Reid,
  81." (quantities/ages.py).
Every row of FACTS, SPEAKERS and AGES gave another output before these rules.
"""

import pytest

from claims.extraction import extract_claims, find_speaker
from claims.extraction.sentences import split_sentences

FACTS = [
    ("de", "Das Urteil kann ans Obergericht weitergezogen werden."),
    ("en", "A sentencing hearing is due to take place in March."),
    ("de", "Die Schäden dürften sich nach ersten Schätzungen auf mehrere Millionen Euro belaufen."),
]


@pytest.mark.parametrize(("lang", "text"), FACTS)
def test_fact(lang, text):
    assert extract_claims(text, language=lang), text


def test_a_wish_for_an_appeal_is_no_status():
    assert extract_claims("Man hätte das Urteil weiterziehen sollen, finden viele.", language="de") == []


def test_mia_ends_no_sentence():
    text = "Der Bund rechnet mit einem Defizit von 2,1 Mia. Franken, sagte Finanzministerin Eva Keller."
    assert len(split_sentences(text)) == 1
    assert find_speaker(text, "de") == "Eva Keller"


SPEAKERS = [
    ("de", "Die Preise stiegen um 2 Prozent, wie die Statistik Austria am 17. Feber mitteilte.",
     "die Statistik Austria"),
    ("de", "Der Umsatz sank um 4 Prozent, wie das Unternehmen am 3. März mitteilte.", "das Unternehmen"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), SPEAKERS)
def test_speaker(lang, text, speaker):
    assert find_speaker(text, lang) == speaker


AGES = [
    ("Singer Mara Lind, who died in 2011, would have turned 90 on Friday.", 90),
    ("The judge gave weight to the defendant's age, 17 at the time of the crash.", 17),
    ('"We never forgot," said one of the survivors, Ruth Hale, 88.', 88),
]


@pytest.mark.parametrize(("text", "age"), AGES)
def test_age(text, age):
    (claim,) = extract_claims(text, language="en", min_score=0)
    assert ("duration", age, "year") in [(q.kind, q.value, q.unit) for q in claim.quantities]


def test_a_figure_after_turned_that_counts_something_is_no_age():
    (claim,) = extract_claims("The index turned 100 points higher on Friday.", language="en", min_score=0)
    assert ("count", 100) in [(q.kind, q.value) for q in claim.quantities]


@pytest.mark.parametrize(
    ("lang", "text", "ages"),
    [
        ("de", "Die Polizei nahm drei Frauen im Alter von 22, 27 und 35 Jahren fest.", [22, 27, 35]),
        ("de", "Festgenommen wurden vier Männer im Alter von 18, 19, 23 und 40 Jahren.", [18, 19, 23, 40]),
        ("en", "The victims, aged 7, 9 and 12, were taken to hospital.", [7, 9, 12]),
    ],
)
def test_every_item_of_an_age_list_is_an_age(lang, text, ages):
    # (quantities/neighbours.py's _comma_lists; the thirty-ninth batch's miss)
    (claim,) = extract_claims(text, language=lang, min_score=0)
    assert [q.value for q in claim.quantities if (q.kind, q.unit) == ("duration", "year")] == ages


def test_a_list_without_an_age_opener_takes_no_age():
    (claim,) = extract_claims("Die Teams holten 22, 27 und 35 Punkte.", language="de", min_score=0)
    assert all(q.kind != "duration" for q in claim.quantities)


def test_mia_as_a_name_still_ends_a_sentence():
    assert len(split_sentences("Das Buch schrieb Mia. Dann kam der Film.")) == 2
