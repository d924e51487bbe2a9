"""A claim is a statement: "behaupten" and "claim" as verbs of saying; the German perfect with its
subject after a fronted phrase ("In der Debatte hat X gesagt"), also after a dateline; a party and a
member's seat before a name ("Labour MP X"); a record in amount in a scare quote ("“higher than ever”")
as a claim, not a verdict. Sample sentences written for these tests (sample data, copied from no
batch or article).
"""

import pytest

from claims.extraction import extract_claims
from claims.extraction.speakers import find_speaker

FOUND = [
    # behaupten: the simple past, the present, the perfect, fronted and after a dateline
    ("de", "Landesrätin Petra Moosbrugger behauptet, die Wartelisten seien halbiert worden.", "Petra Moosbrugger"),
    ("de", "Die beiden Bürgermeister behaupteten, das Projekt koste nichts.", "die beiden Bürgermeister"),
    ("de", "Grünen-Sprecher Anton Ederer hat im Radio behauptet, jeder vierte Zug sei verspätet.", "Anton Ederer"),
    (
        "de",
        "Graz (APA) - Im Gemeinderat behauptete der ÖVP-Klubobmann Florian Harrer am Montag, die Stadt spare.",
        "Florian Harrer",
    ),
    ("de", "Linz (APA) - Am Freitag sagte die Landesrätin Eva Pointner, das Budget halte.", "Eva Pointner"),
    # the perfect with the subject after "hat"
    (
        "de",
        "In der Pressestunde hat Verkehrsministerin Gudrun Aigner gesagt, die Bahn werde pünktlicher.",
        "Gudrun Aigner",
    ),
    (
        "de",
        "Innsbruck (APA) - Bei der Budgetrede hatte Finanzreferent Paul Strasser erklärt, die Schulden sänken.",
        "Paul Strasser",
    ),
    # claim as a verb
    ("en", "Councillor Rhoda Finch claims that bus fares have tripled.", "Rhoda Finch"),
    ("en", "The campaign claims the new bridge will cost nothing.", "the campaign"),
    ("en", "Senator Hal Brewster has claimed that wages fell last year.", "Hal Brewster"),
    # a party and a seat's letters before the name
    ("en", "Labour MP Tom Arkwright said the hospital would close.", "Tom Arkwright"),
    ("en", "\"We were never consulted,\" said Green MSP Isla Rennie.", "Isla Rennie"),
]

NOT_FOUND = [
    # the noun "claims": its own verb or preposition follows
    ("en", "Initial jobless claims rose by 9,000 last week."),
    ("en", "Insurance claims for storm damage reached a new high."),
    ("en", "Unemployment claims fell sharply in March."),
    # "Das" before a noun is the subject's article, nothing is fronted ("sagten Ja" is a vote)
    ("de", "Das Kantonsparlament hat den Kredit abgelehnt, nur drei Fraktionen sagten Ja."),
    # the perfect of a verb that says nothing
    ("de", "Am Montag hat der Stadtrat das Budget beschlossen."),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), FOUND)
def test_speaker_found(lang, text, speaker):
    assert find_speaker(text, lang) == speaker


@pytest.mark.parametrize(("lang", "text"), NOT_FOUND)
def test_no_speaker(lang, text):
    assert find_speaker(text, lang) is None


def test_plain_role_kept():
    # no name after the seat's letters: the phrase stays as it is
    assert find_speaker("The MP said the hospital would close.", "en") == "the MP"


RECORD_CLAIMS = [
    ("de", "Moosbrugger behauptete zudem, die Mieten in der Steiermark seien „höher als je zuvor“."),
    ("en", 'Finch claimed that ticket prices on the line were "higher than ever."'),
]

VERDICTS = [
    # a comparative of judgement against all time stays a verdict
    ("en", 'Finch claimed that the city was "better than ever."'),
    ("en", 'Brewster said the party was "stronger than ever."'),
]


@pytest.mark.parametrize(("lang", "text"), RECORD_CLAIMS)
def test_record_in_scare_quote_is_claim(lang, text):
    assert extract_claims(text, language=lang)


@pytest.mark.parametrize(("lang", "text"), VERDICTS)
def test_judging_comparative_stays_verdict(lang, text):
    assert not extract_claims(text, language=lang)
