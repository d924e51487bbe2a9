"""Lines that close wire stories without claiming anything (own sentences, written for these tests; batches
101 to 104 had each shape): a side gives no figures, the desk asked someone for them or rates a claim in a
verdict line, no comment was offered, a ruling is to be studied first, a claim could not be checked
independently, and the reminder of the presumption of innocence, which stays a reminder beside the count of
the accused. The kept rows say something checkable in the same words.
"""

import pytest

from claims.extraction import extract_claims

REJECTED = [
    ("de", "Zu den eigenen Verlusten an der Front macht die Armee keine Angaben."),
    ("de", "Über die Höhe der Entschädigung gab die Reederei keine Auskunft."),
    ("en", "The ministry offered no immediate comment on the report."),
    ("en", "The Defence Ministry gives no figures of its own for losses at the front."),
    ("en", "A spokesman said the bank would review the ruling before deciding on its next steps."),
    ("de", "Die Verteidigung will das Urteil zunächst prüfen."),
    ("en", "The figures given by both armies could not be verified independently."),
    ("de", "Für die drei Festgenommenen gilt bis zu einer rechtskräftigen Verurteilung die Unschuldsvermutung."),
    ("en", "All five are presumed innocent until proven guilty."),
    ("de", "Zur Unfallursache wollte die Reederei am Abend nicht spekulieren."),
    ("de", "Der FC Seeland wollte sich zu dem Fall zunächst nicht äussern."),
    ("de", "Über die Ablösesumme vereinbarten beide Klubs Stillschweigen."),
    ("de", "Der Insolvenzverwalter wollte sich auf APA-Anfrage nicht zu Details äußern."),
    ("en", "Reuters could not independently confirm the casualty figures."),
    ("en", "Why the bridge gave way was not immediately clear."),
    ("de", "Wie es zu dem Zusammenstoß kam, war zunächst unklar."),
    # the desk's own verdict line
    ("de", "Fazit: Die Behauptung des Bürgermeisters Kranewitter ist stark übertrieben."),
    ("en", "Bottom line: The senator's claim is misleading."),
    # the desk's own inquiry
    ("en", "Reuters reached out to the mayor's office for the source of the figure."),
    ("de", "Die APA hat beim Innenministerium nach den aktuellen Zahlen gefragt."),
    ("de", "Wir haben den Verfasser des Posts um eine Quelle gebeten, aber keine Antwort erhalten."),
    ("en", "We asked the campaign for the source of the figure."),
]

KEPT = [
    ("de", "Die Armee machte Angaben zu 40 zerstörten Fahrzeugen."),
    ("en", "The ministry commented on the report on Tuesday, saying 300 jobs would go."),
    ("en", "The coastguard gave no figures for last year but said 40 people had died."),
    ("en", "The bank said it had reviewed the ruling and would appeal to the Supreme Court."),
    ("de", "Das Gericht sprach die drei Angeklagten am Freitag frei."),
    ("en", "Reuters reported that 40 people had died in the flooding."),
    ("en", "Police confirmed 12 deaths on Sunday."),
    ("en", "We have cut 300 jobs this year, the chief executive said."),
    ("de", "Fazit: Die Zahl der Anträge ist 2024 um 30 Prozent gesunken."),
]


@pytest.mark.parametrize(("lang", "text"), REJECTED)
def test_closing_line_is_not_a_claim(lang, text):
    assert extract_claims(text, language=lang) == [], text


@pytest.mark.parametrize(("lang", "text"), KEPT)
def test_same_words_in_a_claim_are_kept(lang, text):
    assert extract_claims(text, language=lang), text
