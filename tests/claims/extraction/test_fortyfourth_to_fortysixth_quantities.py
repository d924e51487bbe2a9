"""Lottery draws, names with a figure, trial phases, chart places, grouped ordinals, ages after
"turns" (the forty-fourth to forty-sixth batches' shapes, in sentences written for these tests)."""

from claims.extraction.quantities import extract_quantities


def _q(text, lang=None):
    return [(q.kind, q.value) for q in extract_quantities(text, lang)]


def test_drawn_lottery_numbers_carry_no_quantity():
    draw = "Am Mittwoch wurden die Gewinnzahlen 4, 9, 15, 22, 31 und 40 gezogen, die Zusatzzahl ist die 11."
    assert _q(draw, "de") == []
    assert _q("The winning numbers were 5, 12, 33 and 48, and the bonus ball was 7.", "en") == []
    assert _q("EuroMillions on Tuesday: Lucky Stars 2 and 8.", "en") == []


def test_lottery_sentence_keeps_counted_figures_odds_and_ordinals():
    assert _q("Im Lotto hatten 4 Spieler fünf Richtige.", "de") == [("count", 4), ("count", 5)]
    assert ("count", 1) in _q("Beim Lotto liegt die Chance bei 1 zu 140 Millionen.", "de")
    assert _q("Jackpot: 12 Gewinner, 38 drawings.", "en") == [("count", 12), ("count", 38)]


def test_names_with_a_figure():
    assert _q("Die Rakete Ariane 5 brachte zwei Satelliten ins All.", "de") == [("count", 2)]
    assert _q("Voyager 2 flew past Neptune in 1989.", "en") == [("year", 1989)]
    assert _q("The song climbed the Billboard Hot 100 for 9 weeks.", "en") == [("duration", 9)]
    assert _q("the top 40 firms", "en") == [("count", 40)]


def test_das_erste_is_a_channel():
    assert _q("Die Show sahen im Ersten 5,1 Millionen Menschen.", "de") == [("count", 5100000)]
    assert _q("Im Ersten Weltkrieg fielen Millionen.", "de")[:1] == [("ordinal", 1)]


def test_trial_phase_counts():
    assert _q("Eine Phase-2-Studie mit 300 Teilnehmern beginnt.", "de") == [("count", 2), ("count", 300)]
    assert _q("Nach Covid-19 kam die Impfung.", "de") == []


def test_rank_word_before_a_counted_plural():
    assert _q("In der dritten Runde 120 Fellowships vergeben.", "de")[-1] == ("count", 120)
    assert _q("Er schied in Runde 44 aus.", "de") == [("ordinal", 44)]


def test_chart_places():
    assert _q("The film debuted at No. 1 in the US.", "en") == [("ordinal", 1)]
    assert _q("It became her third No. 1 on the chart.", "en") == [("ordinal", 3), ("ordinal", 1)]
    assert _q("They scored their fourth number one single.", "en") == [("ordinal", 4), ("ordinal", 1)]
    assert _q("He moved into No. 10 Downing Street.", "en") == []


def test_grouped_ordinals():
    assert _q("The club played its 2,500th match.", "en") == [("ordinal", 2500)]


def test_age_after_turns_with_a_time_word():
    assert _q("The festival turns 40 next month.", "en") == [("duration", 40)]


def test_places_in_a_results_list_and_minutes_in_brackets():
    assert _q("Endstand: 1. Wolfsberg 40 Punkte, 2. Hartberg 38.", "de") == [
        ("ordinal", 1),
        ("count", 40),
        ("ordinal", 2),
        ("count", 38),
    ]
    assert _q("Leaderboard: 1. Schauffele 66, 2. Morikawa 68.", "en")[::2] == [("ordinal", 1), ("ordinal", 2)]
    assert _q("Tor: 0:1 (44.) Berisha.", "de") == [("ordinal", 44)]
    assert _q("Rot: Huber (90./Rapid).", "de") == [("ordinal", 90)]
    assert _q("Seit dem 3. Mai gilt die Regel.", "de") == [("date", "--05-03")]


def test_unit_of_a_list_head_carries_to_later_decimals():
    assert _q("Inflation im Oktober: Tirol 2,7 Prozent, Kärnten 3,1, Wien 3,4.", "de") == [
        ("percent", 2.7),
        ("percent", 3.1),
        ("percent", 3.4),
    ]
    assert _q("Heat 2: 1. Okafor (NGR) 11.02 seconds, 2. Lind (SWE) 11.15.", "en")[-1] == ("duration", 11.15)


def test_no_carry_without_a_named_item_or_for_whole_figures():
    assert _q("The index rose 88.4 points, or 1.2%, to 7,310.55.", "en")[-1] == ("count", 7310.55)
    assert _q("Die Quote lag bei 5,2 Prozent, Wien meldete 300 Fälle.", "de")[-1] == ("count", 300)


def test_score_shorthands_flights_and_fuel_names():
    assert _q("Kanada liegt mit 5-1-2 auf Rang zwei.", "de") == [("ordinal", 2)]
    assert _q("Results: Zverev bt Rune 7-5 6-4.", "en") == []
    assert _q("Gestrichen: OS 87 nach Paris, LX 1580 nach Genf.", "de") == []
    assert _q("Super 95 kostet 1,58 Euro.", "de") == [("money", 1.58)]
    assert _q("The panel split on a 3-2-1 vote.", "en")[-1][0] == "count"


def test_agate_results_carry_no_quantity():
    assert _q("Scottish results: Celtic 3 Hibernian 1, Aberdeen 0 Rangers 2.", "en") == []
    assert _q("Temperaturen: Linz 11 Grad, Salzburg 8.", "de") == [("count", 11), ("count", 8)]
