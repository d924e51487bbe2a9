"""English number words: cardinals, ordinals, fractions, halves, hyphenated forms ("five-hour")."""

from __future__ import annotations

import re
from decimal import Decimal

from ..numbers import EN_DENOMINATORS, EN_SCALES, parse_english_ordinal, parse_english_words, to_json_number
from ..wordtrie import word_list
from .age_groups import age_compound
from .cardinals import _cardinal_value, _cent_currency, _complete
from .context import _LEFT_ARTICLE_ONE, _LEFT_EVERY, _LEFT_ORD_CONTEXT, _R_CHANNEL_BEFORE
from .hits import _block, _Hit
from .nouns import _EN_STOP
from .qualifiers import _qualifier
from .ranked_parts import _en_ranked_part
from .tables import _DURATION_UNITS, _MONTH_EN
from .units import _R_PERCENT, _cricket_centuries

_LEFT_NUMERATOR_EN = re.compile(r"(?i)(?<![\w])(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)[ \u00a0-]+$")
# "by" (or "up"/"down"), a hedge, or both before "a fifth": "fell by nearly a fifth since April".
_LEFT_BY = re.compile(
    r"(?i)(?<![\w])(?:by|up|down|(?:by[ \u00a0]+)?(?:nearly|almost|about|around|roughly|more[ \u00a0]+than"
    r"|less[ \u00a0]+than|just[ \u00a0]+over|just[ \u00a0]+under|well[ \u00a0]+over))[ \u00a0]+$"
)
_R_AFTER_BY_FRACTION = re.compile(r"[ \u00a0]*(?:[.,;:)]|$)|[ \u00a0]+([a-z]+)\b")
# "roughly a tenth lower than", "by a third higher": a comparative after the share.
_AFTER_BY_FRACTION = _EN_STOP | frozenset(
    word_list("compared year month week quarter overall lower higher smaller larger bigger cheaper fewer")
)


def _by_fraction(text: str, num_start: int, e: int) -> bool:
    """ "cut by a third", "rose by a quarter last year", "nearly a fifth since"; not
    "followed by a third attack" or "almost a fifth term"."""
    if not _LEFT_BY.search(text, max(0, num_start - 24), num_start):
        return False
    m = _R_AFTER_BY_FRACTION.match(text, e)
    return m is not None and (m.group(1) is None or m.group(1) in _AFTER_BY_FRACTION)


_LEFT_NO_ONE = re.compile(r"(?i)(?<![\w])(?:no|the|every|any|each|this|that|which|some)[ \u00a0]+$")

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


_R_OF_AFTER = re.compile(r"(?:[ \u00a0]+(?:of|der|des|aller|von)\b|[ \u00a0]*[.,;:)]|[ \u00a0]*$)")

# A batsman's hundred (a century): "his seventh Test hundred", "a maiden ODI hundred", "her first
# hundred since 2022", after a possessive, an ordinal or a kind of match, with nothing it counts
# after it, in a sentence about batting ("a hundred days" and "two hundred" stay figures).
_R_TON_BEFORE = re.compile(
    r"(?<![\w])(?:his|her|their|maiden|Test|ODI|T20I?|first-class|international|[a-z]+(?:st|nd|rd|th))[ \u00a0]+$"
)
_R_TON_AFTER = re.compile(
    r"[ \u00a0]*(?:[.,;:)]|$)|[ \u00a0]+(?:in|at|against|since|for|off|from|and|as|to|on)(?![\w])"
)


def _cricket_hundred(text: str, s: int, e: int) -> bool:
    return (
        _R_TON_BEFORE.search(text, max(0, s - 16), s) is not None
        and _R_TON_AFTER.match(text, e) is not None
        and _cricket_centuries(text, s, e, "century")
    )


_R_EN_SUPERLATIVE = re.compile(r"^([a-z]+)-([a-z]+est|most|best|worst)$")

