"""Language detection on short and long German and English text."""

import pytest

from claims.extraction import DEFAULT_LANGUAGE, detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Regierung hat am Mittwoch ein neues Gesetz beschlossen.", "de"),
        ("The government approved a new law on Wednesday.", "en"),
        ("Laut Polizei wurden drei Menschen verletzt.", "de"),
        ("Police said three people were injured.", "en"),
        ("Größte Übung seit Jahren", "de"),
        ("Biggest drill in years for the army", "en"),
        # Short passages without a function word of either list: months, units, spelling decide.
        ("Sales rose 12% in May.", "en"),
        ("Shares fell 4%.", "en"),
        ("Turnout hit 58 percent.", "en"),
        ("Police arrested 14.", "en"),
        ("Gold hits record high", "en"),
        ("Aktien fielen.", "de"),
        ("Preise steigen weiter", "de"),
        ("Streik bei Lufthansa", "de"),
        ("Bayern gewinnt", "de"),
        ("", DEFAULT_LANGUAGE),
        ("12345 !!!", DEFAULT_LANGUAGE),
    ],
)
def test_detect(text, lang):
    assert detect_language(text) == lang


def test_long_mixed_text_follows_the_majority():
    text = "Der Minister sagte, „we will see“, und die Regierung bleibt bei ihrer Linie. " * 20
    assert detect_language(text) == "de"


def test_function_word_lists_are_disjoint():
    # detect_language counts a word for one language only; it relies on this.
    from claims.extraction import language

    assert not language._DE & language._EN
