"""What an image or a recording shows is the observation a fact-check tests ("Das Video zeigt einen
Konvoi", "Auf der Aufnahme ist eine Sirene zu hören", "A siren is audible in the clip"): the rules
read it as a fact (the learned model may still weigh a figure-less one). Near misses: "zeigt sich"
(a trend, "Ein ähnliches Bild zeigt sich ..."), "zu sehen" without an image, "shows" of a survey."""

import pytest

from claims.extraction import extract_claims
from claims.extraction.worthiness.states import _image_shows


def _rules_worthy(text: str, lang: str) -> bool:
    return bool(extract_claims(text, language=lang, learned=False))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # before: rejected by the rules (no event verb)
        ("de", "Im Video sind mehrere Soldaten in Tarnkleidung zu sehen."),
        ("de", "Auf der Aufnahme ist im Hintergrund eine Sirene zu hören."),
        ("de", "Das Video zeigt einen Konvoi auf einer Landstraße."),
        ("de", "Auf dem Foto ist ein Straßenschild in kyrillischer Schrift zu erkennen."),
        ("en", "The photo shows a convoy on a country road."),
        ("en", "A siren is audible in the background of the clip."),
        ("en", "In the video, a street sign in Cyrillic script can be seen."),
        # near miss that already worked: a figure
        ("en", "The footage shows at least three tanks."),
    ],
)
def test_image_observation_is_a_fact(lang: str, text: str) -> None:
    assert _rules_worthy(text, lang), text


@pytest.mark.parametrize(
    "text",
    [
        "ein ähnliches bild zeigt sich bei den exporten.",
        "die lage ist von weitem zu sehen, sagte er.",
        "the survey shows a clear majority for the plan.",
        "it is clearly visible that the government has failed.",
    ],
)
def test_no_image_no_observation(text: str) -> None:
    assert not _image_shows(text)
