"""Candidate starts of quantities: digits, number words, "ein" before "Prozent", English month-first dates."""

from __future__ import annotations

import re

from ..numbers import parse_german_word
from ..wordtrie import trie_pattern, with_capitals, word_list
from .age_groups import age_compound_anchors
from .context import _LEFT_RANK, _is_word_char, _nummer_rank
from .fiscal_years import fiscal_year_anchors
from .frequencies import frequency_one_anchors
from .prefixes import prefixed_anchors
from .tables import _MONTH_EN
from .vulgar import vulgar_anchors

# Anchors: where a quantity may start. Each is its own trie-shaped, case-sensitive regex
# (plain and capitalised forms), which Python scans much faster than one alternation.
_DE_WORD_STEMS = [
    "null", "zwei", "zwo", "drei", "dritt", "vier", "fünf", "sechs", "sechzehn", "sieb", "acht", "neun", "zehn", "elf",
    "zwölf",
    "zwanzig", "dreißig", "dreissig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
    "hundert", "tausend", "erst", "halb", "hälfte", "anderthalb", "dutzend", "million", "milliarde",
    "billion", "doppelt", "einhundert", "eintausend", "einund", "eineinhalb", "eineinviertel", "eindreiviertel",
    "einstündig", "eintägig",
    "einwöchig", "einmonatig",
    "einjährig", "einminütig", "einsekündig", "einköpfig", "eindrittel", "einviertel", "einfünftel",
    "einzehntel",
    "einpersonen", "einzimmer", "einbettzimmer", "einraumwohnung",
    "einstunden", "einminuten", "eintages", "einwochen", "einmonats", "einjahres",
]
_EN_WORD_LIST = word_list(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "zero seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion trillion dozen score twice thrice double triple treble quadruple "
    "first second third fourth fifth sixth seventh eighth "
    "ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
    "nineteenth twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth "
    "thousandth millionth billionth half halves quarter quarters thirds fourths fifths sixths sevenths eighths "
    "ninths tenths "
    "twelfths hundredths threefold fourfold fivefold sixfold sevenfold eightfold ninefold tenfold "
    "twelvefold twentyfold hundredfold nought centenary centennial bicentenary bicentennial tercentenary"
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
_R_PROZENT_WORD = re.compile(r"(?:Prozent(?:punkte?n?)?|Basispunkte?n?|Mrd\.|Mio\.)(?![\wäöüß])")

# "$US110", "$NZ2.5 billion": letters between the sign and the digits (AAP), so no digit anchor.
_R_GLUED_DOLLAR = re.compile(r"\$(?:US|NZ|A)(\d+(?:[.,'’\u00a0\u202f]\d+)*)")

# Needs a word boundary before it, checked by _anchors (a leading \b would make re try every position).
_R_MONTH_DATE_EN = re.compile(_MONTH_EN + r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}\b)?")
# ... in capitals, as datelines and embargo lines write them ("NOV 17 (Reuters) -", "UNTIL 0001 GMT
# WEDNESDAY MARCH 10"; batch 282); not "MAY" (a modal in a capitalised headline). A pattern of its own: one
# alternation of both spellings loses re's literal-prefix scan and runs about seven times slower.
_R_MONTH_DATE_CAPS_EN = re.compile(
    r"(?:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?\s+\d{1,2}\b(?:,?\s+\d{4}\b)?"
)
# "a Long March 5 rocket": a rocket's name, no date (batch 283).
_LONG_MARCH = "Long "


_R_PHONE = re.compile(r"(?:1-)?\d{3}-\d{3}-\d{4}(?![\w-])")
# The street and house number before a postal code ("Donaustraße 18, " before "89073 Ulm").
_R_STREET_BEFORE = re.compile(
    r"(?:[Ss]traße|[Ss]trasse|[Ss]tr\.|gasse|weg|platz|allee|ring|damm|ufer|Street|Road|Avenue)[ \u00a0]+\d{1,4}[a-z]?,"
    r"[ \u00a0]+(?:[A-Z]-)?$"
)
_R_PLACE_AFTER = re.compile(r"[ \u00a0]+[A-ZÄÖÜ]")


def _not_figures(text: str, found: list) -> list:
    """Drop the digit anchors of a telephone number ("888-555-0143", "1-800-555-0199") and of a postal code after
    a street address ("Donaustraße 18, 89073 Ulm"): no figures (batch 113). Only anchors shaped like one are
    looked at, so most texts run no pattern here."""
    skip: list[tuple[int, int]] = []
    for s, e, *_ in found:
        if skip and s < skip[-1][1]:
            continue
        if text[e : e + 1] == "-" and e - s in (1, 3):
            m = _R_PHONE.match(text, s)
            if m is not None and (s == 0 or not (text[s - 1].isalnum() or text[s - 1] in ".,-")):
                skip.append(m.span())
        elif (
            e - s in (4, 5)
            and text[s - 2 : s] == ", "
            and _R_PLACE_AFTER.match(text, e)
            and _R_STREET_BEFORE.search(text, max(0, s - 40), s)
        ):
            skip.append((s, e))
    return [a for a in found if not any(b <= a[0] < c for b, c in skip)] if skip else found


