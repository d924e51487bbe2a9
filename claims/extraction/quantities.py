"""Quantities in German and English text: kinds, exact normalised values, units, hedges.

Kinds and values (``Quantity.value``):

- ``count``: int/float. ``unit`` is the counted noun as written ("Soldaten", "troops",
  "Punkte" for "28-Punkte-Entwurf"), ``"times"`` for "viermal"/"100 Mal"/"twice"/"-fach",
  or None when no noun follows.
- ``ordinal``: int ("sechste" -> 6, "12th" -> 12, "drittgrößte" -> 3, "Platz drei" -> 3).
- ``fraction``: decimal rounded to 4 places ("ein Drittel" -> 0.3333, "jeder vierte" -> 0.25).
- ``percent``: the number in percent; unit "%" ("pp" for percentage points, "bp" for
  basis points).
- ``duration``: value with unit second/minute/hour/day/week/month/year; decades and
  centuries become years. Ages ("45-jährige", "10-year-old") are durations in years.
- ``money``: value in units of the currency, unit an ISO 4217 code; bare "Dollar" is USD.
- ``year``: int ("seit 2019"); month plus year ("im März 2024") also gives the year.
- ``date``: ISO string for a day: "2025-12-03", or "--12-03" when the year is missing.

Not reported, but recognised so their digits are not misread: times of day ("16.00 Uhr",
"3 p.m."), sports scores ("3:1"), identifiers ("Nr. 5", "Artikel 5", "G7", "Covid-19",
"A380"), decades ("1990er", "1990s"), seasons ("2023/24"), vague plurals ("Tausende").

``qualifier`` is one of QUALIFIERS: about, nearly, over, under, at_least, at_most, up_to,
exactly. The value stays as written ("über 3.000" -> 3000, qualifier "over"); the span
covers the number expression without the hedge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .language import detect_language
from .numbers import (
    DE_DENOMINATORS,
    DE_SCALES,
    EN_DENOMINATORS,
    EN_SCALES,
    MONEY_SCALES,
    parse_digits,
    parse_english_ordinal,
    parse_english_words,
    parse_german_ordinal,
    parse_german_word,
    scale_value,
    to_json_number,
)
from .wordtrie import trie_pattern, with_capitals, word_list

KINDS = ("count", "ordinal", "fraction", "percent", "duration", "money", "year", "date")
QUALIFIERS = ("about", "nearly", "over", "under", "at_least", "at_most", "up_to", "exactly")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A normalised quantity; ``text[start:end] == surface`` in the original text."""

    kind: str
    value: int | float | str
    unit: str | None
    start: int
    end: int
    surface: str
    qualifier: str | None = None

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "value": self.value,
            "unit": self.unit,
            "start": self.start,
            "end": self.end,
            "surface": self.surface,
            "qualifier": self.qualifier,
        }


# --- vocabularies -------------------------------------------------------------------

_MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "february": 2, "februar": 2, "feber": 2, "feb": 2, "märz": 3,
    "mär": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mai": 5, "may": 5, "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "dezember": 12,
    "december": 12, "dez": 12, "dec": 12, "january": 1,
}
_MONTH_DE = (
    r"(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober"
    r"|November|Dezember|Jan\.|Feb\.|Mär\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Okt\.|Nov\.|Dez\.)"
)
_MONTH_EN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)

_DURATION_UNITS = {
    "sekunde": ("second", 1), "sekunden": ("second", 1), "minute": ("minute", 1), "minuten": ("minute", 1),
    "stunde": ("hour", 1), "stunden": ("hour", 1), "tag": ("day", 1), "tage": ("day", 1),
    "tagen": ("day", 1), "tages": ("day", 1), "woche": ("week", 1), "wochen": ("week", 1),
    "monat": ("month", 1), "monate": ("month", 1), "monaten": ("month", 1), "monats": ("month", 1),
    "jahr": ("year", 1), "jahre": ("year", 1), "jahren": ("year", 1), "jahres": ("year", 1),
    "jahrzehnt": ("year", 10), "jahrzehnte": ("year", 10), "jahrzehnten": ("year", 10),
    "jahrhundert": ("year", 100), "jahrhunderte": ("year", 100), "jahrhunderten": ("year", 100),
    "second": ("second", 1), "seconds": ("second", 1), "sec": ("second", 1), "secs": ("second", 1),
    "minutes": ("minute", 1), "min": ("minute", 1), "mins": ("minute", 1),
    "hour": ("hour", 1), "hours": ("hour", 1), "hr": ("hour", 1), "hrs": ("hour", 1), "day": ("day", 1),
    "days": ("day", 1), "week": ("week", 1), "weeks": ("week", 1), "month": ("month", 1),
    "months": ("month", 1), "year": ("year", 1), "years": ("year", 1), "yr": ("year", 1), "yrs": ("year", 1),
    "decade": ("year", 10), "decades": ("year", 10), "century": ("year", 100), "centuries": ("year", 100),
}
_DE_COMPOUND_DURATION = {
    "sekündig": "second", "minütig": "minute", "stündig": "hour", "tägig": "day", "wöchig": "week",
    "monatig": "month", "jährig": "year",
}
_CURRENCIES = {
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR", "cent": "EUR", "dollar": "USD",
    "dollars": "USD", "us-dollar": "USD", "usd": "USD", "$": "USD", "us$": "USD", "cents": "USD",
    "pfund": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "pfund sterling": "GBP",
    "pounds sterling": "GBP", "gbp": "GBP", "£": "GBP", "pence": "GBP", "franken": "CHF", "franc": "CHF",
    "francs": "CHF", "chf": "CHF", "fr.": "CHF", "rappen": "CHF", "rubel": "RUB", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "rub": "RUB", "yen": "JPY", "jpy": "JPY", "¥": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "cny": "CNY", "hrywnja": "UAH", "hrywnjas": "UAH", "hrywnia": "UAH", "griwna": "UAH",
    "hryvnia": "UAH", "hryvnias": "UAH", "uah": "UAH", "zloty": "PLN", "złoty": "PLN", "zlotys": "PLN",
    "pln": "PLN", "forint": "HUF", "huf": "HUF", "lira": "TRY", "try": "TRY", "rupien": "INR",
    "rupee": "INR", "rupees": "INR", "inr": "INR", "a$": "AUD", "aud": "AUD", "c$": "CAD", "cad": "CAD",
    "hk$": "HKD", "hkd": "HKD", "won": "KRW", "krw": "KRW", "real": "BRL", "reais": "BRL", "brl": "BRL",
    "sek": "SEK", "nok": "NOK", "dkk": "DKK", "czk": "CZK", "liras": "TRY", "lire": "TRY", "rand": "ZAR",
    "zar": "ZAR", "naira": "NGN", "ngn": "NGN", "shekel": "ILS", "shekels": "ILS", "schekel": "ILS",
    "ils": "ILS", "baht": "THB", "thb": "THB", "ringgit": "MYR", "rupiah": "IDR", "dirham": "AED",
    "dirhams": "AED", "aed": "AED", "riyal": "SAR", "riyals": "SAR", "sar": "SAR", "kronor": "SEK",
    "koruna": "CZK", "korunas": "CZK", "nz$": "NZD", "nzd": "NZD", "s$": "SGD", "sgd": "SGD", "r$": "BRL",
    "mxn": "MXN", "ars": "ARS", "₹": "INR", "₽": "RUB", "₺": "TRY", "₩": "KRW", "₴": "UAH",
    # Only an adjective tells which: "Norwegian crowns", "Mexican pesos", "Kenyan shillings".
    "crown": None, "crowns": None, "krone": None, "kronen": None, "kroner": None, "krona": None,
    "peso": None, "pesos": None, "shilling": None, "shillings": None, "schilling": None,
}
# Names of several currencies: the adjective before them decides (see _CURRENCY_ADJ).
_ADJ_DECIDES = frozenset(
    word_list("""
    dollar dollars franken franc francs crown crowns krone kronen kroner krona peso pesos shilling
    shillings schilling riyal riyals
    """)
)
# Sub-units are a hundredth of their currency.
_SUBUNITS = {"cent", "cents", "pence", "rappen"}
_CURRENCY_ADJ = {
    "australische": "AUD", "australischen": "AUD", "australian": "AUD", "kanadische": "CAD",
    "kanadischen": "CAD", "canadian": "CAD", "neuseeländische": "NZD", "neuseeländischen": "NZD",
    "new zealand": "NZD", "hongkong": "HKD", "hong kong": "HKD", "singapur": "SGD", "singapore": "SGD",
    "schweizer": "CHF", "swiss": "CHF", "schwedische": "SEK", "schwedischen": "SEK", "swedish": "SEK",
    "norwegische": "NOK", "norwegischen": "NOK", "norwegian": "NOK", "dänische": "DKK", "dänischen": "DKK",
    "danish": "DKK", "tschechische": "CZK", "tschechischen": "CZK", "czech": "CZK", "türkische": "TRY",
    "türkischen": "TRY", "turkish": "TRY", "japanische": "JPY", "japanischen": "JPY", "japanese": "JPY",
    "chinesische": "CNY", "chinesischen": "CNY", "chinese": "CNY", "us": "USD", "u.s.": "USD",
    "amerikanische": "USD", "amerikanischen": "USD", "britische": "GBP", "britischen": "GBP",
    "british": "GBP", "russische": "RUB", "russischen": "RUB", "russian": "RUB", "ukrainische": "UAH",
    "ukrainischen": "UAH", "ukrainian": "UAH", "polnische": "PLN", "polnischen": "PLN", "polish": "PLN",
    "mexikanische": "MXN", "mexikanischen": "MXN", "mexican": "MXN", "argentinische": "ARS",
    "argentinischen": "ARS", "argentine": "ARS", "argentinian": "ARS", "chilenische": "CLP",
    "chilenischen": "CLP", "chilean": "CLP", "kolumbianische": "COP", "kolumbianischen": "COP",
    "colombian": "COP", "philippinische": "PHP", "philippinischen": "PHP", "philippine": "PHP",
    "kenianische": "KES", "kenianischen": "KES", "kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS",
    "isländische": "ISK", "isländischen": "ISK", "icelandic": "ISK", "saudische": "SAR",
    "saudischen": "SAR", "saudi": "SAR", "katarische": "QAR", "katarischen": "QAR", "qatari": "QAR",
    "südafrikanische": "ZAR", "südafrikanischen": "ZAR", "south african": "ZAR",
}
_QUALIFIER_MAP = {
    "rund": "about", "etwa": "about", "ca.": "about", "circa": "about", "zirka": "about",
    "ungefähr": "about", "schätzungsweise": "about", "about": "about", "around": "about",
    "approximately": "about", "roughly": "about", "some": "about", "an estimated": "about",
    "estimated": "about", "approx.": "about", "knapp": "nearly", "fast": "nearly", "beinahe": "nearly",
    "nahezu": "nearly", "annähernd": "nearly", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "just under": "nearly", "knapp unter": "nearly", "über": "over", "mehr als": "over", "mehr denn": "over",
    "weit über": "over", "weit mehr als": "over", "gut": "over", "knapp über": "over", "more than": "over",
    "over": "over", "upwards of": "over", "above": "over", "just over": "over", "in excess of": "over",
    "well over": "over", "weniger als": "under", "unter": "under", "less than": "under",
    "fewer than": "under", "under": "under", "below": "under", "mindestens": "at_least",
    "wenigstens": "at_least", "at least": "at_least", "no fewer than": "at_least",
    "no less than": "at_least", "höchstens": "at_most", "maximal": "at_most", "at most": "at_most",
    "no more than": "at_most", "not more than": "at_most", "bis zu": "up_to", "up to": "up_to",
    "as many as": "up_to", "as much as": "up_to", "genau": "exactly", "exakt": "exactly",
    "exactly": "exactly", "precisely": "exactly",
}
_QUALIFIER_SKIP = frozenset(["noch", "weitere", "another"])
_QUALIFIER_LAST = frozenset([k.split()[-1] for k in _QUALIFIER_MAP] + ["die", "der", "the", *_QUALIFIER_SKIP])
# "über" that a verb or noun governs is no hedge: "verfügt über 29 Sitze", "stimmten über
# drei Vorlagen ab", "ein Kredit über 20 Milliarden".
# The verb may stand a few words before it ("verfügt im Landtag über"), the noun right before.
_UEBER_VERB = re.compile(r"(?<!\w)(?:verfüg|stimm|entscheid|entschied)\w*\s")
_UEBER_NOUN = re.compile(
    r"\w*(?:kredit|kredite|darlehen|scheck|rechnung|auftrag|aufträge|vertrag|verträge|anleihe|anleihen"
    r"|bürgschaft|bürgschaften|garantie|garantien|paket|vereinbarung|abkommen|deal|spende|klage|forderung"
    r"|forderungen|bußgeld|geldstrafe|zusage|zusagen)"
)
_VAGUE_DE = frozenset(
    [
        "hunderte", "hunderten", "tausende", "tausenden", "zehntausende", "zehntausenden", "hunderttausende",
        "hunderttausenden", "dutzende", "dutzenden",
    ]
)
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
        "still", "even", "ago", "later", "earlier",
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
_DE_NOT_COUNT_NOUN = frozenset(["Uhr", "Mal", "Prozent", "Jahr", "Jahre", "Jahren", "Mio", "Mrd", "Tsd"])

