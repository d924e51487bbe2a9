"""Speed rewrites match what they replace: each fast path against the plain pattern it stands for, on fuzz text."""

import random
import re

import pytest

from claims.extraction import engine, entities, language, quantities, sentences, speakers, worthiness

# Fragments that exercise the rewritten spots: numbers, hedges, identifiers, currencies,
# month names, attribution verbs, quotes, odd case-folding letters ("ſ", "K", "İ").
_PIECES = [
    "zwei", "Zwei", "drei", "Drittel", "fünfte", "twenty-one", "Three", "one", "half", "million", "3", "12",
    "2024", "1.500", "2,5", "10.00", "3:1", "5-4", "1990er", "12th", "5km", "24/7", "Nr.", "No.", "Art.",
    "Seite", "Platz", "place", "§", "§§", "EUR", "USD", "€", "$", "£", "US$", "minus", "−", "-", "–", "Uhr",
    "a.m.", "GMT", "May", "March", "Sept.", "of", "Jan", "said", "says", "told", "sagte", "erklärte",
    "teilte", "so", "dann", "and", "but", "that", "while", "according", "Laut", "Graz", "Die", "Anna",
    "US-Präsident", "von der", "Leyen", "O'Connor", "U.S.", "z.B.", "Dr.", "Inc.", "The", "Er", "er",
    "finished", "wanted", "ed", "Ed", "started", "'s", "’", "„", "“", "”", '"', "«", "»", "(", ")", ",", ";",
    ":", ".", "!", "?", "…", "_", "ſource:", "Source:", "(dpa", "dpa -", "Bild:", "Kelvin", "K", "İst",
    "über", "Über", "für", "ß", "é", "Jahre", "Prozent", "percent", "rund", "about", "etwa", "Menschen",
    "Stimmen", "\u00a0", "\n", "\n\n", "  ", "Kommentar:", "ANALYSIS-", "Opinion", "breakingviews", "–",
]
_SEPARATORS = [" ", " ", " ", "", "\u00a0", "\n", ", ", ". "]


def _fuzz(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 18)):
            parts.append(rng.choice(_PIECES))
            parts.append(rng.choice(_SEPARATORS))
        out.append("".join(parts))
    return out


FUZZ = _fuzz(1500, seed=5)


def _spans(rx, text, group=0):
    return [m.span(group) for m in rx.finditer(text)]


def test_digit_anchor_equals_leading_lookbehind():
    plain = re.compile(r"(?<!\w)\d+(?:[.,'’\u00a0\u202f]\d+)*")
    for text in FUZZ:
        assert _spans(quantities._R_DIGIT_ANCHOR, text) == _spans(plain, text), text


def test_month_date_filter_equals_leading_boundary():
    plain = re.compile(r"\b" + quantities._MONTH_EN + r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}\b)?")
    for text in FUZZ:
        got = [a[:2] for a in quantities._anchors(text, "en") if a[2] == 2]
        assert got == _spans(plain, text), text


def test_left_context_gates_never_hide_a_match():
    # Under the conditions _digits asks them: after a space (or "§" for identifiers).
    for text in FUZZ:
        for s in range(1, len(text) + 1):
            end = quantities._word_end(text, s)
            before = text[s - 1]
            if before in " \u00a0§" and quantities._LEFT_IDENTIFIER.search(text, max(0, s - 20), s):
                assert quantities._may_end_with(text, end, quantities._IDENTIFIER_GATE), (text, s)
            if before in " \u00a0" and quantities._LEFT_RANK.search(text, max(0, s - 12), s):
                assert quantities._may_end_with(text, end, quantities._RANK_GATE), (text, s)
            if before in " \u00a0" and quantities._LEFT_CURRENCY.search(text, max(0, s - 5), s):
                assert text[s - 4 : s - 1] in quantities._CURRENCY_CODES, (text, s)
            if before in " \u00a0" and quantities._LEFT_MINUS.search(text, max(0, s - 7), s):
                assert "minus" in text[max(0, s - 7) : s], (text, s)


def test_right_context_gates_never_hide_a_match():
    for text in FUZZ:
        n = len(text)
        for e in range(n + 1):
            after = e
            while after < n and text[after] in " \u00a0":
                after += 1
            first = text[after] if after < n else ""
            nxt = text[e] if e < n else ""
            if quantities._R_TIME_AFTER.match(text, e):
                assert first and first in quantities._TIME_FIRST, (text, e)
            if quantities._R_EN_DATE.match(text, e):
                assert nxt in "snrt" or (after > e and first in quantities._EN_DATE_FIRST), (text, e)