# "one witness said", "one senior official told reporters": a speaker, not a count; "one person was
# killed" counts, as does "only one member voted". The description may hold a name or a
# hyphenated place ("one London-based trader said", "one U.S.-based analyst", "one Labour MP").
_R_ONE_SPEAKER_AFTER = re.compile(
    r"(?:[ \u00a0]+(?!(?:who|that|which|and|or|was|were|is|has|had|of|in)(?![\w]))"
    r"(?:[a-z][a-z\-]*|[A-Z](?:[\w\-’']|\.(?=[A-Za-z\-]))*)){1,3}?"
    # "one station manager in Montana said": the speaker's place, a name after "in".
    r"(?:[ \u00a0]+in[ \u00a0]+[A-Z][\w\-]*(?:[ \u00a0]+[A-Z][\w\-]*)?)?"
    r"[ \u00a0]+(?:said|says|told|tells|added|recalled|explained|wrote|posted"
    r"|remarked|noted|commented|described|warned|insisted)(?![\w])"
)
# "..., said one former Olympic champion.": a speaker named after the verb of an inverted
# attribution (a comma or a closing quote before it), up to the end of the clause; "Police said one
# person was killed" counts.
_R_SAID_BEFORE = re.compile(
    r"[,\"”’'][ \u00a0]+(?:said|says|added|wrote|warned|insisted|recalled|explained|remarked)[ \u00a0]+$"
)
# The speaker's description may go on in a participle or a relative clause: "said one islander
# waiting for news of the next sailing", "said one nurse who asked not to be named", or a place
# ("said one owner at a Los Angeles dealership").
_R_SPEAKER_CLAUSE_AFTER = re.compile(
    r"(?:[ \u00a0]+[A-Za-z][\w\-'’]*){1,8}?[ \u00a0]*(?:[.,;!?]|$)"
    r"|(?:[ \u00a0]+[a-z][\w\-'’]*){1,3}?[ \u00a0]+(?:who|whose|[a-z]{2,}ing)(?![\w])"
)
# "The crowd rose as one when", "they stood as one behind him": "as one" is "together".
_R_AS_BEFORE = re.compile(r"(?i)(?<![\w])as[ \u00a0]+$")
_R_AS_ONE_AFTER = re.compile(r"[ \u00a0]+(?:when|while|after|before|behind|against|once|until|again)(?![\w])")
_R_ONLY_BEFORE = re.compile(r"(?i)(?<![\w])(?:only|just|just[ \u00a0]+over|at[ \u00a0]+least)[ \u00a0]+$")
# A capitalised number word after a lower-case word, maybe with a comma (running text, not a
# headline), and before a capitalised word: "banned him, Six Nations Rugby said".
_R_LOWER_WORD_BEFORE = re.compile(r"(?<![\w])[a-z][a-z'’]*,?[ \u00a0]$")
_R_NAME_AFTER = re.compile(r"[ \u00a0][A-Z][a-z]")
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


_EN_ONE_BLOCK_AFTER = re.compile(
    r"[ \u00a0]+(?:of|another|or|and|which|that|who|thing|way|side|hand|can|cannot|can't|can’t|could|must"
    r"|should|might|may|would)\b|[ \u00a0]*[,.;:]"
)


# "claiming that one in five UK adults ...": after the conjunction "that", "one in five" states a
# share ("that one of them" stays a pronoun).
_R_ONE_IN_AFTER = re.compile(r"[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(\d{1,3}|[a-z]+)(?![\w])")


def _that_one_in(text: str, lo: int, s: int, e: int) -> bool:
    if not text.endswith(("that ", "that\u00a0"), lo, s) or (m := _R_ONE_IN_AFTER.match(text, e)) is None:
        return False
    denom = _cardinal_value(m.group(1), "en")
    return denom is not None and 1 < denom <= 1000


# "used at least one of the drugs", "more than one of the suspects": a bound makes "one of" a
# figure (count 1 with the hedge), as "all but one of" ("one of the biggest" stays a pronoun).
_R_BOUND_BEFORE_EN = re.compile(
    r"(?i)(?<![\w])(?:at[ \u00a0]+least|at[ \u00a0]+most|more[ \u00a0]+than|fewer[ \u00a0]+than"
    r"|up[ \u00a0]+to)[ \u00a0]+$"
)


def _bounded_one_of(text: str, lo: int, s: int, e: int) -> bool:
    return text.startswith(" of ", e) and _R_BOUND_BEFORE_EN.search(text, lo, s) is not None


# "between one and ten years": "one" is the lower end of a range, a figure after "and".
_R_AND_FIGURE_AFTER = re.compile(r"[ \u00a0]+and[ \u00a0]+(\d|[a-z]+(?![\w]))")


def _between_one(text: str, s: int, e: int) -> bool:
    if not text.endswith(("between ", "Between "), max(0, s - 8), s):
        return False
    if (m := _R_AND_FIGURE_AFTER.match(text, e)) is None:
        return False
    return m.group(1).isdigit() or _cardinal_value(m.group(1), "en") is not None


# A price right before "a dozen": "$5.90 a dozen", "£3 a dozen", "50 cents a dozen".
_R_PRICE_BEFORE = re.compile(
    r"(?i)(?:[$£€¥]\d[\d.,]*|\d[\d.,]*[ \u00a0]*(?:cents?|pence|p|dollars?|euros?|pounds?))[ \u00a0]+$"
)


_R_NUMBER_BEFORE = re.compile(r"(?i)(?<![\w])number[ \u00a0]+$")
_R_MAGNITUDE_AFTER = re.compile(r"(?i)[ \u00a0]+(?:hundred|thousand|million|billion|trillion)(?![\w])")


