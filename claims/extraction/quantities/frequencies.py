"""The number word of a frequency: "einmal wöchentlich", "einmal im Jahr", "once-daily", "once a
week" count 1 "times", as "zweimal täglich" and "twice a day" count 2 (sixty-fourth batch).

"einmal" and "once" are no anchor words: most of their uses hold no figure ("noch einmal", "nicht
einmal", "once again", "once a deal is signed"). Each is looked for with str.find and taken only
before a word or a phrase of a period, or after a word that limits it ("nur einmal", "only once"); "einmal im
Jahr 2020" names a year, and "once every 13
days" puts its figure in the duration (forty-fourth batch).
"""

from __future__ import annotations

import re

from .hits import _Hit
from .qualifiers import _qualifier

_R_PERIOD_AFTER = {
    "de": re.compile(
        r"[ \u00a0]+(?:täglich|wöchentlich|monatlich|jährlich|stündlich|halbjährlich|vierteljährlich"
        r"|(?:im|pro|am|je|in[ \u00a0]+der)[ \u00a0]+(?:Tag|Woche|Monat|Jahr|Quartal|Stunde|Nacht))"
        r"(?![\wäöüß])(?![ \u00a0]+\d)"
    ),
    "en": re.compile(
        r"(?:[ \u00a0]+|-)(?:daily|weekly|monthly|yearly|annually|hourly|nightly|fortnightly)(?![\w\-])"
        r"|(?:[ \u00a0]+(?:a|per)[ \u00a0]+|-a-)(?:day|week|month|year|fortnight|night)(?![\w\-])"
    ),
}
# ... or after a word that limits it to one time: "nur einmal geimpft", "mindestens einmal", "only once" (batch
# 111; "erst einmal" is "first of all", "noch einmal" "again").
_R_LIMIT_BEFORE = re.compile(
    r"(?i)(?<![\w])(?<!icht )(?<!not )(?:nur|genau|mindestens|höchstens|lediglich|bloß|only|just|exactly"
    r"|at[ \u00a0]+least|at[ \u00a0]+most)[ \u00a0]+$"
)
_WORDS = {"de": ("einmal", "Einmal"), "en": ("once", "Once")}
FREQUENCY_ONES = frozenset(["einmal", "once"])


def frequency_one_anchors(text: str, lang: str) -> list[tuple[int, int, int, None]]:
    found = []
    after = _R_PERIOD_AFTER[lang]
    for word in _WORDS[lang]:
        i = text.find(word)
        while i >= 0:
            j = i + len(word)
            if (not i or not (text[i - 1].isalnum() or text[i - 1] in "-_")) and (
                after.match(text, j)
                or (not (j < len(text) and text[j].isalnum()) and _R_LIMIT_BEFORE.search(text, max(0, i - 16), i))
            ):
                found.append((i, j, 1, None))
            i = text.find(word, j)
    return found


def frequency_one(text: str, s: int, e: int) -> _Hit:
    return _Hit("count", 1, "times", s, e, _qualifier(text, s))
