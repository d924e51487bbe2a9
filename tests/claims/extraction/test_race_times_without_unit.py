"""Race times in the colon form without a unit word: minutes and seconds when a fraction of a
second follows a word of timing ("a personal best of 3:31.08", "finished fifth in 4:02.11",
"mit 1:48,92 vorn"), or a lead after "by" ("leads the standings by 2:13"). Near misses: clock
times ("at 9:15 a.m.", "um 14:30", "by 10:30"), scores ("won 21:19", "2:1") and ratios without a
timing word. Sample sentences written for these tests (copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    (
        "en",
        "Okafor ran a personal best of 3:31.08 to win the heat.",
        [("duration", 3, "minute", None), ("duration", 31.08, "second", None)],
    ),
    (
        "en",
        "The Dutch quartet came home fifth in 4:02.11 on Saturday.",
        [("ordinal", 5, None, None), ("duration", 4, "minute", None), ("duration", 2.11, "second", None)],
    ),
    (
        "en",
        "Moreau was clocked 1:09.554 on her final qualifying lap.",
        [("duration", 1, "minute", None), ("duration", 9.554, "second", None)],
    ),
    (
        "en",
        "The Colombian still leads the overall standings by 2:13 after the time trial.",
        [("duration", 2, "minute", None), ("duration", 13, "second", None)],
    ),
    (
        "de",
        "Die Italienerin schlug nach einem Rennen von 2:05,77 als Erste an.",
        [("duration", 2, "minute", None), ("duration", 5.77, "second", None), ("ordinal", 1, None, None)],
    ),
]
UNCHANGED = [
    ("en", "The ceremony starts at 9:15 a.m. on Sunday.", []),
    ("en", "The report is due by 10:30 tomorrow.", []),
    ("en", "The plan won backing by 10:30 on Friday.", []),
    ("en", "Kiel won 21:19 in the end.", []),
    ("de", "Die Sitzung beginnt um 14:30 im Rathaus.", []),
    ("de", "Bremen gewann mit 2:1 gegen Mainz.", []),
    ("en", "The mixture is diluted at a ratio of 1:20 with water.", []),
    (
        "de",
        "Sie gewann in 1:52,41 Minuten.",
        [("duration", 1, "minute", None), ("duration", 52.41, "second", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_race_times_without_unit(lang, text, expected):
    assert _found(text, lang) == expected
