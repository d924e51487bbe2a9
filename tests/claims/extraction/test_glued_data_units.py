"""Units glued to a figure: data volumes, data rates, chip structure sizes and calibres are
counts of the figure, hedges kept (fiftieth and fifty-first batches). Sample sentences
written for these tests."""

import pytest

from .test_eighth_batch_fixes import _found

GLUED = [
    ("en", "The leaked archive holds 2.7TB of customer files.", [("count", 2.7, None, None)]),
    ("en", "Each tablet ships with 256GB and costs less.", [("count", 256, None, None)]),
    ("en", "Fibre lines now reach 940Mbps in the valley.", [("count", 940, None, None)]),
    ("en", "The new cable carries up to 5Gbps per household.", [("count", 5, None, "up_to")]),
    ("en", "Rural homes get at least 30Mbit/s under the scheme.", [("count", 30, None, "at_least")]),
    ("en", "The foundry plans 3nm wafers for the new phones.", [("count", 3, None, None)]),
    ("en", "Nearly 800MB of logs were copied.", [("count", 800, None, "nearly")]),
    ("de", "Die Angreifer erbeuteten rund 4TB an Daten.", [("count", 4, None, "about")]),
    ("de", "Der Anschluss schafft bis zu 10Gbit/s im Download.", [("count", 10, None, "up_to")]),
    ("de", "Das Werk fertigt künftig Chips mit 5nm Strukturbreite.", [("count", 5, None, None)]),
]
CALIBRES = [
    ("en", "The army ordered 120mm rounds for its tanks.", [("count", 120, None, None)]),
    ("en", "Output of 105-mm shells doubled.", [("count", 105, None, None)]),
    ("en", "The plant fills 152-millimeter shells for the front.", [("count", 152, None, None)]),
    ("de", "Das Werk liefert 120-Millimeter-Munition an die Truppe.", [("count", 120, None, None)]),
    ("de", "Bestellt wurden Granaten im Kaliber 105 Millimeter.", [("count", 105, None, None)]),
]
# Letters that are no unit stay names; a figure before a spaced unit is read as before.
UNCHANGED = [
    ("en", "The operator switched off its 3G network and expanded 5G.", []),
    ("en", "The 4K screen and the 3D printer were sold.", []),
    ("en", "She finished 2nd in the 10km race.", [("ordinal", 2, None, None), ("count", 10, None, None)]),
    ("de", "Das Netz liefert 500 Mbit/s.", [("count", 500, None, None)]),
    ("de", "Es fielen 40 mm Regen.", [("count", 40, None, None)]),
    ("de", "Die Polizei stellte 9 Pistolen sicher.", [("count", 9, None, None)]),
    ("de", "Die Fregatte vom Typ F126 kostet mehr.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GLUED + CALIBRES + UNCHANGED)
def test_glued_units(lang, text, expected):
    assert _found(text, lang) == expected
