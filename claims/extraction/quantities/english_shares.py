"""English shares of a whole: "a third", "half", "two thirds of", "half a million", "a quarter of an
hour", "half a mile", "a half cent", "a quarter point" (a rate's percentage points)."""

from __future__ import annotations

import re
from decimal import Decimal

from ..numbers import EN_DENOMINATORS, EN_SCALES, parse_english_ordinal, to_json_number
from ..wordtrie import word_list
from .bounds_after import _R_OR_SO
from .cardinals import _cardinal_value, _cent_currency, _complete
from .english_ordinals import _ordinal_en
from .hits import _Hit
from .nouns import _EN_STOP
from .qualifiers import _over_is_period, _qualifier
from .tables import _DURATION_UNITS, _MONTH_EN
from .units import _cricket_centuries, split_seconds_en

_LEFT_NUMERATOR_EN = re.compile(r"(?i)(?<![\w])(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)[ \u00a0-]+$")
# "by" (or "up"/"down"), a hedge, or both before "a fifth": "fell by nearly a fifth since April".
_LEFT_BY = re.compile(
    r"(?i)(?<![\w])(?:by|up|down|(?:by[ \u00a0]+)?(?:nearly|almost|about|around|roughly|up[ \u00a0]+to"
    r"|more[ \u00a0]+than|less[ \u00a0]+than|just[ \u00a0]+over|just[ \u00a0]+under|well[ \u00a0]+over))[ \u00a0]+$"
)
_R_AFTER_BY_FRACTION = re.compile(r"[ \u00a0]*(?:[.,;:)]|$)|[ \u00a0]+([a-z]+)\b")
# "roughly a tenth lower than", "by a third higher": a comparative after the share.
_AFTER_BY_FRACTION = _EN_STOP | frozenset(
    # ("cut waiting lists by a third within two years", batch 359)
    word_list("""
    compared year month week quarter overall lower higher smaller larger bigger cheaper fewer within between
    """)
)


def _by_fraction(text: str, num_start: int, e: int) -> bool:
    """ "cut by a third", "rose by a quarter last year", "nearly a fifth since"; not
    "followed by a third attack" or "almost a fifth term"."""
    if not _LEFT_BY.search(text, max(0, num_start - 24), num_start):
        return False
    m = _R_AFTER_BY_FRACTION.match(text, e)
    return m is not None and (m.group(1) is None or m.group(1) in _AFTER_BY_FRACTION)


_LEFT_A_ONE = re.compile(r"(?i)(?<![\w])(?:a|one)[ \u00a0]+$")
_R_HALF_DURATION = re.compile(r"[ \u00a0]+(?:an?[ \u00a0]+)?(hour|day|week|month|year|minute|second|decade|century)\b")

_R_PERIOD_HALF = re.compile(
    r"(?:" + _MONTH_EN + r"[-–/]" + _MONTH_EN + r"|(?<![\w])(?i:fiscal|financial|calendar|business))[ \u00a0]+$"
)
_R_HALF_SCALE_EN = re.compile(r"[ \u00a0]+an?[ \u00a0]+(million|billion|trillion|dozen)\b")
# "three quarters of a million", "a third of a billion dollars": a share of a magnitude word is
# the figure it makes, as "half a million" is 500,000 (not a fraction and a count of one million).
_R_OF_A_SCALE_EN = re.compile(r"[ \u00a0]+of[ \u00a0]+an?[ \u00a0]+(million|billion|trillion)\b")


def _share_of_scale(text: str, s: int, e: int, share: Decimal) -> _Hit | None:
    m = _R_OF_A_SCALE_EN.match(text, e)
    if m is None:
        return None
    value = (Decimal(share) * EN_SCALES[m.group(1)]).to_integral_value()
    return _complete(text, "en", value, s, m.end(), s, is_digits=False)


