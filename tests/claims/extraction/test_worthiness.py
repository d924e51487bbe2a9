"""Check-worthiness: verifiable statements are returned, opinion and rhetoric are not."""

import pytest

from claims.extraction import CHECKWORTHY_THRESHOLD, extract_claims

WORTHY = [
    ("de", "Die Polizei nahm am Sonntag in Salzburg zwei Verdächtige fest."),
    ("de", "Der Landtag beschloss das Budget mit den Stimmen der Koalition."),
    ("de", "Die Gewerkschaft lehnt das Angebot der Arbeitgeber ab."),
    ("de", "Die Ministerin trat nach nur vier Monaten im Amt zurück."),
    ("de", "„Wir sind bereit, über alles zu reden“, sagte der Verhandlungsführer Peter Koch."),
    ("de", "Die Brücke wird ab Montag für sechs Wochen gesperrt."),
    ("en", "The court ruled that the law was unconstitutional."),
    ("en", "Police arrested a 19-year-old man in connection with the attack."),
    ("en", "The government plans to raise the retirement age to 67."),
    ("en", "Lawmakers voted 221 to 209 to pass the measure."),
    ("en", "The opposition leader called for early elections."),
    ("en", "The vaccine was approved by regulators in December."),
    # German verbs whose particle stands at the end ("wies ... ab", "hob ... auf").
    ("de", "Das Gericht wies die Klage der Umweltschützer ab."),
    ("de", "Der Verfassungsgerichtshof hob das Gesetz auf."),
    # An appeal someone is reported to have made is an event (one to the reader is not, below).
    ("de", "Bleiben Sie zu Hause, forderte die Polizei die Anrainer auf."),
    ("en", "Please stay away from the river, the fire service told residents."),
]

NOT_WORTHY = [
    ("de", "Das ist ebenso unverantwortlich wie gefährlich."),
    ("de", "Wir alle wissen, dass das so nicht weitergehen kann."),
    ("de", "Warum hat niemand etwas gesagt?"),
    ("de", "Ich finde, das war ein toller Abend."),
    ("de", "Lassen Sie uns nach vorne schauen."),
    ("de", "Wir sind stolz auf das Erreichte."),
    ("de", "Meinung: Zeit für einen Neuanfang"),
    ("en", "We are proud of our record."),
    ("en", "This is outrageous and dangerous."),
    ("en", "Who will pay for all this?"),
    ("en", "We must not give up now!"),
    ("en", "Everyone knows this plan will fail."),
    ("en", "I believe in this country."),
    ("en", "Opinion: The wrong answer"),
    ("de", "„Das ist eine Schande für unser Land“, sagte der Oppositionsführer."),
    ("de", "„Das ist ein schwarzer Tag für die Demokratie“, sagte die Abgeordnete."),
    ("de", "Es ist höchste Zeit, dass die Regierung endlich aufwacht."),
    ("de", "Kommentar: Die Koalition hat ihre Chance verspielt"),
    ("en", "“It's a shameful decision,” the opposition leader said."),
    ("en", "The government should be ashamed of itself."),
    ("en", "Nobody wants another war."),
    ("en", "ANALYSIS-Why the budget deal may not last"),
    ("de", "Liebe Leserinnen und Leser, bleiben Sie gesund und passen Sie auf sich auf."),
    ("en", "Please stay safe and look after each other."),
    # A superlative of one's own with a contraction ("I've ever", "we’ve ever").
    ("en", "It is the best squad I've ever coached at this club."),
    ("en", "This is the finest side we’ve ever had in the league."),
]


@pytest.mark.parametrize(("lang", "text"), WORTHY, ids=[t[:40] for _, t in WORTHY])
def test_verifiable_statements_are_returned(lang, text):
    claims = extract_claims(text, language=lang)
    assert len(claims) == 1
    assert claims[0].score >= CHECKWORTHY_THRESHOLD


@pytest.mark.parametrize(("lang", "text"), NOT_WORTHY, ids=[t[:40] for _, t in NOT_WORTHY])
def test_opinion_and_rhetoric_are_not_returned(lang, text):
    assert extract_claims(text, language=lang) == []
    # They are scored, just below the threshold.
    (scored,) = extract_claims(text, language=lang, min_score=0.0)
    assert scored.score < CHECKWORTHY_THRESHOLD


def test_min_score_controls_what_is_returned():
    text = "Die Inflation stieg auf 4,1 Prozent. Das ist ein Skandal."
    assert len(extract_claims(text, language="de")) == 1
    assert len(extract_claims(text, language="de", min_score=0.0)) == 2
    assert extract_claims(text, language="de", min_score=1.01) == []


def test_numbers_and_attribution_raise_the_score():
    plain = extract_claims("Die Stadt baut eine Brücke.", language="de", min_score=0)[0].score
    richer = extract_claims(
        "Die Stadt baut für 40 Millionen Euro eine Brücke, sagte Bürgermeister Klaus Luger.",
        language="de",
        min_score=0,
    )[0].score
    assert richer > plain


def test_claims_in_a_mixed_paragraph():
    text = (
        "Bei einem Busunglück in Kärnten sind am Samstag 14 Menschen verletzt worden. "
        "Das ist furchtbar. Der Fahrer wurde nach Angaben der Polizei leicht verletzt. "
        "Wie konnte das passieren?"
    )
    claims = extract_claims(text, language="de")
    assert [c.text[:12] for c in claims] == ["Bei einem Bu", "Der Fahrer w"]
    assert claims[1].speaker == "die Polizei"
    assert claims[0].quantities[0].value == 14


def test_empty_and_whitespace():
    assert extract_claims("") == []
    assert extract_claims("   \n ") == []
