"""Fixes of session twenty-three: misses the first runs of blind batches 421 and up showed (each
positive case failed before its fix), beside near misses that must stay as they were. Sample
sentences of our own writing."""

import pytest

from claims.extraction import extract_claims
from claims.extraction.quantities import extract_quantities


def _found(text: str, lang: str) -> list:
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected", "absent"),
    [
        # a share after "or", its "of ..." left out because a share of something stood before it
        (
            "Airlines must cancel half of their flights at Orly, or a third at Marseille, the regulator said.",
            "en",
            ("fraction", 0.3333, None, None),
            ("ordinal", 3, None, None),
        ),
        (
            "Half of the funds go to schools or a third to hospitals.",
            "en",
            ("fraction", 0.3333, None, None),
            ("ordinal", 3, None, None),
        ),
        # a share of a percentage point with the hyphen short of "point"
        (
            "The Fed is expected to cut its benchmark rate by a quarter-percentage point in September.",
            "en",
            ("percent", 0.25, "pp", None),
            None,
        ),
        ("It raised rates by a half-percentage point, the bank said.", "en", ("percent", 0.5, "pp", None), None),
        # ages at a step of a life
        (
            "Born in Lyon in 1938, she bought her first camera at 15 with money earned selling flowers.",
            "en",
            ("duration", 15, "year", None),
            ("count", 15, None, None),
        ),
        (
            "Quayle-Ramsden, the third of four sisters, trained as a botanist before joining the BBC at 26.",
            "en",
            ("duration", 26, "year", None),
            ("count", 26, None, None),
        ),
        (
            "Tomasz Brandt, who plays the cook, made his screen debut at 62 and is the first actor in the role.",
            "en",
            ("duration", 62, "year", None),
            ("count", 62, None, None),
        ),
        # near misses: no person opens the sentence, a price
        ("Siemens shares rose before joining the index at 30.", "en", None, ("duration", 30, "year", None)),
        ("The fund bought its first stake at 15 cents a share.", "en", ("money", 0.15, "USD", None), None),
        # runways, flight numbers and aircraft types name things
        ("Die Sanierung der Piste 16/34 beginne im Mai, sagte er.", "de", None, ("count", 34, None, None)),
        (
            "Flight U2 2317, carrying 176 passengers, landed about 90 minutes later.",
            "en",
            ("count", 176, "passengers", None),
            ("count", 2317, None, None),
        ),
        ("Der Flug EW 9462 nach Palma fiel aus.", "de", None, ("count", 9462, None, None)),
        (
            "Deliveries rose to 53, including seven 787 Dreamliners.",
            "en",
            ("count", 7, None, None),
            ("count", 787, None, None),
        ),
        ("Typ PzH 2000 wird bis 2027 geliefert.", "de", None, ("count", 2000, None, None)),
    ],
)
def test_quantities(text: str, lang: str, expected: tuple | None, absent: tuple | None) -> None:
    found = _found(text, lang)
    if expected is not None:
        assert expected in found, found
    if absent is not None:
        assert absent not in found, found


def test_speaker_of_a_share_sentence() -> None:
    text = "Airlines must cancel half of their flights at Orly, or a third at Marseille, the regulator said."
    assert extract_claims(text, "en")[0].speaker == "the regulator"


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # an English name in German copy
        (
            "Der Ausschuss entschied mit 7:2 Stimmen, wie die Bank of England am Donnerstag mitteilte.",
            "de",
            "die Bank of England",
        ),
        ("Nach Angaben der Bank of England stieg die Inflation auf 3 Prozent.", "de", "die Bank of England"),
        (
            "Die Inflation stieg auf 3 Prozent, sagte ein Sprecher der Bank of Japan.",
            "de",
            "ein Sprecher der Bank of Japan",
        ),
        # a role before the name in apposition
        (
            "The other dissenter, external MPC member Harriet Coldicott, said she favoured a quarter-point cut.",
            "en",
            "Harriet Coldicott",
        ),
        (
            "The chair, deputy governor Harriet Coldicott, said rates would fall by 0.25 points.",
            "en",
            "Harriet Coldicott",
        ),
        ("The factory owner, Helen Cross, said 40 jobs would go.", "en", "Helen Cross"),
    ],
)
def test_speakers(text: str, lang: str, speaker: str) -> None:
    claims = extract_claims(text, lang)
    assert claims and claims[0].speaker == speaker


def test_no_speaker_after_an_adverbial_opener() -> None:
    text = "On Monday, deputy governor Harriet Coldicott, said rates would fall by 0.25 points."
    assert extract_claims(text, "en")[0].speaker is None