# "half a mile", "three-quarters of an inch", "a third of a mile": a share of one unit of
# measure is the measure's value, a count (forty-seventh batch), as "half an hour" is 0.5 hours.
# ("a quarter mile" with the article first stays a fraction, thirtieth batch; "pound" may be money.)
_R_SHARE_OF_A_MEASURE = re.compile(
    r"[ \u00a0]+(?P<of>of[ \u00a0]+)?an?[ \u00a0]+(mile|inch|acre|foot|yard|ounce|gallon|pint|litre|liter|metre"
    r"|meter|kilometre|kilometer|centimetre|centimeter|tonne|ton|degree)(?![\w-])"
)


def _share_of_measure(text: str, s: int, e: int, share: Decimal, *, bare: bool = False) -> _Hit | None:
    """Count ``share`` when "of a(n)" and a measure follow (``bare``: "half a mile" needs no "of")."""
    m = _R_SHARE_OF_A_MEASURE.match(text, e)
    if m is None or (m.group("of") is None and not bare):
        return None
    return _Hit("count", to_json_number(round(share, 4)), m.group(2), s, m.end(), _qualifier(text, s))


_R_AND_SHARE_AFTER = re.compile(
    r"[ \u00a0]+(?:and|or|to)[ \u00a0]+(?:(?:a|one|two|three)[ \u00a0]+)?"
    r"(?:half|third|quarter|fifth|thirds|quarters|fifths)[ \u00a0]+of(?![\w])"
)
_R_OF_AFTER = re.compile(r"(?:[ \u00a0]+(?:of|der|des|aller|von)\b|[ \u00a0]*[.,;:)]|[ \u00a0]*$)")
# "a quarter below average", "nearly a third below its peak", "a fifth more", "a third off": a share
# before a comparison is a fraction ("a third term", "a quarter century" are not).
_R_COMPARED_AFTER = re.compile(
    r"[ \u00a0]+(?:below|above|lower|higher|less|more|smaller|bigger|larger|greater|fewer|cheaper|dearer"
    r"|shorter|longer|off)(?![\w\-])"
)  # "a third off most fares", "knock a quarter off the bill": a share taken off
# "less than a quarter mile", "a half mile": a share of a measure (as "half a mile").
_R_MEASURE_AFTER = re.compile(
    r"[ \u00a0]+(?:mile|inch|acre|pound|ounce|gallon|pint|litre|liter|metre|meter|kilometre|kilometer|tonne|ton"
    r"|cup|teaspoon|tablespoon)(?![\w-])"
)
# "less than half full", "nearly half said": a hedged "half" before a word is a share; not "about
# half past", "at half time", "over half term".
_R_HALF_WORD_AFTER = re.compile(r"[ \u00a0]+(?!(?:past|time|term|way|back|brother|sister)(?![\w]))[a-z]")


# "cancel half of their flights at Orly and a third at Marseille": a share after "and", its "of ..."
# left out because a share of something stood before it; then a place or a time, not a noun.
_R_SHARE_OF_BEFORE = re.compile(
    r"(?i)\b(?:half|quarters?|thirds?|fifths?|tenths?|\d+(?:[.,]\d+)?[ \u00a0]*(?:%|percent|per[ \u00a0]cent))"
    r"[ \u00a0]+of[ \u00a0]"
)
_R_AND_OR_BEFORE = re.compile(r"(?:,|[ \u00a0]and|[ \u00a0]or)[ \u00a0]+$")
_R_PLACE_AFTER = re.compile(r"[ \u00a0]+(?:at|in|on|from|to|for|by)[ \u00a0]")


def _elliptic_share(text: str, a_start: int, e: int) -> bool:
    lo = max(0, a_start - 120)
    return (
        _R_PLACE_AFTER.match(text, e) is not None
        and _R_AND_OR_BEFORE.search(text, lo, a_start) is not None
        and _R_SHARE_OF_BEFORE.search(text, lo, a_start) is not None
    )


def _hedged_half(text: str, s: int, e: int) -> bool:
    return _R_HALF_WORD_AFTER.match(text, e) is not None and _qualifier(text, s) is not None


