"""detect_language() counts umlauts in the Latin-1 bytes it already has: the same lead as
counting them in the text. Sample text is own writing with characters beyond Latin-1."""

from __future__ import annotations

import random
from itertools import repeat

from claims.extraction import language
from claims.extraction.language import detect_language

_PIECES = [
    "Die Brücke über den Fluss wird für fünf Monate gesperrt", "the bridge will close for five months",
    "Größe", "GRÖSSE", "Straße", "STRASSE", "Ärger", "über", "Über", "Öl", "süß", "ẞ", "İstanbul", "naïve",
    "café", "Łódź", "Kraków", "東京", "🙂", "\ud800", "ä\u0308", "und", "the", "and", "der", "a", "?", " ",
    "\n", "12", "£", "€", "ÿ", "ö", "ü", "ß", "ä",
]


def _fuzz(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choices(_PIECES, k=rng.randint(0, 30))) for _ in range(count)]


def _lead_by_text(text: str) -> int:
    """The German lead as detect_language() counted it on the text's characters."""
    sample = text[: language._SAMPLE].lower()
    words = sample.encode("latin-1", "replace").translate(language._LETTERS_ONLY).split()
    lead = sum(map(language._LEAD.get, words, repeat(0)))
    return lead + 2 * (sample.count("ä") + sample.count("ö") + sample.count("ü") + sample.count("ß"))


def test_umlauts_counted_in_bytes_as_in_the_text():
    for text in [*_fuzz(3000, seed=5), "ä" * 4000, "x" * 2999 + "äöü", "东" * 10 + "ß"]:
        sample = text[: language._SAMPLE].lower()
        encoded = sample.encode("latin-1", "replace")
        in_bytes = len(encoded) - len(encoded.translate(None, language._UMLAUTS))
        assert in_bytes == sum(map(sample.count, "äöüß")), text
        lead = _lead_by_text(text)
        expected = "en" if lead < 0 else "de"
        if lead == 0 and encoded.translate(language._LETTERS_ONLY).split():
            continue  # decided by spelling, as before
        assert detect_language(text) == expected, text


def test_umlauts_still_tip_short_text_to_german():
    # Two English function words against one umlaut: the umlaut's 2 points and "der" win.
    assert detect_language("the bridge der Brücke") == "de"
    assert detect_language("the and of Brücke") == "en"  # three English words outweigh it
    assert detect_language("東京 Tokyo") == language.DEFAULT_LANGUAGE
