"""Fixes that batch 107 (transport accidents) prompted, on own sentences written for these tests:

- the IMF's special drawing rights are money (XDR), as air and sea conventions cap liability in them;
- "über" after "Gutschein" is the sum it governs, no hedge;
- "One moment ..., the next ..." is a turn of phrase, no count ("One minute later" stays a duration);
- "could one day find", "hope to one day reuse": "some day", no duration (batch 112).
"""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


CASES = [
    ("de", "Die Haftung ist auf 128.821 Sonderziehungsrechte je Fluggast begrenzt.", [("money", 128821, "XDR", None)]),
    ("en", "Carriers must pay up to 6,303 special drawing rights for lost luggage.",
     [("money", 6303, "XDR", "up_to")]),
    ("en", "The convention caps liability at 1,288 SDRs per passenger.", [("money", 1288, "XDR", None)]),
    ("de", "Alle Reisenden erhalten einen Gutschein über 150 Euro.", [("money", 150, "EUR", None)]),
    ("en", "\"One moment we were eating, the next the ferry was tilting,\" a passenger said.", []),
    ("en", "One minute later the next train arrived.", [("duration", 1, "minute", None)]),
    # "one day" after a modal or a verb of hoping and "to" is "some day" (batch 112)
    ("en", "The rover could one day find traces of ancient microbes.", []),
    ("en", "Engineers hope to one day reuse the booster.", []),
    ("en", "Could the lander one day drill through the ice?", []),
    ("en", "Workers will strike for one day next week.", [("duration", 1, "day", None)]),
    ("en", "The crew will spend one day in quarantine.", [("duration", 1, "day", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_quantities(lang, text, expected):
    assert _found(text, lang) == expected
