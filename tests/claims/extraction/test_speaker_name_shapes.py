"""Speakers whose names have an unusual shape: an ampersand inside a name ("Procter & Gamble",
"the Centers for Medicare & Medicaid Services"), a command named after a rank ("the General
Staff", where "General" is no title before a name), a body's name in lower case after its head
noun in "teilte ... mit" ("die Gewerkschaft vida"); and military ranks before a name, dropped as
titles are."""

import pytest

from claims.extraction import extract_claims


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Procter & Gamble said organic sales rose 3% in the quarter.", "en", "Procter & Gamble"),
        (
            "Enrolment rose by 1.2 million, the Centers for Medicare & Medicaid Services said.",
            "en",
            "the Centers for Medicare & Medicaid Services",
        ),
        ("Home goods chain Barker & Stone said it would close 14 stores.", "en", "Barker & Stone"),
        ("Israel's General Staff said 12 rockets had been intercepted overnight.", "en", "Israel's General Staff"),
        ("Russia lost 900 troops in a day, according to the General Staff.", "en", "the General Staff"),
        ("Die Löhne steigen um 4,1 Prozent, teilte die Gewerkschaft younion mit.", "de", "die Gewerkschaft younion"),
        ("Rund 9.000 Beschäftigte sind betroffen, wie die Gewerkschaft vida mitteilte.", "de", "die Gewerkschaft vida"),
        # Near misses: a role before a name still drops, "Chief of Staff" is a title, an adverb is no name,
        # a lower-case word after a source mid-sentence belongs to the clause, "&" between clauses joins none.
        ("General Staff spokesman Andriy Kovalenko said 40 drones were shot down.", "en", "Andriy Kovalenko"),
        ("Chief of Staff Susie Wiles said 5 new advisers had been hired.", "en", "Susie Wiles"),
        ("Die Löhne sollen um 4,1 Prozent steigen, teilte die Gewerkschaft gestern mit.", "de", "die Gewerkschaft"),
        ("Die Löhne sollen um 4,1 Prozent steigen, teilte die Gewerkschaft schriftlich mit.", "de", "die Gewerkschaft"),
        ("Jede vierte Gemeinde ist nach Angaben des Städtebunds verschuldet.", "de", "der Städtebund"),
        ("Verletzt wurde nach Angaben der Feuerwehr niemand, 3 Autos brannten aus.", "de", "die Feuerwehr"),
    ],
)
def test_speaker_name_shapes(text, lang, speaker):
    assert extract_claims(text, lang)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Die Übung dauert zwölf Tage, sagte Generalmajor Anton Reiter.", "de", "Anton Reiter"),
        ("Es stehen 300 Soldaten bereit, sagte Brigadier Urs Meili vor den Medien.", "de", "Urs Meili"),
        ("Das Bataillon zählt 800 Mann, sagte Oberstleutnant Klaus Brandl.", "de", "Klaus Brandl"),
        ("The brigade will deploy 4,000 troops, said Lieutenant General Mark Haines, its head.", "en", "Mark Haines"),
        ("Major General Ruth Okafor said 12 aircraft took part.", "en", "Ruth Okafor"),
        ("The exercise involved 30 ships, Rear Admiral Tom Vance said.", "en", "Tom Vance"),
    ],
)
def test_military_ranks_dropped_before_a_name(text, lang, speaker):
    # (these passed before this batch's fixes: they guard the convention of the fiftieth batch)
    assert extract_claims(text, lang)[0].speaker == speaker