_SPORT_CONTEXT = re.compile(
    r"(?i)\b(?:won|win|wins|beat|beats|lost|lose|loses|drew|draw|victory|defeat|"
    r"gewann|gewinnt|siegte|verlor|verliert|sieg|niederlage|remis|unentschieden|"
    r"match|game|spiel|final|finale|halftime|halbzeit|score|scored|tor|tore|goals?|sets?|satz|sätzen?"
    r"|tiebreak|tie-break)\b"
)
# --- regexes --------------------------------------------------------------------------

# Anchors: where a quantity may start. Each is its own trie-shaped, case-sensitive regex
# (plain and capitalised forms), which Python scans much faster than one alternation.
_DE_WORD_STEMS = [
    "zwei", "zwo", "drei", "dritt", "vier", "fünf", "sechs", "sieb", "acht", "neun", "zehn", "elf", "zwölf",
    "zwanzig", "dreißig", "dreissig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
    "hundert", "tausend", "erst", "halb", "hälfte", "anderthalb", "dutzend", "million", "milliarde", "doppelt",
    "einhundert", "eintausend", "einund", "eineinhalb", "einstündig", "eintägig", "einwöchig", "einmonatig",
    "einjährig", "einminütig", "einsekündig", "einköpfig", "eindrittel", "einviertel", "einfünftel",
    "einzehntel",
]
_EN_WORD_LIST = word_list(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion trillion dozen twice thrice first second third fourth fifth sixth seventh eighth "
    "ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
    "nineteenth twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth "
    "thousandth half halves quarter quarters thirds fourths fifths sixths sevenths eighths ninths tenths "
    "twelfths hundredths threefold fourfold fivefold sixfold sevenfold eightfold ninefold tenfold "
    "twelvefold twentyfold"
)
# "(?<!\w)" after the first digit rather than before it: a pattern that starts with a
# character set lets re skip ahead to candidates instead of trying every position.
_R_DIGIT_ANCHOR = re.compile(r"\d(?<!\w\d)\d*(?:[.,'’\u00a0\u202f]\d+)*")
_R_WORD_ANCHOR = {
    "de": re.compile(r"(?<!\w)(?:" + trie_pattern(with_capitals(_DE_WORD_STEMS)) + r")[a-zäöüß]*(?!\w)"),
    "en": re.compile(r"(?<![\w\-])(?:" + trie_pattern(with_capitals(_EN_WORD_LIST)) + r")(?:-[a-z]+)*(?!\w)"),
}
# "ein Prozent", "einen Prozentpunkt": "ein" is no anchor word (too common), so it is looked
# for right before each "Prozent" (str.find is much faster than a pattern over the text).
_R_DE_ONE_BEFORE = re.compile(r"(?<![\w])([Ee]in(?:e[mnr]?)?)[ \u00a0]+$")
_R_PROZENT_WORD = re.compile(r"Prozent(?:punkte?n?)?(?![\wäöüß])")
_DE_ONE = frozenset(["ein", "eine", "einem", "einen", "einer"])
# Needs a word boundary before it, checked by _anchors (a leading \b would make re try every position).
_R_MONTH_DATE_EN = re.compile(_MONTH_EN + r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}\b)?")

_SP = r"[ \u00a0\u202f]?"
_LEFT_CURRENCY = re.compile(r"(?:(US\$|NZ\$|HK\$|A\$|C\$|S\$|R\$|[€$£¥₹₽₺₩₴])|\b(EUR|USD|GBP|CHF|JPY)[ \u00a0])$")
_LEFT_MINUS = re.compile(r"(?:(?<!\w)minus[ \u00a0]+|−|(?<![\w\d])-)$")
_IDENTIFIER_WORDS = word_list("""
    Nr. Nrn. Nummer No. Nos. Art. Artikel Article § §§ Paragraf Paragraph Abs. Absatz Kapitel Chapter
    Flug Flight Linie Gleis Zimmer Room Resolution Version Folge Episode Staffel Band Vol. Heft Seite
    Seiten page pages S. p. pp. Tel. Telefon Fax Postfach Halle Terminal Gate Block Hausnummer
    Aktenzeichen Az. Bundesstraße Autobahn Route Highway Interstate Modell Model Typ Type Tranche Paket
    Sanktionspaket Boeing Airbus iPhone Windows FTSE S&P Stoxx Nikkei CAC Russell Fortune
    """)
_LEFT_IDENTIFIER = re.compile(
    r"(?i)(?<![\w])(?:" + "|".join(re.escape(w) for w in _IDENTIFIER_WORDS) + r")[ \u00a0]*$"
)
_RANK_WORDS = word_list("Platz Rang Position place No.")
_LEFT_RANK = re.compile(r"(?i)(?<![\w])(?:" + "|".join(re.escape(w) for w in _RANK_WORDS) + r")[ \u00a0]+$")