# "living on half rations", "paid half wages": "half" before a plural noun is that share of it;
# not a compound noun that "half" makes ("half measures", "half brothers", "half lives"), nor a
# span counted in halves ("half days", "half terms").
_R_PLURAL_AFTER = re.compile(r"[ \u00a0]+([a-z]{3,}s)(?![\w\-'’])")
_HALF_COMPOUNDS = frozenset(
    word_list("""
    measures truths brothers sisters siblings lives volleys backs times terms seconds minutes hours days
    weeks months years decades centuries marathons moons notes tones steps
    """)
)


def _half_of_plural(text: str, e: int) -> bool:
    m = _R_PLURAL_AFTER.match(text, e)
    return m is not None and m.group(1) not in _EN_STOP and m.group(1) not in _HALF_COMPOUNDS


_R_EN_DENOM_AFTER = re.compile(
    r"[ \u00a0]+(halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"
    r"|twelfths?|hundredths?|thousandths?)\b"
)
_R_HEDGE_BEFORE_A = re.compile(
    r"(?i)(?<![\w])(?:less[ \u00a0]+than|more[ \u00a0]+than|fewer[ \u00a0]+than|nearly|almost|roughly|about"
    r"|around|at[ \u00a0]+least)[ \u00a0]+$"
)
_R_VERB_AFTER_SHARE = re.compile(
    r"[ \u00a0]+(?:goes|go|went|is|are|was|were|has|have|had|said|say|says|will|would|could|came|comes|live|lives"
    r"|lived|work|works|worked|voted|backed|opposed|remains|remained"
    # ("only about a third back his approach to immigration", batch 434)
    r"|back|backs|support|supports|supported|approve|approves|approved|oppose|opposes|favou?rs?|want|wants)(?![\w\-])"
)
_R_OF_WORD_AFTER = re.compile(r"[ \u00a0]+of(?![\w])")
_R_PERIODS_BEFORE = re.compile(r"(?i)(?<![\w])(?:in|for|over|past|last|previous)[ \u00a0]+$")
_R_TIME_AGO_AFTER = re.compile(
    r"[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:years?|months?|weeks?|decades?|decade)[ \u00a0]+(?:ago|earlier|before)\b"
)
_R_COMPARED_BEFORE = re.compile(
    r"(?i)(?:compared[ \u00a0]+(?:with|to)|up[ \u00a0]+from|down[ \u00a0]+from|from|against)[ \u00a0]+"
    r"(?:(?:about|around|nearly|roughly|almost|just|only|less[ \u00a0]+than|more[ \u00a0]+than)[ \u00a0]+)?$"
)
_R_IN_YEAR_AFTER = re.compile(
    r"[ \u00a0]+in[ \u00a0]+(?:(?:early|late|mid)[ \u00a0\-]+|[A-Z][a-z]+[ \u00a0]+)?(?:19|20)\d\d\b"
)
_R_STATE_AFTER_SHARE = re.compile(r"[ \u00a0]+(?:full|empty|complete|[a-z]+ed)(?![\w\-])|[ \u00a0]*(?:[,.;:!?)]|$)")
# "by another quarter of a percentage point": "another" stands for "a" only before a point, since
# "another quarter of losses" is a period.
_LEFT_ANOTHER = re.compile(r"(?i)(?<![\w])another[ \u00a0]+$")
_LEFT_ORD_CONTEXT_EN_BLOCK = re.compile(r"(?i)(?:first|second|third|fourth|last)[ \u00a0]+$")


