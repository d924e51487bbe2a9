"""German number words: cardinals, ordinals, fractions, halves, compounds ("zweitägig")."""

from __future__ import annotations

import re
from decimal import Decimal

from ..numbers import DE_DENOMINATORS, DE_SCALES, parse_german_ordinal, parse_german_word, to_json_number
from .anchors import _R_RANK_COMPOUND_DE, RANK_PREFIXES_DE
from .cardinals import _cardinal_value, _complete
from .context import _CAPITAL_OK_LEFT, _LEFT_ARTICLE_ONE, _LEFT_EVERY, _LEFT_ORD_CONTEXT, _nummer_rank, left_rank
from .dates import word_date
from .hits import _block, _Hit
from .qualifiers import _qualifier
from .ranked_parts import _de_ranked_part
from .shares import rate_base
from .tables import _DE_COMPOUND_DURATION, _DURATION_UNITS
from .units import _R_PERCENT, SPLIT_SECOND_WORD, SPLIT_SHARES, _split_seconds

_VAGUE_DE = frozenset(
    [
        "hunderte", "hunderten", "tausende", "tausenden", "zehntausende", "zehntausenden", "hunderttausende",
        "hunderttausenden", "dutzende", "dutzenden",
    ]
)

_DE_ONE = frozenset(["ein", "eine", "einem", "einen", "einer"])
# A bare magnitude after a vague determiner is no figure, as "Hunderttausende" is none:
# "mehrere hunderttausend Franken", "einige tausend Menschen", "ein paar hundert Meter".
_MAGNITUDES_DE = frozenset(["hundert", "tausend", "zehntausend", "hunderttausend"])
_R_VAGUE_BEFORE_DE = re.compile(
    r"(?i)(?<![\w])(?:mehrere[nm]?|einige[nm]?|etliche[nm]?|paar|wenige[nm]?|viele[nm]?|zig)[ \u00a0]+$"
)

_LEFT_NUMERATOR_DE = re.compile(
    r"(?i)(?<![\w])(ein|eine|einem|einen|einer|eines|zwei|drei|vier|fünf|sechs|sieben|acht"
    r"|neun|zehn|\d+)[ \u00a0]+$"
)

_R_WHOLE_AFTER_DE = re.compile(r"[ \u00a0]+(?:der|aller|seiner|ihrer|unserer|dieser|jener)(?![\w])")
_R_ONE_HEDGED_DE = re.compile(r"(?i)(?<![\w])(ein|eine[mnrs]?)[ \u00a0]+(knapp|gut)(?:e[mnrs]?)?[ \u00a0]+$")
_ADJECTIVE_HEDGES = {"knapp": "nearly", "gut": "over"}
_R_ONE_MORE_DE = re.compile(
    r"(?i)(?<![\w])(?:(?:ein|eine[mnrs]?)[ \u00a0]+(?:weitere|zusätzliche)[mnrs]?"
    # "das restliche Drittel", "über das verbleibende Drittel": the share that is left of the same whole
    # (a hedging adjective may follow: "das verbleibende gute Fünftel", batch 358)
    r"|(?:das|dem|des)[ \u00a0]+(?:restliche|verbleibende|übrige)[mns]?(?:[ \u00a0]+(?P<hedge>knapp|gut)e[mns]?)?)"
    r"[ \u00a0]+$"
)
_R_SO_AFTER = re.compile(r"[ \u00a0]+so\b")
_R_ROUND_ONE_DE = re.compile(r"(?i)(?<![\w])ein(?:e[mnrs]?)?[ \u00a0]+(rund|knapp|gut)(?:e[mnrs]?)?[ \u00a0]+$")
# ("ein knappes Dutzend": nearly, "ein gutes Dutzend": over, batch 452)
_ROUND_ADJ_QUALIFIERS = {"rund": "about", "knapp": "nearly", "gut": "over"}
_R_DAS_BEFORE = re.compile(r"(?i)(?<![\w])(?:das|dem|des)[ \u00a0]+$")
# ("eine halbe Mio. Euro" as "eine halbe Million Euro")
_R_HALF_SCALE_DE = re.compile(r"[ \u00a0]+(Million|Milliarde|Billion|Mio\.|Mrd\.)(?![\wäöüß])")

# A share of a percentage point: "Viertelprozentpunkt", "Viertelpunkt", "einen halben Prozentpunkt".
# ("jeder zusätzliche Zehntelprozentpunkt", batch 468)
_R_DE_FRACTION_POINT = re.compile(r"(viertel|dreiviertel|halb|zehntel)(?:prozent)?punkte?n?")
_DE_POINT_SHARES = {"viertel": 0.25, "dreiviertel": 0.75, "halb": 0.5, "zehntel": 0.1}
_R_HALF_POINT_DE = re.compile(r"[ \u00a0]+Prozentpunkte?n?\b")
_R_HALF_PERCENT_DE = re.compile(r"[ \u00a0]+Prozent(?![\wäöüß])")


def _de_fraction_point(text: str, s: int, e: int, share: float, unit: str = "pp") -> _Hit:
    """Percentage points (or percent); the span and the hedge start at an article before ("knapp einen ...")."""
    art = _LEFT_ARTICLE_ONE.search(text, max(0, s - 16), s)
    start = art.start() if art else s
    return _Hit("percent", share, unit, start, e, _qualifier(text, start))


# A share of a time unit in one word: "eine Viertelstunde", "eine Dreiviertelstunde" (0.25 and
# 0.75 hours), "halbstündig", "viertelstündig", "halbtägig", "halbjährig" (as "eine halbe
# Stunde" is 0.5 hours and "zweistündig" 2 hours), "seit einem Dreivierteljahr" 0.75 years (batch 249);
# not "Halbjahr" (a period, as "im ersten Halbjahr"), "halbjährlich" or "halbstündlich" (how often).
# A service's interval in one word: "im Halbstundentakt" 0.5 hours, "im Viertelstundentakt" 0.25 (as
# "im 30-Minuten-Takt").
_DE_SHARES = {"halb": 0.5, "viertel": 0.25, "dreiviertel": 0.75}
_SHARE_PREFIXES = tuple(_DE_SHARES)
_R_DE_SHARE_OF_TIME = re.compile(
    r"(halb|viertel|dreiviertel)(?:(stunden?)|(stündig|tägig|wöchig|monatig|jährig|minütig|sekündig)(?:e|en|er|es|em)?"
    r"|(stundentakt)(?:e|es|s)?|(jahrhundert|jahrzehnt|(?<=viertel)jahr)(?:s|es|e|en)?)"
)


_R_SPLIT_SECOND_WORD = re.compile(SPLIT_SECOND_WORD)


# A share of a scale word in one word is that share of it: "knapp eine Viertelmilliarde Euro"
# 250,000,000 EUR, "eine Dreiviertelmillion Menschen" 750,000 (as "eine halbe Milliarde").
_R_DE_SHARE_OF_SCALE = re.compile(r"(viertel|dreiviertel)(million|milliarde|billion)")
# Half a unit of measure in a compound: "eine Halbliterflasche" 0.5, "ein Viertelliter Wein"
# 0.25 (as "ein halber Liter" and "ein 0,5-Liter-Bier" are counts).
_R_DE_SHARE_OF_MEASURE = re.compile(r"(halb|viertel|dreiviertel)(liter|kilo)(?:[a-zäöüß]{3,}|s)?")


