"""A range of money whose scale word stands only after its second end (reported by the evidence tester).

"between $1.5 and $2 billion", "from €3 to €4bn": the second end's scale reaches back over its own
currency sign, as it does without one ("$1.2-1.5 billion"); not where the first end is larger ("$500 and
$2 billion was spent elsewhere") or no scale follows ("$15 to $20").
"""

import pytest

from claims.extraction import extract_claims


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("It costs between $1.5 and $2 billion.", [1_500_000_000, 2_000_000_000]),
        ("Estimates range from €3 to €4bn.", [3_000_000_000, 4_000_000_000]),
        ("The plant will cost between £40 and £60 million.", [40_000_000, 60_000_000]),
        # near misses
        ("The bill came to $500 and $2 billion was spent elsewhere.", [500, 2_000_000_000]),
        ("Tickets cost $15 to $20.", [15, 20]),
    ],
)
def test_the_scale_of_the_second_end_reaches_back(text, values):
    found = [q.value for c in extract_claims(text, language="en") for q in c.quantities if q.kind == "money"]
    assert found == values
