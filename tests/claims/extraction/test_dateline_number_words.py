"""A capitalised German number word right after a dateline's dash opens the sentence (own sample sentences).

Mid-sentence capitalised number words stay nouns ("die Elf", "außer Acht"); after "Ort (Agentur) - " or an
en or em dash the word is the first of the lead, as after a full stop.
"""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang="de"):
    return [(q.kind, q.value, q.unit) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Linz (APA) - Vier Prozent der Betriebe haben heuer Kurzarbeit beantragt.", [("percent", 4, "%")]),
        ("Kiel (dpa) – Sechs Wochen vor der Wahl führt die SPD in den Umfragen.", [("duration", 6, "week")]),
        ("Chur (SDA) — Zwölf Lawinen gingen am Wochenende in Graubünden ab.", [("count", 12, "Lawinen")]),
    ],
)
def test_number_word_after_a_dateline_dash(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Elf aus Graz gewann am Samstag.",
        "Das ließ der Trainer außer Acht.",
        "Der Sender Nord-Drei zeigt das Spiel.",
        "Im Finale - die Elf spielte stark - fiel kein Tor.",
    ],
)
def test_capitalised_number_words_inside_a_sentence_stay_nouns(text):
    assert _found(text) == []
