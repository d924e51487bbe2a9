"""What follows a number: scale words, currencies, percent, time units, "times"; the quick test for a unit-like word."""

from __future__ import annotations

import re
from decimal import Decimal

from ..wordtrie import trie_pattern, word_list
from .tables import _CURRENCIES, _CURRENCY_ADJ, _DE_COMPOUND_DURATION, _DURATION_UNITS, _SUBUNITS

_R_SCALE = re.compile(
    r"[ \u00a0\-]?(Millionen|Million|Mio\.|Mio\b|Milliarden|Milliarde|Mrd\.|Mrd\b|Mia\.|Billiarden|Billiarde|Billionen"
    r"|Billion|Bio\.|Tausend|Tsd\.|thousand|millions|million|billions|billion|trillion|mln"
    r"|bln|mn|bn|tn|trn|trln|TRLN|lakhs?|crores?"
    # (flashes in capitals: "338 MIO. EURO", "13,96 MRD. EURO", "5.2 BLN", "1.1 BN", batch 430)
    r"|MIO\.|MIO\b|MRD\.|MRD\b|MLN|BLN|BN"
    r"|Mill\.)(?![\w])"  # ("61,3 Mill. Euro", batch 395; Reuters' flashes write "2.93 TRLN YEN")
)
# Swiss "Mia." is "Milliarden" ("11,7 Mia. Franken"); only with its point ("Mia" is a name).
_SWISS_SCALES = {"Mia.": 10**9}
_R_MONEY_SUFFIX_SCALE = re.compile(r"(m|b|k|K|M|B)\b")  # ("$85K", batch 342; "$10.7B", "$300M", batch 430)
# Gas volumes abbreviate their scale: "bcm" is billion cubic metres, "tcf" trillion cubic feet;
# the letter multiplies as "bn" does, the abbreviation stays the counted unit. ("mcm" and "mcf"
# are left as written: "m" may be a thousand or a million; but "mcm" is million cubic metres in gas
# markets' copy, batch 345.)
_R_VOLUME_SCALE = re.compile(r"[ \u00a0]?(?P<s>[bBtT](?=c[mf])|m(?=cm))c[mf](?![\w])")
_VOLUME_SCALES = {"b": 10**9, "t": 10**12, "m": 10**6}
# (an adjective may stand before the plural: "14.2m active users", batch 426; not a length: "a 5m high wall")
_R_EN_M_MILLION = re.compile(
    r"[mM][ \u00a0]+(?:(?!(?:high|long|wide|deep|tall|thick|away|apart)\b|[a-z]*[^s]s\b)[a-z]+[ \u00a0]+"
    r"(?=(?!(?:was|is|has|does|this|its|his|us|as|thus|plus|less|across)\b)[a-z]+s\b))?"
    r"([A-Za-z][a-z\-]*)\b"
)
_EN_M_NOT_MILLION = frozenset(
    word_list("""
    hurdles heats relays finals semis semifinals semi-finals races events titles medals records
    champions runners sprinters swimmers athletes splits metres meters yards laps lengths standings rankings bests
    """)
)
# A glued "m" with nothing counted after it (see cardinals._bare_m_is_million): what may
# follow it, what before it in the sentence speaks of millions, and what of a length.
_M_END = frozenset(["", " ", "\u00a0", ",", ".", ";", ":", ")", "!", "?"])
_R_MILLIONS_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:sales|revenues?|profits?|turnover|earnings|users|viewers|audiences?|visitors"
    r"|customers|subscribers|members|membership|passengers|population|people|residents|jobs|homes"
    r"|households|votes|voters|downloads|copies|units|vehicles|cars|tourists|claims|applications"
    r"|patients|cases|barrels|followers|listeners|readers|workers|employees|migrants|refugees"
    r"|deliveries|shipments|orders|tickets|signatures|streams|debts?|deficit|loss|losses|budget"
    r"|funding|spending|costs?|investment|numbers|figures"
    # Ratings copy: "the most-watched programme on Christmas Day with 7.9m" (PA writes "m").
    r"|watched|ratings|overnights?|viewing)(?![\w])|[£$€][ \u00a0]?\d"
    # (an amount in words before it: "paid 45 million pounds, rising to 52m"; batch 281)
    r"|(?<![\w])(?:million|billion)[ \u00a0]+(?:pounds|euros|dollars|francs|sterling)(?![\w])"
)
_R_LENGTH_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:metres?|meters?|feet|foot|height|depth|length|width|levels?|water|river|sea|tide"
    r"|waves?|flood\w*|snow\w*|jump\w*|vault|cleared|threw|throw|hurdles|sprint|race|freestyle|distance"
    r"|altitude|elevation|wall|tall|deep|long|wide"
    r"|measur(?:ed|es|ing)|narrower|wider|taller)(?![\w])"  # ("the bedroom measured just 2.4m by 3m", batch 502)
)
_R_LENGTH_AFTER = re.compile(
    r"[ \u00a0]*(?:\([ \u00a0]?\d[\d.,]*[ \u00a0]?(?:ft|feet|in)\b|(?:high|tall|deep|long|wide|away|apart"
    r"|above|below|ft|feet|in[ \u00a0]+(?:height|length|diameter))(?![\w])"
    r"|[ \u00a0]+(?:by|x|×)[ \u00a0]+\d[\d.,]*m(?![\w]))"
)
_R_DOZEN = re.compile(r"[ \u00a0](?i:dutzend|dozen)\b")
# Both alternations as tries (see wordtrie): re tries a flat alternation branch by branch.
_CURRENCY_ADJ_WORDS = list(_CURRENCY_ADJ)  # matched case-insensitively; the table says which currency
# Written out, with the two-word names added to the list.
_CURRENCY_WORDS = [*word_list("""
    Euro EUR € US-Dollar Dollar USD $ Pfund £ Franken CHF Rubel Yen JPY Yuan Renminbi CNY Hrywnja
    Hrywnjas Hrywnia Griwna Zloty Złoty PLN Forint forint Lira lira Rupie Rupien Cent Rappen GBP RUB UAH INR AUD CAD SEK
    cent NOK DKK CZK euro euros dollar dollars pound pounds sterling stg franc francs rouble roubles ruble rubles
    yen yuan renminbi hryvnia hryvnias zloty zlotys rupee rupees cents pence won reais Kronen Krone Rand
    Naira Schekel Baht Ringgit Rupiah Dirham Riyal Peso Pesos Schilling crown crowns krone kroner kronor
    krona koruna korunas rand naira shekel shekels baht ringgit rupiah dirham dirhams riyal riyals peso
    pesos shilling shillings liras lire ZAR NGN ILS THB AED SAR NZD SGD MXN ARS Fr. paise paisa kopecks kopeks
    Kopeken Lew Lewa lev leva BGN Rial rial rials dong Dong Sonderziehungsrechte Sonderziehungsrechten SDR SDRs
    XDR Reais Taka taka Won soles PEN Taiwan-Dollar Hongkong-Dollar Singapur-Dollar
    Kwacha kwacha Cedi cedi cedis ct Birr birr ETB D-Mark Mark zł forints Rp. ¢
    EURO EUROS DOLLAR DOLLARS FRANKEN FRANCS PFUND POUNDS YEN YUAN
    DM öS sFr.
    Gulden guilder guilders Peseten peseta pesetas Drachmen drachma drachmas drachmae markka markkaa markkas
    Deutschmark Deutschmarks Escudos escudos escudo Lire
    """), "special drawing rights", "Irish pounds", "Irish pound", "Deutsche Mark", "euro cents", "euro cent",
    "Pfund Sterling", "pounds sterling", "convertible marks", "convertible mark", "Konvertible Mark", "BAM",
    "CFA francs", "CFA franc", "CFA-Franc", "CFA-Francs", "Franc CFA",
    "Francs CFA", "francs CFA", "franc CFA", "XOF"]
