"""Fixes prompted by the first runs of blind batches 229-236 (each case failed before its fix), beside near
misses that must stay as they were. Sample sentences of our own writing."""

import pytest

from claims.extraction import extract_claims

from .metrics import quantity_rows as _quantities


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a pound named once by its adjective serves the later bare "pounds"
        (
            "en",
            "The state will pay 50,000 Egyptian pounds to each family and 10,000 pounds to each survivor.",
            ("money", 10000, "EGP", None),
        ),
        # "larger than", "as deep as"; a raise in steps over a term; a year before "news"
        ("en", "Radar tracks some 9,000 pieces larger than 5 cm.", ("count", 5, "cm", "over")),
        ("en", "The probe will dig as deep as 3 metres.", ("count", 3, "metres", "up_to")),
        ("de", "Die Arbeitgeber bieten 5 Prozent in drei Stufen über 28 Monate.", ("duration", 28, "month", None)),
        ("en", "He had misread a 2021 news report about the dam.", ("year", 2021, None, None)),
    ],
)
def test_quantity_after_fix(lang: str, text: str, expected: tuple) -> None:
    assert expected in _quantities(text, lang), (text, _quantities(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The fine was 5 million pounds.", ("money", 5000000, "GBP", None)),
        ("de", "Das Projekt dauert über 24 Monate.", ("duration", 24, "month", "over")),
    ],
)
def test_near_miss_keeps_its_reading(lang: str, text: str, expected: tuple) -> None:
    assert expected in _quantities(text, lang), (text, _quantities(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Chief designer Li Wen said the rover would carry 12 instruments.", "Li Wen"),
        ("de", "Die Bahn sei genauer vermessen worden, sagte Astronomin Eva Lenz.", "Eva Lenz"),
    ],
)
def test_speaker_after_fix(lang: str, text: str, speaker: str) -> None:
    claims = extract_claims(text, lang, learned=False)
    assert claims and claims[0].speaker == speaker, [(c.text, c.speaker) for c in claims]


def test_no_one_hurt_is_a_fact() -> None:
    assert extract_claims("Nobody was hurt.", "en")
