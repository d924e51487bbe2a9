"""Lines about the copy, not about the world (-0.50 with the credit lines in features()), each as the
whole sentence, without a source:
  - a data note: a data noun opening the line and a status of the data ("Figures are provisional and may be
    revised.", "Data are seasonally adjusted.", "Kurse ohne Gewähr, Stand 17.30 Uhr", "Alle Angaben laut
    Budgetbericht, Abweichungen durch Rundungen möglich"); a clock time or a date may stand in it, no other
    figure ("Figures for March were revised to show a 0.2% fall" reports);
  - a disclaimer that a claim could not be checked ("Reuters could not independently verify ...",
    "Unabhängig überprüfen ließen sich die Angaben zunächst nicht"), without a figure and in one clause
    ("... killed 12 militants, a claim that could not be independently verified" reports the claim);
  - a refusal or a silence, without a figure ("X declined to say whether ...", "X did not respond to a
    question about ...", "... but did not receive a reply", "The buyer's identity was not disclosed.", "Ob
    ..., wollte das Unternehmen nicht sagen", "... wollte sie weder bestätigen noch ausschließen"; not
    "konnte die Asfinag nicht sagen", which questions.py reads as a report of what is not known);
  - a fact-check's verdict line ("Fazit: Die Behauptung ist stark überzeichnet.", "Verdict: False."), without
    a figure;
  - the desk's own inquiry ("AP reached out to the campaign for the source of its figure.", "Die APA hat beim
    Amt nach den Zahlen gefragt."), without a figure;
  - the presumption of innocence ("Für die Beschuldigten gilt die Unschuldsvermutung.", "All are presumed
    innocent until proven guilty."), also beside the count of the accused;
  - a press release's boilerplate: the "About X:" label without a figure ("Über Zahlwerk: Zahlwerk ist ein
    führender Anbieter ..."; "Über Voltaro: Voltaro wurde 2021 gegründet und betreibt rund 1.650 ..." states
    figures), and its notice of forward-looking statements.
"""

from __future__ import annotations

import re

from ..wordtrie import word_list

# The first word of a data note (after "Alle"/"All").
DATA_FIRST = frozenset(
    word_list("""
    figures figure data prices price results rates services angaben preisangaben kurse preise zahlen werte daten
    """)
)
_DATA_NOTE = re.compile(
    r"(?i)[\s(]*(?:all\s+|alle\s+)?[\wäöüß]+\b[^.]*?(?:seasonally\s+adjusted|provisional|subject\s+to\s+(?:change"
    r"|revision|confirmation)|(?:may|might|could|can)\s+(?:not\s+)?(?:be\s+)?(?:revised|change|delayed|altered"
    r"|add\s+up|sum)|ohne\s+gewähr|rundung|indicative|published\s+separately|unofficial|vorläufig"
    r"|(?:können|kann)\s+sich\s+(?:noch\s+|rasch\s+)?ändern|änderungen\s+(?:jederzeit\s+)?(?:möglich|vorbehalten))"
)
_UNVERIFIED = re.compile(
    r"(?i)\b(?:could|can|cannot|couldn['’]t)\s+(?:not\s+)?(?:be\s+)?(?:immediately\s+|independently\s+)*"
    r"(?:verif(?:y|ied)|confirm(?:ed)?)\b"
    r"|\b(?:could|can|cannot|couldn['’]t)\s+(?:not\s+)?be\s+(?:checked|verified|confirmed)\s+independently\b"
    r"|\b(?:ließ|ließen|lässt|lassen)\s+sich\b[^.]*\bnicht\b[^.]*\b(?:überprüfen|bestätigen|verifizieren)\b"
    r"|\b(?:überprüfen|bestätigen|verifizieren)\s+(?:ließ|ließen|lässt|lassen)\s+sich\b[^.]*\bnicht\b"
)
_REFUSAL = re.compile(
    r"(?i)\b(?:declined|refused)\s+to\s+(?:say|disclose|confirm|specify|elaborate|name|give\s+details|provide\s+details)"
    r"\b|\bdid\s+not\s+(?:immediately\s+)?(?:receive|get)\s+an?\s+(?:reply|response|answer)\b"
    r"|\bdid\s+not\s+(?:immediately\s+)?respond\s+to\s+(?:a|the|an)\s+(?:question|inquiry|enquiry)\b"
    r"|\b(?:was|were)\s+not\s+(?:immediately\s+)?disclosed\b"
    r"|\b(?:wollte|wollten|mochte|mochten)\s+(?:[\wäöüß]+\s+){0,5}?(?:nicht|weder\s+bestätigen\s+noch)\s+"
    r"(?:sagen|beantworten|kommentieren|bestätigen|nennen|verraten|ausschließen|dementieren)\b"
    # (no figures given: "Zu den eigenen Verlusten machte Moskau keine Angaben.", "gab keine Auskunft")
    r"|\b(?:macht|machte|machten|machen|gab|gaben|gibt|geben)\s+(?:[\wäöüß]+\s+){0,3}?keine\s+(?:angaben|auskunft"
    r"|auskünfte|details)\b"
    r"|\b(?:gives|gave|give|provides|provided|publishes|published)\s+no\s+(?:figures|details|breakdown|numbers)\b"
    # (a sum kept secret: "Über die Höhe des Gehalts vereinbarten beide Seiten Stillschweigen.")
    r"|\b(?:vereinbarten|vereinbarte|vereinbart|wahren|wahrten|bewahrten)\s+(?:[\wäöüß-]+\s+){0,3}?stillschweigen\b"
    r"|\bstillschweigen\s+(?:[\wäöüß-]+\s+){0,3}?vereinbart\b"
)