def _english_word(text: str, s: int, e: int, w: str, lw: str) -> _Hit | None:
    lo = max(0, s - 16)
    if lw in _ANNIVERSARIES:
        # "marks its centenary", "the bicentennial of": the word names the anniversary's ordinal
        # (thirty-ninth and fifty-eighth batches); not a name ("Centenary Square").
        if w[0].islower() and _R_ANNIVERSARY_BEFORE.search(text, lo, s):
            return _Hit("ordinal", _ANNIVERSARIES[lw], None, s, e)
        return None
    if lw == "zero" or lw.startswith("zero-"):
        # "zero percent" only: not "zero tolerance", "net zero", "zero-emission".
        return _complete(text, "en", Decimal(0), s, e, s, is_digits=False) if _R_PERCENT.match(text, e) else None
    if lw == "one" and _R_NUMBER_BEFORE.search(text, lo, s) and not _R_MAGNITUDE_AFTER.match(text, e):
        return _Hit("ordinal", 1, None, s, e)  # "their 10th number one album", "the number one seed": a rank
    if lw.startswith(("under-", "over-")):
        return age_compound(text, s, e)  # "the under-five death toll"
    parts = lw.split("-")
    head, tail = parts[0], parts[-1]
    qual = None

    if len(parts) > 1:
        # "one-fifth", "two-thirds", "three-quarters"
        if lw in _POINT_COMPOUNDS:
            pt = _fraction_point(text, s, e, 0.25 if head == "quarter" else 0.5, glued=True)
            if pt:
                return pt
        if len(parts) == 2 and head in _TIME_SHARES and tail in _SHARED_TIME_UNITS:
            # "a half-hour meeting", "a quarter-hour", "a half-day strike", "in a quarter-century" (25
            # years); not "half-year" (a period), nor a batsman's "half-century" (fifty runs).
            if tail in _LONG_TIME_UNITS and _cricket_centuries(text, s, e, tail):
                return None
            art = _LEFT_A_ONE.search(text[lo:s])
            unit, factor = _DURATION_UNITS[tail]
            value = to_json_number(Decimal(str(_TIME_SHARES[head])) * factor)
            return _Hit("duration", value, unit, s, e, _qualifier(text, lo + art.start() if art else s))
        if len(parts) == 2 and head in _TIME_SHARES and tail in _HYPHEN_MEASURES:
            # "a half-mile radius", "a quarter-inch gap": a measure in a compound counts its share
            # (fifty-eighth batch), as "a 12-acre field" counts 12.
            art = _LEFT_A_ONE.search(text[lo:s])
            return _Hit("count", _TIME_SHARES[head], tail, s, e, _qualifier(text, lo + art.start() if art else s))
        if len(parts) == 2 and head in _TIME_SHARES and tail in _CENT_WORDS:
            return _share_of_cent(text, s, e, s, Decimal(str(_TIME_SHARES[head])), tail)  # "a half-cent tax"
        if len(parts) == 2 and head in _TIME_SHARES and tail in _HYPHEN_SCALES:
            # "a half-billion dollars", "a quarter-million people": that share of the scale word, as
            # "half a billion" (fifty-third batch); the hedge stands before the article.
            art = _LEFT_A_ONE.search(text[lo:s])
            start = lo + art.start() if art else s
            share = Decimal(str(_TIME_SHARES[head])) * EN_SCALES[tail]
            return _complete(text, "en", share, start, e, start, is_digits=False)
        if len(parts) == 2 and tail in EN_DENOMINATORS:
            n = parse_english_words(head)
            if n is not None and 0 < n < 20:
                tu = (
                    _share_of_time(text, s, e, n / EN_DENOMINATORS[tail])
                    or _share_of_scale(text, s, e, n / EN_DENOMINATORS[tail])
                    or _share_of_measure(text, s, e, n / EN_DENOMINATORS[tail])
                )
                if tu:
                    return tu
                pt = _fraction_point(text, s, e, float(n / EN_DENOMINATORS[tail]))
                if pt:
                    return pt
                return _Hit("fraction", round(float(n / EN_DENOMINATORS[tail]), 4), None, s, e, _qualifier(text, s))
        if parse_english_ordinal(lw):
            return _ordinal_en(text, s, e, parse_english_ordinal(lw))
        sup = _R_EN_SUPERLATIVE.match(lw)
        if sup and parse_english_ordinal(sup.group(1)):
            return _Hit("ordinal", parse_english_ordinal(sup.group(1)), None, s, e)
        # "third-quarter revenue", "second-half", "fourth-place": no article needed.
        if len(parts) == 2 and tail in _EN_ORDINAL_TAILS and parse_english_ordinal(head):
            return _Hit("ordinal", parse_english_ordinal(head), None, s, e)
        # "five-hour", "two-week", "ten-year-old", "three-point", "three-time"
        n = None
        k = min(len(parts), _EN_HYPHEN_PARTS)
        while k > 0 and n is None:
            n = parse_english_words(" ".join(parts[:k]))
            if n is None:
                k -= 1
        if n is None:
            return None
        rest = parts[k:]
        num_end = s + len("-".join(parts[:k]))
        if rest[:3] == ["and", "a", "half"]:
            # "a two-and-a-half-year contract", "a one-and-a-half-hour wait": the half joins the figure.
            n, rest, num_end = n + Decimal("0.5"), rest[3:], num_end + len("-and-a-half")
            if rest and rest[0] in EN_SCALES:  # "a two-and-a-half-million-strong army"
                n, num_end, rest = n * EN_SCALES[rest[0]], num_end + 1 + len(rest[0]), rest[1:]
        if not rest:
            return _complete(text, "en", n, s, e, s, is_digits=False, word=lw)
        qual = _qualifier(text, s)
        unit_word = rest[0]
        # "one-off", "one-sided", "two-way", "a one-time ally": adjectives, not counts.
        if unit_word in _EN_NOT_UNIT_TAILS or (n == 1 and unit_word == "time"):
            return None
        if n == 2 and unit_word == "party" and (len(rest) > 1 or _R_TWO_PARTY_AFTER.match(text, e)):
            return None  # "a two-party preferred basis", "the two-party system": a kind of system
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
        if unit_word in ("basis", "percentage") and len(rest) >= 2 and rest[1] in ("point", "points"):
            # "a two-basis-point rise", "a five-percentage-point lead": the unit's two words hyphenated.
            unit = "bp" if unit_word == "basis" else "pp"
            return _Hit("percent", to_json_number(n), unit, s, num_end + len("-" + "-".join(rest[:2])), qual)
        return _Hit("count", to_json_number(n), unit_word, s, num_end + 1 + len(unit_word), qual)

    if lw.endswith("fold"):
        n = parse_english_words(lw[:-4])
        return _Hit("count", to_json_number(n), "times", s, e, _qualifier(text, s)) if n else None
    if lw in ("twice", "thrice"):
        return _Hit("count", 2 if lw == "twice" else 3, "times", s, e, _qualifier(text, s))
    if lw == "dozen":
        art = _LEFT_ARTICLE_ONE.search(text, lo, s)
        if art and _R_PRICE_BEFORE.search(text, max(0, art.start() - 24), art.start()):
            return _block(art.start(), e)  # "$5.90 a dozen": the unit priced, as "a kilo"
        if art:
            return _complete(text, "en", Decimal(12), art.start(), e, art.start(), is_digits=False)
        return None
    if lw == "hundred" and _cricket_hundred(text, s, e):
        return None  # "his seventh Test hundred": a century, as "his 14th Test century" carries its ordinal only
    if lw in ("million", "billion", "trillion"):
        art = _LEFT_ARTICLE_ONE.search(text, lo, s)
        if art:
            return _complete(text, "en", Decimal(1), art.start(), s - 1, art.start(), is_digits=False)
        return None
    if lw == "half":
        art = _LEFT_A_ONE.search(text[lo:s])
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
        if _R_PERIOD_HALF.search(text, max(0, s - 24), s):
            return None  # "the April-September half", "the fiscal half": a half-year
        if lw == "half" and (hc := _R_SHARE_CENT.match(text, e)) is not None:
            return _share_of_cent(text, s, hc.end(), s, Decimal("0.5"), hc.group(1))  # "by a half cent"
        hd = _R_HALF_DURATION.match(text, e)
        if hd:  # "at least a half hour": the hedge stands before the article
            unit, factor = _DURATION_UNITS[hd.group(1)]
            art = _LEFT_A_ONE.search(text[lo:s])
            return _Hit("duration", 0.5 * factor, unit, s, hd.end(), _qualifier(text, lo + art.start() if art else s))
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
            )
        ):
            start = s
            art = _LEFT_A_ONE.search(text[lo:s])
            if art:
                start = lo + art.start()
            return _Hit("fraction", 0.5, None, start, e, _qualifier(text, start))
        return None

    if lw in EN_DENOMINATORS:  # "half" and "halves" returned above
        num = _LEFT_NUMERATOR_EN.search(text, lo, s)
        ordinal = parse_english_ordinal(lw)
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
            if n and (
                plural
                or _R_OF_AFTER.match(text, e)
                or n > 1
                or _by_fraction(text, num.start(), e)
                or _R_COMPARED_AFTER.match(text, e)
                or _R_MEASURE_AFTER.match(text, e)
            ):
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

    if w[0] in "OTFS" and _R_CHANNEL_BEFORE.search(text, max(0, s - 8), s):
        return _block(s, e)  # "BBC One", "BBC Radio Four", "Channel Five": a channel's name
    # Cardinal words, possibly several: "two hundred and fifty".
    end = e
    phrase = [lw]
    best_val = parse_english_words(lw)
    best_end = e
    while len(phrase) < _EN_PHRASE_WORDS and (nm := _R_EN_NUM_CONT.match(text, end)):
        phrase.append(nm.group(1).lower())
        end = nm.end()
        val = parse_english_words(" ".join(phrase))
        if val is not None:
            best_val, best_end = val, end
    if best_val is None:
        return _double(text, s, e, _MULTIPLES[lw]) if lw in _MULTIPLES else None
    if lw in ("hundred", "thousand") and _R_VAGUE_BEFORE_EN.search(text, lo, s):
        return _block(s, best_end)  # "several hundred thousand dollars", "a few hundred": vague
    half = _R_AND_A_HALF.match(text, best_end)
    if half:
        best_val += Decimal("0.5")
        best_end = half.end()
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
        if best_val > 1 or _R_OF_AFTER.match(text, dn.end()):
            return _Hit("fraction", round(float(best_val / den), 4), None, s, dn.end(), _qualifier(text, s))
    if w[0].isupper() and best_end == e and _R_LOWER_WORD_BEFORE.search(text, lo, s) and _R_NAME_AFTER.match(text, e):
        return _block(s, e)  # "their Six Nations campaign", "the Big Four": mid-sentence, part of a name
    if lw == "one" and best_end == e:
        if text.endswith("loved ", lo, s) and _R_LOVED_BEFORE.search(text, lo, s):
            return _block(s, e)  # "a loved one's care": a noun phrase, no count ("He loved one thing" counts)
        if w == "One" and _capitalised_name_before(text, s):
            return _block(s, e)  # "Hydro One", "Area One detectives": part of a name
        if (_LEFT_NO_ONE.search(text, lo, s) and not _that_one_in(text, lo, s, e)) or (
            _EN_ONE_BLOCK_AFTER.match(text, e)
            and not _all_but(text, s)
            and not _between_one(text, s, e)
            and not _bounded_one_of(text, lo, s, e)
        ):
            return None  # "all but one of the hostages" counts one
        if _R_ONE_SPEAKER_AFTER.match(text, e) and not _R_ONLY_BEFORE.search(text, lo, s):
            return None  # "one witness said", "one local resident told the BBC": who spoke, no figure
        if _R_SAID_BEFORE.search(text, max(0, s - 20), s) and _R_SPEAKER_CLAUSE_AFTER.match(text, e):
            return None  # '"...," said one former champion.'
        if _R_AS_ONE_AFTER.match(text, e) and _R_AS_BEFORE.search(text, lo, s):
            return None  # "rose as one when"
        if _ends_phrase(text, e) and _R_ADJ_ONE_BEFORE.search(text, max(0, s - 30), s):
            return None  # 'the plan was "the right one"', "like the last one": a pronoun
    return _complete(text, "en", best_val, s, best_end, s, is_digits=False, word=lw)


