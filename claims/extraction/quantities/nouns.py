"""The counted noun after a number, in German and English."""

from __future__ import annotations

import re

from ..numbers import parse_english_words, parse_german_word
from ..wordtrie import word_list
from .tables import _MONTHS

_EN_STOP = frozenset(
    [
        "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is",
        "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
        "should", "may", "might", "must", "can", "do", "does", "did", "not", "no", "than", "that", "this",
        "these", "those", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "it",
        "its", "their", "his", "her", "our", "your", "my", "we", "they", "he", "she", "i", "you", "them",
        "him", "us", "me", "there", "here", "so", "but", "if", "then", "per", "each", "every", "all", "both",
        "either", "neither", "more", "most", "less", "least", "other", "another", "such", "only", "just",
        "also", "about", "around", "over", "under", "after", "before", "since", "during", "until", "into",
        "onto", "upon", "out", "up", "down", "off", "again", "further", "once", "very", "too", "yet",
        "still", "even", "ago", "later", "earlier", "last", "next", "instead", "rather", "late", "early", "midday",
        "max",
    ]
)
_EN_ADJ = frozenset(
    [
        "new", "more", "additional", "other", "former", "young", "old", "further", "extra", "civilian",
        "foreign", "local", "armed", "wounded", "injured", "dead", "missing", "registered", "eligible",
        "active", "confirmed", "suspected", "separate", "different", "major", "minor", "key", "top",
        "senior", "junior", "small", "large", "big", "full", "total",
    ]
)
# Nor are medals, which are not counted that way: "holte 2023 Gold" names a year.
_DE_NOT_COUNT_NOUN = frozenset(
    ["Uhr", "Mal", "Prozent", "Jahr", "Jahre", "Jahren", "Mio", "Mrd", "Tsd", "Gold", "Silber", "Bronze", "Schluss"]
)

_R_COMPOUND_NOUN_DE = re.compile(r"-([A-ZÄÖÜ][a-zäöüß]+)-(?=[A-ZÄÖÜa-zäöüß])")
_R_COMPOUND_NOUN_EN = re.compile(r"-([a-z]{3,})\b")
# An article, "kein" or another determiner between number and noun ("für 2025 einen Gewinn",
# "2026 keine neuen Schulden", "hat 2023 den Umsatz", "2031 die Umlaufbahn", "1648 tobte der
# Krieg", "bis 2027 jede fünfte Filiale", "2030 alle Kraftwerke", "2027 seine Schulden") means
# the noun is not counted; only a partitive genitive right after the number ("2000 der
# Beschäftigten", "2500 seiner Mitarbeiter", "3000 aller Beschäftigten") leads to one.
_NOT_COUNTING_DE = (
    r"k?ein(?:e[mnrs]?)?[ \u00a0]|jede[mnrs]?[ \u00a0]|allen?[ \u00a0]|(?:dies|sein|ihr|unser)e[mn]?[ \u00a0]"
)
# Prepositions, conjunctions and adverbs that end like an inflected adjective: no attribute of
# the noun ("1761 unter Maria Theresia", "2022 wieder Gewinne", "2016 wegen Formfehlern").
_NOT_ADJ_DE = (
    r"(?:unter|hinter|gegen|wegen|neben|zwischen|binnen|ohne|außer|wider|oder|aber|weder|wieder|immer|später"
    r"|früher|eher|seither|bisher|daher|vorher|nachher|seitdem|zudem|außerdem|trotzdem|indem|gerade|heute"
    r"|morgen|zusammen|oben|unten|innen|außen|nie"
    # Finite auxiliaries and modals ("für 2030 müsste Österreich", "2025 wurden Schulen", "von
    # 2015 hatte Teheran"): a verb.
    r"|(?:müsst|könnt|sollt|wollt|dürft|möcht|würd|wurd|hätt|wär|hatt|konnt|musst|durft)en?|waren|werden|haben"
    r"|müssen|können|sollen|wollen|dürfen)[ \u00a0]"
)
_R_NOUN_DE = re.compile(
    r"[ \u00a0]+(?:(?!" + _NOT_COUNTING_DE + r"|" + _NOT_ADJ_DE + r"|d(?:ie|en|em)[ \u00a0])"
    r"[a-zäöüß]+(?:e|en|er|es|em)[ \u00a0]+"
    r"(?:(?!" + _NOT_COUNTING_DE + r"|" + _NOT_ADJ_DE + r"|d(?:ie|en|em|er|es)[ \u00a0])"
    r"[a-zäöüß]+(?:e|en|er|es|em)[ \u00a0]+)?)?"
    r"([A-ZÄÖÜ][\wäöüßÄÖÜ\-]*[\wäöüß])"
)
# A figure of its own among the words before the noun ("zwei seiner sieben Werke", "drei
# ihrer ersten Spiele", "zwei vierstöckige Häuser"): the first number counts nothing there,
# the second is read on its own.
_R_FIGURE_BETWEEN_DE = re.compile(
    r"(?<![\wäöüß])(?:vier|sieben|(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft)e[nmrs]?"
    r"|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert|halb|anderthalb|eineinhalb)"
    r"[a-zäöüß]*(?:ig|fach)(?:e|en|er|es|em))[ \u00a0]"
)
_R_WORD_EN = re.compile(r"[ \u00a0]+([a-zA-Z][a-z\-]*)")
# A year's figure before "der" and a noun in the singular ("2000 der Beschäftigten" is partitive: a plural's ending).
_R_YEAR_THEN_DER = re.compile(r"[^\d.,'’](?:19|20)\d\d[ \u00a0]+der[ \u00a0]+$")
_DE_GENITIVE_PLURAL_ENDS = ("en", "er", "e", "n", "s", "el")


