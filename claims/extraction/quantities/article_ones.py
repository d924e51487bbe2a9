"""German "ein" counted as 1 where sports copy tallies with it: a golf score "bei einem Schlag über
Par", "mit einem Schlag Vorsprung", an article in a list of counted things after a figure when the
thing is a tally of a game or a race ("sieben Birdies und einem Bogey", "sieben Nachladern und einer
Strafrunde"), and such a tally after "nur" ("leistete sich nur einen Schießfehler"); a gap in a
table ("einen Punkt vor Servette", "44 Punkte, einen mehr als Köln"); the other side of a vote
tally ("mit sechs zu einer Stimme"). Elsewhere "ein"
is an article ("mit einem Schlag" is "at a stroke"; "mit zwölf Streifenwagen und einem
Polizeihubschrauber", "nur ein Witz"). Beside them, the other German ones and tallies no number word
anchors: "bei einer Enthaltung", "das vierte Nummer-eins-Album", "in den Top Ten"."""

from __future__ import annotations

import re

from .hits import _Hit, insert_hit
from .qualifiers import _QUALIFIER_MAP

_R_STROKE = re.compile(
    r"(?<![\w])(?:ein|einen|einem|eines)[ \u00a0]+Schlag"
    r"(?=[ \u00a0]+(?:(?:über|unter)[ \u00a0]+Par|Vorsprung|Rückstand)(?![\w]))"
)
_R_AND_ONE = re.compile(
    r"[ \u00a0]+(?:und|sowie)[ \u00a0]+((?:eine[mnr]?|ein)[ \u00a0]+([A-ZÄÖÜ][a-zäöüß]+))(?![\wäöüß\-])"
)
# What a score sheet tallies, as the end of a compound ("Doppelbogey", "Schießfehler", "Heimsieg").
_TALLY_ENDS = (
    "bogey", "birdie", "eagle", "strafrunde", "strafminute", "fehler", "nachlader", "treffer", "vorlage",
    "assist", "sieg", "niederlage", "remis", "unentschieden", "elfmeter", "eigentor", "rebound", "boxenstopp",
    # ("gab nur einen Satz ab", "nur ein Aufschlagspiel", batch 343)
    "satz", "aufschlagspiel",
)
_TALLY_WORDS = frozenset(["tor", "ass"])


def _tally(noun: str) -> bool:
    low = noun.lower()
    return low.endswith(_TALLY_ENDS) or low in _TALLY_WORDS


# "nur einen Schießfehler", "lediglich ein Tor": after "nur" the word is the numeral.
_R_ONLY_ONE = re.compile(
    r"(?<![\w])(?:nur|lediglich|bloß)[ \u00a0]+((?:eine[mnr]?|ein)[ \u00a0]+([A-ZÄÖÜ][a-zäöüß]+))(?![\wäöüß\-])"
)
# "nur eines verloren", "nur einer traf": the numeral standing for a noun counted before it (batches 241, 320),
# after "von den letzten zwölf Heimspielen" and the like.
_R_ONLY_ONE_OF_THEM = re.compile(r"(?<![\w])(?:nur|lediglich)[ \u00a0]+(eine[sr]?)(?=[ \u00a0]+[a-zäöüß]+(?![\wäöüß]))")
_R_OF_THE_SET = re.compile(
    r"(?<![\w])(?:[Vv]on|aus)[ \u00a0]+(?:(?:den|seinen|ihren|allen|diesen)[ \u00a0]+)?(?:[a-zäöüß]+[ \u00a0]+)?$"
)


def _one_of_a_set(text: str, hits: list[_Hit], at: int) -> bool:
    """A count after "von" ends at most 60 characters before ``at``."""
    return any(
        h.kind == "count" and h.end < at < h.end + 60 and _R_OF_THE_SET.search(text, max(0, h.start - 40), h.start)
        for h in hits
    )
# A noun a figure measures is no item counted ("und eine Geldstrafe von 15.000 Franken", "und einer
# Gesamtleistung von 92,4 Megawatt").
_R_MEASURED = re.compile(r"[ \u00a0]+(?:von|vom|über|in[ \u00a0]+Höhe|im[ \u00a0]+Wert)(?![\w])")


