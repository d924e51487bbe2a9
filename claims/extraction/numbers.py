"""Exact parsing of German and English number words, digit strings and scale words."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from text_to_num import text2num

_DE_BASIC = {
    "null": 0, "eins": 1, "ein": 1, "eine": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13,
    "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
    "achtzig": 80, "neunzig": 90, "hundert": 100, "einhundert": 100, "tausend": 1000, "eintausend": 1000,
}
_EN_BASIC = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}
EN_CARDINAL_WORDS = frozenset(_EN_BASIC) | {"million", "billion", "trillion", "and"}

_EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "thousandth": 1000, "millionth": 1_000_000, "billionth": 1_000_000_000,
}
# Denominators of fractions; English plural forms map to the same value.
DE_DENOMINATORS = {
    "halb": 2, "drittel": 3, "viertel": 4, "fünftel": 5, "sechstel": 6, "siebtel": 7, "achtel": 8,
    "neuntel": 9, "zehntel": 10, "elftel": 11, "zwölftel": 12, "sechzehntel": 16, "zwanzigstel": 20,
    "dreißigstel": 30, "vierzigstel": 40, "fünfzigstel": 50,
    "hundertstel": 100, "tausendstel": 1000,
}
EN_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "twelfth": 12, "twelfths": 12, "twentieth": 20,
    "twentieths": 20, "fiftieth": 50, "fiftieths": 50, "hundredth": 100, "hundredths": 100, "thousandth": 1000,
    "thousandths": 1000,
}

# Scale words multiply the number before them. German "Billion" is 10**12.
DE_SCALES = {
    "tausend": 10**3, "tsd.": 10**3, "tsd": 10**3, "million": 10**6, "millionen": 10**6, "mio.": 10**6,
    "mio": 10**6, "milliarde": 10**9, "milliarden": 10**9, "mrd.": 10**9, "mrd": 10**9, "billion": 10**12,
    "billionen": 10**12, "bio.": 10**12, "mill.": 10**6, "billiarde": 10**15, "billiarden": 10**15,
}
EN_SCALES = {
    "thousand": 10**3, "million": 10**6, "millions": 10**6, "mln": 10**6, "mn": 10**6, "billion": 10**9,
    "billions": 10**9, "bln": 10**9, "bn": 10**9, "trillion": 10**12, "tn": 10**12, "trn": 10**12, "trln": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
}
# Letter suffixes that only mean a scale right after money ("$5m", "£2bn", "€300k").
MONEY_SCALES = {"m": 10**6, "b": 10**9, "k": 10**3, "K": 10**3, "M": 10**6, "B": 10**9}

# Each alternative once: "zehn" listed twice let "zehnzehn...zehnx" be split in 2**n ways before
# the match failed (thirty of them took minutes).
_DE_NUMBER_WORD = re.compile(
    r"^(?:ein|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|sieb|acht|neun|zehn|elf|zwölf"
    r"|zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig"
    r"|hundert|tausend|und)+$"
)
_HALF_SUFFIX = ("einhalb", "einhalbe", "einhalben", "einhalber")
# "dreieinviertel Stunden" 3.25, "zweidreiviertel" 2.75 (batch 265), as "zweieinhalb" adds a half.
_QUARTER_SUFFIXES = (("einviertel", Decimal("0.25")), ("dreiviertel", Decimal("0.75")))


def to_json_number(value: Decimal) -> int | float:
    """Return an int for integral values, else a float; Decimal keeps scaling exact."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


@lru_cache(maxsize=4096)
def parse_german_word(word: str) -> Decimal | None:
    """Value of a German cardinal word ("dreiundzwanzig", "zweieinhalb"), else None."""
    w = word.lower()
    if w in _DE_BASIC:
        return Decimal(_DE_BASIC[w])
    if w in ("anderthalb", "eineinhalb"):
        return Decimal("1.5")
    for scale, mult in (("tausend", 1000), ("hundert", 100)):
        if w.endswith(scale) and ("einhalb" in w or w.startswith("anderthalb")):
            # "eineinhalbtausend" 1500, "zweieinhalbtausend" 2500: a half-number before the scale
            head = parse_german_word(w[: -len(scale)])
            return None if head is None or head % 1 == 0 else head * mult
    for suffix in _HALF_SUFFIX:
        if w.endswith(suffix) and len(w) > len(suffix):
            head = parse_german_word(w[: -len(suffix)])
            return None if head is None else head + Decimal("0.5")
    for suffix, share in _QUARTER_SUFFIXES:
        if w.endswith(suffix) and len(w) > len(suffix):
            head = parse_german_word(w[: -len(suffix)])
            return None if head is None else head + share
    if not _DE_NUMBER_WORD.match(w):
        return None
    try:
        return Decimal(text2num(w, "de"))
    except (ValueError, TypeError):
        return None


