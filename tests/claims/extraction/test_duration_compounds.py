"""Durations written inside words or left off: milliseconds in seconds, hours and minutes spent
("Flugstunden", "delay minutes"), service intervals in one word ("Halbstundentakt") and the
minutes after hours with their unit left off (forty-eighth to fifty-first batches). Sample
sentences written for these tests."""

import pytest

from .test_eighth_batch_fixes import _found

CHANGED = [
    ("de", "Die Reaktionszeit liegt bei knapp fünf Millisekunden.", [("duration", 0.005, "second", "nearly")]),
    ("en", "Ping times fell to 12 milliseconds.", [("duration", 0.012, "second", None)]),
    ("en", "The switch reacts within 250 milliseconds.", [("duration", 0.25, "second", None)]),
    ("de", "Die Crews sammelten 2.400 Flugstunden auf dem neuen Typ.", [("duration", 2400, "hour", None)]),
    ("de", "Es fielen rund 900 Ausfallminuten an.", [("duration", 900, "minute", "about")]),
    ("de", "Die Pflegekräfte leisten 40 Betreuungsstunden pro Woche.", [("duration", 40, "hour", None)]),
    ("en", "Trainees complete 60 flight hours before the exam.", [("duration", 60, "hour", None)]),
    ("en", "Operators racked up 1.2 million delay minutes last year.", [("duration", 1200000, "minute", None)]),
    ("de", "Die Linie fährt künftig im Halbstundentakt.", [("duration", 0.5, "hour", None)]),
    ("de", "Tagsüber gilt ein Viertelstundentakt.", [("duration", 0.25, "hour", None)]),
    (
        "de",
        "Die Fahrt dauert jetzt 3 Stunden 40.",
        [("duration", 3, "hour", None), ("duration", 40, "minute", None)],
    ),
    (
        "en",
        "The trip now takes 2 hours 15, down from three hours.",
        [("duration", 2, "hour", None), ("duration", 15, "minute", None), ("duration", 3, "hour", None)],
    ),
]
# Energy, hours per week, overtime and counted days stay counts; "Stundentakt" carries no
# figure; a figure after hours that counts something stays a count.
UNCHANGED = [
    ("de", "Das Kraftwerk lieferte 40 Terawattstunden.", [("count", 40, None, None)]),
    ("de", "Lehrkräfte unterrichten 24 Wochenstunden.", [("count", 24, None, None)]),
    ("de", "Die Beschäftigten machten 2,1 Millionen Überstunden.", [("count", 2100000, None, None)]),
    ("de", "Der Prozess ist auf 12 Verhandlungstage angesetzt.", [("count", 12, None, None)]),
    ("en", "The plant produced 300 kilowatt hours.", [("count", 300, None, None)]),
    ("en", "The team played 12 games hours apart.", [("count", 12, None, None)]),
    ("de", "Die Züge fahren im Stundentakt.", []),
    (
        "de",
        "Nach 4 Stunden 20 Minuten war alles vorbei.",
        [("duration", 4, "hour", None), ("duration", 20, "minute", None)],
    ),
    (
        "de",
        "Nach 5 Stunden 120 Einsatzkräfte abgezogen.",
        [("duration", 5, "hour", None), ("count", 120, None, None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CHANGED + UNCHANGED)
def test_duration_compounds(lang, text, expected):
    assert _found(text, lang) == expected