# Amounts before a cent in the same sentence, the last decides: "€1.79 a litre, up 9 cent",
# "A$5.7bn ... 60 cents a share" (see currency_codes._cent_currency): group "eur" a euro, "pre" the
# letters before a dollar sign, "adj" the word before "dollars", "code" a dollar code.
_R_CENT_OWNER = re.compile(
    r"(?P<eur>€|(?<![\w])(?:[Ee]uros?|EUR)(?![\w]))|(?:(?<![\w])(?P<pre>US|A|C|NZ|HK|S))?\$"
    # ("68 Australian cents a share, down from 91 cents": the first names the second's dollar, batch 327)
    r"|(?<![\w])(?:(?P<adj>Australian|Canadian|New Zealand|Hong Kong|Singapore)[ \u00a0]+(?:dollars?|cents?)|dollars?)"
    r"(?![\w])"
    r"|(?<![\w])(?P<code>USD|AUD|CAD|NZD|HKD|SGD)(?![\w])"
)
# Brazil's "Real" after a figure ("5,34 Real"), not the club, a compound ("Real-Märkte") or a
# name that goes on ("Real Estate"); the lower-case English adjective never.
_REAL = (
    r"Real(?![\w\-]|[ \u00a0](?:Madrid|Sociedad|Betis|Valladolid|Zaragoza|Oviedo|Mallorca|Murcia|Salt|Estate"
    r"|Housewives|ID)\b)"
)
_R_CURRENCY = re.compile(
    r"[ \u00a0\-]?(?:(?P<adj>(?i:" + trie_pattern(_CURRENCY_ADJ_WORDS) + r"))[ \u00a0\-])?"
    r"(?P<cur>" + trie_pattern(_CURRENCY_WORDS) + "|" + _REAL + r")(?![\w])"
)
# "in den 20 Euro-Ländern", "die 21 Euro-Staaten", "the 20 euro zone countries": the currency's
# area, a compound that names countries, not an amount.
_R_EURO_AREA_AFTER = re.compile(
    r"-(?:Länder|Ländern|Land|Staaten|Staat|Zone|Raum|Raums|Mitglied\w*|Partner\w*|Gruppe|Finanzminister)(?![\wäöüß])"
    r"|[ \u00a0\-](?:zone|area)(?![\w])"
)
# An exchange rate: "152.40 per dollar", "158 je Dollar", "0,93 zum Euro" after the currency it
# prices, named with an article or a country's possessive before the figure ("the yen", "der
# Franken", "the Canadian dollar", "China's yuan"); the figure is money in that currency (see
# currency_codes._exchange_rate).
_RATE_LINKS = (" per ", " je ", " pro ", " to the ", " against the ", " gegenüber dem ", " zum ")
_R_RATE_LINK = re.compile(r" (?:per|je|pro|to the|against the|gegenüber dem|zum)(?= )")
_PRICED_NAMES = [w for w in _CURRENCY_WORDS if w.isalpha() and not w.isupper() and w.lower() not in _SUBUNITS]
# German genitives after "des": "der Kurs des Rubels", "des Dollars" (currency_codes._currency_code reads them).
_PRICED_NAMES += word_list("Dollars Euros Frankens Pfunds Pfundes Rubels Forints Zlotys Rands Schekels")
# "The real weakened", "Brazil's real, which": the English adjective is the currency only as the
# subject of a move ("the real question", "the real estate market" are not).
_REAL_MOVES = (
    r"real(?=,|[ \u00a0]+(?:[a-z]+ed|fell|rose|hit|held|lost|slid|sank|stood|traded|was|is|ended|gained"
    r"|firmed|weakened|strengthened|extended|touched)(?![\w]))"
)
_R_PRICED_CURRENCY = re.compile(
    r"(?<![\w])(?:(?i:the|der|die|das|des|dem|den|vom|beim)|(?P<own>[A-Z][a-z]+)['’]s)[ \u00a0]+"
    r"(?:(?P<adj>[^\W\d_][\w.\-]*(?:[ \u00a0][^\W\d_][\w.\-]*)?)[ \u00a0]+)?"
    r"(?P<cur>" + trie_pattern([*_PRICED_NAMES, "Real"]) + "|" + _REAL_MOVES + r")(?![\w])"
)
# "Rupee hits record low of 90.4 per dollar", "Indian rupee slides to": a headline or sentence
# that opens with the currency it prices, without an article.
_R_OPENING_CURRENCY = re.compile(
    r"[ \u00a0\"“']*(?:(?P<adj>[A-Z][a-z]+)[ \u00a0]+)?(?P<cur>(?i:" + trie_pattern(_PRICED_NAMES) + r"))(?![\w])"
)
# "a 25-basis-point cut", "a 0.25-percentage-point rise": the compound before a noun hyphenates
# the unit's two words.
_R_PERCENT = re.compile(
    # ("um 0,3 Beitragssatzpunkte": points of a contribution rate, a rate's percentage points)
    # ("um 0,4 %-Punkte": percentage points shortened, batch 360)
    r"[ \u00a0\-]?(%-Punkten|%-Punkte|%-Punkt|%|Prozentpunkten|Prozentpunkte|Prozentpunkt|Prozent"
    r"|Beitragssatzpunkte|Basispunkten"
    r"|Basispunkte|Basispunkt|v\.[ ]?H\.|vH\b|percentage[ -]points?|percent|per cent|pct\b"
    r"|basis[ -]points?|bps?\b|pc\b|ppts?\b)"  # ("eased 0.6 ppt to 4.3%": percentage points, batch 405)
)
def percent_unit(sym: str) -> str:
    """The unit of an _R_PERCENT match, lower-cased: "bp", "pp" or "%"."""
    if "basis" in sym or sym in ("bps", "bp"):
        return "bp"
    return "pp" if "punkt" in sym or "point" in sym or sym.startswith("ppt") else "%"