_R_FRACTION_POINT = re.compile(
    r"[ \u00a0]+(?:(?:of[ \u00a0]+)?an?[ \u00a0]+|of[ \u00a0]+one[ \u00a0]+)?(percentage[ \u00a0]+)?points?\b"
)
_R_RATE_NEAR = re.compile(r"(?i)%|\bper ?cent|\brates?\b|\byields?\b|\binflation\b|\bpolls?\b")
# ... or another move in points beside it ("considered a larger half-point cut before settling on a quarter
# point", batch 476)
_R_POINT_MOVE = re.compile(r"(?i)\b(?:half|quarter)-(?:percentage-)?point\b|\b(?:percentage|basis) points?\b")
# "a quarter-percentage-point rate cut" names its percentage; "a half-point reduction", "one more
# quarter-point cut": a move of a rate right after the share is one too, with no rate in reach.
_POINT_COMPOUNDS = frozenset(["quarter-point", "half-point", "quarter-percentage-point", "half-percentage-point"])
_R_RATE_MOVE_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:interest[ \u00a0\-])?rates?[ \u00a0]+)?(?:cut|reduction|hike|increase|rise|raise|move"
    r"|easing|tightening)s?(?![\w\-])"
)


def _fraction_point(text: str, s: int, e: int, value: float, *, glued: bool = False) -> _Hit | None:
    """ "a quarter point", "half a percentage point", "three-quarters of a point": percentage
    points (``glued``: "quarter-point" ends at ``e``; "a quarter-percentage point" names its percentage
    before the hyphen stops). A bare "point" only near a rate or a percentage, since chess has half points too."""
    if glued:
        end, percentage = e, text.endswith("percentage-point", s, e)
    else:
        pm = _R_FRACTION_POINT.match(text, e)
        if pm is None:
            return None
        end, percentage = pm.end(), pm.group(1) is not None or text.endswith("-percentage", s, e)
    if (
        not percentage
        and not _R_RATE_MOVE_AFTER.match(text, end)
        and not _R_RATE_NEAR.search(text, max(0, s - 60), min(len(text), end + 60))
        and not _R_POINT_MOVE.search(text, max(0, s - 60), s)
        and not _R_POINT_MOVE.search(text, end, min(len(text), end + 60))
    ):
        return None
    return _Hit("percent", round(value, 4), "pp", s, end, _qualifier(text, s))


# "a quarter of an hour", "three quarters of an hour", "a quarter of a century", "by one hundredth
# of a second": a share of a time unit is a duration, as "half an hour" and "eine Viertelstunde" are.
_R_OF_A_TIME_UNIT = re.compile(
    r"[ \u00a0]+of[ \u00a0]+an?[ \u00a0]+(hour|minute|second|day|week|month|year|decade|century)\b"
)
# "a quarter century", "a quarter hour": one quarter right before a time unit.
_R_QUARTER_UNIT = re.compile(r"[ \u00a0]+(hour|decade|century)(?![\w\-])")


# "by a half cent", "half a cent", "a quarter cent", "a half-cent levy": that share of a cent or a
# penny is money (fifty-eighth batch: "by a half cent" 0.005 USD).
_R_SHARE_CENT = re.compile(r"[ \u00a0]+(?:an?[ \u00a0]+)?(cent|penny)(?![\w\-])")


def _share_of_cent(text: str, s: int, e: int, word_start: int, share: Decimal, word: str) -> _Hit | None:
    """A share of a cent (a US cent unless a euro amount owns it, as for "cents") or a penny; the
    span and hedge start at an article before the share word."""
    cur = "GBP" if word == "penny" else _cent_currency(text, s, "cents")
    if cur is None:
        return None
    lo = max(0, word_start - 16)
    art = _LEFT_A_ONE.search(text[lo:word_start])
    start = min(s, lo + art.start()) if art else s
    return _Hit("money", to_json_number(round(share / 100, 6)), cur, start, e, _qualifier(text, start))


def _quarter_unit(text: str, s: int, qu: re.Match) -> _Hit | None:
    """ "a quarter century" 25 years, "a quarter hour" 0.25 hours (as "a quarter-century")."""
    if _cricket_centuries(text, s, qu.end(), qu.group(1)):
        return None
    unit, factor = _DURATION_UNITS[qu.group(1)]
    return _Hit("duration", to_json_number(Decimal("0.25") * factor), unit, s, qu.end(), _qualifier(text, s))


def _share_of_time(text: str, s: int, e: int, share: Decimal) -> _Hit | None:
    m = _R_OF_A_TIME_UNIT.match(text, e)
    if m is None:
        return None
    unit, factor = _DURATION_UNITS[m.group(1)]
    return _Hit("duration", to_json_number(round(share * factor, 4)), unit, s, m.end(), _qualifier(text, s))


