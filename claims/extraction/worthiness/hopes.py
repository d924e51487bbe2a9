"""A reported hope (-0.5 in features(), with a figure or without): what someone hopes for is no fact, whatever
figure it names ("Die Hoteliervereinigung hofft für Ostern auf ein Buchungsplus von bis zu fünf Prozent",
"Kielmann hofft, dass der Umschlag bis 2030 ... zehn Millionen TEU erreicht", "Officials hope to close the gap
to the $20 billion target by the end of next year", "said he hoped she would ...").

Only the verb: "hopes" as a noun ("title hopes", "dampened hopes of a recovery", "in the hope of finding a
buyer") states nothing hoped; a hope that was given up is a plan of record ("The NHS had hoped to offer the
test to 1 million people by 2028 but said it would wait").
"""

from __future__ import annotations

import re

from ..wordtrie import word_list

TRIGGERS = frozenset(word_list("hofft hoffen hoffte hofften hope hopes hoped hoping"))

# German: the finite verb ("hofft", "hoffen") with what is hoped: "auf", "dass", a comma and "zu", "für".
_DE = re.compile(
    r"(?<![Zz]u )(?<!bleibt zu )\b(?:hofft|hoffen|hoffte|hofften)\b(?:\s+[\wäöüß]+){0,3}?"
    r"(?:\s*,\s*(?:dass\b|[^.;:!?]*?\bzu\s+[a-zäöüß]+)|\s+(?:auf|darauf|dass)\b)"
)
# English: the verb after its subject, not the noun ("the hope", "title hopes", "hopes of"); "had hoped" no.
_EN = re.compile(
    r"(?<!\bhad )(?<!\bthe )(?<!\bin )(?<!\bof )(?<!\bno )(?<!\bany )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )"
    r"(?<!\bour )(?<!\bmy )(?<!\btitle )(?<!\bfresh )(?<!\bslim )(?<!\bhigh )(?<!\bnew )(?<!\bfaint )"
    # (a market's reason: "jumped 4.2% on hopes that a lower rate would ...", "amid hopes that", batch 476)
    r"(?<!\bon )(?<!\bamid )(?<!\bgrowing )(?<!\brising )"
    r"\b(?:hope|hopes|hoped)\s+(?:that\b|to\s+[a-z]+|for\b|(?:the|a|an|it|they|he|she|we|this|next|more|[A-Z][\w'’-]*)\s)"
    r"(?!\s*(?:of|hopes)\b)"
)


# "Auf der Warteliste stehen rund 8.300 Menschen, die meisten von ihnen hoffen auf eine Niere": the hope of
# some of those counted, after the count (batch 273).
_R_DE_SOME_OF_THEM = re.compile(r",\s+(?:die\s+meisten|viele|einige|manche)\s+(?:von\s+ihnen|davon)\s+$")

# "Two operators have applied for access to the tunnel and hope to start services in 2029": a hope joined
# by "and" to an act in the perfect states the act, which stays a fact.
_ACT_IN_PERFECT = r"\b(?:have|has)\s+(?:already\s+)?[a-z]+(?:ed|en|ght|t)\b[^.;:!?]*"
_R_EN_ACT_AND = re.compile(_ACT_IN_PERFECT + r"\band\s+$")
# So does the hope in a relative clause after an act in the perfect: "The airport has earmarked £49bn for a
# third runway, which it hopes to open by 2035" (batch 265).
_R_EN_ACT_WHICH = re.compile(_ACT_IN_PERFECT + r",\s+(?:which|that)\s+(?:it|they|he|she|we)\s+$")


def reported_hope(text: str, lang: str | None) -> bool:
    """Someone hopes (see above); the caller checks the trigger words."""
    dm = _DE.search(text) if lang != "en" else None
    if dm and not _R_DE_SOME_OF_THEM.search(text, max(0, dm.start() - 40), dm.start()):
        return True
    if lang == "de":
        return False
    m = _EN.search(text)
    return m is not None and not (
        (text.endswith("and ", 0, m.start()) and _R_EN_ACT_AND.search(text, max(0, m.start() - 120), m.start()))
        or _R_EN_ACT_WHICH.search(text, max(0, m.start() - 160), m.start()) is not None
    )
