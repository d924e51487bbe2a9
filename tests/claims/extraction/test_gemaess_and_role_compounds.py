"""Swiss "gemäss" (and "gemäß") before a source reads like "laut", but a rule, an agreement or a
document after it is what is complied with, no source; a personal name in apposition after a role's
phrase keeps its foreign letters ("Berberoğlu"); a hyphenated second surname shaped like a role
("Mirzaei-Tabar") is no role after a listed one; English roles in "-woman"/"-person" before a name
are dropped like "Ombudsman"."""

import pytest

from claims.extraction.speakers import find_speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "Die Prämien steigen gemäss Bundesrat um rund 4 Prozent.", "Bundesrat"),
        ("de", "Jährlich reisen gemäss Bundesamt für Zoll rund 12'000 Lastwagen ein.", "Bundesamt für Zoll"),
        ("de", "Gemäss Kantonspolizei wurden drei Personen leicht verletzt.", "Kantonspolizei"),
        ("de", "Die Zahl der Fälle stieg gemäß Gesundheitsamt auf 41.", "Gesundheitsamt"),
        ("de", "Gemäss Statistik Austria stiegen die Mieten um 6 Prozent.", "Statistik Austria"),
        (
            "de",
            "Die Gespräche dauerten zwei Tage, sagte der Sprecher des polnischen Außenministeriums, Paweł Wroński.",
            "Paweł Wroński",
        ),
        (
            "de",
            "Der Schaden betrage 3 Millionen Euro, sagte der Leiter der türkischen Katastrophenbehörde, Okay Memiş.",
            "Okay Memiş",
        ),
        ("de", "Die Gespräche dauerten drei Stunden, sagte Regierungssprecher Omid Karimi-Nazar.", "Omid Karimi-Nazar"),
        ("en", "Ombudsperson Lena Varga said 14 complaints had been upheld.", "Lena Varga"),
        ("en", "Chairwoman Rita Osei said 12 members had voted against the plan.", "Rita Osei"),
        ("en", "Councilwoman Maya Torres said 40 homes were flooded.", "Maya Torres"),
    ],
)
def test_speaker_found(lang: str, text: str, speaker: str) -> None:
    assert find_speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # A rule, an agreement or a document after "gemäß": no source.
        ("de", "Die Kantone erhalten gemäss der Vereinbarung mit dem Bund bis zu 2 Mrd. Franken.", None),
        ("de", "Gemäß Artikel 5 der Verordnung sind höchstens 30 Tage erlaubt.", None),
        ("de", "Gemäss dem neuen Reglement dürfen nur 20 Personen teilnehmen.", None),
        ("de", "Bis 2030 fehlen gemäss einer Studie des Spitalverbands 5000 Ärztinnen.", None),
        # "laut" keeps reading what it read before.
        ("de", "Laut Kantonspolizei wurden drei Personen leicht verletzt.", "Kantonspolizei"),
        # A double surname after a role's listed name stays whole where the role is a person's own.
        ("de", "Die Gespräche dauerten drei Stunden, sagte Omid Karimi-Nazar.", "Omid Karimi-Nazar"),
        ("de", "Die Lage sei ernst, sagte die SPÖ-Politikerin Anna Huber.", "Anna Huber"),
        # A role's phrase with no name after it stays as it is.
        (
            "de",
            "Es war das dritte Treffen binnen zwei Wochen, sagte der Sprecher des türkischen Außenministeriums.",
            "der Sprecher des türkischen Außenministeriums",
        ),
        # The bare nouns are no roles.
        ("en", "Woman Hour Productions said 40 jobs would go.", "Woman Hour Productions"),
    ],
)
def test_near_misses(lang: str, text: str, speaker: str | None) -> None:
    assert find_speaker(text, lang) == speaker