# "for 49 consecutive months": a run of months is a span, as "for 49 months"; so are "three more
# years", "two further weeks", "drei weitere Jahre" (a span added to one before), also with one
# more adjective after it, which carries nothing ("drei zusätzliche freie Tage", "two extra paid
# days"; "fünf heiße Tage" without one stay counted days). Whole years are a span too: "35 qualifying
# years", "three full years", "zwei volle Jahre".
_R_DURATION = re.compile(
    # (a short unit may be glued on: "third at 1min 22sec", "in 2hr")
    r"(?:[ \u00a0]|-|(?=(?:mins?|secs?|hrs?)(?![a-zäöüß])))"
    r"(?:(?:consecutive|straight|successive|more|further|additional|extra|weitere[n]?"
    r"|zusätzliche[n]?|qualifying|full|whole|calendar|volle[n]?|ganze[n]?"
    # (and a span told with its character: "after two quiet years", "three long weeks", "two lean years"; and
    # days counted by their kind: "eight business days", "20 trading days"; "working days" are labelled counts)
    r"|quiet|long|short|difficult|tough|hard|lean|turbulent|bumper|lost|business|trading"
    # ("after two weak years", "picked up 10 bonus seconds")
    r"|weak|strong|good|bad|poor|dry|wet|bonus|fewer"
    # ("missed 18 or more days", "60 oder mehr Tage": the unit after the open end; no hedge, as labelled)
    r"|(?:or|oder)[ \u00a0]+(?:more|mehr)"
    # ("about 14 Earth days", "three Earth years": a planet's time told in ours)
    r"|Earth)[ \u00a0]+"
    r"(?:(?:[a-zäöüß]+e[n]?|[a-z]+ed|(?:un)?paid|free|full|whole|working)[ \u00a0]+)?)?"
    r"(?P<u>(?i:Sekunden|Sekunde|Minuten|Minute|Stunden|Stunde|Tagen|Tages"
    r"|Tage|Tag|Wochen|Woche|Monaten|Monate|Monats|Monat|Jahren|Jahres|Jahre|Jahr"
    r"|Jahrzehnten|Jahrzehnte|Jahrzehnt|Jahrhunderten|Jahrhunderte|Jahrhundert|Lebensjahren|Lebensjahre)"
    r"|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?"
    r"|wks?|mths?"  # (a flash's "3-wk low", "lowest in 5 wks", "3 MTHS TO AUG", batch 430)
    r"|Min(?=\.)|Std(?=\.)|Sek(?=\.)"  # ("weniger als 6 Min. Verspätung", batch 342)
    r"|Mon(?=\.)"  # ("seit mehr als 12 Mon.", batch 445)
    r"|decades?|century|centuries)(?![a-zäöüß])(?P<old>-old)?"
)
# A millisecond is no unit of the duration list: "18 milliseconds", "zehn Millisekunden" are
# durations in seconds (0.018, 0.01), as "eine Viertelstunde" is 0.25 hours.
_R_MILLISECONDS = re.compile(r"(?:[ \u00a0]|-)(?:Millisekunden|Millisekunde|milliseconds?)(?![a-zäöüß])")
# A share of a second in one word: "zwei Hundertstelsekunden", "eine Zehntelsekunde" (batch 256); its share
# by the lower-cased prefix.
SPLIT_SECOND_WORD = r"([Zz]ehntel|[Hh]undertstel|[Tt]ausendstel)sekunden?"
_R_SPLIT_SECONDS = re.compile(r"[ \u00a0]" + SPLIT_SECOND_WORD + r"(?![a-zäöüß])")
SPLIT_SHARES = {"zehntel": Decimal("0.1"), "hundertstel": Decimal("0.01"), "tausendstel": Decimal("0.001")}
# (the endings of tables._DE_COMPOUND_DURATION: "-stündig", "-wöchentlich")
_R_DE_ADJ_DURATION = re.compile(r"-?(?P<suf>(?i:" + "|".join(_DE_COMPOUND_DURATION) + r"))(?:e|en|er|es|em)?\b")
_R_DE_ADJ_PERCENT = re.compile(r"-?prozentig(?:e|en|er|es|em)?\b")
_R_TIMES = re.compile(r"(?:[ \u00a0]|-)?(?:(Mal|mal|times)\b|(fach|fold)(?:e|en|er|es|em)?\b|(-time)\b)")

