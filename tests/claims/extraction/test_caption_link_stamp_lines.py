"""Lines that are no claims whatever they hold: a caption's label ("Archivbild: ...", "File photo:
..."), a link to another story ("Mehr dazu: ...", "Read more: ..."), a page's timestamp as the whole
line ("Stand: 14.02.2026, 09:05 Uhr", "Updated 40 minutes ago") and a line of credits with names only
("(Compiled by Ann Bell; Editing by Tom Rudd)"). Near misses stay claims: a factbox line with its own
"Stand", figures that were updated, reporting that revealed something."""

import pytest

from claims.extraction import extract_claims


def _returned(text: str, lang: str) -> bool:
    return bool(extract_claims(text, language=lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Archivbild: Ein Rettungshubschrauber landet auf dem Dach der Klinik."),
        ("de", "Mehr dazu: Arbeitslosigkeit steigt im Jänner auf 7,9 Prozent"),
        ("de", "Stand: 14.02.2026, 09:05 Uhr"),
        ("en", "File photo: Commuters queue at Waterloo station in London, Jan 9, 2026."),
        ("en", "Read more: Bank holds rates at 3.75% as growth stalls"),
        ("en", "Updated 40 minutes ago"),
        ("en", "(Compiled by Ann Bell; Editing by Tom Rudd)"),
    ],
)
def test_line_is_no_claim(lang: str, text: str) -> None:
    assert not _returned(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Beschäftigte: 4.120 (Stand: 1. März 2026)"),
        ("de", "Die Zahlen wurden zuletzt am Montag aktualisiert: 312 Fälle."),
        ("en", "Updated figures show 3 million homes were without power."),
        ("en", "Reporting by the Observer revealed that 40 councils had overspent."),
    ],
)
def test_near_misses_stay_claims(lang: str, text: str) -> None:
    assert _returned(text, lang)


def test_credit_words_before_a_finding_stay_a_claim() -> None:
    assert _returned("Reporting by the Observer revealed that the mayor had met the developer.", "en")
