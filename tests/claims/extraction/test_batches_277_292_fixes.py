"""Fixes prompted by the first runs of blind batches 277-292 and misses of 266 left over (each case failed
before its fix), beside near misses that must stay as they were. Sample sentences of our own writing."""

import pytest

from claims.extraction import extract_claims

from .metrics import quantity_rows as _quantities


def _claims(text: str, lang: str) -> list[tuple[str, float]]:
    return [(c.text, c.score) for c in extract_claims(text, language=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a results line without a verb: the result is the record
        ("de", "SV Werder Bremen – VfL Bochum 2:0 (1:0)"),
        ("de", "Handball, Bundesliga: THW Kiel – SG Flensburg-Handewitt 31:29"),
        ("de", "Eishockey, DEL, 9. Runde: Eisbären Berlin – Adler Mannheim 3:2 n.P."),
        ("de", "Tennis, Halbfinale: Lena Vogt (GER) – Ana Ribeiro (POR) 7:6 (7:3), 6:2"),
        ("en", "Bristol City 3 Millwall 0"),
    ],
)
def test_results_line_is_check_worthy(lang: str, text: str) -> None:
    claims = _claims(text, lang)
    assert len(claims) == 1 and claims[0][0] == text, claims


def test_clock_times_are_no_results_line() -> None:
    assert _claims("Öffnungszeiten: Montag – Freitag 8:00", "de") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # scores in agate carry no count, also before a bracket or parted by a comma in a line of results
        ("en", "NHL results on Friday: Boston Bruins 4 Ottawa Senators 3 (SO)"),
        ("en", "WNBA results: Liberty 88, Sparks 79; Aces 91, Storm 85."),
    ],
)
def test_agate_scores_carry_no_count(lang: str, text: str) -> None:
    assert [q for q in _quantities(text, lang) if q[0] == "count"] == [], _quantities(text, lang)


