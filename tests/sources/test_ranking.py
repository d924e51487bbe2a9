"""Passage splitting and relevance: what the claim is about decides; a shared number alone does not."""

import itertools

from claims.ranking import NO_NUMBER, PassageInput, claim_profile, rank_passages, split_passages

CLAIM = "Für Außenministerin Lena Brandt war es in diesem Jahr das dritte Treffen mit Piet Haverkamp."


def profile(text=CLAIM, language="de", context=""):
    return claim_profile(text=text, language=language, entities=("Lena Brandt", "Piet Haverkamp"), context=context)


def test_passages_keep_exact_offsets_and_cut_long_paragraphs():
    text = "Erster Absatz mit einem Satz.\n\n" + " ".join(f"Satz Nummer {i} mit etwas Text." for i in range(60))
    spans = split_passages(text)
    assert spans[0] == (0, len("Erster Absatz mit einem Satz."))
    assert all(0 < end - start <= 1200 for start, end in spans)
    assert all(text[start:end] == text[start:end].strip() for start, end in spans)
    assert [s for s, _e in spans] == sorted(s for s, _e in spans)
    assert all(a_end <= b_start for (_a, a_end), (b_start, _b) in itertools.pairwise(spans))


def test_relevance_comes_from_the_subject_not_from_a_shared_number():
    passages = [
        PassageInput("about", "Haverkamp und Brandt trafen sich in diesem Jahr bereits zum dritten Mal.", "de"),
        PassageInput("number-only", "Der Verein belegte zum dritten Mal den dritten Platz im Turnier.", "de"),
        PassageInput("other", "Die Arbeitslosenquote stieg im Oktober auf 6,1 Prozent.", "de"),
    ]
    ranked = rank_passages(profile(), passages)
    assert [r.key for r in ranked] == ["about"]
    assert ranked[0].stance == "agrees"


def test_names_find_a_report_in_the_other_language():
    passages = [PassageInput("en", "Foreign ministers Lena Brandt and Piet Haverkamp met for the third time this "
                                   "year, officials said.", "en")]
    ranked = rank_passages(profile(), passages)
    assert ranked and ranked[0].stance == "agrees"
    marked = [q for q in ranked[0].quantities if q.get("stance")]
    assert marked and marked[0]["surface"] == "third"


def test_spelling_variants_of_a_name_still_match():
    prof = claim_profile(text="Haferkamp sagte, Südmark kontrolliere weniger als ein Fünftel des Gebiets.",
                         language="de", entities=("Haferkamp",))
    ranked = rank_passages(prof, [PassageInput(1, "Piet Haverkamp: Südmark kontrolliere weniger als ein Fünftel "
                                                  "der Ostmark.", "de")])
    assert ranked and ranked[0].entity_score == 1.0 and ranked[0].stance == "agrees"


def test_a_relevant_passage_without_figures_has_no_number():
    ranked = rank_passages(profile(), [PassageInput(1, "Lena Brandt lobte das Treffen mit Piet Haverkamp.", "de")])
    assert ranked and ranked[0].stance == NO_NUMBER


def test_quantity_match_only_adds_to_relevant_passages():
    passages = [
        PassageInput("numbers", "Brandt und Haverkamp: das dritte Treffen in diesem Jahr.", "de"),
        PassageInput("words", "Brandt und Haverkamp: ein Treffen in diesem Jahr.", "de"),
    ]
    ranked = rank_passages(profile(), passages)
    assert [r.key for r in ranked] == ["numbers", "words"]
    assert ranked[0].relevance > ranked[0].topical


def test_number_words_decide_agreement_not_relevance():
    passages = [PassageInput("third", "Brandt und Haverkamp: es war das dritte Treffen in diesem Jahr.", "de"),
                PassageInput("second", "Brandt und Haverkamp: es war das zweite Treffen in diesem Jahr.", "de")]
    ranked = {r.key: r for r in rank_passages(profile(), passages)}
    assert ranked["third"].topical == ranked["second"].topical
    assert (ranked["third"].stance, ranked["second"].stance) == ("agrees", "conflicts")