# "von null auf 16 Prozent", "von null auf zehn Prozent": the percentage the range rises to.
_R_TO_PERCENT = re.compile(r"[ \u00a0]+auf[ \u00a0]+(?:[\d,.]+|[a-zäöüß]+)[ \u00a0]*(?:Prozent\b|%)")


def _hedged_by_adjective(text: str, value: Decimal, adj: re.Match[str], end: int) -> _Hit | None:
    """ "eine knappe Viertelmilliarde", "eine gute Milliarde Euro": the adjective after the article is the
    hedge, as "ein knappes Drittel" ("knapp" nearly, "gut" over); ``end``: where the scale reading starts."""
    hit = _complete(text, "de", value, adj.start(1), end, adj.start(1), is_digits=False)
    if hit is not None:
        hit.qualifier = _ADJECTIVE_HEDGES[adj.group(2).lower()]
    return hit


def _de_split_second(text: str, s: int, e: int, lw: str) -> _Hit | None:
    """ "nur eine Hundertstelsekunde": 0.01 seconds (batch 256); after a figure see cardinals."""
    fs = _R_SPLIT_SECOND_WORD.fullmatch(lw)
    art = _LEFT_ARTICLE_ONE.search(text, max(0, s - 16), s) if fs else None
    if art is None:
        return None
    share = to_json_number(SPLIT_SHARES[fs.group(1)])
    return _Hit("duration", share, "second", art.start(), e, _qualifier(text, art.start()))


def _de_share_of_time(text: str, s: int, e: int, lw: str) -> _Hit | None:
    m = _R_DE_SHARE_OF_TIME.fullmatch(lw)
    if m is None:
        if (sc := _R_DE_SHARE_OF_SCALE.fullmatch(lw)) is not None:
            value = Decimal(str(_DE_SHARES[sc.group(1)])) * DE_SCALES[sc.group(2)]
            if (adj := _R_ONE_HEDGED_DE.search(text, max(0, s - 24), s)) is not None:
                return _hedged_by_adjective(text, value, adj, e)  # "eine knappe Viertelmilliarde"
            art = _LEFT_ARTICLE_ONE.search(text, max(0, s - 16), s)
            start = art.start() if art else s
            return _complete(text, "de", value, start, e, start, is_digits=False)
        if (me := _R_DE_SHARE_OF_MEASURE.fullmatch(lw)) is not None:
            art = _LEFT_ARTICLE_ONE.search(text, max(0, s - 16), s)
            return _Hit("count", _DE_SHARES[me.group(1)], None, s, e, _qualifier(text, art.start() if art else s))
        return None
    if m.group(4):
        return _Hit("duration", _DE_SHARES[m.group(1)], "hour", s, e, _qualifier(text, s))
    if m.group(5):
        # "fast ein Vierteljahrhundert" 25 years, as "eine Viertelstunde" is 0.25 hours.
        art = _LEFT_ARTICLE_ONE.search(text, max(0, s - 16), s)
        if m.group(5).startswith("jahr") and m.group(1) == "viertel" and art is None:
            return None  # "im ersten Vierteljahr": a quarter, a period; "ein Vierteljahr Fahrverbot" 0.25 years

        unit, factor = _DURATION_UNITS[m.group(5)]
        value = to_json_number(Decimal(str(_DE_SHARES[m.group(1)])) * factor)
        return _Hit("duration", value, unit, s, e, _qualifier(text, art.start() if art else s))
    if m.group(2) and m.group(1) == "halb":
        return None  # "Halbstunde" is no word; "eine halbe Stunde" is read from "halbe"
    unit = "hour" if m.group(2) else _DE_COMPOUND_DURATION[m.group(3)]
    # "knapp eine Viertelstunde": the hedge stands before the article; "eine knappe Dreiviertelstunde": the
    # adjective after it is the hedge (batch 321), as "eine knappe Viertelmilliarde"
    art = _LEFT_ARTICLE_ONE.search(text, max(0, s - 16), s) if m.group(2) else None
    if m.group(2) and art is None and (adj := _R_ONE_HEDGED_DE.search(text, max(0, s - 24), s)) is not None:
        return _Hit("duration", _DE_SHARES[m.group(1)], unit, adj.start(1), e, _ADJECTIVE_HEDGES[adj.group(2).lower()])
    return _Hit("duration", _DE_SHARES[m.group(1)], unit, s, e, _qualifier(text, art.start() if art else s))


_R_HALBE_DURATION = re.compile(r"[ \u00a0]+(Stunde|Minute|Sekunde|Woche|Jahrhundert|Jahrzehnt|Jahr|Tag|Monat)\b")
# "ein halber Meter Neuschnee", "einen halben Liter": half of one unit of measure is the measure's
# value, a count (forty-seventh batch), as "eine halbe Stunde" is 0.5 hours.
_R_HALBE_MEASURE = re.compile(
    r"[ \u00a0]+(Meter|Zentimeter|Millimeter|Kilometer|Liter|Kilo|Kilogramm|Gramm|Tonne|Grad|Zoll|Meile"
    r"|Hektar|Quadratmeter|Kubikmeter)(?![\wäöüß])"
)

# "drittgrößte", "zweitbeste", "drittletzte", "Zweitplatzierte", "Zweitgereihte": an ordinal
# stem before a superlative (-st, -ßt, "letzt") or a participle (-iert, ge-...-t). Nouns after
# the stem are no rank: "Drittstaaten" (third countries, as "Drittland", "Drittanbieter"),
# "Zweitmarkt", "Zweitschrift"; nor is a denominator compound ("Drittelparität", "Drittelmehrheit":
# no numerator, no share of anything stated, as "Halbjahr" and "Viertelfinale").
_R_DE_SUPERLATIVE = re.compile(
    r"^(zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft)"
    # ("Zweitligist", "Drittligisten": a club of a division, no rank; labels of batches 249 and earlier)
    r"((?!el|ligist)(?:[a-zäöüß]*(?:st|ßt|letzt|iert)|ge[a-zäöüß]+t))(?:e|er|en|em|es)?$"
)

# "zweit- oder drittwärmste", "dritt- und viertgrößte": an ordinal stem cut off with a hyphen
# before "oder"/"und"/"bis" and a superlative of the same kind.
_R_TRUNCATED_ORDINAL = re.compile(r"^(zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt)$")
_R_ORDINAL_PAIR_AFTER = re.compile(
    r"-[ \u00a0]+(?:oder|und|bis|bzw\.)[ \u00a0]+(?:zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft)"
    r"[a-zäöüß]*(?:st|ßt|letzt)(?:e|er|en|em|es)?(?![\wäöüß])"
)

