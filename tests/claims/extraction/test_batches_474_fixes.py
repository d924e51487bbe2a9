"""Fixes of session twenty-five: misses of the blind batches (the leftovers of batches 452-473 first,
then the first runs of batches 474 and up; each positive case failed before its fix), beside near
misses that must stay as they were. Sample sentences of our own writing."""

import pytest

from claims.extraction import extract_claims
from claims.extraction.quantities import extract_quantities


def _found(text: str, lang: str) -> list:
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected", "absent"),
    [
        # a share of an abbreviated scale word, and "eine Mrd." as "eine Milliarde"
        ("Die Sanierung des Bades kostet eine halbe Mio. Euro.", "de", ("money", 500000, "EUR", None), None),
        ("Dem Kanton fehlt eine halbe Mrd. Franken.", "de", ("money", 500000000, "CHF", None), None),
        ("Der Versender setzte zuletzt eine Mrd. Euro um.", "de", ("money", 1000000000, "EUR", None), None),
        (
            "Die Schäden liegen zwischen 0,9 und einer Mrd. Euro.",
            "de",
            ("money", 1000000000, "EUR", None),
            ("count", 0.9, None, None),
        ),
        ("Die Region zählt rund eine Mio. Einwohner.", "de", ("count", 1000000, "Einwohner", "about"), None),
        # near misses: as before with the word written out, or digits
        ("Die Sanierung kostet eine halbe Million Euro.", "de", ("money", 500000, "EUR", None), None),
        ("Der Konzern verdiente 1,4 Mrd. Euro.", "de", ("money", 1400000000, "EUR", None), None),
        # a share of a percent written in words is a percentage, as "half a percent"
        ("Consumer prices rose by a tenth of a percent in May.", "en", ("percent", 0.1, "%", None), None),
        ("Yields slipped a quarter of one per cent.", "en", ("percent", 0.25, "%", None), None),
        ("Turnout fell by almost a fifth of a percent.", "en", ("percent", 0.2, "%", "nearly"), None),
        # near misses: a share of a point stays a point, a share of voters a fraction
        ("The rate ticked up a tenth of a percentage point to 4.2%.", "en", ("percent", 0.1, "pp", None), None),
        ("About a tenth of the voters stayed home.", "en", ("fraction", 0.1, None, "about"), None),
        # "one in a hundred", "one in a thousand": a share, as "one in 100"
        ("About one in a hundred patients reported side effects.", "en", ("fraction", 0.01, None, "about"), None),
        ("Roughly one in a thousand cars was recalled.", "en", ("fraction", 0.001, None, "about"), None),
        # near miss: a flood's return period stays a duration
        ("Officials called it a one in a hundred year flood.", "en", ("duration", 100, "year", None), None),
        # the Irish pound's sign
        ("The site was sold for IR£61 million in 1998.", "en", ("money", 61000000, "IEP", None), None),
        ("The site was sold for £61 million in 1998.", "en", ("money", 61000000, "GBP", None), None),
        # a poll's change in words in brackets after a share: percentage points
        ("Die ÖVP kommt auf 23 Prozent (minus 3), die SPÖ auf 18 (plus 2).", "de", ("percent", -3, "pp", None), None),
        ("Die ÖVP kommt auf 23 Prozent (minus 3), die SPÖ auf 18 (plus 2).", "de", ("percent", 2, "pp", None), None),
        ("Grüne 12 Prozent (plus 1), Linke 8 Prozent (unverändert).", "de", ("percent", 1, "pp", None), None),
        # near miss: a bracketed figure without a sign stays a count
        ("Die Liste kam auf 12 Prozent (7 Sitze).", "de", None, ("percent", 7, "pp", None)),
        # a hyphenated share of a percent
        ("Growth is seen at three-quarters of a percent next year.", "en", ("percent", 0.75, "%", None), None),
        ("Two-thirds of the members backed the plan.", "en", ("fraction", 0.6667, None, None), None),
        # "the remaining fifth" before a preposition is a share
        ("Troops would leave the remaining fifth as part of a deal.", "en", ("fraction", 0.2, None, None), None),
        ("She led after the remaining third round in Perth.", "en", ("ordinal", 3, None, None), None),
        # a weight hedged by several words after "weighed"
        ("The hailstone weighed a little over 1 pound.", "en", ("count", 1, "pound", "over"), None),
        ("The board weighed up paying 40 million pounds.", "en", ("money", 40000000, "GBP", None), None),
        # "ein, zwei" before a unit: both ends, as "zwei, drei Tage"
        ("Die Vorlage soll in ein, zwei Jahren wiederkommen.", "de", ("duration", 1, "year", None), None),
        ("Die Reparatur dauert ein, zwei Tage.", "de", ("duration", 1, "day", None), None),
        ("Nein, zwei Jahre sind zu lang.", "de", None, ("duration", 1, "year", None)),
        (
            "Der Mann räumte ein, zwei Rechnungen über 8.000 Euro gefälscht zu haben.",
            "de",
            None,
            ("count", 1, "Rechnungen", None),
        ),
        # a split of votes is a tally, also beside "tie-breaking"
        ("The vice president broke the tie after senators split 50-50.", "en", ("count", 50, None, None), None),
        # a share of a point is a rate's move beside another move in points
        (
            "The council weighed a larger half-point cut before settling on a quarter point.",
            "en",
            ("percent", 0.25, "pp", None),
            None,
        ),
        ("The chess player earned a half point in round four.", "en", None, ("percent", 0.5, "pp", None)),
        # a football ticker's half-time score carries nothing
        ("45+2 min: Half-time: Leeds 1-0 Burnley", "en", None, ("count", 1, None, None)),
        # rupees are India's unless the sentence or the dateline names Nepal, Pakistan or Sri Lanka
        ("Nepal's government pays each family 25,000 rupees.", "en", ("money", 25000, "NPR", None), None),
        ("KATHMANDU (AP) - Each family gets 50,000 rupees.", "en", ("money", 50000, "NPR", None), None),
        ("Each family gets 50,000 rupees.", "en", ("money", 50000, "INR", None), None),
        ("India and Nepal agreed on a 5 billion rupee loan.", "en", ("money", 5000000000, "INR", None), None),
        # a scope of emissions is named, not counted
        ("The miner cut its Scope 1 and 2 emissions by 23 per cent.", "en", None, ("count", 2, "emissions", None)),
        ("Its Scope 3 emissions rose 4 per cent.", "en", None, ("count", 3, "emissions", None)),
        # a year before 1800 after a compound of "Jahr"
        ("Die Chronik nennt für das Pestjahr 1634 genau 118 Tote.", "de", ("year", 1634, None, None), None),
        ("Im Geschäftsjahr 1500 neue Stellen.", "de", None, ("year", 1500, None, None)),
        # an English day as an ordinal word before "of" and its month, after "the"
        ("He was born on the twenty-first of May 1916.", "en", ("date", "1916-05-21", None, None), None),
        ("Returns open on Thursday the first of July.", "en", ("date", "--07-01", None, None), None),
        ("The first of many trips came in May.", "en", ("ordinal", 1, None, None), None),
        # a decade of life carries nothing; before a noun the figure stays
        ("Eine Zeugin Anfang 50 hatte die Männer gesehen.", "de", None, ("count", 50, None, None)),
        ("Gesucht werden zwei Männer, beide etwa Mitte 20.", "de", None, ("count", 20, None, None)),
        ("Ende 30 Prozent der Stimmen fehlten.", "de", ("percent", 30, "%", None), None),
        # a tennis score with its tiebreak after a space carries nothing
        (
            "Oduya reached the final, beating fifth seed Ilan Perec 6-2 4-6 7-6 (9-7) 6-3 in Paris.",
            "en",
            None,
            ("count", 9, None, None),
        ),
        (
            "Lenk upset third-seeded Ivo Marr 7-6 (5), 6-4 on Tuesday to reach the last eight.",
            "en",
            None,
            ("count", 5, None, None),
        ),
    ],
)
def test_quantities(text, lang, expected, absent):
    found = _found(text, lang)
    if expected is not None:
        assert expected in found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # a name, then a role and the body it serves in apposition
        (
            "Mira Castellane, director of the Institute for Rural Affairs, said the levy would cost 4,000 farms.",
            "en",
            "Mira Castellane",
        ),
        (
            "Tom Akerley, chief strategist at Fenwick Capital, said the index had risen 12%.",
            "en",
            "Tom Akerley",
        ),
        # near miss: a description ending in a role as before
        ("Claire Oduya, the city's chief planner, said 300 homes were approved.", "en", "Claire Oduya"),
        # German: a role and its body, then the name in apposition, or the name first
        ("Die Leiterin des Amts, Jana Pohlmeier, sagte, es gebe 212 offene Stellen.", "de", "Jana Pohlmeier"),
        ("Jana Pohlmeier, Leiterin des Amts, sagte, es gebe 212 offene Stellen.", "de", "Jana Pohlmeier"),
        (
            "Berlin (dpa) - Der Präsident der Kammer, Udo Lessmann, erklärte, 40 Betriebe hätten geschlossen.",
            "de",
            "Udo Lessmann",
        ),
        (
            "Schlichter Gerd Hallwachs, ein früherer Arbeitsrichter, sagte, es habe 41 Runden gegeben.",
            "de",
            "Gerd Hallwachs",
        ),
        # near miss: a counted group before "darunter" names no person
        ("Zwei Mitglieder, darunter der Vertreter des DGB, sagten, 14 Punkte seien offen.", "de", None),
        # a racehorse's trainer before her name
        ("Trainer Nell Ashgrove said the filly had won 3 of her 5 starts.", "en", "Nell Ashgrove"),
        # after "Laut" and a role, the name in apposition
        (
            "Laut dem Direktor des Instituts, Jörg Tresch, hat die Schneedecke um 38 Tage abgenommen.",
            "de",
            "Jörg Tresch",
        ),
        # an Irish member of parliament by the letters of her seat
        ("Sinn Féin TD Aoife Brennock told the Dáil that 14,300 people were waiting.", "en", "Aoife Brennock"),
    ],
)
def test_speakers(text, lang, speaker):
    claims = extract_claims(text, lang)
    assert claims and claims[0].speaker == speaker, [(c.speaker, c.text) for c in claims]


@pytest.mark.parametrize(
    ("text", "lang", "worthy"),
    [
        # an agenda's line: a clock, the place between dots or dashes, what is scheduled
        ("09:30 Uhr · Graz · Landtag: Debatte zum Budget", "de", True),
        ("10:00 Uhr · Nürnberg · Arbeitsagentur: Arbeitsmarktzahlen November", "de", True),
        ("1400 - Ireland - Finance minister presents the budget in the Dail", "en", True),
        ("3 p.m. — Senate committee hears testimony on rail safety", "en", True),
        # a market's move on hopes is no hope of the speaker
        ("Shares of Pellam Homes jumped 4.1% on hopes that lower rates would revive demand.", "en", True),
        ("The club hopes that 40,000 fans will come to the final.", "en", False),
        # a ticker's score line after the match's state
        ("Half-time: England 1-0 Wales", "en", True),
        ("Abpfiff: Österreich besiegt die Schweiz mit 2:1", "de", True),
        ("Half-time: what the coach must change", "en", False),
        # near miss: no clock, no agenda
        ("Das ist ebenso gefährlich wie falsch.", "de", False),
    ],
)
def test_worthy(text, lang, worthy):
    assert bool(extract_claims(text, lang)) is worthy
