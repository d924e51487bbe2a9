"""Attribution and quantity forms first missed in the eighty-fourth and eighty-fifth batches, each
with near misses that must not change. Sample sentences written for these tests (sample data,
copied from no batch or article).

- A medium quoting someone: "Tass quoted X as saying", "X was quoted by Tass as saying",
  "..., zitierte die Agentur Tass X": the one quoted speaks, not the agency.
- A title before a possessive name and its office or staff is the owner's, dropped as before a
  name: "Energy Minister Ana Ruiz's office" -> "Ana Ruiz's office".
- "from Oct. 3 to 6": a day range with "to" after "from", as "Oct. 3-6".
- A verb that moves a figure and its particle before "to" ("nudged up to", "bumped up to") is no
  "up to" hedge; "the previously estimated 2.1%" states the figure a revision left, no hedge.
- "Q2" before an economy's measure ("Q2 GDP", "Q2 inflation") is the second quarter wherever it stands.
- "the right one", "a better one" closing a quote or the text is a pronoun; "durch Dritte", "an
  Dritte" (third parties) rank nothing.
"""

import pytest

from claims.extraction import extract_quantities
from claims.extraction.speakers import find_speaker


def _found(text, lang):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


SPEAKERS_FIXED = [
    ("en", "The pipeline will reopen next week, Tass quoted Energy Minister Pavel Orlov as saying.", "Pavel Orlov"),
    ("en", "Orlov was quoted by Tass as saying the pipeline would reopen next week.", "Orlov"),
    (
        "de",
        "Die Pipeline werde nächste Woche wieder geöffnet, zitierte die Agentur Tass Energieminister Pawel Orlow.",
        "Pawel Orlow",
    ),
    ("de", "Die Pipeline werde wieder geöffnet, zitierte Tass den Energieminister.", "der Energieminister"),
    ("de", "Die Agentur Tass zitierte Orlow mit den Worten, die Pipeline werde wieder geöffnet.", "Orlow"),
    ("en", "Energy Minister Ana Ruiz's office said the plant would close in May.", "Ana Ruiz's office"),
    ("en", "The plant will close in May, Mayor Tom Field's spokesman said.", "Tom Field's spokesman"),
]
SPEAKERS_UNCHANGED = [
    ("en", "Energy Minister Ana Ruiz said the plant would close in May.", "Ana Ruiz"),
    ("en", "The plant will close in May, the mayor's office said.", "the mayor's office"),
    ("en", "Ruiz's lawyers said she would appeal.", "Ruiz's lawyers"),
    ("en", "The shares, quoted in Frankfurt, rose 3% on Monday.", None),
    ("de", "Er zitierte Goethe.", None),
    ("de", "Die Pipeline werde wieder geöffnet, zitierte der Minister einen Bericht.", None),
]

QUANTITIES_FIXED = [
    ("en", "The festival runs from Oct. 3 to 6.", [("date", "--10-03", None, None), ("date", "--10-06", None, None)]),
    (
        "en",
        "Talks run from June 2 through 5 in Geneva.",
        [("date", "--06-02", None, None), ("date", "--06-05", None, None)],
    ),
    ("en", "Exports were bumped up to 3.1% from 2.9%.", [("percent", 3.1, "%", None), ("percent", 2.9, "%", None)]),
    ("en", "The rate was nudged up to 4.2%.", [("percent", 4.2, "%", None)]),
    (
        "en",
        "Investment grew 3%, revised down from the previously estimated 2.1% pace.",
        [("percent", 3, "%", None), ("percent", 2.1, "%", None)],
    ),
    ("en", "Japan Q2 GDP shrinks 0.4% as exports slump", [("ordinal", 2, None, None), ("percent", 0.4, "%", None)]),
    ("en", "Eurozone Q1 inflation eases to 2.2%", [("ordinal", 1, None, None), ("percent", 2.2, "%", None)]),
    ("en", 'The minister called the deal "a good one" and signed it.', []),
    ("en", "The old bridge was torn down and replaced with a sturdier one", []),
    ("de", "Die Daten dürfen nicht an Dritte weitergegeben werden.", []),
    ("de", "Eine Prüfung durch Dritte lehnte die Firma ab.", []),
]
QUANTITIES_UNCHANGED = [
    ("en", "The index rose on March 3 to 12.", [("date", "--03-03", None, None), ("count", 12, None, None)]),
    ("en", "The festival runs Oct. 3-6.", [("date", "--10-03", None, None), ("date", "--10-06", None, None)]),
    ("en", "The storm dumped up to 40 centimetres of snow.", [("count", 40, "centimetres", "up_to")]),
    ("en", "An estimated 2,000 people came.", [("count", 2000, "people", "about")]),
    ("en", "The Audi Q3 is a compact car.", []),
    ("en", 'The official count was "just one"', [("count", 1, None, None)]),
    ("de", "Die Läuferin wurde Dritte.", [("ordinal", 3, None, None)]),
    ("de", "Sie kam als Dritte ins Ziel.", [("ordinal", 3, None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPEAKERS_FIXED + SPEAKERS_UNCHANGED)
def test_speakers(lang, text, expected):
    assert find_speaker(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), QUANTITIES_FIXED + QUANTITIES_UNCHANGED)
def test_quantities(lang, text, expected):
    assert _found(text, lang) == expected
