"""Fast German/English language detection by counting frequent function words."""

from __future__ import annotations

import re
from itertools import repeat

SUPPORTED_LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"

# Function words frequent in one language and rare in the other (no "in", "an", "so").
_DE = frozenset(
    [
        "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "des", "sich", "auf", "für",
        "ein", "eine", "einen", "einem", "einer", "im", "zu", "dass", "wurde", "wurden", "sagte", "auch",
        "es", "bei", "nach", "wie", "sie", "er", "wir", "hat", "haben", "hatte", "werden", "sei", "seien",
        "über", "noch", "am", "zum", "zur", "aus", "oder", "aber", "nur", "wird", "sind", "war", "waren",
        "vor", "seit", "bereits", "gegen", "zwischen", "einem", "laut", "dieser", "diese", "dieses", "sowie",
        "jedoch", "mehr", "als", "bis", "um",
        # Frequent in short news copy: numbers, units, months, weekdays.
        "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "zehn", "prozent", "millionen",
        "milliarden", "jahr", "jahre", "jahren", "uhr", "menschen", "polizei", "regierung", "januar",
        "februar", "märz", "juni", "juli", "oktober", "dezember", "montag", "dienstag", "mittwoch",
        "donnerstag", "freitag", "samstag", "sonntag",
        # Sports and tables ("Arsenal sit fourth, nine points behind Chelsea" had no function word).
        "neun", "elf", "zwölf", "punkte", "punkten", "hinter", "ersten", "zweiten", "dritten", "letzten",
    ]
)
_EN = frozenset(
    [
        "the", "and", "is", "of", "to", "that", "was", "for", "on", "with", "as", "by", "at", "said", "from",
        "it", "he", "she", "be", "has", "have", "are", "were", "this", "which", "would", "will", "not",
        "but", "or", "its", "their", "they", "been", "who", "after", "had", "more", "than", "about", "over",
        "into", "could", "also", "new", "year", "people", "told", "after", "while", "up",
        "a", "we", "you", "his", "her", "our", "what", "when", "where", "there", "these", "those", "did",
        "should", "one", "two", "three", "four", "five", "six", "seven", "eight", "ten", "percent", "years",
        "week", "month", "police", "government", "president", "january", "february", "march", "may",
        "june", "july", "october", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
        "nine", "points", "behind", "against", "ahead", "first", "second", "third", "fourth", "last", "since",
        "between", "under", "out", "off", "won", "win",
        # Money in English plurals (German writes "Dollar", "Euro", "Pfund"): "raised 2 billion dollars in
        # Dar es Salaam".
        "dollars", "euros", "pounds",
    ]
)
_WORD = re.compile(r"[a-zäöüß]+")  # what counts as a word (see _LETTERS_ONLY)
# The same words without a regex: in Latin-1 bytes every character outside [a-zäöüß]
# becomes a space (characters beyond Latin-1 are encoded as "?" first), and split()
# returns exactly _WORD's matches.
_LETTERS_ONLY = bytes(b if 0x61 <= b <= 0x7A or b in (0xE4, 0xF6, 0xFC, 0xDF) else 0x20 for b in range(256))
# +1 for a German function word, -1 for an English one: one pass over the words gives
# the German lead (a word on both lists would count 0).
_LEAD: dict[bytes, int] = dict.fromkeys((w.encode("latin-1") for w in _DE), 1)
for _w in _EN:
    _LEAD[_w.encode("latin-1")] = _LEAD.get(_w.encode("latin-1"), 0) - 1
del _w
_SAMPLE = 3000
_UMLAUTS = "äöüß".encode("latin-1")


def detect_language(text: str, low: str | None = None) -> str:
    """Return "de" or "en" for ``text``; ties and empty text give DEFAULT_LANGUAGE.

    ``low``: ``text.lower()`` when the caller has it and it is as long as ``text``, so that
    the sample need not be lower-cased again.
    """
    sample = text[:_SAMPLE].lower() if low is None else low[:_SAMPLE]
    encoded = sample.encode("latin-1", "replace")
    words = encoded.translate(_LETTERS_ONLY).split()
    lead = sum(map(_LEAD.get, words, repeat(0)))
    # Umlauts and ß are strong German evidence in short strings: one byte each in Latin-1
    # (every other character is one byte too), counted in one pass that deletes them.
    lead += 2 * (len(encoded) - len(encoded.translate(None, _UMLAUTS)))
    if lead == 0 and words:
        # No function word decides (a short headline or sentence): spelling does.
        lead = sum(map(_german_spelling, words)) - sum(map(_english_spelling, words))
    if lead < 0:
        return "en"
    return DEFAULT_LANGUAGE


def _english_spelling(word: bytes) -> bool:
    return (
        word.endswith((b"ed", b"ing", b"y"))
        or b"th" in word
        or b"wh" in word
        or b"sh" in word
        or b"gh" in word
    )


def _german_spelling(word: bytes) -> bool:
    return word.endswith((b"en", b"ung")) or b"ch" in word or b"z" in word or b"ei" in word