def share_of_percent(text: str, start: int, e: int, share: float) -> _Hit | None:
    """ "half a percent", "a tenth of a percent", "three-quarters of one per cent": a share of one
    percent after the share word ending at ``e`` is a percentage; None when no percent follows."""
    pc = _R_HALF_PERCENT_EN.match(text, e)
    return None if pc is None else _Hit("percent", round(share, 4), "%", start, pc.end(), _qualifier(text, start))


_R_HALF_PERCENT_EN = re.compile(
    r"[ \u00a0]+(?:of[ \u00a0]+)?(?:an?|one)[ \u00a0]+(?:percent|per[ \u00a0]+cent)(?![\w\-])"
)


# "cut a third of their flights at Orly and half at Marseille", "40% to schools and half to hospitals":
# a bare "half" after "and" or a comma, a share stated earlier in the clause, is the next share.
_R_AND_BEFORE = re.compile(r"(?:,|[ \u00a0]and)[ \u00a0]+$")
_SHARE_WORD = r"(?i:(?<![\w])(?:a|one|two|three)[ \u00a0\-]+(?:thirds?|quarters?|fifths?|tenths?)(?![\w]))"
_R_SHARE_BEFORE = re.compile(_SHARE_WORD + r"|\d[ \u00a0]?(?i:%|per[ \u00a0]?cent)")
# (a share in words only before "another quarter": "rose 3% in another quarter of gains" is a period)
_R_SHARE_WORD_BEFORE = re.compile(_SHARE_WORD)


def _parallel_half(text: str, s: int) -> bool:
    if _R_AND_BEFORE.search(text, max(0, s - 6), s) is None:
        return False
    lo = max(text.rfind(". ", 0, s) + 1, s - 100, 0)
    return _R_SHARE_BEFORE.search(text, lo, s) is not None


_R_ONE_UNIT_AND_A = re.compile(
    # ("a decade and a half" 15 years, "a century and a half" 150, batch 328)
    r"(?i)(?<![\w])(?:an?|one)[ \u00a0]+(hour|day|week|month|year|minute|second|decade|century)"
    r"[ \u00a0]+and[ \u00a0]+a[ \u00a0]+$"
)


