"""What the fifth blind batch showed missing: number words inside German compounds, a year
after a stated difference, hedges before "noch"/"another", "over" spreading an amount over
a period, "nine-figure", speakers in genitive, after an agency noun, after a relative clause
and after a quote of two sentences, and a few kinds of rhetoric; with nearby facts that must
stay as they are. Sample sentences written for these tests."""

import pytest

from claims.extraction import extract_claims, extract_quantities, find_speaker


def _q(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


QUANTITIES = [
    # A number word that counts the parts of a compound, or its years, months or share.
    ("de", "Die Zweiparteienregierung hielt nur ein Jahr.", [("count", 2, None, None)]),
    ("de", "Das Kabinett beschloss einen Zwölfpunkteplan.", [("count", 12, None, None)]),
    ("de", "Die Regierung legte einen Dreijahreshaushalt vor.", [("duration", 3, "year", None)]),
    ("de", "Es gilt eine Sechsmonatsfrist.", [("duration", 6, "month", None)]),
    ("de", "Die Partei scheiterte an der Fünfprozenthürde.", [("percent", 5, "%", None)]),
    # ... but not other compounds, nor vague magnitudes.
    ("de", "Am Dreikönigstag blieb die Stadt ruhig.", []),
    ("de", "Zehntausende Menschen kamen.", []),
    ("de", "Der Konzern investierte einen dreistelligen Millionenbetrag.", []),
    ("de", "Der Zwanzigjährige wurde festgenommen.", [("duration", 20, "year", None)]),
    # After a stated difference "mehr als"/"more than" compares with a year.
    (
        "de",
        "Der Hafen schlug 4 Prozent mehr als 2022 um.",
        [("percent", 4, "%", None), ("year", 2022, None, None)],
    ),
    (
        "en",
        "Exports were 3% more than 2019.",
        [("percent", 3, "%", None), ("year", 2019, None, None)],
    ),
    ("de", "Die Zahl der Toten stieg auf mehr als 2000.", [("count", 2000, None, "over")]),
    ("en", "The toll rose to more than 2000.", [("count", 2000, None, "over")]),
    # A hedge before "noch"/"weitere"/"another".
    ("de", "Die Sperre dauert mindestens noch drei Tage.", [("duration", 3, "day", "at_least")]),
    ("en", "The strike will last at least another two weeks.", [("duration", 2, "week", "at_least")]),
    ("de", "Es sind noch 200 Menschen im Gebäude.", [("count", 200, "Menschen", None)]),
    # "over" spreading an amount over a period is no hedge; after a verb of lasting it is one.
    (
        "en",
        "The plan commits $3 billion over four years.",
        [("money", 3000000000, "USD", None), ("duration", 4, "year", None)],
    ),
    (
        "en",
        "The firm will shed 900 jobs over two years.",
        [("count", 900, "jobs", None), ("duration", 2, "year", None)],
    ),
    ("en", "The hearing lasted over three hours.", [("duration", 3, "hour", "over")]),
    ("en", "He was jailed for over 12 years.", [("duration", 12, "year", "over")]),
    ("en", "She has lived there over 20 years.", [("duration", 20, "year", "over")]),
    # Sizes of a number are no counts; a compound with a noun still counts.
    ("en", "He signed a seven-figure deal.", []),
    ("en", "The bank reported double-digit growth.", []),
    ("en", "The three-party coalition collapsed.", [("count", 3, "party", None)]),
    # Vote tallies stay two counts (third batch).
    ("en", "The Senate voted 51-49 to confirm him.", [("count", 51, None, None), ("count", 49, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), QUANTITIES)
def test_quantities(lang, text, expected):
    assert _q(text, lang) == expected


SPEAKERS = [
    # A genitive after "nach Angaben": the nominative with the noun's own article.
    ("de", "Nach Angaben des Unternehmens wurden 300 Stellen gestrichen.", "das Unternehmen"),
    ("de", "Nach Angaben des Konzerns sank der Umsatz um 4 Prozent.", "der Konzern"),
    ("de", "Nach Angaben des Verbandes kamen 12.000 Besucher.", "der Verband"),
    ("de", "Nach Angaben des russischen Ministeriums fielen 30 Drohnen.", "das russische Ministerium"),
    ("de", "Nach Angaben des Amtes wurden vier Menschen verletzt.", "das Amt"),
    ("de", "Dem Bericht des Rechnungshofs zufolge fehlen 2 Millionen Euro.", "der Bericht des Rechnungshofs"),
    # An agency noun keeps the agency's name; an addressee after a speaker is dropped.
    ("de", "Wie die Nachrichtenagentur AFP meldete, wurden 14 Menschen verletzt.", "die Nachrichtenagentur AFP"),
    ("de", "Die Gespräche seien beendet, sagte Peskow Reportern in Moskau.", "Peskow"),
    ("de", "Die Gespräche würden fortgesetzt, sagte Uschakow der Agentur Interfax.", "Uschakow"),
    # A relative clause between the subject and "said".
    ("en", "The diplomat, who spoke on condition of anonymity, said 40 envoys came.", "the diplomat"),
    ("en", "The agency, which is based in Vienna, said 12 inspectors left.", "the agency"),
    ("en", "The minister said 40 people had died.", "the minister"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), SPEAKERS)
def test_speakers(lang, text, speaker):
    assert find_speaker(text, lang) == speaker


def test_quote_of_two_sentences_takes_the_speaker_of_the_das_sagte_after_it():
    text = (
        "„Die Lage ist ernst. Wir haben 40 Verletzte gezählt.“ Das sagte Landesrat Peter Huber dem ORF. "
        "Die Straße bleibt gesperrt."
    )
    claims = extract_claims(text, language="de")
    by_text = {c.text: c.speaker for c in claims}
    assert by_text["Wir haben 40 Verletzte gezählt.“"] == "Peter Huber"
    assert by_text.get("Die Straße bleibt gesperrt.") is None


CLAIMS = [
    # Rhetoric and appeals.
    ("de", "Die Regierung muss jetzt endlich handeln.", False),
    ("de", "Man darf gespannt sein, wie die Wähler entscheiden.", False),
    ("en", "It remains to be seen whether the deal will hold.", False),
    ("en", "Shame on the ministers who looked away.", False),
    ("en", "History will judge this parliament harshly.", False),
    ("en", "Frankly, the rollout has been a mess.", False),
    ("de", "Ehrlich gesagt ist das ein Debakel für die Partei.", False),
    ("en", "Taxpayers deserve a straight answer.", False),
    ("de", "Es ist ein Trauerspiel, wie die Stadt mit ihren Bädern umgeht.", False),
    ("en", "The mood in the room was tense.", False),
    # Nearby facts stay claims.
    ("de", "Die Regierung muss bis Freitag 2 Milliarden Euro zurückzahlen, sagte der Minister.", True),
    ("en", "The court found that the rollout had cost $40 million.", True),
    ("en", "Frank Miller, the mayor, said 30 homes had been destroyed.", True),
    ("en", "The talks remained tense after 14 soldiers were killed on Monday.", True),
    ("de", "Der Minister sagte, die Geschichte des Werks reiche bis 1912 zurück.", True),
]


@pytest.mark.parametrize(("lang", "text", "worthy"), CLAIMS)
def test_check_worthiness(lang, text, worthy):
    assert bool(extract_claims(text, language=lang)) is worthy