@lru_cache(maxsize=4096)
def parse_english_words(phrase: str) -> Decimal | None:
    """Value of an English cardinal phrase ("twenty-one", "two hundred and fifty")."""
    p = phrase.lower().replace("-", " ").strip()
    if p in _EN_BASIC:
        return Decimal(_EN_BASIC[p])
    words = p.split()
    if not words or any(w not in EN_CARDINAL_WORDS for w in words) or words[0] == "and":
        return None
    try:
        return Decimal(text2num(" ".join(words), "en"))
    except (ValueError, TypeError):
        return None


def parse_word(word: str, lang: str) -> Decimal | None:
    """Cardinal value of a single number word in the given language."""
    if lang == "de":
        return parse_german_word(word)
    return parse_english_words(word)


_DE_ORD_STEMS = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "siebent": 7,
    "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12, "dreizehnt": 13, "vierzehnt": 14,
    "fünfzehnt": 15, "sechzehnt": 16, "siebzehnt": 17, "achtzehnt": 18, "neunzehnt": 19,
}
_DE_ORD_ENDING = re.compile(r"(?:e|en|er|em|es)$")


_DE_ORD_SCALES = {"million": 1_000_000, "einmillion": 1_000_000, "milliard": 1_000_000_000}


@lru_cache(maxsize=2048)
def parse_german_ordinal(word: str) -> int | None:
    """Value of a German ordinal adjective ("sechste", "zweiten", "einundzwanzigsten")."""
    w = word.lower()
    m = _DE_ORD_ENDING.search(w)
    if not m:
        return None
    stem = w[: m.start()]
    if stem in _DE_ORD_STEMS:
        return _DE_ORD_STEMS[stem]
    # From twenty up the ordinal is the cardinal plus "-st-".
    if stem.endswith("st"):
        if stem[:-2] in _DE_ORD_SCALES:
            return _DE_ORD_SCALES[stem[:-2]]  # "ihren millionsten Fahrgast" (batch 426)
        value = parse_german_word(stem[:-2])
        if value is not None and value >= 20 and value == value.to_integral_value():
            return int(value)
    return None


@lru_cache(maxsize=1024)
def parse_english_ordinal(word: str) -> int | None:
    """Value of an English ordinal word ("sixth", "twenty-first")."""
    w = word.lower()
    if w in _EN_ORDINALS:
        return _EN_ORDINALS[w]
    if "-" in w:
        head, _, tail = w.rpartition("-")
        if tail in _EN_ORDINALS and _EN_ORDINALS[tail] < 10:
            tens = parse_english_words(head)
            if tens is not None and tens % 10 == 0 and 20 <= tens <= 90:
                return int(tens) + _EN_ORDINALS[tail]
    return None


_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'’")


def parse_digits(raw: str, lang: str) -> Decimal | None:
    """Parse a digit string with the language's grouping and decimal marks.

    German groups with "." and uses "," for decimals ("3.000", "2,4"); English the reverse.
    A group mark is only read as grouping when every group after it has three digits;
    otherwise a single mark is read as the decimal point ("1.5" in German copy).
    """
    if raw.isdecimal():
        return Decimal(raw)  # digits alone: nothing to remove, no mark to read
    s = raw.translate(_SPACES)
    group, dec = (".", ",") if lang == "de" else (",", ".")
    if "." in s and "," in s:
        # Both marks present: the last one is the decimal mark whatever the language.
        if s.rfind(".") > s.rfind(","):
            group, dec = ",", "."
        else:
            group, dec = ".", ","
        s = s.replace(group, "").replace(dec, ".")
    elif group in s:
        parts = s.split(group)
        if 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]):
            s = "".join(parts)
        elif len(parts) == 2:
            s = parts[0] + "." + parts[1]
        else:
            return None
    elif dec in s:
        if s.count(dec) > 1:
            return None
        s = s.replace(dec, ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def scale_value(word: str, lang: str) -> int | None:
    """Multiplier for a scale word ("Millionen", "Mrd.", "billion", "bn"), else None."""
    w = word.lower()
    if lang == "de":
        return DE_SCALES.get(w) or EN_SCALES.get(w) if w not in ("billion",) else DE_SCALES[w]
    return EN_SCALES.get(w) or (DE_SCALES.get(w) if w.endswith(".") else None)