# "zweistündig", "dreimalig", "vierköpfig"; the steps of a scale and the parts, storeys, lanes,
# engines and seats of a thing are counted as "a five-step scale", "a two-storey house" are:
# "fünfstufig", "dreiteilig", "fünfstöckig", "vierspurig", "zweimotorig", "zweisitzig", "neunseitig" (not
# "zweistellig", a size of a number, nor "zweigleisig", "zweiseitig", mostly figurative; "viergleisig"
# counts). A return period in "-jährlich" is a duration, as "alle 100 Jahre": "ein hundertjährliches
# Hochwasser"; so is
# an interval in "-wöchentlich", "-monatlich", "-stündlich" ("zweiwöchentlicher Leerung" 2 week).
_R_DE_COMPOUND = re.compile(
    r"^([a-zäöüß]+?)(" + "|".join(_DE_COMPOUND_DURATION) + r"|malig|mal|fach"
    r"|köpfig|prozentig|stufig|teilig|stöckig|geschossig|spurig|(?<!zwei)gleisig|motorig|sitzig|seitig)"
    r"(?:e|en|er|es|em)?$"
)
# A noun headed by "-fach": "der Fünffachjackpot", "ein Dreifachmord" count their figure (as
# "der dreifache Familienvater").
_R_DE_FACH_NOUN = re.compile(r"^([a-zäöüß]+?)fach([a-zäöüß]{4,})$")
# A share named with its whole after "das" ("das von ihr kontrollierte Sechstel des Gebiets"); not
# "Viertel", a district too ("das Viertel der Stadt").
_DEFINITE_SHARES = frozenset(["drittel", "fünftel", "sechstel", "siebtel", "achtel", "neuntel", "zehntel"])
_R_GENITIVE_AFTER_DE = re.compile(r"[ \u00a0]+(?:des|der|aller)(?![\w])")
# ... but "Viertel" of a territory is a share ("dem noch ukrainisch kontrollierten Viertel des Gebiets Donezk").
_R_TERRITORY_AFTER_DE = re.compile(
    r"[ \u00a0]+(?:des[ \u00a0]+(?:Gebiets|Gebietes|Landes|Staatsgebiets|Staatsgebietes|Territoriums|Donbass)"
    r"|der[ \u00a0]+(?:Fläche|Region|Oblast|Provinz))(?![\w])"
)
_R_DAS_BEFORE_SHARE = re.compile(r"(?<![\wäöüß])(?:[Dd]as|[Dd]em)[ \u00a0]+(?:[\wäöüß]+[ \u00a0]+){0,4}?$")


# "Einpersonenhaushalte", "Zweipersonenhaushalt": the persons of a household counted in one
# word, as "Vier-Personen-Haushalt" counts four; so are the rooms of a flat and the beds of a
# room ("Dreizimmerwohnung", "Einzimmerapartment", "Zweiraumwohnung", "Vierbettzimmern"), as
# "3-Zimmer-Wohnung" counts three; Swiss rooms with a half ("Dreieinhalbzimmerwohnung" 3.5, as
# "3½-Zimmer-Wohnung", "Anderthalbzimmerwohnung" 1.5). Not "einbetten" (no room follows "bett").
# So are the cylinders, seats and doors of a car and the shifts of a plant ("1,5-Liter-Vierzylinder",
# "Der Siebensitzer", "ein Fünftürer", "im Zweischichtbetrieb"; batch 60), as "four-storey" counts.
_R_DE_PERSONS = re.compile(
    r"^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|anderthalb)(einhalb)?"
    r"(?:(?:personen|zimmer(?=[a-zäöüß]{3})|bett(?=zimmer)|raum(?=wohnung)|schicht(?=betrieb|system|modell|dienst|arbeit|plan|takt))[a-zäöüß]+"
    r"|(?:zylinder|sitzer|türer)[a-zäöüß]*)$"
)


def _share_of_scale_word(text: str, lo: int, s: int, e: int, share: Decimal) -> _Hit | None:
    """A share of a scale word after it, from the article before the share: "eine halbe Million",
    "eine dreiviertel Milliarde Euro"."""
    sm = _R_HALF_SCALE_DE.match(text, e)
    if sm is None:
        return None
    art = _LEFT_ARTICLE_ONE.search(text, lo, s)
    start = art.start() if art else s
    mult = DE_SCALES[sm.group(1).lower()]
    hit = _complete(text, "de", share * mult, start, sm.end(), start, is_digits=False)
    if hit is not None and hit.kind == "count" and hit.unit is None:
        # scaled, so an amount before it lends its currency ("2,9 Milliarden Euro und damit gut eine
        # halbe Milliarde weniger", batch 402; neighbours._carry_currency)
        hit.raw, hit.scale = share, mult
    return hit


# "zehn- bis zwölftausend": the first end takes the second's scale (batch 328).
_R_SUSPENDED_SCALE = re.compile(r"-[ \u00a0]+(?:bis|oder|und)[ \u00a0]+[a-zäöüß]+?(hundert|tausend)(?![\wäöüß])")
# "ein dreiviertel Jahr", "eine viertel Stunde": the share written apart from its unit of time, as
# "eine Dreiviertelstunde" (batch 328).
_R_SHARED_TIME_UNIT_DE = re.compile(r"[ \u00a0]+(Stunde|Jahr|Tag|Woche|Monat)(?![\wäöüß])")


