"""Sentence splitting: German ordinals at a sentence opening, US state abbreviations in datelines.

All sentences here are sample data written for these tests.
"""

import pytest

from claims.extraction import split_sentences

# Each text must come back as exactly these sentences.
KEEP_TOGETHER = [
    # A German ordinal whose governing word opens the sentence (capitalised) or sits behind
    # an opening quote or bracket.
    ("Zum 25. Jahrestag der Gründung kamen rund 4000 Gäste. Es gab Musik.",
     ["Zum 25. Jahrestag der Gründung kamen rund 4000 Gäste.", "Es gab Musik."]),
    ("Im 3. Quartal sank der Umsatz um 4 Prozent. Die Aktie fiel.",
     ["Im 3. Quartal sank der Umsatz um 4 Prozent.", "Die Aktie fiel."]),
    ("Beim 7. Versuch gelang die Landung. Alle jubelten.",
     ["Beim 7. Versuch gelang die Landung.", "Alle jubelten."]),
    ("Der 1. Weltkrieg endete 1918. Millionen waren tot.",
     ["Der 1. Weltkrieg endete 1918.", "Millionen waren tot."]),
    ("Die 4. Klasse fährt nach Salzburg. Der Bus ist bestellt.",
     ["Die 4. Klasse fährt nach Salzburg.", "Der Bus ist bestellt."]),
    ("Seinen 90. Geburtstag feierte er im Dorf. Viele kamen.",
     ["Seinen 90. Geburtstag feierte er im Dorf.", "Viele kamen."]),
    ("Vom 2. Stock aus sah man den Rauch. Niemand wurde verletzt.",
     ["Vom 2. Stock aus sah man den Rauch.", "Niemand wurde verletzt."]),
    ("„Zum 10. Mal stehen wir hier“, sagte sie. Dann ging sie.",
     ["„Zum 10. Mal stehen wir hier“, sagte sie.", "Dann ging sie."]),
    ("Die Feier (zum 50. Jubiläum) war gut besucht. Es regnete.",
     ["Die Feier (zum 50. Jubiläum) war gut besucht.", "Es regnete."]),
    # A noun that is counted ordinally keeps the digits even without an article before them.
    ("Nach 2. Weltkrieg und Besatzung kam der Aufbau. Er dauerte Jahre.",
     ["Nach 2. Weltkrieg und Besatzung kam der Aufbau.", "Er dauerte Jahre."]),
    ("Bis 3. Quartal soll das Werk stehen. Der Bau beginnt bald.",
     ["Bis 3. Quartal soll das Werk stehen.", "Der Bau beginnt bald."]),
    # US datelines with an AP-style state abbreviation before the wire credit.
    ("TAMPA, Fla. (AP) — A storm knocked out power to 20,000 homes. Crews were out overnight.",
     ["TAMPA, Fla. (AP) — A storm knocked out power to 20,000 homes.", "Crews were out overnight."]),
    ("SACRAMENTO, Calif. (Reuters) - The state approved a $2 billion budget. It passed easily.",
     ["SACRAMENTO, Calif. (Reuters) - The state approved a $2 billion budget.", "It passed easily."]),
    ("PEORIA, Ill. (AP) — Corn prices fell 3%. Farmers were worried.",
     ["PEORIA, Ill. (AP) — Corn prices fell 3%.", "Farmers were worried."]),
    ("CHARLESTON, W.Va. (AP) — Two mines closed this year. Hundreds lost jobs.",
     ["CHARLESTON, W.Va. (AP) — Two mines closed this year.", "Hundreds lost jobs."]),
    ("OLYMPIA, Wash. (AP) — Lawmakers passed the bill 30-19. The governor signed it.",
     ["OLYMPIA, Wash. (AP) — Lawmakers passed the bill 30-19.", "The governor signed it."]),
    ("BATON ROUGE, La. –The levee held overnight. Residents returned.",
     ["BATON ROUGE, La. –The levee held overnight.", "Residents returned."]),
    ("EVANSVILLE, Ind. (AFP) - The plant closed on Friday. It had 300 workers.",
     ["EVANSVILLE, Ind. (AFP) - The plant closed on Friday.", "It had 300 workers."]),
    ("He lives near Tampa, Fla. with his wife. They have two sons.",
     ["He lives near Tampa, Fla. with his wife.", "They have two sons."]),
]

# Near misses: a real sentence end that must still split.
STILL_SPLIT = [
    ("Die Zahl der Verletzten stieg auf 30. Die Behörden warnten.",
     ["Die Zahl der Verletzten stieg auf 30.", "Die Behörden warnten."]),
    ("Gewonnen hat die Nummer 12. Jahre später erinnert sich keiner.",
     ["Gewonnen hat die Nummer 12.", "Jahre später erinnert sich keiner."]),
    ("Das Team wurde 3. Klasse war das nicht.",
     ["Das Team wurde 3.", "Klasse war das nicht."]),
    ("Im Jahr 2019 waren es 40. Im Jahr darauf 55.",
     ["Im Jahr 2019 waren es 40.", "Im Jahr darauf 55."]),
    ("Er zog nach Tampa, Fla. The next day he started work.",
     ["Er zog nach Tampa, Fla.", "The next day he started work."]),
    ("He moved to Washington, D.C. The next day he met the senator.",
     ["He moved to Washington, D.C.", "The next day he met the senator."]),
    ("She grew up in Wheeling, W.Va. Her father was a miner.",
     ["She grew up in Wheeling, W.Va.", "Her father was a miner."]),
    ("The firm is based in Atlanta, Ga. Its rival is in Texas.",
     ["The firm is based in Atlanta, Ga.", "Its rival is in Texas."]),
    ("He felt ill. (His doctor was away.) He went home.",
     ["He felt ill.", "(His doctor was away.)", "He went home."]),
    ("They moved to Portland, Ore. (The rent was lower there.)",
     ["They moved to Portland, Ore.", "(The rent was lower there.)"]),
]


def _check(text, expected):
    got = split_sentences(text)
    assert [s.text for s in got] == expected
    for s in got:
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize(("text", "expected"), KEEP_TOGETHER, ids=[c[0][:30] for c in KEEP_TOGETHER])
def test_kept_together(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), STILL_SPLIT, ids=[c[0][:30] for c in STILL_SPLIT])
def test_still_split(text, expected):
    _check(text, expected)
