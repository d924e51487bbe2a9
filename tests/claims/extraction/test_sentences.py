"""Sentence splitting: exact offsets, abbreviations, numbers, quotes and line breaks."""

import pytest

from claims.extraction import split_sentences

CASES = [
    # (text, expected sentences)
    ("Der Bus kam um 16.00 Uhr an. Danach war Ruhe.", ["Der Bus kam um 16.00 Uhr an.", "Danach war Ruhe."]),
    ("Das Treffen ist am 3. Dezember geplant. Es folgt ein zweites.",
     ["Das Treffen ist am 3. Dezember geplant.", "Es folgt ein zweites."]),
    ("Dr. Anna Berger leitet die Klinik. Sie ist neu.", ["Dr. Anna Berger leitet die Klinik.", "Sie ist neu."]),
    ("Prof. Huber sprach u.a. über Klimaschutz. Dann ging er.",
     ["Prof. Huber sprach u.a. über Klimaschutz.", "Dann ging er."]),
    ("Das gilt z.B. für Schulen bzw. Kindergärten. Andere folgen.",
     ["Das gilt z.B. für Schulen bzw. Kindergärten.", "Andere folgen."]),
    ("Es kamen ca. 300 Menschen. Die Polizei war da.", ["Es kamen ca. 300 Menschen.", "Die Polizei war da."]),
    ("Das Dokument Nr. 5 fehlt. Es wird gesucht.", ["Das Dokument Nr. 5 fehlt.", "Es wird gesucht."]),
    ("Die Kirche St. Stephan ist voll. Viele warten.", ["Die Kirche St. Stephan ist voll.", "Viele warten."]),
    ("Mr. Smith arrived late. He apologised.", ["Mr. Smith arrived late.", "He apologised."]),
    ("The U.S. Army confirmed the report. It gave no details.",
     ["The U.S. Army confirmed the report.", "It gave no details."]),
    ("Talks were held in the U.S. The next round is in Geneva.",
     ["Talks were held in the U.S.", "The next round is in Geneva."]),
    ("Costs rose, e.g. for energy. Wages did not.", ["Costs rose, e.g. for energy.", "Wages did not."]),
    ("Die Zahl stieg auf 300. Die Behörden warnten.", ["Die Zahl stieg auf 300.", "Die Behörden warnten."]),
    ("Der Verein feierte am 5. Spieltag den ersten Sieg. Die Fans jubelten.",
     ["Der Verein feierte am 5. Spieltag den ersten Sieg.", "Die Fans jubelten."]),
    ("„Wir sind bereit.“ Das sagte der Minister.", ["„Wir sind bereit.“", "Das sagte der Minister."]),
    ("“We are ready.” The minister said so.", ["“We are ready.”", "The minister said so."]),
    ("„Ist das klar?“, fragte sie. Niemand antwortete.", ["„Ist das klar?“, fragte sie.", "Niemand antwortete."]),
    ("«Nous sommes prêts», sagte er. Dann ging er.", ["«Nous sommes prêts», sagte er.", "Dann ging er."]),
    ("Was nun? Niemand weiß es! Alle warten.", ["Was nun?", "Niemand weiß es!", "Alle warten."]),
    ("Schlagzeile ohne Punkt\n\nDer erste Satz folgt. Der zweite auch.",
     ["Schlagzeile ohne Punkt", "Der erste Satz folgt.", "Der zweite auch."]),
    ("Headline Without Stop\nThe body starts here.", ["Headline Without Stop", "The body starts here."]),
    ("Ein Satz, der umbrochen\nwurde, bleibt ganz.", ["Ein Satz, der umbrochen\nwurde, bleibt ganz."]),
    ("Erster Absatz.\n\n\nZweiter Absatz.", ["Erster Absatz.", "Zweiter Absatz."]),
    ("Die Inflation lag bei 2,4 Prozent. 2025 soll sie sinken.",
     ["Die Inflation lag bei 2,4 Prozent.", "2025 soll sie sinken."]),
    ("Er warnte… Dann schwieg er.", ["Er warnte…", "Dann schwieg er."]),
    ("J. K. Rowling schrieb es. Es wurde ein Erfolg.", ["J. K. Rowling schrieb es.", "Es wurde ein Erfolg."]),
    ("", []),
    ("   \n\n  ", []),
    # Titles before a name end no sentence; a sentence may still end before them.
    ("Cllr. Ann Hale chaired the meeting. It ran late.", ["Cllr. Ann Hale chaired the meeting.", "It ran late."]),
    ("Det. Sgt. Mark Roe gave evidence. He was calm.", ["Det. Sgt. Mark Roe gave evidence.", "He was calm."]),
    ("Mme. Claire Roux declined to comment. Talks go on.",
     ["Mme. Claire Roux declined to comment.", "Talks go on."]),
    ("The vote was won by Sens. Hale and Roe. Both were pleased.",
     ["The vote was won by Sens. Hale and Roe.", "Both were pleased."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_split(text, expected):
    got = split_sentences(text)
    assert [s.text for s in got] == expected
    for s in got:
        assert text[s.start : s.end] == s.text


def test_headline_flag():
    text = "Witkoff berät mit Trump\n\nDer Gesandte reiste ab."
    head, body = split_sentences(text)
    assert head.headline and not body.headline


def test_offsets_survive_leading_whitespace_and_crlf():
    text = "  \r\n Erster Satz.\r\nZweiter Satz.  "
    got = split_sentences(text)
    assert [text[s.start : s.end] for s in got] == ["Erster Satz.", "Zweiter Satz."]