def _word_gate(words: list[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Last three characters of each (lower-cased) keyword, and the keywords shorter than that."""
    low = [w.lower() for w in words]
    return frozenset(w[-3:] for w in low if len(w) >= 3), tuple(w for w in low if len(w) < 3)


def _may_end_with(text: str, j: int, gate: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    """False only when no keyword of ``gate`` can end at ``j``: a cheap test before a regex search."""
    tail = text[j - 3 : j] if j >= 3 else text[:j]
    if not tail.isascii():
        return True  # (?i) matching of non-ASCII letters is left to the regex
    tail = tail.lower()
    return tail in gate[0] or tail.endswith(gate[1])


def _word_end(text: str, s: int) -> int:
    """Where the word before ``s`` ends, skipping spaces."""
    while s and text[s - 1] in " \u00a0":
        s -= 1
    return s


_IDENTIFIER_GATE = _word_gate(_IDENTIFIER_WORDS)
_RANK_GATE = _word_gate(_RANK_WORDS)
# Words after which a four-digit number is a year even when a noun follows ("seit 2019
# Präsident", "by 2030 emissions"); weaker ones ("von", "bis") only when nothing is counted.
_LEFT_YEAR_STRONG = re.compile(
    r"(?i)(?<![\w])(?:seit|im jahr|im jahre|jahr|jahres|anfang|ende|mitte|frühjahr|sommer"
    r"|herbst|winter|zwischen|since|in|by|until|till|before|after|during|from|between|of"
    r"|year|early|late|mid|spring|summer|autumn|fall|through|jänner|januar|februar|märz"
    r"|april|mai|juni|juli|august|september|oktober|november|dezember|january|february"
    r"|march|may|june|july|october|december|(?:1[89]|20)\d\d[ \u00a0]*(?:und|bis|and|to|or"
    r"|oder|[-–]))[ \u00a0]*[-–]?[ \u00a0]*$"
)
_LEFT_YEAR_WEAK = re.compile(r"(?i)(?<![\w])(?:bis|ab|von|vor|nach|um|und|and|oder|or|to|im|am)[ \u00a0]*$")
_LEFT_ORD_CONTEXT = re.compile(
    r"(?i)(?<![\w])(?:der|die|das|den|dem|des|am|im|zum|zur|beim|vom|ins|ihr\w*|sein\w*"
    r"|unser\w*|ein|eine|einem|einen|einer|eines|dies\w*|jede\w*|the|its|his|her|their"
    r"|our|a|for the|this|that)[ \u00a0]+$"
)
_LEFT_EVERY = re.compile(r"(?i)(?<![\w])(?:jede[rsnm]?|every)[ \u00a0]+$")
_LEFT_ARTICLE_ONE = re.compile(r"(?i)(?<![\w])(?:ein|eine|einer|einem|einen|eines|a|an|one)[ \u00a0]+$")
_LEFT_NUMERATOR_DE = re.compile(
    r"(?i)(?<![\w])(ein|eine|einem|einen|einer|eines|zwei|drei|vier|fünf|sechs|sieben|acht"
    r"|neun|zehn|\d+)[ \u00a0]+$"
)
_LEFT_NUMERATOR_EN = re.compile(r"(?i)(?<![\w])(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)[ \u00a0-]+$")
# "by" (or "up"/"down"), a hedge, or both before "a fifth": "fell by nearly a fifth since April".
_LEFT_BY = re.compile(
    r"(?i)(?<![\w])(?:by|up|down|(?:by[ \u00a0]+)?(?:nearly|almost|about|around|roughly|more[ \u00a0]+than"
    r"|less[ \u00a0]+than|just[ \u00a0]+over|just[ \u00a0]+under|well[ \u00a0]+over))[ \u00a0]+$"
)
_R_AFTER_BY_FRACTION = re.compile(r"[ \u00a0]*(?:[.,;:)]|$)|[ \u00a0]+([a-z]+)\b")
_AFTER_BY_FRACTION = _EN_STOP | frozenset(word_list("last next compared year month week quarter overall"))


def _by_fraction(text: str, num_start: int, e: int) -> bool:
    """ "cut by a third", "rose by a quarter last year", "nearly a fifth since"; not
    "followed by a third attack" or "almost a fifth term"."""
    if not _LEFT_BY.search(text, max(0, num_start - 24), num_start):
        return False
    m = _R_AFTER_BY_FRACTION.match(text, e)
    return m is not None and (m.group(1) is None or m.group(1) in _AFTER_BY_FRACTION)


_LEFT_NO_ONE = re.compile(r"(?i)(?<![\w])(?:no|the|every|any|each|this|that|which|some)[ \u00a0]+$")

_R_DE_DATE = re.compile(r"\.[ \u00a0]*(" + _MONTH_DE + r")(?:[ \u00a0]+(\d{4})\b)?")
_R_DE_DATE_RANGE = re.compile(
    r"\.[ \u00a0]*(?:bis(?:[ \u00a0]+zum)?|und|[-–])[ \u00a0]*\d{1,2}\.[ \u00a0]*(" + _MONTH_DE
    + r")(?:[ \u00a0]+(\d{4})\b)?"
)
_R_EN_DATE = re.compile(
    r"(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?(" + _MONTH_EN + r")(?![\w])(?:,?[ \u00a0]+(\d{4})\b)?"
)
_R_ISO_DATE = re.compile(r"-(\d{2})-(\d{2})\b")
_R_NUM_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$")
_R_TIME_AFTER = re.compile(
    r"[ \u00a0]*(?:Uhr\b|h\b|a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|CET\b|CEST\b|MEZ\b|MESZ\b"
    r"|EST\b|EDT\b|ET\b|BST\b|local time|Ortszeit)"
)
_GROUP_SPACES = " \u2009\u00a0\u202f"
_R_SPACE_GROUPS = re.compile(r"(?:[ \u2009\u00a0\u202f]\d{3}(?![\d]))+(?:[.,]\d+)?(?![\w.,]\d)")
# "mid-2026", "end-2025", "pre-2020": a year after the hyphen, unlike "Covid-19" or "F-16".
_R_YEAR_PREFIX = re.compile(r"(?i)(?<![\w])(?:mid|end|early|late|pre|post|start|Mitte|Ende|Anfang)[-–]$")
_R_CLOCK_DE = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_R_COLON = re.compile(r"[:][0-9]{1,2}\b")
_R_DASH_NUM = re.compile(r"[-–][0-9]{1,2}\b")
_R_SLASH = re.compile(r"/(\d{1,4})\b")
_R_DECADE = re.compile(r"(?:er\b|ern\b|s\b|'s\b|’s\b)")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÄÖÜäöüß")
_SPACE = frozenset(" \u00a0")
_CURRENCY_CODES = frozenset(["EUR", "USD", "GBP", "CHF", "JPY"])
# First characters of what _R_TIME_AFTER and _R_EN_DATE (after a space) look for.
_TIME_FIRST = "UhapGCMEBlO"
_EN_DATE_FIRST = "JFMASONDo"
_R_EN_ORD_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
_R_DE_ORD_DOT = re.compile(r"\.[ \u00a0]+(?=[A-ZÄÖÜa-zäöüß])")
_R_SCALE = re.compile(
    r"[ \u00a0\-]?(Millionen|Million|Mio\.|Mio\b|Milliarden|Milliarde|Mrd\.|Mrd\b|Billionen"
    r"|Billion|Bio\.|Tausend|Tsd\.|thousand|millions|million|billions|billion|trillion|mln"
    r"|bln|mn|bn|tn|trn|lakhs?|crores?)(?![\w])"
)
_R_MONEY_SUFFIX_SCALE = re.compile(r"(m|b|k)\b")
_R_EN_M_MILLION = re.compile(r"m[ \u00a0]+([A-Za-z][a-z\-]*)\b")
_EN_M_NOT_MILLION = frozenset(
    word_list("""
    hurdles heats relays finals semis semifinals semi-finals races events titles medals records
    champions runners sprinters swimmers athletes splits metres meters yards laps lengths
    """)
)
_R_DOZEN = re.compile(r"[ \u00a0](?i:dutzend|dozen)\b")
# Both alternations as tries (see wordtrie): re tries a flat alternation branch by branch.
_CURRENCY_ADJ_WORDS = list(_CURRENCY_ADJ)  # matched case-insensitively; the table says which currency
# Written out, with the two-word names added to the list.
_CURRENCY_WORDS = [*word_list("""
    Euro EUR € US-Dollar Dollar USD $ Pfund £ Franken CHF Rubel Yen JPY Yuan Renminbi CNY Hrywnja
    Hrywnjas Hrywnia Griwna Zloty Złoty PLN Forint Lira Rupien Cent Rappen GBP RUB UAH INR AUD CAD SEK
    NOK DKK CZK euro euros dollar dollars pound pounds sterling franc francs rouble roubles ruble rubles
    yen yuan renminbi hryvnia hryvnias zloty zlotys rupee rupees cents pence won reais Kronen Krone Rand
    Naira Schekel Baht Ringgit Rupiah Dirham Riyal Peso Pesos Schilling crown crowns krone kroner kronor
    krona koruna korunas rand naira shekel shekels baht ringgit rupiah dirham dirhams riyal riyals peso
    pesos shilling shillings liras lire ZAR NGN ILS THB AED SAR NZD SGD MXN ARS Fr.
    """), "Pfund Sterling", "pounds sterling"]
_R_CURRENCY = re.compile(
    r"[ \u00a0\-]?(?:(?P<adj>(?i:" + trie_pattern(_CURRENCY_ADJ_WORDS) + r"))[ \u00a0\-])?"
    r"(?P<cur>" + trie_pattern(_CURRENCY_WORDS) + r")(?![\w])"
)
_R_PERCENT = re.compile(
    r"[ \u00a0\-]?(%|Prozentpunkten|Prozentpunkte|Prozentpunkt|Prozent|Basispunkten"
    r"|Basispunkte|Basispunkt|v\.[ ]?H\.|percentage points?|percent|per cent|pct\b"
    r"|basis points?|bps\b)"
)
_R_DURATION = re.compile(
    r"(?:[ \u00a0]|-)(?P<u>(?i:Sekunden|Sekunde|Minuten|Minute|Stunden|Stunde|Tagen|Tages"
    r"|Tage|Tag|Wochen|Woche|Monaten|Monate|Monats|Monat|Jahren|Jahres|Jahre|Jahr"
    r"|Jahrzehnten|Jahrzehnte|Jahrzehnt|Jahrhunderten|Jahrhunderte|Jahrhundert)"
    r"|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?"
    r"|decades?|century|centuries)(?![a-zäöüß])(?P<old>-old)?"
)
_R_DE_ADJ_DURATION = re.compile(
    r"-?(?P<suf>(?i:sekündig|minütig|stündig|tägig|wöchig|monatig|jährig))(?:e|en|er|es|em)?\b"
)
_R_DE_ADJ_PERCENT = re.compile(r"-?prozentig(?:e|en|er|es|em)?\b")
_R_TIMES = re.compile(r"(?:[ \u00a0]|-)?(?:(Mal|mal|times)\b|(fach|fold)(?:e|en|er|es|em)?\b|(-time)\b)")
_R_COMPOUND_NOUN_DE = re.compile(r"-([A-ZÄÖÜ][a-zäöüß]+)-(?=[A-ZÄÖÜa-zäöüß])")
_R_COMPOUND_NOUN_EN = re.compile(r"-([a-z]{3,})\b")
# An indefinite article or "kein" between number and noun ("für 2025 einen Gewinn", "2026
# keine neuen Schulden") means the noun is not counted.
_R_NOUN_DE = re.compile(
    r"[ \u00a0]+(?:(?!k?ein(?:e[mnrs]?)?[ \u00a0])[a-zäöüß]+(?:e|en|er|es|em)[ \u00a0]+){0,2}"
    r"([A-ZÄÖÜ][\wäöüßÄÖÜ\-]*[\wäöüß])"
)
_R_WORD_EN = re.compile(r"[ \u00a0]+([a-zA-Z][a-z\-]*)")
_R_RANGE_LINK = re.compile(
    r"^(?:[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+(?:bis|und|oder|auf|zu|to|and|or|bis zu)[ \u00a0]+)$"
)
_R_OF_FRACTION = re.compile(r"[ \u00a0]+(von|out of|in)[ \u00a0]+(\d{1,3}|[A-Za-zäöüß]+)\b")
_R_HALF_DURATION = re.compile(r"[ \u00a0]+(?:an?[ \u00a0]+)?(hour|day|week|month|year|minute|second|decade|century)\b")
_R_SO_AFTER = re.compile(r"[ \u00a0]+so\b")
_R_DAS_BEFORE = re.compile(r"(?i)(?<![\w])(?:das|dem|des)[ \u00a0]+$")
_R_HALF_SCALE_DE = re.compile(r"[ \u00a0]+(Million|Milliarde)\b")
_R_HALF_SCALE_EN = re.compile(r"[ \u00a0]+an?[ \u00a0]+(million|billion|trillion|dozen)\b")
_R_HALBE_DURATION = re.compile(r"[ \u00a0]+(Stunde|Minute|Sekunde|Woche|Jahr|Tag|Monat)\b")
_R_OF_AFTER = re.compile(r"(?:[ \u00a0]+(?:of|der|des|aller|von)\b|[ \u00a0]*[.,;:)]|[ \u00a0]*$)")
_R_FOLLOWED_BY_NOUNISH = re.compile(r"[ \u00a0]+[A-Za-zÄÖÜäöüß]")
_R_DE_SUPERLATIVE = re.compile(
    r"^(zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt)([a-zäöüß]{2,}s?t)(?:e|er|en|em|es)?$"
)
_R_EN_SUPERLATIVE = re.compile(r"^([a-z]+)-([a-z]+est|most|best|worst)$")
_R_DE_COMPOUND = re.compile(
    r"^([a-zäöüß]+?)(stündig|tägig|wöchig|monatig|jährig|minütig|sekündig|malig|mal|fach"
    r"|köpfig|prozentig)(?:e|en|er|es|em)?$"
)
_EN_ONE_BLOCK_AFTER = re.compile(
    r"[ \u00a0]+(?:of|another|or|and|which|that|who|thing|way|side|hand)\b|[ \u00a0]*[,.;:]"
)
_R_NEXT = re.compile(r"[ \u00a0\u202f\-]?([%€$£¥]|[^\W\d_][\w.’'\-]*)")
_UNIT_HEADS = frozenset(
    [k.split("-")[0].split(" ")[0] for k in _DURATION_UNITS]
    + [k.split("-")[0].split(" ")[0] for k in _CURRENCIES]
    + [k.split(" ")[0].rstrip(".") for k in _CURRENCY_ADJ]
    + word_list("""
    millionen million mio milliarden milliarde mrd billionen billion bio tausend tsd thousand millions
    billions trillion mln bln mn bn tn trn lakh lakhs crore crores m b k dutzend dozen prozent
    prozentpunkte prozentpunkten
    prozentpunkt basispunkte basispunkten basispunkt percent per pct percentage basis bps v mal times
    fach fold time von out in us u.s hongkong hong singapur schweizer fr
    """)
)
_ADJ_DURATION_HEADS = ("sekündig", "minütig", "stündig", "tägig", "wöchig", "monatig", "jährig", "prozentig")


def _unit_like(word: str) -> bool:
    if word in "%€$£¥":
        return True
    low = word.lower()
    head = low.split("-", 1)[0].rstrip(".")
    return head in _UNIT_HEADS or low.startswith(_ADJ_DURATION_HEADS) or head.startswith(("fach", "mal"))


_CAPITAL_OK_LEFT = re.compile(r"(?:^|[.!?:;\"„“”»«(\n]\s*|\n)$")


@dataclass(slots=True)
class _Hit:
    kind: str | None  # None marks a recognised non-quantity (time, identifier...)
    value: object
    unit: str | None
    start: int
    end: int
    qualifier: str | None = None
    raw: Decimal | None = None
    scale: int = 1
    bare: bool = False  # a count with nothing after it, eligible for range inheritance


def extract_quantities(text: str, language: str | None = None) -> list[Quantity]:
    """All quantities in ``text`` in order; offsets index ``text`` itself."""
    lang = language or detect_language(text)
    if lang not in _R_WORD_ANCHOR:
        lang = "en"
    hits = _scan(text, lang)
    _inherit_ranges(text, hits)
    _carry_currency(text, hits)
    _poll_points(text, hits)
    return [
        Quantity(h.kind, h.value, h.unit, h.start, h.end, text[h.start : h.end], h.qualifier)
        for h in hits
        if h.kind is not None
    ]


def _anchors(text: str, lang: str) -> list[tuple[int, int, int, re.Match | None]]:
    """Candidate starts in text order: (start, end, kind 0 digits / 1 word / 2 date, match)."""
    found = [(*m.span(), 0, None) for m in _R_DIGIT_ANCHOR.finditer(text)]
    words = [(*m.span(), 1, None) for m in _R_WORD_ANCHOR[lang].finditer(text)]
    if lang == "de":
        words += _one_percent_anchors(text)
    if lang == "en":
        # No later match can start inside one rejected for the boundary (it holds no
        # capital after a non-word character), so filtering equals a leading \b.
        words += [
            (m.start(), m.end(), 2, m)
            for m in _R_MONTH_DATE_EN.finditer(text)
            if not m.start() or not _is_word_char(text[m.start() - 1])
        ]
    if words:
        found.extend(words)
        found.sort(key=lambda a: (a[0], -a[2]))
    return found


def _one_percent_anchors(text: str) -> list[tuple[int, int, int, None]]:
    found = []
    i = text.find("Prozent")
    while i >= 0:
        m = _R_DE_ONE_BEFORE.search(text, max(0, i - 8), i)
        if m and _R_PROZENT_WORD.match(text, i):
            found.append((*m.span(1), 1, None))
        i = text.find("Prozent", i + 7)
    return found


def _scan(text: str, lang: str) -> list[_Hit]:
    hits: list[_Hit] = []
    consumed = 0
    for start, end, kind, match in _anchors(text, lang):
        if start < consumed:
            continue
        if kind == 0:
            hit = _digits(text, start, end, lang)
        elif kind == 2:
            hit = _month_first_date(text, match)
        else:
            hit = _word(text, start, end, lang)
        if hit is None:
            continue
        if hit.start < consumed:
            continue
        hits.append(hit)
        consumed = hit.end
    return hits


_R_FROM_BEFORE = re.compile(r"(?i)(?<![\w])(?:from|von)[ \u00a0]+$")
_R_TO_BETWEEN = re.compile(r"[ \u00a0]+(?:to|auf)[ \u00a0]+$")


def _inherit_ranges(text: str, hits: list[_Hit]) -> None:
    """ "3 bis 4 Milliarden Euro", "20-25%": the first bare number takes the second's unit;
    "from eight years to five": the second takes the first's."""
    for i in range(len(hits) - 1):
        a, b = hits[i], hits[i + 1]
        if (
            b.bare
            and b.raw is not None
            and a.kind in ("duration", "percent")
            and a.raw is not None
            and a.value == a.raw
            and _R_TO_BETWEEN.match(text, a.end, b.start)
            and _R_FROM_BEFORE.search(text, max(0, a.start - 6), a.start)
        ):
            b.kind, b.unit, b.bare = a.kind, a.unit, False
            continue
        if (
            a.kind == "money"
            and a.scale == 1
            and a.raw is not None
            and b.kind == "count"
            and b.unit is None
            and b.scale > 1
            and text[a.end - 1].isdigit()  # a currency sign before, nothing after
            and _R_RANGE_LINK.match(text[a.end : b.start])
        ):
            # "$1.2-1.5 billion", "€2-3bn": the scale reaches back, the currency forward.
            a.value = to_json_number(a.raw * b.scale)
            a.scale = b.scale
            b.kind, b.unit = "money", a.unit
            continue
        if not a.bare or b.kind in (None, "year", "date", "ordinal") or a.raw is None:
            continue
        if b.kind == "count" and b.unit is None:
            continue
        if not _R_RANGE_LINK.match(text[a.end : b.start]):
            continue
        value = a.raw * b.scale
        a.kind, a.unit, a.bare = b.kind, b.unit, False
        a.value = to_json_number(value if b.kind != "fraction" else round(value, 4))
        if a.qualifier is None and b.qualifier == "up_to":
            a.qualifier = None


# A stop (or line break) between two quantities may end a sentence.
_R_SENTENCE_BREAK = re.compile(r"[.!?][\"'”“»«)]*\s|\n")


def _carry_currency(text: str, hits: list[_Hit]) -> None:
    """ "ein Verlust von 380 Millionen Euro nach einem Gewinn von 1,1 Milliarden": a scaled
    number with nothing counted after it takes the currency of the amount before it in the
    same sentence."""
    currency, after = None, 0
    for h in hits:
        if h.kind == "money":
            currency, after = h.unit, h.end
        elif (
            currency
            and h.kind == "count"
            and h.unit is None
            and h.scale > 1
            and h.raw is not None
            and h.start - after < 80
            and not _R_SENTENCE_BREAK.search(text, after, h.start)
        ):
            h.kind, h.unit = "money", currency


_POINTS = frozenset(["points", "point", "Punkte", "Punkten", "Punkt"])
_R_POINTS_TO_SHARE = re.compile(r"[ \u00a0]+(?:auf|to)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?")
_R_POINTS_LEAD = re.compile(r"[ \u00a0]+(?:ahead|behind|clear|adrift|vor|hinter)\b")


def _poll_points(text: str, hits: list[_Hit]) -> None:
    """ "at 29 per cent, seven points ahead of Labour": beside a share, points ahead or
    behind are percentage points (a table's "five points clear" has no share beside it)."""
    shares = [h for h in hits if h.kind == "percent" and h.unit == "%"]
    if not shares:
        return
    for h in hits:
        if h.kind != "count" or h.unit not in _POINTS:
            continue
        lead = _R_POINTS_LEAD.match(text, h.end) and any(
            not _R_SENTENCE_BREAK.search(text, min(p.end, h.end), max(p.start, h.start)) for p in shares
        )
        # "um 0,2 Punkte auf 6,3 Prozent", "by two points to 41%": a change of a share.
        if lead or any(_R_POINTS_TO_SHARE.fullmatch(text, h.end, p.start) for p in shares if p.start > h.end):
            h.kind, h.unit = "percent", "pp"


# --- digits ---------------------------------------------------------------------------


def _digits(text: str, s: int, e: int, lang: str) -> _Hit | None:
    raw = text[s:e]
    prev = text[s - 1] if s else " "
    # "Covid-19", "F-16", "MH-17": letters glued by a hyphen are names, not numbers.
    if prev in "-–" and s >= 2 and text[s - 2].isalpha() and not _R_YEAR_PREFIX.search(text, max(0, s - 8), s):
        return _block(s, e)
    n = len(text)
    nxt = text[e] if e < n else ""
    if nxt in _GROUP_SPACES and len(raw) <= 3 and text[e + 1 : e + 4].isdigit():
        # Digits grouped by spaces ("3 000", "12 500" with a thin or narrow no-break space):
        # three-digit groups after one of one to three digits.
        gm = _R_SPACE_GROUPS.match(text, e)
        if gm and raw.isdigit():
            e = gm.end()
            raw = text[s:e]
            nxt = text[e] if e < n else ""
    # The first character after the number and any spaces: most checks below need a
    # particular one there, so they are skipped when it cannot start them.
    after = e
    while after < n and text[after] in " \u00a0":
        after += 1
    first = text[after] if after < n else ""

    short = len(raw) <= 2 and raw.isdigit()
    # Dates first: they contain the most structure.
    m = _R_NUM_DATE.match(raw + ("" if raw.count(".") == 2 or nxt != "." else ".")) if "." in raw else None
    if m and "," not in raw:
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if 1 <= day <= 31 and 1 <= month <= 12:
            if year and len(year) == 2:
                year = "20" + year if int(year) < 50 else "19" + year
            end = e if raw.count(".") == 2 else e + 1
            return _Hit("date", _iso(year, month, day), None, s, end)
    if short and nxt in ". \u00a0snrt":
        if nxt == ".":
            dm = _R_DE_DATE.match(text, e)
            if dm and 1 <= int(raw) <= 31:
                month = _MONTHS[dm.group(1).rstrip(".").lower()]
                return _Hit("date", _iso(dm.group(2), month, int(raw)), None, s, dm.end())
            # The first day of a range takes the month (and year) of the second: "vom 6. bis 9. Juni".
            rm = _R_DE_DATE_RANGE.match(text, e)
            if rm and 1 <= int(raw) <= 31:
                month = _MONTHS[rm.group(1).rstrip(".").lower()]
                return _Hit("date", _iso(rm.group(2), month, int(raw)), None, s, e + 1)
        dm = _R_EN_DATE.match(text, e) if nxt in "snrt" or (after > e and first in _EN_DATE_FIRST) else None
        if dm and 1 <= int(raw) <= 31:
            month = _MONTHS[dm.group(1).rstrip(".").lower()]
            return _Hit("date", _iso(dm.group(2), month, int(raw)), None, s, dm.end())
    if nxt == "-" and raw.isdigit() and len(raw) == 4:
        dm = _R_ISO_DATE.match(text, e)
        if dm and 1 <= int(dm.group(1)) <= 12 and 1 <= int(dm.group(2)) <= 31:
            return _Hit("date", f"{raw}-{dm.group(1)}-{dm.group(2)}", None, s, dm.end())

    # Times of day, scores and clock-like forms are not quantities.
    tm = _R_TIME_AFTER.match(text, e) if len(raw) <= 5 and first and first in _TIME_FIRST else None
    if tm and (lang == "en" or tm.group().strip().lower() not in ("am", "pm")) and _looks_like_clock(raw):
        return _block(s, tm.end())
    if (
        lang == "de"
        and len(raw) in (4, 5)
        and "." in raw
        and _R_CLOCK_DE.fullmatch(raw)
        and not _R_CURRENCY.match(text, e)
        and not _R_PERCENT.match(text, e)
    ):
        return _block(s, e)
    cm = _R_COLON.match(text, e) if nxt == ":" else None
    if cm and short:
        return _block(s, cm.end())
    dm = _R_DASH_NUM.match(text, e) if nxt in "-–" else None
    if dm and short:
        window = text[max(0, s - 40) : min(len(text), dm.end() + 30)]
        if _SPORT_CONTEXT.search(window) and not _R_PERCENT.match(text, dm.end()):
            return _block(s, dm.end())

    if (
        s
        and text[s - 1] in " \u00a0§"
        and _may_end_with(text, _word_end(text, s), _IDENTIFIER_GATE)
        and _LEFT_IDENTIFIER.search(text, max(0, s - 20), s)
    ):
        end = e
        while end < len(text) and (text[end].isalnum()):
            end += 1
        return _block(s, end)

    # Letters glued to the digits: "1990er", "1990s", "5G", "3D", "12th", "5km".
    # One glued "p" or "C" in English is pence ("14p") or degrees ("46.8C", a count).
    glued = nxt in "pC" and lang == "en" and not _is_word_char(text[e + 1 : e + 2] or " ")
    if glued and nxt == "p" and raw[0] != "0":
        pence = parse_digits(raw, lang)
        if pence is not None:
            return _Hit("money", to_json_number(pence / 100), "GBP", s, e + 1, _qualifier(text, s), pence)
    if nxt in _LETTERS and not glued:
        om = _R_EN_ORD_SUFFIX.match(text, e)
        if om and raw.isdigit():
            return _Hit("ordinal", int(raw), None, s, om.end())
        dec = _R_DECADE.match(text, e)
        if dec and raw.isdigit() and (len(raw) == 4 or len(raw) == 2):
            return _block(s, dec.end())
        if not (
            _R_MONEY_SUFFIX_SCALE.match(text, e)
            or _R_SCALE.match(text, e)
            or _R_DURATION.match(" " + text[e : e + 12])
            or _R_PERCENT.match(text, e)
            or _R_DE_ADJ_DURATION.match(text, e)
            or _R_TIMES.match(text, e)
        ):
            end = e
            while end < len(text) and text[end].isalnum():
                end += 1
            return _block(s, end)

    sm = _R_SLASH.match(text, e) if nxt == "/" else None
    if sm and raw.isdigit():
        a, b = int(raw), int(sm.group(1))
        if 0 < a < b and b in (2, 3, 4, 5, 6, 8, 10, 100) and not (a == 24 and b == 7):
            return _Hit("fraction", round(a / b, 4), None, s, sm.end())
        return _block(s, sm.end())

    value = parse_digits(raw, lang)
    if value is None:
        return _block(s, e)

    # German ordinal digits: "am 5. Spieltag", "zum 2. Mal", "der 3. Platz".
    if raw.isdigit() and nxt == "." and lang == "de":
        om = _R_DE_ORD_DOT.match(text, e)
        if om and _LEFT_ORD_CONTEXT.search(text, max(0, s - 15), s):
            return _Hit("ordinal", int(raw), None, s, e + 1)
    before = text[s - 1] if s else ""
    if (
        before in _SPACE
        and raw.isdigit()
        and _may_end_with(text, _word_end(text, s), _RANK_GATE)
        and _LEFT_RANK.search(text, max(0, s - 12), s)
    ):
        return _Hit("ordinal", int(raw), None, s, e)

    start = s
    cur = None
    # After a space only a currency code can precede ("EUR 5"); after a symbol, the symbol.
    if before in "€$£¥₹₽₺₩₴" or (before in _SPACE and text[s - 4 : s - 1] in _CURRENCY_CODES):
        lc = _LEFT_CURRENCY.search(text, max(0, s - 5), s)
        if lc:
            cur = _CURRENCIES[(lc.group(1) or lc.group(2)).lower()]
            start = lc.start()
    before = text[start - 1] if start else ""
    neg = (
        _LEFT_MINUS.search(text, max(0, start - 7), start)
        if before in "−-" or (before in _SPACE and "minus" in text[max(0, start - 7) : start])
        else None
    )
    if neg:
        value = -value
        start = neg.start()
    return _complete(text, lang, value, start, e, s, is_digits=True, raw=raw, currency=cur)


def _is_word_char(ch: str) -> bool:
    """What re's \\w matches, for one character."""
    return ch.isalnum() or ch == "_"


def _looks_like_clock(raw: str) -> bool:
    m = re.fullmatch(r"(\d{1,2})(?:[.:](\d{2}))?", raw)
    return bool(m) and int(m.group(1)) <= 24 and (m.group(2) is None or int(m.group(2)) < 60)


def _iso(year: str | None, month: int, day: int) -> str:
    return f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _block(s: int, e: int) -> _Hit:
    return _Hit(None, None, None, s, e)


def _month_first_date(text: str, m: re.Match) -> _Hit | None:
    parts = re.match(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?", m.group())
    month = _MONTHS.get(parts.group(1).lower())
    day = int(parts.group(2))
    if not month or not 1 <= day <= 31:
        return None
    return _Hit("date", _iso(parts.group(3), month, day), None, m.start(), m.end())


# --- completing a cardinal ----------------------------------------------------------


def _qualifier(text: str, start: int) -> str | None:
    """The hedge right before ``start``: one to three words, maybe followed by "die"/"the"."""
    j = start - 1
    if j < 1 or not text[j].isspace():
        return None
    # Fast exit: most numbers are not preceded by a hedge word.
    if text[max(0, text.rfind(" ", 0, j) + 1) : j].lower() not in _QUALIFIER_LAST:
        return None
    lo = max(0, start - 30)
    window = text[lo:start]
    if not window or not window[-1].isspace():
        return None
    words = window.split()
    if words and words[-1].lower() in ("die", "der", "the"):
        words.pop()
    # "mindestens noch zwei Wochen", "at least another two weeks"
    if words and words[-1].lower() in _QUALIFIER_SKIP:
        words.pop()
    cut = lo > 0 and not text[lo - 1].isspace() and not window[0].isspace()
    for n in (3, 2, 1):
        if len(words) < n or (cut and len(words) == n):
            continue
        key = " ".join(words[-n:]).lower()
        if key in _QUALIFIER_MAP:
            if key == "über" and len(words) > 1 and (
                _UEBER_NOUN.fullmatch(words[-2].lower()) or _UEBER_VERB.search(window)
            ):
                return None
            return _QUALIFIER_MAP[key]
    return None


def _complete(
    text: str,
    lang: str,
    value: Decimal,
    start: int,
    e: int,
    num_start: int,
    *,
    is_digits: bool,
    raw: str = "",
    currency: str | None = None,
    word: str = "",
) -> _Hit | None:
    """Attach scale, unit and kind to a parsed cardinal ending at ``e``."""
    qual = _qualifier(text, start)
    pos = e
    scale = 1
    # Most numbers are followed by a plain word: look at it once before trying the unit patterns.
    nm = _R_NEXT.match(text, pos)
    if not currency and (nm is None or not _unit_like(nm.group(1))):
        return _complete_plain(text, lang, value, start, e, num_start, qual, is_digits, raw)

    dz = _R_DOZEN.match(text, pos)
    if dz:
        value *= 12
        pos = dz.end()
    sc = _R_SCALE.match(text, pos)
    if sc:
        mult = scale_value(sc.group(1), lang)
        if mult:
            scale = mult
            pos = sc.end()
    elif currency and is_digits:
        ms = _R_MONEY_SUFFIX_SCALE.match(text, pos)
        if ms:
            scale = MONEY_SCALES[ms.group(1)]
            pos = ms.end()
    elif is_digits and lang == "en" and text.startswith("m", pos):
        # "2.4m passengers", "5m euros": a glued "m" is a million before a currency or a
        # plural noun; not before a measure ("a 2m wall") or a race ("the 400m hurdles").
        mm = _R_EN_M_MILLION.match(text, pos)
        if mm and (
            _R_CURRENCY.match(text, pos + 1)
            or (_en_plural(mm.group(1)) and mm.group(1).lower() not in _EN_M_NOT_MILLION)
        ):
            scale = 10**6
            pos += 1
    total = value * scale

    if currency is None:
        cm = _R_CURRENCY.match(text, pos)
        if cm:
            code = cm.group("cur")
            cur = _CURRENCIES.get(code.lower())
            adj = cm.group("adj")
            # "australische Dollar", "Swiss francs": the adjective picks the currency.
            if adj and code.lower() in _ADJ_DECIDES:
                cur = _CURRENCY_ADJ.get(adj.lower(), cur)
            if cur:
                amount = total / 100 if code.lower() in _SUBUNITS else total
                return _Hit("money", to_json_number(amount), cur, start, cm.end(), qual, value, scale)
    else:
        return _Hit("money", to_json_number(total), currency, start, pos, qual, value, scale)

    pm = _R_PERCENT.match(text, pos)
    if pm:
        sym = pm.group(1).lower()
        unit = "pp" if ("punkt" in sym or "point" in sym) and "basis" not in sym else "%"
        if "basis" in sym or sym == "bps":
            unit = "bp"
        return _Hit("percent", to_json_number(total), unit, start, pm.end(), qual, value, scale)

    dm = _R_DURATION.match(text, pos)
    if dm:
        unit, factor = _DURATION_UNITS[dm.group("u").lower()]
        if qual == "over" and lang == "en" and _over_is_period(text, start):
            qual = None
        return _Hit("duration", to_json_number(total * factor), unit, start, dm.end(), qual, value, scale)
    ap = _R_DE_ADJ_PERCENT.match(text, pos)
    if ap:
        return _Hit("percent", to_json_number(total), "%", start, ap.end(), qual, value, scale)
    am = _R_DE_ADJ_DURATION.match(text, pos)
    if am:
        unit = _DE_COMPOUND_DURATION[am.group("suf").lower()]
        return _Hit("duration", to_json_number(total), unit, start, am.end(), qual, value, scale)

    tm = _R_TIMES.match(text, pos)
    if tm:
        return _Hit("count", to_json_number(total), "times", start, tm.end(), qual, value, scale)

    if scale == 1:
        fm = _R_OF_FRACTION.match(text, pos)
        if fm:
            denom = _cardinal_value(fm.group(2), lang)
            share = denom is not None and 0 < value < denom <= 1000 and _share_of(fm.group(1), denom)
            if share and value == int(value):
                return _Hit("fraction", round(float(value / denom), 4), None, start, fm.end(), qual)

    return _complete_plain(text, lang, total, start, pos, num_start, qual, is_digits, raw, value, scale)


_R_OVER_BEFORE = re.compile(r"(?i)(?:^|[^\w'’])([\w'’]*)[ \u00a0]+over[ \u00a0]+$")
# Words after which "over" before a duration is a hedge ("lasted over two hours").
_OVER_HEDGE_AFTER = frozenset(
    word_list("""
    for after in of within lasted lasting lasts last took take takes taking spent spend spending waited
    wait served serving spanning is was are were been be just well aged by than
    """)
)
_R_AMOUNT_BEFORE = re.compile(r"\d|\b(?:million|billion|trillion)\b")


def _over_is_period(text: str, start: int) -> bool:
    """ "$7 billion over five years", "2,500 jobs over two years": "over" spreads an amount
    stated before it over a period; after a verb of lasting or a preposition it is a hedge."""
    m = _R_OVER_BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group(1).lower() in _OVER_HEDGE_AFTER:
        return False
    return _R_AMOUNT_BEFORE.search(text, max(0, m.start(1) - 60), m.start(1)) is not None


def _share_of(link: str, denom: Decimal) -> bool:
    """ "one in 25", "zwei von drei", "9 out of 10" state a share; "45 von 52 Drohnen"
    counts two things, like "48 of 62 drones"."""
    return link == "in" or denom <= 10 or denom in (100, 1000)


def _complete_plain(
    text: str,
    lang: str,
    total: Decimal,
    start: int,
    pos: int,
    num_start: int,
    qual: str | None,
    is_digits: bool,
    raw: str,
    value: Decimal | None = None,
    scale: int = 1,
) -> _Hit:
    """A count (with its noun), a year, or a bare number: nothing unit-like follows."""
    e = pos
    if value is None:
        value = total
    if is_digits and scale == 1 and raw.isdigit() and len(raw) <= 3 and _is_age(text, num_start, pos, lang):
        return _Hit("duration", int(raw), "year", start, pos, qual)
    if is_digits:
        cn = _R_COMPOUND_NOUN_DE.match(text, pos) if lang == "de" else None
        if cn:
            return _Hit("count", to_json_number(total), cn.group(1), start, cn.end() - 1, qual, value, scale)
        if lang == "en":
            ce = _R_COMPOUND_NOUN_EN.match(text, pos)
            if ce and ce.group(1) not in _EN_STOP:
                return _Hit("count", to_json_number(total), ce.group(1), start, ce.end(), qual, value, scale)

    noun, noun_end = _count_noun(text, pos, lang)

    # A plain four-digit number is a year after "seit"/"im Jahr"/"in"... or when nothing
    # counted follows it ("2000 Soldaten" is a count).
    if is_digits and scale == 1 and qual is None and raw.isdigit() and len(raw) == 4:
        y = int(raw)
        lo = max(0, num_start - 16)
        strong = _LEFT_YEAR_STRONG.search(text, lo, num_start)
        # In English a year also stands before a singular noun ("the 2024 election").
        singular = lang == "en" and noun is not None and not _en_plural(noun)
        if (strong and 1000 <= y <= 2199) or ((noun is None or singular) and 1800 <= y <= 2100):
            return _Hit("year", y, None, num_start, e)
        if noun is None and 1000 <= y <= 2199 and _LEFT_YEAR_WEAK.search(text, lo, num_start):
            return _Hit("year", y, None, num_start, e)
    # "um ein Zehntel mehr als 2023", "5% more than 2019": after a stated difference,
    # "mehr als"/"more than" compares with a year; it is no hedge.
    elif (
        qual in ("over", "under")
        and noun is None
        and raw.isdigit()
        and len(raw) == 4
        and 1900 <= int(raw) <= 2100
        and _R_DIFFERENCE_THAN.search(text, max(0, num_start - 40), num_start)
    ):
        return _Hit("year", int(raw), None, num_start, e)

    if noun is not None:
        return _Hit("count", to_json_number(total), noun, start, noun_end, qual, value, scale)
    hit = _Hit("count", to_json_number(total), None, start, pos, qual, value, scale)
    hit.bare = True
    return hit


_R_DIFFERENCE_THAN = re.compile(
    r"(?i)(?:prozent|percent|%|tel|hälfte|half|punkte|points|\d)[ \u00a0]+(?:mehr|weniger|more|less|fewer)"
    r"[ \u00a0]+(?:als|than)[ \u00a0]+$"
)
# Ages without "-year-old": "aged 19", "The governor, 58, is", "Der Lenker (34) wurde".
_R_AGED = re.compile(r"(?i)(?<![\w])aged[ \u00a0]+$")
_R_APPOSITION = re.compile(r"(?<![\w])([A-Za-z][\w'’\-]*),[ \u00a0]$")
_R_PAREN_AGE = re.compile(r"([A-ZÄÖÜ][\wäöüß\-]*)[ \u00a0]\($")
_IDENTIFIER_LOWER = frozenset(w.lower() for w in _IDENTIFIER_WORDS)
_R_DIGIT_NEXT = re.compile(r",[ \u00a0]*\d")
_EN_PERSON_NOUNS = frozenset(
    word_list("""
    man woman boy girl suspect victim driver teenager mother father son daughter wife husband pilot
    player officer soldier leader president minister governor senator chairman founder singer actor
    author artist coach striker defendant candidate
    """)
)


def _is_age(text: str, s: int, e: int, lang: str) -> bool:
    """An age in years written as a bare number (1 to 119)."""
    before = text[s - 1 : s]
    after = text[e : e + 1]
    if before == "(":
        m = _R_PAREN_AGE.search(text, max(0, s - 40), s) if after == ")" else None
        return m is not None and m.group(1).lower() not in _IDENTIFIER_LOWER and 0 < int(text[s:e]) < 120
    if lang != "en" or before not in " \u00a0":
        return False
    if text[s - 2 : s - 1] == "d" and _R_AGED.search(text, max(0, s - 8), s):
        return 0 < int(text[s:e]) < 120
    if after != "," or _R_DIGIT_NEXT.match(text, e):
        return False
    m = _R_APPOSITION.search(text, max(0, s - 30), s)
    person = m is not None and (m.group(1)[0].isupper() or m.group(1).lower() in _EN_PERSON_NOUNS)
    return person and 0 < int(text[s:e]) < 120 and not _is_tally_list(text, e)


# The next pair of a list "Norway, 16, Germany, 12": a name and a number after the comma.
_R_LIST_NEXT = re.compile(
    r",[ \u00a0]+(?:and[ \u00a0]+|the[ \u00a0]+)?[A-Z][\w'’\-]*(?:[ \u00a0][A-Z][\w'’\-]*)?,[ \u00a0]\d{1,3}\b"
)


def _is_tally_list(text: str, e: int) -> bool:
    """Whether the number ending at ``e`` opens a list "Name, N, Name, N" whose last number
    ends the clause: a medal table or seat count. Ages in a list close with a comma before
    the verb ("Smith, 58, and Jones, 61, were charged")."""
    end, pairs = e, 0
    while (m := _R_LIST_NEXT.match(text, end)) is not None:
        end, pairs = m.end(), pairs + 1
    return pairs > 0 and text[end : end + 1] != ","


_EN_PLURAL_IRREGULAR = frozenset(word_list("people children men women police staff personnel cattle troops"))


def _en_plural(noun: str) -> bool:
    low = noun.lower()
    return low in _EN_PLURAL_IRREGULAR or (low.endswith("s") and not low.endswith("ss"))


def _count_noun(text: str, pos: int, lang: str) -> tuple[str | None, int]:
    """The counted noun right after a number, as written, or None."""
    if lang == "de":
        m = _R_NOUN_DE.match(text, pos)
        if m:
            noun = m.group(1)
            if noun not in _DE_NOT_COUNT_NOUN and noun.lower() not in _MONTHS:
                return noun, m.end()
        return None, pos
    p = pos
    for _ in range(3):
        m = _R_WORD_EN.match(text, p)
        if not m:
            return None, pos
        w = m.group(1)
        lw = w.lower()
        if lw in _EN_STOP or w[0].isupper():
            return None, pos
        if lw in _EN_ADJ:
            p = m.end()
            continue
        return w, m.end()
    return None, pos


def _cardinal_value(token: str, lang: str) -> Decimal | None:
    if token.isdigit():
        return Decimal(token)
    if lang == "de":
        return parse_german_word(token)
    return parse_english_words(token)


# --- words ----------------------------------------------------------------------------


def _word(text: str, s: int, e: int, lang: str) -> _Hit | None:
    w = text[s:e]
    lw = w.lower()
    if lang == "de":
        return _german_word(text, s, e, w, lw)
    return _english_word(text, s, e, w, lw)


def _german_word(text: str, s: int, e: int, w: str, lw: str) -> _Hit | None:
    if lw in _VAGUE_DE:
        return _block(s, e)
    if lw in _DE_ONE:  # only anchored before "Prozent"
        return _complete(text, "de", Decimal(1), s, e, s, is_digits=False, word=lw)
    lo = max(0, s - 16)

    if lw in DE_DENOMINATORS and lw != "halb":
        num = _LEFT_NUMERATOR_DE.search(text, lo, s)
        if num:
            n = _cardinal_value(num.group(1).lower(), "de") if not num.group(1).isdigit() else Decimal(num.group(1))
            if n is None and num.group(1).lower().startswith("ein"):
                n = Decimal(1)
            if n:
                start = num.start(1)
                return _Hit(
                    "fraction", round(float(n / DE_DENOMINATORS[lw]), 4), None, start, e, _qualifier(text, start)
                )
        return None
    if lw in ("dreiviertel",):
        return _Hit("fraction", 0.75, None, s, e, _qualifier(text, s))
    if lw == "hälfte":
        if re.search(r"(?i)(?:erst|zweit|letzt|ander)\w*[ \u00a0]+$", text[lo:s]):
            return None
        if re.search(r"(?i)(?:die|der|zur|eine|einer|gut|knapp|fast|rund)[ \u00a0]+$", text[lo:s]):
            return _Hit("fraction", 0.5, None, s, e, _qualifier(text, s))
        return None
    if lw.startswith("halb"):
        if lw in ("halbe", "halben"):
            # "eine halbe Million", "einer halben Milliarde"
            sm = _R_HALF_SCALE_DE.match(text, e)
            if sm:
                art = _LEFT_ARTICLE_ONE.search(text, lo, s)
                start = art.start() if art else s
                half = Decimal("0.5") * DE_SCALES[sm.group(1).lower()]
                return _complete(text, "de", half, start, sm.end(), start, is_digits=False)
        hm = _R_HALBE_DURATION.match(text, e) if lw in ("halbe", "halben", "halber", "halbes") else None
        if hm:
            unit, factor = _DURATION_UNITS[hm.group(1).lower()]
            return _Hit("duration", 0.5 * factor, unit, s, hm.end(), _qualifier(text, s))
        return None
    if lw in ("million", "millionen", "milliarde", "milliarden"):
        art = _LEFT_ARTICLE_ONE.search(text, lo, s)
        if art and lw in ("million", "milliarde"):
            return _complete(text, "de", Decimal(1), art.start(), s - 1, art.start(), is_digits=False)
        return _block(s, e) if lw.endswith("en") else None
    if lw.startswith("doppelt"):
        # "doppelt so viele", "um das Doppelte": twice; not "die doppelte Staatsbürgerschaft".
        if (lw == "doppelt" and _R_SO_AFTER.match(text, e)) or (
            lw in ("doppelte", "doppelten") and w[0] == "D" and _R_DAS_BEFORE.search(text, lo, s)
        ):
            return _Hit("count", 2, "times", s, e, _qualifier(text, s))
        return None
    if lw == "dutzend":
        art = _LEFT_ARTICLE_ONE.search(text, lo, s)
        if art:
            return _complete(text, "de", Decimal(12), art.start(), e, art.start(), is_digits=False)
        return None

    # "jeder vierte" is a fraction, not an ordinal.
    ordinal = parse_german_ordinal(lw)
    if ordinal and ordinal > 1:
        ev = _LEFT_EVERY.search(text, lo, s)
        if ev:
            return _Hit("fraction", round(1 / ordinal, 4), None, ev.start(), e, _qualifier(text, ev.start()))

    cm = _R_DE_COMPOUND.match(lw)
    if cm:
        n = parse_german_word(cm.group(1))
        if n is None or (cm.group(1) == "ein" and cm.group(2) in ("mal", "fach")):
            return None
        suf = cm.group(2)
        qual = _qualifier(text, s)
        if suf in _DE_COMPOUND_DURATION:
            return _Hit("duration", to_json_number(n), _DE_COMPOUND_DURATION[suf], s, e, qual)
        if suf in ("mal", "malig", "fach"):
            return _Hit("count", to_json_number(n), "times", s, e, qual)
        if suf == "prozentig":
            return _Hit("percent", to_json_number(n), "%", s, e, qual)
        return _Hit("count", to_json_number(n), None, s, e, qual)

    sm = _R_DE_SUPERLATIVE.match(lw)
    if sm:
        return _Hit("ordinal", parse_german_ordinal(sm.group(1) + "e"), None, s, e)

    if ordinal:
        if lw.startswith(("erst", "acht")) and not _LEFT_ORD_CONTEXT.search(text, lo, s):
            return None
        return _Hit("ordinal", ordinal, None, s, e)

    value = parse_german_word(lw)
    if value is None:
        # "Zweidrittelmehrheit", "Dreiviertelmehrheit"
        fm = _R_DE_FRACTION_COMPOUND.match(lw)
        if fm:
            n = parse_german_word(fm.group(1))
            return _Hit("fraction", round(float(n / DE_DENOMINATORS[fm.group(2)]), 4), None, s, e, _qualifier(text, s))
        return _de_noun_compound(text, s, e, lw)
    if lw in ("ein", "eine", "eins"):
        return None
    if _LEFT_RANK.search(text, max(0, s - 12), s) and value == int(value):
        return _Hit("ordinal", int(value), None, s, e)
    dn = _R_DE_DENOM_AFTER.match(text, e)
    if dn and value == int(value) and value < 100:
        den = DE_DENOMINATORS[dn.group(1).lower()]
        return _Hit("fraction", round(float(value / den), 4), None, s, dn.end(), _qualifier(text, s))
    # Mid-sentence capitalised number words are nouns ("die Elf", "außer Acht").
    if (
        w[0].isupper()
        and not _CAPITAL_OK_LEFT.search(text, max(0, s - 3), s)
        and not (e < len(text) and text[e] == "-")
    ):
        return None
    return _complete(text, "de", value, s, e, s, is_digits=False, word=lw)


def _english_word(text: str, s: int, e: int, w: str, lw: str) -> _Hit | None:
    lo = max(0, s - 16)
    parts = lw.split("-")
    head, tail = parts[0], parts[-1]
    qual = None

    if len(parts) > 1:
        # "one-fifth", "two-thirds", "three-quarters"
        if lw in ("quarter-point", "half-point"):
            pt = _fraction_point(text, s, e, 0.25 if head == "quarter" else 0.5, glued=True)
            if pt:
                return pt
        if len(parts) == 2 and tail in EN_DENOMINATORS:
            n = parse_english_words(head)
            if n is not None and 0 < n < 20:
                pt = _fraction_point(text, s, e, float(n / EN_DENOMINATORS[tail]))
                if pt:
                    return pt
                return _Hit("fraction", round(float(n / EN_DENOMINATORS[tail]), 4), None, s, e, _qualifier(text, s))
        if parse_english_ordinal(lw):
            return _ordinal_en(text, s, e, parse_english_ordinal(lw))
        sup = _R_EN_SUPERLATIVE.match(lw)
        if sup and parse_english_ordinal(sup.group(1)):
            return _Hit("ordinal", parse_english_ordinal(sup.group(1)), None, s, e)
        # "five-hour", "two-week", "ten-year-old", "three-point", "three-time"
        n = None
        k = len(parts)
        while k > 0 and n is None:
            n = parse_english_words(" ".join(parts[:k]))
            if n is None:
                k -= 1
        if n is None:
            return None
        rest = parts[k:]
        num_end = s + len("-".join(parts[:k]))
        if not rest:
            return _complete(text, "en", n, s, e, s, is_digits=False, word=lw)
        qual = _qualifier(text, s)
        unit_word = rest[0]
        # "one-off", "one-sided", "two-way", "a one-time ally": adjectives, not counts.
        if unit_word in _EN_NOT_UNIT_TAILS or (n == 1 and unit_word == "time"):
            return None
        if unit_word in _DURATION_UNITS:
            unit, factor = _DURATION_UNITS[unit_word]
            end = num_end + 1 + len(unit_word)
            if len(rest) >= 2 and rest[1] == "old":
                end = num_end + len("-" + "-".join(rest[:2]))
            return _Hit("duration", to_json_number(n * factor), unit, s, end, qual)
        if unit_word in ("time", "times", "fold"):
            return _Hit("count", to_json_number(n), "times", s, num_end + 1 + len(unit_word), qual)
        if unit_word in ("percent",):
            return _Hit("percent", to_json_number(n), "%", s, num_end + 1 + len(unit_word), qual)
        return _Hit("count", to_json_number(n), unit_word, s, num_end + 1 + len(unit_word), qual)

    if lw.endswith("fold"):
        n = parse_english_words(lw[:-4])
        return _Hit("count", to_json_number(n), "times", s, e, _qualifier(text, s)) if n else None
    if lw in ("twice", "thrice"):
        return _Hit("count", 2 if lw == "twice" else 3, "times", s, e, _qualifier(text, s))
    if lw == "dozen":
        art = _LEFT_ARTICLE_ONE.search(text, lo, s)
        if art:
            return _complete(text, "en", Decimal(12), art.start(), e, art.start(), is_digits=False)
        return None
    if lw in ("million", "billion", "trillion"):
        art = _LEFT_ARTICLE_ONE.search(text, lo, s)
        if art:
            return _complete(text, "en", Decimal(1), art.start(), s - 1, art.start(), is_digits=False)
        return None
    if lw == "half":
        art = re.search(r"(?i)(?<![\w])(?:a|one)[ \u00a0]+$", text[lo:s])
        pt = _fraction_point(text, lo + art.start() if art else s, e, 0.5)
        if pt:
            return pt
        sm = _R_HALF_SCALE_EN.match(text, e)
        if sm:  # "half a million barrels", "half a dozen"
            scale = 12 if sm.group(1) == "dozen" else EN_SCALES[sm.group(1)]
            return _complete(text, "en", Decimal("0.5") * scale, s, sm.end(), s, is_digits=False)
    if lw in ("half", "halves"):
        if re.search(
            r"(?i)(?:first|second|third|fourth|other|latter|last|the)[ \u00a0]+$", text[lo:s]
        ) and not re.search(r"(?i)(?:than|over|almost|nearly)[ \u00a0]+the[ \u00a0]+$", text[max(0, s - 25) : s]):
            return None
        hd = _R_HALF_DURATION.match(text, e)
        if hd:
            unit, factor = _DURATION_UNITS[hd.group(1)]
            return _Hit("duration", 0.5 * factor, unit, s, hd.end(), _qualifier(text, s))
        nxt = re.match(r"[ \u00a0]+(of|the|a|an|its|their|his|her|our)\b|[ \u00a0]*[.,;:]", text[e : e + 8])
        if nxt:
            start = s
            art = re.search(r"(?i)(?<![\w])(?:a|one)[ \u00a0]+$", text[lo:s])
            if art:
                start = lo + art.start()
            return _Hit("fraction", 0.5, None, start, e, _qualifier(text, start))
        return None

    if lw in EN_DENOMINATORS and lw not in ("half", "halves"):
        num = _LEFT_NUMERATOR_EN.search(text, lo, s)
        ordinal = parse_english_ordinal(lw)
        if num and not _LEFT_ORD_CONTEXT_EN_BLOCK.search(text, lo, num.start()):
            nword = num.group(1).lower()
            n = Decimal(1) if nword in ("a", "an") else _cardinal_value(nword, "en")
            plural = lw.endswith("s")
            # "a third of", "two thirds", "cut by a third": a fraction; "a third term" is not.
            pt = _fraction_point(text, num.start(1), e, float(n / EN_DENOMINATORS[lw])) if n else None
            if pt:
                return pt
            if n and (plural or _R_OF_AFTER.match(text, e) or n > 1 or _by_fraction(text, num.start(), e)):
                start = num.start(1)
                return _Hit(
                    "fraction", round(float(n / EN_DENOMINATORS[lw]), 4), None, start, e, _qualifier(text, start)
                )
        if ordinal and not lw.endswith("s") and lw != "quarter":
            return _ordinal_en(text, s, e, ordinal)
        return None

    ordinal = parse_english_ordinal(lw)
    if ordinal:
        return _ordinal_en(text, s, e, ordinal)

    # Cardinal words, possibly several: "two hundred and fifty".
    end = e
    phrase = [lw]
    best_val = parse_english_words(lw)
    best_end = e
    while nm := _R_EN_NUM_CONT.match(text, end):
        phrase.append(nm.group(1).lower())
        end = nm.end()
        val = parse_english_words(" ".join(phrase))
        if val is not None:
            best_val, best_end = val, end
    if best_val is None:
        return None
    half = _R_AND_A_HALF.match(text, best_end)
    if half:
        best_val += Decimal("0.5")
        best_end = half.end()
    dn = _R_EN_DENOM_AFTER.match(text, best_end)
    if dn and best_end == e and best_val < 20 and (best_val == 1) == (not dn.group(1).endswith("s")):
        den = EN_DENOMINATORS[dn.group(1).lower()]
        if best_val > 1 or _R_OF_AFTER.match(text, dn.end()):
            return _Hit("fraction", round(float(best_val / den), 4), None, s, dn.end(), _qualifier(text, s))
    if lw == "one" and best_end == e and (_LEFT_NO_ONE.search(text, lo, s) or _EN_ONE_BLOCK_AFTER.match(text, e)):
        return None
    return _complete(text, "en", best_val, s, best_end, s, is_digits=False, word=lw)


# "nine-figure sum", "double-digit": sizes of a number, not counts.
_EN_NOT_UNIT_TAILS = frozenset(word_list("off on sided way stop liner size upmanship figure digit"))
_R_EN_NUM_CONT = re.compile(
    r"(?i)(?:[ \u00a0]+(?:and[ \u00a0]+)?|-)(one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b"
)
_R_DE_FRACTION_COMPOUND = re.compile(
    r"(zwei|drei|vier|fünf|sieben|neun)(drittel|viertel|fünftel|sechstel|siebtel|achtel|zehntel)(?=[a-zäöüß])"
)
# A number word that counts the parts of a compound noun ("Dreiparteienkoalition",
# "Zehnpunkteplan"), its time ("Fünfjahresplan", "Zwölfstundenstreik") or a share
# ("Fünfprozenthürde"), as "28-Punkte-Entwurf" and "Fünf-Prozent-Hürde" do with hyphens.
_R_DE_NOUN_COMPOUND = re.compile(
    r"(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert)"
    r"(?:(jahres|monats|wochen|tages|stunden|minuten|prozent)|punkte|parteien|stufen|mächte)[a-zäöüß]{3,}"
)
_DE_COMPOUND_TIME = {
    "jahres": "year", "monats": "month", "wochen": "week", "tages": "day", "stunden": "hour", "minuten": "minute",
}


def _de_noun_compound(text: str, s: int, e: int, lw: str) -> _Hit | None:
    m = _R_DE_NOUN_COMPOUND.fullmatch(lw)
    if m is None:
        return None
    n = to_json_number(parse_german_word(m.group(1)))
    if m.group(2) == "prozent":
        return _Hit("percent", n, "%", s, e, _qualifier(text, s))
    if m.group(2):
        return _Hit("duration", n, _DE_COMPOUND_TIME[m.group(2)], s, e, _qualifier(text, s))
    return _Hit("count", n, None, s, e, _qualifier(text, s))


_R_DE_DENOM_AFTER = re.compile(
    r"(?:[ \u00a0]+|-)(Drittel|Viertel|Fünftel|Sechstel|Siebtel|Achtel|Neuntel|Zehntel|Zwölftel"
    r"|Zwanzigstel|Hundertstel|Tausendstel)\b"
)
_R_EN_DENOM_AFTER = re.compile(
    r"[ \u00a0]+(halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"
    r"|twelfths?|hundredths?)\b"
)
_R_AND_A_HALF = re.compile(r"[ \u00a0]+and a half\b")
_R_POSSESSIVE = re.compile(r"\w['’]s[ \u00a0]+$")
_LEFT_ORD_CONTEXT_EN_BLOCK = re.compile(r"(?i)(?:first|second|third|fourth|last)[ \u00a0]+$")


_R_FRACTION_POINT = re.compile(
    r"[ \u00a0]+(?:(?:of[ \u00a0]+)?an?[ \u00a0]+)?(percentage[ \u00a0]+)?points?\b"
)
_R_RATE_NEAR = re.compile(r"(?i)%|\bper ?cent|\brates?\b|\byields?\b|\binflation\b|\bpolls?\b")


def _fraction_point(text: str, s: int, e: int, value: float, *, glued: bool = False) -> _Hit | None:
    """ "a quarter point", "half a percentage point", "three-quarters of a point": percentage
    points (``glued``: "quarter-point" ends at ``e``). A bare "point" only near a rate or a
    percentage, since chess has half points too."""
    if glued:
        end, percentage = e, False
    else:
        pm = _R_FRACTION_POINT.match(text, e)
        if pm is None:
            return None
        end, percentage = pm.end(), pm.group(1) is not None
    if not percentage and not _R_RATE_NEAR.search(text, max(0, s - 60), min(len(text), end + 60)):
        return None
    return _Hit("percent", round(value, 4), "pp", s, end, _qualifier(text, s))


def _ordinal_en(text: str, s: int, e: int, ordinal: int) -> _Hit | None:
    lo = max(0, s - 16)
    if ordinal > 1:
        ev = _LEFT_EVERY.search(text, lo, s)
        if ev:
            return _Hit("fraction", round(1 / ordinal, 4), None, ev.start(), e, _qualifier(text, ev.start()))
    # After an article, or a possessive ("the port's first strike").
    if ordinal in (1, 2) and not _LEFT_ORD_CONTEXT.search(text, lo, s) and not _R_POSSESSIVE.search(text, lo, s):
        return None
    return _Hit("ordinal", ordinal, None, s, e)
