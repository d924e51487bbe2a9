"""Blind batches 90-93, quantities and one title: "bis zu einem Meter" and "wiegt eine Tonne" count
one unit of measure; "neun Zehntel vor Huber" after a margin in seconds is a race margin; seconds
glued to a figure ("1.05secs behind", "0.2s ahead"); "handed over 24" is a verb's particle, no
hedge; "priced in about a 40% chance" hedges; a work's title in quotes ("ihr Roman «Die Stille ...»")
lends its words nothing. Near misses stay as they were. Sample sentences written for these tests."""

import pytest

from claims.extraction import extract_claims

from .test_eighth_batch_fixes import _found

FIXED = [
    ("de", "Am Arlberg liegen bis zu einem Meter Schnee.", [("count", 1, None, "up_to")]),
    ("de", "Der Block wiegt eine Tonne.", [("count", 1, None, None)]),
    ("de", "Das Feld misst einen Quadratmeter.", [("count", 1, None, None)]),
    (
        "de",
        "Sie lag 1,2 Sekunden vor Meier und neun Zehntel vor Huber.",
        [("duration", 1.2, "second", None), ("duration", 0.9, "second", None)],
    ),
    ("en", "He was 1.05secs behind the winner.", [("duration", 1.05, "second", None)]),
    (
        "en",
        "Kyiv freed 80 prisoners and Moscow handed over 75.",
        [("count", 80, None, None), ("count", 75, None, None)],
    ),
    ("en", "Police turned over 300 documents to prosecutors.", [("count", 300, None, None)]),
    ("en", "Traders priced in about a 40% chance of a cut.", [("percent", 40, "%", "about")]),
]
UNCHANGED = [
    (
        "de",
        "Nach dem ersten Durchgang liegt sie drei Zehntel hinter der Siegerin.",
        [("ordinal", 1, None, None), ("duration", 0.3, "second", None)],
    ),
    ("en", "Norris was 0.2s ahead of Piastri.", [("duration", 0.2, "second", None)]),
    ("de", "Die Elbe ist bis zu einem Tiefgang von 13,5 Metern befahrbar.", [("count", 13.5, None, None)]),
    ("de", "Der Zug fuhr bis zu einem Bahnhof im Tal.", []),
    (
        "de",
        "Drei Zehntel vor der Wahl lag die Partei bei 20 Sekunden Redezeit.",
        [("fraction", 0.3, None, None), ("duration", 20, "second", None)],
    ),
    ("en", "The band released its 1990s back catalogue.", []),
    ("en", "The rescue took over 24 hours.", [("duration", 24, "hour", "over")]),
    ("en", "She gave over 500 dollars.", [("money", 500, "USD", "over")]),
    ("en", "Markets are worried about a 25% tariff.", [("percent", 25, "%", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_measure_ones_margins(lang, text, expected):
    assert _found(text, lang) == expected


TITLED = [
    ("de", "Der Preis geht an die Autorin Lea Hofer für ihren Roman «Die Stille am See»."),
    ("en", "The prize went to Ann Lee for her novel “Quiet Empty Rooms”."),
]
STILL_SCENES = [
    ("de", "Die Stille im Dorf war gespenstisch."),
    ("en", "“The streets were silent and empty,” the mayor said."),
]


@pytest.mark.parametrize(("lang", "text"), TITLED)
def test_title_words_weigh_nothing(lang, text):
    assert extract_claims(text, language=lang)


@pytest.mark.parametrize(("lang", "text"), STILL_SCENES)
def test_scenes_outside_titles_stay_rejected(lang, text):
    assert not extract_claims(text, language=lang)
