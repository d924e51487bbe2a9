"""What a quantity takes from the one beside it: a range's unit, a carried currency, poll points."""

from __future__ import annotations

import re
from itertools import pairwise

from ..numbers import to_json_number
from ..sentences import _ABBREVIATIONS, _AMBIGUOUS
from ..wordtrie import word_list
from .ages import _R_AGED
from .hits import _Hit
from .nouns import _en_plural
from .qualifiers import _QUALIFIER_MAP, _qualifier
from .share_averages import above_share_average
from .spoken import _spoken_link
from .tables import _SUBUNITS
from .year_nouns import _en_person_plural

# "0,9 bzw. 1,0 Prozent" joins two figures as "oder" does; "den 15- bis 24-Jährigen", "2- bis
# 3-mal": German writes a hyphen after the first figure of a range whose unit is glued to the second.
# "zwischen minus 0,1 und plus 0,1 Prozent": a sign word may stand before the second figure.
# "kostet 24,90 statt 22,90 Euro", "5 instead of 4 percent": the figure replaced shares the unit too
# ("eine Steuer von 14 statt bisher 11 Prozent", batch 452); so does a figure corrected ("0,55 und nicht
# 0,45 Sekunden", "5 and not 4 percent"; batch 282).
_R_RANGE_LINK = re.compile(
    r"^(?:[ \u00a0]*[-–][ \u00a0]*"
    r"|-?[ \u00a0]+(?:bis|und|oder|auf|zu|to|and|or|bis zu|bzw\.|beziehungsweise|instead of"
    r"|(?:an)?statt(?:[ \u00a0]+(?:bisher|zuvor|künftig))?|rather than|und nicht|and not)"
    r"[ \u00a0]+(?:plus[ \u00a0]+)?)$"
)
# "zahlen statt 920 künftig 2'760 Franken": "statt" before the figure replaced, a word of now before the
# new one (batch 470).
_R_INSTEAD_BEFORE = re.compile(r"(?<![\w])(?:an)?statt[ \u00a0]+$")
_R_NOW_LINK = re.compile(r"[ \u00a0]+(?:künftig|nun|jetzt|neu)[ \u00a0]+")


def _instead_now(text: str, a: _Hit, b: _Hit) -> bool:
    return (
        _R_NOW_LINK.fullmatch(text, a.end, b.start) is not None
        and _R_INSTEAD_BEFORE.search(text, max(0, a.start - 10), a.start) is not None
    )


_R_FROM_BEFORE = re.compile(r"(?i)(?<![\w])(?:from|von)[ \u00a0]+$")
_R_TO_BETWEEN = re.compile(r"[ \u00a0]+(?:to|auf)[ \u00a0]+$")
# "von gut 63 auf mehr als 80 Prozent", "from 5 to more than 7%": a hedge of the second figure
# (outside its span) stands in the link of a change "from X to Y".
_R_TO_HEDGE_BETWEEN = re.compile(
    r"[ \u00a0]+(?:to|auf)[ \u00a0]+([^\W\d_][\w.]*(?:[ \u00a0]+[^\W\d_][\w.]*){0,3})[ \u00a0]+$"
)


# "von ursprünglich 19 auf nunmehr 27,4 Millionen Euro", "von ursprünglich 4,6 auf inzwischen gut 9 Milliarden":
# words of then and now beside the two ends of a change (a hedge of the second may follow its word).
_THEN_NOW = (
    r"(?:ursprünglich|zunächst|anfangs|einst|damals|zuvor|bisher|derzeit|aktuell|zuletzt|nunmehr|inzwischen"
    r"|mittlerweile|jetzt|nun|heute|originally|initially|previously|now"
    r"|voraussichtlich|künftig)"  # ("von 2,9 auf voraussichtlich 3,3 Prozent", batch 509)
)
_R_THEN_BEFORE = re.compile(r"(?i)(?<![\w])(?:from|von)[ \u00a0]+(?:" + _THEN_NOW + r"[ \u00a0]+)?$")
_R_TO_NOW_BETWEEN = re.compile(
    r"(?i)[ \u00a0]+(?:to|auf)[ \u00a0]+(?:" + _THEN_NOW + r"[ \u00a0]+)?"
    r"((?:[^\W\d_][\w.]*[ \u00a0]+){1,3})?$"
)


_R_THEN_NOW_WORD = re.compile(r"(?i)(?<![\w])" + _THEN_NOW + r"(?![\w])")


def _then_now_change(text: str, a: _Hit, b: _Hit) -> bool:
    m = _R_TO_NOW_BETWEEN.match(text, a.end, b.start)
    if m is None or (m.group(1) and _QUALIFIER_MAP.get(" ".join(m.group(1).lower().split())) != b.qualifier):
        return False
    before = _R_THEN_BEFORE.search(text, max(0, a.start - 20), a.start)
    # (a word of then or now on either side: a plain "von 19 auf 27,4 Millionen" is a range link)
    return before is not None and _R_THEN_NOW_WORD.search(text, before.start(), b.start) is not None


def _hedged_change(text: str, a: _Hit, b: _Hit) -> bool:
    """ "von gut 63 auf mehr als 80 Prozent": "from"/"von" before ``a``, "to"/"auf" and the hedge
    of ``b`` between them; the change carries ``b``'s unit back as a plain range does."""
    if b.qualifier is None:
        return False
    m = _R_TO_HEDGE_BETWEEN.match(text, a.end, b.start)
    if m is None or _QUALIFIER_MAP.get(" ".join(m.group(1).lower().split())) != b.qualifier:
        return False
    before = _R_FROM_HEDGE_BEFORE if a.qualifier is not None else _R_FROM_NOW_BEFORE  # "von gut 63"
    return before.search(text, max(0, a.start - 30), a.start) is not None


# "von derzeit 2,9 auf mehr als 3,2 Prozent": a word of the present may stand between "von" and
# the first figure; a change by a figure to a hedged total too ("um 150 Millionen auf rund 1,45
# Milliarden Euro", "by 150 million to about 1.45 billion euros").
_R_FROM_NOW_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:from|von|um|by)[ \u00a0]+"
    r"(?:(?:derzeit|aktuell|zuletzt|bisher|heute|current(?:ly)?|now)[ \u00a0]+)?$"
)


# "verbesserte sich auf 93,1 von 95,4 Prozent", "rose to 5.2 from 4.9 percent": a change written
# "to X from Y" shares the unit written after Y, as "von X auf Y Prozent" does (a count's noun is
# not carried: "auf drei von zehn Befragten" counts the second figure's noun only).
_R_FROM_BETWEEN = re.compile(r"[ \u00a0]+(?:von|from)[ \u00a0]+$")


# Between a span and "N davon": one clause of the same sentence, a comma before the part.
# (a hedge may stand before the part: "mehr als 8'500 Flugstunden, rund 6'000 davon im Gebirge", batch 339)
_R_DAVON_LINK = re.compile(
    r"[^.;:!?]{0,80},[ \u00a0]+(?:(?:rund|etwa|knapp|gut|fast|mehr[ \u00a0]+als|über|mindestens)[ \u00a0]+)?"
)
# What may follow a bare figure that stands for a measure written before it: a stop, a clause, a time.
_R_ELLIPTIC_END = re.compile(r"[ \u00a0]*(?:[.,;:)]|$|(?:in|a|an|the|last|this|previously|before|earlier)(?![\w]))")


def _to_from(text: str, a: _Hit, b: _Hit) -> bool:
    return (
        b.kind != "count"
        and _R_FROM_BETWEEN.match(text, a.end, b.start) is not None
        and _R_POINTS_TO.search(text, max(0, a.start - 5), a.start) is not None
    )


# (and a hedged change to a hedged total: "um knapp 8 Milliarden auf rund 44 Milliarden Euro", batch 501)
_R_FROM_HEDGE_BEFORE = re.compile(r"(?i)(?<![\w])(?:from|von|um|by)[ \u00a0]+(?:[^\W\d_][\w.]*[ \u00a0]+){1,3}$")


