"""A battery's power and storage written "300MW/600MWh" are two counts (the slash separates the
measures, fifty-seventh batch); gas volumes abbreviated with a scale letter ("bcm" billion cubic
metres, "tcm", "Bcf", "tcf"; and "mcm", million cubic metres, since session twenty) are multiplied by it,
as "bn" is. Near misses: a rate after a slash ("95g/km", "24kWh/100km"), a capitalised acronym ("TCM"). Sample
sentences written for these tests (copied from no batch or article)."""

import pytest

from .test_eighth_batch_fixes import _found

FIXED = [
    ("en", "The 50MW/100MWh storage site opens in May.", [("count", 50, None, None), ("count", 100, None, None)]),
    ("en", "Its 2GW/8GWh reservoir is the largest.", [("count", 2, None, None), ("count", 8, None, None)]),
    ("de", "Der 20MW/40MWh-Speicher ging ans Netz.", [("count", 20, None, None), ("count", 40, None, None)]),
    ("en", "Gazprom shipped 15.4 bcm to China.", [("count", 15400000000, None, None)]),
    ("en", "Qatar holds about 24 tcm of reserves.", [("count", 24000000000000, None, "about")]),
    ("en", "Output climbed to 3.1 Bcf a day.", [("count", 3100000000, None, None)]),
    ("en", "Exports hit nearly 40bcm in the winter.", [("count", 40000000000, None, "nearly")]),
    ("de", "Die Speicher fassen rund 23 bcm Erdgas.", [("count", 23000000000, None, "about")]),
]
UNCHANGED = [
    ("en", "The turbine is rated at 15MW.", [("count", 15, None, None)]),
    ("en", "A 1.5GW wind farm yields 2,700kWh per home.", [("count", 1.5, None, None), ("count", 2700, None, None)]),
    ("en", "The van uses 24kWh/100km.", [("count", 100, None, None)]),
    ("en", "The model emits 95g/km.", []),
    ("en", "The 12 TCM members met.", [("count", 12, None, None)]),
    # ("mcm" is million cubic metres in gas markets' copy since session twenty, as batch 345 labels it)
    ("en", "Flows fell to 300 mcm a day.", [("count", 300_000_000, None, None)]),
    ("en", "The 300 MW/600 MWh unit is spaced.", [("count", 300, None, None), ("count", 600, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + UNCHANGED)
def test_power_storage_and_gas_volumes(lang, text, expected):
    assert _found(text, lang) == expected
