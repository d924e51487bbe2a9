"""Condolences, sympathy and prayers (-0.45 in features(), never beside a figure): what a speaker feels for
the bereaved or asks others to pray for is a gesture, not a fact, whoever reports it.

The sentence holds one of these gestures:
  - sympathy expressed ("sprach den Familien sein Mitgefühl aus", "bekundete ihr Beileid", "kondolierte",
    "sent their condolences", "expressed his deepest sympathy");
  - closeness and prayer assured ("versicherte ... seine Nähe und sein Gebet"), thoughts with the victims
    ("Die Gedanken seien bei den Familien", "Our thoughts are with ...", "Our hearts go out to ...");
  - a call to pray or a prayer ("Please keep X in your prayers", "We ask everyone to pray for the people of
    ...", "Wir beten für ...");
  - grief at a loss ("said he was deeply pained by the loss of lives"), solidarity with the bereaved ("stood
    shoulder to shoulder with the people of ...").
Not an act of help or mourning stated with it ("sagte Hilfe zu", "pledged federal aid", "ordered flags at
half-staff", "declared three days of mourning", "ordnete Staatstrauer an"): that is a fact to check, as is any
figure (counted in the caller).
"""

from __future__ import annotations

import re

from ..wordtrie import word_list

TRIGGERS = frozenset(
    word_list("""
    mitgefühl beileid anteilnahme kondolierte kondolierten gebet gebete gedanken beten betet beteten betete
    blumen kerzen condolences condolence sympathy sympathies heart hearts prayers pray praying pained saddened
    grieved anguished shoulder flowers wreaths candles recovery
    """)
)

_GESTURE = re.compile(
    r"(?i)"
    # sympathy expressed
    r"\b(?:sprach|sprachen|spricht|sprechen|drückte|drückten|bekundete|bekundeten|übermittelte|übermittelten"
    r"|versicherte|versicherten)\b[^.;]*?\b(?:mitgefühl|beileid|anteilnahme)\b"
    r"|\bkondolierten?\b"
    r"|\b(?:sent|send|sends|sending|expressed|express|expresses|offered|offer|offers|extended|extend|extends"
    r"|conveyed|convey|conveys)\s+(?:(?:his|her|their|its|our|my|the\s+[a-z]+['’]s)\s+)?(?:(?:deepest|deep"
    r"|heartfelt|sincere|sincerest|profound|warmest)\s+)?(?:condolences?|sympath(?:y|ies))\b"
    # closeness and prayer assured, thoughts with the victims
    r"|\bversicherten?\b[^.;]*?\b(?:seine|ihre|sein|ihr|unsere?)\s+(?:nähe|gebet|gebete|anteilnahme)\b"
    r"|\bgedanken\s+(?:seien|sind|waren|wären)\s+(?:\w+\s+)?bei\b|\bin\s+gedanken\s+(?:\w+\s+)?bei\b"
    r"|\bprayers\s+(?:are|were|remain|go)\s+(?:\w+\s+)?with\b"
    r"|\bthoughts\s+(?:and\s+prayers\s+)?(?:are|were|remain|go)\s+(?:\w+\s+)?(?:with|to)\b"
    r"|\bhearts?\s+(?:go|goes|went|going|are|is|were)\s+(?:out\s+to|with)\b"
    # a call to pray, a prayer
    r"|\bin\s+(?:your|our|their|his|her)\s+(?:thoughts\s+and\s+)?prayers\b"
    r"|\b(?:pray|praying)\s+for\s+(?:the\s+|all\s+|everyone\b|those\b|them\b|us\b|him\b|her\b)"
    r"|\b(?:beten|betet|beteten|betete)\s+(?:[\wäöüß]+\s+){0,4}?für\b|\bfür\s+[^.;]{1,40}?\s+zu\s+beten\b"
    r"|\bled\s+prayers\b|\b(?:legten|legte)\s+[^.;]{0,40}?\b(?:blumen|kerzen)\b[^.;]{0,40}?\bnieder\b"
    r"|\blaid\s+(?:flowers|wreaths|candles)\b|\bwished\s+(?:the\s+\w+\s+|them\s+|him\s+|her\s+)?a\s+(?:speedy|swift|full)"
    r"\s+recovery\b"
    # grief at a loss, solidarity with the bereaved
    r"|\b(?:deeply\s+|profoundly\s+|greatly\s+)?(?:pained|saddened|grieved|anguished)\s+(?:by|at|over)\s+(?:the\s+)?"
    r"(?:loss|losses|death|deaths|news|tragedy)\b"
    r"|\bhearts\s+are\s+broken\b"
    r"|\bshoulder\s+to\s+shoulder\s+with\b"
)
# An act of help or mourning stated with the gesture is the claim.
_ACT = re.compile(
    r"(?i)\b(?:hilfe|hilfen|soforthilfe|unterstützung|zugesagt|sagte\b[^.;]*\bzu\b|sagten\b[^.;]*\bzu\b|ordnete|ordneten"
    r"|staatstrauer|trauertag|halbmast|entsandte|schickte|kündigte|aid|help|assistance|relief|funds|funding|pledged"
    r"|promised|ordered|declared|announced|dispatched|deployed|approved|half-staff|half-mast|mourning)\b"
)


def condolence(text: str) -> bool:
    """A gesture of sympathy or prayer without an act of help stated with it; the caller checks for a figure."""
    return _GESTURE.search(text) is not None and _ACT.search(text) is None
