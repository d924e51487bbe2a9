"""An exchange rate "X je/per <currency>" is money in the currency it prices, named before it
with an article (sixty-second batch: "7,1893 je Dollar" after the yuan is CNY). German names
that currency with every case of the article and with "vom"/"beim" ("des Yuan", "den Yuan",
"vom Yen", "beim Franken") and in the genitive ("des Rubels"); before, only "der/die/das"
counted and the rate was a count of dollars. Near misses: unit prices, whose currency stands
before "je" ("2.650 Dollar je Feinunze"), rates already read, and a plain amount. Sample
sentences written for these tests (sample data, copied from no batch or article)."""

import pytest

from claims.extraction import extract_quantities


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


FIXED = [
    ("de", "Peking legte den Referenzkurs des Yuan bei 7,2015 je Dollar fest.", [("money", 7.2015, "CNY", None)]),
    ("de", "Die Notenbank wertete den Yuan auf 7,05 je Dollar ab.", [("money", 7.05, "CNY", None)]),
    ("de", "Moskau stützte den Kurs des Rubels bei 92,5 je Dollar.", [("money", 92.5, "RUB", None)]),
    ("de", "Anleger trennten sich vom Yen, der auf 151,20 je Dollar fiel.", [("money", 151.2, "JPY", None)]),
    ("de", "Händler sehen beim Franken 0,95 je Euro als Untergrenze.", [("money", 0.95, "CHF", None)]),
]
NEAR_MISSES = [
    ("de", "Der Franken notierte bei 0,94 je Euro.", [("money", 0.94, "CHF", None)]),
    ("en", "The bank set the yuan's midpoint at 7.1893 per dollar.", [("money", 7.1893, "CNY", None)]),
    ("de", "Der Preis des Goldes stieg auf 2.650 Dollar je Feinunze.", [("money", 2650, "USD", None)]),
    ("de", "Der Preis des Weizens lag bei 230 Euro je Tonne.", [("money", 230, "EUR", None)]),
    ("de", "Der Euro kostete 1,0842 US-Dollar.", [("money", 1.0842, "USD", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED + NEAR_MISSES)
def test_rate_currency_articles(lang, text, expected):
    assert _found(text, lang) == expected