# "nearly double the previous forecast", "more than double the number a year earlier", "is double
# that of 2019": twice a figure named after it, as "twice the" and "doppelt so viele" (count 2
# "times"); "nearly triple the level" three times. Only after a hedge, a form of "be" or a comma:
# "to double the number" is a verb, "a double room", "double the size" after a verb of making,
# "the triple lock" are not compared figures.
_MULTIPLES = {"double": 2, "triple": 3, "treble": 3, "quadruple": 4}
_R_DOUBLE_AFTER = re.compile(r"[ \u00a0]+(?:the|that|those|its|their|his|her|our|what|last)(?![\w])")
_R_DOUBLE_BEFORE = re.compile(
    r"(?i)(?:(?<![\w])(?:nearly|almost|about|around|roughly|more[ \u00a0]+than|less[ \u00a0]+than|close[ \u00a0]+to"
    r"|just[ \u00a0]+over|just[ \u00a0]+under|well[ \u00a0]+over|is|was|are|were|be|been|being)|,)[ \u00a0]+$"
)


def _double(text: str, s: int, e: int, n: int) -> _Hit | None:
    if (
        _R_DOUBLE_AFTER.match(text, e) is None
        or (before := _R_DOUBLE_BEFORE.search(text, max(0, s - 16), s)) is None
        or _R_MODAL_BEFORE.search(text, max(0, before.start() - 8), before.start()) is not None
    ):
        # "are set to more than double next year": a hedge before "double" and a time after it
        # compare with today's figure (count 2 "times" hedged); "plans to double next year",
        # "more than doubled" stay none.
        if _R_DOUBLE_WHEN.match(text, e) is None or (qual := _qualifier(text, s)) is None:
            return None
        return _Hit("count", n, "times", s, e, qual)
    return _Hit("count", n, "times", s, e, _qualifier(text, s))


