"""Words for ranking: tokens with offsets, folded spelling, Snowball stems, stopwords (German and English)."""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer


def word_list(text: str) -> list[str]:
    """Whitespace-separated words of a literal block (keeps long vocabularies readable)."""
    return text.split()


_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e", "á": "a", "à": "a",
                       "ó": "o", "í": "i", "ñ": "n", "ç": "c", "’": "'"})

STOPWORDS = frozenset(word_list(
    """
    der die das den dem des ein eine einer eines einem einen und oder aber doch sondern denn weil dass ob
    wenn als wie so auch noch nur schon sehr mehr weniger viel viele wieder immer bereits jetzt nun dann
    da dort hier heute gestern morgen ist sind war waren wird werden wurde wurden sei seien hat haben hatte
    hatten habe gewesen worden sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem ihm ihn sie er es
    wir ich du man sich mit von vom zu zum zur im in am an auf aus bei nach vor seit über unter um durch
    für gegen ohne bis zwischen während laut sowie jedoch zudem dabei damit darauf dazu diese dieser dieses
    diesem diesen jener jede jeder jedes jedem jeden alle allen aller kein keine keiner keinen nicht nichts
    etwa rund rund knapp fast mehr gut beim ins vom sagte sagt sagten erklärte teilte mit dies diesen
    the a an and or but if then than that this these those there their they them he she it its his her
    we our you your i me my of to in on at by for from with as into about over after before since while
    is are was were be been being has have had do does did not no nor so such also only just very more
    most less least said says say told according would will could should may might can must which who
    whom whose what when where why how all any both each every some many much other another one ones
    around nearly almost roughly approximately per up down out off again further once
    soll sollen sollte sollten kann können konnte konnten muss müssen musste will wollen wollte darf dürfen
    """)
)
# Words that belong to a figure ("1,2 Milliarden Euro", "75 Prozent", "drei"): they decide agreement, not relevance.
NUMBER_WORDS = frozenset(word_list(
    """
    null eins ein zwei drei vier fünf fuenf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend
    zero one two three four five six seven eight nine ten eleven twelve twenty thirty hundred thousand
    million millionen mio milliarde milliarden mrd billion billionen bn trillion prozent percent prozentpunkte
    euro euros eur dollar dollars usd pfund pound pounds franken
    """)
)

_local = threading.local()  # a Snowball stemmer keeps state while it works: one per thread


def _stemmer(language: str):
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {"de": snowballstemmer.stemmer("german"),
                                      "en": snowballstemmer.stemmer("english")}
    return stemmers.get(language, stemmers["de"])


@dataclass(slots=True)  # not frozen: frozen instances cost three times as much to build, and nothing hashes them
class Token:
    text: str  # as written
    start: int
    end: int
    folded: str  # lower case, umlauts and accents folded: "Südmark" and "Suedmark" -> "sudmark"


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower case without diacritics; "ue/oe/ae" read as umlauts so transliterated names meet."""
    low = word.lower().translate(_FOLD)
    low = low.replace("ue", "u").replace("oe", "o").replace("ae", "a")
    if not low.isascii():
        low = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode("ascii") or low
    return low.removesuffix("'s")


def words(text: str) -> list[str]:
    """The words of a text as written, without offsets (fast: ranking needs no positions)."""
    return _TOKEN.findall(text)


def tokens(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end(), fold(m.group())) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=200_000)
def stem(folded: str, language: str) -> str:
    """Snowball stem of a folded word in "de" or "en" (anything else: German, the desk's default)."""
    if folded.isdigit():
        return folded
    return _stemmer(language).stemWord(folded)


def is_content(token: Token) -> bool:
    """Words that say what a text is about: no stopwords, no bare numbers, no single letters."""
    return content_word(token.text, token.folded)


_DIGIT = re.compile(r"\d")
# Ordinals and fractions written as words ("dritten", "third", "Viertel") are figures too.
_FIGURE_WORD = re.compile(
    r"(?:erst|zweit|dritt|viert|funft|fünft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwolft|zwölft)"
    r"(?:e|er|en|em|es)?|(?:dritt|viert|funft|fünft|sechst|siebt|acht|neunt|zehnt)el|halfte|hälfte|halb(?:e|en)?"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirds|fourths|fifths"
    r"|quarters?|half|halves|once|twice"
)


@lru_cache(maxsize=200_000)
def content_word(text: str, folded: str) -> bool:
    low = text.lower()
    return len(folded) > 1 and not _DIGIT.search(folded) and low not in STOPWORDS and folded not in STOPWORDS \
        and low not in NUMBER_WORDS and not _FIGURE_WORD.fullmatch(low)


def content_stems(text: str, language: str) -> list[str]:
    return [stem(t.folded, language) for t in tokens(text) if is_content(t)]


def shingles(text: str, size: int = 6) -> set[tuple[str, ...]]:
    folded = [fold(w) for w in words(text)]  # the words of tokens(), without building their offsets
    return {tuple(folded[i:i + size]) for i in range(max(1, len(folded) - size + 1))}


def copy_detector(original: str, threshold: float = 0.8) -> Callable[[str], bool]:
    """A test for texts that carry most of `original` word for word (a syndicated or re-published copy);
    the original's shingles are made once, for checking many texts against it."""
    theirs = shingles(original) if original else set()
    needed = threshold * len(theirs)

    def is_copy_of(text: str) -> bool:
        return bool(text and theirs) and len(theirs & shingles(text)) >= needed

    return is_copy_of