# The word after a number, up to a hyphen: _unit_like reads only that far. Read on over hyphens, a
# chain of number words ("zwei-zwei-zwei-...") was read to its end from each of its words.
_R_NEXT = re.compile(r"[ \u00a0\u202f\-]?([%€$£¥¢]|[^\W\d_][\w.’']*)")
_UNIT_HEADS = frozenset(
    [k.split("-")[0].split(" ")[0] for k in _DURATION_UNITS]
    + [k.split("-")[0].split(" ")[0] for k in _CURRENCIES]
    + [k.split(" ")[0].rstrip(".") for k in _CURRENCY_ADJ]
    + word_list("""
    millionen million mio milliarden milliarde mrd mia billionen billion bio tausend tsd thousand millions
    billions trillion mln bln mn bn tn trn trln mill billiarden billiarde rp lakh lakhs crore crores m b k dutzend
    dozen prozent
    prozentpunkte prozentpunkten
    prozentpunkt beitragssatzpunkte basispunkte basispunkten basispunkt
    percent per pct ppt ppts percentage basis bps bp v vh mal times
    fach fold time von out in us u.s hongkong hong singapur schweizer fr pc consecutive straight successive
    more further additional extra weitere weiteren zusätzliche zusätzlichen millisekunden millisekunde
    qualifying full whole calendar volle vollen ganze ganzen quiet long short difficult tough hard lean turbulent
    bumper lost business trading earth weak strong good bad poor dry wet bonus fewer or oder
    milliseconds millisecond bcm tcm bcf tcf mcm
    """)
)
# "mit zwölf Hundertstel Vorsprung", "um drei Zehntel schneller", "im Slalom mit fünf Hundertstel":
# tenths, hundredths and thousandths of a second in a race (a margin word after them, or "um"/"mit"
# before them in a sentence about a race); "um ein Zehntel mehr", "drei Zehntel der Fläche" are shares.
_R_SPLIT_AFTER = re.compile(r"[ \u00a0]+(?:Vorsprung|Rückstand|Sekunden?|schneller|langsamer)(?![\wäöüß])")
# "um nur vier Hundertstel", "um gerade einmal zwei Zehntel": focus words may stand between.
_R_SPLIT_PREP = re.compile(
    r"(?i)(?<![\w])(?:um|mit)[ \u00a0]+"
    r"(?:(?:nur|lediglich|knapp|gerade|einmal|mal|bloß|ganzen|mickrigen)[ \u00a0]+){0,2}$"
)
_R_RACE_DE = re.compile(
    r"(?i)(?:rennen|slalom|abfahrt|super-g|durchg[aä]nge?n?|bestzeit|sprint|weltcup|zeitfahren|rekord|bestmarke)"
    r"(?![\wäöüß])"
    # a margin already stated in seconds: "0,17 Sekunden vor der Schweizerin und 42 Hundertstel vor"
    r"|\d[ \u00a0]+Sekunden?[ \u00a0]+(?:vor|hinter|Rückstand|Vorsprung|zurück)(?![\wäöüß])"
    r"|(?:staffel|medaille)n?(?![\wäöüß])"
    # a race time with its hundredths: "nach 1:31,46 Minuten acht Hundertstel vor der Italienerin"
    r"|\d:\d\d[,.]\d\d"
    r"|(?<![\wäöüß])(?:ziel|sieg|siegte|siegt|gewann|gewinnt|geschlagen|gold|silber|bronze)(?![\wäöüß])"
)


