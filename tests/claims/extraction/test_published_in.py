"""Appearing is an event of record: a study in a journal, a book in a season, a defendant before a
court ("The study was published in Nature" already counted): "erschien"/"erschienen" is an event verb
(seventy-eighth batch). Sample sentences written for these tests."""

import pytest

from claims.extraction import extract_claims

APPEARED = [
    "Die Auswertung ist im Fachjournal „Cell“ erschienen.",
    "Die Analyse erschien im Fachmagazin „Brain“.",
    "Der Angeklagte erschien nicht zur Verhandlung.",
]


@pytest.mark.parametrize("text", APPEARED)
def test_appearing_is_a_claim(text):
    assert extract_claims(text, "de")


def test_opinion_about_a_study_stays_rejected():
    assert not extract_claims("Die Studie ist wirklich großartig.", "de")
