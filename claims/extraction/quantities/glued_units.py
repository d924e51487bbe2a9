"""Letters glued to a figure: ordinal suffixes ("12th"), decades ("1990s"), measures ("5km",
"a 250g block"), race seconds ("0.42sec back") and calibres ("155mm shells", "155-mm rounds")."""

from __future__ import annotations

import re

# "12th", "the 1,700th anniversary"; a decade: "1990er", "1990s", "the 1990's".
_R_EN_ORD_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
_R_GROUPED_INT = re.compile(r"\d{1,3}(?:,\d{3})+")
_R_DECADE = re.compile(r"(?:er\b|ern\b|s\b|'s\b|’s\b)")
# Measures written onto the number ("100mm", "5km", "40kWh", "2TB", "169Mbps", "1Gbit/s", "2nm"),
# weights and volumes of goods ("a 250g block", "ein 1,5l-Flasche", "330ml", "75cl"): counts, like
# "100 mm". Longer symbols first ("Mbps" before "MB"); a capital "G", "K" or "L" is no unit ("5G",
# "3G-Regel", "4K" name things; nor "4g" before a network, a generation), nor is a symbol before
# "/" ("5g/km", "5.3l/100km" are rates) unless a figure in energy follows it: "300MW/600MWh" pairs
# a battery's power with its storage, two measures.
_R_GLUED_MEASURE = re.compile(
    r"(?:mm|cm|km|kg|mg|ha|kWh|MWh|GWh|TWh|kW|MW|GW|mph|kmh|km/h|nm|mAh|[kMGT]Hz"
    r"|[kKMGT]bps|[kKMGT]bit/s|[kMGT]bit|[KkMGTP]B|g(?![\w/])(?![ \u00a0\-]?(?i:netw|netz|mobil|phone|signal"
    r"|coverage|standard))|[mcd]?l|oz|lbs?)(?![\w])(?!/(?!\d[\d.,]*[ \u00a0]?[kMGT]Wh(?![\w])))"
)
# Seconds written onto a figure in race copy: "0.42sec back", "in 1:52.3secs", "9.58s"; a bare "s"
# only after decimals and before a margin word ("0.42s back"), as "1990s" is a decade.
_R_GLUED_SEC = re.compile(r"secs?(?![\w])|s(?=[ \u00a0]+(?:back|behind|off|adrift|ahead|clear|slower|faster)(?![\w]))")


def _glued_seconds(text: str, e: int, raw: str) -> int | None:
    m = _R_GLUED_SEC.match(text, e)
    if m is None or (m.end() == e + 1 and "." not in raw):
        return None
    return m.end()


# A calibre is a physical measure, a count as rain in mm is ("155mm shells", "155-mm rounds",
# "155-Millimeter-Munition"); the hyphen after the figure does not make it a name as in "F-35".
_R_CALIBRE = re.compile(
    r"(-?(?:mm|Millimeter|millimetre|millimeter))(?:[ \u00a0]+|-)(?:(?:pistols?|handguns?|guns?|rifles?"
    r"|revolvers?|rounds?|ammunition|ammo|shells?|artillery|howitzers?|cannons?|bullets?|cartridges?"
    r"|mortars?|calibre|caliber|machine[ \-]guns?|semi-automatic)\b|(?i:[a-zäöüß]*(?:pistole|munition"
    r"|granate|geschoss|patrone|waffe|gewehr|haubitze|kanone|mörser|artillerie)))"
)
