"""Speakers the eleventh blind batch's first run missed, in forms of its kinds (sample sentences
written for tests, not rows of the batch), with near misses that must not change."""

import pytest

from claims.extraction import extract_claims, find_speaker

# A verb of estimating or expecting after a comma at the end of the sentence attributes like "sagte".
ESTIMATES = [
    (
        "Etwa jeder fünfte Jugendliche in Tirol raucht täglich, schätzt das Gesundheitsministerium.",
        "das Gesundheitsministerium",
    ),
    ("Die Wirtschaft wächst heuer um 1,2 Prozent, erwartet das Wifo.", "das Wifo"),
    ("Die Sanierung kostet rund 40 Millionen Euro, schätzte Stadträtin Anna Berger.", "Anna Berger"),
    ("Bis 2030 fehlen im Land 20.000 Pflegekräfte, rechnen Experten.", "Experten"),
    ("Im Herbst steigen die Mieten um weitere 3 Prozent, rechnet die Arbeiterkammer vor.", "die Arbeiterkammer"),
    ("Die Ernte fällt um ein Drittel kleiner aus, erwarten die Bauernverbände.", "die Bauernverbände"),
]

# Where the verb is no attribution: before its object, or with a pronoun for the one expected.
ESTIMATE_NEAR_MISSES = [
    "Die Regierung schätzt die Lage als ernst ein.",
    "Die Landesregierung erwartet vom Bund 50 Millionen Euro.",
    "Wird er verurteilt, erwartet ihn eine Haftstrafe von bis zu fünf Jahren.",
    "Wer sparen will, rechnet genau nach.",
]

# A participle clause between the subject and "said" ("X, speaking in ... alongside ..., said").
PARTICIPLE_CLAUSES = [
    ("Maria Lopez, speaking to reporters in Madrid on Monday, said the port would reopen in May.", "Maria Lopez"),
    ("Olaf Brandt, addressing the party conference in Leipzig, said 400 new posts would be created.", "Olaf Brandt"),
    (
        "The finance minister, writing in a newspaper column, said debt had reached 98% of output.",
        "the finance minister",
    ),
    (
        "Jonas Meyer, standing beside the Irish prime minister, told reporters that 12 ships had been stopped.",
        "Jonas Meyer",
    ),
]

# A clause before the participle is no subject: the name after "said" speaks.
PARTICIPLE_NEAR_MISSES = [
    ("Prices rose 2%, adding to pressure on households, said Jane Smith, an economist.", "Jane Smith"),
    ("Sales fell 4% in March, according to data from the retail association.", "the retail association"),
]


@pytest.mark.parametrize(("text", "speaker"), ESTIMATES)
def test_estimate_after_a_comma_attributes(text, speaker):
    assert find_speaker(text, "de") == speaker
    claims = extract_claims(text, language="de")
    assert claims and claims[0].speaker == speaker


@pytest.mark.parametrize("text", ESTIMATE_NEAR_MISSES)
def test_estimate_before_its_object_names_no_speaker(text):
    assert find_speaker(text, "de") is None


@pytest.mark.parametrize(("text", "speaker"), PARTICIPLE_CLAUSES)
def test_subject_before_a_participle_clause_speaks(text, speaker):
    assert find_speaker(text, "en") == speaker
    claims = extract_claims(text, language="en")
    assert claims and claims[0].speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), PARTICIPLE_NEAR_MISSES)
def test_clause_before_a_participle_is_no_subject(text, speaker):
    assert find_speaker(text, "en") == speaker
