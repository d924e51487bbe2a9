"""A present-tense event verb with a date ahead is a schedule, check-worthy like "will meet on Monday":
"The conference ends on Friday with ...", "The trial opens on Monday", "Der Kanzler reist am Montag nach
Kiew". A town told by its river stays in the speaker's name: "das Hauptzollamt Frankfurt am Main".
Near misses: the same verbs without a date ahead, nouns spelt like the German verbs ("Treffen",
"Stimmen") inside a quote, and a place after a speaker's role ("ein Liftbetreiber im Pongau")."""

import pytest

from claims.extraction import extract_claims


def _worthy(text: str, lang: str) -> bool:
    return bool(extract_claims(text, language=lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # before: rejected (no event verb the rules knew in the present)
        ("en", "The conference ends on Friday with a speech by the party's deputy leader."),
        ("en", "The trial opens on Monday."),
        ("en", "The summit begins in Brussels next week."),
        ("en", "The ceasefire expires at midnight on Sunday."),
        ("en", "The committee reconvenes tomorrow to hear the last witnesses."),
        ("de", "Das Parlament stimmt am Donnerstag über das Gesetz ab."),
        ("de", "Der Kanzler reist am Montag nach Kiew."),
        ("de", "Die Frist läuft am Freitag ab."),
        ("de", "Der Ausschuss tagt am kommenden Mittwoch erneut."),
        # near misses that already worked
        ("en", "The trial will open on Monday."),
        ("de", "Das Museum eröffnet am Montag."),
    ],
)
def test_schedule_in_the_present_is_checkworthy(lang: str, text: str) -> None:
    assert _worthy(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The real test begins when the cameras leave."),
        ("de", "„Jedes Paket trifft die Kriegswirtschaft des Kremls ins Mark“, sagte Kallonen."),
        ("de", "„Jedes dieser Treffen bringt uns ein Stück näher zusammen“, sagte der Minister."),
    ],
)
def test_without_a_date_ahead_no_schedule(lang: str, text: str) -> None:
    assert not _worthy(text, lang), text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # before: cut at "am" / "an"
        (
            "Der Mann sitzt in Untersuchungshaft, teilte das Hauptzollamt Frankfurt am Main mit.",
            "das Hauptzollamt Frankfurt am Main",
        ),
        (
            "Das sagte ein Sprecher der Polizei Frankfurt an der Oder am Dienstag.",
            "ein Sprecher der Polizei Frankfurt an der Oder",
        ),
        ("Die Ware war falsch deklariert, wie das Zollamt Weil am Rhein mitteilte.", "das Zollamt Weil am Rhein"),
        # near misses: a place after a role or a name, a date after the body
        ("„Der Winter kommt später“, sagte ein Liftbetreiber im Pongau.", "ein Liftbetreiber"),
        ("Das teilte das Hauptzollamt Frankfurt am Mittwoch mit.", "das Hauptzollamt Frankfurt"),
    ],
)
def test_town_with_its_river_in_a_speaker(text: str, speaker: str) -> None:
    claims = extract_claims(text, language="de", min_score=0)
    assert claims and claims[0].speaker == speaker, (text, claims and claims[0].speaker)
