"""An age as the whole sentence: a person (a personal pronoun or a capitalised name) and the copula, then
a figure, perhaps with "years old"/"Jahre alt" ("She was 91.", "Er ist 45 Jahre alt.", "Marta Kovač
war 63."): a fact of record, weighed as an event (+ 0.15) in features(). Not another subject ("The
score was 91.", "Es war 1991.", "It is 5."), nor anything after the figure ("She was 91 minutes late"
is no age)."""

from __future__ import annotations

import re

_AGE = re.compile(
    r"[\s\"“„»«]*(?!(?:The|This|That|It|There|Das|Dies|Der|Die|Es)\b)"
    r"(?:[Hh]e|[Ss]he|[Ee]r|[Ss]ie|[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?)\s+(?:was|is|war|ist)\s+"
    r"(?:then\s+|damals\s+)?(?:\d{1,3}|[a-zäöüß]+(?:-[a-z]+)?)(?:\s+(?:years\s+old|Jahre\s+alt))?"
    r"[\s\"”“«»]*[.!]?[\s\"”“«»]*$"
)


def age_sentence(text: str) -> bool:
    """``text`` (a short sentence with a quantity) states a person's age and nothing else."""
    return _AGE.match(text) is not None
