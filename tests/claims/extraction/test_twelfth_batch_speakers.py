"""Speakers the twelfth blind batch's first run missed, in forms of its kinds (sample sentences
written for tests, not rows of the batch), with near misses that must not change."""

import pytest

from claims.extraction import extract_claims, find_speaker

# "..., wie X mitteilte." closing the sentence names the source, not the subject before it.
WIE_AT_END = [
    (
        "Die Bauern forderten 20 Millionen Euro Hilfe, wie die Landwirtschaftskammer am Mittwoch mitteilte.",
        "die Landwirtschaftskammer",
    ),
    ("Die Täter forderten rund 40.000 Euro, wie die Polizei berichtete.", "die Polizei"),
    (
        "Der Konzern kritisierte die Pläne scharf, wie ein Sprecher des Ministeriums bestätigte.",
        "ein Sprecher des Ministeriums",
    ),
]
# Right after the verb the "wie" clause is its object: the subject speaks.
WIE_NEAR_MISSES = [
    ("Der Zeuge berichtete, wie der Täter ihn warnte.", "der Zeuge"),
    ("Die Ministerin sagte, 300 Stellen fielen weg.", "die Ministerin"),
]

# English attributions.
ENGLISH = [
    # "and" between capitalised words inside an institution's name
    ("Drug recalls rose 12% last year, the Food and Drug Administration said.", "the Food and Drug Administration"),
    (
        "Teachers will walk out for two days in May, the Secondary Teachers and Lecturers Association said.",
        "the Secondary Teachers and Lecturers Association",
    ),
    # the attribution closing the sentence after a comma beats an earlier verb ("added")
    (
        "The company added 1,200 jobs in March, well above forecasts, the statistics office said.",
        "the statistics office",
    ),
    (
        "Factories added 35,000 workers, more than analysts had forecast, the Commerce Department said on Friday.",
        "the Commerce Department",
    ),
    # a hyphenated lower-case role before a name is dropped like "chief executive"
    ("The college will close two campuses by 2027, vice-chancellor Mark Devlin said.", "Mark Devlin"),
    ("Sales doubled to $4 million, co-founder Ana Ruiz said.", "Ana Ruiz"),
    # after an article a verb form is an adjective, not the attribution
    ("The flood caused an estimated $3 billion in damage, according to state officials.", "state officials"),
    ("The parade drew an estimated 200,000 people, according to police.", "police"),
]
# Near misses: unchanged.
ENGLISH_NEAR_MISSES = [
    # "and" between two names joins no one name; the two speak together (test_coordinated_speakers.py)
    ("Germany and France said they would send 500 troops.", "Germany and France"),
    ("Smith and the Labor Department said 40 people were hired.", "Smith and the Labor Department"),
    ("Jobs rose by 3,000 in June, the Labor Department said.", "the Labor Department"),
    ("The storm caused an estimated $2 billion in damage, officials said.", "officials"),
    ("The bank estimated losses at 40 million euros.", "the bank"),
]


@pytest.mark.parametrize(("text", "speaker"), WIE_AT_END + WIE_NEAR_MISSES)
def test_german(text, speaker):
    assert find_speaker(text, "de") == speaker
    claims = extract_claims(text, language="de")
    assert claims and claims[0].speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), ENGLISH + ENGLISH_NEAR_MISSES)
def test_english(text, speaker):
    assert find_speaker(text, "en") == speaker
