"""A headline's present tense reports an event: "Tiroler Landeshauptmann tritt zurück", "Ferry capsizes
on Bangladesh river" (wire flashes and headlines write what happened in the present). Weighed as an
event verb in features() for headlines only; in running text the present is a state or a habit. (The past
participles of lexicon._FACT_VERBS_DE, "festgenommen", "abgesagt", count already: features() asks here only
when no event verb was found.)"""

from __future__ import annotations

from ..wordtrie import word_list
from .lexicon import _DE_EVENT_NOW, _FACT_VERBS

_DE_PRESENT = _DE_EVENT_NOW | frozenset(
    word_list("""
    stirbt sterben gewinnt verliert steigt sinkt fällt stürzt kentert brennt explodiert bebt meldet beschließt
    verhängt wählt stoppt erhöht senkt einigt kündigt sagt entlässt verhaftet tötet trifft besucht unterzeichnet
    genehmigt verbietet legt räumt streikt warnt siegt scheitert rettet beauftragt ernennt geräumt gesperrt
    gestoppt verhaftet
    erfasst verschüttet rutscht veröffentlicht schließt öffnet startet beginnt endet streicht
    verlängert verschärft lockert kippt billigt verabschiedet verkündet kürzt
    """)
)
_EN_PRESENT = frozenset(
    word_list("""
    kills dies hits strikes wins loses quits resigns falls rises sinks capsizes crashes collapses erupts explodes
    burns floods beats signs approves passes rejects bans cuts raises hikes slips jumps surges plunges tumbles
    climbs drops slumps soars arrests charges convicts jails sentences sues fires sacks names appoints elects
    announces launches opens closes shuts seizes evacuates declares halts suspends ends agrees meets visits
    warns derails kidnaps frees releases storms shoots stabs injures wounds destroys damages forces orders
    becomes cancels scraps delays publishes
    """)
)


def headline_event(tokens: list[str], lang: str | None) -> bool:
    """A present-tense news verb among a headline's lower-case ``tokens``; in English also the third
    person of a listed event verb ("cancels" for "cancelled")."""
    if lang != "en" and not _DE_PRESENT.isdisjoint(tokens):
        return True
    if lang == "de":
        return False
    if not _EN_PRESENT.isdisjoint(tokens):
        return True
    return any(
        len(t) > 4 and t.endswith("s") and (t[:-1] + "d" in _FACT_VERBS or t[:-1] + "ed" in _FACT_VERBS)
        for t in tokens
    )
