"""A quoted verdict on one's own performance (-0.45 in features(), without a figure): what a speaker says they
showed, delivered or stood for is praise of themselves in the perfect or the past, not a fact.

The quote holds a verb of performing and what marks it as a verdict:
  - "gezeigt"/"bewiesen"/"showed"/"shown"/"proved" with a quality ("real character", "eine Reaktion", "Moral")
    or a clause of what it showed ("gezeigt, dass ...", "shown that this country can be governed", "gezeigt,
    was in dieser Mannschaft steckt");
  - "geliefert"/"delivered" with no object ("Wir haben geliefert, was wir versprochen haben", "in einem
    schwierigen Umfeld geliefert", "today it delivered");
  - "gespielt"/"gekämpft"/"played"/"fought" with a manner of the heart ("mit dem Herzen gespielt", "played
    with courage");
  - a promise kept, responsibility taken, a side stood by ("Wort gehalten", "Verantwortung übernommen", "kept
    our promises", "I have always stood with renters"), an athlete's attitude ("I just tried to enjoy every
    moment"), the sayings of a duty done or a lesson learnt ("unsere Hausaufgaben gemacht", "die Botschaft
    verstanden", "die richtige Antwort gegeben", "chosen responsibility over chaos").
Not a denial (a quote with "nicht"/"nie"/"kein"/"not"/"never" is checkable: "We have not raised income tax"),
and never with a figure ("We have delivered 4.6 million extra appointments", counted in the caller).
"""

from __future__ import annotations

import re

from ..wordtrie import word_list

TRIGGERS = frozenset(
    word_list("""
    gezeigt bewiesen geliefert übernommen gehalten gespielt gekämpft showed shown proved proven demonstrated
    delivered stood played fought kept tried gemacht verstanden gegeben chosen done heard got
    """)
)

_QUOTE = re.compile(r"[„“\"»«]([^„“”\"»«]{3,300}?)[“”\"«»]")
_QUALITY = (
    r"(?:charakter|moral|reaktion|herz|mentalität|leidenschaft|mut|kampfgeist|willen|größe|zusammenhalt|haltung"
    r"|teamgeist|biss|character|maturity|heart|spirit|courage|resilience|fight|grit|guts|bottle|pride|passion"
    r"|composure|belief|quality|class|unity|leadership|determination)"
)
_PERFORMANCE = re.compile(
    r"(?i)"
    # a quality shown, or what it showed
    r"\b(?:showed|shown|proved|proven|demonstrated)\s+(?:(?:real|great|a\s+lot\s+of|plenty\s+of|some|our|my|so"
    r"\s+much|huge|enormous|tremendous)\s+)?" + _QUALITY + r"\b"
    r"|\b(?:showed|shown|proved|proven|demonstrated)\s+(?:today\s+|again\s+)?(?:that|what|how)\b"
    r"|\b(?:eine|einen|viel|große[nm]?|echte[nm]?|unsere[nm]?|tolle[nm]?|starke[nm]?)?\s*" + _QUALITY
    + r"\s+(?:gezeigt|bewiesen)\b"
    r"|\b(?:gezeigt|bewiesen)\s*,\s*(?:dass|was|wie|wozu)\b"
    # delivered, with no object
    r"|\b(?:geliefert|delivered)\s*(?:[,.!…]|$|\s+(?:was|what|when|wenn|als|today|heute|again|wieder)\b)"
    r"|\b(?:hat|haben|habe)\s+(?:[\wäöüß]+\s+){0,4}?geliefert\s*$"
    # played or fought with the heart
    r"|\b(?:played|fought)\s+with\s+(?:real\s+|great\s+|so\s+much\s+)?(?:courage|heart|passion|pride|spirit|belief)\b"
    r"|\bmit\s+(?:dem\s+|viel\s+|großem\s+|großer\s+)?(?:herzen?|leidenschaft|mut|stolz|kampfgeist|willen)\s+"
    r"(?:gespielt|gekämpft)\b"
    # a promise kept, responsibility taken, a side stood by, an athlete's attitude
    r"|\bwort\s+gehalten\b|\bverantwortung\s+übernommen\b|\bkept\s+(?:our|my)\s+(?:word|promises?)\b"
    r"|\b(?:always|have|has|i\s+have|we\s+have)\s+(?:always\s+)?stood\s+(?:with|by|up\s+for)\b"
    r"|\btried\s+to\s+(?:enjoy|have\s+fun|stay\s+calm|stay\s+focused|play\s+my\s+game)\b"
    # the sayings of a duty done or a lesson learnt ("unsere Hausaufgaben gemacht", "die Botschaft verstanden",
    # "die richtige Antwort gegeben", "chosen responsibility over chaos")
    r"|\bhausaufgaben\s+gemacht\b|\b(?:botschaft|signal|denkzettel)\s+(?:(?:der|des)\s+[\wäöüß]+\s+)?verstanden\b"
    r"|\b(?:richtige|passende|klare)\s+antwort\s+gegeben\b|\bchosen\s+[a-z]+\s+over\s+[a-z]+\b"
    r"|\bdone\s+(?:our|my)\s+homework\b|\b(?:heard|got)\s+the\s+message\b"
)
_DENIAL = re.compile(r"(?i)\b(?:nicht|nie|niemals|kein\w*|not|never|no)\b|n['’]t\b")


def quoted_performance(text: str) -> bool:
    """A quote whose verb praises a performance (see above); the caller checks for a figure."""
    m = _QUOTE.search(text)
    if m is None:
        return False
    quote = m.group(1)
    return _PERFORMANCE.search(quote) is not None and _DENIAL.search(quote) is None