def _half_word(text: str, s: int, e: int, lw: str, lo: int) -> _Hit | None:
    """ "half" and "halves": a share, half of a magnitude, a unit or a point, or nothing."""
    if lw == "half":
        if text[s - 2 : s - 1] == "a" and (one := _R_ONE_UNIT_AND_A.search(text, max(0, s - 24), s)) is not None:
            # "an hour and a half", "a year and a half": one unit and its half
            unit, factor = _DURATION_UNITS[one.group(1).lower()]
            value = to_json_number(Decimal("1.5") * factor)
            qual = _qualifier(text, one.start())
            if qual == "over" and _over_is_period(text, one.start(), e):
                qual = None  # "rain fell ... over a day and a half": the span (batch 328)
            return _Hit("duration", value, unit, one.start(), e, qual)
        art = _LEFT_A_ONE.search(text[lo:s])
        pt = _fraction_point(text, lo + art.start() if art else s, e, 0.5)
        if pt:
            return pt
        pc = share_of_percent(text, lo + art.start() if art else s, e, 0.5)
        if pc:  # "half a percent", "half of one per cent"
            return pc
        sm = _R_HALF_SCALE_EN.match(text, e)
        if sm:  # "half a million barrels", "half a dozen"
            scale = 12 if sm.group(1) == "dozen" else EN_SCALES[sm.group(1)]
            return _complete(text, "en", Decimal("0.5") * scale, s, sm.end(), s, is_digits=False)
    if re.search(r"(?i)(?:first|second|third|fourth|other|latter|last|the)[ \u00a0]+$", text[lo:s]) and not re.search(
        r"(?i)(?:than|over|almost|nearly)[ \u00a0]+the[ \u00a0]+$", text[max(0, s - 25) : s]
    ):
        return None
    if _R_PERIOD_HALF.search(text, max(0, s - 24), s):
        return None  # "the April-September half", "the fiscal half": a half-year
    if lw == "half" and (hc := _R_SHARE_CENT.match(text, e)) is not None:
        return _share_of_cent(text, s, hc.end(), s, Decimal("0.5"), hc.group(1))  # "by a half cent"
    hd = _R_HALF_DURATION.match(text, e)
    if hd:  # "at least a half hour": the hedge stands before the article
        unit, factor = _DURATION_UNITS[hd.group(1)]
        art = _LEFT_A_ONE.search(text[lo:s])
        qual = _qualifier(text, lo + art.start() if art else s)
        if qual == "over" and _over_is_period(text, s, hd.end()):
            qual = None  # "made 34 feature films over half a century": a span (batch 301)
        return _Hit("duration", 0.5 * factor, unit, s, hd.end(), qual)
    if lw == "half" and (hm := _share_of_measure(text, s, e, Decimal("0.5"), bare=True)):
        return hm  # "up to half a mile"
    nxt = re.match(r"[ \u00a0]+(of|the|a|an|its|their|his|her|our)\b|[ \u00a0]*[.,;:]", text[e : e + 8])
    if nxt or (
        lw == "half"
        and (
            _by_fraction(text, s, e)
            or _hedged_half(text, s, e)
            or _half_of_plural(text, e)
            or (_R_MEASURE_AFTER.match(text, e) and _LEFT_A_ONE.search(text[lo:s]))
            or _parallel_half(text, s)
        )
    ):
        start = s
        art = _LEFT_A_ONE.search(text[lo:s])
        if art:
            start = lo + art.start()
        return _Hit("fraction", 0.5, None, start, e, _qualifier(text, start))
    return None