def data_note(text: str) -> bool:
    """A data note (see above); the caller checks the first word and any figure."""
    return _DATA_NOTE.match(text) is not None


def unverified_or_silent(text: str) -> bool:
    """A disclaimer that a claim could not be checked, in one clause, or a refusal or a silence (see above);
    the caller checks for a figure and a source."""
    if _UNVERIFIED.search(text):
        return "," not in text and ";" not in text
    return _REFUSAL.search(text) is not None


# The desk's own inquiry ("AP reached out to the campaign for the source of its figure.", "The Associated
# Press contacted both campaigns for comment.", "Die APA hat beim Amt nach den Zahlen gefragt."): how the copy
# was reported, not a claim about the world; without a figure.
# (the first words of either shape: an agency or the desk itself)
INQUIRY_FIRST = frozenset(word_list("ap apa afp reuters dpa kna sda associated wir we"))
_OWN_INQUIRY = re.compile(
    r"(?i)[\s„“\"]*(?:the\s+|die\s+)?(?:ap|apa|afp|reuters|dpa|kna|keystone-sda|sda|associated\s+press)\b"
    r"(?:\s+(?:also|then|again|auch|zudem|daraufhin))?\s+"
    r"(?:reached\s+out\s+to|contacted|asked|requested|emailed|wrote\s+to|fragte|fragten|bat|kontaktierte"
    r"|hat\b[^.;:]{0,80}?\b(?:gefragt|angefragt|nachgefragt|kontaktiert|gebeten))\b"
)


# ... in the desk's own voice: "Wir haben den Urheber des Beitrags um eine Quelle gebeten, aber keine Antwort
# erhalten.", "We asked the campaign for its source."
_OWN_INQUIRY_WE = re.compile(
    r"(?i)[\s„“\"]*(?:wir\s+haben\b[^.;:]{0,80}?\b(?:gebeten|gefragt|angefragt|nachgefragt|kontaktiert)"
    r"|we\s+(?:have\s+)?(?:asked|contacted|reached\s+out\s+to|emailed|wrote\s+to))\b"
)


def own_inquiry(text: str) -> bool:
    """The desk's own inquiry (see above); the caller checks the words and any figure."""
    return _OWN_INQUIRY.match(text) is not None or _OWN_INQUIRY_WE.match(text) is not None


# A fact-check's own verdict line ("Fazit: Die Behauptung ist stark überzeichnet.", "Verdict: False.",
# "Bottom line: The claim is misleading."): the desk's rating, not a claim; without a figure.
VERDICT_FIRST = frozenset(word_list("fazit unser verdict bewertung bottom our rating"))
_VERDICT_LINE = re.compile(
    r"(?i)[\s*]*(?:unser\s+)?(?:fazit|bewertung|verdict|rating|our\s+(?:verdict|ruling|rating)|bottom\s+line"
    r"|unser\s+urteil)\s*:"
)


def verdict_line(text: str) -> bool:
    """A fact-check's verdict line (see above); the caller checks the first word and any figure."""
    return _VERDICT_LINE.match(text) is not None


# The presumption of innocence, the line that closes a court or police story ("Für die vier Beschuldigten gilt
# bis zu einem rechtskräftigen Urteil die Unschuldsvermutung.", "All are presumed innocent until proven
# guilty."): a legal reminder, not a claim, with a count of the accused or without.
PRESUMPTION_WORDS = frozenset(word_list("unschuldsvermutung presumed presumption"))
_PRESUMPTION = re.compile(
    r"(?i)\bgilt\b[^.;:]*\bunschuldsvermutung\b|\bunschuldsvermutung\s+gilt\b"
    r"|\b(?:is|are|remains?|remain)\s+presumed\s+innocent\b|\bpresumption\s+of\s+innocence\s+applies\b"
)


def presumption(text: str) -> bool:
    """The sentence reminds of the presumption of innocence (see above); the caller checks the words."""
    return _PRESUMPTION.search(text) is not None and "," not in text.replace(", bis", " bis")


# The first words of a press release's boilerplate.
BOILERPLATE_FIRST = frozenset(["about", "über", "this", "diese", "dieses"])
_ABOUT = re.compile(r"[\s*]*(?:About|Über)\s+[A-ZÄÖÜ][\w&.’'-]*(?:\s+[A-ZÄÖÜ&][\w&.’'-]*){0,3}\s*:")
_FORWARD = re.compile(
    r"(?i)(?:this|diese|dieses)(?:\s+[\wäöü-]+){1,2}\s+(?:contains|enthält)\s+(?:forward-looking\s+statements"
    r"|zukunftsgerichtete\s+aussagen)"
)


def boilerplate(text: str, quantified: bool) -> bool:
    """A press release's boilerplate (see above); the caller checks the first word."""
    return (not quantified and _ABOUT.match(text) is not None) or _FORWARD.match(text) is not None