# "That would roughly triple its valuation": after a modal the hedged word is a verb ("are set to
# more than double the price" compares, as the twenty-sixth batch's tests keep it).
_R_MODAL_BEFORE = re.compile(r"(?<![\w])(?:would|will|could|can|may|might|should|must)[ \u00a0]+$")
_R_DOUBLE_WHEN = re.compile(r"[ \u00a0]+(?:next|this|by|in|within|from)[ \u00a0]+(?:year|month|week|decade|20\d\d)\b")
# "the right one", "a glorious one": a determiner and an adjective before "one" closing a quote or
# the text (before a stop or a comma _EN_ONE_BLOCK_AFTER already blocks it) make it a pronoun.
_R_ADJ_ONE_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:the|a|an|this|that|its|their|his|her|our|my|your)[ \u00a0]+[a-z]+[ \u00a0]+$"
)
_CLOSING_QUOTES = "\"”’'»“)"


def _ends_phrase(text: str, e: int) -> bool:
    return e >= len(text) or text[e] in _CLOSING_QUOTES or not text[e:].strip()


_R_LOVED_BEFORE = re.compile(r"(?i)(?<![\w])(?:a|the|each|every|his|her|their|your|my|our)[ \u00a0]+loved[ \u00a0]+$")
# "all but one of the hostages", "every deceased hostage but one": the one left out is counted.
_R_ALL_BUT = re.compile(r"(?i)(?<![\w])(?:all|every|each)(?:[ \u00a0]+[a-z][\w\-]*){0,3}[ \u00a0]+but[ \u00a0]+$")


def _all_but(text: str, s: int) -> bool:
    return text.endswith("but ", 0, s) and _R_ALL_BUT.search(text, max(0, s - 60), s) is not None


_R_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’.\-])([A-Z][a-z]+)[ \u00a0]$")
# Capitalised words before "One" that do not name anything: "In One Day", "The One".
_NOT_NAME_BEFORE_ONE = frozenset(
    word_list("""
    The A An In On At Of For And But Or To By With From Only Just Nearly About Around Some Each Every Another
    No Not Than Then Number No. Day Chapter Part Phase Stage Year Week Round Game Act Book Volume Episode
    Season Level Tier Grade Step Lesson Article Section Item Page Gate Platform Terminal
    """)
)


