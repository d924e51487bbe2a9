"""English ordinals that rank: "the second", "finished second", "second only to", a headline's
"win second Test"; "first" and "second" alone are mostly no rank ("at first", "a second")."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .context import _LEFT_EVERY, _LEFT_ORD_CONTEXT
from .dates import word_date
from .hits import _Hit
from .qualifiers import _qualifier
from .ranked_parts import _en_ranked_part

# What an ordinal joined by a hyphen numbers ("third-quarter", "second-half", "fourth-place", a
# school grade: "Third-grade reading scores", "fifth-graders"; a climb's "first-category"; a floor
# counted from the ground: "a third-floor apartment", "a second-storey window"); not
# "second-hand", "third-party", "first-degree", "first-class" ("a two-storey house" counts storeys); a
# creditor's rank: "first-lien term loans" (batch 302); a vaccine's "second-dose coverage" (batch 362).
_EN_ORDINAL_TAILS = frozenset(
    word_list("""
    quarter half round place placed term leg set stage period innings inning seed seeded generation tier
    division year day week month game match lap grade grader graders category floor storey story serve lien dose
    """)
)
_R_POSSESSIVE = re.compile(r"\w(?:['’]s|s['’])[ \u00a0]+$")  # "the port's first", "Mercedes' first"

# "finished second", "placed first", "ranked second", "was seeded second": a rank after a verb of
# placing (as "finished third"), though "first" and "second" otherwise need an article or a possessive.
# ("was running second when he lost the front", batch 499: a place held in a race)
_R_PLACED_BEFORE_EN = re.compile(
    r"(?i)(?<![\w])(?:finish(?:ed|es|ing)?|placed|ranked|ranks|seeded|(?:was|were|is|are)[ \u00a0]+running)[ \u00a0]+$"
)
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
    # "The win lifts City to second", "took them into first": a result moving its object in a table.
    r"|(?<![\w])(?:lift(?:ed|s|ing)?|t(?:ake|akes|ook|aking)|put(?:s|ting)?|sen(?:d|ds|t|ding)|mov(?:e|ed|es|ing))"
    r"(?:[ \u00a0]+[^\W\d_][\w.'’\-]*){1,2}[ \u00a0]+(?:up[ \u00a0]+)?(?:to|into)[ \u00a0]+$"
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
    if _R_CAME_BEFORE_EN.search(text, lo, s) or _R_MOVED_TO_BEFORE_EN.search(text, max(0, s - 40), s):
        m = _R_RANK_AFTER_EN.match(text, e)
        return m is not None and (ordinal == 2 or m.group("stop") is None)
    if _R_LEFT_OBJECT_BEFORE_EN.search(text, max(0, s - 40), s) is None:
        return False
    return (_R_RANK_FIELD_AFTER_EN if ordinal == 1 else _R_RANK_AFTER_EN).match(text, e) is not None


# "took second place", "moved into first position", "in second spot": a rank before the word
# for it, as "fourth-place" with a hyphen.
# ("the first and second floors": a floor is a rank, with or without an article; so is a seed: "second seed
# Nadia Korsgaard beat ...".)
# So is a school grade: "missed 18 days in first grade" (batch 253; "sixth form" is a stage's name).
_R_PLACE_AFTER_EN = re.compile(r"[ \u00a0]+(?:place|position|spot|floors?|seed|grade)(?![\w-])")


# "Dollar slips below 140 yen for first time since 2023": a headline drops the article of "for
# the first time" ("for first-time buyers" and "first time" alone stay none).
_R_FOR_BEFORE_EN = re.compile(r"(?i)(?<![\w])for[ \u00a0]+$")
_R_TIME_AFTER_EN = re.compile(r"[ \u00a0]+time(?![\w\-])")
# "climate talks enter second week", "strike enters its second day": a headline's count of days in (batch 266).
_R_ENTER_BEFORE_EN = re.compile(
    r"(?i)(?<![\w])enter(?:s|ed|ing)?[ \u00a0]+(?:its[ \u00a0]+|their[ \u00a0]+)?$"
)
_R_PERIOD_AFTER_EN = re.compile(r"[ \u00a0]+(?:day|week|month|year|round|term|phase|season)(?![\w\-])")


# "second only to Nordfon", "was second only to her coach": a rank behind the one named.
_R_ONLY_TO_AFTER_EN = re.compile(r"[ \u00a0]+only[ \u00a0]+(?:to|behind)(?![\w])")
_R_SECOND_LATER_EN = re.compile(r"[ \u00a0]+(?:later|earlier|after|before)(?![\w])")
# "the first minister said", "First Lady Jill Biden", "the first deputy prime minister": a title;
# "the first minister to resign", "the first lady who" rank one of a line.
_R_FIRST_TITLE_AFTER_EN = re.compile(
    r"(?i)[ \u00a0]+(?:minister|lady|deputy|secretary|sea[ \u00a0]+lord|vice[ \u00a0\-]president)(?![\w\-])"
    r"(?![ \u00a0]+(?:to|who|whom|whose|that|since|ever|in|of|from|after|with|among|for)(?![\w]))"
)


# "deported to a third country", "shared with third parties", "Third World debt": a term, no rank (batch 104);
# after "the" or a possessive it ranks ("the third country to join", "its third party congress").
_R_THIRD_TERM_AFTER_EN = re.compile(r"(?i)[ \u00a0\-]+(?:country|countries|party|parties|world)(?![\w\-])")
_R_DEFINITE_BEFORE_EN = re.compile(r"(?i)(?<![\w])(?:the|its|their|his|her|our|this|that)[ \u00a0]+$")


_R_SIXTH_FORM = re.compile(r"[ \u00a0\-](?:form|forms|former|formers)(?![\w])", re.IGNORECASE)


def _ordinal_en(text: str, s: int, e: int, ordinal: int) -> _Hit | None:
    lo = max(0, s - 16)
    if text.startswith(" of ", e) and (day := word_date(text, s, e, ordinal, "en")) is not None:
        return day  # "on the sixth of June 1944": a date
    if ordinal == 6 and _R_SIXTH_FORM.match(text, e):
        return None  # "a growing number of sixth forms": British schools' last two years, no rank (batch 253)
    if (
        ordinal == 3
        and _R_THIRD_TERM_AFTER_EN.match(text, e)
        and not _R_DEFINITE_BEFORE_EN.search(text, lo, s)
        and not _R_POSSESSIVE.search(text, lo, s)
    ):
        return None
    if ordinal > 1:
        ev = _LEFT_EVERY.search(text, lo, s)
        if ev and ordinal == 2 and _R_NO_NOUN_AFTER_EN.match(text, e):
            return None  # "payments of $85K every second at peak times": per second, no share (batch 342)
        if ev:
            return _Hit("fraction", round(1 / ordinal, 4), None, ev.start(), e, _qualifier(text, ev.start()))
        if (part := _en_ranked_part(text, s, e, ordinal)) is not None:
            return part
    if ordinal == 1 and text[e : e + 1] in " \u00a0" and _R_FIRST_TITLE_AFTER_EN.match(text, e):
        return None
    if ordinal == 2 and _R_SECOND_LATER_EN.match(text, e) and text.endswith(("a ", "A "), 0, s):
        return None  # "and a second later we had no roof": a moment, no rank (batch 291)
    if ordinal == 2 and text.endswith(("than a ", "than a\u00a0"), 0, s):
        return None  # "by more than a second", "less than a second behind": a moment, no rank (batch 322)
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
        and not (_R_ENTER_BEFORE_EN.search(text, lo, s) and _R_PERIOD_AFTER_EN.match(text, e))
        and not _R_BECOME_BEFORE_EN.search(text, lo, s)
        and not _R_FISCAL_BEFORE_EN.search(text, max(0, s - 24), s)
        and not _headline_rank(text, s, e)
        and not _bill_reading(text, lo, s, e, ordinal)
        and not _table_place(text, lo, s, e)
        and not _R_PARAGRAPH_AFTER_EN.match(text, e)
        and not (ordinal == 1 and _R_AGE_AT_FIRST.search(text, max(0, s - 16), s) and _R_LIFE_FIRST.match(text, e))
        and not _R_PROJECTION_AFTER.match(text, e)
        and not (_R_ENTRY_OPENS.search(text, max(0, s - 4), s) and _R_RANKED_EVENT_AFTER.match(text, e))
        and not (ordinal == 2 and _R_DISTANT_BEFORE_EN.search(text, lo, s))
        and not _R_RACE_TIME_AFTER_EN.match(text, e)
        and not (ordinal == 2 and text.endswith(("the first and ", "the first or "), 0, s))  # ("first and second wave")
    ):
        return None
    return _Hit("ordinal", ordinal, None, s, e)


# "with Ethiopia's Desta second in 3:29.88": a place and its race time (batch 396).
_R_RACE_TIME_AFTER_EN = re.compile(r"[ \u00a0]+in[ \u00a0]+\d{1,2}(?::\d\d(?:[.,]\d{1,3})?|[.,]\d\d)(?![\d])")
# "with Qatar a distant second", "finished a close second": a place after a rival's lead (batch 394).
_R_DISTANT_BEFORE_EN = re.compile(r"(?i)(?<![\w])a[ \u00a0]+(?:distant|close|strong|comfortable)[ \u00a0]+$")


_R_NO_NOUN_AFTER_EN = re.compile(
    r"[ \u00a0]*(?:[,.;:)]|$)|[ \u00a0]+(?:at|in|on|during|until|of[ \u00a0]+the[ \u00a0]+day)(?![\w])"
)


# A timeline's or a headline's entry opening with the rank of an event: "March 21, 2029 - First cut in 15
# months", "Second cut of the year" (batch 333); not "First, ..." nor "First we ...".
_R_ENTRY_OPENS = re.compile(r"(?:^|[-–—:][ \u00a0]+)$")
_R_RANKED_EVENT_AFTER = re.compile(r"[ \u00a0]+[a-z]{3,}[ \u00a0]+(?:in|of|since|for)(?![\w])")


# "the average age at first marriage", "age at first birth": a demographer's term, the event's rank
# without an article (batch 304; "At first EU talks stalled" is no rank).
_R_AGE_AT_FIRST = re.compile(r"(?i)(?<![\w])age[ \u00a0]+at[ \u00a0]+$")
# "1745 GMT - Second ZDF projection: CSU 38.2%": an election night's projections counted (batch 314).
_R_PROJECTION_AFTER = re.compile(r"[ \u00a0]+(?:[A-Z]{2,5}[ \u00a0]+)?(?:projection|exit[ \u00a0]+poll)(?![\w\-])")
_R_LIFE_FIRST = re.compile(r"[ \u00a0]+(?:marriage|birth|childbirth|conviction|offence|offense|use|sex)(?![\w\-])")


# "with Arsenal second on 57", "Leverkusen second with 52 points": a table in prose, a side's name,
# its place and its points.
_R_SIDE_BEFORE_EN = re.compile(r"(?<![\w])[A-Z][\w'’.\-]*[ \u00a0]+$")
_R_POINTS_AFTER_EN = re.compile(r"[ \u00a0]+(?:on|with)[ \u00a0]+\d")


# "finished with 61 points, second in the Eastern Conference": the place after the tally (batch 325).
_R_POINTS_BEFORE_EN = re.compile(r"\d[ \u00a0]+points?,[ \u00a0]+$")


def _table_place(text: str, lo: int, s: int, e: int) -> bool:
    if _R_POINTS_BEFORE_EN.search(text, max(0, s - 16), s) is not None:
        return True
    return _R_POINTS_AFTER_EN.match(text, e) is not None and _R_SIDE_BEFORE_EN.search(text, lo, s) is not None


# A correction tag names the paragraph without an article: "(Corrects date in second paragraph)".
_R_PARAGRAPH_AFTER_EN = re.compile(r"[ \u00a0]+(?:paragraph|para|graf|graph)(?![\w\-])")


# A bill's readings are numbered steps of its passage, written without an article: "at second
# reading", "passed first reading" ("on first reading" is "at first sight").
_R_READING_AFTER_EN = re.compile(r"[ \u00a0]+reading(?![\w\-])")
_R_ON_BEFORE_EN = re.compile(r"(?i)(?<![\w])(?:on|upon)[ \u00a0]+$")


def _bill_reading(text: str, lo: int, s: int, e: int, ordinal: int) -> bool:
    return _R_READING_AFTER_EN.match(text, e) is not None and not (ordinal == 1 and _R_ON_BEFORE_EN.search(text, lo, s))


# "in its fiscal first quarter", "the financial second half": an article, then the kind of year.
_R_FISCAL_BEFORE_EN = re.compile(
    r"(?i)(?<![\w])(?:the|its|his|her|their|our|a)[ \u00a0]+(?:fiscal|financial|calendar)[ \u00a0]+$"
)
# "becomes first Indian startup valued at", "became the second": a rank after "become" (a
# headline drops the article).
_R_BECOME_BEFORE_EN = re.compile(r"(?i)(?<![\w])(?:becomes|became|become|becoming)[ \u00a0]+$")
# "Pakistan win second Test by eight wickets": in a headline (no closing stop), a lower-case
# ordinal before a capitalised noun ranks it as "the second Test" would.
# (or an acronym: "in first ODI in Perth")
_R_CAPITAL_NOUN_AFTER = re.compile(r"[ \u00a0]+[A-Z](?:[a-z]+|[A-Z]{1,3})(?![\w'’])")


# ... and before a period or a stage of play ("falls for second straight month", "second round:", "on
# first day of second test"): a headline's rank with its article dropped (batch 282).
_R_HEADLINE_PERIOD_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:straight|consecutive|successive|weekly|monthly|quarterly|annual|yearly)[ \u00a0]+)?"
    r"(?:day|week|month|quarter|half|year|season|round|test|leg|stage|set|game|match|term|loss|gain|rise|fall"
    r"|decline|drop|win|defeat)(?![\w\-])"
)


def _headline_rank(text: str, s: int, e: int) -> bool:
    return (
        text[s].islower()
        and s > 0
        and not text.endswith(("at ", "At "), 0, s)  # ("At first UN talks stalled": at the start)
        and (_R_CAPITAL_NOUN_AFTER.match(text, e) is not None or _R_HEADLINE_PERIOD_AFTER.match(text, e) is not None)
        and not text.rstrip().endswith((".", "!", "?", '"', "”", "'", "’"))
        and "\n" not in text
    )