# A gap in a table: "einen Punkt vor Servette", "mit einem Zähler Rückstand" (a poll's "einen Punkt"
# is a percentage point, read by neighbours.py where a share stands in the sentence).
_R_POINT_GAP = re.compile(
    r"(?<![\w])(?:einen|einem)[ \u00a0]+(Punkt|Zähler)(?=[ \u00a0]+(?:vor|hinter|mehr|weniger|Vorsprung"
    r"|Rückstand|Abstand|zurück)(?![\w]))"
)
# "44 Punkte, einen mehr als Köln", "zwölf Medaillen, eine weniger als 2021": after a tally the
# article stands for one more of its noun.
_R_ONE_MORE = re.compile(r",[ \u00a0]+((?:einen|eine|einer)(?=[ \u00a0]+(?:mehr|weniger)[ \u00a0]+als(?![\w])))")


# A vote tally: "mit sechs zu einer Stimme", "mit 8 zu einer Gegenstimme": after a figure and "zu" the
# word is the numeral of the other side (as "one" in "6-1"), no article.
_R_TALLY_ONE = re.compile(r"[ \u00a0]+zu[ \u00a0]+(eine[rm]?|eins)(?=[ \u00a0]+(?:Gegens|S)timmen?(?![\wäöüß]))")


# The rest of a tally of votes: "mit 29 zu 14 Stimmen bei einer Enthaltung", "83 votierten dagegen, es gab
# eine Enthaltung" (batches 238, 246); read only where the sentence counts something else.
_R_ONE_ABSTENTION = re.compile(r"(?<![\w])(eine[rm]?)[ \u00a0]+(?:Stimmenthaltung|Enthaltung|Gegenstimme)(?![\wäöüß])")


# "in den Top Ten", "unter die Top Five": German copy keeps the English number word, a count (batch 256).
_TOP_WORDS = {"three": 3, "five": 5, "ten": 10, "twenty": 20}
_R_TOP_EN_WORD = re.compile(r"(?<![\w])Top[ \u00a0\-](Three|Five|Ten|Twenty|ten|five)(?![\wäöüß])")


# "das vierte Nummer-eins-Album", "ihr erster Nummer-eins-Hit": a chart's top, as "a number one album" (batch 260).
_R_NUMBER_ONE = re.compile(r"(?<![\w])[Nn]ummer-([Ee]ins)(?=-[A-ZÄÖÜ])")


# One unit of measure: "bis zu einem Meter" (Neuschnee), "die Zelle misst einen Quadratzentimeter",
# "wiegt eine Tonne": after "bis zu" or a verb of measuring the article before a unit is the numeral
# ("bis zu einem Tiefgang von 13,5 Metern", "misst einen mittleren Wind" stay articles).
# A hedge before it says the same ("bei mehr als einem Gigawatt", "knapp einen Meter", "rund eine
# Tonne"; 128th batch).
_R_MEASURE_ONE = re.compile(
    r"(?<![\w])(bis[ \u00a0]+zu|misst|maß|messen|wiegt|wog|wiegen|beträgt|betrug|betragen"
    r"|(?:mehr|weniger)[ \u00a0]+als|knapp|rund|etwa|fast|mindestens)[ \u00a0]+"
    r"((?:eine[mnr]?|ein)[ \u00a0]+((?:Quadrat|Kubik)?(?:[Kk]ilo|[Zz]enti|[Mm]illi)?[Mm]eter|Liter|Hektoliter"
    r"|Kilogramm|Kilo|Gramm|Tonne|Grad|Hektar|Zoll|Meile|(?:[Gg]iga|[Mm]ega|[Kk]ilo|[Tt]era)?[Ww]att(?:stunde)?))"
    r"(?![\wäöüß])"
)
_MEASURE_GATES = (
    "bis zu ein",
    "miss",
    "maß",
    "mess",
    "wieg",
    "wog",
    "betr",
    "als ein",
    "knapp ein",
    "rund ein",
    "etwa ein",
    "fast ein",
    "mindestens ein",
)
_MEASURE_QUALIFIERS = {
    "mehr": "over",
    "weniger": "under",
    "knapp": "nearly",
    "fast": "nearly",
    "rund": "about",
    "etwa": "about",
    "mindestens": "at_least",
    "bis": "up_to",
}
# (the pattern has no literal prefix: run it only where a unit it names is written)
_MEASURE_UNITS = ("eter", "Liter", "Kilo", "Gramm", "Tonne", "Grad", "Hektar", "Zoll", "Meile", "watt", "Watt")


