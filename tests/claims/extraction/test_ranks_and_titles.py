"""Ranks, titles and shares taken off, each with near misses that must not change. Sample
sentences written for these tests (sample data, copied from no batch or article).

- A possessive, "No." and a lower-case noun rank a player in its field: "Japan's No. 3
  carmaker" ordinal 3; "the club's No. 9 shirt", "the city's No. 7 bus" name a thing.
- "second only to X" ranks second behind the one named.
- "first" before a title noun ("the first minister said", "First Lady", "the first deputy
  prime minister") is part of the title; "the first minister to resign" ranks. German marks
  the title with a capital: "der Erste Bürgermeister" ("der erste Bürgermeister der Stadt",
  "im Ersten Weltkrieg" rank).
- "a third off", "a quarter off": a share taken off a price is a fraction ("a third
  off-ramp" stays an ordinal).
"""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("en", "Kestrel, Japan's No. 3 carmaker, cut its forecast.", [("ordinal", 3, None, None)]),
    ("en", "The bank is now the country's No. 2 lender by assets.", [("ordinal", 2, None, None)]),
    ("en", "Austria's exports of timber are second only to Sweden's.", [("ordinal", 2, None, None)]),
    ("en", "The first minister told reporters the roads would reopen.", []),
    ("en", "The first lady opened the new children's ward.", []),
    ("en", "The sale will knock a quarter off most winter coats.", [("fraction", 0.25, None, None)]),
    ("de", "Der Erste Bürgermeister kündigte an, die Brücke zu sanieren.", []),
    ("de", "Die Erste Staatsanwältin erhob Anklage gegen 3 Männer.", [("count", 3, "Männer", None)]),
]
UNCHANGED = [
    ("en", "He has worn the club's No. 9 shirt since May.", []),
    ("en", "She took the city's No. 7 bus to work.", []),
    ("en", "The No. 1 seed lost in straight sets.", []),
    ("en", "She was the first minister to resign over the scandal.", [("ordinal", 1, None, None)]),
    ("en", "It was the first strike in a decade.", [("ordinal", 1, None, None)]),
    ("en", "Drivers should take the third off-ramp.", [("ordinal", 3, None, None)]),
    ("en", "Prices fell by a third last year.", [("fraction", 0.3333, None, None)]),
    ("de", "Sie war der erste Bürgermeister der Stadt.", [("ordinal", 1, None, None)]),
    (
        "de",
        "Im Ersten Weltkrieg fiel fast jeder dritte Mann des Dorfes.",
        [("ordinal", 1, None, None), ("fraction", 0.3333, None, "nearly")],
    ),
    ("de", "Österreich liegt nur hinter Schweden auf Platz zwei.", [("ordinal", 2, None, None)]),
    ("de", "Der Händler gibt ein Drittel Rabatt auf Wintermäntel.", [("fraction", 0.3333, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "want"), FIXED)
def test_fixed(lang, text, want):
    assert _found(text, lang) == want


@pytest.mark.parametrize(("lang", "text", "want"), UNCHANGED)
def test_near_misses_unchanged(lang, text, want):
    assert _found(text, lang) == want
