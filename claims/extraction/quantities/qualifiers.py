"""Hedges before a number ("rund", "more than", "bis zu") and when a word is none.

"genau", "exakt", "exactly" and "precisely" are no hedge: they state a figure as written, as
"only" and "just" do (the issue names hedges only; the third and twenty-second batches label
"genau 1.047" and "Exactly 2024 people" without a qualifier)."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .tables import _DURATION_UNITS

_QUALIFIER_MAP = {
    "rund": "about", "etwa": "about", "ca.": "about", "circa": "about", "zirka": "about",
    "ungefähr": "about", "schätzungsweise": "about", "about": "about", "around": "about",
    "approximately": "about", "roughly": "about", "some": "about", "an estimated": "about", "a ballpark": "about",
    "estimated": "about", "approx.": "about", "c.": "about", "knapp": "nearly", "fast": "nearly", "beinahe": "nearly",
    "nahezu": "nearly", "annähernd": "nearly", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "just under": "under", "knapp unter": "under", "über": "over", "mehr als": "over", "mehr denn": "over",
    "weit über": "over", "weit mehr als": "over", "gut": "over", "knapp über": "over", "more than": "over",
    "over": "over", "upwards of": "over", "upward of": "over", "above": "over", "just over": "over",
    "in excess of": "over",
    "well over": "over", "weniger als": "under", "unter": "under", "less than": "under",
    "fewer than": "under", "under": "under", "below": "under", "mindestens": "at_least",
    "wenigstens": "at_least", "at least": "at_least", "no fewer than": "at_least",
    "no less than": "at_least", "höchstens": "at_most", "maximal": "at_most", "at most": "at_most",
    "no more than": "at_most", "not more than": "at_most", "bis zu": "up_to", "up to": "up_to",
    "as many as": "up_to", "as much as": "up_to", "as low as": "up_to", "as high as": "up_to",
    "as long as": "up_to", "as deep as": "up_to", "as wide as": "up_to", "as tall as": "up_to",
    "älter als": "over", "jünger als": "under",
    "older than": "over", "younger than": "under", "at or above": "at_least", "at or below": "at_most",
    # Spoken hedges: "grob gerechnet 1,3 Milliarden", "something like 30 percent", "north of $30 billion".
    "grob": "about", "grob gerechnet": "about", "grob geschätzt": "about", "something like": "about",
    "north of": "over", "somewhere north of": "over", "well north of": "over",
    "just north of": "over", "south of": "under", "somewhere south of": "under", "just south of": "under",
    "just shy of": "under",  # ("two votes shy of 50 percent" leaves the threshold as it is)
    # (batch 376: "reichlich 7 Quadratmeter mehr", "getting on for 25,000 villages", "close on 2 million head",
    # "in the region of £1.6bn", "in the order of Rs 3,400", "a whisker shy of A$97,000", "a good six hours")
    # (three words at most are read: "in the region of" is found as "the region of")
    "reichlich": "over", "getting on for": "nearly", "close on": "nearly", "the region of": "about",
    "the order of": "about", "whisker shy of": "under", "a good": "over",
    # (batch 460: "mit allerhöchstens 2 Prozent", "in a shade over 68 minutes"; "locker" stays no hedge as in
    # the batches before it: "locker zwölf Millionen wert")
    "allerhöchstens": "at_most", "a shade over": "over", "a shade under": "under",
    # A comparison of length bounds a time as "mehr als" does: "länger als sechs Wochen", "waiting
    # longer than 18 months"; negated, it caps it ("nicht länger als zwei Stunden").
    "länger als": "over", "longer than": "over", "kürzer als": "under", "shorter than": "under",
    # A comparison of size bounds a figure as "weniger als" does: "kleiner als 0,5 Millimeter".
    "kleiner als": "under", "smaller than": "under", "larger than": "over", "bigger than": "over",
    "größer als": "over",
    # "täglich mind. 600 Polizisten", "ein Defizit von max. 0,9 Mia. Fr." (batch 342)
    "mind.": "at_least", "max.": "at_most", "rd.": "about",  # ("auf rd. 71 Mrd. Euro", batch 430)
    # "fell by better than 2%", "a better than 70% probability", "gut und gerne 60.000 Jecken" (batch 328).
    "better than": "over", "gut und gerne": "over", "gut und gern": "over",
    # (batch 405: "Nigh on one in eight", "a hair under 2%", "a maximum of 150 hours")
    "nigh on": "nearly", "hair under": "under", "a maximum of": "at_most",
    # (batch 426: "the better part of three years", "gute zwei Stunden", "Pi mal Daumen 480.000 Euro")
    "better part of": "nearly", "gute": "over", "guten": "over", "mal daumen": "about",
    # (batch 445: "in the vicinity of 3%", "in the neighborhood of $258 billion", "in der Größenordnung von 2,4 Mrd.
    # Euro", "um und bei 60.000 Tonnen", "zumindest 900 Stellen", "bestenfalls 1,5 Prozent")
    "the vicinity of": "about", "the neighborhood of": "about", "the neighbourhood of": "about",
    "größenordnung von": "about", "um und bei": "about", "zumindest": "at_least", "bestenfalls": "at_most",
    # Markets' "near": "Brent steadies near $66" (batch 266).
    "near": "about",
    # ... and of weight and speed: "trucks heavier than 15 tons", "travel faster than 80 mph" (batch 261).
    "heavier than": "over", "lighter than": "under", "faster than": "over", "slower than": "under",
    "schwerer als": "over", "leichter als": "under", "schneller als": "over", "langsamer als": "under",
    "nicht länger als": "at_most", "no longer than": "at_most", "not longer than": "at_most",
    "nicht mehr als": "at_most", "nicht weniger als": "at_least",
    # "nicht einmal drei Viertel des Gebiets", "nicht einmal ein Drittel" (batches 388, 390, 404)
    "nicht einmal": "under",
    # "mit geschätzten 314 Milliarden", "geschätzte 2.000 Menschen": as "an estimated".
    "geschätzt": "about", "geschätzte": "about", "geschätzten": "about", "geschätzter": "about",
}
_QUALIFIER_SKIP = frozenset(["noch", "weitere", "another", "further"])
# "3,9 Prozent, mindestens aber 100 Euro", "mindestens jedoch 350 Euro": a conjunction between a
# bound and its figure; "höchstens auf minus 2 Grad", "mindestens um 3 Prozent": a bound before the
# preposition that takes the figure.
_BOUND_BEFORE_ABER = frozenset(["mindestens", "wenigstens", "höchstens", "maximal"])
_ABER = frozenset(["aber", "jedoch"])
_BOUND_PREPS = frozenset(["auf", "um"])
_QUALIFIER_LAST = frozenset(
    [k.split()[-1] for k in _QUALIFIER_MAP] + ["die", "der", "the", "a", "an", *_ABER, *_BOUND_PREPS, *_QUALIFIER_SKIP]
)
# "hatte sich über neun Verhandlungstage erstreckt", "erstreckt sich über drei Tage": "über" that
# "sich erstrecken" governs spans, no hedge.
# ("das Verfahren zog sich damit über acht Jahre", batch 310: dragged on over a span, as "erstreckt sich")
# ("hatte sich über zwei Tage hingezogen", batch 375)
_R_ERSTRECK = re.compile(
    r"(?i)erstreck|(?<![\w])(?:zog|zieht|ziehen|zogen)[ \u00a0]+sich(?![\w])|hinz(?:og|ieht)|hingezogen"
)
# "über" that a verb or noun governs is no hedge: "verfügt über 29 Sitze", "stimmten über
# drei Vorlagen ab", "ein Kredit über 20 Milliarden", "ein Fonds über 150 Milliarden Euro" (its
# size), "die Kontrolle über ein Fünftel des Landes".
# The verb may stand a few words before it ("verfügt im Landtag über"), the noun right before.
# ("macht" stays out: "macht über 40 Prozent aus" is a hedge.)
_UEBER_VERB = re.compile(r"(?<!\w)(?:verfüg|stimm|entscheid|entschied)\w*\s")
_UEBER_NOUN = re.compile(
    # (a compound with a hyphen too: "AT1-Anleihen über 750 Millionen Euro")
    r"[\w\-]*(?:kredit|kredite|darlehen|scheck|schecks|gutschein|gutscheine|kaufpflicht|kaufoption|rechnung|rechnungen|auftrag|aufträge|vertrag|verträge|anleihe|anleihen"
    r"|bürgschaft|bürgschaften|garantie|garantien|paket|pakete|fonds|sondervermögen|vereinbarung|abkommen|deal|spende|spenden|klage|klagen|forderung"
    r"|forderungen|bußgeld|geldstrafe|zusage|zusagen|kontrolle|herrschaft|hoheit|souveränität|gewalt|haushalt|etat"
    r"|aufsicht|streit|debatte|diskussion|gespräche|verhandlungen|abstimmung|einigung|bericht|berichte)"
    # "eine Finanzierungsrunde über 40 Mio. Euro", "Series-B-Runde über": the round's sum ("in der
    # zweiten Runde über 40 Prozent" stays a hedge).
    r"|[\w\-]*(?:finanzierungs|investitions|investoren|kapital|wachstums)runde|[\w\-]*-runde"
    r"|\w*rückkaufprogramm|\w*angebot|\w*angebote|\w*ausschreibung|\w*ausschreibungen|\w*überweisung|\w*überweisungen"
    # (a call-off from a framework contract: "ein erster Abruf über 95.000 Schuss", batch 278)
    r"|\w*abruf|\w*abrufe|\w*kapitalerhöhung"
    # (an order by its size: "eine Bestellung über 22 Airbus A350", batch 366)
    r"|\w*bestellung|\w*bestellungen"
    # (a lender's programme by its size: "aus dem 2023 vereinbarten Programm über 3,2 Milliarden Dollar")
    r"|\w*programm|\w*kreditlinie"
)
# "verfügen über" has no other sense: the verb governs "über" anywhere in its clause ("verfügen
# im Nationalrat zusammen über 110 der 183 Mandate"), unless a preposition stands right before
# "über" ("verfügt mit über 60 Prozent über die Mehrheit").
_R_VERFUEGEN = re.compile(r"(?<!\w)verfüg\w*\s")
# (The point of a German ordinal date, "zum 30. September", ends no clause.)
_R_CLAUSE_STOP = re.compile(r"[,;:!?()\"„“”«»]|(?<!\d)\.")
# ", Whitaker über 7,1 Millionen": an elliptic item, a name or a noun and "über", whose verb the
# clause before it has (see _ueber_governed).
_R_ELLIPTIC_SUBJECT = re.compile(
    r"[ \u00a0]*(?:(?:der|die|das|den|dem)[ \u00a0]+)?(?:[A-ZÄÖÜ][\w\-]*[ \u00a0]+){1,2}über[ \u00a0]+"
)
_R_SENTENCE_STOP = re.compile(r"(?<!\d)[.!?](?:[ \u00a0]|$)")
_PREPS_BEFORE_UEBER = frozenset(
    word_list("mit von vom bei beim auf für um seit nach zu zum zur vor in im aus an am gegen durch ohne bis als")
)


# "Der Vertrag läuft über vier Spielzeiten", "die Strecke verläuft über 30 Kilometer": a verb of
# running right before "über" spans what follows (as "the count runs over three days").
_UEBER_RUN = re.compile(r"\w*(?:läuft|lauf|laufen|lief|liefen|läufst)")
# "Gold über 100 Meter", "den Sprint über 7,5 Kilometer", "siegte über 200 Meter": a race noun or
# a verb of winning before "über" and a distance after it name the race ("ein über 100 Meter
# langer Zug", "Wellen von über zehn Metern" stay hedges).
_UEBER_RACE = re.compile(
    r"\w*(?:gold|silber|bronze|sprint|rennen|lauf|läufe|titel|rekord|medaille|finale|sieg|staffel"
    r"|verfolgung|einzel|distanz|strecke|meisterin|meister|siegte|siegt|gewann|gewinnt|zeitfahren"
    # a stage's length: "die Schlussetappe über 163 Kilometer", "Die Etappe führte über 151 Kilometer"
    r"|etappe|führte|führt)"
)
_R_RACE_DISTANCE = re.compile(
    r"(?:[\w.,]+[ \u00a0]+|[\d.,]*\d)"  # ("1500m", "2,350 metres": glued to digits or after a space)
    r"(?:Meter|Metern|Kilometer|km|m|Meilen|metres|meters|kilometres|kilometers|miles)(?![\w])"
    r"(?![ \u00a0]+(?:lang|hoch|tief|weit|breit|entfernt)\w*)"
)

# A distance followed by a stroke or a discipline names an event: "über 200 Meter Rücken", "Über 50
# Meter Freistil", "over 400m hurdles" ("über 200 Meter Rückstand" stays a hedge).
# "Das Rennen führte über neun Runden", "racing over six laps", "over 20 laps of a 4.5km course": the laps a
# race is run over (a distance in laps, no bound).
# ("over two runs", "über zwei Läufe", "over 4 x 7.5 km": the runs or legs a race is timed over, batch 322)
_R_DEGREES_AHEAD = re.compile(r"[-\d.,]+[ \u00a0]*(?:°|degrees?|Grad)(?![\w])")
_R_LAPS_AFTER = re.compile(
    r"(?:\d+|[a-zäöüß]+)[ \u00a0]+(?:Runden|laps|runs|heats|legs|Läufe|Durchgänge)(?![\w])|\d[ \u00a0]+x[ \u00a0]+\d"
    r"|\d+(?:[ \u00a0][12]/3)?[ \u00a0]+innings(?![\w])"  # "allowed two runs over 6 1/3 innings" (batch 395)
)
_R_EVENT_AFTER = re.compile(
    r"[\d.,]+(?:[ \u00a0]*(?:m|Meter|metres|meters)|[ \u00a0]+[a-zäöüß]+)(?![\w])[ \u00a0-]+"
    r"(?:Freistil|Rücken|Brust|Lagen|Schmetterling|Delfin|Hürden|Hindernis|freestyle|backstroke|breaststroke"
    r"|butterfly|medley|individual[ \u00a0]+medley|hurdles|steeplechase)(?![\wäöüß])"
)


# A survey or study among a group: "einer Umfrage des Verbands unter 412 Praxen", "Befragung unter 2.000
# Eltern"; "unter" then means "among".
_R_SURVEY_AMONG = re.compile(
    r"(?i)\b(?:umfrage|befragung|erhebung|stichprobe|urabstimmung)\w*"
    r"(?:\s+(?:des|der|von|vom|im\s+auftrag\s+(?:des|der))\s+[^,;:.]{1,60}?)?\s+unter\s*$"
)
# So does "unter" before an age range: "der Konsum unter 12- bis 17-Jährigen" is among them (batch 273).
_R_AGE_RANGE_AHEAD = re.compile(r"\d+-[ \u00a0]+(?:bis|und)[ \u00a0]+\d+-Jährig")
# ... and before those examined or taking part: "der höchste Wert unter 88 untersuchten Städten" (batch 277).
_R_EXAMINED_AHEAD = re.compile(
    r"[\d.,]+[ \u00a0]+(?:untersucht|befragt|getestet|geprüft|analysiert|ausgewertet|verglichen|teilnehmend"
    r"|beteiligt|erfasst)en[ \u00a0]+[A-ZÄÖÜ]"
    r"|[\d.,]+[ \u00a0]+Teilnehmer"  # ("Platz 31 unter 58 Teilnehmerstaaten", batch 292)
)


_R_GENITIVE_BEFORE_UEBER = re.compile(
    r"(?<![\w\-])([\wäöüß\-]+)[ \u00a0]+(?:des|der)[ \u00a0]+(?:[\wäöüß\-]+[ \u00a0]+){1,3}über[ \u00a0]+$"
)


_R_ROUTE_VERB = re.compile(r"(?<![\w])(?:führt|führte|führen|verläuft|verlief|geht|ging)(?![\w])")


# "bietet 9,5 Prozent über zwei Jahre": after a rise's unit "über" spans the time it is spread over (batch 468).
_RISE_UNITS_BEFORE_UEBER = frozenset(word_list("prozent euro franken punkte prozentpunkte"))
_R_SPAN_AHEAD_DE = re.compile(r"[\w.,]+[ \u00a0]+(?:Jahre|Jahren|Monate|Monaten|Wochen)(?![\w])")


def _ueber_governed(text: str, start: int, before: str) -> bool:
    if before in _PREPS_BEFORE_UEBER:
        return False
    if before in _RISE_UNITS_BEFORE_UEBER and _R_SPAN_AHEAD_DE.match(text, start):
        return True
    # (the verb up to 45 characters back: "entschied im selben Zeitraum über 88.930 Asylanträge", batch 331)
    if _UEBER_NOUN.fullmatch(before) or _UEBER_RUN.fullmatch(before):
        return True
    if _UEBER_VERB.search(text, max(0, start - 45), start):
        return True
    # "ein Übernahmeangebot des dänischen Versorgers Havskov über 52 Euro": a genitive between
    if (g := _R_GENITIVE_BEFORE_UEBER.search(text, max(0, start - 80), start)) and _UEBER_NOUN.fullmatch(
        g.group(1).lower()
    ):
        return True
    if _UEBER_RACE.fullmatch(before.rsplit("-", 1)[-1]) and _R_RACE_DISTANCE.match(text, start):
        return True
    if _R_ROUTE_VERB.search(text, max(0, start - 40), start) and _R_RACE_DISTANCE.match(text, start):
        return True  # "Die sechste Etappe führt am Donnerstag über 201 Kilometer": the route's length (batch 343)
    lo = max(0, start - 90)
    stops = list(_R_CLAUSE_STOP.finditer(text, lo, start))
    clause = stops[-1].end() if stops else lo
    if _R_VERFUEGEN.search(text, clause, start) is not None:
        return True
    # "Calloway verfügte über 18,9 Millionen Dollar, Whitaker über 7,1 Millionen": the verb left out.
    if not stops or stops[-1].group() != "," or _R_ELLIPTIC_SUBJECT.fullmatch(text, clause, start) is None:
        return False
    lo = max(0, clause - 160)
    ends = list(_R_SENTENCE_STOP.finditer(text, lo, clause))
    return _R_VERFUEGEN.search(text, ends[-1].end() if ends else lo, clause) is not None


# A race's result or setting in the sentence of a distance after "über"/"over": "Über 800 Meter wurde der
# Genfer Vierter", "Über 100 Meter siegte ...", "beim Weltcup über 1500 Meter den zweiten Platz belegt", "his
# personal best over 1,000 meters", "the race was run over 2,350 metres" (batch 322): the race's distance.
_R_RACE_RESULT = re.compile(
    r"(?<![\w])(?:Erste|Zweite|Dritte|Vierte|Fünfte|Sechste|Siebte|Achte|Neunte|Zehnte)r?(?![\w])"
    r"|(?<![\w])(?i:platz|rang|gold|silber|bronze|siegte|gewann|gewonnen|bestzeit|rekord|finale|weltcup"
    r"|world[ \u00a0]+cup"
    r"|massenstart|verfolgung|zeitfahren|etappe|skiathlon"  # ("den Massenstart über 15 Kilometer gewonnen", batch 428)
    r"|place|personal[ \u00a0]+best|rennen|race|lauf|sekunden?|seconds?|won|finished|olympi\w*|sprint\w*|staffel"
    r"|relay|eisschnell\w*|speed[ \u00a0-]?skat\w*)(?![\w])"
)


def _race_distance(text: str, start: int) -> bool:
    if _R_RACE_DISTANCE.match(text, start) is None:
        return False
    lo = max(text.rfind(". ", 0, start) + 1, 0)
    stop = _R_SENTENCE_STOP.search(text, start)
    return _R_RACE_RESULT.search(text, lo, stop.start() if stop else len(text)) is not None


# "pushing annual inflation up to 2.9% from 2.7%": a move to a level, no bound (batch 324).
_R_UP_FROM_AFTER = re.compile(
    r"[\d.,]*\d[ \u00a0]*(?:%|percent|per[ \u00a0]cent)[ \u00a0]+from[ \u00a0]+[\d.,]*\d[ \u00a0]*%"
)


_R_PUSHED_UP_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:push|pushes|pushed|pushing)[ \u00a0]+(?:(?!of[ \u00a0])[a-z\-]+[ \u00a0]+){1,4}"
    r"up[ \u00a0]+to[ \u00a0]+$"
)


def _spans_ueber(text: str, start: int) -> bool:
    """ "sich über neun Verhandlungstage erstreckt": "erstrecken" in the clause of "über"."""
    lo, hi = max(0, start - 40), min(len(text), start + 60)
    if _R_ERSTRECK.search(text, lo, hi) is None:
        return False
    stops = list(_R_CLAUSE_STOP.finditer(text, lo, start))
    after = _R_CLAUSE_STOP.search(text, start, hi)
    return _R_ERSTRECK.search(text, stops[-1].end() if stops else lo, after.start() if after else hi) is not None


# Likewise English "over" after a noun it belongs to: "sovereignty over a fifth of the territory",
# "talks over 28 points". ("control" stays out: "forces control over a fifth" is a hedge.)
_OVER_NOUN = frozenset(
    word_list("""
    sovereignty jurisdiction authority dispute disputes row rows talks negotiations concern concerns fears
    worries debate referendum lawsuit clashes standoff stand-off feud spat wrangling tussle
    """)
)


# "Ukraine handed over 24", "turned over 300 documents": "over" is the particle of a verb of giving
# up; so it is after "rolled" and "presided" ("the jackpot rolled over 37 times"). "took over"/"gave
# over" only before a bare figure ("took over 24 hours" is a hedge).
_OVER_PARTICLE_VERBS = frozenset(
    word_list("""
    hand hands handed handing turn turns turned turning sign signs signed signing
    roll rolls rolled rolling preside presides presided presiding
    """)
)
# "has worked under 14 head teachers", "served under three presidents": "under" whom one served.
_UNDER_SERVED_VERBS = frozenset(
    word_list("worked works working served serves serving played plays playing trained studied governed")
)
_OVER_BARE_VERBS = frozenset(word_list("take takes took taken taking give gives gave given giving"))
_R_BARE_FIGURE = re.compile(r"[\d.,]*\d(?:[,;:.!?)]|[ \u00a0]+(?:and|or)(?![\w])|$)")


_R_MEASURE_AFTER_UNDER = re.compile(
    r"[\w.,]+%|[\w.,]+[ \u00a0]+(?:hours?|days?|weeks?|months?|years?|minutes?|per[ \u00a0]?cent|percent|euros?"
    r"|dollars?|pounds?|miles?|km|kilomet\w*|metres?|meters?)(?![\w])"
)


def _over_particle(text: str, start: int, verb: str) -> bool:
    if verb in _OVER_PARTICLE_VERBS:
        return True
    return verb in _OVER_BARE_VERBS and _R_BARE_FIGURE.match(text, start) is not None


# Over places, not more than: "112 Ukrainian drones over 12 regions", "118 Drohnen über sieben
# Regionen abgeschossen" (what flies over them), "camps spread over 26 square kilometres" (what lies
# across them); "in over 30 regions", "betreibt über 30 Standorte" stay hedges.
_AERIAL_ENDS = (
    "drones", "missiles", "rockets", "aircraft", "jets", "planes", "uavs", "drohnen", "raketen", "flugkörper",
    "flugzeuge", "jets",
)  # fmt: skip
_SPREAD_OVER = frozenset(word_list("spread spreads spreading scattered dispersed sprawled sprawling verteilt"))
_R_PLACES_AFTER = re.compile(
    r"[\w.,]+[ \u00a0]+(?:regions|oblasts|provinces|districts|areas|territories|cities|towns|villages|countries"
    r"|Regionen|Gebieten|Gebiete|Bezirken|Bezirke|Provinzen|Oblasten|Städten|Städte|Ortschaften|Ländern|Länder)(?![\w])"
)


def _spatial_over(text: str, start: int, before: str) -> bool:
    low = before.lower()
    if low in _SPREAD_OVER:
        return True
    return low.endswith(_AERIAL_ENDS) and _R_PLACES_AFTER.match(text, start) is not None


_OPENERS = "„“”\"«»‚‘’'(["
# "an estimated street value of £160m", "an estimated cost of $2bn": "an estimated" hedges the
# figure its noun phrase governs, as it does right before one ("an estimated 2,000"); not
# "estimated at 135 billion euros" (a participle after the noun, no hedge in the batches).
_R_ESTIMATED_OF = re.compile(r"(?i)(?<![\w])an[ \u00a0]+estimated[ \u00a0]+(?:[a-z\-]+[ \u00a0]+){1,3}of[ \u00a0]+$")


_HEDGE_REACH = 64


# "einen mehr als zweistündigen Schlagabtausch": before an adjective of a number word the "ein" is the
# article, not "one more than" (batch 120).
_DE_ARTICLES_ONE = frozenset(["ein", "eine", "einen", "einem", "einer", "eines"])
_R_COMPOUND_ADJECTIVE = re.compile(r"[a-zäöüß]+ig(?:e|en|er|es|em)?(?![\wäöüß])")


_R_YEAR_AHEAD = re.compile(r"(?:19|20)\d\d(?![\w%]|[.,]\d|[ \u00a0]*(?:%|per))")
_R_PLACES_AHEAD = re.compile(
    r"[\w,]+[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+)?(?:regions|provinces|oblasts|districts|areas|cities|towns|states"
    r"|countries|territories)(?![\w])"
)
_R_AIR_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:shot[ \u00a0]+down|downed|intercepted|destroyed|flew|flying|spotted)(?![\w])"
)


def _over_places(text: str, start: int) -> bool:
    return (
        text.endswith(("over ", "over\u00a0"), 0, start)
        and _R_PLACES_AHEAD.match(text, start) is not None
        and _R_AIR_BEFORE.search(text, max(0, start - 60), start) is not None
    )


_R_FRAMEWORK_AHEAD = re.compile(
    r"[\d,]+[ \u00a0]+(?:[a-z\-]+[ \u00a0]+)?(?:programs|programmes|schemes|laws|contracts|rules|agreements"
    r"|treaties|plans|deals|statutes|regulations)(?![\w])"
)


# Forms of "be" before "close on": "were close on four others" is near agreement, no hedge.
_BE_FORMS = frozenset(["is", "are", "was", "were", "be", "been", "being", "remain", "remained", "remains"])
# Signs of comparison glued to a figure: "p<0.001".
_SIGN_HEDGES = {"<": "under", ">": "over", "≤": "at_most", "≥": "at_least", "~": "about"}  # ("~40 trains", batch 430)


_R_RACE_TIME_OVER = re.compile(r"\d:[0-5]\d(?:[.,]\d+)?[ \u00a0]+over[ \u00a0]+$")


def _qualifier(text: str, start: int) -> str | None:
    """The hedge right before ``start``: one to three words, maybe followed by "die"/"the"."""
    j = start - 1
    if j >= 0 and text[j] in _SIGN_HEDGES:
        return _SIGN_HEDGES[text[j]]  # "p<0.001": a sign of comparison reads as its words (batch 362)
    if j < 1 or not text[j].isspace():
        return None
    # Fast exit: most numbers are not preceded by a hedge word. The space before it is looked for
    # within _HEDGE_REACH characters (no hedge is that long, with what may open before it):
    # looked for back to the text's start, in copy without spaces (a table separated by tabs or
    # line breaks) each number read and lower-cased all that came before it, quadratic.
    space = text.rfind(" ", max(0, j - _HEDGE_REACH), j)
    if space < 0 and j > _HEDGE_REACH:
        return None
    last = text[space + 1 : j].lower()
    if last in _EVERY_WORDS:
        return _hedge_before_every(text, start)
    if last == "in" and text.endswith("once in ", 0, start) and start > 9:
        return _qualifier(text, start - 8)  # "roughly once in 75 years", as "roughly every five years" (batch 330)
    if last not in _QUALIFIER_LAST and not (last and last[0] in _OPENERS and last.lstrip(_OPENERS) in _QUALIFIER_LAST):
        return None
    lo = max(0, start - 30)
    window = text[lo:start]
    if not window or not window[-1].isspace():
        return None
    # A quote or bracket may open right before the hedge: "“About 70%", "(rund 300 Menschen)".
    words = window.split()
    if any(w[0] in _OPENERS for w in words[-3:]):
        words = [w for w in (w.lstrip(_OPENERS) for w in words) if w]
    article = False
    if words and words[-1].lower() in ("die", "der", "the"):
        if len(words) > 1 and words[-1] == "die" and words[-2].lower() == "an":
            # "An die 300 Menschen": about; "Der Brief ging an die 300 Abgeordneten": to.
            if any(_AN_GOVERNS.match(w.lower()) for w in words[-4:-2]) or _R_WEAK_ADJ_AFTER.match(text, start):
                return None  # ("an die drei bisherigen Anbieter": a weak adjective after the article, "to the three")
            return "about"
        if len(words) > 1 and words[-1] == "die" and words[-2].lower() == "um":
            return _um_die(text, start, words)
        words.pop()
        article = True
    if words and words[-1].lower() in ("a", "an"):
        return _hedge_before_a(words)
    # "mindestens noch zwei Wochen", "at least another two weeks"
    further = False
    if words and words[-1].lower() in _QUALIFIER_SKIP:
        words.pop()
        if words and words[-1].lower() in ("über", "over"):
            return None  # "eine Folgestudie über weitere zwei Jahre", "over another two years": a span
        if len(words) > 2 and words[-1].lower() == "a" and words[-2].lower() == "to":
            words.pop()  # "adding up to a further 25%": a bound, no sum (batch 267)
            further = True
    elif len(words) > 1 and (words[-1] in _ABER or words[-1] in _BOUND_PREPS):
        # both may stand between: "mindestens aber um 240 Euro"
        tail = 2 if len(words) > 2 and words[-1] in _BOUND_PREPS and words[-2] in _ABER else 1
        if words[-tail - 1].lower() not in _BOUND_BEFORE_ABER:
            return None
        del words[-tail:]
    cut = lo > 0 and not text[lo - 1].isspace() and not window[0].isspace()
    if [w.lower() for w in words[-5:]] == ["up", "to", "a", "maximum", "of"]:
        return "up_to"  # "up to a maximum of 26 weeks", "up to a maximum of 6%" (batch 302 and an earlier one)
    for n in (3, 2, 1):
        if len(words) < n or (cut and len(words) == n):
            continue
        key = " ".join(words[-n:]).lower()
        if key in _QUALIFIER_MAP:
            if (
                key in _COMPARISONS
                and len(words) > n
                and _figure_word(words[-n - 1])
                and not (words[-n - 1].lower() in _DE_ARTICLES_ONE and _R_COMPOUND_ADJECTIVE.match(text, start))
                and not _R_YEARS_OLD_AHEAD.match(text, start)  # ("164 mehr als 60 Jahre alt": an age bound)
                and not _R_SPAN_AHEAD.match(text, start)  # ("lagen 19 mehr als zwei Jahre hinter", batch 459)
            ):
                return None  # "two more than the two-thirds majority", "5% more than the 3% expected"
            if (
                (key in _COMPARISONS or key in _LENGTH_COMPARISONS)
                and len(words) > n
                and words[-n - 1].lower() in _DIFFERENCE_UNITS
                and _R_YEAR_CLOSES.match(text, start)
            ):
                return None  # "gut ein halbes Jahr mehr als 2019.": compared with a year
            if key in _LENGTH_COMPARISONS and _measured_difference(words[-n - 2 : -n]):
                return None  # "zwei Tage länger als 2019", "three weeks longer than planned"
            if article and key in _BOUND_WORDS and not text.startswith(_HALF_WORDS, start):
                return None  # "below the 6.8 million who came", "over the 12-week period"
            if key == "over" and _R_RACE_TIME_OVER.search(text, max(0, start - 16), start):
                return None  # "26:21 over 10 kilometres": the distance a time was run over (batch 499)
            if key == "near" and len(words) > 1 and words[-2].lower() == "nowhere":
                return None  # "nowhere near the 41,000 a year the government is aiming for" (batch 498)
            if key == "über" and len(words) > 1 and _ueber_governed(text, start, words[-2].lower()):
                return None
            if key == "über" and _spans_ueber(text, start):
                return None
            if key == "unter" and _R_SURVEY_AMONG.search(text, max(0, start - 120), start):
                return None  # "eine Umfrage ... unter 412 Praxen": among, no bound (batch 111)
            if key == "better than" and _R_YEAR_AHEAD.match(text, start):
                return None  # "did better than 2019": compared with a year
            if key == "about" and len(words) > 1 and words[-2].lower() in _ABOUT_TOPIC_VERBS:
                return None  # "We are talking about one million ... barrels": the topic, no hedge (batch 426)
            if key == "over" and _over_places(text, start):
                return None  # "shot down 94 drones over eight Russian regions": above them (batch 348)
            if key == "under" and _R_FRAMEWORK_AHEAD.match(text, start):
                return None  # "awards under 14 grant programs": what they fall under, no bound (batch 332)
            if key == "unter" and _R_EXAMINED_AHEAD.match(text, start):
                return None  # "unter 88 untersuchten Hochschulstädten": among those examined, no bound
            if key == "unter" and _R_AGE_RANGE_AHEAD.match(text, start):
                return None  # "der Konsum unter 12- bis 17-Jährigen": among an age group (batch 273)
            if key in ("über", "over") and (_R_EVENT_AFTER.match(text, start) or _R_LAPS_AFTER.match(text, start)):
                return None  # "über 200 Meter Rücken", "over 400m hurdles": the event's name; "über neun Runden"
            if key in ("über", "over") and _race_distance(text, start):
                return None  # "Über 800 Meter wurde Dufaux Vierter.", "his personal best over 1,000 meters"
            if key == "a maximum of" and _R_DEGREES_AHEAD.match(text, start):
                return None  # "recorded a maximum of 45.6 degrees": the day's high, no bound (batch 46)
            if key == "close on" and len(words) > 2 and words[-3].lower() in _BE_FORMS:
                return None  # "were close on four others": near agreement on them, no hedge (batch 358)
            if key == "up to" and (
                _R_UP_FROM_AFTER.match(text, start) or _R_PUSHED_UP_BEFORE.search(text, max(0, start - 60), start)
            ):
                return None  # "up to 2.9% from 2.7%", "pushing annual inflation up to 3.1%": a move to a level
            if key == "over" and len(words) > 1 and words[-2].lower() in _OVER_NOUN:
                return None
            if key == "over" and len(words) > 1 and words[-2].lower() in _OVER_CAUSE_BEFORE:
                return None  # "jailed for 30 months over £480,000 care home fraud": over is "for"
            if key == "over" and len(words) > 1 and _over_particle(text, start, words[-2].lower()):
                return None
            if (
                key == "under"
                and len(words) > 1
                and words[-2].lower() in _UNDER_SERVED_VERBS
                and not _R_MEASURE_AFTER_UNDER.match(text, start)  # ("worked under 20 hours a week" bounds)
            ):
                return None
            if key in ("über", "over") and len(words) > 1 and _spatial_over(text, start, words[-2]):
                return None
            if key == "estimated" and len(words) > 1 and words[-2].lower() in _EARLIER_WORDS:
                return None  # "revised up from the previously estimated 1.6% pace": a revision
            if key == "up to" and len(words) > 2 and words[-3].lower() in _UP_VERBS:
                return None
            # (an object between: "revised the figure up to 468", "moved its forecast up to 2%"; batch 110)
            if (
                key == "up to"
                and len(words) > 4
                and words[-3].lower() != "at"  # ("put the cost of the round at up to 3.4 million": a bound, batch 358)
                and any(w.lower() in _UP_VERBS for w in words[-5:-3])
                and not any(c.isdigit() for w in words[-4:-2] for c in w)
            ):
                return None
            if (
                key == "up to"
                and len(words) > 2
                and words[-3].lower() in _ADD_VERBS
                and not further
                # ("which can add up to 11 points": a modal makes it as many as may be added, batch 312)
                and not (len(words) > 3 and words[-4].lower() in _MODALS)
                and _adds_up(text, start)
            ):
                return None
            return _QUALIFIER_MAP[key]
    if last == "of" and text.find("estimated", max(0, start - 60), start) >= 0:
        return "about" if _R_ESTIMATED_OF.search(text, max(0, start - 60), start) else None
    return None


# "about once every 340 years", "roughly every 10 years", "etwa einmal alle 100 Jahre": the hedge
# stands before the interval's words (German bare "alle" is also "all": "fast alle 27 Staaten").
_EVERY_WORDS = frozenset(["every", "alle"])
_R_EVERY_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:(?:once|twice)[ \u00a0]+every|every|(?:einmal|zweimal)[ \u00a0]+alle|alle)[ \u00a0]+$"
)


def _hedge_before_every(text: str, start: int) -> str | None:
    """ "roughly every five years", "etwa alle fünf Jahre" (not "fast alle 80 Gäste": a share of them)."""
    m = _R_EVERY_BEFORE.search(text, max(0, start - 20), start)
    if m is not None and m.group()[:4].lower() == "alle" and not _R_INTERVAL_AFTER.match(text, start):
        return None
    return _qualifier(text, m.start()) if m is not None and m.start() > 1 else None


_R_INTERVAL_AFTER = re.compile(r"\S+[ \u00a0]+(?:Jahre|Monate|Wochen|Tage|Stunden|Minuten|Sekunden)\b")


# "about a 35% chance", "nearly a 20% rise": a hedge before "a"/"an" and the figure. "about"
# and "around" are often prepositions there ("worries about a 25% tariff", "asked 2,000 adults
# about a 10-point plan", "centred around a 2% target"): they hedge only after a verb of seeing,
# giving or having, a form of "be" or a preposition ("see about a 35% chance", "with about a
# 10% stake").
_HEDGES_BEFORE_A = frozenset(["about", "around", "roughly", "approximately", "nearly", "almost"])
# Verbs whose object "about" introduces: "talking about 1.2 million barrels", "asked about 40 cases".
_ABOUT_TOPIC_VERBS = frozenset(
    word_list("""
    talk talks talked talking speak speaks spoke speaking think thinks thought thinking worry worries worried
    know knew care cares cared hear heard ask asks asked asking complain complained complaining
    """)
)
_BEFORE_ABOUT_A = frozenset(
    word_list("""
    see sees saw seeing seen put puts putting give gives gave given giving assign assigns assigned
    price prices priced pricing imply implies implied show shows showed shown estimate estimates
    estimated expect expects expected hold holds held carry carries carried has have had having is was
    are were be been being at of with by for from now still just only
    """)
)

_PRICE_VERBS = frozenset(word_list("price prices priced pricing"))


def _hedge_before_a(words: list[str]) -> str | None:
    if len(words) < 2:
        return None
    hedge = words[-2].lower()
    # "less than a 30% chance", "more than a 10% rise": a comparison bounds the figure after "a".
    if hedge == "than" and len(words) > 2 and f"{words[-3].lower()} than" in _COMPARISONS:
        return _QUALIFIER_MAP[f"{words[-3].lower()} than"]
    if hedge not in _HEDGES_BEFORE_A:
        return None
    # ("pricing in about a 70% chance", "priced in around a 20% risk": the particle of "price in")
    priced_in = len(words) > 3 and words[-3].lower() == "in" and words[-4].lower() in _PRICE_VERBS
    if hedge in ("about", "around") and not priced_in and (len(words) < 3 or words[-3].lower() not in _BEFORE_ABOUT_A):
        return None
    return _QUALIFIER_MAP[hedge]


# A weak adjective between the figure and its noun follows an article: "an die drei bisherigen Anbieter
# vergeben" (the hedge takes the strong form: "an die drei neue Anbieter" is not written).
_R_WEAK_ADJ_AFTER = re.compile(r"[\w.,'’]+[ \u00a0]+[a-zäöüß]{3,}en[ \u00a0]+[A-ZÄÖÜ]")
# Verbs and nouns that govern "an" ("schrieb an", "ging an", "wandte sich an", "Brief an"):
# "an die 300" after them is "to the 300", not "about 300".
_AN_GOVERNS = re.compile(
    r"(?:schrieb|schreib|geschrieben|schick|geschickt|sand|send|gesandt|gesendet|richt|gerichtet|wand|wend"
    r"|gewandt|appellier|erinner|dacht|denk|glaub|verteil|übergab|übergeb|verkauf|zahl|gezahlt|ging|geh"
    r"|gegangen|liefer|geliefert|vergab|vergeben|spend|gespendet|brief|appell|aufruf|botschaft|mail|nachricht)"
)
# "so um die 40 Prozent", "um die acht Prozent mehr": spoken "about"; not where a verb or noun
# up to three words before governs "um" ("kümmert sich um die 40 Kinder", "der Streit um die 40
# Millionen", "es geht um die 40 Stellen") nor before "Hälfte" ("sank um die Hälfte" halves).
_UM_GOVERNS = re.compile(
    r"(?:kümmer|gekümmert|sorg|handel|bitt|bat|gebeten|kämpf|gekämpft|kampf|streit|stritt|gestritten|werb|warb"
    r"|geworben|bewerb|beworben|ring|rang|gerungen|buhl|konkurr|trauer|fürcht|angst|bang|feilsch|verhandl"
    r"|rennen|wettlauf|wettbewerb|poker|gerangel|tauziehen|bemüh|dreh|gedreht|beneid|betrog|betrüg|bring|brach"
    r"|gebracht)"
)
_R_ES_GEHT = re.compile(r"(?:geht|ging|gehen|gegangen)")
# "drei Jahre mehr Zeit, um die 61 Leistungsgruppen umzusetzen": "um" after a comma opens a clause of
# purpose that an infinitive with "zu" closes; "die" is its object's article.
_R_COMMA_UM = re.compile(r",[ \u00a0]+um[ \u00a0]+die[ \u00a0]+$")
_R_ZU_INFINITIVE_CLOSES = re.compile(
    r"[^.,;:!?]*?(?<![\w])(?:zu[ \u00a0]+[a-zäöüß]+|[a-zäöüß]+zu[a-zäöüß]+)(?:en|ern|eln)(?=[ \u00a0]*(?:[.,;:!?]|$))"
)


def _um_die(text: str, start: int, words: list[str]) -> str | None:
    if text.startswith(_HALF_WORDS, start):
        return None
    before = [w.lower() for w in words[-5:-2]]
    if any(_UM_GOVERNS.match(w) for w in before):
        return None
    if "es" in before and any(_R_ES_GEHT.fullmatch(w) for w in before):
        return None  # "es geht um die 40 Stellen"; "heute gehen um die 40 Menschen" stays "about"
    if _R_COMMA_UM.search(text, max(0, start - 12), start) and _R_ZU_INFINITIVE_CLOSES.match(text, start):
        return None
    return "about"


_COMPARISONS = frozenset(["more than", "less than", "fewer than", "mehr als", "weniger als"])
# ... unless an age follows: "164 mehr als 60 Jahre alt" bounds the age (batch 261).
_R_YEARS_OLD_AHEAD = re.compile(r"[\w.,]+[ \u00a0]+(?:Jahre[ \u00a0]+alt|years[ \u00a0]+old)(?![\w])")
# ... or a span in a unit of time: a count is compared with no span, so the span is bounded.
# ("rund 160 weniger als zehn Jahre zuvor", "9 per cent fewer than three months earlier" compare with a time)
_R_SPAN_AHEAD = re.compile(
    r"[\w.,]+[ \u00a0]+(?:Jahre|Monate|Wochen|Tage|years|months|weeks|days)(?![\w])"
    r"(?![ \u00a0]+(?:zuvor|davor|vorher|früher|earlier|ago|before|previously|prior)(?![\w]))"
)
# A year closing the clause after a comparison: "ein halbes Jahr mehr als 2019.", "drei Monate länger als 2020,".
_R_YEAR_CLOSES = re.compile(r"(?:19|20)\d\d(?=[.,;:)]|$)")
# ... after a difference in a unit ("auf mehr als 2000." stays a hedged count)
_DIFFERENCE_UNITS = frozenset(
    word_list("jahr jahre monat monate wochen tage stunden year years months weeks days hours prozent percent")
)
# After a figure and its unit a comparison of length states the difference ("zwei Tage länger als").
_LENGTH_COMPARISONS = frozenset(["länger als", "longer than", "kürzer als", "shorter than"])
# Comparison words that bound a figure; before a definite article ("still below the 6.8
# million who came", "unter der 5-Prozent-Hürde") they compare with a stated figure, and
# "over the 12-week period" spans a time: no hedge. German writes the article with "Hälfte"
# ("mehr als die Hälfte" is over).
_BOUND_WORDS = frozenset(
    k for k, v in _QUALIFIER_MAP.items() if v in ("over", "under") and k not in ("gut", "älter als", "jünger als")
)
_HALF_WORDS = ("Hälfte", "hälfte", "half", "Half")
_FIGURE_WORDS = frozenset(
    word_list("""
    one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred
    thousand million billion dozen percent cent points ein eine einen zwei drei vier fünf sechs sieben acht
    neun zehn elf zwölf zwanzig hundert tausend prozent punkte prozentpunkte
    hälfte drittel viertel fünftel sechstel achtel zehntel third thirds quarter quarters fifth fifths tenth
    """)
)


# A measure whose figure before "länger als" states the difference ("zwei Tage länger als",
# "10 Meter länger als"); a counted noun there is the subject ("6.000 Menschen länger als drei
# Monate") and the comparison bounds the figure after it.
_DIFFERENCE_MEASURES = frozenset(
    [*_DURATION_UNITS, *word_list("mal times meter metre metres meters kilometer km zentimeter cm miles feet inches")]
)


def _measured_difference(words: list[str]) -> bool:
    if not words:
        return False
    if _figure_word(words[-1]):
        return True
    return len(words) > 1 and words[-1].lower() in _DIFFERENCE_MEASURES and _figure_word(words[-2])


def _figure_word(word: str) -> bool:
    """Whether ``word`` is a figure that a comparison after it is measured by: "two", "300",
    "5%", "Prozent"; not a year ("2024 mehr als 800 Stellen") nor the end of a clause
    ("stieg auf 1.200, mehr als")."""
    w = word.lower()
    if w.isdigit() and len(w) == 4 and "1800" <= w <= "2100":
        return False
    return (w[:1].isdigit() and w[-1:].isdigit()) or w.endswith("%") or w in _FIGURE_WORDS


# "the previously estimated 1.6%", "the initially estimated 2%": the figure an estimate gave
# before a revision, stated as it was (as "the previously reported"), no hedge.
_EARLIER_WORDS = frozenset(word_list("previously initially originally earlier"))


# "edged up to 4.3%", "revised up to 1.2%", "nudged up to 0.7%": "up" is the particle of a verb
# that moves a figure, not a hedge. (Not any verb: "waited up to 15 months", "dumped up to 40
# centimetres", "fined up to 20 percent" are hedged.)
_UP_VERBS = frozenset(
    word_list("""
    edged edges edging ticked ticks ticking inched inches inching crept creeping moved moves moving went goes
    going picked picks picking revised revises revising rounded shot jumped jumps climbed climbs
    go gone edge tick inch creep move pick revise round jump climb
    nudge nudged nudges nudging bump bumped bumps bumping notch notched notches notching
    ratchet ratcheted ratchets ratcheting drift drifted drifts drifting
    """)
)


# "the package adds up to $250 billion": "add up to" totals, no hedge; "could add up to 1% to
# prices" adds as much as a figure to something named after it ("to"/"onto"), a hedge.
_ADD_VERBS = frozenset(word_list("add adds added adding"))
_MODALS = frozenset(word_list("can could may might will would"))
_R_ADDED_TO_AFTER = re.compile(r"[^.,;:!?]{0,40}?[ \u00a0](?:to|onto)[ \u00a0]")


def _adds_up(text: str, start: int) -> bool:
    return _R_ADDED_TO_AFTER.match(text, start) is None


_R_OVER_BEFORE = re.compile(r"(?i)(?:^|[^\w'’])([\w'’]*)[ \u00a0]+over[ \u00a0]+$")
# Words after which "over" before a duration is a hedge ("lasted over two hours").
_OVER_HEDGE_AFTER = frozenset(
    word_list("""
    for after in of within lasted lasting lasts last took take takes taking spent spend spending waited
    wait served serving spanning is was are were been be just well aged by than
    """)
)
_SPREAD_VERBS = frozenset(
    word_list("""
    repaid paid spread amortised amortized phased staggered disbursed invested distributed rolled built
    constructed implemented introduced held conducted staged delivered supplied shipped
    runs run running ran
    testified testifies deliberated deliberates met meets negotiated stages phases rounds instalments
    installments sessions hearings
    """)
)
# A verb's pronoun object right before "over": the verb spreads its act over the time ("wrote it over six
# years", "paid them over two years").
_PRONOUN_OBJECTS = frozenset(["it", "them"])
# The particle of a phrasal verb of spreading: "phased in", "rolled out", "paid back", "paid off".
_SPREAD_PARTICLES = frozenset(word_list("in out back off down up"))
_R_WORD_BEFORE = re.compile(r"(?i)(?<![\w'’])([\w'’]+)[ \u00a0]+$")
_R_BE_BEFORE = re.compile(r"(?i)(?<![\w])(?:be|been|being|is|are|was|were)[ \u00a0]+$")
# An amount stated before: a figure, a scale, or a number word ("four rounds of voting over two days").
_R_AMOUNT_BEFORE = re.compile(
    r"\d|\b(?:million|billion|trillion|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?"
    r"|hundreds|thousands))\b"
)
# "was built over 100 years ago", "paid off over two years earlier", "delivered over two years late":
# a point in time or a delay, hedged.
# ("over two days before finding him guilty": "before" and a gerund open a clause, no point in time)
_R_AGO_AFTER = re.compile(
    r"(?i)[ \u00a0]+(?:ago|old|earlier|late|behind|before(?![ \u00a0]+[a-z]+ing(?![\w])))(?![\w])"
)


# "Over two days of hearings, the nominee ...", "Over three days, ...": "Over" opening the
# sentence and a span set off by a comma frame what happened in it.
_R_OVER_OPENS = re.compile(r"(?:^|[.!?:;\"“(\n][ \u00a0]*)Over[ \u00a0]+$")
_R_SPAN_COMMA_AFTER = re.compile(r"(?:[ \u00a0]+of[ \u00a0]+[^\W\d_][^,.;:!?\d]{0,40})?,")


# A prison term before "over", which then names what it was for: "jailed for 30 months over £480,000 care
# home fraud" (batch 266; "fined over $2 million", "arrested over 300" stay hedges).
_OVER_CAUSE_BEFORE = frozenset(word_list("months years weeks"))


# Rain or snow measured over a time: the time is the span it fell in.
_R_PRECIPITATION = re.compile(r"(?i)(?<![\w])(?:rain|rainfall|snow|snowfall|precipitation)(?![\w])")
_R_FOR_OVER = re.compile(r"(?i)(?<![\w])(?:for|after|lasting|lasted|of|in)[ \u00a0]+over[ \u00a0]+$")
_R_TIME_UNIT_AHEAD = re.compile(
    r"(?:an?[ \u00a0]+|[\d.,]+[ \u00a0\-]*|[a-z\-]+[ \u00a0]+)(?:hours?|days?|weeks?)(?![\w])", re.IGNORECASE
)


def _over_is_period(text: str, start: int, end: int) -> bool:
    """ "$7 billion over five years", "2,500 jobs over two years": "over" spreads an amount
    stated before it over a period; after a verb of lasting or a preposition it is a hedge."""
    if text[start - 5 : start - 1] == "Over" and _R_OVER_OPENS.search(text, max(0, start - 8), start):
        return _R_SPAN_COMMA_AFTER.match(text, end) is not None
    if (
        text.endswith(("over ", "Over "), 0, start)
        and _R_PRECIPITATION.search(text, max(0, start - 80), start)
        and _R_TIME_UNIT_AHEAD.match(text, start)
        and not _R_FOR_OVER.search(text, max(0, start - 12), start)  # ("rained for over 36 hours": a hedge)
    ):
        return True  # "Rainfall of that size over 36 hours", "rain fell ... over a day and a half" (batches 328, 330)
    m = _R_OVER_BEFORE.search(text, max(0, start - 40), start)
    if m is None or _R_AGO_AFTER.match(text, end):
        return False
    verb = m.group(1).lower()
    if verb[:1].isdigit():
        return True  # "lose £105m over three seasons", "€2bn over five years": the amount right before
    # "will be phased in over four years", "rolled out over three years", "paid back over".
    if verb in _SPREAD_PARTICLES and (pv := _R_WORD_BEFORE.search(text, max(0, m.start(1) - 20), m.start(1))):
        verb = pv.group(1).lower() if pv.group(1).lower() in _SPREAD_VERBS else verb
    # "to be repaid over 25 years", "spread over five years", "is to be spent over 10 years"; what was
    # done in sittings or steps: "testified over four days", "lift the sanctions in stages over three years";
    # "wrote it over six years" (_PRONOUN_OBJECTS).
    if (
        verb in _SPREAD_VERBS
        or verb in _PRONOUN_OBJECTS
        or (verb == "spent" and _R_BE_BEFORE.search(text, max(0, m.start(1) - 8), m.start(1)))
    ):
        return True
    amount = _R_AMOUNT_BEFORE.search(text, max(0, m.start(1) - 60), m.start(1)) is not None
    if verb == "spending" and amount:
        return True  # "C$28 billion in new defence spending over five years": the noun (batch 303)
    if verb in _OVER_HEDGE_AFTER:
        return False
    return amount



# "sie spritzten sich über 68 Wochen hinweg", "verlangsamte den Abbau über 18 Monate um 27 Prozent",
# "wird über vier Jahre mit 1,8 Millionen Franken unterstützt": "über" and a time, then "hinweg" or
# what changed or was given over it (a preposition and a figure), spans the time; "dauerte über 18
# Monate", "nach über 3 Stunden", "Personen über 65 Jahre" stay hedges.
_R_UEBER_BEFORE = re.compile(r"(?i)(?<![\w])([\wäöüß]*)[ \u00a0]+über[ \u00a0]+$")
_R_SPAN_AFTER_DE = re.compile(
    r"[ \u00a0]+(?:hinweg|(?:um|mit|auf)[ \u00a0]+"
    # ("kann über fünf Jahre mit bis zu 2,6 Millionen Euro gefördert werden", batch 346)
    r"(?:(?:rund|etwa|knapp|gut|fast|mehr[ \u00a0]+als|insgesamt|bis[ \u00a0]+zu)[ \u00a0]+)?\d)"
)


# "hatten 2,5 Prozent in zwei Stufen über 24 Monate angeboten", "300 Euro über zwölf Monate
# verteilt": the term a deal's amount runs over, as "38% ... over four years"; a share or a sum
# stated before "über" and a verb of offering, paying or spreading closing the clause after the time.
_R_AMOUNT_BEFORE_DE = re.compile(
    r"\d[ \u00a0]*(?:Prozent|%|Euro|Franken|Dollar|Mio\.|Millionen|Milliarden)(?![\w])"
    # (or money named without a figure: "Das Geld soll über zwei Jahre ausgezahlt werden")
    r"|(?<![\w])(?:Geld|Summe|Betrag|Mittel|Hilfen|Zahlungen|Förderung)(?![\w])"
)
_R_TERM_VERB_AFTER_DE = re.compile(
    # (perhaps after its end date: "über vier Jahre bis Ende 2029 ausgezahlt")
    r"[ \u00a0]+(?:(?:bis|ab)[ \u00a0]+(?:Ende|Anfang|Mitte)?[ \u00a0]*\d{4}[ \u00a0]+)?"
    r"(?:angeboten|anbieten|vereinbart|vereinbaren|gezahlt|zahlen|ausgezahlt|auszahlen|verteilt"
    r"|verteilen|gestreckt|strecken|gestaffelt|gefordert|fordern|abbezahlt|abbezahlen|zurückgezahlt"
    r"|zurückzahlen|getilgt|tilgen)(?![\w])"
)


# "3,4 Prozent in zwei Schritten über 24 Monate": a raise in steps spread over a term.
_R_STEPS_BEFORE_UEBER = re.compile(
    r"(?<![\w])in[ \u00a0]+\w+[ \u00a0]+(?:Schritten|Stufen|Etappen|Raten)[ \u00a0]+über[ \u00a0]+$"
)


def _ueber_is_span(text: str, start: int, end: int) -> bool:
    if not text.startswith(("über", "Über"), start - 5):
        return False
    if _R_STEPS_BEFORE_UEBER.search(text, max(0, start - 40), start):
        return True
    if _R_TERM_VERB_AFTER_DE.match(text, end) is not None:
        lo = max(0, start - 80)
        stops = list(_R_CLAUSE_STOP.finditer(text, lo, start - 5))
        return _R_AMOUNT_BEFORE_DE.search(text, stops[-1].end() if stops else lo, start - 5) is not None
    if _R_SPAN_AFTER_DE.match(text, end) is None:
        return False
    m = _R_UEBER_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).lower() not in _PREPS_BEFORE_UEBER