def test_temperatures_in_a_list_stay_counts() -> None:
    text = "Top temperatures: Perth 33, Darwin 35, Hobart 21."
    assert [q[1] for q in _quantities(text, "en")] == [33, 35, 21]


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        # "N. Runde"/"N. Etappe", and a numbered item after a comma or a colon: one line, not two sentences
        ("Radsport, Tour de Suisse, 5. Etappe: Sieg für Marco Keller", 5),
        ("Fußball, 3. Liga, 14. Runde: Der Spitzenreiter verlor 0:2", 14),
        ("Gesamtwertung nach der Etappe: 1. Marco Keller (SUI), 2. Jonas Brenner (GER)", 2),
    ],
)
def test_ordinal_item_does_not_end_a_sentence(text: str, ordinal: int) -> None:
    claims = extract_claims(text, language="de", min_score=0.0)
    assert len(claims) == 1 and claims[0].speaker is None, [(c.text, c.speaker) for c in claims]
    assert ("ordinal", ordinal) in [(q.kind, q.value) for q in claims[0].quantities]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a headline's rank with its article dropped, before a period or a stage of play
        ("en", "Factory orders fall for second straight month - survey", ("ordinal", 2, None, None)),
        ("en", "Cricket-India reach 301 for six on first day of second test", ("ordinal", 1, None, None)),
        # a part of a count before "davon" is no year
        ("de", "Rund 5300 Menschen wurden abgeschoben, 1870 davon nach Georgien.", ("count", 1870, None, None)),
        # the other side of a tally, whatever the sentence is about
        ("en", "Lawmakers rejected raising the retirement age by 14 votes to 11.", ("count", 11, None, None)),
        # an age between commas after a person and a place
        ("de", "Ein Rentner aus Simmering, 81, sagte, er warte seit Monaten.", ("duration", 81, "year", None)),
        # a call-off from a framework contract names its size, no hedge
        ("de", "Ein zweiter Abruf über 40.000 Schuss sei erfolgt.", ("count", 40000, "Schuss", None)),
        # dates in capitals
        ("en", "OCT 9 (Reuters) - Copper rose 1% on Thursday.", ("date", "--10-09", None, None)),
        ("en", "EMBARGOED UNTIL 0001 GMT FRIDAY JUNE 12", ("date", "--06-12", None, None)),
        # a figure corrected takes the unit of the one it corrects
        ("de", "Sie hatte 0,38 und nicht 0,83 Sekunden Rückstand.", ("duration", 0.38, "second", None)),
        # "unter" before those examined is among them
        ("de", "Der Wert ist der höchste unter 61 untersuchten Städten.", ("count", 61, "Städten", None)),
        # a scorer's second goal, the name written once
        ("en", "Scorers: Leeds - Marwood 8, 77; Kettering 40", ("ordinal", 77, None, None)),
        # an amount in words before a glued "m"
        ("en", "The club paid 30 million pounds, rising to 36m with add-ons.", ("money", 36000000, "GBP", None)),
    ],
)
def test_quantity_after_fix(lang: str, text: str, expected: tuple) -> None:
    assert expected in _quantities(text, lang), (text, _quantities(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "unexpected"),
    [
        ("de", "ROUNDUP 3: Piloten stimmen für Streik", ("count", 3)),
        ("en", "A Long March 5 rocket lifted off on Tuesday.", ("date", "--03-05")),
        ("de", "Fußball, 2. Bundesliga: Hertha BSC – Hannover 96 1:1 (0:0)", ("count", 96)),
    ],
)
def test_no_such_reading_after_fix(lang: str, text: str, unexpected: tuple) -> None:
    assert unexpected not in [q[:2] for q in _quantities(text, lang)], (text, _quantities(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "In Hannover 96 Menschen wurden verletzt.", [("count", 96, "Menschen", None)]),
        (
            "de",
            "Seit 2019 davon betroffen sind 300 Betriebe.",
            [("year", 2019, None, None), ("count", 300, "Betriebe", None)],
        ),
        ("en", "The vote is on March 5.", [("date", "--03-05", None, None)]),
        ("de", "Die Temperatur lag unter 5 Grad.", [("count", 5, "Grad", "under")]),
        ("de", "Die Mieten liegen unter 12 Euro je Quadratmeter.", [("money", 12, "EUR", "under")]),
        ("en", "The wall is 52m high.", [("count", 52, None, None)]),
        ("de", "Die Stadt Linz aus Oberösterreich, 78, hat gewonnen.", [("count", 78, None, None)]),
    ],
)
def test_near_miss_keeps_its_reading(lang: str, text: str, expected: list) -> None:
    assert _quantities(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # ranks and offices before a name are roles
        ("de", "Heeresinspekteur Volker Brandhorst sagte, das Heer brauche 200 Panzer.", "Volker Brandhorst"),
        ("de", "Staatsrätin Corinne Favre sagte, der Kanton spare 12 Millionen Franken.", "Corinne Favre"),
        ("en", "County Supervisor Dana Whitlock said the county would spend $12 million.", "Dana Whitlock"),
        # a role after a body's name in lower case
        ("de", "ifo-Forscher Klaus Wendler sagte, die Produktion sinke um 2 Prozent.", "Klaus Wendler"),
    ],
)
def test_speaker_after_fix(lang: str, text: str, speaker: str) -> None:
    claims = extract_claims(text, language=lang)
    assert claims and claims[0].speaker == speaker, [(c.text, c.speaker) for c in claims]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a goal line's or a table's label is no speaker
        ("en", "Goals: Leeds, Marwood 8, Kettering 40."),
        ("de", "Tore: 1:0 Berger (12.), 2:0 Hofer (58.)."),
    ],
)
def test_line_label_is_no_speaker(lang: str, text: str) -> None:
    assert [c.speaker for c in extract_claims(text, language=lang, min_score=0.0)] == [None]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a desk's notes and diary headings are no claims, whatever date they carry
        ("de", "Termine am Freitag, 12. Juni 2026"),
        ("de", "Sperrfrist: Freitag, 12. Juni, 0.01 Uhr – Veröffentlichung vorher nicht gestattet"),
        ("de", "Hinweis an die Redaktionen: Eine Zusammenfassung senden wir bis 17.00 Uhr."),
        ("de", "(Wiederholung: Tippfehler im dritten Absatz behoben)"),
        ("de", "(In einer früheren Fassung hieß es irrtümlich, das Werk habe 380 Beschäftigte.)"),
        ("en", "EMBARGOED UNTIL 0001 GMT FRIDAY JUNE 12"),
        ("en", "Reuters diary: Key economic events on Friday, June 12"),
        ("en", "Picture: Commuters wait on the platform at Leeds station on Friday morning."),
    ],
)
def test_desk_notes_are_no_claims(lang: str, text: str) -> None:
    assert _claims(text, lang) == []


