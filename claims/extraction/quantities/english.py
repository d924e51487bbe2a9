"""English number words: cardinals, ordinals, fractions, halves, hyphenated forms ("five-hour").

The entry point (``_english_word``) reads cardinal phrases and hyphenated forms itself; shares
("a third", "half a mile") are read in ``english_shares``, ranks in ``english_ordinals``, and a
"one" that counts nothing in ``english_ones``."""

from __future__ import annotations

import re
from decimal import Decimal

from ..numbers import EN_DENOMINATORS, EN_SCALES, parse_english_ordinal, parse_english_words, to_json_number
from ..wordtrie import word_list
from .age_groups import age_compound
from .cardinals import _complete
from .context import _LEFT_ARTICLE_ONE, _R_CHANNEL_BEFORE, _is_word_char, round_number
from .english_ones import _one_in_name, _one_no_figure
from .english_ordinals import _EN_ORDINAL_TAILS as _EN_ORDINAL_TAILS  # race_ranks imports it from here
from .english_ordinals import _ordinal_en
from .english_shares import (
    _LEFT_A_ONE,
    _POINT_COMPOUNDS,
    _counted_share,
    _denominator_word,
    _fraction_point,
    _half_word,
    _share_of_cent,
    _share_of_measure,
    _share_of_scale,
    _share_of_time,
    share_of_percent,
)
from .hits import _block, _Hit
from .qualifiers import _qualifier
from .shares import rate_base, share_value
from .tables import _DURATION_UNITS, EN_EVERY_UNITS
from .units import _R_PERCENT, _cricket_centuries

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


# (and a participle after it: "the seventh-longest-running show", "the third-best-selling album")
_R_EN_SUPERLATIVE = re.compile(r"^([a-z]+)-([a-z]+est|most|best|worst)(?:-[a-z]+)?$")

# A capitalised number word after a lower-case word, maybe with a comma (running text, not a
# headline), and before a capitalised word: "banned him, Six Nations Rugby said".
_R_LOWER_WORD_BEFORE = re.compile(r"(?<![\w])[a-z][a-z'’]*,?[ \u00a0]$")
_R_NAME_AFTER = re.compile(r"[ \u00a0][A-Z][a-z]")


