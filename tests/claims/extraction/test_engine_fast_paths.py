"""Speed rewrites in splitting, language detection, entities and the engine match the plain code
they replace, on fuzz text built from sample fragments (no article copied)."""

import dataclasses
import random
import re
import sys

import pytest

from claims.extraction import (
    Claim,
    Sentence,
    detect_language,
    entities,
    extract_claims,
    find_entities,
    language,
    sentences,
    speakers,
    split_sentences,
    worthiness,
)

from .dev_set import DEV_SET
from .opinion_dev_set import OPINION_DEV_SET, OPINION_HELD_BACK

# Fragments that reach the rewritten spots: terminal punctuation and closing marks, line
# breaks (hard wraps, blank lines), abbreviations, lower-case line ends (also "ß"), German
# nouns after articles and adjectives, names, function words of both languages, umlauts,
# letters that lower-case to other lengths ("İ") or by context ("Σ").
_PIECES = [
    "Die", "Polizei", "teilte", "mit", "der", "Entwurf", "des", "Verbandes", "großen", "Saal", "Graz",
    "Anna Berger", "von der", "Leyen", "US-Präsident", "Kreml-Sprecher", "NATO", "the", "said", "and",
    "Sarah Mitchell", "Interior Minister", "Dr.", "Nr.", "Inc.", "z.B.", "U.S.", "J.", "3.", "am 5.",
    "Dezember", "Spieltag", "2024", "1.500", "Straße", "Fuß", "heiß", "groß", "über", "ä", "Σ", "İst",
    ".", "..", "...", "!", "?", "?!", "…", ":", ";", ",", "(", ")", "-", "–", "„", "“", "”", '"', "'", "’",
    "»", "«", "]", "[", "\n", "\n\n", "\n \n", "  ", "\u00a0", "\t", "a", "B", "x",
]
_SEPARATORS = [" ", " ", " ", "", "\n", ". ", ", "]


