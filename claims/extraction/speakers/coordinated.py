"""Two names joined by "and"/"und" as one subject of a verb of saying: "Britain and France said",
"Deutschland und Frankreich teilten mit". Each name is made a speaker's name on its own (a role
before it dropped, its article in lower case), then they are joined again."""

from __future__ import annotations

from ..wordtrie import word_list
from .normalise import _normalise_de, _normalise_en
from .words import _is_role_en

# Capitalised words that open a sentence but no name ("On Monday Britain and France said").
_EN_NOT_NAME = frozenset(
    word_list("""
    The A An It This That These Those There Here In On At By For From With After Before During Since
    Until As If When While But And Or So Then Now Later Earlier Meanwhile However Separately Also Still
    Yet Last Next Today Yesterday He She They We I You Both Neither Either Some Many Most All Other
    """)
)
# Words inside an English name ("the Bank of England", "Procter & Gamble").
_EN_NAME_JOINS = frozenset(["of", "for", "&"])


def is_name_en(tokens: list[str]) -> bool:
    """Whether ``tokens`` is a name of one to five words, perhaps after "the": capitalised words
    (not a sentence's adverb or preposition first, no possessive), "of", "for" or "&" inside."""
    if tokens[:1] in (["the"], ["The"]):
        tokens = tokens[1:]
    if not 1 <= len(tokens) <= 5 or tokens[0] in _EN_NOT_NAME or not tokens[-1][:1].isupper():
        return False
    return all((t[:1].isupper() and not t.endswith(("'s", "’s"))) or t in _EN_NAME_JOINS for t in tokens)


def coordinated_en(names: list[list[str]], tail: list[str]) -> str | None:
    """ "Britain and France", "the WHO and UNICEF", "Britain, France and Germany", "Prime Minister
    Ann Lee and President Tom Roe" -> "Ann Lee and Tom Roe" when each of ``names`` (the words of
    the names before "and", the first perhaps after "Both") and ``tail`` (those after it) is a
    name; else None ("The talks ended and France said", "prices rose and the ministry said")."""
    if names[0][:1] == ["Both"]:
        names = [names[0][1:], *names[1:]]
    # "Lagos and Ogun states said": a plural noun in lower case after the last name is of them all.
    plural = ""
    if len(tail) >= 2 and tail[-1].isalpha() and tail[-1].islower() and tail[-1].endswith("s"):
        plural, tail = " " + tail[-1], tail[:-1]
    if not (tail and is_name_en(tail) and all(name and is_name_en(name) for name in names)):
        return None
    if all(len(name) == 1 for name in names) and (
        # "Work and Pensions Secretary Helen Ashdown", "Health and Social Care Secretary X": the fields
        # joined by "and" are the office's; one person speaks.
        (len(tail) >= 3 and any(_is_role_en(t.lower()) for t in tail[1:4]))
        # "Co-founder and CEO Talia Brennagh": two titles of one person (batch 288).
        or (len(tail) >= 2 and all(_is_role_en(name[0].lower()) for name in names))
    ):
        return _normalise_en(tail)
    parts = [_normalise_en(name) for name in (*names, tail)]
    if not all(parts):
        return None
    return ", ".join(parts[:-1]) + " and " + parts[-1] + plural


def _is_name_de(tokens: list[str]) -> bool:
    """Whether ``tokens`` is a German name or a source with its article: capitalised words, perhaps
    after an article and weak adjectives ("die Vereinigten Staaten", "der Bundesrat")."""
    i = 1 if tokens[:1] and tokens[0].lower() in ("der", "die", "das") else 0
    while i < len(tokens) - 1 and tokens[i][:1].islower():
        i += 1
    rest = tokens[i:]
    return 1 <= len(rest) <= 4 and all(t[:1].isupper() for t in rest)


def coordinated_de(np: list[str], oblique: bool = False) -> str | None:
    """ "Deutschland und Frankreich", "der Kanzler und die Ministerin": a phrase with one "und"
    between two names, each normalised on its own; else None."""
    if np.count("und") != 1:
        return None
    k = np.index("und")
    head, tail = np[:k], np[k + 1 :]
    if not (head and tail and _is_name_de(head) and _is_name_de(tail)):
        return None
    first, second = _normalise_de(head, oblique), _normalise_de(tail, oblique)
    return f"{first} und {second}" if first and second else None