def _anchors(text: str, lang: str) -> list[tuple[int, int, int, re.Match | None]]:
    """Candidate starts in text order: (start, end, kind 0 digits / 1 word / 2 date / 3 fiscal
    year, match)."""
    found = [(*m.span(), 0, None) for m in _R_DIGIT_ANCHOR.finditer(text)]
    # A run whose head is glued to letters starts no anchor, and neither does its tail after a
    # separator: "A1.5", "Q3.2" gave "5" and "2", "R2.5bn" 5bn. Currency letters: see prefixes.
    # (a[0] > 1: at the text's start the slices wrap around to its end: "2024 kamen ... 2001.")
    found = [a for a in found if not (a[0] > 1 and text[a[0] - 1] in ".,'’" and text[a[0] - 2].isdigit())]
    found = _not_figures(text, found)
    if glued := prefixed_anchors(text):
        found = sorted(found + glued)
    if alone := vulgar_anchors(text):
        found = sorted(found + alone)
    words = [(*m.span(), 1, None) for m in _R_WORD_ANCHOR[lang].finditer(text)]
    if lang == "de":
        words += _one_percent_anchors(text)
        if any(k in text for k in ("wischen", "on ein", "in bis ", "ine bis ", "in, zw", "in, dr")):
            words += _between_one_anchors(text)
        words += _rank_one_anchors(text)
        words += _rank_compound_anchors(text)
    if lang == "en":
        words += age_compound_anchors(text)  # "the under-five death toll"
        if "op-" in text or "ast-" in text:
            words += [(*m.span(), 1, None) for m in _R_TOP_WORD_EN.finditer(text)]  # "a top-five player"
        # No later match can start inside one rejected for the boundary (it holds no
        # capital after a non-word character), so filtering equals a leading \b.
        words += [
            (m.start(), m.end(), 2, m)
            for m in _R_MONTH_DATE_EN.finditer(text)
            if not m.start()
            or (not _is_word_char(text[m.start() - 1]) and not text.endswith(_LONG_MARCH, 0, m.start()))
        ]
        words += [
            (m.start(), m.end(), 2, m)
            for m in _R_MONTH_DATE_CAPS_EN.finditer(text)
            if not m.start() or not _is_word_char(text[m.start() - 1])
        ]
    if "$" in text:
        words += [(*m.span(1), 0, None) for m in _R_GLUED_DOLLAR.finditer(text)]
    words += fiscal_year_anchors(text)
    if ("inmal" if lang == "de" else "nce") in text:
        words += frequency_one_anchors(text, lang)  # "einmal wöchentlich", "once-daily"
    if words:
        found.extend(words)
        found.sort(key=lambda a: (a[0], -a[2]))
    return found


def _one_percent_anchors(text: str) -> list[tuple[int, int, int, None]]:
    found = []
    # ("um einen Basispunkt": 1 bp, batch 324; "eine Mrd. Euro" as "eine Milliarde Euro")
    for word in ("Prozent", "Basispunkt", "Mrd.", "Mio."):
        i = text.find(word)
        while i >= 0:
            m = _R_DE_ONE_BEFORE.search(text, max(0, i - 8), i)
            if m and _R_PROZENT_WORD.match(text, i):
                found.append((*m.span(1), 1, None))
            elif text.endswith(("Ein-", "ein-"), 0, i) and (i < 5 or not text[i - 5].isalpha()):
                found.append((i - 4, i - 1, 1, None))  # "jenseits der Ein-Prozent-Marke" (batch 402)
            i = text.find(word, i + 7)
    return sorted(found)