def _denominator_word(text: str, s: int, e: int, lw: str, lo: int) -> _Hit | None:
    """ "a third", "two-thirds" written apart, "a quarter of an hour"; "third" alone is an ordinal."""
    if lw == "quarter" and text[s - 2 : s - 1] == "a" and (one := _R_ONE_UNIT_AND_A.search(text, max(0, s - 24), s)):
        # "for a day and a quarter", "in a year and a quarter": one unit and its quarter (batch 376)
        unit, factor = _DURATION_UNITS[one.group(1).lower()]
        value = to_json_number(Decimal("1.25") * factor)
        return _Hit("duration", value, unit, one.start(), e, _qualifier(text, one.start()))
    num = _LEFT_NUMERATOR_EN.search(text, lo, s)
    ordinal = parse_english_ordinal(lw)
    if (
        num
        and lw == "quarter"
        and num.group(1).lower() == "a"
        and _R_AMOUNT_BEFORE_RATE.search(text, max(0, num.start() - 12), num.start())
    ):
        return None  # "roughly $600 million a quarter": a rate per quarter, as "a year" (batch 364)
    if num and not _LEFT_ORD_CONTEXT_EN_BLOCK.search(text, lo, num.start()):
        nword = num.group(1).lower()
        n = Decimal(1) if nword in ("a", "an") else _cardinal_value(nword, "en")
        plural = lw.endswith("s")
        tu = _share_of_time(text, num.start(1), e, n / EN_DENOMINATORS[lw]) if n else None
        if tu is None and lw == "quarter" and n == 1 and (qu := _R_QUARTER_UNIT.match(text, e)) is not None:
            tu = _quarter_unit(text, num.start(1), qu)
        if tu is None and lw == "quarter" and n == 1 and (qc := _R_SHARE_CENT.match(text, e)) is not None:
            tu = _share_of_cent(text, num.start(1), qc.end(), s, Decimal("0.25"), qc.group(1))
        tu = tu or (_share_of_scale(text, num.start(1), e, n / EN_DENOMINATORS[lw]) if n else None)
        tu = tu or (_share_of_measure(text, num.start(1), e, n / EN_DENOMINATORS[lw]) if n else None)
        if tu:
            return tu
        # "a third of", "two thirds", "cut by a third": a fraction; "a third term" is not.
        pt = _fraction_point(text, num.start(1), e, float(n / EN_DENOMINATORS[lw])) if n else None
        if pt:
            return pt
        if n and (pc := share_of_percent(text, num.start(1), e, float(n / EN_DENOMINATORS[lw]))):
            return pc  # "a tenth of a percent", "a quarter of one per cent"
        if n and (
            plural
            or _R_OF_AFTER.match(text, e)
            or n > 1
            or _by_fraction(text, num.start(), e)
            or _R_COMPARED_AFTER.match(text, e)
            or _R_OR_SO.match(text, e)  # "blamed for a third or so of the pollution" (batch 328)
            or _R_MEASURE_AFTER.match(text, e)
            or _elliptic_share(text, num.start(), e)
            # "between a third and half of their savings": a share joined to another of a whole (batch 290)
            or _R_AND_SHARE_AFTER.match(text, e) is not None
            # "A third goes to schools", "a quarter said they had": a verb right after "a third" has it as subject
            or (n == 1 and _R_VERB_AFTER_SHARE.match(text, e) is not None)
            # "compared with about a quarter two years ago", "up from a fifth a decade ago": a share then
            or (
                n == 1
                and _R_TIME_AGO_AFTER.match(text, e) is not None
                and _R_COMPARED_BEFORE.search(text, max(0, num.start(1) - 40), num.start(1)) is not None
            )
            # ("down from a fifth in early 2025": a share then, batch 505)
            or (
                n == 1
                and _R_IN_YEAR_AFTER.match(text, e) is not None
                and _R_COMPARED_BEFORE.search(text, max(0, num.start(1) - 40), num.start(1)) is not None
            )
            # "less than a third occupied", "nearly a quarter full": a hedge before "a" bounds a share
            or (
                n == 1
                and _R_HEDGE_BEFORE_A.search(text, max(0, num.start(1) - 16), num.start(1)) is not None
                and _R_STATE_AFTER_SHARE.match(text, e) is not None  # ("almost a fifth term" is an ordinal)
            )
        ):
            start = num.start(1)
            return _Hit("fraction", round(float(n / EN_DENOMINATORS[lw]), 4), None, start, e, _qualifier(text, start))
    elif not lw.endswith("s") and (an := _LEFT_ANOTHER.search(text, lo, s)) is not None:
        pt = _fraction_point(text, an.start(), e, float(1 / EN_DENOMINATORS[lw]))
        if pt:
            return pt
        clause = max(text.rfind(". ", 0, s) + 1, s - 100, 0)
        if _R_SHARE_WORD_BEFORE.search(text, clause, an.start()):
            # "A third goes to schools, another quarter to roads": the next share of the same whole
            return _Hit("fraction", round(float(1 / EN_DENOMINATORS[lw]), 4), None, an.start(), e, None)
    if not lw.endswith("s") and (
        (_LEFT_THE_REST.search(text, lo, s) and (_R_OF_A_WHOLE.match(text, e) or _R_VERB_AFTER_SHARE.match(text, e)))
        # ("about two-thirds of the rise came from ..., and the remaining third from ...", batch 410)
        or (_LEFT_THE_REST.search(text, lo, s) and _R_SHARE_EARLIER.search(text, max(0, s - 200), s - 14))
        # ("pull its troops out of the remaining sixth, including the regional capital", batch 421)
        or (_LEFT_THE_REST.search(text, lo, s) and text[e : e + 1] in (",", ";"))
        # ("withdraw its troops from the remaining fifth as part of any deal", batch 480)
        or (_LEFT_REMAINING.search(text, lo, s) and _R_FUNCTION_WORD_AFTER.match(text, e))
        or (_LEFT_THE.search(text, lo, s) and _R_OF_A_LAND.match(text, e))
    ):
        # "the remaining quarter of the Donetsk region", "the other fifth of the land", "pull out of the
        # quarter of the Donetsk region it still controls", "the remaining fifth was ...": a share of a whole
        return _Hit("fraction", round(float(1 / EN_DENOMINATORS[lw]), 4), None, s, e, None)
    if ordinal and not lw.endswith("s") and lw != "quarter":
        return _ordinal_en(text, s, e, ordinal)
    return None