def _same_measure_after(text: str, a: _Hit, b: _Hit) -> bool:
    """A bare figure ``b`` after a plain span or share ``a`` is the same measure written once: "from eight
    years to five"; "lengthening service to 12 months from six", "cut the time to 11 months from 19";
    "zu 30 Monaten Haft verurteilt, zehn davon unbedingt" (a part of the span before it)."""
    if not (b.bare and b.raw is not None and a.raw is not None and a.value == a.raw):
        return False
    if a.kind == "duration" and b.raw < a.raw and text.startswith((" davon", "\u00a0davon"), b.end):
        return _R_DAVON_LINK.fullmatch(text, a.end, b.start) is not None
    if a.kind not in ("duration", "percent"):
        return False
    if _R_TO_BETWEEN.match(text, a.end, b.start):
        return _R_FROM_BEFORE.search(text, max(0, a.start - 6), a.start) is not None
    return (
        _R_FROM_BETWEEN.match(text, a.end, b.start) is not None
        and _R_POINTS_TO.search(text, max(0, a.start - 5), a.start) is not None
        and _R_ELLIPTIC_END.match(text, b.end) is not None
    )


# After an elliptic second age the clause ends or goes on as the first's did ("30.6 for men and 28.8
# for women").
_R_ELLIPTIC_AGE_END = re.compile(r"[ \u00a0]*(?:[.,;)]|$)|[ \u00a0]+(?:for|bei|für)[ \u00a0]")


_R_FROM_YEAR_TO_SUM = re.compile(r"[ \u00a0]+(?:auf|to)[ \u00a0]+")


def _year_then_sum(text: str, a: _Hit, b: _Hit) -> bool:
    """ "steigt von 1275 auf 1302 Franken": the first end of a change of a sum, no year (batch 315)."""
    return (
        a.kind == "year"
        and b.kind == "money"
        and b.scale == 1
        and text[b.start].isdigit()  # (the currency after the second figure: "from 2019 to $3,000" keeps the year)
        and text.endswith(("von ", "from "), 0, a.start)
        and _R_FROM_YEAR_TO_SUM.fullmatch(text, a.end, b.start) is not None
    )


def _elliptic_age(text: str, a: _Hit, b: _Hit) -> bool:
    """ "Mothers were on average 31.1 years old at childbirth, fathers 33.5.", "at 86.8 years, and
    Blackpool the lowest male figure, at 74.1.", "30.6 for men and 28.8 for women" (batch 304): a mean
    age or life expectancy in years with a decimal, then a bare decimal of an age in the same sentence,
    its unit left out."""
    if not (
        b.bare
        and a.kind == "duration"
        and a.unit == "year"
        and isinstance(a.value, float)
        and isinstance(b.value, float)
        and 0 < b.value < 120
        and b.qualifier is None
    ):
        return False
    return not _R_SENTENCE_BREAK.search(text, a.end, b.start) and _R_ELLIPTIC_AGE_END.match(text, b.end) is not None


def _inherit_ranges(text: str, hits: list[_Hit]) -> None:
    """ "3 bis 4 Milliarden Euro", "20-25%": the first bare number takes the second's unit;
    "from eight years to five": the second takes the first's."""
    aged_run = False  # the figure before was an age of a list after "aged"
    for i in range(len(hits) - 1):
        a, b = hits[i], hits[i + 1]
        after_aged, aged_run = aged_run, False
        if _same_measure_after(text, a, b) or _elliptic_age(text, a, b):
            b.kind, b.unit, b.bare = a.kind, a.unit, False
            continue
        if _year_then_sum(text, a, b):
            a.kind, a.value, a.unit = "money", int(text[a.start : a.end]), b.unit
            continue
        if (
            a.kind == "duration"
            and b.kind == "count"
            and (a.raw is None or after_aged)
            and _aged_pair(text, a, b, after_aged)
        ):
            # "aged 16 and 15", "aged 25 to 34 has fallen" (a verb read as the counted noun),
            # "aged six and nine", "aged 6, 8 and 11"
            if b.unit is not None:
                b.end = _R_DIGITS.match(text, b.start).end()
            b.kind, b.unit, b.bare = "duration", "year", False
            aged_run = True
            continue
        if (
            a.kind == "money"
            and b.kind == "count"
            and a.scale == b.scale == 1
            and a.raw is not None
            and b.raw is not None
            and a.raw < b.raw
            and text[a.start : a.start + 1] in "$€£¥"
            and text[a.end : b.start] in ("-", "–")
            and (b.unit is None or not b.unit.endswith("s"))
        ):
            # "into a $60-65 range": the sign before the first end prices the second (batch 289; "$5-10
            # bills" counts notes)
            b.kind, b.unit = "money", a.unit
            b.end = _R_FIGURE.match(text, b.start).end()  # (the noun after it is no part of the sum)
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
        if (
            a.kind == b.kind == "money"
            and a.unit == b.unit
            and a.scale == 1
            and b.scale > 1
            and a.raw is not None
            and b.raw is not None
            and a.raw < b.raw < 1000
            and text[a.end - 1].isdigit()  # a currency sign before, nothing after
            and _R_RANGE_LINK.match(text[a.end : b.start].rstrip("$€£¥"))
        ):
            # "between $1.5 and $2 billion": the second end's scale reaches back over its own sign.
            a.value = to_json_number(a.raw * b.scale)
            a.scale = b.scale
            continue
        if not a.bare or b.kind in (None, "year", "date", "ordinal") or a.raw is None:
            continue
        if b.kind == "count" and b.unit is None:
            if (
                b.scale > 1
                and a.kind == "count"
                and a.scale == 1
                and b.raw is not None
                and a.raw < b.raw < 1000
                and b.raw <= 10 * a.raw  # ("1 zu 140 Millionen": odds, no range)
                and _R_RANGE_LINK.match(text[a.end : b.start])
            ):
                # "zwischen 74 und 86 Millionen", "um 1,6 bis 4,8 Millionen": the scale reaches back
                a.value, a.scale, a.bare = to_json_number(a.raw * b.scale), b.scale, False
            continue
        if (
            not _R_RANGE_LINK.match(text[a.end : b.start])
            and not _hedged_change(text, a, b)
            and not _then_now_change(text, a, b)
            and not _instead_now(text, a, b)
            and not _spoken_link(text, a, b)
            and not _to_from(text, a, b)
            # "a 3-to-4-week clean-up": a range hyphenated into its unit ("a 2.1-to-1 margin" is odds)
            and not (b.kind != "count" and text[a.end : b.start] in ("-to-", "-bis-"))
        ):
            continue
        if b.scale > 1 and a.raw >= 1000:
            written_out = b.raw is not None and b.scale / 10 <= a.raw < b.raw * b.scale
            if b.kind == "money" and written_out and (
                _R_PLAIN_RANGE.fullmatch(text, a.end, b.start)
                # ("between 800,000 and 1.2 million pounds", batch 337)
                or (
                    _R_AND_LINK.fullmatch(text, a.end, b.start)
                    and _R_BETWEEN_BEFORE.search(text, max(0, a.start - 12), a.start)
                )
            ):
                # "auf 900'000 bis 1,4 Millionen Franken": the first end written out in full, the currency shared
                a.kind, a.unit, a.bare = b.kind, b.unit, False
            continue  # "um 3.000 auf 2,977 Millionen": a figure in thousands is no count of millions
        if b.kind == "percent" and a.raw >= 1000:
            continue  # "um 33.900 oder 0,37 Prozent": the count and its share, no range of percentages
        # "um 910 Millionen auf 9,94 Milliarden Euro": a figure with its own scale word keeps it and
        # takes only the unit; "3 bis 4 Milliarden" (no scale of its own) takes the scale too.
        scale = a.scale if a.scale > 1 else b.scale
        if scale == 1 and a.raw < 100 and (ws := _R_WORD_SCALE.search(text, b.start, b.end)) is not None:
            scale = _WORD_SCALES[ws.group(1).lower()]  # "forty and fifty thousand", "zwei bis drei Dutzend" (batch 360)
        value = a.raw * scale
        if b.kind == "money" and text[b.start : b.end].rsplit(None, 1)[-1].lower() in _SUBUNITS:
            value = value / 100  # "von 12,9 auf 11,6 Cent", "zwischen 11 und 29 Cent": hundredths
        a.kind, a.unit, a.bare, a.scale = b.kind, b.unit, False, scale
        a.value = to_json_number(value if b.kind != "fraction" else round(value, 4))
        if b.qualifier == "up_to" and text[a.end : b.start].rstrip().endswith(("zu", "to")):
            b.qualifier = None  # "3 bis zu 5 Milliarden": "bis zu" joins the range, it hedges nothing