# "lag drei Hundertstel vor dem Tiroler", "zwei Zehntel hinter der Siegerin", "fehlten drei Zehntel
# auf den Sieger": a margin ahead of, behind or short of a rival, in a sentence about a race
# ("drei Zehntel vor der Wahl" stays a share).
# ("blieb zwei Hundertstel über seiner Bestzeit": short of a best time)
_R_SPLIT_RIVAL = re.compile(
    r"[ \u00a0]+(?:(?:vor|hinter|auf|zum|zur)[ \u00a0]|über[ \u00a0]+(?:seiner|ihrer)[ \u00a0]+Bestzeit)"
)
_R_SPLIT_PLACE = re.compile(
    r"[ \u00a0]+auf[ \u00a0]+(?:Rang|Platz)[ \u00a0]+(?:\d|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)"
)


# "had led by 18 hundredths", "finished 12 hundredths ahead": an English race margin written as the
# German "Hundertstel" (without "of a second", which english_shares reads), after "by" or before a
# word that places a rival.
_R_SPLIT_BY_EN = re.compile(r"(?<![\w])by[ \u00a0]+(?:(?:just|only|a[ \u00a0]+mere|mere)[ \u00a0]+)?$")
_R_SPLIT_AFTER_EN = re.compile(
    r"[ \u00a0]+(?:ahead|behind|back|clear|faster|slower|off[ \u00a0]+the[ \u00a0]+pace)(?![\w])"
)


