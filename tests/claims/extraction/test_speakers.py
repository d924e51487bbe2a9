"""Speakers: attribution verbs, laut/zufolge/according to, quotes across sentences."""

import pytest

from claims.extraction import extract_claims, find_speaker

SINGLE = [
    ("de", "Die Lage sei stabil, sagte Uschakow.", "Uschakow"),
    ("de", "„Wir verhandeln weiter“, so Selenskyj.", "Selenskyj"),
    ("de", "Die Straße bleibt gesperrt, teilte die Polizei mit.", "die Polizei"),
    ("de", "Nach Angaben der Behörden wurden 40 Häuser zerstört.", "die Behörden"),
    ("de", "Laut Uschakow wurde auch über Sanktionen gesprochen.", "Uschakow"),
    ("de", "Das Treffen sei konstruktiv gewesen, sagte am Abend in Ankara Außenminister Hakan Fidan.", "Hakan Fidan"),
    ("de", "„Es gibt keine Einigung“, sagte Kreml-Sprecher Dmitri Peskow am Mittwoch.", "Dmitri Peskow"),
    ("de", "Der Minister erklärte am Montag, die Reform komme 2026.", "der Minister"),
    ("de", "Ein Sprecher des Innenministeriums bestätigte den Vorfall.", "ein Sprecher des Innenministeriums"),
    ("de", "Der Vorschlag liege auf dem Tisch, fügte die Ministerin hinzu.", "die Ministerin"),
    ("de", "Dem Bericht zufolge stiegen die Kosten deutlich.", "der Bericht"),
    ("de", "Der Nachrichtenagentur Reuters zufolge ist der Deal fast fertig.", "die Nachrichtenagentur Reuters"),
    ("de", "Wie die Stadt mitteilte, bleiben die Bäder geschlossen.", "die Stadt"),
    ("de", "Nach Polizeiangaben wurde niemand verletzt.", "Polizei"),
    ("de", "Bundeskanzler Friedrich Merz betonte, Deutschland stehe an der Seite der Ukraine.", "Friedrich Merz"),
    ("de", "Am Dienstag sagte Premierministerin Giorgia Meloni in Rom, Italien werde zahlen.", "Giorgia Meloni"),
    ("de", "Die Zahl der Toten stieg auf zwölf.", None),
    ("de", "Kushner nahm erstmals an so einem Gespräch teil.", None),
    ("en", "Three people were killed, police said.", "police"),
    ("en", "The minister said the plan would cost $2 billion.", "the minister"),
    ("en", "“We are ready to talk,” Prime Minister Keir Starmer said on Tuesday.", "Keir Starmer"),
    ("en", "Exports fell 5%, according to the ministry.", "the ministry"),
    ("en", "“It is over,” said Foreign Minister Penny Wong.", "Penny Wong"),
    # A genitive "-es" goes back to the nominative; the gender comes from the noun's ending.
    ("de", "Nach Angaben des Vereines kamen 300 Fans zum Training.", "der Verein"),
    ("de", "Nach Angaben des Spitales wurden zwölf Patienten behandelt.", "das Spital"),
    ("de", "Dem Gutachten zufolge sind 40 Prozent der Brücken sanierungsbedürftig.", "das Gutachten"),
    # A lower-case role before the name, after the quote or after the verb.
    ("en", "“We grew sales by 9% last year,” chief executive Laura Kent said.", "Laura Kent"),
    ("en", "“We grew sales by 9% last year,” said chief executive Laura Kent.", "Laura Kent"),
    # Possessives start the speaker's phrase like articles, and take the nominative.
    ("de", "Der Angeklagte bestreitet die Vorwürfe, sagte sein Anwalt.", "sein Anwalt"),
    ("de", "Laut seinem Anwalt bestreitet der Angeklagte die Vorwürfe.", "sein Anwalt"),
    ("de", "Nach Angaben ihrer Sprecherin trat die Ministerin am Montag zurück.", "ihre Sprecherin"),
    ("de", "Nach Angaben seines Anwalts legte der Angeklagte Berufung ein.", "sein Anwalt"),
    ("en", "A spokesperson for the ministry told Reuters the talks had ended.", "a spokesperson for the ministry"),
    ("en", "U.S. Secretary of State Marco Rubio said the deal was close.", "Marco Rubio"),
    ("en", "The company said in a statement that profits doubled.", "the company"),
    ("en", "Officials confirmed that 12 people had died.", "officials"),
    ("en", "The bridge reopened on Monday after repairs.", None),
    ("de", "Zehn Soldaten kamen frei, hieß es aus dem Verteidigungsministerium.", "das Verteidigungsministerium"),
    ("de", "Die Gespräche gehen weiter, heißt es in einer Aussendung des Ministeriums.", "das Ministerium"),
    ("de", "Nach Informationen des „Spiegel“ soll der Vertrag verlängert werden.", "der Spiegel"),
    ("de", "Die Arbeiten sollen nach Schätzungen der Stadt 5 Millionen Euro kosten.", "die Stadt"),
    ("en", "Six people died in the crash, state media reported.", "state media"),
    ("en", "A boy was among the victims, hospital officials said.", "hospital officials"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), SINGLE, ids=[s[1][:40] for s in SINGLE])
def test_speaker_in_sentence(lang, text, speaker):
    got = find_speaker(text, lang)
    assert got == speaker


def _speakers(text, lang):
    return [(c.text[:25], c.speaker) for c in extract_claims(text, language=lang, min_score=0)]


def test_quote_over_two_sentences_takes_the_closing_attribution():
    text = (
        "„Wir haben das Angebot schon 20 Mal abgelehnt. Und wir werden es wieder tun“, "
        "sagte der Gewerkschaftschef Anton Berger."
    )
    got = _speakers(text, "de")
    assert [s for _, s in got] == ["Anton Berger", "Anton Berger"]


def test_continued_quote_keeps_the_speaker():
    text = (
        "“We have rebuilt 40 schools,” the mayor said on Friday. "
        "“Another 12 will open by March.”"
    )
    assert [s for _, s in _speakers(text, "en")] == ["the mayor", "the mayor"]


def test_quote_opened_after_colon():
    text = "Die Ministerin sagte im Parlament: „Die Reform kommt. Sie kostet 3 Milliarden Euro.“"
    assert [s for _, s in _speakers(text, "de")] == ["die Ministerin", "die Ministerin"]


def test_pronoun_resolves_to_previous_speaker():
    text = "Finanzminister Lars Klingbeil sagte, der Haushalt stehe. Er kündigte zudem Kürzungen an."
    assert [s for _, s in _speakers(text, "de")] == ["Lars Klingbeil", "Lars Klingbeil"]


def test_indirect_speech_continues_the_report():
    text = "Der Sprecher sagte, die Truppen zögen ab. Die Waffenruhe gelte seit Montag."
    assert [s for _, s in _speakers(text, "de")] == ["der Sprecher", "der Sprecher"]


def test_unattributed_quote_after_unrelated_sentence_has_no_speaker():
    text = "Der Zug fuhr um 8 Uhr ab. „Das ist ein Skandal“ stand auf einem Plakat am Bahnhof."
    assert _speakers(text, "de")[0][1] is None


@pytest.mark.parametrize(
    "quote",
    [
        "„Die Lage ist ernst“",
        "“Die Lage ist ernst”",
        '"Die Lage ist ernst"',
        "«Die Lage ist ernst»",
        "»Die Lage ist ernst«",
    ],
)
def test_quote_styles(quote):
    text = f"{quote}, sagte die Bürgermeisterin Eva Gruber."
    assert find_speaker(text, "de") == "Eva Gruber"
