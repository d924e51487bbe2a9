"""A record in amount or level against all time, inside a quote: checkable, no verdict ("mehr Polizisten
als je zuvor", "more patients than ever", "so viel wie nie zuvor", "said rates were “higher than ever”",
"„höher als je zuvor“", "so teuer wie noch nie"). Read by quote_evidence (evidence in a whole quote) and
quotes (a scare quote that is no verdict).

Only comparatives of a measured level or amount count: "better", "stronger", "closer", "faster" than ever
judge ("„näher als je zuvor“", "“leaner, faster and hungrier than ever”", "„schöner als je zuvor“").
"""

from __future__ import annotations

import re

AMOUNT_RECORD = re.compile(
    r"(?i)\b(?:mehr|weniger|more|fewer|less)\b[^,;.]{0,60}?\b(?:als\s+je|than\s+ever|than\s+(?:at|in)\s+any)\b"
    r"|\bso\s+(?:viel|viele|wenig|wenige|hoch|niedrig|teuer|billig)\s+wie\s+(?:noch\s+)?nie\b"
    # "So viele Besucher hatten wir noch nie", "we have never had so many bookings": a count had, not seen.
    r"|\bso\s+(?:viele|wenige)\s+[^\W\d_]+\s+(?:hatten|hatte|gab\s+es)\s+(?:wir\s+|es\s+)?(?:noch\s+)?nie\b"
    r"|\bnever\s+(?:before\s+)?(?:had|sold|counted|registered)\s+so\s+(?:many|few)\b"
    r"|\b(?:higher|lower|bigger|larger|greater|smaller|cheaper|höher|niedriger|größer|grösser|kleiner|teurer"
    r"|billiger)\s+(?:than\s+(?:ever|(?:at|in)\s+any)|als\s+(?:je|jemals)|denn\s+je)\b"
)