_R_DIGITS = re.compile(r"\d+")
# A scale word inside the second end, read into its number by the word parser (no scale of its own).
_R_WORD_SCALE = re.compile(r"(?i)[a-zäöüß][ \u00a0]+(thousand|tausend|dozen|dutzend)(?![\w])")
_WORD_SCALES = {"thousand": 1000, "tausend": 1000, "dozen": 12, "dutzend": 12}
_R_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?")
_R_AND_LINK = re.compile(r"[ \u00a0]+(?:and|und)[ \u00a0]+")
_R_BETWEEN_BEFORE = re.compile(r"(?i)(?<![\w])(?:between|zwischen)[ \u00a0]+$")
_R_PLAIN_RANGE = re.compile(r"[ \u00a0]*(?:[-–]|bis|to)[ \u00a0]*")


def _aged_pair(text: str, a: _Hit, b: _Hit, after_aged: bool) -> bool:
    """ "two teenagers, aged 16 and 15,", "Australians aged 25 to 34", "children aged six and
    nine", "aged 6, 8 and 11", "ages 6 and 9": each figure of a list after "aged" is an age too, as "im Alter
    von 29 und 36 Jahren" gives the unit to both; not before a plural noun it counts ("aged 16
    and 15 members"). A comma joins only inside the list ("aged 6, 8 and 11", not "aged 16, 40
    were")."""
    link = text[a.end : b.start]
    return (
        a.unit == "year"
        and b.raw is not None
        and b.raw == b.value
        and b.qualifier is None
        and 0 < b.value < 120
        and (b.unit is None or (not _en_plural(b.unit) and text[b.start].isdigit()))
        and (
            _R_RANGE_LINK.match(link) is not None
            or (_R_AGED_LIST_LINK.match(link) is not None and _R_AGED_LIST_GOES_ON.match(text, b.end) is not None)
        )
        and (
            after_aged
            or _R_AGED.search(text, max(0, a.start - 16), a.start) is not None
            or _R_AGES.search(text, max(0, a.start - 8), a.start) is not None
        )
    )


# "Two children, ages 6 and 9,": "ages" before a list, as "aged" (the first figure reads as an age
# by age_heads).
_R_AGES = re.compile(r"(?<![\w])ages[ \u00a0]+$")


_R_AGED_LIST_LINK = re.compile(r"^,[ \u00a0]+$")
_R_AGED_LIST_GOES_ON = re.compile(r",[ \u00a0]|[ \u00a0]+and[ \u00a0]")


# "die ÖVP auf 21 und die SPÖ auf 20 Prozent": items of a list after the same preposition,
# joined by "und"/"and"/"sowie" (group 1) or a comma, with at most three words between.
_R_LIST_PREP_BEFORE = re.compile(r"(?i)(?<![\w])(auf|bei|mit|on|at|with|to)[ \u00a0]+$")
_R_LIST_LINK = re.compile(
    r"(?:[ \u00a0]+(und|and|sowie)|,)[ \u00a0]+(?:[^\W\d_][\w.’'\-]*[ \u00a0]+){1,3}?(?i:(auf|bei|mit|on|at|with|to))"
    r"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?$"
)
# "Die Grünen erreichen zehn, die Neos neun Prozent", "Labour won 34 and the Tories 22
# percent": the verb left out of the second item, which is only its subject (an article and one
# or two capitalised words) before the figure.
_R_GAPPED_LINK = re.compile(
    r"(?:[ \u00a0]+(?:und|and|sowie)|,)[ \u00a0]+(?:(?i:die|der|das|the)[ \u00a0]+)?"
    r"(?:[A-ZÄÖÜ][\w.’'\-]*[ \u00a0]+){1,2}$"
)
# "Die Grünen kommen auf 12, die Linke auf 10 Prozent": an item whose subject is a party is a
# share of the vote, even in two items joined by a comma ("stieg auf 21, die Quote auf 7 Prozent"
# may count deaths).
_PARTIES_DE = r"Linke|Grünen|Union|SPD|CDU|CSU|AfD|FDP|BSW|Freien[ \u00a0]+Wähler|ÖVP|SPÖ|FPÖ|Neos|NEOS|KPÖ|SVP"
_R_PARTY_ITEM = re.compile(
    r",[ \u00a0]+(?:(?i:die|der|the)[ \u00a0]+)?(?:" + _PARTIES_DE + r"|Labour|Tories|Conservatives"
    r"|Liberal[ \u00a0]+Democrats|Reform(?:[ \u00a0]+UK)?)[ \u00a0]+(?:auf|bei|mit|on|at|with)[ \u00a0]+$"
)


# A poll told in points with its shares left bare: "Die SPD verliert anderthalb Punkte auf 15, die Grünen
# liegen unverändert bei 12." (batches 281, 289): a bare figure after "auf"/"bei" whose clause names a party
# is its share, in a sentence that moves a party by points or gives a share, and counts no seats or votes.
_R_PARTY_SHARE_BEFORE = re.compile(
    r"(?:^|[,;][ \u00a0]+)(?:(?i:die|der)[ \u00a0]+)?(?:" + _PARTIES_DE + r")[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+){0,4}"
    r"(?:auf|bei)[ \u00a0]+$"
)
_R_SEATS_OR_VOTES = re.compile(r"(?:Mandat|Sitz|Sitze|Stimmen|Abgeordnete)")


# "Prognose der ARD, Angaben in Prozent: CSU 38,5 – AfD 16,5 – ...": a heading gives its unit to the
# bare figures after it (batch 314).
_R_PERCENT_HEADING = re.compile(
    r"(?i)(?:angaben|zahlen|werte|ergebnisse?|figures|results)[ \u00a0]+in[ \u00a0]+(?:prozent|percent|%)[ \u00a0]*:"
)


def percent_heading(text: str, hits: list[_Hit]) -> None:
    if (m := _R_PERCENT_HEADING.search(text)) is None:
        return
    for h in hits:
        if h.start > m.end() and h.kind == "count" and h.unit is None and h.bare and h.raw is not None and h.raw <= 100:
            h.kind, h.unit, h.bare = "percent", "%", False


def _party_shares(text: str, hits: list[_Hit]) -> None:
    if not any((h.kind == "count" and h.unit in _POINTS) or h.kind == "percent" for h in hits):
        return
    if _R_SEATS_OR_VOTES.search(text):
        return
    for h in hits:
        if (
            h.kind == "count"
            and h.unit is None
            and h.bare
            and h.raw is not None
            and 0 < h.raw <= 100
            and _R_PARTY_SHARE_BEFORE.search(text, max(0, h.start - 60), h.start)
        ):
            h.kind, h.unit, h.bare = "percent", "%", False


# "kommt die Union auf 29 Prozent (–1), die AfD auf 24 (+1)": a signed change in brackets right
# after a share is the poll's move in percentage points (batch 395), also in words ("21 Prozent
# (minus 2), 19 Prozent (plus 1)", batch 481).
_R_BRACKET_CHANGE_GAP = re.compile(r"[ \u00a0]?\((?P<plus>[+±]|plus[ \u00a0]+)?")


def bracketed_changes(text: str, hits: list[_Hit]) -> None:
    for prev, h in pairwise(hits):
        if h.kind != "count" or h.unit is not None or prev.kind != "percent" or prev.unit != "%":
            continue
        gap = _R_BRACKET_CHANGE_GAP.fullmatch(text, prev.end, h.start)
        if gap is None or text[h.end : h.end + 1] != ")" or not abs(h.value) < 100:
            continue
        if gap.group("plus") or text[h.start] in "-–−" or (h.value < 0 and text.startswith("minus", h.start)):
            h.kind, h.unit, h.bare = "percent", "pp", False