# An amount before "a quarter": the rate's period, not a share ("$600 million a quarter").
_R_AMOUNT_BEFORE_RATE = re.compile(
    r"(?i)(?:\d|(?<![\w])(?:thousand|million|billion|mln|bln|bn|dollars|euros|pounds|francs|yen))[ \u00a0]+$"
)
# "the remaining quarter of the region" (not "the last quarter of the year", "of 2025": a quarter of time).
_LEFT_THE_REST = re.compile(r"(?i)(?<![\w])the[ \u00a0]+(?:remaining|other|occupied|contested|unoccupied)[ \u00a0]+$")
_LEFT_THE = re.compile(r"(?i)(?<![\w])the[ \u00a0]+$")
_LEFT_REMAINING = re.compile(r"(?i)(?<![\w])the[ \u00a0]+remaining[ \u00a0]+$")
_R_FUNCTION_WORD_AFTER = re.compile(
    r"[ \u00a0]*[.!?]|[ \u00a0]+(?:as|from|in|to|under|at|by|for|on|and|or|is|was|are|were|would|will|must)(?![\w\-])"
)
_R_SHARE_EARLIER = re.compile(
    r"(?i)(?<![\w])(?:(?:\w+-)?(?:thirds|quarters|fifths|tenths)"
    r"|(?:a|one)[ \u00a0\-](?:third|quarter|fifth|tenth)|half)(?![\w])|\d[ \u00a0]?%"
)
# "the quarter of the Donetsk region": a named land after "the ... of the" (not "the quarter of the year").
_R_OF_A_LAND = re.compile(
    r"[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:[A-Z][\w'’\-]*[ \u00a0]+){1,2}"
    r"(?:region|territory|oblast|province|country)(?![\w])"
)
_R_OF_A_WHOLE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?+"
    r"(?!\d|(?:year|season|century|decade|month|week|day|fiscal|financial|calendar|game|match|race|term)\b)[A-Za-z]"
)


def _counted_share(text: str, s: int, e: int, best_val: Decimal, best_end: int) -> _Hit | None:
    """A cardinal phrase before a denominator: "two thirds", "one quarter of"."""
    dn = _R_EN_DENOM_AFTER.match(text, best_end)
    # "in six quarters", "three halves": a share is less than the whole; more is a count of periods.
    if (
        dn
        and best_end == e
        and best_val < EN_DENOMINATORS[dn.group(1).lower()]
        and (best_val == 1) == (not dn.group(1).endswith("s"))
    ):
        den = EN_DENOMINATORS[dn.group(1).lower()]
        tu = _share_of_time(text, s, dn.end(), best_val / den) or _share_of_scale(text, s, dn.end(), best_val / den)
        if tu:
            return tu
        if den in (10, 100, 1000) and dn.group(1).endswith("s") and split_seconds_en(text, s, dn.end()):
            # "won by seven hundredths": a race margin (units.split_seconds_en), seconds
            return _Hit(
                "duration", to_json_number(round(best_val / den, 4)), "second", s, dn.end(), _qualifier(text, s)
            )
        if (
            den == 4
            and best_val > 1
            and not _R_OF_WORD_AFTER.match(text, dn.end())
            and _R_PERIODS_BEFORE.search(text, max(0, s - 24), s)
        ):
            # "its first decline in three quarters", "for three straight quarters": periods (batches 254, 266)
            return _Hit("count", int(best_val), None, s, dn.end(), _qualifier(text, s))
        if best_val > 1 or _R_OF_AFTER.match(text, dn.end()):
            return _Hit("fraction", round(float(best_val / den), 4), None, s, dn.end(), _qualifier(text, s))
    return None