# "hatte mindestens einen Elternteil ohne deutschen Pass", "nutzen mindestens eine Social-Media-App": a
# bound before the article makes it the numeral (batches 170, 210); shares and halves after it ("mindestens
# ein Drittel", "ein halbes Jahr") are read as such before this, and the overlap check skips them.
_R_BOUND_ONE = re.compile(
    r"(?<![\w])(mindestens|wenigstens|höchstens)[ \u00a0]+((?:eine[mnrs]?|ein)[ \u00a0]+([A-ZÄÖÜ][\wäöüß\-]*))"
    r"(?![\wäöüß])"
)


# One seat in an election's tally: "die Grünen büssten einen Sitz ein", "kosten die FPÖ ein Mandat", "bleibt bei
# einem Sitz" where the sentence counts seats, members or ballots too (batches 331, 353, 458); alone it
# is an article ("einen Sitz abgenommen", "einen Sitz im Ausschuss", "ein Mandat der Vereinten Nationen").
_R_SEAT_ONE = re.compile(
    r"(?<![\w])(bei[ \u00a0]+)?(?:ein|einen|einem)[ \u00a0]+(?:Sitz|Mandat)(?![\wäöüß])"
    r"(?![ \u00a0]+(?:im|in|am|an)[ \u00a0])"
)
_SEAT_UNITS = ("sitz", "mandat", "abgeordnet", "wahlkart", "wahlkreis")
# "gewann die SPD 25, die AfD 17, CDU und Linke je einen.": the last of a list of tallies, its noun left out.
_R_EACH_ONE = re.compile(r"(?<![\w])je[ \u00a0]+(einen|eine|eins)(?=[ \u00a0]*(?:[.,;]|$))")


def _seat_ones(text: str, hits: list[_Hit]) -> None:
    seats = any(h.kind == "count" and h.unit and h.unit.lower().startswith(_SEAT_UNITS) for h in hits)
    for m in _R_SEAT_ONE.finditer(text):
        if seats or m.group(1):
            insert_hit(hits, _Hit("count", 1, None, m.end(1) if m.group(1) else m.start(), m.end()))