def _party_item(text: str, a: _Hit, link: re.Match) -> bool:
    return link.group(1) is None and _R_PARTY_ITEM.match(text, a.end, link.end()) is not None


_R_VOTE = re.compile(r"(?i)(?<![\w])(?:\w*wahl\w*|elections?|voted?|votes|ballot|hochrechnung)(?![\w])")


def _shared_unit_lists(text: str, hits: list[_Hit]) -> None:
    """ "die FPÖ auf 35 Prozent, die ÖVP auf 21 und die SPÖ auf 20 Prozent": a bare figure
    (at most 100) takes the share of the next item of its list, in a sentence that names a
    poll or an election or has a share before the list; a comma joins only inside a list
    that ends with "und"/"and" ("stieg auf 21, die Quote auf 7 Prozent" may count deaths).
    An item whose verb is left out ("erreichen zehn, die Neos neun Prozent") joins by its
    subject alone (_R_GAPPED_LINK)."""
    chained = None
    for i in reversed([i for i, h in enumerate(hits) if h.bare]):  # right to left: a list may chain
        a, b = hits[i], hits[i + 1] if i + 1 < len(hits) else None
        if b is None or b.kind != "percent" or a.kind != "count" or a.raw is None or not 0 <= a.value <= 100:
            continue
        link = _R_LIST_LINK.match(text, a.end, b.start)
        if link is None:
            if not _R_GAPPED_LINK.match(text, a.end, b.start):
                continue
        elif link.group(1) is None and chained is not b and not _party_item(text, a, link):
            continue
        else:
            prep = _R_LIST_PREP_BEFORE.search(text, max(0, a.start - 6), a.start)
            if prep is None or prep.group(1).lower() != link.group(2).lower():
                continue
            if (
                chained is not b  # the list was judged at its "und" item
                and not _party_item(text, a, link)
                and not any(h.kind == "percent" and h.end <= a.start for h in hits[:i])
                and not _names_a_vote(text, a, b)
                and not _three_items(text, hits, i, prep.group(1))
            ):
                continue
        a.kind, a.unit, a.bare = "percent", b.unit, False
        chained = a


# "bei Frauen 86,0 und bei Männern 82,4 Jahre", "for women 2,100 and for men 2,800 euros", "bei
# Frauen bei 84,2 und bei Männern bei 79,6 Jahren": two items, each a preposition and its noun (and
# maybe the verb's preposition) before the figure, the unit written once at the end.
_ITEM_PREP = r"(bei|für|unter|for|among)"
_FIGURE_PREP = r"(?:(?i:(bei|auf|mit|at|on|with))[ \u00a0]+)?"
_R_PREP_NOUN_BEFORE = re.compile(r"(?i)(?<![\w])" + _ITEM_PREP + r"[ \u00a0]+[^\W\d_]+[ \u00a0]+" + _FIGURE_PREP + "$")
_R_PREP_NOUN_LINK = re.compile(
    r"[ \u00a0]+(?:und|and)[ \u00a0]+(?i:" + _ITEM_PREP + r")[ \u00a0]+[^\W\d_]+[ \u00a0]+" + _FIGURE_PREP + "$"
)
# "78.8 years for males and 82.8 for females", "84,2 Jahre bei Frauen und 79,6 bei Männern": each
# item's preposition and noun after its figure, the unit written once at the first.
# (The noun is a group, not an article: "77 for the first time" opens another phrase.)
_ITEM_NOUN = r"(?!(?i:the|a|an|der|die|das|den|dem|des|ein|eine|einen|einem|einer)(?![\w]))[^\W\d_]+"
_R_PREP_NOUN_AFTER_LINK = re.compile(
    r"[ \u00a0]+(?i:" + _ITEM_PREP + r")[ \u00a0]+" + _ITEM_NOUN + r"[ \u00a0]+(?:und|and)[ \u00a0]+$"
)
_R_PREP_NOUN_AFTER = re.compile(r"[ \u00a0]+(?i:" + _ITEM_PREP + r")[ \u00a0]+" + _ITEM_NOUN + r"(?![\w])")
_ITEM_UNITS = ("percent", "duration", "money")


def _parallel_items(text: str, hits: list[_Hit]) -> None:
    for a, b in pairwise(hits):
        if a.raw is None or b.raw is None:
            continue
        if a.bare and a.kind == "count" and a.qualifier is None and b.kind in _ITEM_UNITS:
            link = _R_PREP_NOUN_LINK.match(text, a.end, b.start)
            before = _R_PREP_NOUN_BEFORE.search(text, max(0, a.start - 48), a.start)
            if link is None or before is None or link.groups() != tuple(g and g.lower() for g in before.groups()):
                continue
            scale = a.scale if a.scale > 1 else b.scale  # a scale word of its own stays
            a.kind, a.unit, a.bare, a.scale = b.kind, b.unit, False, scale
            a.value = to_json_number(a.raw * scale)
        elif b.bare and b.kind == "count" and b.qualifier is None and a.kind in _ITEM_UNITS:
            link = _R_PREP_NOUN_AFTER_LINK.match(text, a.end, b.start)
            after = _R_PREP_NOUN_AFTER.match(text, b.end)
            if link is None or after is None or link.group(1).lower() != after.group(1).lower():
                continue
            b.kind, b.unit, b.bare, b.scale = a.kind, a.unit, False, a.scale
            b.value = to_json_number(b.raw * a.scale)


def _three_items(text: str, hits: list[_Hit], i: int, prep: str) -> bool:
    """ "Die SPÖ hält bei 17,4, die KPÖ bei 11,9 und die Grünen bei 6,3 Prozent": a third bare
    figure before, joined by a comma after the same preposition, with decimals written in a
    bare figure (no one counts 17.4 people), makes a list of shares even where no poll or
    election is named; two items ("stieg auf 21 und die Quote auf 7 Prozent") or whole figures
    ("auf 21, die der Vermissten auf 40 und die Quote auf 7 Prozent") may count people."""
    if i == 0:
        return False
    p, a = hits[i - 1], hits[i]
    if not p.bare or p.kind != "count" or p.raw is None or not 0 <= p.value <= 100:
        return False
    if p.raw == int(p.raw) and a.raw == int(a.raw):
        return False
    link = _R_LIST_LINK.match(text, p.end, a.start)
    before = _R_LIST_PREP_BEFORE.search(text, max(0, p.start - 6), p.start)
    return (
        link is not None
        and link.group(1) is None
        and link.group(2).lower() == prep.lower()
        and before is not None
        and before.group(1).lower() == prep.lower()
    )


def _names_a_vote(text: str, a: _Hit, b: _Hit) -> bool:
    lo = _sentence_start(text, a.start)
    stop = _R_SENTENCE_BREAK.search(text, b.end)
    hi = stop.start() if stop else len(text)
    return _R_POLL.search(text, lo, hi) is not None or _R_VOTE.search(text, lo, hi) is not None


# A stop (or line break) between two quantities may end a sentence.
_R_SENTENCE_BREAK = re.compile(r"[.!?][\"'”“»«)]*\s|\n")


# Pounds other than sterling, named by their adjective (tables._CURRENCY_ADJ).
_POUND_FAMILY = frozenset(["EGP", "LBP", "SYP", "SDG", "SSP", "FKP", "GIP"])