def test_letter_set_equals_its_class():
    letter = re.compile(r"[A-Za-zÄÖÜäöüß]")
    for code in range(0x3000):
        ch = chr(code)
        assert (ch in quantities._LETTERS) == bool(letter.fullmatch(ch)), hex(code)


def test_is_word_char_equals_backslash_w():
    word = re.compile(r"\w")
    for code in range(0x3000):
        ch = chr(code)
        assert quantities._is_word_char(ch) == bool(word.fullmatch(ch)), hex(code)


def test_cap_run_equals_leading_lookbehind():
    names = entities._NAME_CHARS
    plain = re.compile(
        r"(?<![\w\-])[A-ZÄÖÜ]" + names + r"*(?: (?:(?:von der|van der|von|van|de|al|bin|ben|da|di|del|le|of"
        r"|for) )?[A-ZÄÖÜ]" + names + r"*)*"
    )
    for text in FUZZ:
        assert _spans(entities._CAP_RUN, text) == _spans(plain, text), text


@pytest.mark.parametrize("lang", ["de", "en"])
def test_entity_cache_does_not_change_results(lang):
    texts = FUZZ[:400]
    first = [entities.find_entities(t, lang) for t in texts]
    entities._RUNS.clear()
    fresh = [entities.find_entities(t, lang) for t in reversed(texts)]
    assert first == fresh[::-1]


def test_segment_start_equals_last_pattern_match():
    for text in FUZZ:
        for verb_pos in range(len(text) + 1):
            bounds = list(speakers._EN_SEGMENT_START.finditer(text, 0, verb_pos))
            expected = bounds[-1].end() if bounds else 0
            assert speakers._segment_start(text, verb_pos) == expected, (text, verb_pos)


def test_german_inverted_attribution_split_equals_one_pattern():
    plain = re.compile(r"(?:^|[,;:“”\"»«„–]\s*)" + speakers._DE_INVERTED_TAIL)
    for text in FUZZ:
        first = speakers._DE_INVERTED_START.match(text)
        got = ([first.span()] if first else []) + [
            m.span() for m in speakers._DE_INVERTED.finditer(text, first.end() if first else 0)
        ]
        assert got == _spans(plain, text), text


def test_english_verb_filter_equals_leading_boundary():
    plain = re.compile(r"\b(?:" + speakers._EN_VERBS + r")\b")
    for text in FUZZ:
        got = [
            m.start()
            for m in speakers._EN_VERB_RE.finditer(text)
            if not m.start() or not speakers._is_word_char(text[m.start() - 1])
        ]
        assert got == [m.start() for m in plain.finditer(text)], text


def test_reversed_token_before_period_equals_search():
    for text in FUZZ:
        for punct in range(len(text) + 1):
            lo = max(0, punct - 40)
            if punct > lo and text[punct - 1] == "\n":
                continue  # handled by the pattern itself
            m = sentences._PREV_TOKEN.search(text, lo, punct)
            r = sentences._PREV_TOKEN_REVERSED.match(text[lo:punct][::-1])
            assert (m is None) == (r is None), (text, punct)
            if m:
                assert (m.group(1), m.start()) == (r.group()[::-1], punct - r.end()), (text, punct)


def test_ed_word_equals_token_test():
    for text in FUZZ:
        low = text.lower()
        tokens = engine._WORD.findall(low)
        expected = any(len(w) > 5 and w.endswith("ed") for w in tokens)
        assert (worthiness._ED_WORD.search(low) is not None) == expected, text


def test_credit_gate_never_hides_a_credit_line():
    for text in FUZZ + [" " + t for t in FUZZ]:
        first = text[:1]
        if first.isspace():
            first = text.lstrip()[:1]
        if worthiness._CREDIT.match(text):
            assert first in worthiness._CREDIT_FIRST or not first.isascii(), text


def test_label_gate_never_hides_a_label():
    for text in FUZZ:
        if worthiness._LABEL.match(text):
            first = text.lstrip()[:1]
            assert first in worthiness._LABEL_FIRST, text
            assert any(text.find(mark, 0, 18) >= 0 for mark in ":-–"), text


def test_language_words_equal_the_pattern():
    for text in FUZZ:
        sample = text.lower()
        letters = sample.encode("latin-1", "replace").translate(language._LETTERS_ONLY)
        got = [w.decode("latin-1") for w in letters.split()]
        assert got == language._WORD.findall(sample), text