_EN_PLURAL_IRREGULAR = frozenset(word_list("people children men women police staff personnel cattle troops"))


# Singular nouns that end in "s": "the 2021 census", "the 2008 crisis", "the 2022 gas price"
# (see _en_singular).
_EN_SINGULAR_S = frozenset(
    word_list("""
    census consensus crisis basis analysis thesis diagnosis emphasis synthesis bonus campus status virus
    focus surplus chorus gas lens atlas canvas circus stimulus prospectus syllabus apparatus radius
    corpus nexus news
    """)
)


# Words in "-ly" that are nouns or adjectives, not adverbs (see en_adverb).
_EN_NOUNS_IN_LY = frozenset(
    word_list("family supply assembly monopoly anomaly rally belly jelly bully tally holly reply butterfly italy")
)


_EN_ADJ_IN_LY = frozenset(
    word_list("""
    monthly weekly daily yearly quarterly hourly nightly biweekly fortnightly early elderly costly lonely friendly
    deadly orderly holy likely unlikely
    """)
)


def en_adverb(low: str) -> bool:
    """A lower-case English word in "-ly" that is neither a noun ("family", "supply") nor a listed
    adjective ("monthly", "elderly"): an adverb, which counts nothing."""
    return low.endswith("ly") and len(low) >= 5 and low not in _EN_NOUNS_IN_LY and low not in _EN_ADJ_IN_LY


def _en_plural(noun: str) -> bool:
    low = noun.lower()
    return low in _EN_PLURAL_IRREGULAR or (low.endswith("s") and not low.endswith("ss"))


def _en_singular(noun: str) -> bool:
    """For the year before a noun ("the 2021 census"); "2m" before a noun keeps _en_plural."""
    return not _en_plural(noun) or noun.lower() in _EN_SINGULAR_S


# "41.1 million twenty-foot equivalent units", "two five-hour meetings": a number word joined to
# a measure or a time is a figure of its own (20 foot, 5 hours), not the noun counted; "40
# two-bedroom flats" counts the flats.
_MEASURE_TAILS = frozenset(
    word_list("foot feet inch mile yard metre meter kilometre kilometer acre hour day week month year minute")
)


def _number_measure(lw: str) -> bool:
    parts = lw.split("-")
    return parts[-1] in _MEASURE_TAILS and parse_english_words(" ".join(parts[:-1])) is not None


def _count_noun(text: str, pos: int, lang: str) -> tuple[str | None, int]:
    """The counted noun right after a number, as written, or None."""
    if lang == "de":
        m = _R_NOUN_DE.match(text, pos)
        if m:
            noun = m.group(1)
            head = noun.split("-", 1)[0] if "-" in noun else ""
            if head and (head.isdigit() or parse_german_word(head) is not None):
                return None, pos  # "vier Zwei-Minuten-Strafen": the compound has a figure of its own (batch 343)
            # ("war 2023 der Klima-Volksentscheid gescheitert": a year, then the subject; batch 368)
            if _R_YEAR_THEN_DER.match(text, pos - 5, m.start(1)) and not noun.endswith(_DE_GENITIVE_PLURAL_ENDS):
                return None, pos
            if (
                noun not in _DE_NOT_COUNT_NOUN
                and noun.lower() not in _MONTHS
                and (m.start(1) - pos < 4 or not _R_FIGURE_BETWEEN_DE.search(text, pos, m.start(1)))
            ):
                return noun, m.end()
        return None, pos
    p = pos
    for _ in range(3):
        m = _R_WORD_EN.match(text, p)
        if not m:
            return None, pos
        w = m.group(1)
        lw = w.lower()
        # "down from 61 five years ago": a number word starts a figure of its own, counts nothing.
        if lw in _EN_STOP or w[0].isupper() or parse_english_words(lw) is not None:
            return None, pos
        if "-" in lw and (_number_measure(lw) or lw.split("-", 1)[0] in ("half", "quarter")):
            return None, pos  # "two quarter-point cuts": the share starts a figure of its own
        if lw in _EN_ADJ:
            p = m.end()
            continue
        if lw in _EN_ADJ_IN_LY:
            p = m.end()  # "one or two monthly numbers", "20 elderly residents": an adjective
            continue
        if en_adverb(lw):
            return None, pos  # "children under five acutely malnourished", "20 newly built": no noun
        return w, m.end()
    return None, pos