def _carry_currency(text: str, hits: list[_Hit]) -> None:
    """ "ein Verlust von 380 Millionen Euro nach einem Gewinn von 1,1 Milliarden": a scaled
    number with nothing counted after it takes the currency of the amount before it in the
    same sentence."""
    currency, after, last = None, 0, None
    for h in hits:
        if h.kind == "money":
            last = h
            if currency and _converted(text, after, h):
                after = h.end  # "55.1 billion Danish crowns ($8.6 billion), up from 51.4 billion": DKK goes on
                continue
            if (
                h.unit == "GBP"
                and currency in _POUND_FAMILY
                and text[h.end - 6 : h.end] == "pounds"
                and not _R_SENTENCE_BREAK.search(text, after, h.start)
            ):
                h.unit = currency  # "100,000 Egyptian pounds ... and 20,000 pounds": named once
            currency, after = h.unit, h.end
        elif h.kind == "count" and h.unit is not None and h.scale > 1:
            # "the 2.4 billion pound project will lift capacity to 75 million passengers a year, from
            # 44.6 million": the nearer scaled count is what the bare figure goes on counting.
            currency = None
        elif (
            currency
            and h.kind == "count"
            and h.unit is None
            and h.scale > 1
            and h.raw is not None
            and h.start - after < 80
            and not _R_SENTENCE_BREAK.search(text, after, h.start)
            and not _people_of(text, h.end)
            and not _people_after(text, h.end)
            and not _count_subject_between(text, after, h.start)
        ):
            h.kind, h.unit = "money", currency
        elif (
            currency  # (set only with ``last``, the amount it names)
            and h.kind == "count"
            and h.unit is None
            and h.scale == 1
            and last.scale == 1
            and isinstance(h.value, float)
            and last.value > 0
            and abs(h.value - last.value) <= 0.1 * last.value
            and _R_QUOTE_DECIMALS.fullmatch(text, h.start, h.end)
            and text.endswith(_QUOTE_LINKS, 0, h.start)
            and not _R_OTHER_SUBJECT.search(text, after, h.start)
            and not _R_SENTENCE_BREAK.search(text, after, h.start)
        ):
            # "fell to 146.85 yen ... before steadying at 147.20", "ended at 87.12 per dollar, little changed
            # from Thursday's close of 87.18": a rate quoted again, its currency left out (batches 294, 296)
            h.kind, h.unit = "money", currency
    for h, nxt in pairwise(hits):
        if (
            h.kind == "count"
            and h.unit is None
            and h.scale > 1
            and h.raw is not None
            and nxt.kind == "money"
            and nxt.scale == h.scale
            and nxt.start - h.end < 60
            and _R_TOTAL_AFTER.search(text, h.end, nxt.start)
            and not _R_SENTENCE_BREAK.search(text, h.end, nxt.start)
        ):
            # "knapp elf Milliarden mehr ausgeben, insgesamt 93,7 Milliarden Euro": the total after it names
            # the currency of the change before it (batch 414)
            h.kind, h.unit = "money", nxt.unit


_R_TOTAL_AFTER = re.compile(
    r",[ \u00a0]+(?:insgesamt|zusammen|total|in[ \u00a0]+total|a[ \u00a0]+total[ \u00a0]+of)[ \u00a0]"
)
# A rate quoted again: two decimals or more after "at", "to", "of" ("mit der Note 1,9" is a grade).
_R_QUOTE_DECIMALS = re.compile(r"\d+[.,]\d{2,}")
_QUOTE_LINKS = (" at ", " to ", " of ", " bei ", " auf ")
# ... in the same clause ("fell to 7.12 per dollar, while the index rose to 7.05" quotes another thing).
_R_OTHER_SUBJECT = re.compile(r"(?<![\w])(?:while|whereas|but|and|während|und)(?![\w])")


def _converted(text: str, after: int, h: _Hit) -> bool:
    """Whether the amount ``h`` is a conversion in brackets right after the amount ending at ``after``."""
    before = text[after : h.start]
    closed = text[h.end : h.end + 2].lstrip()[:1] == ")"
    return before.count("(") == 1 and ")" not in before and len(before) < 16 and closed


# "wiping A$16 billion from the loan books of some three million Australians": a figure before
# people it counts (a demonym or a plural of persons, which the counted-noun reader leaves
# unread when capitalised) is no amount.
_R_WORD_AFTER = re.compile(r"[ \u00a0]+([A-Za-z][a-z]+)(?![\w])")
_DEMONYMS_UNCHANGED = frozenset(word_list("Swiss French British Irish Dutch Welsh Scots"))


def _people_after(text: str, e: int) -> bool:
    m = _R_WORD_AFTER.match(text, e)
    if m is None:
        return False
    w = m.group(1)
    if w[0].isupper() and (w.endswith(("ans", "ese")) or w in _DEMONYMS_UNCHANGED):
        return True  # "Kenyans", "Germans", "Japanese", "Swiss"
    return _en_person_plural(w)


# "wuchs auf 3,9 Milliarden Euro, die Zahl der Bestellungen um 17 Prozent auf 118 Millionen",
# "$2 billion, while the number of users rose to 40 million": a subject that counts something
# stands between the amount and the figure, in the figure's clause ("..., die Zahl der Kunden
# stieg, der Umsatz auf 3 Milliarden" carries); the figure counts it, the currency stays behind.
_R_COUNT_SUBJECT = re.compile(r"(?<![\w])(?:(?:[Zz]ahl|[Aa]nzahl)[ \u00a0]+(?:der|an|von)|number[ \u00a0]+of)(?![\w])")


# ... or what is counted named in the clause of the bare figure: "to A$512 million, while monthly active
# users passed 47 million" (batch 288).
_R_COUNTED_SUBJECT_EN = re.compile(
    r"(?<![\w])(?:users|subscribers|customers|visitors|passengers|members|viewers|listeners|downloads"
    r"|followers|accounts|households)(?![\w])"
)


def _count_subject_between(text: str, a: int, b: int) -> bool:
    between = text[a:b]
    clause = max(between.rfind(","), between.rfind(";")) + 1
    if clause and _R_COUNTED_SUBJECT_EN.search(between, clause) is not None:
        return True
    if "ahl" not in between and "number" not in between:  # (a cheap gate)
        return False
    return _R_COUNT_SUBJECT.search(between, clause) is not None


# "$29 billion to help 135 million of the world's most vulnerable people", "135 Millionen der
# ärmsten Menschen": a part of a group of people, counted, not an amount ("2 billion of it").
_R_OF_GROUP_AFTER = re.compile(r"[ \u00a0]+(?:of|der|von)((?:[ \u00a0]+[\w'’\-]+){1,6})")
_DE_PEOPLE = frozenset(word_list("Menschen Personen Kinder Kindern Einwohner Bürger Flüchtlinge Frauen Männer"))


_PREPS_CLOSING_GROUP = frozenset(word_list("from to for in on by with at into aus für an mit zu bei"))


def _people_of(text: str, e: int) -> bool:
    m = _R_OF_GROUP_AFTER.match(text, e)
    if m is None:
        return False
    if m.group(1).split()[0] in ("them", "us", "whom"):
        return True  # "a loyalty payment to about 1.1 million of them": the people before
    for w in m.group(1).split():
        if w in _PREPS_CLOSING_GROUP:
            return False  # "2 billion of the money raised from lenders": the group ended before
        if w in _DE_PEOPLE or _en_person_plural(w):
            return True
    return False


_POINTS = frozenset(["points", "point", "Punkte", "Punkten", "Punkt", "pts"])  # ("narrows to 2 pts - YouGov")
_R_POINTS_TO_SHARE = re.compile(r"[ \u00a0]+(?:auf|to)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?")
# "vor" closing a clause is a verb's particle ("rückte auf 95 Punkte vor, ..."), not "ahead of".
_R_POINTS_LEAD = re.compile(r"[ \u00a0]+(?:ahead|behind|clear|adrift|vor(?![ \u00a0]*(?:[,.;:!?)]|$))|hinter)\b")


# "5.1%, a 0.2-point rise on the previous three months": a move of the share beside it (batch 263).
_R_HYPHEN_POINT_MOVE = re.compile(
    r"-point[ \u00a0]+(?:rise|fall|drop|increase|decrease|gain|jump|decline|lead)(?![\w])"
)


_R_CHANGE_OF_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:improvement|deterioration|increase|decrease|rise|fall|drop|decline|gain)[ \u00a0]+of[ \u00a0]+$"
)


