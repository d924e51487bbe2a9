"""find_entities() reads the word before a lone German noun from the 25 characters before it,
wherever the noun stands: at the start, within the first 25 characters, or further on."""

from __future__ import annotations

import pytest

from claims.extraction import find_entities


@pytest.mark.parametrize("pad", range(0, 12))
def test_word_before_a_lone_noun_near_and_past_the_start(pad):
    lead = "sehr " * pad
    # After "in" a lone noun is a place; after an article or an adjective it is a common noun.
    assert find_entities(f"{lead}in Dresden wurde gefeiert.", "de") == ("Dresden",)
    assert find_entities(f"{lead}der Stadt wurde gedankt.", "de") == ()
    assert find_entities(f"{lead}neuen Plänen wurde zugestimmt.", "de") == ()


def test_lone_noun_opening_the_text_or_after_a_long_word():
    assert find_entities("Dresden feiert.", "de") == ("Dresden",)
    # The word before is cut to the 25 characters before the noun: a longer word still counts
    # by its tail (here a lower-case adjective ending).
    assert find_entities("donaudampfschifffahrtsgesellschaftlichen Kapitänen", "de") == ()
    assert find_entities("x" * 30 + " in Kiew", "de") == ("Kiew",)


def test_entities_stop_at_the_limit():
    text = ", ".join(["Anna Berger", "Markus Leitner", "Jürgen Hofer", "Sabine Wolf"]) + " kamen."
    assert find_entities(text, "de", limit=2) == ("Anna Berger", "Markus Leitner")
    assert find_entities(text, "de", limit=0) == ()
    assert len(find_entities(text, "de")) == 4
