"""What blind batches 134-141 showed missing, as own sentences written for these tests: a sentence that
opens with "By" and a time is no byline; "sprach von" an attack, shots or hits in any case and number
names an event, not a label."""

import pytest

from claims.extraction import extract_claims, extract_quantities


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "By noon the number of evacuees had reached 2,300, the county said."),
        ("en", "By Tuesday the blaze was 40% contained."),
        ("en", "By late March, the fund had paid out 61% of its budget."),
        ("de", "Die Armee sprach von gezielten Angriffen auf Stellungen, die zuvor beschossen worden seien."),
        ("de", "Die Polizei sprach von mehreren Schüssen in der Nacht auf Sonntag."),
        ("de", "Das Militär sprach von „vereinzelten“ Treffern an der Grenze."),
        # a scare quote inside a reported act is no verdict
        ("en", 'The army said it had detained several soldiers and opened an inquiry into "isolated abuses" there.'),
        ("en", 'The coastguard said crews had pulled survivors from the water and were aware of "a few" missing.'),
        # something said not to exist: a fact-check's answer
        ("en", "There is no such regulation or fee."),
        ("de", "Eine solche Abgabe gibt es nicht."),
        ("de", "Ein solches Schreiben gebe es derzeit nicht, sagte sie."),
        # a best or worst measured value in a frame is a record ("das beste Spiel seit Jahren" judges)
        ("de", "Es ist der beste Wert der Partei seit der letzten Wahl."),
        # a denial or a demand, then "und sprach von" a label: the denial is reported
        ("de", "Die Rebellen wiesen die Vorwürfe zurück und sprachen von „Propaganda aus der Hauptstadt“."),
        ("de", "Kowalski wies das Angebot zurück und sprach von einem Versuch, die Gespräche zu verzögern."),
    ],
)
def test_claims_kept(lang, text):
    assert extract_claims(text, language=lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "By Hannah Ostrowski, Chief Political Correspondent"),
        ("en", "By Tom Reilly and Ana Duarte"),
        ("de", "Die Opposition sprach von einem Skandal."),
        ("de", "Der Verband sprach von einem schwarzen Tag für die Branche."),
        # a verdict in the quote stays one, whatever act stands before it
        ("en", 'Veterans said years of cuts had left the navy "hollowed out".'),
        ("en", 'The judge said he had shown "not a trace of remorse".'),
        ("en", "There is no such thing as a free lunch."),
        # "sprach von" and a quote alone: the quote is the label, whatever verbs its words look like
        ("de", "Der Mieterbund sprach von einem „Beutezug auf Kosten der Familien“."),
        ("de", "Die Gewerkschaft sprach von «Sparplänen, die Arbeitsplätze kosten»."),
    ],
)
def test_non_claims_dropped(lang, text):
    assert not extract_claims(text, language=lang), text


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # a verb of saying inside the quote is the speaker's words; the attribution stands outside it
        (
            "en",
            '"I have told them twice: no deal without a text," chief negotiator Oksana Hrytsak said.',
            "Oksana Hrytsak",
        ),
        ("en", '"Voters said it clearly: 61% want the tram," party chair Ben Adair told reporters.', "Ben Adair"),
        ("en", 'The minister said: "We have said it before."', "the minister"),
        # a double-barrelled name in apposition before "said"
        ("en", "Leeds' chief planner, Maria Lopez-Dunn, said the scheme would cost £12 million.", "Maria Lopez-Dunn"),
        # "die" before "X zufolge" opens the clause's subject, not the source
        ("de", "In zwei Punkten liegen die Standpunkte Halvorsen zufolge weit auseinander.", "Halvorsen"),
        ("de", "Der Regierung zufolge steigen die Preise um 3 Prozent.", "die Regierung"),
        # a place after the subject
        ("de", "Bürgermeisterin Eva Hofer aus Villach sagte, die Sanierung koste 2 Millionen Euro.", "Eva Hofer"),
    ],
)
def test_speakers(lang, text, speaker):
    claims = extract_claims(text, language=lang)
    assert claims, text
    assert claims[0].speaker == speaker


def _q(text: str, lang: str) -> list[tuple]:
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # currencies: the taka, German "Reais", rupees other than India's
        ("de", "Dhaka stellte 90 Millionen Taka bereit.", [("money", 90000000, "BDT", None)]),
        ("de", "Die Strafe beträgt 3,1 Millionen Reais.", [("money", 3100000, "BRL", None)]),
        ("en", "Each family gets 500,000 Pakistani rupees.", [("money", 500000, "PKR", None)]),
        ("en", "The bill came to 2 billion Sri Lankan rupees.", [("money", 2000000000, "LKR", None)]),
        ("en", "India spent 40 billion rupees.", [("money", 40000000000, "INR", None)]),
        # half a dozen in German
        ("de", "Die Regierung legte ein halbes Dutzend Entwürfe vor.", [("count", 6, "Entwürfe", None)]),
        # a vote's tally with a colon
        ("de", "Der Ausschuss entschied mit 7:2 Stimmen.", [("count", 7, None, None), ("count", 2, "Stimmen", None)]),
        ("de", "Das Spiel endete 7:2.", []),
        # "one or two" before an adjective and its noun
        (
            "en",
            "The bank signalled one or two further cuts.",
            [("count", 1, None, None), ("count", 2, None, None)],
        ),
        ("en", "One or the other will have to go.", []),
        # a hedge before "a third"
        ("en", "The offices were less than a third occupied.", [("fraction", 0.3333, None, "under")]),
        ("en", "She ran for a third term.", [("ordinal", 3, None, None)]),
        ("en", "She came only a third time.", [("ordinal", 3, None, None)]),
        # a year after "beyond"
        ("en", "Whether she stays beyond 2028 remains unclear.", [("year", 2028, None, None)]),
        # a storm's category inside a compound
        ("de", "Der Kategorie-3-Hurrikan traf Kuba.", [("count", 3, None, None)]),
        # a range's ends: "von eins bis fünf", "von null auf 16 Prozent"
        (
            "de",
            "Die Schüler bewerten die Mensa auf einer Skala von eins bis fünf.",
            [("count", 1, None, None), ("count", 5, None, None)],
        ),
        ("de", "Der Satz steigt von null auf 16 Prozent.", [("percent", 0, "%", None), ("percent", 16, "%", None)]),
        ("de", "Der Zähler sprang von null auf 100.", [("count", 100, None, None)]),
        ("de", "Auf Platz eins landete Wien.", [("ordinal", 1, None, None)]),
        # "over" a span in sittings or steps is no hedge
        ("en", "The sanctions are lifted in stages over three years.", [("duration", 3, "year", None)]),
        ("en", "The talks lasted over three days.", [("duration", 3, "day", "over")]),
    ],
)
def test_quantities(lang, text, expected):
    assert _q(text, lang) == expected