def _poll_points(text: str, hits: list[_Hit]) -> None:
    """ "at 29 per cent, seven points ahead of Labour": beside a share, points ahead or
    behind are percentage points (a table's "five points clear" has no share beside it);
    so are points a party trails or leads by in a sentence that names a poll."""
    shares = [h for h in hits if h.kind == "percent" and h.unit == "%"]
    _one_point(text, hits, shares)
    points = [h for h in hits if h.kind == "count" and h.unit in _POINTS]
    if not points:
        return
    for h in points:
        if _index_level(text, h):
            continue
        lead = _R_POINTS_LEAD.match(text, h.end) and any(
            not _R_SENTENCE_BREAK.search(text, min(p.end, h.end), max(p.start, h.start)) for p in shares
        )
        # "um 0,2 Punkte auf 6,3 Prozent", "by two points to 41%": a change of a share.
        if (
            lead
            or any(_R_POINTS_TO_SHARE.fullmatch(text, h.end, p.start) for p in shares if p.start > h.end)
            or _poll_lead(text, h)
            or _poll_change(text, h, shares)
            or _electoral_swing(text, h, shares)
            or _within_points(text, h)
            or _after_percentage_points(text, h, hits)
            or above_share_average(text, h.start, h.end)
            or (_R_HYPHEN_POINT_MOVE.match(text, h.end - 6) and _share_in_sentence(text, h, shares))
            # ("Combined ratio: 93.1%, an improvement of 2.4 points", batch 406)
            or (_R_CHANGE_OF_BEFORE.search(text, max(0, h.start - 24), h.start) and _share_in_sentence(text, h, shares))
            or _points_compared(text, h, hits)
        ):
            h.kind, h.unit = "percent", "pp"


# "by about 9 percentage points in a district his party carried by 22 points": once a sentence
# has written percentage points out, later bare points in it are the same unit shortened, in a
# margin "by"/"um" as the seventeenth batch's "narrowed by four percentage points to 6 points".
# (The forty-sixth labels "um 17,3 Prozentpunkte zu, die ÖVP verlor 9,2 Punkte" a count: a move
# after a verb is left as it was.)
_R_PERCENTAGE_POINTS = re.compile(r"(?i)percentage[ \u00a0-]+points?|prozentpunkt")
_R_MARGIN_BY = re.compile(r"(?i)(?<![\w])(?:by|um)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?$")


# "a 5-point advantage ..., down from 7 points in April": the earlier figure of the same gap, once the
# sentence's first points were read as percentage points (batch 332).
_R_POINTS_FROM_BEFORE = re.compile(r"(?i)(?<![\w])(?:down|up)?[ \u00a0]*from[ \u00a0]+$")


def _points_compared(text: str, h: _Hit, hits: list[_Hit]) -> bool:
    if _R_POINTS_FROM_BEFORE.search(text, max(0, h.start - 12), h.start) is None:
        return False
    return any(
        o.end <= h.start and o.unit == "pp" and not _R_SENTENCE_BREAK.search(text, o.end, h.start) for o in hits
    )


def _after_percentage_points(text: str, h: _Hit, hits: list[_Hit]) -> bool:
    if not isinstance(h.value, int | float) or not 0 < h.value < 100:
        return False
    # ("4,3 Prozentpunkte weniger als im Januar und gut sieben Punkte weniger": a comparison too)
    if (
        _R_MARGIN_BY.search(text, max(0, h.start - 16), h.start) is None
        and not _R_POINTS_CHANGE_AFTER.match(text, h.end)
        and not (text.startswith("-point", h.end - 6) and _R_MARGIN_NOUN_AFTER.match(text, h.end))
    ):
        return False
    for o in hits:
        if o.start >= h.start:
            return False
        if (
            o.kind == "percent"
            and o.unit == "pp"
            and _R_PERCENTAGE_POINTS.search(text, o.start, o.end)
            and not _R_SENTENCE_BREAK.search(text, o.end, h.start)
            and not _R_INDEX.search(text, o.end, h.start)
        ):
            return True
    return False


_R_INDEX_NEAR = re.compile(r"[^,;:()]{0,40}$")


def _index_level(text: str, h: _Hit) -> bool:
    """ "der S&P 500 rückte auf 5.918 Punkte vor", "the Dax 40 points below its record": an index
    level or move, no share's points. A share moves by at most 100 points; "auf"/"to" before
    the points with an index named in the sentence reads a level; an index named in the same
    clause right before the figure moves in points of its own."""
    if not isinstance(h.value, int | float) or h.value > 100:
        return True
    lo = _sentence_start(text, h.start)
    if _R_POINTS_TO.search(text, max(0, h.start - 5), h.start):
        stop = _R_SENTENCE_BREAK.search(text, h.end)
        return _R_INDEX.search(text, lo, stop.start() if stop else len(text)) is not None
    near = _R_INDEX_NEAR.search(text, max(lo, h.start - 40), h.start)
    return near is not None and _R_INDEX.search(text, near.start(), h.start) is not None


# "auf 27 Prozent, zwei Punkte weniger als vor einem Monat", "on 31%, up two points", "two
# points lower in the Ipsos poll", "verliert in der Umfrage drei Punkte": a change of a share,
# stated in points beside the share or in a sentence that names a poll. Beside a share the
# change is at most the share itself ("fell 1.2%, 50 points lower" moves an index); "drei
# Punkte mehr als Dortmund" or "lost two points at home" with no share and no poll stay counts.
# "down from a 12-point Republican edge" after "led by 7.8 percentage points" (batch 458): a margin's noun.
_R_MARGIN_NOUN_AFTER = re.compile(
    r"(?:[ \u00a0]+[A-Za-z]+)?[ \u00a0]+(?:edge|lead|margin|advantage|deficit|gap)(?![\w])"
)
_R_POINTS_CHANGE_AFTER = re.compile(
    # ("um 0,3 Punkte höheren Zusatzbeitrag von dann 3,6 Prozent": the comparative inflected, batch 362)
    r"[ \u00a0]+(?:weniger|mehr|(?:höher|niedriger|tiefer)(?:e[nmrs]?)?|less|more|fewer|higher|lower|down|up"
    # ("89,4 Prozent und damit 1,3 Punkte unter dem Vorjahreswert", batch 308)
    r"|(?:unter|über)(?=[ \u00a0]+(?:dem|der|den)[ \u00a0])"
    # ("polling at around 18%, nearly seven points above its result five years ago", batch 393)
    r"|(?:above|below)(?=[ \u00a0]+(?:its|their|his|her|the)[ \u00a0]))(?![\w])"
)
# ("down almost three points from 2023": a hedge may stand between, batch 314)
# ("The lead was up from 2 points in a Reuters/Ipsos poll": the earlier level, batch 434)
_R_POINTS_UP_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:up|down)(?:[ \u00a0]+from)?[ \u00a0]+(?:(?:almost|nearly|about|around|some|just)[ \u00a0]+)?$"
)
# A verb of gaining or losing, at most eight words before the points ("verlieren damit im Vergleich
# zur letzten Erhebung zwei Punkte", "verlieren in der jüngsten Sonntagsfrage von Infratest dimap zwei Punkte").
_R_POINTS_VERB_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:verl(?:ier|or)\w*|gew[ai]nn\w*|büßt\w*|minus|plus|lost|los(?:es|ing)|gain(?:ed|s|ing)?|dropped|drops|fell|falls"
    # ("Die Quote legte um 0,4 Punkte zu und erreichte 6,6 Prozent", batch 416)
    r"|legten?|stiegen?|sanken?|kletterten?|fielen?"
    r"|rose|rises|slipped|slips|climbed|climbs|shed|sheds)"
    # (a poll's name in quotes after a hyphen may stand between: "büßt im ZDF-„Politbarometer“ einen Punkt ein")
    r"(?:[ \u00a0]+[^\W\d]+(?:[\-„“”»«]+[^\W\d]+)*[„“”»«]?){0,8}[ \u00a0]+$"
)
_R_BESIDE_SHARE = re.compile(r"[ \u00a0]*[,(–—][ \u00a0]*(?:(?i:up|down)[ \u00a0]+)?")


