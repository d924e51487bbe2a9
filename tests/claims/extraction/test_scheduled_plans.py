"""A plan set by others with a date ahead is a scheduled event: German "soll"/"sollen" and a verb of a
fixed next step closing the clause ("Den Abschlussbericht soll die Kommission Anfang März vorlegen"),
English "is set to" like "will" and "is due to", and "by the end of June" as a date ahead. Near misses:
without a date, "sollte" (advice), the "soll" of an allegation closing on "haben", "set to" without
a verb of a next step."""

import pytest

from claims.extraction import extract_claims


def _returned(text: str, lang: str) -> bool:
    return bool(extract_claims(text, language=lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Den Abschlussbericht soll die Kommission Anfang März vorlegen."),
        ("de", "Über den Antrag sollen die Delegierten am Samstag abstimmen."),
        ("de", "Die Prüfer sollen ihre Ergebnisse im Herbst vorstellen."),
        ("de", "Ein Gutachten, das die Prüfer Mitte April vorlegen sollen, fehlt noch."),
        ("en", "The review panel is set to publish its findings in March."),
        ("en", "The board will present its plan by the end of June."),
        ("en", "Ministers are set to meet next week."),
    ],
)
def test_scheduled_plan_is_a_claim(lang: str, text: str) -> None:
    assert _returned(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Kommission soll ihren Bericht endlich vorlegen."),
        ("de", "Die Kommission sollte ihren Bericht besser früher vorlegen."),
        ("de", "Man soll den Tag nicht vor dem Abend loben."),
        ("en", "The review panel is set to publish its findings."),
        ("en", "The mood is set to sour as the deadline nears."),
        ("en", "At the end of the day, nobody will read the report."),
    ],
)
def test_near_misses_stay_negative(lang: str, text: str) -> None:
    assert not _returned(text, lang)