def _fuzz(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    sizes = [rng.randint(1, 24) for _ in range(count)]
    return ["".join(map(str.__add__, rng.choices(_PIECES, k=n), rng.choices(_SEPARATORS, k=n))) for n in sizes]


FUZZ = _fuzz(3000, seed=11)


def test_candidate_pattern_equals_leading_repeat():
    plain = re.compile(r"[.!?…]+" + sentences._CANDIDATE.pattern[len("[.!?…][.!?…]*") :])
    for text in FUZZ:
        assert [m.span() for m in sentences._CANDIDATE.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_terminal_and_continuation_tests_equal_their_patterns():
    terminal = re.compile(r"[.!?…:;][\"'”“’‘»«)\]]*$")
    continuation = re.compile(r"(?:[,;(\-–]|[a-zäöüß])$")
    for text in FUZZ:
        for line in text.split("\n"):
            seg = line.strip()
            if not seg:
                continue
            assert sentences._is_terminal(seg) == bool(terminal.search(seg)), seg
            runs_on = bool(continuation.search(seg)) and not terminal.search(seg)
            assert (seg[-1] in sentences._CONTINUATION_CHARS) == runs_on, seg


def test_hard_wraps_and_headlines_as_before():
    # Sample lines: a wrap after a lower-case word (also "ß") joins, one after ";" does not.
    text = "Die Stadt plant eine neue Straße\nfür den Verkehr.\nEin Satz;\nder nächste.\nTitel ohne Punkt"
    got = [(s.text, s.headline) for s in split_sentences(text)]
    assert got == [
        ("Die Stadt plant eine neue Straße\nfür den Verkehr.", False),
        ("Ein Satz;", False),
        ("der nächste.", False),
        ("Titel ohne Punkt", True),
    ]


def _detect_plain(text: str) -> str:
    """detect_language as it was: two membership counts, the sample lower-cased here."""
    sample = text[: language._SAMPLE].lower()
    words = sample.encode("latin-1", "replace").translate(language._LETTERS_ONLY).split()
    de_words = {w.encode("latin-1") for w in language._DE}
    en_words = {w.encode("latin-1") for w in language._EN}
    de = sum(w in de_words for w in words) + 2 * sum(sample.count(c) for c in "äöüß")
    en = sum(w in en_words for w in words)
    if en == de and words:
        en = sum(map(language._english_spelling, words))
        de = sum(map(language._german_spelling, words))
    return "en" if en > de else "de"


@pytest.mark.parametrize("long", [False, True])
def test_detection_equals_plain_counts_with_and_without_low(long):
    for text in FUZZ:
        if long:
            # Past the sample's end, with a "Σ" at its edge (lower-cased by context).
            text = (text + " ") * (language._SAMPLE // max(1, len(text)) + 2)
            text = text[: language._SAMPLE - 1] + "Σ" + text[language._SAMPLE - 1 :]
        expected = _detect_plain(text)
        assert detect_language(text) == expected, text
        low = text.lower()
        if len(low) == len(text):
            assert detect_language(text, low) == expected, text


def test_detection_reads_the_whole_sample_from_low():
    # The sample's last word is the only function word: "and" ends exactly at its edge.
    text = "xx " * 999 + "and but"
    assert len("xx " * 999 + "and") == language._SAMPLE
    assert detect_language(text) == detect_language(text, text.lower()) == "en"


def _entities_plain(text: str, lang: str, limit: int = 12) -> tuple[str, ...]:
    """find_entities as it was: a set beside the list, the word before a lone noun read each time."""
    out: list[str] = []
    seen: set[str] = set()
    runs: dict = {}
    for m in entities._CAP_RUN.finditer(text):
        found = entities._run_entities(m.group(), lang, runs)
        if found.__class__ is list:
            start = m.start()
            before = None
            if start:
                prev = text[max(0, start - 25) : start].rsplit(None, 1)
                before = prev[-1].strip(entities._EDGE) if prev else None
            found = found[0] + found[1] if entities._de_name_after(before) else found[0]
        for ent in found:
            if ent not in seen:
                seen.add(ent)
                out.append(ent)
        if len(out) >= limit:
            break
    return tuple(out[:limit])


def test_entities_equal_plain_loop():
    for text in FUZZ:
        for lang in ("de", "en"):
            assert find_entities(text, lang) == _entities_plain(text, lang), (lang, text)
            assert find_entities(text, lang, limit=2) == _entities_plain(text, lang, limit=2), (lang, text)


def test_sentence_and_claim_stay_frozen_value_objects():
    s = Sentence("Ein Satz.", 0, 9)
    assert s == Sentence("Ein Satz.", 0, 9, False) and hash(s) == hash(Sentence("Ein Satz.", 0, 9))
    assert (s.text, s.start, s.end, s.headline) == ("Ein Satz.", 0, 9, False)
    assert dataclasses.replace(s, headline=True).headline is True
    c = Claim("Ein Satz.", 0, 9, None, 0.5, "de")
    assert dataclasses.astuple(c) == ("Ein Satz.", 0, 9, None, 0.5, "de", (), ())
    assert dataclasses.astuple(Claim("x", 1, 2, "Anna", 0.6, "en", (), ("Graz",))) == (
        "x", 1, 2, "Anna", 0.6, "en", (), ("Graz",),
    )
    assert c == Claim("Ein Satz.", 0, 9, None, 0.5, "de", (), ())
    assert hash(c) == hash(Claim("Ein Satz.", 0, 9, None, 0.5, "de"))
    assert [f.name for f in dataclasses.fields(c)] == [
        "text", "start", "end", "speaker", "score", "language", "quantities", "entities",
    ]
    for obj, field in ((s, "text"), (c, "score")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(obj, field, None)


# Sample sentences of the development sets, each scored on its own.
_ROWS = [(row[0], row[1]) for row in DEV_SET + OPINION_DEV_SET + OPINION_HELD_BACK]


def test_scores_are_hundredths():
    # Every weight is a multiple of 0.01: a sum rounded to three places is then the same in any
    # order of adding, which lets the engine add the entity bonus after the rest.
    scores = [c.score for lang, text in _ROWS for c in extract_claims(text, lang, min_score=0.0)]
    assert len(scores) >= len(_ROWS)
    for score in scores:
        assert abs(score * 100 - round(score * 100)) < 1e-9, score


def test_entity_skip_drops_no_claim_at_its_own_score():
    # The engine skips looking for entities where even two could not lift a sentence to
    # min_score; at a threshold equal to a claim's own score (0.0 included) it is returned.
    for lang, text in _ROWS:
        for claim in extract_claims(text, lang, min_score=0.0):
            assert claim in extract_claims(text, lang, min_score=claim.score), (claim.score, text)
            above = round(claim.score + 0.01, 3)
            assert all(c.score >= above for c in extract_claims(text, lang, min_score=above)), text


def _phrase_patterns() -> dict[str, "worthiness._Phrases"]:
    found = {name: p for name, p in vars(worthiness).items() if isinstance(p, worthiness._Phrases)}
    found.update({"idiom " + word: p for word, p in worthiness._IDIOM_BY_WORD.items()})
    return found


def test_lower_casing_folds_as_ignorecase():
    # Every letter of the _Phrases patterns matches under (?i) exactly the characters that
    # lower-case to it, except those _UNFOLDED sends to the (?i) pattern; no other character
    # lower-cases to more than one.
    patterns = _phrase_patterns()
    assert len(patterns) > 9
    letters = {ch for p in patterns.values() for ch in p.lowered.pattern if ch.isalpha()}
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    lowers: dict[str, set[str]] = {}
    for ch in chars:
        lowers.setdefault(ch.lower(), set()).add(ch)
    everything = "".join(chars)
    unfolded = set(worthiness._UNFOLDED.pattern.strip("[]"))
    assert {ch for ch in chars if len(ch.lower()) != 1} <= unfolded
    for letter in sorted(letters):
        differ = set(re.findall("(?i)" + re.escape(letter), everything)) ^ lowers.get(letter, set())
        assert differ <= unfolded, (letter, differ)


# Sample phrases (own writing) that the _Phrases patterns look for, and words around them.
_PHRASE_PIECES = [
    "Wir alle wissen", "ich glaube", "WIR SIND STOLZ", "I think", "We are proud", "I'm proud", "in my view",
    "Meiner Meinung nach", "let's", "Lasst uns", "we must", "Es ist höchste Zeit", "It's time to", "Hoffentlich",
    "Frankly,", "Perhaps", "nobody should", "no doubt", "ein schwarzer Tag für", "a sad day for", "sooner or later",
    "bleibt abzuwarten", "Time will tell", "Few would", "is the billion-dollar question", "Die große Frage ist",
    "Das ist unglaublich", "This is a disgrace", "the ruling was reckless", "much has changed", "Vieles ist anders",
    "kicked the can down the road", "spielt mit dem Feuer", "the last word has not been spoken",
    "the ball is in their court", "light at the end of the tunnel", "Die Polizei", "said", "on Monday", "12 Prozent",
    ",", ".", "?", "„", "“", "”", "\n", "İ", "ı", "ſ", "K", "ẞ", "Σ",
]


def _phrase_fuzz(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        text = " ".join(rng.choices(_PHRASE_PIECES, k=rng.randint(1, 8)))
        # Letters in other cases, and "i"/"s" swapped for what (?i) also equates with them.
        text = "".join(
            ch.upper() if rng.random() < 0.15 else rng.choice("ıİ") if ch == "i" and rng.random() < 0.05
            else "ſ" if ch == "s" and rng.random() < 0.05 else ch
            for ch in text
        )
        texts.append(text)
    return texts


def test_phrases_match_as_their_ignorecase_patterns():
    texts = _phrase_fuzz(3000, seed=5)
    patterns = _phrase_patterns()
    matched = 0
    for text in texts:
        # As features() gets the sentence: alone, lower-cased, or inside a lower-cased source.
        source = "Vorher. " + text + " Danach."
        span = (8, 8 + len(text))
        ways = {worthiness._lowered(text, None, None), worthiness._lowered(text, text.lower(), None)}
        if len(source.lower()) == len(source):
            ways.add(worthiness._lowered(text, source.lower(), span))
        for name, p in patterns.items():
            expected = p.folded.search(text) is not None
            for lowered in ways:
                assert (p.search(text, lowered) is not None) == expected, (name, text, lowered)
            matched += expected
    assert matched > 1000


def test_hortative_runs_where_wir_is_the_second_word():
    # features() tests the FIRST_PERSON bit before it looks at the second word.
    assert worthiness.CLASSES["wir"] & worthiness.FIRST_PERSON
    assert extract_claims("Seien wir ehrlich: Die Lage ist ernst.", "de", min_score=0.0)[0].score < 0.2


def test_speaker_tokens_equal_the_token_pattern():
    # Spaces of every kind, and the marks that split a token, among sample words.
    pieces = ["Sprecher", "Anna", "Berger", "(SPÖ)", "des", "Amtes", "said", "Dr.", "O'Connor", ",", ";", "!", "„", "»"]
    spaces = [" ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "\x1c", ""]
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(spaces) for _ in range(rng.randint(0, 8)))
        assert speakers._tokens(text) == speakers._TOKEN.findall(text), text
    # str.split() splits where re's \s matches, at every code point.
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert re.findall(r"\s", everything) == [ch for ch in everything if ch.isspace()]
    assert all(len(f"a{ch}b".split()) == 2 for ch in re.findall(r"\s", everything))


def test_lower_case_subjects_are_words_of_letters():
    # _backward_np_en lets a lower-case word through by isalpha(), which covers these lists.
    assert all(w.isalpha() for w in speakers._EN_LOWER_SUBJECTS | {"of", "for", "the", "a", "an", "at"})


def test_speaker_needs_only_its_words():
    # The engine passes the sentence's words in its vocabulary, which holds SPEAKER_WORDS.
    samples = [text for _, text in _ROWS] + [
        "Die Zahl stieg auf 40, wie das Amt am Montag mitteilte.",
        "Der Bau dauert länger, wie der Konzern bekannt gab.",
        "Die Preise steigen, wie die Behörde ankündigte.",
    ]
    for text in samples + FUZZ:
        words = frozenset(w.lower() for w in speakers._WORDS.findall(text))
        for lang in ("de", "en"):
            expected = speakers.find_speaker(text, lang, words)
            assert speakers.find_speaker(text, lang, words & speakers.SPEAKER_WORDS) == expected, text
