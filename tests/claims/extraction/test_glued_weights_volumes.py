"""Weights and volumes glued to a figure ("a 250g block", "330ml", "ein 1,5l-Fläschchen") are
counts of the figure, as "A 45-kg bag" and "je 250-Gramm-Packung" are (forty-second and
fifty-fourth batches); capital letters and network generations stay names. Sample sentences
written for these tests."""

import pytest

from .test_eighth_batch_fixes import _found

GLUED = [
    ("en", "Shoppers paid £3.10 for a 400g jar of coffee.", [("money", 3.1, "GBP", None), ("count", 400, None, None)]),
    ("en", "The brewer cut its 330ml cans to 300ml.", [("count", 330, None, None), ("count", 300, None, None)]),
    ("en", "A 75cl bottle of the red now costs $19.", [("count", 75, None, None), ("money", 19, "USD", None)]),
    ("en", "Nearly 2l of water per person is rationed.", [("count", 2, None, "nearly")]),
    ("en", "It sells a 16oz steak and a 5lb bag of rice.", [("count", 16, None, None), ("count", 5, None, None)]),
    ("de", "Die 500g-Packung Nudeln kostet nun 1,19 Euro.", [("count", 500, None, None), ("money", 1.19, "EUR", None)]),
    ("de", "Die 1,5l-Flasche Saft wurde 20 Cent teurer.", [("count", 1.5, None, None), ("money", 0.2, "EUR", None)]),
    ("de", "Rund 250ml Milch reichen dafür.", [("count", 250, None, "about")]),
    ("de", "Ein Glas mit 2dl Wein kostet 6 Franken.", [("count", 2, None, None), ("money", 6, "CHF", None)]),
]
# Capital letters and mobile generations name things; a glued symbol before "/" is a rate.
UNCHANGED = [
    ("en", "The operator retired its 3g network last year.", []),
    ("en", "Older 4g phones will stop working.", []),
    ("en", "The 3D printer and a 4K screen were sold.", []),
    ("en", "The model emits 95g/km.", []),
    ("de", "Die 3G-Regel gilt ab Montag.", []),
    ("de", "Das 5g-Netz wird ausgebaut.", []),
    ("de", "Es fielen 20 l Regen.", [("count", 20, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GLUED + UNCHANGED)
def test_glued_weights_volumes(lang, text, expected):
    assert _found(text, lang) == expected
