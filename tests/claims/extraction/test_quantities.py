"""Quantity extraction: every kind in German and English, hedges, and things that are not quantities."""

import pytest

from claims.extraction import KINDS, QUALIFIERS, extract_quantities

ANY = object()  # the unit is not checked


def q(kind, value, unit=ANY, qualifier=None):
    return (kind, value, unit, qualifier)


CASES = [
    # --- count -------------------------------------------------------------------------
    ("de", "Der Sender zeigte den 10-Punkte-Plan der Regierung.", [q("count", 10, "Punkte")]),
    ("de", "Das habe sie schon 100 Mal erklärt, sagte die Ministerin.", [q("count", 100, "times")]),
    ("de", "Die Mannschaft wurde viermal Meister.", [q("count", 4, "times")]),
    ("de", "Der Kanzler reiste zweimal nach Peking.", [q("count", 2, "times")]),
    ("de", "Der Umsatz wuchs um das Dreifache.", [q("count", 3, "times")]),
    ("de", "Die Firma ist dreifacher Weltmarktführer.", [q("count", 3, "times")]),
    ("en", "Police arrested two dozen protesters outside parliament.", [q("count", 24, "protesters")]),
    ("en", "A dozen ships were waiting at the port.", [q("count", 12, "ships")]),
    ("de", "Über 3.000 Soldaten wurden in die Region verlegt.", [q("count", 3000, "Soldaten", "over")]),
    ("de", "Die Stadt hat etwa 2,4 Millionen Einwohner.", [q("count", 2400000, "Einwohner", "about")]),
    ("de", "Rund 12.500 Menschen demonstrierten in Graz.", [q("count", 12500, "Menschen", "about")]),
    ("de", "Knapp 900 Haushalte waren ohne Strom.", [q("count", 900, "Haushalte", "nearly")]),
    ("de", "Mehr als 40 zusätzliche Busse fahren ab Montag.", [q("count", 40, "Busse", "over")]),
    ("de", "Bis zu 15.000 Besucher werden erwartet.", [q("count", 15000, "Besucher", "up_to")]),
    ("de", "Mindestens sieben Menschen kamen ums Leben.", [q("count", 7, "Menschen", "at_least")]),
    ("de", "Fast 200 Flüge fielen aus.", [q("count", 200, "Flüge", "nearly")]),
    ("en", "More than 3,000 troops were deployed.", [q("count", 3000, "troops", "over")]),
    ("en", "Nearly 900 households lost power.", [q("count", 900, "households", "nearly")]),
    ("en", "About 2.4 million people live in the city.", [q("count", 2400000, "people", "about")]),
    ("en", "At least seven people were killed.", [q("count", 7, "people", "at_least")]),
    ("en", "Up to 15,000 visitors are expected.", [q("count", 15000, "visitors", "up_to")]),
    ("en", "Almost 40 buses were cancelled.", [q("count", 40, "buses", "nearly")]),
    ("en", "Some 250 firefighters fought the blaze.", [q("count", 250, "firefighters", "about")]),
    ("de", "Zwölf Abgeordnete stimmten dagegen.", [q("count", 12, "Abgeordnete")]),
    ("de", "Die Polizei nahm dreiundzwanzig Verdächtige fest.", [q("count", 23, "Verdächtige")]),
    ("en", "Twenty-one lawmakers abstained.", [q("count", 21, "lawmakers")]),
    ("en", "The company will cut two hundred and fifty jobs.", [q("count", 250, "jobs")]),
    ("de", "Das Erdbeben hatte eine Stärke von 6,8.", [q("count", 6.8, None)]),
    ("de", "Die Temperatur fiel auf minus 12 Grad.", [q("count", -12, "Grad")]),
    ("de", "2000 Soldaten sind an der Übung beteiligt.", [q("count", 2000, "Soldaten")]),
    ("de", "Eine zwölfköpfige Delegation reiste nach Kiew.", [q("count", 12)]),
    ("en", "The three-time champion lost in the final.", [q("count", 3, "times")]),
    ("en", "The economy grew twice as fast as forecast.", [q("count", 2, "times")]),
    # --- ordinal ----------------------------------------------------------------------
    ("de", "Es war das sechste Treffen der beiden Minister.", [q("ordinal", 6, None)]),
    ("de", "Die Partei gewann zum zweiten Mal die Wahl.", [q("ordinal", 2, None)]),
    ("en", "Negotiators began the 12th round of talks.", [q("ordinal", 12, None)]),
    ("de", "Linz ist die drittgrößte Stadt Österreichs.", [q("ordinal", 3, None)]),
    ("de", "Der Verein liegt am 5. Spieltag auf Platz drei.", [q("ordinal", 5, None), q("ordinal", 3, None)]),
    ("de", "In der 78. Minute fiel das Tor.", [q("ordinal", 78, None)]),
    ("en", "It is the country's second-largest bank.", [q("ordinal", 2, None)]),
    ("en", "He won a third term in office.", [q("ordinal", 3, None)]),
    ("en", "The storm was the fifth to hit the coast this year.", [q("ordinal", 5, None)]),
    ("de", "Die einundzwanzigste Sitzung endete ohne Ergebnis.", [q("ordinal", 21, None)]),
    ("en", "The 21st summit ended without a deal.", [q("ordinal", 21, None)]),
    ("de", "Die Zentralbank senkte die Zinsen zum vierten Mal in Folge.", [q("ordinal", 4, None)]),
    # --- fraction ---------------------------------------------------------------------
    ("de", "Russland kontrolliert ein Fünftel des Gebiets.", [q("fraction", 0.2, None)]),
    ("de", "Drei Viertel der Befragten stimmten zu.", [q("fraction", 0.75, None)]),
    ("de", "Jeder vierte Betrieb meldet Kurzarbeit.", [q("fraction", 0.25, None)]),
    ("de", "Ein Drittel der Schulen ist geschlossen.", [q("fraction", 0.3333, None)]),
    ("de", "Zwei Drittel der Mitglieder stimmten zu.", [q("fraction", 0.6667, None)]),
    ("de", "Mehr als die Hälfte der Stimmen ging an die Opposition.", [q("fraction", 0.5, None, "over")]),
    ("de", "Jeder zehnte Haushalt ist betroffen.", [q("fraction", 0.1, None)]),
    ("en", "One-fifth of the territory is occupied.", [q("fraction", 0.2, None)]),
    ("en", "Two-fifths of voters backed the plan.", [q("fraction", 0.4, None)]),
    ("en", "A quarter of the budget goes to defence.", [q("fraction", 0.25, None)]),
    ("en", "Two thirds of members approved the deal.", [q("fraction", 0.6667, None)]),
    ("en", "One in four adults is affected.", [q("fraction", 0.25, None)]),
    ("en", "Nearly half of the respondents disagreed.", [q("fraction", 0.5, None, "nearly")]),
    ("en", "A third of the schools remain closed.", [q("fraction", 0.3333, None)]),
    ("en", "Three-quarters of the crops were lost.", [q("fraction", 0.75, None)]),
    # --- percent ----------------------------------------------------------------------
    ("de", "Die Inflation lag im Oktober bei 4,7 Prozent.", [q("percent", 4.7, "%")]),
    ("de", "Die Arbeitslosigkeit stieg auf 12%.", [q("percent", 12, "%")]),
    ("de", "Die Partei verlor 3,5 Prozentpunkte.", [q("percent", 3.5, "pp")]),
    ("de", "Die Notenbank hob den Leitzins um 25 Basispunkte an.", [q("percent", 25, "bp")]),
    ("de", "Rund fünf Prozent der Stimmen waren ungültig.", [q("percent", 5, "%", "about")]),
    ("en", "Inflation eased to 2.4 percent in March.", [q("percent", 2.4, "%")]),
    ("en", "Turnout was 61.5%, officials said.", [q("percent", 61.5, "%")]),
    ("en", "The party gained 3 percentage points.", [q("percent", 3, "pp")]),
    ("en", "Unemployment rose to 5.1 per cent.", [q("percent", 5.1, "%")]),
    ("de", "Die Preise stiegen zwischen 3 und 5 Prozent.", [q("percent", 3, "%"), q("percent", 5, "%")]),
    ("en", "Growth of 20-25% is forecast.", [q("percent", 20, "%"), q("percent", 25, "%")]),
    # --- duration ---------------------------------------------------------------------
    ("de", "Nach dem fünfstündigen Treffen gab es keine Erklärung.", [q("duration", 5, "hour")]),
    ("de", "Die dreitägige Reise führt nach Japan.", [q("duration", 3, "day")]),
    ("en", "The president begins a two-week visit to Asia.", [q("duration", 2, "week")]),
    ("de", "Die Sitzung wurde für zehn Minuten unterbrochen.", [q("duration", 10, "minute")]),
    ("de", "Der Prozess dauerte 18 Monate.", [q("duration", 18, "month")]),
    ("en", "The strike lasted 48 hours.", [q("duration", 48, "hour")]),
    ("en", "He was sentenced to 12 years in prison.", [q("duration", 12, "year")]),
    ("de", "Ein 45-jähriger Mann wurde festgenommen.", [q("duration", 45, "year")]),
    ("en", "A 10-year-old boy was rescued.", [q("duration", 10, "year")]),
    ("de", "Die Verhandlungen dauerten eineinhalb Jahre.", [q("duration", 1.5, "year")]),
    ("de", "Der Zug stand eine halbe Stunde still.", [q("duration", 0.5, "hour")]),
    ("en", "The meeting lasted half an hour.", [q("duration", 0.5, "hour")]),
    ("de", "Der 24-Stunden-Streik legte den Verkehr lahm.", [q("duration", 24, "hour")]),
    ("de", "Die Waffenruhe gilt seit zwei Wochen.", [q("duration", 2, "week")]),
    ("de", "Der Konflikt dauert seit zwei Jahrzehnten an.", [q("duration", 20, "year")]),
    ("en", "It was the first such visit in three decades.", [q("ordinal", 1, None), q("duration", 30, "year")]),
    ("de", "Der Gipfel endete nach einer zweistündigen Debatte.", [q("duration", 2, "hour")]),
    ("en", "The ceasefire held for 72 hours.", [q("duration", 72, "hour")]),
    # --- money ------------------------------------------------------------------------
    ("de", "Der Bund stellt 1,8 Milliarden Euro bereit.", [q("money", 1800000000, "EUR")]),
    ("en", "The firm raised $4.5 million.", [q("money", 4500000, "USD")]),
    ("en", "The club paid 300 million pounds for the stadium.", [q("money", 300000000, "GBP")]),
    ("en", "The EU approved €20bn in aid.", [q("money", 20000000000, "EUR")]),
    ("en", "The deal is worth £300m.", [q("money", 300000000, "GBP")]),
    ("de", "Das Paket kostet 300 Mio. Dollar.", [q("money", 300000000, "USD")]),
    ("de", "Der Schaden beträgt rund 2,5 Mrd. Euro.", [q("money", 2500000000, "EUR", "about")]),
    ("de", "Die Stadt erhält eine Million Euro.", [q("money", 1000000, "EUR")]),
    ("de", "Ein Liter kostet 1,79 Euro.", [q("money", 1.79, "EUR")]),
    ("de", "Die Schulden wuchsen auf 3 Billionen Euro.", [q("money", 3000000000000, "EUR")]),
    ("en", "The fine was 2 billion dollars.", [q("money", 2000000000, "USD")]),
    ("de", "Der Konzern zahlt 50 Millionen Franken.", [q("money", 50000000, "CHF")]),
    ("de", "Russland verlor 40 Milliarden Rubel.", [q("money", 40000000000, "RUB")]),
    ("en", "Canberra pledged 100 million Australian dollars.", [q("money", 100000000, "AUD")]),
    ("de", "Die Hilfe umfasst 3 bis 4 Milliarden Euro.",
     [q("money", 3000000000, "EUR"), q("money", 4000000000, "EUR")]),
    ("en", "Tickets cost 50 cents more.", [q("money", 0.5, "USD")]),
    ("en", "Japan spent ¥3 trillion on the programme.", [q("money", 3000000000000, "JPY")]),
    ("de", "Das 10-Millionen-Euro-Programm startet im Mai.", [q("money", 10000000, "EUR")]),
    # --- year and date ----------------------------------------------------------------
    ("de", "Seit 2019 ist er Präsident.", [q("year", 2019, None)]),
    ("en", "Since 2019 he has led the party.", [q("year", 2019, None)]),
    ("de", "Im März 2024 begann der Bau.", [q("year", 2024, None)]),
    ("de", "Das Treffen fand am 3. Dezember 2025 statt.", [q("date", "2025-12-03", None)]),
    ("de", "Am 3. Dezember kam es zu Protesten.", [q("date", "--12-03", None)]),
    ("de", "Die Frist endet am 15.01.2026.", [q("date", "2026-01-15", None)]),
    ("en", "The vote was held on December 3, 2025.", [q("date", "2025-12-03", None)]),
    ("en", "Talks resume on 3 March 2026.", [q("date", "2026-03-03", None)]),
    ("en", "The report was published on 2024-06-30.", [q("date", "2024-06-30", None)]),
    ("de", "Zwischen 2019 und 2022 stiegen die Preise.", [q("year", 2019, None), q("year", 2022, None)]),
    ("en", "By 2030 emissions must fall.", [q("year", 2030, None)]),
    # --- more wire forms ---------------------------------------------------------------
    ("en", "The 2024 election drew a record turnout.", [q("year", 2024, None)]),
    ("en", "The talks dragged on for two and a half years.", [q("duration", 2.5, "year")]),
    ("de", "Die Gewerkschaft fordert eine fünfprozentige Lohnerhöhung.", [q("percent", 5, "%")]),
    ("de", "Vereinbart wurde eine 5,3-prozentige Steigerung.", [q("percent", 5.3, "%")]),
    ("de", "Die Quote stieg von 3,1 auf 3,4 Prozent.", [q("percent", 3.1, "%"), q("percent", 3.4, "%")]),
    ("en", "Debt reached $1.2trn last year.", [q("money", 1200000000000, "USD")]),
    ("en", "The buyer paid EUR 300 million.", [q("money", 300000000, "EUR")]),
    ("de", "Die Bank zahlte CHF 10 Mio. an Strafe.", [q("money", 10000000, "CHF")]),
    ("de", "Ein Brot kostet 25 Cent mehr.", [q("money", 0.25, "EUR")]),
    ("en", "The fund took a 25% stake for 5.5bn euros.", [q("percent", 25, "%"), q("money", 5500000000, "EUR")]),
    ("de", "Die Feier zum 75. Jahrestag ist am 3. Oktober.", [q("ordinal", 75, None), q("date", "--10-03", None)]),
    ("en", "The deadline is Dec. 2, 2025.", [q("date", "2025-12-02", None)]),
    ("de", "Die Zahl der Toten stieg auf 1.200, mehr als 5000 wurden verletzt.",
     [q("count", 1200, None), q("count", 5000, None, "over")]),
    # --- found on blind batches ------------------------------------------------------
    ("de", "Der Konzern will rund 3 000 Stellen abbauen.", [q("count", 3000, "Stellen", "about")]),
    ("de", "Die Firma beschäftigt 12\u202f500 Mitarbeiter.", [q("count", 12500, "Mitarbeiter")]),
    ("de", "Es waren 12\u2009500 Menschen.", [q("count", 12500, "Menschen")]),
    ("en", "The storm cut power to 300 000 homes.", [q("count", 300000, "homes")]),
    ("de", "Die Rechnung lautet auf 2 500,50 Euro.", [q("money", 2500.5, "EUR")]),
    ("en", "On May 5 200 people marched.", [q("date", "--05-05", None), q("count", 200, "people")]),
    ("de", "Seit 2019 300 Fälle.", [q("year", 2019, None), q("count", 300, "Fälle")]),
    ("de", "Die Sanierung dauert ein halbes Jahr.", [q("duration", 0.5, "year")]),
    ("de", "Die Koalition verfügt im Landtag über 29 Sitze.", [q("count", 29, "Sitze")]),
    ("de", "Die Ukraine erhält einen Kredit über 20 Milliarden Euro.", [q("money", 20000000000, "EUR")]),
    # (the plural too: batch 102, "Scheinrechnungen über 212 Millionen Euro")
    ("de", "Die Firma stellte Rechnungen über 4,5 Millionen Euro aus.", [q("money", 4500000, "EUR")]),
    ("de", "Die Stimmung kippte nach über 3 Stunden.", [q("duration", 3, "hour", "over")]),
    # "bis zu" between the two ends of a range joins them; before a lone figure it hedges.
    ("de", "Die Kosten liegen bei 3 bis zu 5 Milliarden Euro.",
     [q("money", 3000000000, "EUR"), q("money", 5000000000, "EUR")]),
    ("de", "Die Kosten liegen bei bis zu 5 Milliarden Euro.", [q("money", 5000000000, "EUR", "up_to")]),
    # A quote or bracket opening right before the hedge keeps it a hedge.
    ("en", "“About 70% of our staff work from home,” the company said.", [q("percent", 70, "%", "about")]),
    ("de", "Es kamen (rund 300 Menschen) zu der Kundgebung.", [q("count", 300, "Menschen", "about")]),
    # Measures written onto the digits are counts with their unit, like "100 mm".
    ("en", "Up to 100mm of rain fell in parts of Cumbria overnight.", [q("count", 100, "mm", "up_to")]),
    ("de", "In Graz fielen 45mm Regen, der Wind erreichte 120km/h.", [q("count", 45, "mm"), q("count", 120, "km/h")]),
    ("en", "The 5G network uses 3D antennas.", []),
    # A noun that governs "über"/"over" makes it no hedge; the same word after a verb is one.
    ("de", "Es ging um die russische Kontrolle über ein Fünftel des Staatsgebiets.", [q("fraction", 0.2)]),
    ("de", "Russland kontrolliert über ein Fünftel des Staatsgebiets.", [q("fraction", 0.2, None, "over")]),
    ("de", "Der Export macht über 40 Prozent der Wirtschaftsleistung aus.", [q("percent", 40, "%", "over")]),
    ("de", "Der Streit über drei Milliarden Euro an Hilfen dauert an.", [q("money", 3000000000, "EUR")]),
    ("en", "The talks covered sovereignty over a fifth of the territory.", [q("fraction", 0.2)]),
    ("en", "Russian forces control over a fifth of the territory.", [q("fraction", 0.2, None, "over")]),
    ("en", "The fund lost 4.7 billion Norwegian crowns.", [q("money", 4700000000, "NOK")]),
    ("en", "Eskom needs 254 billion rand.", [q("money", 254000000000, "ZAR")]),
    ("en", "It paid 300 million Mexican pesos.", [q("money", 300000000, "MXN")]),
    ("de", "Es kostet 5 Millionen schwedische Kronen.", [q("money", 5000000, "SEK")]),
    ("en", "The state spent ₹500 crore.", [q("money", 5000000000, "INR")]),
    ("en", "Workers get a one-off payment of 1,500 euros.", [q("money", 1500, "EUR")]),
    ("en", "The airline carried 2.4m passengers.", [q("count", 2400000, "passengers")]),
    ("en", "It paid 5m euros.", [q("money", 5000000, "EUR")]),
    ("en", "She won the 400m hurdles.", [q("count", 400, None)]),
    ("en", "The drug cut deaths by a third in the trial.", [q("fraction", 0.3333, None)]),
    ("en", "It was followed by a third attack.", [q("ordinal", 3, None)]),
    ("en", "The port's first strike halted shipping.", [q("ordinal", 1, None)]),
    ("de", "Dafür ist eine Zwei-Drittel-Mehrheit nötig.", [q("fraction", 0.6667, None)]),
    ("de", "Dafür braucht es eine Zweidrittelmehrheit.", [q("fraction", 0.6667, None)]),
    ("de", "Damals lebten doppelt so viele Menschen im Tal.", [q("count", 2, "times")]),
    ("de", "Die Kosten stiegen um das Doppelte.", [q("count", 2, "times")]),
    ("de", "Sie hat die doppelte Staatsbürgerschaft.", []),
    ("de", "Es kostet eine halbe Million Euro.", [q("money", 500000, "EUR")]),
    ("en", "The government will sell half a million barrels.", [q("count", 500000, "barrels")]),
    ("en", "Growth is expected to slow in mid-2026.", [q("year", 2026, None)]),
    ("de", "Die Wahl findet vom 6. bis 9. Juni statt.", [q("date", "--06-06", None), q("date", "--06-09", None)]),
    ("de", "Der Rat tagt am 3. und 4. Dezember 2025.", [q("date", "2025-12-03", None), q("date", "2025-12-04", None)]),
    ("en", "The deal is valued at $1.2-1.5 billion.", [q("money", 1200000000, "USD"), q("money", 1500000000, "USD")]),
    ("en", "It will cost €2-3bn.", [q("money", 2000000000, "EUR"), q("money", 3000000000, "EUR")]),
    # A season gives both years (thirty-fifth batch's decision; it was no quantity before).
    ("de", "Die Saison 2023/24 war erfolgreich.", [q("year", 2023, None), q("year", 2024, None)]),
    # --- not quantities ---------------------------------------------------------------
    ("de", "Das Treffen begann um 16.00 Uhr.", []),
    ("de", "Die Sitzung beginnt um 9 Uhr.", []),
    ("en", "The session starts at 4 p.m. local time.", []),
    ("de", "Das Dokument Nr. 5 liegt vor.", []),
    ("de", "Die NATO berief sich auf Artikel 5.", []),
    ("de", "Die G7 und die G20 berieten über Covid-19.", []),
    ("de", "Bayern gewann das Spiel mit 3:1.", []),
    ("en", "Chelsea won 2-0 at home.", []),
    ("de", "In den 1990er Jahren wuchs die Stadt.", []),
    ("en", "In the 1990s the city grew.", []),
    ("de", "Tausende Menschen protestierten.", []),
    ("en", "No one was injured in the fire.", []),
    ("de", "Das Wichtigste ist, dass einer zuhört.", []),
    ("de", "Der Airbus A380 landete sicher.", []),
    ("en", "The service runs 24/7.", []),
    ("de", "Er achtet auf Details, sagte die Trainerin.", []),
    ("de", "Die Elf spielte stark.", []),
    ("de", "Erst am Abend kam die Nachricht.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_quantities(lang, text, expected):
    found = extract_quantities(text, lang)
    got = [(x.kind, x.value, x.unit, x.qualifier) for x in found]
    assert len(got) == len(expected), got
    for (kind, value, unit, qual), exp in zip(got, expected, strict=True):
        assert kind == exp[0], got
        if isinstance(exp[1], float):
            assert value == pytest.approx(exp[1], abs=1e-4), got
        else:
            assert value == exp[1], got
        if exp[2] is not ANY:
            assert unit == exp[2], got
        assert qual == exp[3], got


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_spans_round_trip(lang, text, expected):
    # Offsets are into the text given, also when it is embedded in a longer document.
    prefix = "Vorspann.\n\n" if lang == "de" else "Lead.\n\n"
    doc = prefix + text + "\nNext line."
    for x in extract_quantities(doc, lang):
        assert doc[x.start : x.end] == x.surface
        assert x.kind in KINDS
        assert x.qualifier is None or x.qualifier in QUALIFIERS


def test_surfaces_cover_the_expression():
    text = "Über 3.000 Soldaten, 1,8 Milliarden Euro und ein Fünftel des Landes."
    surfaces = [x.surface for x in extract_quantities(text, "de")]
    assert surfaces == ["3.000 Soldaten", "1,8 Milliarden Euro", "ein Fünftel"]


def test_digit_grouping_follows_the_language():
    assert extract_quantities("Es kamen 3.000 Menschen.", "de")[0].value == 3000
    assert extract_quantities("It drew 3,000 people.", "en")[0].value == 3000
    assert extract_quantities("Der Wert lag bei 2,4 Punkten.", "de")[0].value == 2.4
    assert extract_quantities("The index fell 2.4 points.", "en")[0].value == 2.4
    assert extract_quantities("Es waren 1.234.567 Stimmen.", "de")[0].value == 1234567


def test_values_are_json_numbers():
    (x,) = extract_quantities("Der Bund zahlt 2,4 Millionen Euro.", "de")
    assert x.value == 2400000 and isinstance(x.value, int)
    assert x.to_dict() == {
        "kind": "money", "value": 2400000, "unit": "EUR", "start": 15, "end": 33,
        "surface": "2,4 Millionen Euro", "qualifier": None,
    }


def test_language_is_detected_when_not_given():
    assert extract_quantities("Die Stadt hat 3.000 Einwohner und wächst.")[0].value == 3000
    assert extract_quantities("The town has 3,000 residents and is growing.")[0].value == 3000


def test_no_quantities_in_empty_text():
    assert extract_quantities("") == []
    assert extract_quantities("Keine Zahlen hier.", "de") == []