def _capitalised_name_before(text: str, s: int) -> bool:
    """ "Hydro One", "Area One": "One" after a capitalised name word, not after an article or a
    preposition starting a headline, nor after a numbered thing ("Day One", "Phase One")."""
    m = _R_NAME_WORD_BEFORE.search(text, max(0, s - 24), s)
    return m is not None and m.group(1) not in _NOT_NAME_BEFORE_ONE


# What an ordinal joined by a hyphen numbers ("third-quarter", "second-half", "fourth-place", a
# school grade: "Third-grade reading scores", "fifth-graders"; a climb's "first-category"; a floor
# counted from the ground: "a third-floor apartment", "a second-storey window"); not
# "second-hand", "third-party", "first-degree", "first-class" ("a two-storey house" counts storeys).
_EN_ORDINAL_TAILS = frozenset(
    word_list("""
    quarter half round place placed term leg set stage period innings inning seed seeded generation tier
    division year day week month game match lap grade grader graders category floor storey story
    """)
)
# After "two-party": the name of a system or of a way of counting votes, no count of parties.
_R_TWO_PARTY_AFTER = re.compile(r"[ \u00a0]+(?:preferred|system|systems|politics|vote|duopoly)(?![\w])")
# "nine-figure sum", "double-digit": sizes of a number, not counts.
# ("two-wheeler sales", "four-wheelers": a class of vehicle, not a count of wheels; "a three-pointer":
# a kind of shot, as "fours" and "sixes" name strokes.)
_EN_NOT_UNIT_TAILS = frozenset(
    word_list("off on sided way stop liner size upmanship figure digit wheeler wheelers pointer pointers")
)
# Words a cardinal phrase may have: text2num reads ten at most ("one hundred ten thousand ten hundred
# one hundred twenty one"; "and" is not counted). Unbounded, a run of number words that make no
# phrase ("two two two ...") was read to its end from each of its words: quadratic in its length.
_EN_PHRASE_WORDS = 16
# Parts of a hyphenated number ("nine-hundred-and-ninety-nine-million-..." has 29 at most): the
# longest head that is a number was looked for from every length of the chain, quadratic in it.
_EN_HYPHEN_PARTS = 40
_R_EN_NUM_CONT = re.compile(
    r"(?i)(?:[ \u00a0]+(?:and[ \u00a0]+)?|-)(one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b"
)

_R_EN_DENOM_AFTER = re.compile(
    r"[ \u00a0]+(halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"
    r"|twelfths?|hundredths?)\b"
)
# A bare magnitude after a vague determiner is no figure, as "hundreds of thousands" is none.
_R_VAGUE_BEFORE_EN = re.compile(r"(?i)(?<![\w])(?:several|few|many)[ \u00a0]+$")
_R_AND_A_HALF = re.compile(r"[ \u00a0]+and a half\b")
_R_POSSESSIVE = re.compile(r"\w(?:['’]s|s['’])[ \u00a0]+$")  # "the port's first", "Mercedes' first"
_LEFT_ORD_CONTEXT_EN_BLOCK = re.compile(r"(?i)(?:first|second|third|fourth|last)[ \u00a0]+$")


_R_FRACTION_POINT = re.compile(
    r"[ \u00a0]+(?:(?:of[ \u00a0]+)?an?[ \u00a0]+|of[ \u00a0]+one[ \u00a0]+)?(percentage[ \u00a0]+)?points?\b"
)
_R_RATE_NEAR = re.compile(r"(?i)%|\bper ?cent|\brates?\b|\byields?\b|\binflation\b|\bpolls?\b")
# "a quarter-percentage-point rate cut" names its percentage; "a half-point reduction", "one more
# quarter-point cut": a move of a rate right after the share is one too, with no rate in reach.
_POINT_COMPOUNDS = frozenset(["quarter-point", "half-point", "quarter-percentage-point", "half-percentage-point"])
_R_RATE_MOVE_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:interest[ \u00a0\-])?rates?[ \u00a0]+)?(?:cut|reduction|hike|increase|rise|raise|move"
    r"|easing|tightening)s?(?![\w\-])"
)


def _fraction_point(text: str, s: int, e: int, value: float, *, glued: bool = False) -> _Hit | None:
    """ "a quarter point", "half a percentage point", "three-quarters of a point": percentage
    points (``glued``: "quarter-point" ends at ``e``). A bare "point" only near a rate or a
    percentage, since chess has half points too."""
    if glued:
        end, percentage = e, text.endswith("percentage-point", s, e)
    else:
        pm = _R_FRACTION_POINT.match(text, e)
        if pm is None:
            return None
        end, percentage = pm.end(), pm.group(1) is not None
    if (
        not percentage
        and not _R_RATE_MOVE_AFTER.match(text, end)
        and not _R_RATE_NEAR.search(text, max(0, s - 60), min(len(text), end + 60))
    ):
        return None
    return _Hit("percent", round(value, 4), "pp", s, end, _qualifier(text, s))


