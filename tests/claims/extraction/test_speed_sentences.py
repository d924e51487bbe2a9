"""The faster forms in sentences.py give what the plainer forms they replaced give.

Sample text is own writing: short German and English pieces glued with line breaks,
terminal marks, quotes and abbreviations in random order.
"""

from __future__ import annotations

import random
import re

from claims.extraction import sentences
from claims.extraction.sentences import split_sentences

_PIECES = [
    "Die Stadt hat 3.000 neue Wohnungen gebaut", "the council said", "Dr. Huber", "Nr. 5", "am 3. Dezember",
    "um 16.00 Uhr", "u.a. die Feuerwehr", "z.B. Linz", "Acme Inc.", "TAMPA, Fla. (AP) — Officials",
    "Boston, Mass.", "etc.", "J. Smith", "Zum 30. Jahrestag", "im 2. Quartal", "„Wir bleiben“", "“We stay,”",
    "Er sagte:", "Was nun?", "Genug!", "wait…", "U.S. troops", "Sie kam um 9", "der Konzern", "Polizei",
    "A", "bzw.", "ca. 40", "Ltd.", "The", "Der", "(AP)", "sagte sie", "2019", "e.g.", "St. Pölten", "Co.",
]
_GLUE = [" ", " ", ". ", "! ", "? ", "… ", ".. ", "...", ".\n", "\n", "\n\n", "\n \n", ",\n", "-\n", " \n",
         ".” ", ".\" ", ".) ", "!» ", "\u00a0", "\t", "\r\n", "", "; ", ".\u00a0"]


def _fuzz(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        n = rng.randint(1, 14)
        out.append("".join(a + b for a, b in zip(rng.choices(_PIECES, k=n), rng.choices(_GLUE, k=n), strict=True)))
    return out


FUZZ = _fuzz(4000, seed=23)

# The two patterns _CUT replaced: the first mark of each run before a space, then _CANDIDATE there.
_RUN_BEFORE_SPACE = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*+(?=[\"'”“’‘»«)\]]*[ \t\u00a0])")
_LINE = re.compile(r"[^\n]+")


def _cuts_two_step(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for run in _RUN_BEFORE_SPACE.finditer(text, start, end):
        m = sentences._CANDIDATE.match(text, run.start(), end)
        if m:
            spans.append(m.span())
    return spans


def _blocks_by_lines(text: str) -> list[tuple[int, int]]:
    """_blocks() as it read the lines with a pattern."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    blocks: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for i, (s, e) in enumerate(lines):
        stripped = text[s:e].strip()
        if not stripped:
            if current:
                blocks.append(current)
                current = None
            continue
        current = (s, e) if current is None else (current[0], e)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        joined = False
        if nxt is not None and text.count("\n", e, nxt[0]) == 1:
            nxt_text = text[nxt[0] : nxt[1]].lstrip()
            joined = bool(
                nxt_text
                and stripped[-1] in sentences._CONTINUATION_CHARS
                and (nxt_text[0].islower() or stripped[-1] in ",(-–")
            )
        if not joined:
            blocks.append(current)
            current = None
    if current:
        blocks.append(current)
    return blocks


def test_one_cut_pattern_equals_run_then_candidate():
    for text in FUZZ:
        for start, end in [(0, len(text)), *sentences._blocks(text)]:
            got = [m.span() for m in sentences._CUT.finditer(text, start, end)]
            assert got == _cuts_two_step(text, start, end), text


def test_period_pattern_equals_cut_pattern_in_blocks_without_other_marks():
    checked = 0
    for text in FUZZ:
        for start, end in sentences._blocks(text):
            if any(text.find(mark, start, end) >= 0 for mark in "!?…"):
                continue
            got = [m.span() for m in sentences._CUT_PERIOD.finditer(text, start, end)]
            assert got == [m.span() for m in sentences._CUT.finditer(text, start, end)], text
            checked += bool(got)
    assert checked > 1000


def test_space_read_after_a_cut_is_all_the_space_before_the_next_sentence():
    for text in FUZZ:
        for start, end in sentences._blocks(text):
            for m in sentences._CUT.finditer(text, start, end):
                s = m.end()
                while s < end and text[s].isspace():
                    s += 1
                assert m.end(1) == s, (text, m.span())


def test_blocks_from_split_lines_equal_blocks_from_line_pattern():
    extra = ["", "\n", "\n\n", " \n ", "a\nb", "Satz,\nweiter.", "Titel\n\nText.", "x \n\n \ny", "ende-\nteil"]
    for text in FUZZ + extra:
        assert sentences._blocks(text) == _blocks_by_lines(text), text


def test_a_plain_word_before_a_period_is_a_boundary():
    # The shortcut in _split_block: a word of two or more letters after a space (or the window's
    # start), on neither abbreviation list, ends a sentence; _is_boundary() says the same.
    checked = 0
    for text in FUZZ:
        for start, end in sentences._blocks(text):
            for m in sentences._CUT.finditer(text, start, end):
                punct, cut = m.span()
                if text[punct] != ".":
                    continue
                lo = max(start, punct - 40)
                space = text.rfind(" ", lo, punct)
                word = text[space + 1 if space >= 0 else lo : punct]
                if len(word) > 1 and word.isalpha() and word not in sentences._NOT_PLAIN:
                    assert sentences._is_boundary(text, punct, cut, start), (text, punct)
                    checked += 1
    assert checked > 1000


def test_abbreviations_and_numbers_still_hold_sentences_together():
    text = (
        "Dr. Huber kam am 3. Dezember um 16.00 Uhr nach Linz, u.a. mit der Feuerwehr. Acme Inc. The "
        "firm grew. TAMPA, Fla. (AP) — Officials met. Er wohnt in der Str. Nr. 5 und zahlt ca. 40 Euro."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Dr. Huber kam am 3. Dezember um 16.00 Uhr nach Linz, u.a. mit der Feuerwehr.",
        "Acme Inc.",
        "The firm grew.",
        "TAMPA, Fla. (AP) — Officials met.",
        "Er wohnt in der Str. Nr. 5 und zahlt ca. 40 Euro.",
    ]


def test_sentences_built_without_the_constructor_are_ordinary_sentences():
    text = "Die Stadt wächst. Der Rat tagt."
    first, second = split_sentences(text)
    assert first == sentences.Sentence("Die Stadt wächst.", 0, 17, False)
    assert second == sentences.Sentence("Der Rat tagt.", 18, 31, False)
    assert text[second.start : second.end] == second.text
    assert hash(first) == hash(sentences.Sentence("Die Stadt wächst.", 0, 17, False))