# After "by", only in a sentence about a race ("inflation fell by two tenths" is a share of a point).
_R_RACE_EN = re.compile(
    r"(?i)(?<![\w])(?:race|run|runs|slalom|downhill|super-g|sprint|lap|heat|final|won|win|wins|beat|beats|led|leads"
    r"|clocked|finished|time|seconds?|victory|podium|gold|silver|bronze)(?![\w])"
)


def split_seconds_en(text: str, num_start: int, den_end: int) -> bool:
    if _R_SPLIT_AFTER_EN.match(text, den_end):
        return True
    if (
        not text.startswith(" ", num_start - 1)
        or _R_SPLIT_BY_EN.search(text, max(0, num_start - 16), num_start) is None
    ):
        return False
    lo = max(text.rfind(". ", 0, num_start) + 1, num_start - 160, 0)
    hi = text.find(". ", den_end)
    return _R_RACE_EN.search(text, lo, hi if hi >= 0 else len(text)) is not None


# A lap's time: "habe pro Runde bis zu drei Zehntel verloren" (batch 499).
_R_PER_LAP_BEFORE = re.compile(r"(?<![\w])(?:pro|je)[ \u00a0]+Runde(?:[ \u00a0]+[\wäöüß]+){0,5}[ \u00a0]+$")


def _split_seconds(text: str, num_start: int, den_end: int) -> bool:
    if _R_SPLIT_AFTER.match(text, den_end) or _R_PER_LAP_BEFORE.search(text, max(0, num_start - 60), num_start):
        return True
    prep = _R_SPLIT_PREP.search(text, max(0, num_start - 20), num_start)
    if prep is None and not _R_SPLIT_RIVAL.match(text, den_end):
        return False
    if prep is not None and _R_SPLIT_PLACE.match(text, den_end):
        return True  # "verwies sie um zwölf Hundertstel auf Rang zwei": the margin and the place it gave
    lo = max(text.rfind(". ", 0, num_start) + 1, num_start - 160, 0)
    hi = text.find(". ", den_end)
    return _R_RACE_DE.search(text, lo, hi if hi >= 0 else len(text)) is not None


# "6,812 first-class runs ..., including 19 centuries": in a sentence about batting a century is
# a hundred runs, counted; "for 19 centuries" elsewhere is a span (bare "runs" is no sign: "the
# river runs").
_R_CRICKET = re.compile(
    r"(?i)(?<![\w])(?:wickets?|innings|batting|batsman|batter|first-class|cricket\w*|odis?|t20s?|not[ \u00a0]out"
    r"|bowled|bowler|bowling|ashes|sheffield[ \u00a0]shield|county[ \u00a0]championship|(?:scored|made|Test)[ \u00a0]"
    r"(?:[\d,]+[ \u00a0])?runs)(?![\w])|(?<![\w])Tests?(?![\w])"
)
_CENTURY_WORDS = frozenset(["century", "centuries"])


def _cricket_centuries(text: str, num_start: int, unit_end: int, unit: str) -> bool:
    if unit.lower() not in _CENTURY_WORDS:
        return False
    lo = max(text.rfind(". ", 0, num_start) + 1, num_start - 200, 0)
    hi = text.find(". ", unit_end)
    return _R_CRICKET.search(text, lo, hi if hi >= 0 else min(len(text), unit_end + 200)) is not None


_ADJ_DURATION_HEADS = (*_DE_COMPOUND_DURATION, "prozentig")


def _unit_like(word: str) -> bool:
    if word in "%€$£¥¢":
        return True
    low = word.lower()
    # "four months' notice", "one month's notice", "two dollars' worth": a possessive is the unit itself.
    head = low.split("-", 1)[0].removesuffix("'s").removesuffix("’s").rstrip(".'’")
    return head in _UNIT_HEADS or low.startswith(_ADJ_DURATION_HEADS) or head.startswith(("fach", "mal"))
