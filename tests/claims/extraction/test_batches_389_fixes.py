"""Fixes of session twenty-two: misses the first runs of blind batches 389 and up showed (each
positive case failed before its fix), beside near misses that must stay as they were. Sample
sentences of our own writing."""

import pytest

from claims.extraction import extract_claims
from claims.extraction.quantities import extract_quantities


def _found(text: str, lang: str) -> list:
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected", "absent"),
    [
        # scale words and thousands signs
        ("TOKYO TRADE SURPLUS 1.84 TRLN YEN IN MAY", "en", ("money", 1840000000000, "JPY", None), None),
        ("Der Umsatz stieg auf 84,2 Mill. Euro, teilte die Firma mit.", "de", ("money", 84200000, "EUR", None), None),
        ("Das Ebit lag bei 2.114 T€ nach 1.870 T€ im Vorjahr.", "de", ("money", 2114000, "EUR", None), None),
        # hedges
        ("The bronze has sold for upward of $3 million before.", "en", ("money", 3000000, "USD", "over"), None),
        ("The altarpiece, carved c. 1480, was restored last year.", "en", ("year", 1480, None, "about"), None),
        # ages bounded before a participle
        (
            "The share of renters aged under 30 rising to 41% worried the agency.",
            "en",
            ("duration", 30, "year", "under"),
            ("count", 30, "rising", "under"),
        ),
        # German ranks: a pair of readings, a compound after the dot, a place
        ("Der Landtag hat das Gesetz in 2./3. Lesung verabschiedet.", "de", ("ordinal", 2, None, None), None),
        ("Der Landtag hat das Gesetz in 2./3. Lesung verabschiedet.", "de", ("ordinal", 3, None, None), None),
        ("Der Nationalrat beschloss die Novelle in 3. Lesung.", "de", ("ordinal", 3, None, None), None),
        ("Am 7./8. Mai tagt der Rat in Wien.", "de", ("date", "--05-07", None, None), ("ordinal", 7, None, None)),
        ("Zum 12. 24-Stunden-Lauf kamen 400 Starter.", "de", ("ordinal", 12, None, None), ("count", 12, None, None)),
        ("Sie steht in der Startliste an sechster Stelle.", "de", ("ordinal", 6, None, None), None),
        # stages of a stage race
        (
            "He lost four minutes after a crash on stage seven of the race, his team said.",
            "en",
            ("ordinal", 7, None, None),
            None,
        ),
        ("Stage 9 finishes with a 14 km climb to the ski station.", "en", ("ordinal", 9, None, None), None),
        ("Eskom said Stage 6 load-shedding would continue.", "en", ("count", 6, "load-shedding", None), None),
        # mixed numbers, grain prices, odds and shares
        ("The reliever worked 2 2/3 innings without a hit.", "en", ("count", 2.6667, "innings", None), None),
        ("Soybeans settled up 3-1/4 cents at $10.42-3/4 a bushel.", "en", ("money", 10.4275, "USD", None), None),
        (
            "Traders priced a 1-in-3 chance of a rate rise in June.",
            "en",
            ("fraction", 0.3333, None, None),
            ("count", 3, "chance", None),
        ),
        (
            "Agents said about one listing in four was sold above the asking price.",
            "en",
            ("fraction", 0.25, None, "about"),
            None,
        ),
        (
            "The probe will pass at one-and-a-quarter times the distance to the moon.",
            "en",
            ("count", 1.25, "times", None),
            None,
        ),
        ("Der Index gab um ein Viertelprozent nach.", "de", ("percent", 0.25, "%", None), None),
        # years: what falls due, and an asteroid's designation
        ("Die Firma will die 2028 fälligen Anleihen vorzeitig tilgen.", "de", ("year", 2028, None, None), None),
        ("The object, designated 2031 QF4, is about 90 metres across.", "en", None, ("year", 2031, None, None)),
        ("In 2025 US exports of soybeans fell.", "en", ("year", 2025, None, None), None),
        # points of a share
        (
            "The Greens were polling near 14%, about three points below their 2021 result.",
            "en",
            ("percent", 3, "pp", "about"),
            None,
        ),
        ("The Conservative share in the seat fell by 11 points on 2019.", "en", ("percent", 11, "pp", None), None),
        (
            "The Dow closed 0.8% higher, 310 points above its low of the day.",
            "en",
            ("count", 310, "points", None),
            None,
        ),
        # race gaps and metres
        ("She moved up to fourth overall, 2:41 behind the leader.", "en", ("duration", 41, "second", None), None),
        ("The bus left at 10:15 behind schedule.", "en", None, ("duration", 15, "second", None)),
        ("Her win leaves her second in the Diamond League 400m standings.", "en", ("count", 400, None, None), None),
        (
            "Der Schweizerin fehlten nur neun Hundertstel zum Landesrekord über 400 Meter.",
            "de",
            ("duration", 0.09, "second", None),
            None,
        ),
        # a poll's last share left bare, and its changes in brackets
        ("Die SPD kam in der Umfrage auf 21 Prozent, die Linke auf neun.", "de", ("percent", 9, "%", None), None),
        (
            "Im Trend liegt die CDU bei 31 Prozent (+2), die SPD bei 19 Prozent (–1).",
            "de",
            ("percent", -1, "pp", None),
            ("count", -1, None, None),
        ),
        ("Im Trend liegt die CDU bei 31 Prozent (+2).", "de", ("percent", 2, "pp", None), None),
        ("Reform 29% (-3), Labour 24% (+1).", "en", ("percent", -3, "pp", None), None),
        ("Die Quote lag bei 31 Prozent (2024).", "de", ("year", 2024, None, None), None),
        # a place behind a rival's lead
        ("Brazil supplied 41% of the beans, with Vietnam a distant second.", "en", ("ordinal", 2, None, None), None),
        ("Officials took a close look at the second bid.", "en", ("ordinal", 2, None, None), None),
        ("Okafor won the 800m in 1:43.10, with Lindqvist second in 1:43.55.", "en", ("ordinal", 2, None, None), None),
        # second round (batches 397-404): a scaled figure before a product noun used as a modifier
        ("Around 2.4 million car trips are forecast for the holiday.", "en", ("count", 2400000, "car", "about"), None),
        ("It was launched on a Falcon 9 rocket.", "en", None, ("count", 9, "rocket", None)),
        ("Der Richtwert liegt jenseits der Ein-Prozent-Schwelle.", "de", ("percent", 1, "%", None), None),
        (
            "Die Regierung kontrolliert nicht einmal zwei Drittel des Landes.",
            "de",
            ("fraction", 0.6667, None, "under"),
            None,
        ),
        ("Der Umsatz sank auf 41,2 (Vj. 44,9) Millionen Euro.", "de", ("money", 44900000, "EUR", None), None),
        (
            "Der Bund zahlt 3,1 Milliarden Euro und damit eine halbe Milliarde mehr als geplant.",
            "de",
            ("money", 500000000, "EUR", None),
            None,
        ),
        ("Eine halbe Million Menschen kamen zum Fest.", "de", ("count", 500000, "Menschen", None), None),
        ("Exports grew 2.7% over 2023, the agency said.", "en", ("year", 2023, None, None), None),
        ("Die Firma stellt für 2029 neues Wachstum in Aussicht.", "de", ("year", 2029, None, None), None),
        ("Es entstehen 2000 neue Stellen.", "de", ("count", 2000, "Stellen", None), None),
        ("About 380,000 second homes would pay the surcharge.", "en", ("count", 380000, "second", "about"), None),
        ("Strikes on June 3, 10, 17 and 24 will close the line.", "en", ("date", "--06-17", None, None), None),
        ("Patients were assigned in a 3:1 ratio to the drug.", "en", ("count", 3, None, None), None),
        ("Die Teilnehmer wurden im Verhältnis 2:1 zugeteilt.", "de", ("count", 2, None, None), None),
        ("Bayern gewann 3:1 gegen Köln.", "de", None, ("count", 3, None, None)),
        # third round (batches 405-412): flashes in capitals
        ("HALWARD: UMSATZ 2030 BEI 4,2 MRD EURO", "de", ("year", 2030, None, None), None),
        ("BUNDESBANK SENKT PROGNOSE – WACHSTUM 0,4 PROZENT", "de", ("percent", 0.4, "%", None), None),
        ("TELWYN INTERIM DIVIDEND 8.2P; LAUNCHES £150M BUYBACK", "en", ("money", 0.082, "GBP", None), None),
        ("TELWYN INTERIM DIVIDEND 8.2P; LAUNCHES £150M BUYBACK", "en", ("money", 150000000, "GBP", None), None),
        # shares, scales, years and hedges
        (
            "Half the rise came from ice melt and the remaining third from warming water.",
            "en",
            ("fraction", 0.3333, None, None),
            None,
        ),
        ("In the third round, the remaining third seed lost.", "en", None, ("fraction", 0.3333, None, None)),
        (
            "Der Detektor zeichnete rund 2,5 Billiarden Kollisionen auf.",
            "de",
            ("count", 2500000000000000, "Kollisionen", "about"),
            None,
        ),
        ("The ice sheet could recover to its 1990 extent around 2071.", "en", ("year", 2071, None, "about"), None),
        ("The crowd grew to around 2000.", "en", ("count", 2000, None, "about"), None),
        ("Seit dem Höchststand um 1860 schrumpfen die Gletscher.", "de", ("year", 1860, None, "about"), None),
        ("Nigh on one in six workers is self-employed.", "en", ("fraction", 0.1667, None, "nearly"), None),
        ("Riders get a maximum of 40 hours to finish the course.", "en", ("duration", 40, "hour", "at_most"), None),
        ("Das Ticket kostet künftig 30 Rp. mehr.", "de", ("money", 0.3, "CHF", None), None),
        ("Gasoline rose 7¢ a gallon in a week.", "en", ("money", 0.07, "USD", None), None),
        ("Core inflation eased 0.3 ppt to 3.1%.", "en", ("percent", 0.3, "pp", None), None),
        ("Die beiden Täter waren zu dritt unterwegs.", "de", ("count", 3, None, None), None),
        ("Es kam zu acht Unfällen.", "de", ("count", 8, "Unfällen", None), None),
        ("* Combined ratio: 94.2%, an improvement of 1.8 points", "en", ("percent", 1.8, "pp", None), None),
        ("The Dax rose 1.2%, a gain of 220 points.", "en", ("count", 220, "points", None), None),
        # ages
        (
            "The judge set a minimum term of nine years for Connor Whitby, 34.",
            "en",
            ("duration", 34, "year", None),
            None,
        ),
        ("The youngest was 15 when she joined the group.", "en", ("duration", 15, "year", None), None),
        ("The score was 18 when rain stopped play.", "en", None, ("duration", 18, "year", None)),
        # date ranges, grades, seeds
        ("16.04.–18.04.2031 | Wien | Frühjahrstagung", "de", ("date", "2031-04-16", None, None), None),
        ("Some 64.1 per cent of entries were awarded grade 4 or above.", "en", ("count", 4, None, "at_least"), None),
        (
            "First round: 7-Lena Marchetti (Italy) beat Sofia Brandt (Germany) 6-3 6-4",
            "en",
            ("ordinal", 7, None, None),
            None,
        ),
        # fourth round (batches 413-420)
        ("Support fell between the first and second round of polling.", "en", ("ordinal", 2, None, None), None),
        ("At first and second glance it looked fine.", "en", None, ("ordinal", 2, None, None)),
        (
            "Der Bund will knapp zwölf Milliarden mehr ausgeben, insgesamt 88,1 Milliarden Euro.",
            "de",
            ("money", 12000000000, "EUR", "nearly"),
            None,
        ),
        ("Es kamen 2 Millionen mehr, insgesamt 40 Millionen Besucher.", "de", ("count", 2000000, None, None), None),
        ("Delhi recorded a maximum of 45.6 degrees Celsius on Tuesday.", "en", ("count", 45.6, "degrees", None), None),
        (
            "Das Gericht verurteilte die Brüder zu acht und sechseinhalb Jahren Haft.",
            "de",
            ("duration", 8, "year", None),
            None,
        ),
        ("Die Quote legte um 0,3 Punkte zu und erreichte 5,9 Prozent.", "de", ("percent", 0.3, "pp", None), None),
        ("Der Dax stieg um 120 Punkte oder 0,6 Prozent.", "de", ("count", 120, "Punkte", None), None),
        # a currency hyphened to a figure in words
        ("A ten-yen move in the currency shifts profit by 40 billion yen.", "en", ("money", 10, "JPY", None), None),
    ],
)
def test_quantities(text: str, lang: str, expected: tuple | None, absent: tuple | None) -> None:
    found = _found(text, lang)
    if expected is not None:
        assert expected in found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Zahlen teilte das Statistische Bundesamt am Dienstag mit.", "das Statistische Bundesamt"),
        ("Die Einzelheiten teilte die Polizei erst am Abend mit.", "die Polizei"),
        (
            "Rund 2,3 Millionen Menschen haben nach Angaben der Landeswahlleiterin Wahlscheine beantragt.",
            "die Landeswahlleiterin",
        ),
        ("Der Passauer Spediteur Holger Brandl sagte, die Maut koste ihn 40.000 Euro.", "Holger Brandl"),
        (
            "Fakten: Die Landeswahlleitung teilte mit, es seien 31.206 Stimmen abgegeben worden.",
            "die Landeswahlleitung",
        ),
        (
            "Die Stadt habe 40 Millionen Euro ausgegeben, sagte der 52-jährige Bürgermeister Jonas Reiter.",
            "Jonas Reiter",
        ),
        ("Es gebe bundesweit erst 86 Ladepunkte für Lkw, so von der Heide.", "von der Heide"),
        # near misses: the subject before the verb stays the speaker
        ("Die Polizei teilte die Zahlen am Abend mit.", "die Polizei"),
        ("Die Zahlen sind hoch, sagte der Minister am Montag.", "der Minister"),
    ],
)
def test_speakers(text: str, speaker: str) -> None:
    claims = extract_claims(text, "de")
    assert claims and claims[0].speaker == speaker


def test_name_with_diacritics_in_english_apposition() -> None:
    text = "Austria's climate envoy, Verena Großwöhr, told Reuters that Vienna would pay 900 million euros."
    assert extract_claims(text, "en")[0].speaker == "Verena Großwöhr"
