"""What stands before a number: left-context patterns, cheap gates before them, character classes."""

from __future__ import annotations

import re

from ..wordtrie import word_list

# "$US110", "$NZ2.5 billion", "$A1.2 billion": Australian copy (AAP) writes the country after the sign.
# Reuters writes the Taiwan dollar "T$" (or "NT$"), older Irish copy the Irish pound "IR£".
_LEFT_CURRENCY = re.compile(
    r"(?:(\$US|\$NZ|\$A|US\$|NZ\$|HK\$|NT\$|(?<![\w])T\$|A\$|C\$|S\$|R\$|IR£|[€$£¥₹₽₺₩₴₦])"
    r"|\b(EUR|USD|GBP|CHF|JPY)[ \u00a0])$"
)
# Indian "Rs 160", "Rs. 6,000", "Rs.500" and "₹ 500" with a space: rupees (see digits._digits).
_LEFT_RUPEE = re.compile(r"(?<![\w])(?:Rs\.?[ \u00a0]?|₹[ \u00a0])$")
# ("free cash flow was negative 1.9 billion euros": English "negative" before a figure, batch 364; a
# countdown's "T-minus 10 minutes" is no sign, batch 379; an en dash glued to the figure is a minus as German
# tables write it, "Konzernergebnis –38 Mio. Euro", "–18,4 Grad", batch 382)
_LEFT_MINUS = re.compile(r"(?:(?<!\w)(?<!T-)(?<!T )(?:minus|negative)[ \u00a0]+|−|(?<![\w\d%])[-–])$")
_IDENTIFIER_WORDS = [
    *word_list("""
    Nr. Nrn. Nummer No. Nos. Art. Artikel Article § §§ Paragraf Paragrafen Paragraph Paragraphen Abs. Absatz
    Kapitel Chapter section sections subsection Abschnitt
    Flug Flight Linie Gleis Zimmer Room Resolution Version Folge Episode Staffel Band Vol. Heft Seite
    Seiten page pages S. p. pp. Tel. Telefon Fax Postfach Halle Terminal Gate Block Hausnummer
    Aktenzeichen Az. Bundesstraße Autobahn Route Highway Interstate Modell Model Typ Type Tranche Paket
    Sanktionspaket Boeing Airbus Cessna Embraer Bombardier ATR iPhone Windows FTSE S&P Stoxx EuroStoxx Nikkei CAC
    Russell Nasdaq ASX Fortune
    Formel Formula junction junctions Exit Kreis Wahlkreis tier Tier
    Class Grade log reference ref. ref Reactor Reaktor H.R. H.Res. S.Res.
    Ziffer Ziff. clause Einzelplan Einzelplans Scope
    """),
    *["case number", "crime number", "incident number", "reference number", "log number"],
]
# (Police appeals: "quoting log 1842", "crime reference 14/2291", "case number 7730" name a file;
# "between junctions 10 and 11" numbers a motorway's exits, as "A9" names the road; Zurich's "Kreis 12" a
# district; "Absatz 1 Ziffer 3" an item of a provision, batch 367; "The amendment, new clause 14, was defeated",
# batch 375.)
# Broadcasters' channels: "told BBC Radio 4", "Channel 4 reported", "auf ORF 2"; capitalised only
# ("a channel 4 metres wide", "the radio 4 hours a day" stay counts). "BBC One", "Radio Four":
# see english._english_word; "Ö1", "ORF III", "ZDF" carry no figure already.
_CHANNEL_WORDS = word_list("BBC Radio Channel ORF")
# Names with a number in them, capitalised only: a party ("BÜNDNIS 90/DIE GRÜNEN"), a station
# ("told Newstalk 1010"), a rule of a code ("a Rule 2.7 announcement"); "as a rule 20 percent" stays.
# Rockets, probes, charts and fuels name their figure too: "Ariane 6", "Voyager 1", "Billboard 200",
# "the Billboard Hot 100", "Ö3 Austria Top 40", "Super 95" ("the top 40 firms" stays a count).
_NAME_WORDS = [
    *word_list("Bündnis BÜNDNIS Newstalk Rule Ariane Voyager Falcon Artemis Billboard Super"),
    # (missions and crews named by their running number: "Apollo 17", "Mariner 10", "Expedition 74", batch 437)
    *word_list("Apollo Mariner Expedition Gemini Pioneer Viking Shenzhou Tianzhou"),
    *["Long March"],  # ("a Long March 5 rocket", batch 379)
    # Races named by their length: "a two-time Indianapolis 500 winner", "the Daytona 500".
    *word_list("Indianapolis Indy Daytona"),
    # France's top leagues: "Ligue 1", "Ligue 2" (batch 299; Germany's "2. Bundesliga" is an ordinal).
    *word_list("Ligue"),
    # Rail discount cards: "BahnCard 25", "BahnCard 50" name a product, not a figure.
    *word_list("BahnCard Bahncard"),
    # Airlines' codes before a flight number: "LH 400 nach New York", "BA 117 cancelled".
    *word_list("LH BA VS AA UA DL AF KL OS LX EK QR TK EW"),
    *["Billboard Hot", "Austria Top", "Il Sole"],  # ("Il Sole 24 Ore", a paper)
    # A bill numbered after its chamber: "House Bill 3991", "Senate Bill 12" (see places for wards).
    *["House Bill", "Senate Bill", "Assembly Bill"],
    # Congress numbers its bills "H.R. 2882" (above); parliaments number amendments and clauses
    # ("Amendment 47, tabled by", "New Clause 20"); "the 14th Amendment" is an ordinal.
    *word_list("Amendment Clause"),
    # Ballot measures: "Proposition 3", "Issue 2", "Question 4" (batch 368; "plans to issue 1.6 trillion yuan",
    # "passed the measure 67-32" stay figures).
    *word_list("Proposition Prop. Measure Question Issue"),
    # A union local ("United Auto Workers Local 482") and a plant's USDA establishment number ("EST.
    # 4410"; lower-case "est." is "estimated").
    *word_list("Local EST."),
]
# Numbered places and services: a platform, a fare zone, a line, a hotline, an emergency number, a
# unit ("von Bahnsteig 3", "within Zone 1", "Straßenbahnlinie 43", "Gesundheitshotline 1450",
# "Notrufnummern 112 und 144", "Panzerbrigade 45"); German compounds end in the noun. Capitalised
# only ("a zone 40 km wide" stays a count); digits reads a unit after them as a measure (group "c").
# Runways by their heading ("die Pisten 28 und 32", "Runway 27", "Piste 16").
_NUMBERED_WORDS = word_list(
    "Bahnsteig Bahnsteigen Zone Platform Platforms platform platforms Hotline Berth Berths Piste Pisten Runway Runways"
    " runway runways Landebahn Startbahn"
)
# "Für die Rechtsstaatskapitel 23 und 24": a compound's numbered chapter, as "Kapitel 23" is.
_NUMBERED_HEADS_DE = word_list("linie linien nummer nummern hotline bahnsteig bahnsteigen brigade kapitel")
_LEFT_IDENTIFIER = re.compile(
    r"(?i)(?<![\w])(?:"
    + "|".join(re.escape(w) for w in _IDENTIFIER_WORDS)
    + r"|(?-i:"
    + "|".join(re.escape(w) for w in _CHANNEL_WORDS + _NAME_WORDS)
    + r")|(?-i:(?P<c>"
    + "|".join(_NUMBERED_WORDS)
    + r"|[A-ZÄÖÜ][a-zäöüß]*(?:"
    + "|".join(_NUMBERED_HEADS_DE)
    + r"))))[ \u00a0]*$"
)
# "vom Typ ADS 15", "Typ PzH 2000", "the Type 212 CD", "des Typs Falkner 920": a type word, then a
# code or a name, then the figure.
_R_TYPE_CODE = re.compile(r"(?<![\w])(?:Typs?|Types?|Modells?|Models?)[ \u00a0]+[A-Z][A-Za-z\-]*[ \u00a0]+$")
# ... and England's football divisions: "League One", "League Two" (batch 109; "Formula One" above).
_R_CHANNEL_BEFORE = re.compile(r"(?<![\w])(?:BBC|Radio|Channel|League)[ \u00a0]$")
# A numbered lap is a place in a race's order, as a numbered place is: "in Runde 44", "on lap 58"
# ("nach 71 Runden", "after 62 laps" count).
# Places in the plural open a list of ranks: "Auf den Plätzen zwei und drei", "die Ränge 4 bis 6".
_RANK_WORDS = word_list("Platz Rang Position place No. Runde lap Plätze Plätzen Ränge Rängen game")
# "den an Nummer drei gesetzten Norweger", "als Nummer 1 gesetzt", "die Nummer eins der Welt": a
# seeding or a ranking, an ordinal; elsewhere "Nummer 5" names a thing (see _IDENTIFIER_WORDS).
_R_NUMMER_BEFORE = re.compile(r"(?<![\w])(?:Nummer|Nr\.)[ \u00a0]*$")
# Also the best of a tournament or a sport: "die Nummer zwei des Turniers", "Die Nummer eins im
# Herrentennis" ("die Nummer 5 im Kader" names a shirt: no sport after "im").
_R_NUMMER_RANK_AFTER = re.compile(
    r"[ \u00a0]+(?:gesetzt|der[ \u00a0]+(?:Welt|[A-Za-zäöüß]*[Rr]angliste|Setzliste)(?![a-zäöüß])"
    r"|des[ \u00a0]+Turniers(?![a-zäöüß])"
    r"|im[ \u00a0]+[A-ZÄÖÜ][a-zäöüß]*(?:tennis|golf|sport|fußball|schach|skilauf)(?![a-zäöüß]))"
)