# "a quarter of an hour", "three quarters of an hour", "a quarter of a century", "by one hundredth
# of a second": a share of a time unit is a duration, as "half an hour" and "eine Viertelstunde" are.
_R_OF_A_TIME_UNIT = re.compile(
    r"[ \u00a0]+of[ \u00a0]+an?[ \u00a0]+(hour|minute|second|day|week|month|year|decade|century)\b"
)
_TIME_SHARES = {"half": 0.5, "quarter": 0.25}
_HYPHEN_SCALES = frozenset(["million", "billion", "trillion"])
_SHARED_TIME_UNITS = frozenset(["hour", "minute", "day", "decade", "century"])
_LONG_TIME_UNITS = frozenset(["decade", "century"])
_ANNIVERSARIES = {
    "centenary": 100,
    "centennial": 100,
    "bicentenary": 200,
    "bicentennial": 200,
    "tercentenary": 300,
}
_R_ANNIVERSARY_BEFORE = re.compile(r"(?i)(?<![\w])(?:the|its|their|his|her|our|a|this|next)[ \u00a0]+$")
# "a quarter century", "a quarter hour": one quarter right before a time unit.
_R_QUARTER_UNIT = re.compile(r"[ \u00a0]+(hour|decade|century)(?![\w\-])")


# "by a half cent", "half a cent", "a quarter cent", "a half-cent levy": that share of a cent or a
# penny is money (fifty-eighth batch: "by a half cent" 0.005 USD).
_R_SHARE_CENT = re.compile(r"[ \u00a0]+(?:an?[ \u00a0]+)?(cent|penny)(?![\w\-])")
_CENT_WORDS = frozenset(["cent", "penny"])
_HYPHEN_MEASURES = frozenset(word_list("mile inch acre foot yard ounce gallon pint litre liter metre meter ton tonne"))


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


# "finished second", "placed first", "ranked second", "was seeded second": a rank after a verb of
# placing (as "finished third"), though "first" and "second" otherwise need an article or a possessive.
_R_PLACED_BEFORE_EN = re.compile(r"(?i)(?<![\w])(?:finish(?:ed|es|ing)?|placed|ranked|ranks|seeded)[ \u00a0]+$")
# "came second with 22.8%", "ended second behind", "was first in the poll", "is second, ahead
# of": after a verb of arriving or being, a rank when a field or a rival follows ("with",
# "behind", "in", ...); "second" also before a stop ("Labour came second."), "first" not
# ("Safety comes first.", "What came first?"). "was first elected", "came first to mind" and
# "was second only to" stay no rank.
_R_CAME_BEFORE_EN = re.compile(
    r"(?i)(?<![\w])(?:c[ao]me|comes|coming|end(?:ed|s|ing)?|was|is|are|were|be|been|stood|remain(?:ed|s)?)[ \u00a0]+$"
)
_R_RANK_AFTER_EN = re.compile(
    r"[ \u00a0]+(?:with|behind|ahead|overall|among|in|on|at)(?![\w])|(?P<stop>[ \u00a0]*(?:[,;:.)]|$)"
    r"|[ \u00a0]+and(?![\w]))"
)
# (After "and" a rank goes on to the next finisher: "Keller was second and Berti third"; like a
# stop, not for "first": "was first and foremost".)
# "climb to second in the Premier League", "moved up to first with": a verb of moving in a table,
# "to" or "into", the rank.
_R_MOVED_TO_BEFORE_EN = re.compile(
    r"(?i)(?<![\w])(?:climb(?:ed|s|ing)?|mov(?:e|ed|es|ing)|r(?:ise|ises|ose|isen|ising)|jump(?:ed|s|ing)?"
    r"|go(?:es)?|went|slip(?:ped|s|ping)?|drop(?:ped|s|ping)?|f(?:all|alls|ell|allen|alling)|return(?:ed|s|ing)?)"
    r"(?:[ \u00a0]+(?:up|back|down))?[ \u00a0]+(?:to|into)[ \u00a0]+$"
)


# "left Madrid second in LaLiga", "leaves them second, two points behind", "finished the season
# second": a verb of leaving, keeping or finishing, its object (one to three words), the rank; as
# above, though "first" only before a rival or a field ("with", "behind", ...), not before "in",
# "on", "at" or a stop ("left the party first in 1998").
_R_LEFT_OBJECT_BEFORE_EN = re.compile(
    r"(?i)(?<![\w])(?:left|leaves?|leaving|kept|keeps?|keeping|finish(?:ed|es|ing)?)"
    r"(?:[ \u00a0]+[^\W\d_][\w.'’\-]*){1,3}[ \u00a0]+$"
)
_R_RANK_FIELD_AFTER_EN = re.compile(r"[ \u00a0]+(?:with|behind|ahead|overall|among)(?![\w])")


def _came_rank(text: str, lo: int, s: int, e: int, ordinal: int) -> bool:
    if _R_CAME_BEFORE_EN.search(text, lo, s) or _R_MOVED_TO_BEFORE_EN.search(text, max(0, s - 24), s):
        m = _R_RANK_AFTER_EN.match(text, e)
        return m is not None and (ordinal == 2 or m.group("stop") is None)
    if _R_LEFT_OBJECT_BEFORE_EN.search(text, max(0, s - 40), s) is None:
        return False
    return (_R_RANK_FIELD_AFTER_EN if ordinal == 1 else _R_RANK_AFTER_EN).match(text, e) is not None


