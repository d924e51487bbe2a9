"""What an unnamed group hopes, fears or expects, or a group of commentators says, is a mood, not a claim
(own sentences, written for these tests).

Each rejected row was returned before group_hopes.py; each kept row is a fact of the same shape that must stay
returned: an expectation with a figure, a named body's expectation in the singular, a poll, officials' or
investigators' expectation, a mood with its source named; what commentators say with a figure, what
witnesses or residents say happened.
"""

import pytest

from claims.extraction import extract_claims

REJECTED = [
    ("en", "Shopkeepers hope the new bypass will bring customers back."),
    ("en", "Parent groups fear the changes will widen the attainment gap."),
    ("en", "Few in Brussels expect the deal to survive the summer."),
    ("en", "Many growers fear the frost has ruined the harvest."),
    ("de", "Die Bewohnerinnen und Bewohner hoffen auf eine rasche Lösung."),
    ("de", "Gastwirte in der Altstadt fürchten, dass die Touristen ausbleiben."),
    ("de", "Händler rechnen in den kommenden Wochen mit einem ruhigen Geschäft."),
    # An unnamed group of commentators says something.
    ("en", "Critics said the reform would do little for first-time buyers."),
    ("en", "Some economists questioned whether the subsidy would ever reach renters."),
    ("en", "Some analysts warned that the rally could run out of steam."),
    ("en", "Economists say the housing market is finally turning a corner."),
    ("de", "Kritiker sagen, die Reform gehe an den Bedürfnissen der Pflegekräfte vorbei."),
    # After one word ("Retail analysts", "Business groups").
    ("en", "Energy analysts cautioned against reading too much into the latest cold snap."),
    ("en", "Farming groups warned the new rules would push small producers out of business."),
]

KEPT = [
    # With a figure.
    ("en", "Economists expect the jobless rate to rise to 5.2% by the end of the year."),
    ("de", "Die Winzer rechnen mit Ernteausfällen von bis zu 30 Prozent."),
    # A named body in the singular, a poll, officials, a source named.
    ("en", "The Bundesbank expects the German economy to shrink this year."),
    ("de", "Die Notenbank rechnet mit einer Zinssenkung im Juni."),
    ("en", "Analysts surveyed by Bloomberg expect the company to report a loss."),
    ("en", "Officials expect the bridge to reopen on Monday."),
    ("en", "Residents fear the plant will close, the local MP said."),
    # Commentators with a figure; witnesses and residents on what happened.
    ("en", "Analysts said the takeover valued the company at about $4 billion."),
    ("en", "Witnesses said the car had mounted the pavement before hitting the shop front."),
    ("en", "Residents said they had heard a loud explosion shortly before the fire broke out."),
    # What a group says it will do.
    ("en", "Patient groups said they would challenge the decision in court."),
    # An act a group reports: a fact to check, whoever reports it.
    ("en", "Rights groups said the army had detained activists."),
    ("en", "Aid groups said the convoy was turned back at the border."),
    ("en", "Critics said the minister had ignored the warnings."),
    ("de", "Kritiker sagten, die Polizei habe die Demonstranten gewaltsam zurückgedrängt."),
]


@pytest.mark.parametrize("lang,text", REJECTED)
def test_group_mood_is_rejected(lang, text):
    assert extract_claims(text, language=lang) == []


@pytest.mark.parametrize("lang,text", KEPT)
def test_fact_of_the_same_shape_is_kept(lang, text):
    assert extract_claims(text, language=lang)
