"""People waiting or wading and things drifting in a disaster's streets, and people weeping or embracing in a
courtroom or at a border, are scene colour without a figure (own sentences, written for these tests; seven
rows of earlier batches label weeping and embracing a negative).

Each rejected row was returned before "waited"/"waded"/"treiben" became scene words; each kept row is a wait
or a drift of the same shape with a figure, which must stay returned.
"""

import pytest

from claims.extraction import extract_claims

REJECTED = [
    ("en", "Relatives waited outside the school gates until dawn, some holding candles."),
    ("en", "Pensioners waded through knee-deep water carrying their shopping."),
    ("de", "Auf dem Dorfplatz treiben Holzbalken, Mülltonnen und ein umgestürzter Kühlschrank."),
    ("en", "At the checkpoint, families embraced as the buses from the south arrived."),
    ("de", "Im Gerichtssaal weinten die Eltern des Opfers, als das Urteil verlesen wurde."),
    ("en", "Supporters cheered and applauded as the count finished in the town hall."),
    ("en", "Parents waited outside the station, some clutching photographs of their children."),
]

KEPT = [
    ("en", "Patients waited an average of 14 hours for a bed at the county hospital last winter."),
    ("de", "Im Schnitt warteten Reisende 45 Minuten auf einen Ersatzbus."),
    ("de", "Nach dem Dammbruch trieben rund 300 Rinder durch die überfluteten Felder."),
    ("en", "About 40 relatives wept and embraced as the 12 freed hostages stepped off the plane."),
]


@pytest.mark.parametrize("lang,text", REJECTED)
def test_scene_is_rejected(lang, text):
    assert extract_claims(text, language=lang) == []


@pytest.mark.parametrize("lang,text", KEPT)
def test_wait_with_a_figure_is_kept(lang, text):
    assert extract_claims(text, language=lang)
