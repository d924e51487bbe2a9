"""An impersonal or vaguely quantified subject with nothing checkable after it (-0.35 in features()).

- "Man"/"One" and a modal opening the sentence: the writer's wish, advice or guess put to no one ("Man
  möchte den Schülern wünschen, dass ...", "Man kann eben nicht allen alles recht machen", "One can only
  hope ..."); a figure, a time, an event or a stated position in it makes a report ("Man kann die
  Ausstellung bis 30. Juni besuchen", "Man will die Gespräche am Montag fortsetzen").
- "Not everyone"/"Nicht alle" opening the sentence: some unnamed part of an unnamed group ("Not everyone
  is convinced", "Nicht alle sind begeistert"); with evidence it is a finding ("Not all schools will
  reopen on Monday").
features() checks that no source is named and that there is no quantity; questions.holds_evidence() counts
the rest.
"""

from __future__ import annotations

import re

from ..wordtrie import word_list

# The first words (lower-cased) of both shapes.
FIRST = frozenset(word_list("man one not nicht"))
_IMPERSONAL = re.compile(
    r"[\s„“\"»«]*(?:Man\s+(?:möchte|möge|sollte|müsste|muss|kann|könnte|darf|dürfte|mag|wird|würde)"
    r"|One\s+(?:can|could|should|must|might|may|would|cannot|can['’]t|need|needs)"
    r"|Not\s+(?:everyone|everybody|all)|Nicht\s+(?:alle|jeder|jede|jedem))\b"
)

_STATE = re.compile(
    r"(?i)\b(?:wieder|erneut|weiterhin|noch\s+immer|nicht\s+mehr|bereits|again|still|already|no\s+longer|anymore"
    r"|nach\s+wie\s+vor)\b"
)


def impersonal(text: str) -> bool:
    """The sentence opens on an impersonal subject and a modal, or on "not everyone" (see above)."""
    # (an explanation after a colon or a dash may report: "Nicht alle Spieler sind fit: Kapitän Huber fällt
    # aus")
    if _IMPERSONAL.match(text) is None or ":" in text or "–" in text or "—" in text:
        return False
    # (a state that changed or lasts is a finding: "Nicht alle Gemeinden haben wieder Strom")
    return _STATE.search(text) is None