# "zwischen einem und zehn Jahren", "zwischen einer und drei Stunden": after "zwischen", "ein"
# before "und" and a figure is the lower end of a range, the figure 1 (an article there would
# need its noun before "und").
# So after "von" before "bis" ("in Schritten von einem bis zwei Monaten"; "von einem bis zum
# anderen" has no figure after "bis").
# And bare before "bis" and a number word ("ein bis zehn Jahre Haft", "ein bis zwei Stunden"; not "ein
# bis zu zehn Meter hoher Zaun" nor "ein bis 2030 befristeter Vertrag", where "ein" is the article).
# So before a comma and "zwei" or "drei" ("in ein, zwei Jahren", "ein, zwei Tage"), as "zwei, drei Tage".
_R_BETWEEN_ONE = re.compile(
    r"(?<![\w])(?:[Zz]wischen[ \u00a0]+(ein(?:e[mnr]?)?)[ \u00a0]+und|[Vv]on[ \u00a0]+(ein(?:e[mnr]?)?)[ \u00a0]+bis"
    r"(?:[ \u00a0]+zu)?|(?<![Vv]on )(?<![Zz]wischen )([Ee]in(?:e[mnr]?)?)[ \u00a0]+bis(?=[ \u00a0]+[a-zäöüß])"
    r"|([Ee]in(?:e[mnr]?)?),(?=[ \u00a0]+(?:zwei|zwo|drei)[ \u00a0]))"
    r"[ \u00a0]+(\d|[a-zäöüß]+(?![\w]))"
)


# ... but not a verb's particle before its clause ("Der Schwager räumte ein, zwei Rechnungen gestellt zu haben").
_R_EIN_VERB_BEFORE = re.compile(
    r"(?<![\w])(?:räumte|räumt|räumten|räumen|gestand|gestanden|gesteht|gestehen|wandte|wandten|wendet|sah|sahen"
    r"|sieht|lenkte|lenkt|schränkte|schränkt)[ \u00a0]+$"
)


def _between_one_anchors(text: str) -> list[tuple[int, int, int, None]]:
    return [
        (*m.span(next(k for k in (1, 2, 3, 4) if m.group(k))), 1, None)
        for m in _R_BETWEEN_ONE.finditer(text)
        if (m.group(5).isdigit() or parse_german_word(m.group(5)) is not None)
        and not (m.group(4) and _R_EIN_VERB_BEFORE.search(text, max(0, m.start() - 14), m.start()))
    ]


# "a top-five player", "the last-sixteen tie": how many a ranking or a round holds (english._english_word).
_R_TOP_WORD_EN = re.compile(
    r"(?i)(?<![\w\-])(?:top|last)-(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|sixteen|twenty|thirty|forty|fifty|hundred)(?![\w\-])"
)


def _rank_one_anchors(text: str) -> list[tuple[int, int, int, None]]:
    """ "auf Platz eins", "Rang Eins": "eins" is no anchor word (most of its uses are no figure),
    so it is taken only as a whole word right after a rank word (or "Nummer" of a ranking), or as
    the first end of a range ("auf einer Skala von eins bis fünf"), or before a spoken decimal's "Komma"."""
    found = []
    for word in ("eins", "Eins"):
        i = text.find(word)
        while i >= 0:
            j = i + 4
            if (
                i
                and text[i - 1] in " \u00a0"
                and (j == len(text) or not (text[j].isalnum() or text[j] == "_"))
                and (
                    _LEFT_RANK.search(text, max(0, i - 12), i)
                    or _nummer_rank(text, i, j)
                    or (text.endswith("von ", 0, i) and text.startswith(" bis ", j))
                    or text.startswith(" Komma ", j)  # "eins Komma zwei Millionen" (batch 360)
                )
            ):
                found.append((i, j, 1, None))
            i = text.find(word, j)
    return found


# "Gesamtdritter", "Tabellensechzehnter", "Gruppenzweite", "Weltranglistenerster",
# "Die Weltranglisten-Erste": a rank in a standing, in one word. The prefixes are no anchor stems
# (most of their words hold no figure): each is looked for with str.find, and the word must be the
# prefix and an ordinal noun.
# ("Tageszweiter": second of the day, batch 428)
RANK_PREFIXES_DE = ("Gesamt", "Tabellen", "Gruppen", "Weltranglisten", "Ranglisten", "Tages")
_R_RANK_COMPOUND_DE = re.compile(
    r"(?:Gesamt|Tabellen|Gruppen|Weltranglisten|Ranglisten|Tages)-?([A-ZÄÖÜa-zäöüß][a-zäöüß]+?(?:te|ter|ten))(?![\w])"
)


def _rank_compound_anchors(text: str) -> list[tuple[int, int, int, None]]:
    if (
        "Gesamt" not in text
        and "Tabellen" not in text
        and "Gruppen" not in text
        and "anglisten" not in text
        and "Tages" not in text
    ):
        return []
    found = []
    for prefix in ("Gesamt", "Tabellen", "Gruppen", "anglisten", "Tages"):
        i = text.find(prefix)
        while i >= 0:
            if prefix == "anglisten":
                i -= 5 if text.startswith("Weltr", i - 5) else 1
            if not (i and _is_word_char(text[i - 1])):
                m = _R_RANK_COMPOUND_DE.match(text, i)
                if m:
                    found.append((i, m.end(), 1, None))
            i = text.find(prefix, i + len(prefix) + 1)
    return found
