"""A result moving its object in a table, and a record count stated in a quote (ninety-eighth batch).

- "The win lifts City to second": a verb of moving with its object (one or two words), "to"/"into",
  the rank; as "climbed to second" without an object. Not a second reading or a second vote.
- "„So viele Besucher hatten wir noch nie“", "we have never had so many bookings": a count had
  (not seen) against all time is checkable, like "mehr als je zuvor"; a sight or a feeling stays
  an experience.
"""

import pytest

from claims.extraction import extract_claims


def _ordinals(text: str) -> list[int]:
    return [q.value for c in extract_claims(text, language="en") for q in c.quantities if q.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "ordinals"),
    [
        ("The win lifts City to second, four points behind leaders Arsenal.", [2]),
        ("The victory took Leeds into first with two games left.", [1]),
        ("Saturday's draw moved Celtic up to second, a point behind Rangers.", [2]),
        ("The late goal sends Brentford to ninth.", [9]),
        # near misses: no table
        ("The committee sent the bill to second reading on Tuesday.", [2]),
        ("The result puts them to first.", []),
        ("The defeat sends the club to the bottom of the table.", []),
    ],
)
def test_a_result_moving_its_object_in_a_table_is_a_rank(text, ordinals):
    assert _ordinals(text) == ordinals


@pytest.mark.parametrize(
    "text",
    [
        "«So viele Besucher hatten wir noch nie», sagte Festivalleiterin Mara Stocker.",
        "„So viele Anmeldungen gab es noch nie“, sagte die Obfrau des Vereins.",
        '"We have never had so many bookings," the hotel manager said.',
        '"Never before had so many people registered," the organisers said.',
    ],
)
def test_a_record_count_in_a_quote_is_a_claim(text):
    assert extract_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "„So viele glückliche Gesichter habe ich noch nie gesehen“, sagte die Trainerin.",
        '"I have never felt so many emotions at once," she said.',
    ],
)
def test_a_sight_or_a_feeling_stays_an_experience(text):
    assert not extract_claims(text)
