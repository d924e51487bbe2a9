"""The learned opinion model (worthiness/learned.py): a second reading of figure-less sentences
the rules keep. Sentences are own writing."""

import json
import math

import pytest

from claims.extraction import CHECKWORTHY_THRESHOLD, extract_claims
from claims.extraction.engine import LEARNED_OPINION_SCORE
from claims.extraction.worthiness import learned
from claims.extraction.worthiness.learned import MAX_WORDS, OpinionModel, document, model, ngrams

# Kept by the rules (a speaker, a quote, a statement's shape), read as opinion by the model.
VETOED = [
    ("en", '"This government has lost its moral compass," said opposition leader Martin Hale.'),
    ("de", "„Wir kämpfen um jeden einzelnen Arbeitsplatz“, sagte der Betriebsratschef."),
    ("de", "„Wir lassen uns von niemandem einschüchtern“, sagte die Gewerkschaftschefin."),
]
# Quoted facts of the same shape stay claims.
KEPT = [
    ("de", "„Der Täter ist flüchtig“, sagte ein Polizeisprecher."),
    ("en", '"The bridge will reopen next week," said a council spokeswoman.'),
    ("de", "„Wir schließen das Werk in Graz“, sagte der Betriebsratschef."),
    ("en", '"We have closed no library this year," said Cllr Priya Shah.'),
]


@pytest.mark.parametrize(("lang", "text"), VETOED)
def test_opinion_kept_by_the_rules_is_vetoed(lang, text):
    rules = extract_claims(text, language=lang, learned=False)
    assert rules and rules[0].score >= CHECKWORTHY_THRESHOLD
    assert extract_claims(text, language=lang) == []
    # Still there for a caller asking for everything, below the threshold.
    (claim,) = extract_claims(text, language=lang, min_score=0)
    assert claim.score == LEARNED_OPINION_SCORE < CHECKWORTHY_THRESHOLD
    assert claim.speaker == rules[0].speaker


@pytest.mark.parametrize(("lang", "text"), KEPT)
def test_quoted_fact_of_the_same_shape_is_kept(lang, text):
    assert extract_claims(text, language=lang) == extract_claims(text, language=lang, learned=False) != []


def test_a_figure_is_never_vetoed():
    # The same opinion with a figure: the model is not asked.
    text = "„Wir kämpfen um jeden einzelnen der 450 Arbeitsplätze“, sagte der Betriebsratschef."
    assert model().is_opinion("„Wir kämpfen um jeden einzelnen Arbeitsplatz“, sagte der Betriebsratschef.", "de")
    (claim,) = extract_claims(text, language="de")
    assert claim.quantities[0].value == 450


def test_a_long_sentence_is_left_to_the_rules():
    long = (
        '"This government has lost its moral compass and its sense of decency, and the people of this country '
        'deserve so much better than this," said opposition leader Martin Hale, to loud applause.'
    )
    assert len(long.split()) > MAX_WORDS
    assert model().probability(long, "en") > model().threshold
    assert not model().is_opinion(long, "en")


def test_ngrams_are_words_and_word_pairs_of_the_normalised_sentence():
    doc = document("„Wir haben 3.000 Jobs“, sagte Anna.", "de")
    assert doc == "de „wir haben 0.0 jobs“, sagte anna."
    grams = ngrams(doc)
    assert {"de", "„", "wir", "0", "jobs", "“", "sagte", "de „", "„ wir", "haben 0", "0 0", "jobs “"} <= grams
    assert "," not in grams and "." not in grams


def test_probability_is_logistic_over_the_normalised_tf_idf_vector():
    m = OpinionModel({"a": (2.0, 2.0 * 1.5), "b": (1.0, 1.0 * -0.5), "a b": (3.0, 0.0)}, 0.25, 0.5, {})
    # Binary tf-idf of "a b c": a=2, b=1, "a b"=3 ("c" and "b c" are not features); L2 norm sqrt(14).
    z = 0.25 + (2.0 * 1.5 + 1.0 * -0.5) / math.sqrt(14.0)
    assert m.probability("A b c", "x") == pytest.approx(1 / (1 + math.exp(-z)))
    # Nothing known: the intercept alone.
    assert m.probability("zzz", "q") == pytest.approx(1 / (1 + math.exp(-0.25)))


def test_shipped_model_is_whole_and_says_how_it_was_trained():
    data = json.loads(learned.MODEL_PATH.read_text(encoding="utf-8"))
    m = model()
    assert 0.5 < m.threshold < 1.0
    assert len(m.features) == len(data["features"]) > 1000
    trained = data["trained"]
    assert trained["blind_batches"] >= 114 and trained["opinion_rows"] > 1000
    # Held out by groups of files, the chosen threshold vetoed at most max_loss of the check-worthy rows.
    assert trained["vetoed_worthy_rows"] <= trained["max_loss"] * trained["kept_worthy_rows"] + 1
    assert all(idf > 0 for idf, _ in data["features"].values())


def test_extreme_weights_give_a_probability_not_an_overflow():
    m = OpinionModel({"a": (1.0, 5000.0), "b": (1.0, -5000.0)}, 0.0, 0.5, {})
    assert m.probability("a", "x") == pytest.approx(1.0) and m.probability("b", "x") == pytest.approx(0.0)