# "a swing of 9.6 points from Labour to Reform", "a 12-point swing to the SNP": a swing
# between parties (a capitalised name after "from"/"to", or a vote or poll named in the
# sentence) is in percentage points; "a 300-point swing in the Dow" moves an index.
_R_SWING_BEFORE = re.compile(
    r"(?i)(?<![\w])swing[ \u00a0]+of[ \u00a0]+(?:(?:about|around|almost|nearly|over)[ \u00a0]+)?$"
)
_R_SWING_AFTER = re.compile(r"[ \u00a0]+swing(?![\w])")
_R_TO_PARTY = re.compile(r"[ \u00a0]+(?:from|to|towards)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")


# "The swing from the Conservatives to Labour in the seat was 4.8 points": the swing named
# earlier in the clause, the figure its complement.
_R_SWING_WAS_BEFORE = re.compile(
    r"(?i)(?<![\w])swing(?![\w])[^.,;:!?]{0,60}?[ \u00a0](?:was|is|stood[ \u00a0]+at)[ \u00a0]+$"
)
# "a swing of 3.1 points in its favour": towards the party just named.
_R_IN_FAVOUR = re.compile(r"[ \u00a0]+in[ \u00a0]+(?:its|their|his|her)[ \u00a0]+favou?r(?![\w])")


def _electoral_swing(text: str, h: _Hit, shares: list[_Hit]) -> bool:
    if not isinstance(h.value, int | float) or not 0 < h.value < 50:
        return False
    lo = max(0, h.start - 80)
    if _R_SWING_BEFORE.search(text, max(0, h.start - 30), h.start) or _R_SWING_WAS_BEFORE.search(text, lo, h.start):
        after = h.end
    else:
        sm = _R_SWING_AFTER.match(text, h.end)  # after "12-point", "12 point"
        if sm is None:
            return False
        after = sm.end()
    if _R_IN_FAVOUR.match(text, after) and _share_in_sentence(text, h, shares):
        return True
    return _R_TO_PARTY.match(text, after) is not None or _names_a_vote(text, h, h)


def _poll_change(text: str, h: _Hit, shares: list[_Hit]) -> bool:
    if not isinstance(h.value, int | float) or not 0 < h.value < 100:
        return False
    compared = _R_POINTS_CHANGE_AFTER.match(text, h.end) or _R_POINTS_UP_BEFORE.search(
        text, max(0, h.start - 14), h.start
    )
    if compared and any(
        p.end <= h.start and h.value <= p.value and _R_BESIDE_SHARE.fullmatch(text, p.end, h.start) for p in shares
    ):
        return True
    if not compared and not _R_POINTS_VERB_BEFORE.search(text, max(0, h.start - 60), h.start):
        return False
    return _names_poll(text, h) or _share_in_sentence(text, h, shares) or _names_vote_share(text, h)


# "Labour's share in the ward fell by nearly 19 points" (batch 393): a share named, no figure of it.
# ("The Liberals' primary vote rose 4.8 points", batch 497)
_R_SHARE_NOUN = re.compile(
    r"(?i)(?<![\w])(?:vote[ \u00a0]+)?share(?![\w]|[ \u00a0]+price)|stimmenanteil|primary[ \u00a0]+vote(?![\w])"
)


def _names_vote_share(text: str, h: _Hit) -> bool:
    lo = _sentence_start(text, h.start)
    return _R_SHARE_NOUN.search(text, lo, h.start) is not None and _R_INDEX.search(text, lo, h.start) is None


# A market index moves in points too ("Der Dax verlor 120 Punkte, ein Minus von 0,6 Prozent").
_R_INDEX = re.compile(
    r"(?i)(?<![\w])(?:\w*index\w*|mdax|tecdax|dow|nasdaq|s&p|ftse|nikkei|hang[ \u00a0]+seng|atx|smi|stoxx|cac|kospi"
    r"|sensex|nifty|vix|v?dax|vstoxx|topix|ibex|csi\d*|leitindex|börse\w*|stocks?|shares|aktien\w*)(?![\w])"
)


def _share_in_sentence(text: str, h: _Hit, shares: list[_Hit]) -> bool:
    """ "die Grünen verlieren gut fünf Punkte und landen bei 8,3 Prozent", "won 21.9% of the
    votes, up 0.7 points": a change in points beside a share (at least as large) in the same
    sentence is a change of that share, unless the sentence names a market index."""
    lo = _sentence_start(text, h.start)
    stop = _R_SENTENCE_BREAK.search(text, h.end)
    hi = stop.start() if stop else len(text)
    if _R_INDEX.search(text, lo, hi):
        return False
    return any(
        lo <= p.start
        and p.end <= hi
        and isinstance(p.value, int | float)
        and h.value <= p.value
        and not _R_SENTENCE_BREAK.search(text, min(p.end, h.end), max(p.start, h.start))
        for p in shares
    )


# "put the three largest parties within two points of each other", in a sentence naming a poll.
_R_WITHIN_BEFORE = re.compile(r"(?i)(?<![\w])within[ \u00a0]+$")


def _within_points(text: str, h: _Hit) -> bool:
    return _R_WITHIN_BEFORE.search(text, max(0, h.start - 8), h.start) is not None and _names_poll(text, h)


# "Die AfD legt um einen Punkt auf 25 Prozent zu": "ein" is no anchor word, so the point before
# the share it changes is read here (as "um zwei Punkte auf 25 Prozent" is).
_R_ONE_POINT_TO = re.compile(r"(?<![\w])um[ \u00a0]+(einen[ \u00a0]+Punkt)[ \u00a0]+auf[ \u00a0]+$")


# "Die AfD verliert einen Punkt und erreicht 25 Prozent": after a verb of gaining or losing, one
# point is a poll move when the sentence names a poll or a share at least as large, as "verliert
# zwei Punkte" is (see _poll_change); "Bayern verlor einen Punkt in Mainz" stays none.
# "auf 27 Prozent, einen Punkt mehr als im Februar", "mit 26 Prozent einen halben Punkt vor der
# Union": a comparison in one (or half a) point beside a share is a poll move as well.
# ("ein Punkt mehr als im Vormonat": the nominative in an apposition.)
_R_ONE_POINT = re.compile(r"(?<![\w])ein(?:en)?[ \u00a0]+(?:(halbe[nr]?)[ \u00a0]+)?Punkt(?![\wäöüß])")


def _one_point(text: str, hits: list[_Hit], shares: list[_Hit]) -> None:
    ones = []
    for p in shares:
        m = _R_ONE_POINT_TO.search(text, max(0, p.start - 30), p.start)
        if m is not None:
            ones.append(_Hit("percent", 1, "pp", m.start(1), m.end(1)))
    if "Punkt" in text and ("ein Punkt" in text or "einen Punkt" in text or " halbe" in text):
        for m in _R_ONE_POINT.finditer(text):
            # ("knapp einen halben Punkt mehr": the hedge before the article, batch 308)
            one = _Hit("percent", 0.5 if m.group(1) else 1, "pp", m.start(), m.end(), _qualifier(text, m.start()))
            moved = _R_POINTS_VERB_BEFORE.search(text, max(0, m.start() - 60), m.start())
            # a comparison only after its share ("liegt einen Punkt vor der Union bei 25 Prozent" stays)
            compared = (_R_POINTS_CHANGE_AFTER.match(text, m.end()) or _R_POINTS_LEAD.match(text, m.end())) and any(
                p.end <= m.start() for p in shares
            )
            if (moved or compared) and (_names_poll(text, one) or _share_in_sentence(text, one, shares)):
                ones.append(one)
    for one in ones:
        if any(h.start < one.end and one.start < h.end for h in hits):
            continue
        hits.insert(next((i for i, h in enumerate(hits) if h.start > one.start), len(hits)), one)


