"""Names joined by "and"/"und" as one subject of a verb of saying speak together: "Spain and
Portugal said" -> "Spain and Portugal", "Österreich und Ungarn teilten mit" -> "Österreich und
Ungarn", "Spain, Portugal and Italy said" a list; "and" inside an institution's name keeps the name
whole (test_and_in_institution_names.py). A clause before "and" ("The vote ended and Spain said"), a lower-case
subject after it, or a German verb in the singular is no coordination."""

import pytest

from claims.extraction import extract_claims


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Spain and Portugal said on Tuesday they would share 40 firefighting planes.", "Spain and Portugal"),
        (
            "en",
            "MADRID (Reuters) - Spain and Portugal said they would share 40 firefighting planes.",
            "Spain and Portugal",
        ),
        ("en", "Spain, Portugal and Italy said they would share 40 firefighting planes.", "Spain, Portugal and Italy"),
        ("en", "On Tuesday, Spain and Portugal said they would share 40 firefighting planes.", "Spain and Portugal"),
        (
            "en",
            "Exports fell 4% in May, the Treasury and the Bank of England said.",
            "the Treasury and the Bank of England",
        ),
        (
            "en",
            "Prime Minister Ana Costa and President Luis Vega said 40 planes would be shared.",
            "Ana Costa and Luis Vega",
        ),
        (
            "de",
            "Österreich und Ungarn teilten mit, sie würden 40 weitere Grenzbeamte einsetzen.",
            "Österreich und Ungarn",
        ),
        (
            "de",
            "Die Regierung und die Gewerkschaften erklärten, 40 Millionen Euro seien vereinbart.",
            "die Regierung und die Gewerkschaften",
        ),
        (
            "de",
            "Wien (APA) - Österreich und Ungarn haben am Montag mitgeteilt, 40 Grenzbeamte einzusetzen.",
            "Österreich und Ungarn",
        ),
        # Near misses: a clause before "and", a lower-case subject, one name in a list's place.
        ("en", "The vote ended and Spain said it would send 40 firefighting planes.", "Spain"),
        ("en", "Prices rose 3% and the ministry said the trend would continue.", "the ministry"),
        ("en", "In Lisbon, Spain and Portugal said they would share 40 firefighting planes.", "Spain and Portugal"),
        ("en", "Spain and Portugal's fire services said 40 planes would be shared.", "Portugal's fire services"),
        (
            "de",
            "Das Bundesamt für Migration und Flüchtlinge teilte mit, 40 Anträge seien eingegangen.",
            "das Bundesamt für Migration und Flüchtlinge",
        ),
    ],
)
def test_coordinated_speakers(lang, text, speaker):
    assert extract_claims(text, lang)[0].speaker == speaker


def test_singular_verb_is_no_coordination():
    # "Die Wahl endete und Ungarn teilte mit": a clause before "und", no subject of two names.
    claims = extract_claims("Die Wahl endete und Ungarn teilte mit, es werde 40 Grenzbeamte einsetzen.", "de")
    assert claims[0].speaker != "Die Wahl und Ungarn"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Pass bleibt 40 Tage gesperrt, teilten Tirol und Südtirol mit.", "Tirol und Südtirol"),
        ("Der Pass bleibt 40 Tage gesperrt, sagten Kogler und Kompatscher am Montag.", "Kogler und Kompatscher"),
        (
            "Der Pass bleibt 40 Tage gesperrt, teilten die Polizei und die Bergrettung mit.",
            "die Polizei und die Bergrettung",
        ),
        # Near misses: a verb in the singular, a verb after "und", a genitive before it.
        ("Der Pass bleibt 40 Tage gesperrt, sagte Kogler und verwies auf Südtirol.", "Kogler"),
        ("Der Pass bleibt 40 Tage gesperrt, sagte Kogler und Kompatscher nickte.", "Kogler"),
        ("Der Pass bleibt 40 Tage gesperrt, erklärten die Landesräte und forderten 40 Beamte.", "die Landesräte"),
        (
            "Der Pass bleibt 40 Tage gesperrt, sagten Vertreter der Polizei und der Bergrettung.",
            "Vertreter der Polizei",
        ),
    ],
)
def test_coordinated_after_an_inverted_plural_verb(text, speaker):
    """After an inverted verb in the plural ("teilten ... mit", "sagten") two names joined by
    "und" speak together; after one in the singular "und" starts the next clause."""
    assert extract_claims(text, "de")[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In a joint statement, the U.K. and Norway said 40 patrol vessels would be shared.", "the U.K. and Norway"),
        ("Acme Corp. and Globex said 40 plants would close.", "Acme Corp. and Globex"),
        # Near miss: "and" inside a body's name after an abbreviation stays one name.
        ("Seizures rose 40% in May, U.S. Customs and Border Protection said.", "U.S. Customs and Border Protection"),
    ],
)
def test_coordinated_after_an_abbreviation(text, speaker):
    """A first name ending in an abbreviation's dot ("the U.K.", "Acme Corp.") joins the second."""
    assert extract_claims(text, "en")[0].speaker == speaker