def _article_ones(text: str, hits: list[_Hit]) -> None:
    if "Top" in text:
        for m in _R_TOP_EN_WORD.finditer(text):
            insert_hit(hits, _Hit("count", _TOP_WORDS[m.group(1).lower()], None, m.start(1), m.end(1)))
    if "ein" not in text:
        return
    if any(u in text for u in _MEASURE_UNITS) and any(g in text for g in _MEASURE_GATES):
        for m in _R_MEASURE_ONE.finditer(text):
            qual = _MEASURE_QUALIFIERS.get(m.group(1).split()[0])
            insert_hit(hits, _Hit("count", 1, m.group(3), m.start(2), m.end(), qual))
    if "Schlag" in text:
        for m in _R_STROKE.finditer(text):
            insert_hit(hits, _Hit("count", 1, "Schlag", m.start(), m.end()))
    for h in [h for h in hits if h.kind == "count" and h.unit and h.unit[:1].isupper()]:
        m = _R_AND_ONE.match(text, h.end)
        if m and _tally(m.group(2)) and not _R_MEASURED.match(text, m.end()):
            insert_hit(hits, _Hit("count", 1, m.group(2), m.start(1), m.end()))
    if "nur ein" in text or "lediglich ein" in text or "bloß ein" in text:
        for m in _R_ONLY_ONE.finditer(text):
            # ("aus den vergangenen sechs Spielen nur einen Punkt geholt": one of what the set yields, batch 327)
            if _tally(m.group(2)) or _one_of_a_set(text, hits, m.start()):
                insert_hit(hits, _Hit("count", 1, m.group(2), m.start(1), m.end()))
        for m in _R_ONLY_ONE_OF_THEM.finditer(text):
            # "von den letzten zwölf Heimspielen nur eines verloren": one of a set counted before it
            if _one_of_a_set(text, hits, m.start()):
                insert_hit(hits, _Hit("count", 1, None, m.start(1), m.end(1)))
    if " auf ein" in text or " und ein" in text:
        _listed_ones(text, hits)
    if "Punkt" in text or "Zähler" in text:
        _table_gaps(text, hits)
    if " zu ein" in text and "timme" in text:
        for h in [h for h in hits if h.kind == "count"]:
            if m := _R_TALLY_ONE.match(text, h.end):
                insert_hit(hits, _Hit("count", 1, None, m.start(1), m.end(1)))
    if "ein" in text and ("nthaltung" in text or "Gegenstimme" in text) and any(h.kind == "count" for h in hits):
        for m in _R_ONE_ABSTENTION.finditer(text):
            insert_hit(hits, _Hit("count", 1, None, m.start(1), m.end(1)))
    if "ummer-eins" in text or "ummer-Eins" in text:
        for m in _R_NUMBER_ONE.finditer(text):
            insert_hit(hits, _Hit("ordinal", 1, None, m.start(1), m.end(1)))
    if "stens ein" in text:
        for m in _R_BOUND_ONE.finditer(text):
            insert_hit(hits, _Hit("count", 1, m.group(3), m.start(2), m.end(), _QUALIFIER_MAP[m.group(1)]))
    if "Sitz" in text or "Mandat" in text:
        _seat_ones(text, hits)
    if "je ein" in text and sum(h.kind == "count" for h in hits) >= 2:
        for m in _R_EACH_ONE.finditer(text):
            insert_hit(hits, _Hit("count", 1, None, m.start(1), m.end(1)))
    if "mehr als" in text or "weniger als" in text:
        for h in [h for h in hits if h.kind == "count" and h.unit and h.unit[:1].isupper()]:
            m = _R_ONE_MORE.match(text, h.end)
            if m:
                insert_hit(hits, _Hit("count", 1, None, m.start(1), m.end(1)))


# The last item of a list of tallies: "die SP auf zehn Sitze, die Grünen auf drei und die GLP auf einen", "je zwei
# Sitze für SVP, SP und FDP und einem für die Mitte" (batch 353): the numeral with its noun left out.
_R_LISTED_ONE = re.compile(
    r"(?<![\w])(?:(auf)[ \u00a0]+(einen|eine|eins)(?=[ \u00a0]*(?:[.,;]|$))"
    r"|und[ \u00a0]+(einem|einen|einer)(?=[ \u00a0]+für[ \u00a0]))"
)


def _listed_ones(text: str, hits: list[_Hit]) -> None:
    for m in _R_LISTED_ONE.finditer(text):
        word_start = m.start(2) if m.group(1) else m.start(3)
        word_end = m.end(2) if m.group(1) else m.end(3)
        before = [h for h in hits if h.kind == "count" and h.end <= m.start() and m.start() - h.end < 80]
        if not before:
            continue
        if m.group(1) and not text.endswith(("auf ", "auf\u00a0"), 0, before[-1].start):
            continue  # ("auf drei und die GLP auf einen": the same preposition before the count before)
        insert_hit(hits, _Hit("count", 1, None, word_start, word_end))


def _table_gaps(text: str, hits: list[_Hit]) -> None:
    for m in _R_POINT_GAP.finditer(text):
        lo, hi = text.rfind(". ", 0, m.start()), text.find(". ", m.end())
        hi = len(text) if hi < 0 else hi
        if any(h.kind == "percent" and lo < h.start < hi for h in hits):
            continue  # "Die AfD liegt einen Punkt vor der Union bei 25 Prozent": a poll
        insert_hit(hits, _Hit("count", 1, m.group(1), m.start(), m.end()))
