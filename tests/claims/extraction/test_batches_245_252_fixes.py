"""Fixes prompted by the first runs of blind batches 245-252 and by misses the earlier rounds left
(each case failed before its fix), beside near misses that must stay as they were. Sample sentences of
our own writing."""

import pytest

from claims.extraction import extract_claims

from .metrics import quantity_rows as _quantities


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "and" inside a body's name: its last word is a body's ("Customs"), or the commas list the
        # complement of a department ("for Culture, Media and Sport")
        ("Late filings rose to 41,000, according to HM Revenue and Customs.", "HM Revenue and Customs"),
        ("HM Revenue and Customs said 41,000 returns were filed late.", "HM Revenue and Customs"),
        (
            "The grant was cut by 12 million pounds, according to the Department for Culture, Media and Sport.",
            "the Department for Culture, Media and Sport",
        ),
        (
            "Lending rose 4%, according to the Department for Science, Innovation and Technology.",
            "the Department for Science, Innovation and Technology",
        ),
        # three lower-case words before a role and a name
        ("The storm destroyed 40 homes, said state emergency management director Ruth Calder.", "Ruth Calder"),
    ],
)
def test_english_speaker_after_fix(text: str, speaker: str) -> None:
    (claim,) = extract_claims(text, "en")
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Losses rose 4%, according to the Ministry of Defence, Nato and Kyiv.", "the Ministry of Defence"),
        ("Britain and France sent 400 troops, said navy spokesman Tom Reyes.", "Tom Reyes"),
        (
            "The storm destroyed 40 homes, according to the Foreign, Commonwealth and Development Office.",
            "the Foreign, Commonwealth and Development Office",
        ),
    ],
)
def test_english_speaker_near_miss(text: str, speaker: str) -> None:
    (claim,) = extract_claims(text, "en")
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "als erstes" before an adjective and a noun is the first of a kind
        (
            "de",
            "Die Halle war 1994 als erstes ostdeutsches Werk der Firma eröffnet worden.",
            ("ordinal", 1, None, None),
        ),
        ("de", "Als erstes Bundesland hat Bremen die Regel 2021 eingeführt.", ("ordinal", 1, None, None)),
        # a year after "ab" before a noun in -n that a threshold would not count (thresholds are round)
        ("de", "Das Werk soll ab 2029 Solarmodule mit 3 Gigawatt Leistung fertigen.", ("year", 2029, None, None)),
        # an event noun and its year before a plural
        (
            "de",
            "Der Verein hat seit der Gründung 2019 Schulden von 4 Millionen Euro angehäuft.",
            ("year", 2019, None, None),
        ),
        # ages: after a hyphenated description, "since the age of", a pension named by its age, "I'm 61"
        ("en", '"We closed early," said Fargo diner-shop owner Ann Liss, 63.', ("duration", 63, "year", None)),
        ("en", "She had lived in Leeds since the age of seven.", ("duration", 7, "year", None)),
        ("de", "Die Rente mit 63 bleibt für langjährig Versicherte erhalten.", ("duration", 63, "year", None)),
        ("en", 'The so-called "retirement at 60" rule stays in place for miners.', ("duration", 60, "year", None)),
        ("en", '"I\'m 74, and I have never seen prices like this," said Joan Pell.', ("duration", 74, "year", None)),
        # the rest of a tally of votes
        ("de", "Der Rat stimmte mit 31 zu 9 Stimmen bei einer Enthaltung zu.", ("count", 1, None, None)),
        ("de", "Dafür stimmten 44 Mitglieder, 20 dagegen, es gab eine Enthaltung.", ("count", 1, None, None)),
        # a tender "über" its size, a span "über weitere": no hedge
        ("de", "Die zweite Ausschreibung über fünf Gigawatt startet im Mai.", ("count", 5, "Gigawatt", None)),
        ("de", "Eine Folgestudie soll die Patienten über weitere drei Jahre begleiten.", ("duration", 3, "year", None)),
        # a compared count keeps its own measure, not a far smaller duration's
        (
            "en",
            "About 12,400 patients had waited more than 18 weeks, compared with 13,900 a year earlier.",
            ("count", 13900, None, None),
        ),
        # a bare scaled figure after a scaled count goes on counting, not the amount before both
        (
            "en",
            "The 1.2 billion pound terminal will take capacity to 40 million passengers, from 31.5 million last year.",
            ("count", 31500000, None, None),
        ),
        # a bound figure in a clause of its own takes the unit left out
        (
            "de",
            "Die Anklage forderte neun Jahre Haft, die Verteidigung höchstens fünf.",
            ("duration", 5, "year", "at_most"),
        ),
        (
            "en",
            "Prosecutors sought at least 14 years; the defense asked for no more than four.",
            ("duration", 4, "year", "at_most"),
        ),
        # "sechzehn" and its ordinal, ranks past ten in a superlative
        ("de", "Es war der sechzehnte Sieg in Folge.", ("ordinal", 16, None, None)),
        ("de", "Damit ist fast jeder sechzehnte Beschäftigte betroffen.", ("fraction", 0.0625, None, "nearly")),
        ("de", "Der Mai war der zwölftwärmste seit 1881.", ("ordinal", 12, None, None)),
        # a share of a year in one word, an inflected hedge before a scale word
        ("de", "Die Quote liegt seit einem Dreivierteljahr über fünf Prozent.", ("duration", 0.75, "year", None)),
        ("de", "Das Angebot nutzen eine knappe Million Menschen.", ("count", 1000000, "Menschen", "nearly")),
        ("de", "Der Bau kostet eine gute Milliarde Euro.", ("money", 1000000000, "EUR", "over")),
        # odds glued by hyphens
        ("en", "Traders see roughly a two-in-three chance of a cut in March.", ("fraction", 0.6667, None, "about")),
        ("en", "Markets price in less than a one-in-four chance of a hike.", ("fraction", 0.25, None, "under")),
        # one point lost in a poll named in quotes
        (
            "de",
            "Die SPD verliert im ARD-„Deutschlandtrend“ einen Punkt und kommt auf 16 Prozent.",
            ("percent", 1, "pp", None),
        ),
    ],
)
def test_quantity_after_fix(lang: str, text: str, expected: tuple) -> None:
    assert expected in _quantities(text, lang), (text, _quantities(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "unexpected"),
    [
        ("de", "Die Maschine landete auf der Piste 34 in Wien.", ("count", 34, None, None)),
        ("en", "The jet was cleared to land on runway 09 at 6 p.m.", ("count", 9, None, None)),
        ("en", "The airline took delivery of its first Airbus A321-200 on Monday.", ("count", 200, None, None)),
        (
            "en",
            "Whoever treats the office as a family business will answer for it, and treats it as one.",
            ("count", 1, None, None),
        ),
        ("en", "The storm sent one Atlantic low after another across Ireland.", ("count", 1, None, None)),
        ("de", "Der Zweitligist gewann in Kiel.", ("ordinal", 2, None, None)),
    ],
)
def test_no_quantity_after_fix(lang: str, text: str, unexpected: tuple) -> None:
    assert unexpected not in _quantities(text, lang), (text, _quantities(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Gemeinden ab 2000 Einwohnern zahlen die Abgabe.", ("count", 2000, "Einwohnern", None)),
        ("de", "Als Erstes wurden 20 Autos kontrolliert.", ("count", 20, "Autos", None)),
        ("en", "One person died after another was hurt.", ("count", 1, "person", None)),
        ("en", "He registered it as one company in 2020.", ("count", 1, "company", None)),
        ("en", "Staff worked 32 hours a week, down from 38.", ("duration", 38, "hour", None)),
        ("de", "Das dauert mindestens noch zwei Wochen.", ("duration", 2, "week", "at_least")),
        ("de", "Seit über 20 Jahren lebt sie in Graz.", ("duration", 20, "year", "over")),
        ("de", "Auf den Pisten liegen 40 Zentimeter Schnee.", ("count", 40, "Zentimeter", None)),
        ("de", "Das kostet eine Milliarde Euro.", ("money", 1000000000, "EUR", None)),
        ("en", "He took his pension at 60 euros a month.", ("money", 60, "EUR", None)),
    ],
)
def test_near_miss_keeps_its_reading(lang: str, text: str, expected: tuple) -> None:
    assert expected in _quantities(text, lang), (text, _quantities(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Low-cost carrier Flyrio said it had cancelled 230 flights.", "Flyrio"),
        ("en", "State-run broadcaster KBN said 14 people had died.", "KBN"),
        (
            "de",
            "Der Juli war der drittwärmste seit 1881, wie der Deutsche Wetterdienst nach Auswertung seiner rund 2.000 "
            "Stationen mitteilte.",
            "der Deutsche Wetterdienst",
        ),
    ],
)
def test_speaker_after_fix(lang: str, text: str, speaker: str) -> None:
    claims = extract_claims(text, lang)
    assert claims and claims[0].speaker == speaker, [(c.speaker, c.text) for c in claims]


def test_approval_is_a_fact() -> None:
    assert extract_claims("Das Kabinett billigte am Mittwoch den Entwurf für die sogenannte Frühstartrente.", "de")