# "took second place", "moved into first position", "in second spot": a rank before the word
# for it, as "fourth-place" with a hyphen.
# ("the first and second floors": a floor is a rank, with or without an article.)
_R_PLACE_AFTER_EN = re.compile(r"[ \u00a0]+(?:place|position|spot|floors?)(?![\w-])")


# "Dollar slips below 140 yen for first time since 2023": a headline drops the article of "for
# the first time" ("for first-time buyers" and "first time" alone stay none).
_R_FOR_BEFORE_EN = re.compile(r"(?i)(?<![\w])for[ \u00a0]+$")
_R_TIME_AFTER_EN = re.compile(r"[ \u00a0]+time(?![\w\-])")


# "second only to Nordfon", "was second only to her coach": a rank behind the one named.
_R_ONLY_TO_AFTER_EN = re.compile(r"[ \u00a0]+only[ \u00a0]+(?:to|behind)(?![\w])")
# "the first minister said", "First Lady Jill Biden", "the first deputy prime minister": a title;
# "the first minister to resign", "the first lady who" rank one of a line.
_R_FIRST_TITLE_AFTER_EN = re.compile(
    r"(?i)[ \u00a0]+(?:minister|lady|deputy|secretary|sea[ \u00a0]+lord|vice[ \u00a0\-]president)(?![\w\-])"
    r"(?![ \u00a0]+(?:to|who|whom|whose|that|since|ever|in|of|from|after|with|among|for)(?![\w]))"
)


def _ordinal_en(text: str, s: int, e: int, ordinal: int) -> _Hit | None:
    lo = max(0, s - 16)
    if ordinal > 1:
        ev = _LEFT_EVERY.search(text, lo, s)
        if ev:
            return _Hit("fraction", round(1 / ordinal, 4), None, ev.start(), e, _qualifier(text, ev.start()))
        if (part := _en_ranked_part(text, s, e, ordinal)) is not None:
            return part
    if ordinal == 1 and text[e : e + 1] in " \u00a0" and _R_FIRST_TITLE_AFTER_EN.match(text, e):
        return None
    if _R_ONLY_TO_AFTER_EN.match(text, e):
        return _Hit("ordinal", ordinal, None, s, e)
    # After an article, or a possessive ("the port's first strike").
    if (
        ordinal in (1, 2)
        and not _LEFT_ORD_CONTEXT.search(text, lo, s)
        and not _R_POSSESSIVE.search(text, lo, s)
        and not _R_PLACED_BEFORE_EN.search(text, lo, s)
        and not _came_rank(text, lo, s, e, ordinal)
        and not _R_PLACE_AFTER_EN.match(text, e)
        and not (_R_FOR_BEFORE_EN.search(text, lo, s) and _R_TIME_AFTER_EN.match(text, e))
        and not _R_BECOME_BEFORE_EN.search(text, lo, s)
        and not _headline_rank(text, s, e)
        and not _bill_reading(text, lo, s, e, ordinal)
        and not _table_place(text, lo, s, e)
    ):
        return None
    return _Hit("ordinal", ordinal, None, s, e)


# "with Arsenal second on 57", "Leverkusen second with 52 points": a table in prose, a side's name,
# its place and its points.
_R_SIDE_BEFORE_EN = re.compile(r"(?<![\w])[A-Z][\w'’.\-]*[ \u00a0]+$")
_R_POINTS_AFTER_EN = re.compile(r"[ \u00a0]+(?:on|with)[ \u00a0]+\d")


def _table_place(text: str, lo: int, s: int, e: int) -> bool:
    return _R_POINTS_AFTER_EN.match(text, e) is not None and _R_SIDE_BEFORE_EN.search(text, lo, s) is not None


# A bill's readings are numbered steps of its passage, written without an article: "at second
# reading", "passed first reading" ("on first reading" is "at first sight").
_R_READING_AFTER_EN = re.compile(r"[ \u00a0]+reading(?![\w\-])")
_R_ON_BEFORE_EN = re.compile(r"(?i)(?<![\w])(?:on|upon)[ \u00a0]+$")


def _bill_reading(text: str, lo: int, s: int, e: int, ordinal: int) -> bool:
    return _R_READING_AFTER_EN.match(text, e) is not None and not (
        ordinal == 1 and _R_ON_BEFORE_EN.search(text, lo, s)
    )


# "becomes first Indian startup valued at", "became the second": a rank after "become" (a
# headline drops the article).
_R_BECOME_BEFORE_EN = re.compile(r"(?i)(?<![\w])(?:becomes|became|become|becoming)[ \u00a0]+$")
# "Pakistan win second Test by eight wickets": in a headline (no closing stop), a lower-case
# ordinal before a capitalised noun ranks it as "the second Test" would.
_R_CAPITAL_NOUN_AFTER = re.compile(r"[ \u00a0]+[A-Z][a-z]+(?![\w'’])")


def _headline_rank(text: str, s: int, e: int) -> bool:
    return (
        text[s].islower()
        and s > 0
        and _R_CAPITAL_NOUN_AFTER.match(text, e) is not None
        and not text.rstrip().endswith((".", "!", "?", '"', "”", "'", "’"))
        and "\n" not in text
    )
