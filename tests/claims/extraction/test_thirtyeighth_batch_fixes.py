"""Speakers and recall the thirty-eighth blind batch's first run missed (market, weather and traffic copy),
in forms of their kinds (sample sentences written for these tests, not rows of any batch or the seed
article), with near misses that keep their output.

- "binnen/innerhalb eines Tages" is a span, not the prophecy "eines Tages" (worthiness/rhetoric.py).
- A body after a first name and a surname, "von der Geosphere Austria", ends the speaker's name as "von
  der Klinik" does (speakers/forward_np_de.py); "Ursula von der Leyen" keeps her particle.
- Professions before a name are titles: "Met Office meteorologist Hannah Cole" (speakers/words.py).
"""

import pytest

from claims.extraction import extract_claims, find_speaker


def test_a_span_of_a_day_is_no_prophecy():
    text = "Der Börsenwert der Bank sank binnen eines Tages um rund 400 Millionen Euro."
    assert extract_claims(text, language="de")


def test_someday_is_still_a_prophecy():
    assert extract_claims("Eines Tages wird die Stadt wieder blühen.", language="de") == []


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "Die Schneefallgrenze sinke auf 800 Meter, sagte Meteorologin Eva Moser von der Geosphere Austria.",
         "Eva Moser"),
        ("de", "Die Pegel stiegen weiter, sagte Hydrologe Tom Weber von der Hydro Consult.", "Tom Weber"),
        ("en", "Temperatures may fall to -6C overnight, said Met Office meteorologist Tom Reid.", "Tom Reid"),
        ("en", "The quake was the strongest in 20 years, said GNS seismologist Ana Ruiz.", "Ana Ruiz"),
        # kept
        ("de", "Die Hilfen stiegen um 3 Prozent, sagte Ursula von der Leyen.", "Ursula von der Leyen"),
        ("de", "Die Zahl sank um 5 Prozent, sagte Oberarzt Peter Huber von der Klinik Ottakring.", "Peter Huber"),
    ],
)
def test_speaker(lang, text, speaker):
    assert find_speaker(text, lang) == speaker
