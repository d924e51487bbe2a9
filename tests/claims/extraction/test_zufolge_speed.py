"""_search_zufolge (windowed search for "X zufolge") must return exactly what the old
_DE_ZUFOLGE.search over the whole sentence returned. Sentences below are sample data written
for this test (own wording), plus generated ones and every test-set sentence with "zufolge"."""

from __future__ import annotations

import importlib
import random
import re
from pathlib import Path

from claims.extraction.speakers import _search_zufolge

# Reference: the pattern as it was searched over the whole sentence before the change.
_CAP = r"[A-ZÄÖÜ][\wÄÖÜäöüß'’.\-]*"
_OLD = re.compile(
    r"(?P<np>(?:(?:der|dem|des|den|die|einem|einer)\s+)?(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}"
    r"(?:" + _CAP + r"\s+){0,4}" + _CAP + r"(?:\s+(?:des|der)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+)?" + _CAP + r")?)"
    r"\s+zufolge\b"
)

SAMPLES = [  # sample data
    "Dem Bericht zufolge starben 12 Menschen.",
    "Angaben der Polizei zufolge wurden drei Personen verletzt.",
    "Die Zahl der Toten stieg am Montag Angaben der örtlichen Behörden zufolge auf 41.",
    "Einer neuen Studie des Robert Koch-Instituts zufolge sind 8 Prozent betroffen.",
    "Zufolge dem Bericht gab es nichts.",
    "Dem dpa-Bericht zufolge, so hieß es, sei alles ruhig.",
    "Den Zahlen zufolge zufolge sank die Quote.",
    "Die zufolge Polizei zufolge fuhr er weiter.",
    "Der Polizeizufolge fuhr er weiter, dem Sprecher zufolgen nicht.",
    "Dem Sprecher zufolge-Bericht war es so.",
    "der kleinen großen A B C D E des alten F zufolge",
    "x der kleinen großen A B C D E des alten F zufolge",
    "Das war nach 3 Tagen und, dem\u00a0Ministerium\tzufolge\nvorbei.",
    "zufolge am Anfang und am Ende zufolge",
    "Ministerium zufolge",
    " zufolge",
    ": des\u00a0der des  zufolge Ministeriums zufolge\nsank",  # the later window reaches further back
]

_VOCABULARY = (
    "der dem des den die einem einer eines ein und hat sind wurden war ist nach laut am im vom "
    "neuen jüngsten örtlichen alten ersten offiziellen großen kleine Bericht Angaben Polizei "
    "Studie Ministeriums Regierung Behörden Sprecherin Robert Koch-Instituts dpa-Bericht US-Armee "
    "McDonald's St. Gallen O’Neill Zahlen Statistik Bundesamts zufolge zufolge zufolge zufolgen "
    "Zufolge polizeizufolge 12 3,5 Prozent Euro , . „ “ - – ( ) : ; Menschen starben stieg sank "
    "A B Xy aB aBc dpa-Amt eine dieser zuf zufolgeX xzufolge"
)
_WORDS = _VOCABULARY.split()
_SPACES = [" ", " ", " ", " ", "  ", "\u00a0", "\t", "\n", ""]


def _generated(n: int, seed: int) -> list[str]:
    """n random word sequences of 1-40 words with random whitespace (or none) after each."""
    rnd = random.Random(seed)
    lengths = [rnd.randint(1, 40) for _ in range(n)]
    return ["".join(rnd.choice(_WORDS) + rnd.choice(_SPACES) for _ in range(k)) for k in lengths]


def _test_set_sentences() -> list[str]:
    found = []
    for path in sorted(Path(__file__).parent.glob("*set*.py")):
        module = importlib.import_module(f"tests.claims.extraction.{path.stem}")
        for value in vars(module).values():
            if isinstance(value, list):
                for row in value:
                    if isinstance(row, tuple):
                        found.extend(x for x in row if isinstance(x, str) and "zufolge" in x)
    return found


def _same(text: str) -> None:
    old, new = _OLD.search(text), _search_zufolge(text)
    if old is None:
        assert new is None, text
    else:
        assert new is not None, text
        assert (new.span(), new.groupdict()) == (old.span(), old.groupdict()), text


def test_samples_identical():
    for text in SAMPLES:
        _same(text)


def test_eleven_chunks_found_whole():
    m = _search_zufolge("x der kleinen großen A B C D E des alten F zufolge")
    assert m is not None and m.group("np") == "der kleinen großen A B C D E des alten F"


def test_generated_identical():
    texts = _generated(3000, seed=11) + _generated(3000, seed=12)
    assert sum(bool(_OLD.search(t)) for t in texts) > 500  # the generator hits the pattern
    for text in texts:
        _same(text)


def test_test_set_sentences_identical():
    texts = _test_set_sentences()
    assert len(texts) >= 10
    for text in texts:
        _same(text)
