"""Pounds that weigh: "4.2 pounds of methamphetamine", "7,700 pounds (3,493 kg)", "weighing 250
pounds", "The 1-pound packages" are counts (a physical measure, as "14 Kilogramm Kokain"), not
amounts in sterling; "300 million pounds", "85,000 pounds each", "millions of pounds of funding"
stay money (GBP)."""

from __future__ import annotations

import re

from ..wordtrie import word_list

# "pounds of methamphetamine", "pounds of the drug": what follows "of" is weighed unless it is money
# or a dealing in it ("pounds of funding", "pounds of taxpayers' money", "pounds of investment").
_R_OF_WHAT = re.compile(
    # (a possessive name too: "pounds of Ellwood's legal costs")
    # (and a dated issue: "4.25 billion pounds of a 2035 gilt", batch 294)
    r"[ \u00a0]+of[ \u00a0]+"
    r"(?:(?:the|its|their|his|her)[ \u00a0]+|[A-Z][\w\-]*['’]s[ \u00a0]+|an?[ \u00a0]+\d{4}[ \u00a0]+)?"
    r"([A-Za-z]+)"
    r"(?:['’]?[ \u00a0]+([a-z]+))?"
)
_MONEY_NOUNS = frozenset(
    word_list("""
    money cash funding funds fund investment investments aid spending savings cuts debt debts damage damages
    revenue revenues sales losses loss profit profits support assets business contracts contract grants grant
    subsidies subsidy fines income value orders deals bonuses tax taxes fees bills public taxpayers taxpayer
    government state goods exports imports trade bets stake shares property claims compensation fraud costs
    headroom borrowing deficit surplus budget wages pay pensions benefits
    gilt gilts bond bonds treasuries total sum amount
    """)
)
# Heads that name money in the second word ("of pension savings", "of unauthorised fraud"; "of food aid" is
# weighed, so not every money noun heads).
_MONEY_HEADS = frozenset(
    word_list("""
    money cash funding savings assets investment investments deposits loans debt fraud losses spending costs
    """)
)
# "7,700 pounds (3,493 kg)", "250 pounds, or 113 kilograms": the weight converted after it.
_R_METRIC_AFTER = re.compile(
    r"[ \u00a0]*(?:\([ \u00a0]*|,[ \u00a0]*(?:or[ \u00a0]+)?)(?:about[ \u00a0]+|around[ \u00a0]+|some[ \u00a0]+)?"
    r"\d[\d.,]*[ \u00a0]*(?:kg|kilos?|kilograms?|kilogrammes?|tonnes?|t|metric[ \u00a0]+tons?)(?![\w])"
)
# "weighing 250 pounds", "weighs about 40 pounds", "weighed a little over 1 pound" ("lost 60 million
# pounds" may be money).
_R_WEIGH_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:weigh(?:s|ed|ing)?)(?:[ \u00a0]+[a-z]+)?"
    r"(?:[ \u00a0]+(?:a|little|bit|tad|just|about|around|roughly|nearly|almost|over|under|more|less|than|some|only))"
    r"{0,3}[ \u00a0]+$"
)


# "The 1-pound packages", "a 10-pound bag of rice", "a 300-pound bomb": "-pound" glued to a figure
# before a thing packed, carried or weighed is a weight ("a 20-pound note", "a 5-pound fine" stay
# money: the noun decides, perhaps after one adjective).
_R_WEIGHED_THING_AFTER = re.compile(
    r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:packages?|packs?|packets?|bags?|boxe?s?|sacks?|bars?|blocks?|bricks?|cans?"
    r"|jars?|tubs?|bottles?|containers?|buckets?|bundles?|loaf|loaves|bales?|rolls?|roasts?|turkeys?|hams?"
    r"|fish|catfish|bass|salmon|lobsters?|pumpkins?|babies|baby|dogs?|weights?|dumbbells?|balls?|bombs?"
    r"|rocks?|stones?|tumou?rs?|meteorites?|nuggets?|spacecraft|satellites?|landers?|rovers?|probes?|capsules?"
    r"|statues?|sculptures?|bells?|anchors?|bulls?|cows?|pigs?|calf|calves)(?![\w])"
)
# A sentence about a weighed thing whose pounds can only weigh: "the pumpkin had put on as much as 45
# pounds a day", "pumpkins north of 2,000 pounds", "beef production ... to about 25.9 billion pounds" (batch 502).
_R_WEIGHED_SUBJECT = re.compile(
    r"(?i)(?<![\w])(?:pumpkins?|squash(?:es)?|watermelons?|steers?|heifers?|cattle|hogs?|beef|pork|poultry"
    r"|hailstones?|marlin|tuna|catfish|sturgeon)(?![\w])"
)

_R_BRITISH = re.compile(r"£|sterling|Brit|U\.?K\.?(?![\w])|England|Scotland|Scottish|Wales|Welsh|London|Ireland|Irish")


def weighed_pounds(text: str, num_start: int, unit_end: int) -> bool:
    """Whether "pounds" ending at ``unit_end`` (after a figure at ``num_start``) is a weight."""
    if _R_METRIC_AFTER.match(text, unit_end):
        return True
    if text[unit_end - 6 : unit_end] == "-pound" and _R_WEIGHED_THING_AFTER.match(text, unit_end):
        return True
    m = _R_OF_WHAT.match(text, unit_end)
    if m is not None:
        # The head may come second after a modifier ("of taxpayers' money", "of public cash"; "of
        # food aid" is weighed).
        return m.group(1).lower() not in _MONEY_NOUNS and m.group(2) not in _MONEY_HEADS
    if _R_WEIGH_BEFORE.search(text, max(0, num_start - 34), num_start) is not None:
        return True
    # (not in British copy, where "600 million pounds" of beef exports may be their value)
    return _R_BRITISH.search(text) is None and _R_WEIGHED_SUBJECT.search(text) is not None
