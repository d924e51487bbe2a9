"""A source after "nach Angaben", "laut" or "zufolge" whose head noun has a name after it in
apposition ("des Landes Tirol", "dem Land Kärnten", "des Kantons Bern") is given in the nominative
by its head, not by the name: "das Land Tirol", "der Kanton Bern"; the name keeps its form."""

import pytest

from claims.extraction import extract_claims


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nach Angaben des Landes Tirol sind 30 Lawinenwarnstufen ausgegeben worden.", "das Land Tirol"),
        ("Dem Land Kärnten zufolge fehlen 120 Pflegekräfte in den Heimen.", "das Land Kärnten"),
        ("Laut dem Land Vorarlberg wurden 45 Brücken saniert.", "das Land Vorarlberg"),
        ("Nach Angaben des Kantons Bern wurden 80 Stellen neu geschaffen.", "der Kanton Bern"),
        ("Nach Angaben des Bezirks Neukölln fehlen 300 Kitaplätze.", "der Bezirk Neukölln"),
        ("Nach Angaben des Unternehmens Zalando stieg der Umsatz um 5 Prozent.", "das Unternehmen Zalando"),
        ("Laut dem Unternehmen Zalando stieg der Umsatz um 5 Prozent.", "das Unternehmen Zalando"),
        (
            "Nach Angaben des Vereins Deutscher Zementwerke sank der Absatz um 7 Prozent.",
            "der Verein Deutscher Zementwerke",
        ),
        ("Laut dem Wiener Krankenhaus Hietzing wurden 14 Patienten verlegt.", "das Wiener Krankenhaus Hietzing"),
        # Near misses: no name after the head, a feminine head, adjectives of a name, a name in "-is".
        ("Nach Angaben des Bundes fließen 40 Millionen Euro in das Projekt.", "der Bund"),
        ("Nach Angaben der Stadt Graz wurden 12 Schulen geschlossen.", "die Stadt Graz"),
        ("Nach Angaben des Deutschen Roten Kreuzes wurden 25 Helfer eingesetzt.", "das Deutsche Rote Kreuz"),
        ("Laut dem Deutschen Wetterdienst fielen 60 Liter Regen pro Quadratmeter.", "der Deutsche Wetterdienst"),
        ("Nach Angaben des Statistischen Bundesamts stiegen die Preise um 2,1 Prozent.", "das Statistische Bundesamt"),
        ("Nach Angaben des Bundesamts für Statistik stiegen die Preise um 2,1 Prozent.", "das Bundesamt für Statistik"),
    ],
)
def test_head_noun_before_name(text, speaker):
    assert extract_claims(text, "de")[0].speaker == speaker
