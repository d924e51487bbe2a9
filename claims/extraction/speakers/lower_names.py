"""Names of bodies written in lower case after their head noun ("teilte die Gewerkschaft vida
mit"): the forward reading of a German speaker's phrase stops at a lower-case word, which closing
the phrase of "teilte ... mit" or "wie ... mitteilte" is such a name, not an adverb ("teilte die
Polizei gestern mit")."""

from __future__ import annotations

from ..wordtrie import word_list
from .words import _is_institution_de

# Heads of bodies that follow a name after "von der" ("von der Klinik Ottakring", "von der
# Staatsanwaltschaft") or precede one in lower case ("die Gewerkschaft vida"), none of a family name.
_DE_BODY_ENDINGS = ("ung", "schaft", "tät", "ion", "ei", "behörde")


def _is_body_de(token: str) -> bool:
    return _is_institution_de(token) or token.lower().endswith(_DE_BODY_ENDINGS)


# Lower-case words that close a speaker's phrase and are no name: adverbs of time and manner
# ("teilte die Polizei heute mit"), by their ending or listed, and the particles of separable
# verbs ("gab die Gewerkschaft bekannt", "fügte die Polizei hinzu").
_ADVERB_ENDINGS = ("lich", "ig", "isch", "weise", "end", "s", "st", "her", "hin", "dem", "wärts", "mals", "falls")
_NOT_NAMES = frozenset(
    word_list("""
    mit an hinzu ein bekannt zu fest vor aus auf ab dar bei fort nach weiter zurück heute morgen gestern
    kurz knapp noch nun auch so dann bald gern gerne zuvor zudem ebenso wieder dazu danach daher jetzt
    vorab erneut sofort nicht nie gleich nur schon erst ferner ebenfalls indes jedoch aber allerdings
    damals später dort hier selbst allein intern offiziell exklusiv online vorerst zunächst
    """)
)


def lower_case_name(tokens: list[str], i: int, np: list[str]) -> int:
    """Where reading stops after a lower-case name at ``tokens[i]`` closing the phrase (before
    "mit" of "teilte ... mit" or at its end) after a body's head noun ``np[-1]``, which is
    added to ``np``; ``i`` when there is none."""
    if i >= len(tokens) or tokens[i + 1 :] not in ([], ["mit"]) or not _is_body_de(np[-1]):
        return i
    word = tokens[i]
    if not (word.isalpha() and word.islower() and len(word) > 2):
        return i
    if word in _NOT_NAMES or word.endswith(_ADVERB_ENDINGS):
        return i
    np.append(word)
    return i + 1