_ZU_N = {"zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "acht": 8}


def _german_word(text: str, s: int, e: int, w: str, lw: str) -> _Hit | None:
    if lw in _VAGUE_DE:
        return _block(s, e)
    if lw in ("viertel", "dreiviertel") and (tu := _R_SHARED_TIME_UNIT_DE.match(text, e)) is not None:
        art = _LEFT_ARTICLE_ONE.search(text, max(0, s - 8), s)
        start = art.start() if art is not None else None
        if start is None and lw == "dreiviertel" and text.endswith("alle ", 0, s):
            start = s  # "alle dreiviertel Stunde": the span after "alle" (batch 494)
        if start is not None:
            unit, factor = _DURATION_UNITS[tu.group(1).lower()]
            value = to_json_number(Decimal(str(_DE_SHARES[lw])) * factor)
            return _Hit("duration", value, unit, start, tu.end(), _qualifier(text, start))
    if (pm := _R_DE_PERSONS.match(lw)) is not None:
        n = {"ein": 1, "anderthalb": 1.5}.get(pm.group(1)) or int(_cardinal_value(pm.group(1), "de"))
        return _Hit("count", n + 0.5 if pm.group(2) else n, None, s, e, _qualifier(text, s))
    if (
        lw in _ZU_N
        and text.endswith(("zu ", "Zu "), 0, s)
        and not _R_NOUN_AFTER.match(text, e)
        and not text.startswith((" und ", " bis ", " oder ", "-"), e)  # ("zu acht und sechseinhalb Jahren")
    ):
        return _Hit("count", _ZU_N[lw], None, s, e)  # "waren zu zweit unterwegs", "zu dritt" (batch 405)
    if lw in _DE_ONE:  # only anchored before "Prozent"
        return _complete(text, "de", Decimal(1), s, e, s, is_digits=False, word=lw)
    if w in _GENITIVE_NUMERALS and (_R_NOUN_AFTER.match(text, e) or _R_ADJ_NOUN_AFTER.match(text, e)):
        # "Mutter zweier Söhne", "der Tod dreier Bergsteiger": the genitive of the numeral before
        # its noun (capitalised, "Zweier" and "Dreier" are a boat, a team or a coin: no count);
        # before a unit of time a duration ("binnen zweier Tage", "während gut zweier Stunden").
        if tm := _R_GENITIVE_TIME_UNIT.match(text, e):
            unit, factor = _DURATION_UNITS[tm.group(1).lower()]
            return _Hit("duration", _GENITIVE_NUMERALS[w] * factor, unit, s, tm.end(), _qualifier(text, s))
        return _Hit("count", _GENITIVE_NUMERALS[w], None, s, e, _qualifier(text, s))
    lo = max(0, s - 16)
    if lw.endswith(("punkt", "punkte", "punkten")) and (fp := _R_DE_FRACTION_POINT.fullmatch(lw)):
        return _de_fraction_point(text, s, e, _DE_POINT_SHARES[fp.group(1)])
    if lw in ("viertelprozent", "dreiviertelprozent"):
        # "gab um ein Viertelprozent nach": a percentage, as "ein halbes Prozent" (batch 392)
        return _de_fraction_point(text, s, e, _DE_POINT_SHARES[lw.removesuffix("prozent")], "%")

    if lw.endswith(("sekunde", "sekunden")) and (sh := _de_split_second(text, s, e, lw)) is not None:
        return sh
    if lw.startswith(_SHARE_PREFIXES) and (sh := _de_share_of_time(text, s, e, lw)) is not None:
        return sh
    if lw[-1:] == "s" and lw[:-1] in DE_DENOMINATORS:
        # The genitive of a share before its whole: "der Antrag eines Fünftels der Abgeordneten",
        # "eines Drittels aller Stimmen"; "die Bewohner des Viertels" names a district.
        if not _R_WHOLE_AFTER_DE.match(text, e):
            return None
        lw = lw[:-1]
    if lw in DE_DENOMINATORS and lw != "halb":
        num = _LEFT_NUMERATOR_DE.search(text, lo, s)
        if num is None and (adj := _R_ONE_HEDGED_DE.search(text, max(0, s - 24), s)):
            # "ein knappes Drittel", "ein gutes Viertel": the adjective is the hedge.
            hedge = _ADJECTIVE_HEDGES[adj.group(2).lower()]
            return _Hit("fraction", round(1 / float(DE_DENOMINATORS[lw]), 4), None, adj.start(1), e, hedge)
        if num is None and (more := _R_ONE_MORE_DE.search(text, max(0, s - 24), s)):
            # "ein weiteres Viertel in Investitionen", "das restliche Drittel": one more share of the same whole.
            qual = _ADJECTIVE_HEDGES[more.group("hedge").lower()] if more.group("hedge") else None
            return _Hit("fraction", round(1 / float(DE_DENOMINATORS[lw]), 4), None, more.start(), e, qual)
        if (
            num is None
            and (lw in _DEFINITE_SHARES or (lw == "viertel" and _R_TERRITORY_AFTER_DE.match(text, e)))
            and _R_GENITIVE_AFTER_DE.match(text, e)
            and _R_DAS_BEFORE_SHARE.search(text, max(0, s - 50), s)
        ):
            # "das von ihr kontrollierte Sechstel des Gebiets": the share named with its whole ("Viertel" is
            # left out: "das Viertel der Stadt" is a district); "das verbleibende knappe Fünftel", "aus dem
            # knappen Viertel" hedge it (batches 193, 326).
            hedge = _R_DEFINITE_HEDGE_DE.search(text, max(0, s - 10), s)
            qual = _ADJECTIVE_HEDGES[hedge.group(1).lower()] if hedge else None
            return _Hit("fraction", round(1 / float(DE_DENOMINATORS[lw]), 4), None, s, e, qual)
        if num:
            n = _cardinal_value(num.group(1).lower(), "de") if not num.group(1).isdigit() else Decimal(num.group(1))
            if n is None and num.group(1).lower().startswith("ein"):
                n = Decimal(1)
            if n:
                start = num.start(1)
                return _share_hit(text, start, e, n, DE_DENOMINATORS[lw])
            return None
        return _de_ranked_part(text, s, e, DE_DENOMINATORS[lw])
    if lw in ("dreiviertel",):
        # "eine dreiviertel Million Menschen" 750,000, as "eine halbe Million" (batch 297)
        scaled = _share_of_scale_word(text, lo, s, e, Decimal("0.75"))
        return scaled or _Hit("fraction", 0.75, None, s, e, _qualifier(text, s))
    if lw == "hälfte":
        if re.search(r"(?i)(?:die|der)[ \u00a0]+(?:andere|obere|untere)[n]?[ \u00a0]+$", text[lo:s]):
            # "teilen sich die andere Hälfte", "die andere Hälfte der Bund": the rest of a whole split
            # in two (batches 112, 265); "auf die obere Hälfte der Einkommen" (batch 269)
            return _Hit("fraction", 0.5, None, s, e)
        if re.search(r"(?i)(?:erst|zweit|letzt|ander)\w*[ \u00a0]+$", text[lo:s]):
            return None
        if re.search(r"(?i)(?:die|der|zur|eine|einer|gut|knapp|fast|rund)[ \u00a0]+$", text[lo:s]):
            return _Hit("fraction", 0.5, None, s, e, _qualifier(text, s))
        return None
    if lw.startswith("halb"):
        if lw == "halb" and _R_SO_AFTER.match(text, e):
            return _Hit("fraction", 0.5, None, s, e, _qualifier(text, s))  # "nur halb so viel Regen wie üblich"
        if lw in ("halbes", "halben") and text.startswith(" Dutzend", e):
            # "ein halbes Dutzend Vorschläge" 6 (as "half a dozen"); "ein gutes halbes Dutzend" over (batch 328)
            if (adj := _R_ONE_HEDGED_DE.search(text, max(0, s - 24), s)) is not None:
                return _hedged_by_adjective(text, Decimal(6), adj, e + 8)
            art = _LEFT_ARTICLE_ONE.search(text, lo, s)
            start = art.start() if art else s
            return _complete(text, "de", Decimal(6), start, e + 8, start, is_digits=False)
        if lw in ("halbe", "halben") and (half := _share_of_scale_word(text, lo, s, e, Decimal("0.5"))):
            return half  # "eine halbe Million", "einer halben Milliarde"
        hp = _R_HALF_POINT_DE.match(text, e) if lw in ("halbe", "halben") else None
        if hp:  # "einen halben Prozentpunkt"
            return _de_fraction_point(text, s, hp.end(), 0.5)
        pc = _R_HALF_PERCENT_DE.match(text, e) if lw in ("halbe", "halben", "halbes") else None
        if pc:  # "ein halbes Prozent", "von einem halben Prozent": a percentage, 0.5
            art = _LEFT_ARTICLE_ONE.search(text, lo, s)
            start = art.start() if art else s
            return _Hit("percent", 0.5, "%", start, pc.end(), _qualifier(text, start))
        hm = _R_HALBE_DURATION.match(text, e) if lw in ("halbe", "halben", "halber", "halbes") else None
        if hm:  # "mindestens ein halbes Jahr": the hedge stands before the article
            unit, factor = _DURATION_UNITS[hm.group(1).lower()]
            art = _LEFT_ARTICLE_ONE.search(text, lo, s)
            return _Hit("duration", 0.5 * factor, unit, s, hm.end(), _qualifier(text, art.start() if art else s))
        mm = _R_HALBE_MEASURE.match(text, e) if lw in ("halbe", "halben", "halber", "halbes") else None
        if mm:
            art = _LEFT_ARTICLE_ONE.search(text, lo, s)
            return _Hit("count", 0.5, mm.group(1), s, mm.end(), _qualifier(text, art.start() if art else s))
        return None
    if lw in ("million", "millionen", "milliarde", "milliarden", "billion", "billionen"):
        art = _LEFT_ARTICLE_ONE.search(text, lo, s)
        if art and lw in ("million", "milliarde", "billion"):
            return _complete(text, "de", Decimal(1), art.start(), s - 1, art.start(), is_digits=False)
        if lw in ("million", "milliarde", "billion") and (adj := _R_ONE_HEDGED_DE.search(text, max(0, s - 24), s)):
            return _hedged_by_adjective(text, Decimal(1), adj, s - 1)  # "eine knappe Million Menschen" (batch 249)
        if lw in ("million", "milliarde") and text.endswith(("pro ", "je "), 0, s) and rate_base(text, s):
            # "39 Getötete pro Million Einwohner": the rate's base, as "auf eine Million Einwohner" (batch 312)
            return _complete(text, "de", Decimal(1), s, s - 1, s, is_digits=False)
        return _block(s, e) if lw.endswith("en") else None
    if lw.startswith("doppelt"):
        # "doppelt so viele", "um das Doppelte": twice; not "die doppelte Staatsbürgerschaft".
        if lw == "doppelt" and _R_SO_AFTER.match(text, e):
            return _Hit("count", 2, "times", s, e, _qualifier(text, s))
        das = _R_DAS_BEFORE.search(text, lo, s) if lw in ("doppelte", "doppelten") and w[0] == "D" else None
        if das:  # "fast das Doppelte": the hedge stands before the article
            return _Hit("count", 2, "times", s, e, _qualifier(text, das.start()))
        return None
    if lw == "dutzend":
        art = _LEFT_ARTICLE_ONE.search(text, lo, s)
        if art:
            return _complete(text, "de", Decimal(12), art.start(), e, art.start(), is_digits=False)
        if (rd := _R_ROUND_ONE_DE.search(text, lo, s)) is not None:
            hit = _complete(text, "de", Decimal(12), rd.start(), e, rd.start(), is_digits=False)
            if hit is not None:  # "ein rundes Dutzend Autos": "rund" as an adjective (batch 360)
                hit.qualifier = _ROUND_ADJ_QUALIFIERS[rd.group(1).lower()]
            return hit
        return None

    if w[0].isupper() and _R_DE_ER_HEAD.match(text, e) and (hm := _R_DE_ER_HYPHEN.fullmatch(lw)):
        n = int(parse_german_word(hm.group(1)))
        return _Hit("count", n, None, s, e, _qualifier(text, s))  # "eine neue Zehner-Kabinenbahn"

    # "jeder vierte" is a fraction, not an ordinal.
    ordinal = parse_german_ordinal(lw)
    if ordinal and ordinal > 1:
        ev = _LEFT_EVERY.search(text, lo, s)
        if ev:
            return _Hit("fraction", round(1 / ordinal, 4), None, ev.start(), e, _qualifier(text, ev.start()))
    if ordinal and w[0].islower() and (day := word_date(text, s, e, ordinal)) is not None:
        return day

    cm = _R_DE_COMPOUND.match(lw)
    if cm:
        n = parse_german_word(cm.group(1))
        if n is None or (cm.group(1) == "ein" and cm.group(2) in ("mal", "fach")):
            return None
        suf = cm.group(2)
        if suf == "seitig" and n < 3:
            return None  # "zweiseitig", "einseitig": mostly figurative; "der neunseitige Text" counts pages
        if lw.endswith("fach") and cm.group(1) in _MAGNITUDES_DE:
            return _block(s, e)  # "tausendfach geteilt", "hundertfach": vague, as "Tausende"
        das = _R_DAS_BEFORE.search(text, lo, s) if suf == "fach" and w[0].isupper() else None
        qual = _qualifier(text, das.start() if das else s)  # "fast das Dreifache", as "das Doppelte"
        if suf in _DE_COMPOUND_DURATION:
            return _Hit("duration", to_json_number(n), _DE_COMPOUND_DURATION[suf], s, e, qual)
        if suf in ("mal", "malig", "fach"):
            return _Hit("count", to_json_number(n), "times", s, e, qual)
        if suf == "prozentig":
            return _Hit("percent", to_json_number(n), "%", s, e, qual)
        return _Hit("count", to_json_number(n), None, s, e, qual)

    if w[0].isupper() and "fach" in lw and (fm := _R_DE_FACH_NOUN.match(lw)):
        n = parse_german_word(fm.group(1))
        if n is not None and 1 < n < 100:
            return _Hit("count", to_json_number(n), None, s, e, _qualifier(text, s))  # "den Fünffachjackpot"

    if text.startswith("-", e) and (tm := _R_TRUNCATED_ORDINAL.match(lw)) and _R_ORDINAL_PAIR_AFTER.match(text, e):
        # "das zweit- oder drittwärmste": the first stem of a pair shares the second's ending.
        return _Hit("ordinal", parse_german_ordinal(tm.group(1) + "e"), None, s, e + 1)
    sm = _R_DE_SUPERLATIVE.match(lw)
    if sm:
        # "Achtstundenschicht", "Zehntagesfrist" look like "achtgrößte", "zehntbeste".
        compound = _de_noun_compound(text, s, e, lw)
        return compound or _Hit("ordinal", parse_german_ordinal(sm.group(1) + "e"), None, s, e)

    if ordinal:
        if w in _DRITTE and _R_THIRD_PARTY_PREP.search(text, max(0, s - 14), s) and not _R_NOUN_AFTER.match(text, e):
            return None  # "Kontrolle durch Dritte", "an Dritte weitergegeben": third parties, no rank
        if w == "Erste" and _R_ERSTE_NAME.match(text, e):
            return None  # "eine Kaufempfehlung der Erste Group": the Austrian bank's name
        if w in _ERSTE_TITLE and _R_TITLE_AFTER_DE.match(text, e):
            return None  # "der Erste Bürgermeister sagte": a title ("der erste Bürgermeister der Stadt" ranks)
        if w == "Ersten" and text.endswith(("im ", "Im "), 0, s) and not _R_NOUN_AFTER.match(text, e):
            return None  # "sahen im Ersten 9,4 Millionen": the channel Das Erste ("im Ersten Weltkrieg" ranks)
        if (
            lw.startswith(("erst", "acht"))
            and not _LEFT_ORD_CONTEXT.search(text, lo, s)
            and not (lw != "erst" and lw.startswith("erst") and _article_adjective_noun(text, s, e))
            and not _rank_noun_de(text, s, e, w)
            and not _als_erste_noun(text, s, e, w)
            and not (lw.startswith("erst") and _R_ORDINAL_BEFORE_DE.search(text, max(0, s - 24), s))
            and not (
                _R_ALS_BEFORE.search(text, max(0, s - 5), s)
                and (_R_NOUN_AFTER.match(text, e) or _R_ADJECTIVE_NOUN_AFTER_DE.match(text, e))
            )
            and not (lw.startswith("erst") and _R_LESUNG_AFTER.match(text, e))
            # "an erster Stelle, vor Großbritannien", "an achter Stelle geführt": a place (batches 346, 396)
            and not (text.endswith(("an ", "auf "), 0, s) and _R_PLACE_AFTER_DE.match(text, e))
            # "Heidenheims erster Heimsieg", "Österreichs erstes Werk": a name's genitive, as "sein erster"
            and not (_R_NAME_GENITIVE_DE.search(text, max(0, s - 30), s) and _R_NOUN_AFTER.match(text, e))
        ):
            return None
        return _Hit("ordinal", ordinal, None, s, e)

    value = parse_german_word(lw)
    if value is None:
        if w.startswith(RANK_PREFIXES_DE):  # "Gesamtdritter", "Tabellensechzehnter" (see anchors)
            rank = parse_german_ordinal(_R_RANK_COMPOUND_DE.match(w).group(1).lower())
            return _Hit("ordinal", rank, None, s, e) if rank else None
        # "Zweidrittelmehrheit", "Dreiviertelmehrheit"
        fm = _R_DE_FRACTION_COMPOUND.match(lw)
        if fm:
            n = parse_german_word(fm.group(1))
            return _Hit("fraction", round(float(n / DE_DENOMINATORS[fm.group(2)]), 4), None, s, e, _qualifier(text, s))
        if lw.endswith(_GRADER_ENDS) and (gm := _R_DE_GRADER.match(lw)):
            return _Hit("ordinal", parse_german_ordinal(gm.group(1) + "e"), None, s, e)  # "Viertklässler"
        return _de_noun_compound(text, s, e, lw)
    if text[e : e + 1] == "-" and (sus := _R_SUSPENDED_SCALE.match(text, e)) is not None and value < 100:
        # "zehn- bis zwölftausend", "zwei- bis dreihundert": the first takes the second's scale (batch 328)
        scaled = value * (1000 if sus.group(1) == "tausend" else 100)
        return _complete(text, "de", scaled, s, e + 1, s, is_digits=False)
    rank = left_rank(text, s) or _nummer_rank(text, s, e)
    # ("ein", "eine" returned above; "eins" is anchored only after a rank word or before "Komma")
    if lw == "eins" and not text.startswith(" Komma ", e):
        if not rank and text.endswith("von ", 0, s) and text.startswith(" bis ", e):
            return _Hit("count", 1, None, s, e)  # "auf einer Skala von eins bis fünf"
        return _Hit("ordinal", 1, None, s, e) if rank else None
    if lw in _MAGNITUDES_DE and _R_VAGUE_BEFORE_DE.search(text, max(0, s - 12), s):
        return _block(s, e)  # "mehrere hunderttausend Franken", "einige tausend Menschen": vague
    if text.startswith(" Komma ", e):  # spoken decimals: "null Komma fünf Prozent"
        dec = _komma_decimal(text, e + 7)
        if dec is not None:
            return _complete(text, "de", value + dec[0], s, dec[1], s, is_digits=False, word=lw)
    if lw == "null" and not _R_PERCENT.match(text, e):
        if text.endswith("von ", 0, s) and _R_TO_PERCENT.match(text, e):
            return _Hit("percent", 0, "%", s, e)  # "von null auf 16 Prozent": the range's first end
        return None  # "Stunde null", "null Toleranz", "auf null": only "null Prozent" is read
    if rank and value == int(value) and not _R_GENITIVE_TIME_UNIT.match(text, e):
        # ("soll die Runde drei Tage dauern": the round's length, no "Runde drei", batch 326)
        return _Hit("ordinal", int(value), None, s, e)
    tp = _R_TENTH_POINTS_AFTER.match(text, e) if value == int(value) and value < 100 else None
    if tp:  # "um zwei Zehntelprozentpunkte" 0.2 pp (batch 324), as "um zwei Zehntel Prozentpunkte"
        den = DE_DENOMINATORS[tp.group(1).lower()]
        if tp.group(2):  # "um drei Zehntelgrad kühler": tenths of a degree, a count as "0,3 Grad" (batch 330)
            return _Hit("count", round(float(value / den), 4), "Grad", s, tp.end(), _qualifier(text, s))
        return _Hit("percent", round(float(value / den), 4), "pp", s, tp.end(), _qualifier(text, s))
    dn = _R_DE_DENOM_AFTER.match(text, e)
    if dn and value == int(value) and value < 100:
        return _share_hit(text, s, dn.end(), value, DE_DENOMINATORS[dn.group(1).lower()])
    # Mid-sentence capitalised number words are nouns ("die Elf", "außer Acht").
    if (
        w[0].isupper()
        and not _CAPITAL_OK_LEFT.search(text, max(0, s - 3), s)
        and not (e < len(text) and text[e] == "-")
    ):
        return None
    hit = _complete(text, "de", value, s, e, s, is_digits=False, word=lw)
    if hit is not None and hit.kind == "count" and hit.unit is None and value < 2100 and _year_word(lw):
        hit.kind = "year"  # "zuletzt neunzehnhundertzweiundachtzig": a year said in words (batch 360)
    return hit


def _year_word(lw: str) -> bool:
    """A year said in one word, longer than the round figure ("zweitausend" alone stays a count)."""
    return lw.startswith(("neunzehnhundert", "achtzehnhundert", "zweitausend")) and lw != "zweitausend"


# "ist in der Tabelle nur noch Achter", "kam als Erste ins Ziel", "wurde im Slalom Achte": a
# capitalised rank after a verb of being (at most four words between), "als" or an adverb such
# as "noch" (ranks other than first and eighth are read without any context: "wurde Dritte");
# not a title or a term ("ist Erster Bürgermeister", "wurde Erste Hilfe geleistet": a
# capitalised word follows).
_RANK_NOUNS_DE = frozenset(["Erste", "Erster", "Achte", "Achter"])
_R_RANK_NOUN_LEFT_DE = re.compile(
    r"(?i)(?<![\w])(?:(?:ist|war|wird|wurde|wäre|bleibt|blieb|sind|waren|werden|wurden|bleiben|blieben)"
    r"(?:[ \u00a0]+[^\s,;:.!?]+){0,4}|als|noch|nur|zuletzt|erneut|wieder|diesmal|nun|jetzt|aktuell|derzeit)[ \u00a0]+$"
)
_R_CAPITAL_NEXT = re.compile(r"[ \u00a0]+[A-ZÄÖÜ]")
_R_NOUN_AFTER = re.compile(r"[ \u00a0]+[A-ZÄÖÜ][a-zäöüß]")
# ... or after an adjective in the genitive plural ("der Tod zweier gelisteter Personen")
_R_ADJ_NOUN_AFTER = re.compile(r"[ \u00a0]+[a-zäöüß]+er[ \u00a0]+[A-ZÄÖÜ][a-zäöüß]")
# The capital marks a title: "Erster Bürgermeister", "die Erste Staatsanwältin", "Erster Sekretär".
_ERSTE_TITLE = frozenset(["Erste", "Erster", "Ersten"])
_R_TITLE_AFTER_DE = re.compile(
    r"[ \u00a0]+(?:[A-ZÄÖÜ]\w*)?(?:[Bb]ürgermeister|[Ss]taatsanw[aä]lt|[Ss]ekretär|[Mm]inister|[Vv]izepräsident"
    r"|[Vv]orsitzend)\w*"
)
# Capitalised "Dritte" after a preposition is the noun "third parties" ("durch Dritte", "an
# Dritte", "von Dritten"); a rank follows a verb or "als" ("wurde Dritte", "als Dritter").
_DRITTE = frozenset(["Dritte", "Dritten", "Dritter"])
_R_THIRD_PARTY_PREP = re.compile(
    r"(?i)(?<![\w])(?:durch|an|von|für|gegen|mit|vor|bei|gegenüber|zugunsten|zulasten|ohne|über|unter)[ \u00a0]+$"
)
_R_ERSTE_NAME = re.compile(r"[ \u00a0]+(?:Group|Bank|Asset)(?![\w])")


_R_PLACE_AFTER_DE = re.compile(r"[ \u00a0]+(?:Stelle|Position)(?![\wäöüß])")


def _rank_noun_de(text: str, s: int, e: int, w: str) -> bool:
    return (
        w in _RANK_NOUNS_DE
        and _R_CAPITAL_NEXT.match(text, e) is None
        and _R_RANK_NOUN_LEFT_DE.search(text, max(0, s - 50), s) is not None
    )


_GENITIVE_NUMERALS = {"zweier": 2, "dreier": 3}
# The genitive plurals of the units of time (their units and factors: _DURATION_UNITS).
_R_GENITIVE_TIME_UNIT = re.compile(
    r"[ \u00a0]+(Sekunden|Minuten|Stunden|Tage|Wochen|Monate|Jahre|Jahrzehnte|Jahrhunderte)(?![\wäöüß])"
)
# "als erste Frau", "als erster Schweizer": "als" and a noun make the first of a kind without an
# article ("als Erstes", "als erstes eingreifen" say "first of all").
_ALS_ERSTE = frozenset(["erste", "erster", "ersten"])


def _als_erste_noun(text: str, s: int, e: int, w: str) -> bool:
    return w in _ALS_ERSTE and text.endswith(("als ", "Als "), 0, s) and _R_NOUN_AFTER.match(text, e) is not None


_R_KOMMA_PLACE = re.compile(r"([a-zäöüß]+)(?![\wäöüß])[ \u00a0]*")


def _komma_decimal(text: str, pos: int) -> tuple[Decimal, int] | None:
    """The places after "Komma" and where they end: number words read as digits ("null fünf" ->
    0.05, "zwei fünf" -> 0.25, "fünfundzwanzig" -> 0.25)."""
    places = []
    end = pos
    while (m := _R_KOMMA_PLACE.match(text, end)) is not None:
        value = parse_german_word(m.group(1))
        if value is None or value >= 100 or value != int(value):
            break
        places.append(str(int(value)))
        end = m.end()
    if not places:
        return None
    while text[end - 1] in " \u00a0":
        end -= 1
    return Decimal("0." + "".join(places)), end


# "Viertklässler", "Erstklässlerinnen": a pupil named by the grade, an ordinal as "fourth-graders".
_GRADER_ENDS = ("klässler", "klässlern", "klässlerin", "klässlerinnen")
_R_DE_GRADER = re.compile(r"(erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft)kläss")
# "ab dem vollendeten ersten Lebensjahr": an article and an inflected adjective before the
# ordinal, a noun after it (the adverb "erst" never inflects).
_R_ARTICLE_ADJECTIVE_BEFORE_DE = re.compile(
    r"(?<![\w])(?:[Dd](?:er|ie|as|en|em|es)|[Ii]m|[Aa]m|[Zz]u[mr]|[Vv]om|[Bb]eim|[Ee]ine?[mnrs]?)[ \u00a0]+"
    r"[a-zäöüß]+e[mnrs]?[ \u00a0]+$"
)


def _article_adjective_noun(text: str, s: int, e: int) -> bool:
    return (
        _R_NOUN_AFTER.match(text, e) is not None
        and _R_ARTICLE_ADJECTIVE_BEFORE_DE.search(text, max(0, s - 40), s) is not None
    )


# A bill's readings and a court's levels are numbered steps, written without an article: "in erster
# Lesung", as "in zweiter Lesung"; "in erster Instanz" (batches 47, 55 and 102 label it ordinal 1, as
# "in zweiter Instanz"); a marriage and a family's generation too: "ein Sohn aus erster Ehe", "in erster
# Generation" (batch 301, as "in sechster Generation"); an election night's ticker: "18.41 Uhr: Erste
# Hochrechnung des ZDF" (batch 314); "nach ersten Verkostungen" stays none.
_R_LESUNG_AFTER = re.compile(
    r"[ \u00a0]+(?:Lesung|Instanz|Ehe|Generation|Hochrechnung|Prognose|Trendrechnung)(?![\wäöüß])"
)
# "eine fünfte erste Klasse": "erste" after another ordinal names the grade the fifth class is
# in (fifty-eighth batch: ordinals 5 and 1), as it does after an article.
# "als erster Schweizer", "als erste Frau": the first of a kind ("als erstes" alone is "first of all").
# "das verbleibende knappe Fünftel": the hedging adjective after a definite article (batches 193, 326).
_R_DEFINITE_HEDGE_DE = re.compile(r"(?<![\w])(knapp|gut)en?[ \u00a0]+$")
# A name's genitive before "erster" (not an adverb capitalised at a sentence's start: "Bereits erste
# Ergebnisse", "Spätestens", "Erstmals").
_R_NAME_GENITIVE_DE = re.compile(
    r"(?<![\w])(?!(?:Bereits|Anfangs|Abends|Morgens|Nachts|Mittags|Rechts|Links|Stets|Teils|Eingangs|Jeweils"
    r"|Bis|Als|Eines|Des|Alles|Nichts|Etwas|Seitens)[ \u00a0])[A-ZÄÖÜ][a-zäöüß]+(?<!en|al)s[ \u00a0]+$"
)
_R_ALS_BEFORE = re.compile(r"(?<![\w])[Aa]ls[ \u00a0]+$")
# ... also with an adjective before the noun ("als erstes westdeutsches Werk"), not an article's or a
# possessive's ending ("als erstes die Polizei").
_R_ADJECTIVE_NOUN_AFTER_DE = re.compile(
    r"[ \u00a0]+(?!(?:d(?:ie|er|en|em|es|as)|(?:k|m|d|s)?eine?[mnrs]?|ihre?[mnrs]?|unsere?[mnrs]?|eure?[mnrs]?"
    r"|diese?[mnrs]?|jede?[mnrs]?|wieder|aber|oder|immer|später)[ \u00a0])"
    r"[a-zäöüß]{3,}e[mnrs]?[ \u00a0]+[A-ZÄÖÜ][a-zäöüß]"
)
_R_ORDINAL_BEFORE_DE = re.compile(
    r"(?i)(?<![\w])(?:zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft)e[nmrs]?[ \u00a0]+$"
)
_R_DE_FRACTION_COMPOUND = re.compile(
    r"(zwei|drei|vier|fünf|sieben|neun)(drittel|viertel|fünftel|sechstel|siebtel|achtel|zehntel)(?=[a-zäöüß])"
)
# A number word that counts the parts of a compound noun ("Dreiparteienkoalition",
# "Zehnpunkteplan", "Fünfsternehotel", "Zweiliterflasche"), its time ("Fünfjahresplan",
# "Zwölfstundenstreik", "Viertagewoche", "Vierzigstundenwoche"; "Dreitagebart" is a beard) or a
# share ("Fünfprozenthürde"), as "28-Punkte-Entwurf" and "Fünf-Prozent-Hürde" do with hyphens.
# "Ein" counts only a time ("Einstundenmittelwert" 1 hour, "Einjahresvertrag"; the mayfly is
# "Eintagsfliege").
_DE_COMPOUND_HEAD = (
    r"(ein(?=jahres|monats|wochen|tages|stunden|minuten)"
    r"|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|hundert"
    r"|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?(?:zwanzig|dreißig|dreissig|vierzig|fünfzig))"
    r"(?:(jahres|monats|wochen|tages|tage(?!bart|fieber)|stunden|minuten|prozent)|punkte|parteien|stufen|mächte"
    r"|sterne|liter)"
)
_R_DE_NOUN_COMPOUND = re.compile(_DE_COMPOUND_HEAD + r"[a-zäöüß]{3,}")
# "Dreimonats-Euribor", "Zehnjahres-Anleihe": the same head joined by a hyphen to a noun (a
# capital after it), as "Fünf-Jahres-Plan" is.
_R_DE_HYPHEN_COMPOUND_HEAD = re.compile(_DE_COMPOUND_HEAD)
# "Dreimonats- und Sechsmonatsgeld": the first half of an elliptic pair has its own figure.
_R_ELLIPTIC_LINK = re.compile(r"[ \u00a0]+(?:und|oder|bis|bzw\.)[ \u00a0]")
_DE_COMPOUND_TIME = {
    "jahres": "year", "monats": "month", "wochen": "week", "tages": "day", "tage": "day", "stunden": "hour",
    "minuten": "minute",
}


# "eine neue Zehner-Kabinenbahn", "eine kuppelbare Achter-Sesselbahn", "ein Dreier-Bündnis": the same
# count with a hyphen before a capitalised noun (or the first of a pair: "Vierer- und
# Sechser-Sesselbahnen"), where "Achter-" is no "Achterbahn" (nor a decade: "Zehner-Jahre").
_R_DE_ER_HYPHEN = re.compile(r"(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf)er")
_R_DE_ER_HEAD = re.compile(r"-(?:(?!Jahr)[A-ZÄÖÜ][a-zäöüß]|[ \u00a0]+(?:und|oder|bis|bzw\.)[ \u00a0])")
# "Dreierkoalition", "Viererkette": members counted with "-er-"; not "acht" ("Achterbahn",
# "Achterdeck") nor "elf" ("Elferschießen"), nor "dreierlei", nor a bobsleigh event ("im Zweierbob",
# "des Viererbobs": a discipline's name, batches 61, 322, 370 and 428).
_R_DE_ER_COMPOUND = re.compile(r"(zwei|drei|vier|fünf|sechs|sieben|neun|zehn|zwölf)er(?!lei|bob)[a-zäöüß]{3,}")


def _de_noun_compound(text: str, s: int, e: int, lw: str) -> _Hit | None:
    m = _R_DE_NOUN_COMPOUND.fullmatch(lw)
    if m is None and text.startswith("-", e) and (text[e + 1 : e + 2].isupper() or _R_ELLIPTIC_LINK.match(text, e + 1)):
        m = _R_DE_HYPHEN_COMPOUND_HEAD.fullmatch(lw)
    if m is None:
        m = _R_DE_ER_COMPOUND.fullmatch(lw)
        if m is None:
            return None
        return _Hit("count", to_json_number(parse_german_word(m.group(1))), None, s, e, _qualifier(text, s))
    n = 1 if m.group(1) == "ein" else to_json_number(parse_german_word(m.group(1)))
    if m.group(2) == "prozent":
        return _Hit("percent", n, "%", s, e, _qualifier(text, s))
    if m.group(2):
        return _Hit("duration", n, _DE_COMPOUND_TIME[m.group(2)], s, e, _qualifier(text, s))
    return _Hit("count", n, None, s, e, _qualifier(text, s))


def _share_hit(text: str, start: int, e: int, n: Decimal, den: int) -> _Hit:
    """ "drei Viertel" 0.75; tenths and finer of a second in a race ("mit einem Zehntel Vorsprung") and of
    a percentage point ("um drei Zehntel Prozentpunkte" 0.3 pp, batch 308, as "two-tenths of a percentage
    point")."""
    if den >= 10 and _split_seconds(text, start, e):
        return _Hit("duration", to_json_number(n / den), "second", start, e, _qualifier(text, start))
    if den >= 10 and (pp := _R_HALF_POINT_DE.match(text, e)):
        return _Hit("percent", round(float(n / den), 4), "pp", start, pp.end(), _qualifier(text, start))
    return _Hit("fraction", round(float(n / den), 4), None, start, e, _qualifier(text, start))


_R_TENTH_POINTS_AFTER = re.compile(
    r"[ \u00a0]+(Zehntel|Hundertstel)(?:(?:prozent)?punkte?n?|(grad))(?![\wäöüß])"
)
# The denominator after a number word, also in the dative plural ("zu drei Vierteln gefüllt",
# "mit zwei Dritteln der Stimmen").
_R_DE_DENOM_AFTER = re.compile(
    r"(?:[ \u00a0]+|-)(Drittel|Viertel|Fünftel|Sechstel|Siebtel|Achtel|Neuntel|Zehntel|Zwölftel"
    r"|Sechzehntel|Zwanzigstel|Dreißigstel|Vierzigstel|Hundertstel|Tausendstel)n?\b"
)


def grader_counts(text: str, hits: list[_Hit]) -> None:
    """ "1.260 Siebtklässler": a count of pupils named by their grade, and the grade, an ordinal (batch 253),
    as "die Siebtklässler" alone is one."""
    if "klässler" not in text:
        return
    for h in list(hits):
        noun = h.unit if h.kind == "count" and isinstance(h.unit, str) else ""
        if not noun.endswith(_GRADER_ENDS) or (gm := _R_DE_GRADER.match(noun.lower())) is None:
            continue
        at = text.find(noun, h.start, h.end + 1)
        if at < 0 or at + len(noun) > h.end:
            continue
        h.end = len(text[:at].rstrip(" \u00a0"))
        grade = parse_german_ordinal(gm.group(1) + "e")
        hits.insert(hits.index(h) + 1, _Hit("ordinal", grade, None, at, at + len(noun)))