# (a ranking named before: "In der Weltrangliste wird der Schweizer, derzeit die Nummer 58, ...", batch 499)
_R_RANKING_BEFORE = re.compile(r"(?:Welt|Jahres|Saison)rangliste(?![a-zäöüß])")


def _nummer_rank(text: str, s: int, e: int) -> bool:
    # ("die Nr. 1 der Weltrangliste", batch 321: the short form of "die Nummer eins")
    return (
        (text.startswith("Nummer", s - 7) or text.startswith("Nr.", s - 4))
        and _R_NUMMER_BEFORE.search(text, max(0, s - 9), s) is not None
        and (
            _R_NUMMER_RANK_AFTER.match(text, e) is not None
            or round_number(text, s)
            or _R_RANKING_BEFORE.search(text, max(0, s - 80), s) is not None
        )
    )



# "die Gesprächsrunde Nummer sechs", "round number six": a round counted, an ordinal (batch 421).
_R_ROUND_NUMBER_BEFORE = re.compile(r"(?:[Rr]unde|[Rr]ound)[ \u00a0]+(?:Nummer|[Nn]umber)[ \u00a0]+$")


def round_number(text: str, s: int) -> bool:
    return _R_ROUND_NUMBER_BEFORE.search(text, max(0, s - 16), s) is not None