_EN_FREQUENCY_TAILS = frozenset([*EN_EVERY_UNITS, "daily", "annually", "nightly"])
_R_ANOTHER_BEFORE = re.compile(r"(?i)(?<![\w])another[ \u00a0]+$")
# "a score of" before a plural noun, perhaps after another word ("a score of school districts").
# ("A score of the 150-odd routes", batch 494)
_R_SCORE_OF = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+[\w\-]+[ \u00a0]+|[a-z][a-z\-]*[ \u00a0]+)?[a-z][a-z\-]*s(?![\w'’])"
)
# ... and with a bound between: "a score or more of collisions".
_R_OR_MORE_OF = re.compile(r"[ \u00a0]+or[ \u00a0]+more(?=[ \u00a0]+of[ \u00a0])")
# A price right before "a dozen": "$5.90 a dozen", "£3 a dozen", "50 cents a dozen".
_R_PRICE_BEFORE = re.compile(
    r"(?i)(?:[$£€¥]\d[\d.,]*|\d[\d.,]*[ \u00a0]*(?:cents?|pence|p|dollars?|euros?|pounds?))[ \u00a0]+$"
)


_R_ODDS_YEARS_AFTER = re.compile(r"-\d[\d,]*-year(?![\w])")
_R_BAKERS_BEFORE = re.compile(r"(?i)(?<![\w])an?[ \u00a0]+baker['’]s[ \u00a0]+$")
_R_NUMBER_BEFORE = re.compile(r"(?i)(?<![\w])number[ \u00a0]+$")
_R_MAGNITUDE_AFTER = re.compile(r"(?i)[ \u00a0]+(?:hundred|thousand|million|billion|trillion)(?![\w])")


_R_AT_AGE_WORD = re.compile(r"(?i)(?<![\w])(?:at|by|from|until|since|before|after)[ \u00a0]+age[ \u00a0]+$")


def _english_word(text: str, s: int, e: int, w: str, lw: str) -> _Hit | None:
    lo = max(0, s - 16)
    if lw in _ANNIVERSARIES:
        # "marks its centenary", "the bicentennial of": the word names the anniversary's ordinal
        # (thirty-ninth and fifty-eighth batches); not a name ("Centenary Square").
        if w[0].islower() and _R_ANNIVERSARY_BEFORE.search(text, lo, s):
            return _Hit("ordinal", _ANNIVERSARIES[lw], None, s, e)
        return None
    if lw in ("zero", "nought") and (pt := _R_POINT_PLACES.match(text, e)) is not None:
        return _complete(text, "en", _point_places(pt), s, pt.end(), s, is_digits=False)  # "nought point three percent"
    if lw == "zero" or lw.startswith("zero-"):
        # "zero percent" only: not "zero tolerance", "net zero", "zero-emission".
        return _complete(text, "en", Decimal(0), s, e, s, is_digits=False) if _R_PERCENT.match(text, e) else None
    if text.endswith(("number ", "number\u00a0"), 0, s) and round_number(text, s) and (n := parse_english_words(lw)):
        return _Hit("ordinal", int(n), None, s, e)  # "round number six" (batch 421)
    if lw == "one" and _R_NUMBER_BEFORE.search(text, lo, s) and not _R_MAGNITUDE_AFTER.match(text, e):
        return _Hit("ordinal", 1, None, s, e)  # "their 10th number one album", "the number one seed": a rank
    if lw.startswith(("under-", "over-")):
        return age_compound(text, s, e)  # "the under-five death toll"
    if text[s - 4 : s - 1] == "age" and _R_AT_AGE_WORD.search(text, max(0, s - 12), s):
        n = parse_english_words(lw)
        if n is not None and 0 < n < 120:
            return _Hit("duration", int(n), "year", s, e)  # "the second dose by age five", as "by age 5"
    if lw.startswith(("top-", "last-")) and (n := parse_english_words(lw.split("-", 1)[1])) is not None:
        return _Hit("count", int(n), None, s, e)  # "a top-five player", "the last-sixteen tie": how many
    parts = lw.split("-")
    head, tail = parts[0], parts[-1]
    qual = None
    if len(parts) == 2 and tail == "way" and (n := parse_english_words(head)) is not None and n >= 3:
        return _Hit("count", int(n), None, s, e)  # "three-way talks", as "Dreiergipfel" (not "a two-way street")

    if len(parts) == 2 and tail in EN_EVERY_UNITS and (n := parse_english_words(head)) is not None:
        # "three-weekly collections", "two-yearly checks": an interval, as "zweiwöchentlich"
        return _Hit("duration", to_json_number(n), EN_EVERY_UNITS[tail], s, e, _qualifier(text, s))
    if lw == "half-dozen" and (art := _LEFT_ARTICLE_ONE.search(text, lo, s)):
        return _Hit("count", 6, None, art.start(), e, _qualifier(text, art.start()))  # "a half-dozen inspectors"
    if lw == "dozen-odd" and (art := _LEFT_ARTICLE_ONE.search(text, lo, s)):
        # "a dozen-odd branch libraries", as "40-odd" (batch 494)
        return _Hit("count", 12, None, art.start(), e, "about")
    if len(parts) > 1:
        # "one-fifth", "two-thirds", "three-quarters"
        if lw in _POINT_COMPOUNDS or lw in ("quarter-percentage", "half-percentage"):
            # ("by a quarter-percentage point": the hyphen stops short of "point", batch 423)
            pt = _fraction_point(text, s, e, 0.25 if head == "quarter" else 0.5, glued=lw in _POINT_COMPOUNDS)
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
                if pc := share_of_percent(text, s, e, float(n / EN_DENOMINATORS[tail])):
                    return pc  # "three-quarters of a percent"
                return _Hit("fraction", round(float(n / EN_DENOMINATORS[tail]), 4), None, s, e, _qualifier(text, s))
        if parse_english_ordinal(lw):
            return _ordinal_en(text, s, e, parse_english_ordinal(lw))
        sup = _R_EN_SUPERLATIVE.match(lw)
        if sup and parse_english_ordinal(sup.group(1)):
            return _Hit("ordinal", parse_english_ordinal(sup.group(1)), None, s, e)
        # "third-quarter revenue", "second-half", "fourth-place": no article needed; "third-from-bottom" (batch 376).
        if parts[1:] in (["from", "bottom"], ["from", "top"]) and parse_english_ordinal(head):
            return _Hit("ordinal", parse_english_ordinal(head), None, s, e)
        if len(parts) == 2 and tail in _EN_ORDINAL_TAILS and parse_english_ordinal(head):
            if text.startswith(" Tribunal", e):
                return None  # "the First-tier Tribunal": a court's name (batch 455)
            return _Hit("ordinal", parse_english_ordinal(head), None, s, e)
        # "a twice-yearly injection", "twice-daily doses": a frequency, as "once-daily" (frequencies.py)
        if len(parts) == 2 and head in ("twice", "thrice") and tail in _EN_FREQUENCY_TAILS:
            return _Hit("count", 2 if head == "twice" else 3, "times", s, e, _qualifier(text, s))
        if parts == ["one", "in"] and _R_ODDS_YEARS_AFTER.match(text, e):
            return None  # "a one-in-200-year event": the return period is the figure (batches 135, 194, 321)
        # "a two-in-three chance", "a one-in-three chance": odds are a share (batch 249), as "one in three"
        if len(parts) == 3 and parts[1] == "in" and _R_CHANCE_AFTER.match(text, e):
            num, den = parse_english_words(head), parse_english_words(tail)
            if num is not None and den is not None and 0 < num < den <= 1000:
                return _Hit("fraction", share_value(num / den), None, s, e, _qualifier(text, s))
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
        if rest[:3] in (["and", "a", "half"], ["and", "a", "quarter"]):
            # "a two-and-a-half-year contract", "a one-and-a-half-hour wait": the half joins the figure;
            # "one-and-a-quarter times the distance" (batch 395) the quarter.
            share = Decimal("0.5") if rest[2] == "half" else Decimal("0.25")
            n, num_end = n + share, num_end + len("-and-a-") + len(rest[2])
            rest = rest[3:]
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
        if unit_word in ("man", "woman") and _R_BOB_EVENT_AFTER.match(text, e):
            return _block(s, e)  # "the four-man bobsleigh", "the two-man standings": a discipline (batches 322, 428)
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
        if unit_word in _HYPHEN_CURRENCIES:  # "Every one-yen fall against the dollar" (batch 392)
            code = _HYPHEN_CURRENCIES[unit_word]
            return _Hit("money", to_json_number(n), code, s, num_end + 1 + len(unit_word), qual)
        return _Hit("count", to_json_number(n), unit_word, s, num_end + 1 + len(unit_word), qual)

    if lw.endswith("fold"):
        n = parse_english_words(lw[:-4])
        return _Hit("count", to_json_number(n), "times", s, e, _qualifier(text, s)) if n else None
    if lw in ("twice", "thrice"):
        return _Hit("count", 2 if lw == "twice" else 3, "times", s, e, _qualifier(text, s))
    if lw == "dozen":
        if (baker := _R_BAKERS_BEFORE.search(text, max(0, s - 12), s)) is not None:
            return _Hit("count", 13, None, baker.start(), e, _qualifier(text, baker.start()))  # (batch 328)
        art = _LEFT_ARTICLE_ONE.search(text, lo, s)
        if art and _R_PRICE_BEFORE.search(text, max(0, art.start() - 24), art.start()):
            return _block(art.start(), e)  # "$5.90 a dozen": the unit priced, as "a kilo"
        if art and text.startswith(" and a half", e) and not _is_word_char(text[e + 11 : e + 12] or " "):
            # "a dozen and a half runners": 18, as "a million and a half" (batch 426)
            return _Hit("count", 18, None, art.start(), e + 11, _qualifier(text, art.start()))
        if art:
            return _complete(text, "en", Decimal(12), art.start(), e, art.start(), is_digits=False)
        return None
    if lw == "score":
        # "Nearly a score of school districts": twenty (batch 308); not "a score of 3-1", "scores of"
        # ("Another score of crossings are due to go", batch 494)
        art = _LEFT_ARTICLE_ONE.search(text, lo, s) or _R_ANOTHER_BEFORE.search(text, max(0, s - 9), s)
        if art and _R_SCORE_OF.match(text, e):
            return _complete(text, "en", Decimal(20), art.start(), e, art.start(), is_digits=False)
        if art and (om := _R_OR_MORE_OF.match(text, e)) is not None and _R_SCORE_OF.match(text, om.end()):
            # "a score or more of collisions" (batch 360)
            return _Hit("count", 20, None, art.start(), om.end(), "at_least")
        return None
    if lw == "hundred" and _cricket_hundred(text, s, e):
        return None  # "his seventh Test hundred": a century, as "his 14th Test century" carries its ordinal only
    if lw in ("million", "billion", "trillion"):
        # ("could lose another million paying households": one more million)
        art = _LEFT_ARTICLE_ONE.search(text, lo, s) or _R_ANOTHER_BEFORE.search(text, max(0, s - 9), s)
        if art and text.startswith(" and a half", e) and not _is_word_char(text[e + 11 : e + 12] or " "):
            # "roughly a million and a half homes": one and a half of the scale (batch 328)
            value = to_json_number(Decimal("1.5") * EN_SCALES[lw])
            return _Hit("count", value, None, art.start(), e + 11, _qualifier(text, art.start()))
        if art:
            return _complete(text, "en", Decimal(1), art.start(), s - 1, art.start(), is_digits=False)
        if text.endswith(("per ", "per\u00a0"), 0, s) and rate_base(text, s):
            # "35 deaths per million inhabitants": the rate's base, as "per 100,000 people" (batch 312)
            return _complete(text, "en", Decimal(1), s, s - 1, s, is_digits=False)
        return None
    if lw in ("half", "halves"):
        return _half_word(text, s, e, lw, lo)

    if lw in EN_DENOMINATORS:  # "half" and "halves" returned above
        return _denominator_word(text, s, e, lw, lo)

    ordinal = parse_english_ordinal(lw)
    if ordinal:
        return _ordinal_en(text, s, e, ordinal)

    if w[0] in "OTFSEN" and _R_CHANNEL_BEFORE.search(text, max(0, s - 8), s):
        return _block(s, e)  # "BBC One", "BBC Radio Four", "Channel Nine": a channel's name
    # Cardinal words, possibly several: "two hundred and fifty".
    end = e
    phrase = [lw]
    best_val = parse_english_words(lw)
    best_end = e
    while len(phrase) < _EN_PHRASE_WORDS and (nm := _R_EN_NUM_CONT.match(text, end)):
        word = nm.group(1).lower()
        if (
            word in _EN_SCALE_RANK
            and not any(_EN_SCALE_RANK.get(p, 0) > _EN_SCALE_RANK[word] for p in phrase)
            and not _R_SCALE_GOES_ON.match(text, nm.end())
        ):
            break
        phrase.append(word)
        end = nm.end()
        val = parse_english_words(" ".join(phrase))
        if val is not None:
            best_val, best_end = val, end
    if best_val is None:
        return _double(text, s, e, _MULTIPLES[lw]) if lw in _MULTIPLES else None
    if lw in ("hundred", "thousand") and _R_VAGUE_BEFORE_EN.search(text, lo, s):
        return _block(s, best_end)  # "several hundred thousand dollars", "a few hundred": vague
    if best_val < 1000 and best_val == int(best_val) and (pt := _R_POINT_PLACES.match(text, best_end)) is not None:
        best_val, best_end = best_val + _point_places(pt), pt.end()  # "four point one percent" (batch 360)
    half = _R_AND_A_HALF.match(text, best_end)
    if half:
        best_val += {"half": Decimal("0.5"), "quarter": Decimal("0.25"), None: Decimal("0.75")}[half.group(1)]
        best_end = half.end()
    if (share := _counted_share(text, s, e, best_val, best_end)) is not None:
        return share
    if best_end == e and 18 <= best_val <= 20 and (yt := _R_YEAR_TAIL_EN.match(text, e)) is not None:
        tail = parse_english_words(yt.group(1).lower())
        if yt.group(1)[0].isupper():
            return _block(s, yt.end())  # "Orwell's Nineteen Eighty-Four": a title
        return _Hit("year", int(best_val) * 100 + int(tail), None, s, yt.end())  # "Nineteen eighty-five was"
    if w[0].isupper() and best_end == e and _R_LOWER_WORD_BEFORE.search(text, lo, s) and _R_NAME_AFTER.match(text, e):
        return _block(s, e)  # "their Six Nations campaign", "the Big Four": mid-sentence, part of a name
    if lw == "one" and best_end == e:
        if _one_in_name(text, w, lo, s):
            return _block(s, e)  # part of a noun phrase or a name
        if _one_no_figure(text, lo, s, e):
            return None  # a pronoun, a speaker, "as one"
    hit = _complete(text, "en", best_val, s, best_end, s, is_digits=False, word=lw)
    if hit is not None and hit.kind == "count" and hit.unit is None and 2000 < best_val < 2100 and best_end > e:
        hit.kind = "year"  # "was two thousand and eighteen": a year said in words, no counted noun after it
    return hit


# A year said in two words, its century first: "nineteen eighty-five", "twenty twenty-four" (the
# century 18 to 20 only: "at eleven thirty" is a clock).
_R_YEAR_TAIL_EN = re.compile(
    r"[ \u00a0]+((?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?i:one|two|three|four|five|six|seven|eight|nine))?)(?![\w\-])"
)


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
# After "two-party": the name of a system or of a way of counting votes, no count of parties.
_R_BOB_EVENT_AFTER = re.compile(
    r"(?:[ \u00a0]+(?:bobsleigh|bobsled|bob|sled|event|events|race|standings|title|World)(?![\w])|[.;])"
)
_R_TWO_PARTY_AFTER = re.compile(r"[ \u00a0]+(?:preferred|system|systems|politics|vote|duopoly)(?![\w])")
# "nine-figure sum", "double-digit": sizes of a number, not counts.
# ("two-wheeler sales", "four-wheelers": a class of vehicle, not a count of wheels; "a three-pointer":
# a kind of shot, as "fours" and "sixes" name strokes.)
_EN_NOT_UNIT_TAILS = frozenset(
    # ("a twenty-something hiker": a vague age, as "in her twenties")
    word_list("off on sided way stop liner size upmanship figure digit wheeler wheelers pointer pointers something")
)
# Words a cardinal phrase may have: text2num reads ten at most ("one hundred ten thousand ten hundred
# one hundred twenty one"; "and" is not counted). Unbounded, a run of number words that make no
# phrase ("two two two ...") was read to its end from each of its words: quadratic in its length.
_EN_PHRASE_WORDS = 16
# Parts of a hyphenated number ("nine-hundred-and-ninety-nine-million-..." has 29 at most): the
# longest head that is a number was looked for from every length of the chain, quadratic in it.
_EN_HYPHEN_PARTS = 40
# Spoken decimals: "four point one percent", "one point five million", "nought point three" - the
# places after "point" one digit word each, as German "drei Komma vier" (german._komma_decimal).
_DIGIT_WORDS_EN = {
    "zero": "0", "nought": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
_R_POINT_PLACES = re.compile(
    r"(?i)[ \u00a0]+point((?:[ \u00a0]+(?:" + "|".join(_DIGIT_WORDS_EN) + r"))+)(?![\w\-])"
)


def _point_places(m: re.Match[str]) -> Decimal:
    return Decimal("0." + "".join(_DIGIT_WORDS_EN[w.lower()] for w in m.group(1).split()))


_EN_NUM_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
_R_EN_NUM_CONT = re.compile(
    r"(?i)(?:[ \u00a0]+(?:and[ \u00a0]+)?|-)(" + _EN_NUM_WORDS + r"|hundred|thousand|million|billion|trillion)\b"
)
# "one million two hundred thousand barrels", "two billion five hundred million": a scale goes on
# only before more number words that end in a lower scale (batch 426).
_R_SCALE_GOES_ON = re.compile(
    r"(?i)[ \u00a0]+(?:and[ \u00a0]+)?(?:" + _EN_NUM_WORDS + r")(?:[ \u00a0\-](?:" + _EN_NUM_WORDS + r"))?"
    r"[ \u00a0]+(?:hundred|thousand|million)\b"
)
_EN_SCALE_RANK = {"million": 1, "billion": 2, "trillion": 3}

# A bare magnitude after a vague determiner is no figure, as "hundreds of thousands" is none.
_R_VAGUE_BEFORE_EN = re.compile(r"(?i)(?<![\w])(?:several|few|many)[ \u00a0]+$")
# ("three and a quarter hours" 3.25, batch 308; only before a unit of time: "two and a quarter
# million" is left alone)
# ("two and three-quarter years": that share of a time unit too, batch 321; of a percent: "around one
# and a quarter per cent", batch 494)
_SHARED_UNITS = r"[ \u00a0]+(?:hours|days|weeks|months|years|times|per[ \u00a0]?cent|percent)\b"
_R_AND_A_HALF = re.compile(
    r"[ \u00a0]+and (?:a (half|quarter(?=" + _SHARED_UNITS + r"))"
    r"|three[ \u00a0\-]quarters?(?=" + _SHARED_UNITS + r"))\b"
)


_TIME_SHARES = {"half": 0.5, "quarter": 0.25}
_R_CHANCE_AFTER = re.compile(r"[ \u00a0]+(?:chance|odds|probability|risk)(?![\w])")
_HYPHEN_SCALES = frozenset(["million", "billion", "trillion"])
# Currencies a figure in words is hyphened to ("a one-yen move"); not "pound" (a weight), nor
# "dollar" alone in a name ("the Five-Dollar Shake" is capitalised and read elsewhere).
_HYPHEN_CURRENCIES = {"yen": "JPY", "euro": "EUR", "dollar": "USD", "franc": "CHF", "yuan": "CNY"}
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
_CENT_WORDS = frozenset(["cent", "penny"])
_HYPHEN_MEASURES = frozenset(word_list("mile inch acre foot yard ounce gallon pint litre liter metre meter ton tonne"))
