"""Fixed idioms with a number word that state no figure: "unter vier Augen" (in private)."""

from __future__ import annotations

import re

# By the anchor word (lower case): what the words before it must end with and what must follow
# it. Only idioms that have no literal reading in news copy: "unter vier Augen", "auf Wolke
# sieben", "fünf vor zwölf" (a clock time is no quantity either), "at the eleventh hour", "in
# the first place", "on cloud nine", "one by one", "go one better", "kill two birds with one
# stone", "one swallow does not make a summer", "Zwei-Klassen-Medizin". The whole idiom is
# skipped, so its other number words are not read either. ("auf allen vieren", "in null Komma
# nichts", "on all fours" and "at sixes and sevens" have no anchor and give nothing already.)
_IDIOM_TABLE: dict[str, dict[str, list[tuple[str, str]]]] = {
    "de": {
        # ("in den eigenen vier Wänden": at home, batch 457)
        "vier": [("unter ", " Augen"), ("", "-Augen-"), ("(?:eigenen|seinen|ihren|unseren) ", " Wänden")],
        "sechs": [("", "-Augen-")],  # ("ein Sechs-Augen-Gespräch", as "Vier-Augen-Gespräch", batch 421)
        "sieben": [("Wolke ", ""), ("(?:sein|ihr|mein|dein|unser|eur)e ", " Sachen"), ("Buch mit ", " Siegeln")],
        "siebten": [("im ", " Himmel")],
        "fünf": [("", " vor zwölf"), ("", " gerade sein")],
        "fünfe": [("", " gerade sein")],
        "fünfte": [("", " Rad am Wagen")],
        "fünftes": [("", " Rad am Wagen")],
        # "Zwei-Klassen-Medizin", "Zwei-Klassen-Gesellschaft": a society of two classes, a label.
        "zwei": [("", " Fliegen mit einer Klappe"), ("", "-Klassen-")],
        "ersten": [("auf den ", " Blick")],
    },
    "en": {
        "eleventh": [("at the ", " hour")],
        "first": [("in the ", " place")],
        "nine": [("cloud ", ""), ("the whole ", " yards")],
        "seventh": [("in ", " heaven")],
        "two": [("(?:in|of) ", " minds"), ("", " birds with one stone")],
        "fourth": [("the ", " estate")],
        "six": [("", " of one,? (?:and )?half a dozen of the other")],
        "one": [
            ("", " by one"),
            ("(?:go|goes|going|went|gone) ", " better"),  # "can go one better": improve on a result
            ("", " after (?:the )?(?:an)?other"),
            ("every (?:single )?", ""),  # "every single one of the job losses": all of them
            # "One swallow does not make a summer", "One strong month doesn't make a recovery".
            ("", " (?:[\\w\\-]+ ){1,2}(?:does not|doesn['’]t) (?:make an?|an? [\\w\\-]+ make)"),
        ],
    },
}
_IDIOMS = {
    lang: {
        word: [
            (
                re.compile("(?i)(?<![\\w])" + left + "$") if left else None,
                re.compile("(?i)" + right + ("" if right.endswith("-") else "(?![\\w])")),
            )
            for left, right in forms
        ]
        for word, forms in table.items()
    }
    for lang, table in _IDIOM_TABLE.items()
}


def _idiom_end(text: str, s: int, e: int, lw: str, lang: str) -> int | None:
    """Where the idiom around the number word ``text[s:e]`` ends, or None."""
    forms = _IDIOMS[lang].get(lw)
    if forms is None:
        return None
    for left, right in forms:
        m = right.match(text, e)
        if m and (left is None or left.search(text, max(0, s - 20), s)):
            return m.end()
    return None