# "von Startplatz eins", "auf Tabellenplatz drei", "Podestplatz 3": a place in one word.
_LEFT_RANK = re.compile(
    r"(?i)(?<![\w])(?:start|tabellen|podest)?(?:" + "|".join(re.escape(w) for w in _RANK_WORDS) + r")[ \u00a0]+$"
)
# The later items of a list of places ("Plätzen zwei und drei": "drei").
_LEFT_RANK_LIST = re.compile(
    r"(?<![\w])(?:Plätzen?|Rängen?|Ränge)(?:[ \u00a0]+(?:\d{1,2}|[a-zäöü]{3,7})"
    r"(?:,|[ \u00a0]+(?:und|bis|oder))){1,3}[ \u00a0]+$"
)


def later_rank(text: str, s: int) -> bool:
    """A later item of a list of places before ``s``: "auf den Plätzen zwei und"."""
    window = text[max(0, s - 45) : s]
    return ("Plätze" in window or "Ränge" in window) and _LEFT_RANK_LIST.search(text, max(0, s - 45), s) is not None


def left_rank(text: str, s: int) -> bool:
    """A place in a ranking before ``s``: "auf Platz", "Rang", "auf den Plätzen", "auf den Plätzen zwei und"."""
    return _LEFT_RANK.search(text, max(0, s - 12), s) is not None or later_rank(text, s)


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