_R_POINTS_BY = re.compile(r"(?i)(?<![\w])(?:by|um|of|von)[ \u00a0]+$")
_R_POINTS_TO = re.compile(r"(?i)(?<![\w])(?:to|auf)[ \u00a0]+$")
_R_LEAD_BEFORE = re.compile(r"(?i)(?<![\w])(?:lead|gap|margin|advantage|vorsprung|abstand|rückstand)(?![\w])")
# ("a 3-point Democratic edge", "a 5-point advantage": a party's adjective may stand between, batch 332)
# ("a 10-point deficit for Yes in Ipsos's survey": a gap behind is one too, batch 368)
_R_POINTS_LEAD_NOUN = re.compile(
    r"[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+)?(?:lead|edge|advantage|deficit|Vorsprung|Rückstand)\b"
)
_R_POLL = re.compile(
    r"(?i)(?<![\w])(?:polls?|polling|pollsters?|surveys?|yougov|ipsos|opinium|gallup|umfrage\w*|sonntagsfrage"
    r"|meinungsforsch\w*|erhebung|forsa|insa|infratest|civey|allensbach|deutschlandtrend|politbarometer|wahltrend|emnid"
    # (and an election night's projections: "nach der ARD-Hochrechnung", "a projection for broadcaster ZDF")
    r"|ifop|survation|quinnipiac|\w*hochrechnung(?:en)?|projections?"
    # (a poll's sample named as such: "among registered voters", "of likely voters")
    r"|registered[ \u00a0]+voters|likely[ \u00a0]+voters)(?![\w])"
)


_R_CARRIED_BY = re.compile(r"(?i)(?<![\w])(?:carried|won|lost|took|held)[ \u00a0]+(?:it[ \u00a0]+)?by[ \u00a0]+$")
_R_SEAT = re.compile(r"(?i)(?<![\w])(?:seat|district|constituency|state|county|election|primary|race)(?![\w])")


# Voters and parties, not a sport's standings: a margin in points is in percentage points.
_R_ELECTORATE = re.compile(
    r"(?<![\w])(?:ballots|voters|independents|Democrats|Republicans|Labour|Conservatives|Tories|electorate"
    r"|first[ \u00a0]+round|runoff|primary)(?![\w])"
)
_R_HEDGED_BY = re.compile(
    r"(?<![\w])by[ \u00a0]+(?:(?:nearly|almost|about|some|roughly|at[ \u00a0]+least|more[ \u00a0]+than)[ \u00a0]+)?$"
)
_R_STANDINGS = re.compile(
    r"(?i)(?<![\w])(?:standings|championship|league|table|games|races|matches|title|season|slaloms?|events)(?![\w])"
)


def _poll_lead(text: str, h: _Hit) -> bool:
    """ "trail Reform UK by nine points, a YouGov poll showed", "a five-point lead, according
    to an Ipsos poll", "in der Umfrage sechs Punkte vor der AfD": a gap in a poll."""
    if _R_HEDGED_BY.search(text, max(0, h.start - 20), h.start) and (
        _R_ELECTORATE.search(text, start := _sentence_start(text, h.start)) and not _R_STANDINGS.search(text, start)
    ):
        return True  # "Democrats lead by 11 points", "win the outstanding ballots by at least 8 points" (batch 458)
    to = _R_POINTS_TO.search(text, max(0, h.start - 5), h.start)
    if not (
        to
        or _R_POINTS_BY.search(text, max(0, h.start - 5), h.start)
        or _R_POINTS_LEAD.match(text, h.end)
        or _R_POINTS_LEAD_NOUN.match(text, h.end)
    ):
        return False
    if _R_CARRIED_BY.search(text, max(0, h.start - 24), h.start) and _R_SEAT.search(
        text, _sentence_start(text, h.start), h.start
    ):
        return True  # "flipping a seat the president carried by 12 points": an election's margin (batch 332)
    # "the lead has narrowed to three points": a lead or gap named before "to"/"auf".
    if (
        to
        and not _R_POINTS_LEAD.match(text, h.end)
        and _R_LEAD_BEFORE.search(text, _sentence_start(text, h.start), h.start) is None
    ):
        return False
    return _names_poll(text, h) or _R_SHARE_PAIR_AFTER.match(text, h.end) is not None


# "trails by 9 points, 50% to 41%": the gap between the two shares that follow (batch 434).
_R_SHARE_PAIR_AFTER = re.compile(r",[ \u00a0]+\d{1,2}(?:\.\d)?%[ \u00a0]+to[ \u00a0]+\d{1,2}(?:\.\d)?%")


# Capitalised abbreviations that never end a sentence (titles, "Nr.", months).
_TITLES = frozenset(a for a in _ABBREVIATIONS - _AMBIGUOUS if a[:1].isupper())
_R_ABBREVIATED = re.compile(r"(?<![\w.])([A-Z][a-z]{1,4})$")


def _sentence_start(text: str, at: int) -> int:
    lo = max(0, at - 300)
    stop = text.rfind(". ", lo, at)
    # "leading Democratic Gov. Marisol Archuleta by 8 points": a title's period ends no sentence.
    while stop > lo and (m := _R_ABBREVIATED.search(text, max(lo, stop - 6), stop)) and m.group(1) in _TITLES:
        stop = text.rfind(". ", lo, stop)
    return max(stop, text.rfind("\n", lo, at), lo - 1) + 1


def _names_poll(text: str, h: _Hit) -> bool:
    """The sentence of ``h`` names a poll."""
    stop = _R_SENTENCE_BREAK.search(text, h.end)
    return _R_POLL.search(text, _sentence_start(text, h.start), stop.start() if stop else len(text)) is not None


# "one" as the subject of a verb, at most one adverb between: "and one was crushed", "one later died".
_R_ONE_SUBJECT = re.compile(
    r"[ \u00a0]+(?:(?:still|later|also|reportedly|eventually|subsequently)[ \u00a0]+)?(?:was|is|has|had|died|dies"
    r"|remains|remained|survived|suffered|sustained|escaped|sank|fled|drowned|collapsed|exploded)(?![\w])"
)


_R_ONE_SAID = re.compile(r"[ \u00a0]+(?:said|says|warned|told|added|argued|noted|complained|insisted|wrote)(?![\w])")


def _pronoun_one(text: str, hits: list[_Hit]) -> None:
    """ "Three carriages derailed and one was crushed", "Of the 12 miners, one is still
    missing": a lower-case "one" before a verb refers back to a noun counted earlier in its
    sentence; it is a pronoun, no count. "one person was killed" counts its noun; "One was
    crushed." opening a sentence has nothing counted before it in the sentence and stays."""
    for i, h in enumerate(hits):
        if h.kind != "count" or h.value != 1 or not text.startswith("one", h.start):
            continue
        if _R_ONE_SAID.match(text, h.start + 3):
            h.kind = None  # "though one warned that ...": one of those named before, whoever they are
            continue
        if _R_ONE_SUBJECT.match(text, h.start + 3) is None:
            continue
        for p in reversed(hits[:i]):
            if _R_SENTENCE_BREAK.search(text, p.end, h.start):
                break
            if p.kind == "count" and p.unit is not None and p.unit != "times":
                h.kind = None
                break


_R_DIGITS_ONLY = re.compile(r"\d[\d.,]*")


def _comma_lists(text: str, hits: list[_Hit]) -> None:
    """ "um 19, 24 und 31 Prozent", "3, 5 and 7 percent", "12, 15 und 20 Millionen Euro", "im Alter von 19, 24
    und 31 Jahren": the unit written
    once at the end of a list reaches every bare figure before it. _inherit_ranges gave it to the item
    before "und"/"and"; here, right to left, a bare count before a comma takes it from the next item, when
    that item got it the same way (its own text is only digits) and the list goes on after it."""
    for i in range(len(hits) - 3, -1, -1):
        a, b, c = hits[i], hits[i + 1], hits[i + 2]
        if not (
            a.kind == "count"
            and a.unit is None
            and a.raw is not None
            and float(a.value) == float(a.raw)
            and b.kind in ("percent", "money", "duration")
            and (b.kind, b.unit) == (c.kind, c.unit)
            and b.raw is not None
            # (or one number word: "im Alter von zwei, sieben und elf Jahren")
            and (_R_DIGITS_ONLY.fullmatch(text, b.start, b.end) or text[b.start : b.end].isalpha())
            and text[a.end : b.start] in (", ", ",\u00a0")
            and (text[b.end : c.start] in (", ", ",\u00a0") or _R_RANGE_LINK.match(text[b.end : c.start]))
        ):
            continue
        a.kind, a.unit, a.bare, a.scale = b.kind, b.unit, False, b.scale
        a.value = to_json_number(a.raw * b.scale)
