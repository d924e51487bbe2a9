"""Quantity misses that earlier sessions named and left alone (closing note of 2026-11-26),
each with near misses that must stay as they are. Sample sentences written for these tests.

Conventions come from the blind batches' docstrings; where they are silent, the choice is
said beside the rows.
"""

import pytest

from .test_eighth_batch_fixes import _found

# 1. A glued "m" after a figure with nothing counted after it ("doubled to 1.4m"): the
# batches have "2.4m passengers" as a million, but a bare "1.4m" may be metres too ("the
# river peaked at 4.2m"). Chosen: a million when the sentence names what is counted in
# millions before the figure (sales, viewers, population...) or an amount of money stands
# before it, and nothing in the sentence speaks of a length (high, deep, level, jump...).
# "last"/"next" after a scaled figure are no counted noun, so "1.9bn next year" after
# "£2.3bn" takes the pound, as "nach einem Gewinn von 1,1 Milliarden" takes the euro.
MILLIONS = [
    ("en", "Passenger numbers rose to 4.2m (up 5%).", ("count", 4200000, None, None)),
    ("en", "Sales of the new model doubled to 1.4m in the first half.", ("count", 1400000, None, None)),
    ("en", "The town's population reached 8.1m.", ("count", 8100000, None, None)),
    ("en", "Subscribers climbed to 2.5m, up from 1.9m a year earlier.", ("count", 2500000, None, None)),
    ("en", "Subscribers climbed to 2.5m, up from 1.9m a year earlier.", ("count", 1900000, None, None)),
    ("en", "Viewers fell to 3.2m last week.", ("count", 3200000, None, None)),
    ("en", "The loss narrowed to £1.1m from 1.4m a year earlier.", ("money", 1400000, "GBP", None)),
    ("en", "The fund raised £2.3bn this year and expects 1.9bn next year.", ("money", 1900000000, "GBP", None)),
]
METRES_AND_OTHERS = [
    ("en", "Visitors queued to see the 4.8m (15.7ft) statue.", ("count", 4.8, None, None)),
    ("en", "The river peaked at 4.2m on Sunday.", ("count", 4.2, None, None)),
    ("en", "She cleared 2.05m to win gold.", ("count", 2.05, None, None)),
    ("en", "Sea levels could rise by 1.1m by 2100.", ("count", 1.1, None, None)),
    ("en", "The new sea wall is 3m high.", ("count", 3, None, None)),
    ("en", "Visitors were told to stay 2m apart.", ("count", 2, None, None)),
    ("en", "He won the 400m in 44.1 seconds.", ("count", 400, None, None)),
    ("en", "The app now has 2.5m users.", ("count", 2500000, None, None)),
    ("en", "Profits rose to £2.3bn last year.", ("money", 2300000000, "GBP", None)),
    ("en", "The firm hired 300 last year.", ("count", 300, None, None)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MILLIONS + METRES_AND_OTHERS)
def test_glued_m(lang, text, expected):
    assert expected in _found(text, lang)


# 2. A number word before a unit of time in a German compound is a duration ("fünfstündig",
# "Zwölfstundenstreik" in the sixth batch); one before "-tage-" too, as "four-day week" is.
DE_COMPOUNDS = [
    ("de", "Die Achtstundenschicht wird wieder eingeführt.", [("duration", 8, "hour", None)]),
    ("de", "Der Betrieb führt die Achtstundenschichten wieder ein.", [("duration", 8, "hour", None)]),
    ("de", "Für den Einspruch gilt eine Achtwochenfrist.", [("duration", 8, "week", None)]),
    ("de", "Nach Ablauf der Achtmonatsfrist entscheidet das Amt.", [("duration", 8, "month", None)]),
    ("de", "Die Behörde setzte eine Zehntagesfrist.", [("duration", 10, "day", None)]),
    ("de", "Die Firma testet die Viertagewoche.", [("duration", 4, "day", None)]),
    ("de", "Die Gewerkschaft fordert die Vierzigstundenwoche.", [("duration", 40, "hour", None)]),
    ("de", "Das Sechstagerennen beginnt am Freitag.", [("duration", 6, "day", None)]),
]
DE_COMPOUNDS_UNCHANGED = [
    ("de", "Die Pflegekräfte fordern den Zwölfstundentag nicht zurück.", [("duration", 12, "hour", None)]),
    ("de", "Der Vierstundenstreik legte den Flughafen lahm.", [("duration", 4, "hour", None)]),
    ("de", "Die Dreitagesreise führt nach Wien.", [("duration", 3, "day", None)]),
    ("de", "Es gilt eine Zweiwochenfrist.", [("duration", 2, "week", None)]),
    ("de", "Das ist die achtgrößte Stadt des Landes.", [("ordinal", 8, None, None)]),
    ("de", "Es ist der zweitstärkste Wert seit Jahren.", [("ordinal", 2, None, None)]),
    ("de", "Die drittälteste Kirche brannte ab.", [("ordinal", 3, None, None)]),
    ("de", "Das Achtelfinale beginnt am Samstag.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DE_COMPOUNDS + DE_COMPOUNDS_UNCHANGED)
def test_german_time_compounds(lang, text, expected):
    assert _found(text, lang) == expected


# 3. "nach einem siebenjährigen Flug 2031": a flight number stands after a bare or definite
# "Flug"; after an indefinite article the four digits are a year. A year before an article
# and a noun ("2023 den Umsatz", "2019 die Grenze") counts nothing: an article ("den",
# "die", "dem") never follows a figure that counts the noun. A partitive "der" right after
# the figure ("2000 der Beschäftigten") still counts.
YEAR_NOT_FLIGHT = [
    (
        "de",
        "Die Raumsonde soll nach einem siebenjährigen Flug 2031 den Mars erreichen.",
        [("duration", 7, "year", None), ("year", 2031, None, None)],
    ),
    ("de", "Die Sonde soll 2031 die Umlaufbahn des Saturn erreichen.", [("year", 2031, None, None)]),
    (
        "de",
        "Der Konzern hat 2023 den Umsatz um 5 Prozent gesteigert.",
        [("year", 2023, None, None), ("percent", 5, "%", None)],
    ),
    (
        "de",
        "Von 1618 bis 1648 tobte der Krieg in Mitteleuropa.",
        [("year", 1618, None, None), ("year", 1648, None, None)],
    ),
]
YEAR_NOT_FLIGHT_UNCHANGED = [
    ("de", "Flug 2031 nach Wien fiel am Montag aus.", []),
    ("de", "Der Flug 2031 der Lufthansa landete verspätet.", []),
    ("en", "Flight 2031 to Boston was cancelled.", []),
    ("de", "Rund 2000 der Beschäftigten streikten.", [("count", 2000, None, "about")]),
    ("de", "Die Firma verkaufte 1500 der Wohnungen.", [("count", 1500, None, None)]),
    ("de", "Die Polizei setzte 2000 Beamte ein.", [("count", 2000, None, None)]),
    ("de", "Es warten 40 neue Patienten.", [("count", 40, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), YEAR_NOT_FLIGHT + YEAR_NOT_FLIGHT_UNCHANGED)
def test_year_after_flight_and_before_article(lang, text, expected):
    assert _found(text, lang) == expected


# 4. Ages: "Smith, 58, and Jones, 61, were charged" are ages (sixth batch); a list that ends
# the sentence is an age list too when it names people: after "said", after people ("the
# victims"), ending with "his wife", or German names with an initial ("Maria K., 34") as police
# and courts write them. A medal table or seat count ("Norway, 16, and Germany, 12.") stays counts.
AGES = [
    ("en", "Smith, 67, and his wife, 64.", [("duration", 67, "year", None), ("duration", 64, "year", None)]),
    (
        "en",
        "The victims were named as Smith, 58, and Jones, 61.",
        [("duration", 58, "year", None), ("duration", 61, "year", None)],
    ),
    (
        "en",
        "The fire was spotted by neighbours, said Smith, 58, and Jones, 61.",
        [("duration", 58, "year", None), ("duration", 61, "year", None)],
    ),
    (
        "de",
        "Die Opfer sind Maria K., 34, und Peter L., 61.",
        [("duration", 34, "year", None), ("duration", 61, "year", None)],
    ),
    (
        "de",
        "Angeklagt sind Thomas B., 45, und Sandra W., 39, wegen Betrugs.",
        [("duration", 45, "year", None), ("duration", 39, "year", None)],
    ),
]
AGES_UNCHANGED = [
    (
        "en",
        "The two suspects, Green, 19, and Baker, 22, were arrested.",
        [("count", 2, None, None), ("duration", 19, "year", None), ("duration", 22, "year", None)],
    ),
    (
        "en",
        "The medal table was led by Norway, 16, and Germany, 12.",
        [("count", 16, None, None), ("count", 12, None, None)],
    ),
    (
        "en",
        "The medal table was led by Norway, 16, Germany, 12, and Austria, 9.",
        [("count", 16, None, None), ("count", 12, None, None), ("count", 9, None, None)],
    ),
    ("de", "Es folgen Bayern, 45, und Dortmund, 40.", [("count", 45, None, None), ("count", 40, None, None)]),
    ("de", "Der Lenker (34) wurde verletzt.", [("duration", 34, "year", None)]),
    ("en", "Smith, 58, was arrested on Monday.", [("duration", 58, "year", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), AGES + AGES_UNCHANGED)
def test_age_lists(lang, text, expected):
    assert _found(text, lang) == expected


# 5. A calibre is a physical measure, a count as rain in mm is (fiftieth batch; earlier it was
# read as a name like "F-35", which no labelled batch had decided). Rainfall and other lengths
# in mm stay counts (fourth batch).
CALIBRES = [
    ("en", "The 9mm pistol was found in a bin.", [("count", 9, None, None)]),
    ("en", "Police found a 9mm handgun and 40 rounds.", [("count", 9, None, None), ("count", 40, None, None)]),
    ("en", "Soldiers fired 5.56mm rounds at the car.", [("count", 5.56, None, None)]),
    ("en", "Kyiv received 155mm artillery shells.", [("count", 155, None, None)]),
    ("de", "Er trug eine 9-mm-Pistole bei sich.", [("count", 9, None, None)]),
    ("de", "Er trug eine 9mm-Pistole bei sich.", [("count", 9, None, None)]),
    ("de", "Die Ukraine erhielt 155-mm-Granaten.", [("count", 155, None, None)]),
    ("de", "Geliefert wurde Munition des Kalibers 155 Millimeter.", [("count", 155, None, None)]),
    (
        "de",
        "Die Armee lieferte 10.000 Schuss im Kaliber 155 mm.",
        [("count", 10000, None, None), ("count", 155, None, None)],
    ),
]
CALIBRES_UNCHANGED = [
    ("en", "Rain of 100mm fell overnight.", [("count", 100, None, None)]),
    ("de", "Es fielen 40 mm Regen.", [("count", 40, None, None)]),
    ("de", "Die Polizei stellte 9 Pistolen sicher.", [("count", 9, None, None)]),
    ("en", "Police seized 12 pistols and 300 rounds.", [("count", 12, None, None), ("count", 300, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CALIBRES + CALIBRES_UNCHANGED)
def test_calibres(lang, text, expected):
    assert _found(text, lang) == expected


# 6. "just under" is "under", as "just over" is "over" (ninth batch); so "knapp unter" is
# "under", as "knapp über" is "over". "knapp" alone stays "nearly".
HEDGES = [
    ("en", "The company employs just under 9,000 people.", [("count", 9000, None, "under")]),
    ("de", "Die Firma beschäftigt knapp unter 9.000 Menschen.", [("count", 9000, None, "under")]),
]
HEDGES_UNCHANGED = [
    ("en", "Turnout was just over 60%.", [("percent", 60, "%", "over")]),
    ("en", "The company employs nearly 9,000 people.", [("count", 9000, None, "nearly")]),
    ("de", "Die Firma beschäftigt knapp 9.000 Menschen.", [("count", 9000, None, "nearly")]),
    ("de", "Die Quote lag knapp über 5 Prozent.", [("percent", 5, "%", "over")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HEDGES + HEDGES_UNCHANGED)
def test_just_under(lang, text, expected):
    assert _found(text, lang) == expected


# 7. Money in the currency named after the figure (eighth batch: "151.20 yen", "1,0875
# Dollar"): "lira" and "forint" were known only capitalised, so "500 lira" was a count.
# "The yen traded at 152.40 per dollar" was left here as a count until the lead settled the
# convention (money in the priced currency, 152.40 JPY); the rule and its tests are in
# test_tenth_batch_fixes.py.
RATES = [
    ("en", "The fine was 500 lira.", [("money", 500, "TRY", None)]),
    ("en", "He was paid 20 Turkish lira a day.", [("money", 20, "TRY", None)]),
    ("en", "A ticket costs 300 forint.", [("money", 300, "HUF", None)]),
]
RATES_UNCHANGED = [
    ("en", "The dollar rose to 151.20 yen.", [("money", 151.2, "JPY", None)]),
    ("de", "Der Euro kostete 1,0875 Dollar.", [("money", 1.0875, "USD", None)]),
    ("de", "Brent kostete 78,60 Dollar je Barrel.", [("money", 78.6, "USD", None)]),
    ("de", "Die Strafe betrug 500 Lira.", [("money", 500, "TRY", None)]),
    ("en", "The yen rose 0.5% against the dollar.", [("percent", 0.5, "%", None)]),
    ("en", "The firm earned 3.20 per share.", [("count", 3.2, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RATES + RATES_UNCHANGED)
def test_currency_names(lang, text, expected):
    assert _found(text, lang) == expected


# 8. Years before 1800 in what a wire story writes: after "gegründet", "geboren", "starb",
# "founded", "born" and the records nouns ("seit Beginn der Aufzeichnungen 1767", as
# "Messungen 1767" in the ninth batch); before a participle that dates a thing ("wurde 1291
# gegründet"; "erbaut", "geboren" and the like, which may follow a bare count, only after
# a singular "wurde", "ist", "war"); between an article and such a participle ("die 1755 erbaute
# Kirche"); in brackets as a range ("(1756-1763)"); and "the 1648 treaty" (a year before a
# singular noun, as "the 2024 election"). Bare counts and counted nouns stay counts.
OLD_YEARS = [
    ("de", "Die Eidgenossenschaft wurde 1291 gegründet.", [("year", 1291, None, None)]),
    ("de", "Die Stadt, gegründet 1291, feiert ihr Jubiläum.", [("year", 1291, None, None)]),
    ("de", "Der Friede wurde 1648 in Münster unterzeichnet.", [("year", 1648, None, None)]),
    ("de", "Der Ort wurde 1156 erstmals urkundlich erwähnt.", [("year", 1156, None, None)]),
    ("de", "So warm war es seit Beginn der Aufzeichnungen 1767 nie.", [("year", 1767, None, None)]),
    ("en", "The 1648 treaty ended the war.", [("year", 1648, None, None)]),
    ("de", "Die 1755 erbaute Kirche brannte ab.", [("year", 1755, None, None)]),
    ("de", "Die Reste des 1648 geschlossenen Friedens sind ausgestellt.", [("year", 1648, None, None)]),
    ("de", "Die Kirche wurde 1755 erbaut.", [("year", 1755, None, None)]),
    ("de", "Mozart wurde 1756 in Salzburg geboren.", [("year", 1756, None, None)]),
    ("de", "Er starb 1791 in Wien.", [("year", 1791, None, None)]),
    (
        "de",
        "Der Siebenjährige Krieg (1756-1763) veränderte Europa.",
        [("duration", 7, "year", None), ("year", 1756, None, None), ("year", 1763, None, None)],
    ),
    ("en", "Harvard, founded 1636, is the oldest.", [("year", 1636, None, None)]),
]
OLD_YEARS_UNCHANGED = [
    ("en", "The college was founded in 1624.", [("year", 1624, None, None)]),
    ("de", "Das Gesetz gilt seit 1756.", [("year", 1756, None, None)]),
    ("de", "Die Zahl der Toten stieg auf 1291.", [("count", 1291, None, None)]),
    ("de", "Insgesamt wurden 1500 gezählt.", [("count", 1500, None, None)]),
    ("de", "Die Firma errichtet 1500 Wohnungen.", [("count", 1500, None, None)]),
    ("en", "The 1500 workers will lose their jobs.", [("count", 1500, None, None)]),
    ("en", "The death toll stood at 1624.", [("count", 1624, None, None)]),
    ("de", "Im vergangenen Jahr wurden 1500 errichtet.", [("count", 1500, None, None)]),
    ("de", "Die 1500 gebauten Wohnungen sind vermietet.", [("count", 1500, None, None)]),
    ("de", "Seit Januar haben 1500 unterzeichnet.", [("count", 1500, None, None)]),
    ("de", "An der Krankheit sind bislang 1500 gestorben.", [("count", 1500, None, None)]),
    ("en", "The 1500 metre race was cancelled.", [("count", 1500, None, None)]),
    ("en", "The index tested the 1500 mark again.", [("count", 1500, None, None)]),
    ("en", "The company built 1500 last year.", [("count", 1500, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OLD_YEARS + OLD_YEARS_UNCHANGED)
def test_years_before_1800(lang, text, expected):
    assert _found(text, lang) == expected