_IDENTIFIER_GATE = _word_gate(_IDENTIFIER_WORDS + _CHANNEL_WORDS + _NAME_WORDS + _NUMBERED_WORDS + _NUMBERED_HEADS_DE)
_RANK_GATE = _word_gate(_RANK_WORDS)
# Words after which a four-digit number is a year even when a noun follows ("seit 2019
# Präsident", "by 2030 emissions"); weaker ones ("von", "bis") only when nothing is counted.
_LEFT_YEAR_STRONG = re.compile(
    r"(?i)(?<![\w])(?:seit|im jahr|im jahre|jahr|jahres|anfang|ende|mitte|frühjahr|sommer"
    r"|herbst|winter|zwischen|since|in|by|until|till|before|after|during|from|between|of|beyond"
    r"|year|fiscal|early|late|mid|spring|summer|autumn|fall|through|jänner|januar|februar|märz"
    r"|april|mai|juni|juli|august|september|oktober|november|dezember|january|february"
    r"|march|may|june|july|october|december|(?:1[89]|20)\d\d[ \u00a0]*(?:und|bis|and|to|or"
    r"|oder|[-–]))[ \u00a0]*[-–]?[ \u00a0]*$"
)
# Among them words of founding, birth, death and records, for years before 1800 ("gegründet
# 1291", "starb 1791", "born 1756", "seit Beginn der Aufzeichnungen 1767").
_LEFT_YEAR_WEAK = re.compile(
    r"(?i)(?:(?<![\w])(?:bis|ab|von|vor|nach|um|und|and|oder|or|to|im|am|gegründet|gegr\.|erbaut|errichtet"
    r"|geboren|geb\.|gestorben|gest\.|starb|endete|begann|entstand|anno|founded|established|born)"
    # ("für das Pestjahr 1634", "Baujahr 1675", batch 489)
    r"|aufzeichnungen|messungen|messbeginn|messreihe|(?<=[a-zäöüß])jahr|(?<=[a-zäöüß])jahres)[ \u00a0]*$"
)
_LEFT_ORD_CONTEXT = re.compile(
    r"(?i)(?<![\w])(?:der|die|das|den|dem|des|am|im|zum|zur|beim|vom|ins|ihr\w*|sein\w*"
    r"|unser\w*|meine?[mnrs]?|deine?[mnrs]?|euer|eure[mnrs]?|ein|eine|einem|einen|einer|eines|dies\w*"
    r"|jede\w*|deren|dessen|the|its|his|her|their|our|my|your|a|for the|this|that)[ \u00a0]+$"
)
_LEFT_EVERY = re.compile(r"(?i)(?<![\w])(?:jede[rsnm]?|every)[ \u00a0]+$")
_LEFT_ARTICLE_ONE = re.compile(r"(?i)(?<![\w])(?:ein|eine|einer|einem|einen|eines|a|an|one)[ \u00a0]+$")

_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÄÖÜäöüß")
_SPACE = frozenset(" \u00a0")
_CURRENCY_CODES = frozenset(["EUR", "USD", "GBP", "CHF", "JPY"])


# A capitalised number word opens a sentence, a quote, a line, or the text after a dateline's dash
# ("Bern (SDA) - Drei Prozent ...").
_CAPITAL_OK_LEFT = re.compile(r"(?:^|[.!?:;\"„“”»«(\n]\s*|\n|\s[-–—]\s+)$")


def _is_word_char(ch: str) -> bool:
    """What re's \\w matches, for one character."""
    return ch.isalnum() or ch == "_"