def test_appointments_at_an_office_stay_a_claim() -> None:
    assert _claims("Termine am Bürgeramt sind bis Mai ausgebucht, sagte der Sprecher.", "de")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # second round (batches 285-292)
        ("en", "Revenue rose 8% to 41.2 billion Taiwan dollars in March.", ("money", 41200000000, "TWD", None)),
        ("de", "Der in Karlsruhe ansässige 3. Strafsenat hob das Urteil auf.", ("ordinal", 3, None, None)),
        ("en", "Savers lost between a third and half of their deposits.", ("fraction", 0.3333, None, None)),
        ("de", "Österreich fiel auf Platz 19 unter 44 Teilnehmerländern.", ("count", 44, "Teilnehmerländern", None)),
        ("en", "Brent could settle in a $70-75 range next quarter.", ("money", 75, "USD", None)),
        (
            "de",
            "Die CDU verliert zwei Punkte auf 24, die Grünen liegen unverändert bei 11.",
            ("percent", 24, "%", None),
        ),
        (
            "de",
            "Die CDU verliert zwei Punkte auf 24, die Grünen liegen unverändert bei 11.",
            ("percent", 2, "pp", None),
        ),
        (
            "de",
            "Die CDU verliert zwei Punkte auf 24, die Grünen liegen unverändert bei 11.",
            ("percent", 11, "%", None),
        ),
        (
            "en",
            "Sales rose to A$88 million, while paying subscribers passed 3 million.",
            ("count", 3000000, None, None),
        ),
    ],
)
def test_quantity_after_second_round_fix(lang: str, text: str, expected: tuple) -> None:
    assert expected in _quantities(text, lang), (text, _quantities(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "And a second later the lights went out.", []),
        ("en", "He won a second term in 2020.", [("ordinal", 2, None, None), ("year", 2020, None, None)]),
        (
            "de",
            "Im neuen Landtag käme die SPD auf 25 Mandate, die AfD auf 24.",
            [("count", 25, "Mandate", None), ("count", 24, None, None)],
        ),
        ("en", "He handed out $5-10 bills.", [("money", 5, "USD", None), ("count", 10, "bills", None)]),
        (
            "en",
            "Sales rose to A$88 million, up from 80 million.",
            [("money", 88000000, "AUD", None), ("money", 80000000, "AUD", None)],
        ),
    ],
)
def test_near_miss_after_second_round(lang: str, text: str, expected: list) -> None:
    assert _quantities(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Taoiseach Ciaran Doyle said the election would be held in November.", "Ciaran Doyle"),
        ("Provost Helen Marsh said 12 courses would be delayed.", "Helen Marsh"),
        ("Co-founder and CEO Mara Lind told analysts the company would hire 300 engineers.", "Mara Lind"),
    ],
)
def test_speaker_after_second_round_fix(text: str, speaker: str) -> None:
    claims = extract_claims(text, language="en")
    assert claims and claims[0].speaker == speaker, [(c.text, c.speaker) for c in claims]


def test_two_people_joined_by_and_stay_two() -> None:
    claims = extract_claims("Mayor Ann Lee and President Tom Roe said 40 homes were lost.", language="en")
    assert claims[0].speaker == "Ann Lee and Tom Roe"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # third round (batches 293-300)
        ("de", "Die Renten steigen zum 1. Juli um 3,1 vH.", ("percent", 3.1, "%", None)),
        ("de", "Ein Menü kostet im Schnitt € 14,20.", ("money", 14.2, "EUR", None)),
        ("de", "Rund eine dreiviertel Million Menschen pendeln täglich.", ("count", 750000, "Menschen", "about")),
        (
            "en",
            "The dollar rose to 151.40 yen, its highest in a month, before steadying at 150.95.",
            ("money", 150.95, "JPY", None),
        ),
        ("en", "The Treasury sold 3.5 billion pounds of a 2031 gilt on Tuesday.", ("money", 3500000000, "GBP", None)),
        (
            "de",
            "Der Konzern kündigte eine Kapitalerhöhung über 600 Millionen Euro an.",
            ("money", 600000000, "EUR", None),
        ),
        ("de", "Tore: 1:0 Berger (12., Elfmeter), 1:1 Hofer (58.)", ("ordinal", 12, None, None)),
        ("de", "Gelb-Rote Karte: Kovac (Rapid, 77.) wegen Foulspiels", ("ordinal", 77, None, None)),
        ("en", "FOREX-Euro heads for second weekly gain against the dollar", ("ordinal", 2, None, None)),
        ("en", "Cricket-England beat India by 12 runs in second ODI in Pune", ("ordinal", 2, None, None)),
    ],
)
def test_quantity_after_third_round_fix(lang: str, text: str, expected: tuple) -> None:
    assert expected in _quantities(text, lang), (text, _quantities(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "unexpected"),
    [
        ("en", "Saturday: 1500 Leeds United v Burnley, 1730 Fulham v Wolves", ("count", 1500)),
        ("en", "Soccer-Ligue 1 table: 1. Lille 20 points, 2. Nice 18", ("count", 1)),
        ("en", "At first EU talks stalled", ("ordinal", 1)),
        ("de", "Testsieger ist ein Saft für 1,79 Euro je Liter mit der Note 1,9.", ("money", 1.9)),
    ],
)
def test_no_such_reading_after_third_round_fix(lang: str, text: str, unexpected: tuple) -> None:
    assert unexpected not in [q[:2] for q in _quantities(text, lang)], (text, _quantities(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # results with period scores; diary lines by their clock time
        ("de", "Eishockey, ICE Hockey League: KAC – VSV 3:2 (1:0, 1:1, 1:1)"),
        ("de", "14.00 Uhr: Bundesgerichtshof verkündet Urteil zu Bausparverträgen"),
        ("en", "0900 GMT: Euro zone - Flash PMIs for November"),
    ],
)
def test_line_of_record_after_third_round_fix(lang: str, text: str) -> None:
    claims = _claims(text, lang)
    assert len(claims) == 1 and claims[0][0] == text, claims


def test_live_blog_entry_is_judged_as_a_sentence() -> None:
    assert _claims("12.47 Uhr: Wir halten Sie auf dem Laufenden.", "de") == []


def test_landraetin_is_a_role() -> None:
    claims = extract_claims("Landrätin Eva Korber sagte, 40 Keller seien vollgelaufen.", language="de")
    assert claims and claims[0].speaker == "Eva Korber"
