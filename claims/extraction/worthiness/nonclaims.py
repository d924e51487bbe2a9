"""Lines that are no claims (-0.50): datelines, bylines and credits, genre labels, wire boilerplate
and editorial notes, no-comment lines. Headlines are weighed in features()."""

from __future__ import annotations

import re

from . import opinion
from .phrases import _Phrases
from .validity import _DE_WEEKDAYS

# Bound by assignment, not by import, for faster method calls (see score.py).
_CLAUSE_AFTER = opinion._CLAUSE_AFTER

# A byline names its writer ("By Sarah Whitfield, Political Correspondent"); "By evening the toll had risen",
# "By Friday the fire was 15% contained" open with a time.
# (a caption's label too: "Symbolbild: ...", "File photo: ...", "Archivfoto: ..."; and a link to another
# story, whatever its headline states: "Mehr dazu: ...", "READ MORE: ...")
_CREDIT = re.compile(
    r"(?i)^\s*(?:date\b|von:|by\s+(?-i:[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’.\-]+)+)\s*(?:,|$|and\b|\(|[-–—])"
    r"|from:|(?:symbol|archiv|file\s+)?(?:foto|bild|photo|picture):|quelle:|source:"
    # (the credit stands apart: "dpa -", "(dpa) -"; "dpa-AFX-Börsenticker: Dax startet ...", "dpa-Eilmeldung:
    # Kanzler tritt zurück" are the service's slugs on a headline; batches 182, 228, 266)
    r"|\(dpa\)\s*[-–]|dpa\s+[-–]|mehr\s+dazu:|read\s+more:|lesen\s+sie\s+(?:auch|mehr):)"
)
_CREDIT_FIRST = frozenset("dDvVbBfFqQsSpPaAmMrRlL(")  # first letters of _CREDIT's words (ASCII; others run it)
# Genre labels of opinion and background pieces ("Kommentar:", "ANALYSIS-"): a word, then ":" or "-".
_LABEL = re.compile(
    r"(?i)\s*(?:kommentar|gastkommentar|analyse|meinung|leitartikel|kolumne|glosse|opinion|analysis|comment"
    r"|commentary|editorial|column|explainer|factbox|breakingviews)\s*(?::|[-–](?=\S))"
)
_LABEL_FIRST = frozenset("kKgGaAmMlLoOcCeEfFbB")  # first letters of _LABEL's words
# Wire boilerplate and editorial notes (-0.50, as a credit line): an agency credit, a promise of more,
# a note that the text was changed ("Mit Material von dpa und Reuters.", "Weitere Informationen in
# Kürze.", "This story has been refiled to ...", "An earlier version of this article ...", "Writing by
# ..."). Anchored at the start; run where one of _EDITORIAL_TRIGGERS is a word.
_DESK_NOTE = (
    r"(?:wiederholung|sperrfrist|embargo)\s*:|embargoed\s+(?:until|till|for)\b"
    r"|hinweis\s+an\s+die\s+redaktion(?:en)?\s*:"
    r"|termine\s+(?:am|für|vom)\s+(?:" + _DE_WEEKDAYS + r"|\d)|(?:reuters\s+)?diary\s*:"
)
# A desk's note or a diary heading weighs more than the -0.50 (its date or clock time is no claim's figure).
DESK_NOTE = re.compile(r"(?i)[\s(\[]*(?:" + _DESK_NOTE + r")")
_EDITORIAL = re.compile(
    r"(?i)[\s(\[]*(?:"
    r"mit\s+(?:agentur)?material\s+(?:von|der|des|aus)\s+[^\d.!?;:]{2,80}[.)\]]?\s*$"
    r"|(?:weitere|mehr|nähere)\s+(?:(?:informationen|infos|einzelheiten|details|dazu)\s+)?"
    r"(?:in\s+kürze|folg(?:en|t)(?:\s+in\s+kürze)?)\s*[.…]?\s*$"
    r"|(?:dieser|diese|dieses)\s+(?:artikel|beitrag|bericht|meldung|text|nachricht|eintrag)\s+(?:wurde|wird|ist)\s+"
    r"(?:[\wäöüß]+\s+){0,6}?(?:aktualisiert|korrigiert|ergänzt|geändert|überarbeitet|erweitert|berichtigt)\b"
    r"|in\s+einer\s+früheren\s+(?:version|fassung)\s+(?:dieses|des)\s+(?:artikels|beitrags|berichts|textes)\b"
    r"|this\s+(?:story|article|report|item|post|piece)\s+(?:has\s+been|had\s+been|was|is\s+being|will\s+be)\s+"
    r"(?:\w+\s+)?(?:refiled|updated|corrected|amended|changed|revised)\b"
    r"|an?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report|piece)\b"
    # Wire slugs and notes ("Updates with ...", "Corrects name in paragraph 4", "Zuletzt aktualisiert am
    # ...", "Korrektur: ...", "This is a developing story.", "Dies ist eine Eilmeldung.", "Mitarbeit: ...").
    r"|(?:updates|adds|corrects|refiles)\s+(?:with|to|from|details|quotes?|comments?|background|name|byline"
    r"|headline|paragraph|spelling|date|figure)\b|(?:updated|corrected)\s+(?:at|on|with)\s"
    # (a whole slug in brackets, whatever it corrects: "(Corrects day of attack in first paragraph)")
    r"|(?:updates|adds|corrects|refiles)\s[^()]{1,120}\)\s*$"
    r"|(?:zuletzt\s+)?(?:aktualisiert|korrigiert)\s+(?:am|um)\s"
    # (in capitals the slug of a corrected headline, as "CORRECTED-": "KORREKTUR: X streicht 1.800 Stellen";
    # batch 266)
    r"|(?!(?-i:KORREKTUR|BERICHTIGUNG|CORRECTION)\s*:)(?:korrektur|berichtigung|correction|clarification|mitarbeit)\s*:"
    r"|this\s+is\s+an?\s+(?:developing|breaking)\s+(?:news\s+)?story\b|(?:dies|das)\s+ist\s+eine\s+eilmeldung\b"
    r"|mit\s+(?:informationen|angaben)\s+(?:von|der|des)\s+[^\d.!?;:]{2,60}[.)\]]?\s*$"
    # A service's overview or diary line by its date ("dpa-Nachrichtenüberblick am Dienstag, 12. Mai, 8.00 Uhr",
    # "Nachrichtenüberblick der dpa für Montag", "Reuters diary: Key economic events on Monday"; batches 182, 266)
    r"|(?:dpa-)?(?:nachrichtenüberblick|tagesvorschau|wochenvorschau)\s+(?:am|für|der|vom|zum)\s"
    # A desk's notes: a repeat, an embargo, a note to the newsrooms, a correction told as what was written
    # ("(Wiederholung: ...)", "Sperrfrist: ...", "EMBARGOED UNTIL ...", "Hinweis an die Redaktionen: ...", "(In einer
    # früheren Fassung hieß es ...)"), a diary heading by its day ("Termine am Dienstag, 9. März", "Reuters diary:";
    # batch 282)
    r"|" + _DESK_NOTE + r"|in\s+einer\s+früheren\s+(?:version|fassung)\s+(?:hieß|stand)\s+es\b"
    r"|(?:more|further)\s+(?:(?:details|information|updates)\s+)?(?:to\s+(?:follow|come)|soon)\s*[.…]?\s*$"
    r")"
)
# Credits for the reporting ("Additional reporting by ...", "Writing by ...; Editing by ..."), only
# in a sentence without a verb ("Reporting by the paper revealed ..." reports a finding).
_BYLINE = re.compile(r"(?i)[\s(\[]*(?:additional\s+reporting|reporting|writing|editing|compiled|edited)\s+by\s")
# A whole line of credits for the reporting, names only, whatever verb "compiled" or "edited" reads as
# ("(Compiled by Elaine Foster; Editing by Mark Potter)"; not "Reporting by the paper revealed ...").
_NAMES = r"[A-Z][\w.'’-]*(?:(?:\s+|\s*,\s*|\s+(?:and|in|&)\s+)[A-Z][\w.'’-]*)*"
_CREDITED = r"(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|edited)\s+by)\s+"
_CREDIT_LINE = re.compile(
    r"[\s(\[]*" + _CREDITED + _NAMES + r"(?:\s*[;,]\s*(?:and\s+)?" + _CREDITED + _NAMES + r")*[\s)\].]*$"
)
# A page's timestamp as the whole line: a label, then only a date, a clock time or an age ("Stand:
# 03.12.2025, 14:27 Uhr", "Updated 2 hours ago", "Zuletzt aktualisiert: vor 3 Stunden").
STAMP_FIRST = frozenset(["stand", "updated", "aktualisiert", "zuletzt", "last", "published", "veröffentlicht"])
_STAMP = re.compile(
    r"\s*(?:stand|(?:last\s+|zuletzt\s+)?(?:updated|aktualisiert)|published|veröffentlicht)\s*:?\s+"
    r"(?:(?:\d+[.:/]?|am|pm|a\.m\.|p\.m\.|uhr|ago|vor|um|at|on|am|gmt|bst|cet|mez|mesz|et|utc|seconds?|minutes?"
    r"|hours?|days?|sekunden|minuten|stunden|tagen|mins?|hrs?"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|jänner|februar|märz|april|mai|juni|juli|august"
    r"|september|oktober|november|dezember|january|february|march|june|july|october|december)[\s,.]*){1,8}$",
    re.IGNORECASE,
)


def timestamp_line(text: str) -> bool:
    """``text`` is a page's timestamp and nothing more (see _STAMP)."""
    return _STAMP.match(text) is not None


# A no-comment line ("X did not immediately respond to a request for comment.", "Eine
# Stellungnahme war zunächst nicht zu erhalten.", "wollte sich auf Anfrage nicht äußern"): -0.50
# when it is the whole sentence, without a figure and without another clause before or after it
# ("... did not respond, and its shares fell 5%" reports a fall).
_NO_COMMENT = _Phrases(
    r"\b(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|was\s+not|were\s+not|has\s+not|have\s+not|had\s+not)\s+"
    r"(?:immediately\s+|yet\s+)?(?:respond|reply|return|answer|be\s+reached|comment)\b"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:comment|calls?|messages?|e-?mails?|questions|inquiries|enquiries|requests?)\b"
    r"|\b(?:declined|refused)\s+to\s+comment\b|\b(?:had|offered|gave|made)\s+no\s+(?:immediate\s+)?comment\b"
    r"|\bthere\s+was\s+no\s+(?:immediate\s+)?comment\b"
    # (a ruling to be read first: "said the company would study the judgment before deciding on its next steps")
    r"|\bwould\s+(?:study|review|examine|analy[sz]e)\s+the\s+(?:judgment|judgement|ruling|verdict|decision)\b"
    r"(?:\s+(?:before|and)\s+(?:deciding|decide)\s+(?:on\s+)?(?:its|their|any|the)\s+next\s+steps?|\s+carefully)?"
    r"|\b(?:werde|würden?|wolle|wollen)\s+(?:das|die|den)\s+(?:urteil|entscheidung|spruch|beschluss)\s+"
    r"(?:(?:zunächst|sorgfältig|genau|eingehend|in\s+ruhe)\s+)*"
    r"(?:prüfen|analysieren|studieren)\b"
    r"|\b(?:was|were)\s+not\s+(?:immediately\s+)?available\s+for\s+comment\b"
    r"|\bstellungnahme\s+(?:[\wäöüß]+\s+){0,5}?(?:nicht\s+zu\s+erhalten|nicht\s+erhältlich|lag\s+(?:\w+\s+)?nicht\s+vor)"
    r"|\b(?:für\s+eine\s+stellungnahme|auf\s+anfrage)\s+(?:[\wäöüß]+\s+){0,2}?nicht\s+(?:erreichbar|zu\s+erreichen)\b"
    r"|\b(?:wollte|wollten|mochte|mochten)\s+sich\s+(?:[\wäöüß-]+\s+){0,5}?nicht\s+(?:zu\s+[\wäöüß-]+\s+)?äu(?:ß|ss)ern\b"
    r"|\b(?:wollte|wollten|mochte|mochten)\s+(?:[\wäöüß-]+\s+){0,8}?nicht\s+spekulieren\b"
    r"|\b(?:declined|refused)\s+to\s+speculate\b|\b(?:would|could)\s+not\s+speculate\b"
    r"|\b(?:äußerte|äußerten)\s+sich\s+(?:[\wäöüß]+\s+){0,4}?nicht(?!\s+nur)\b"
    r"|\b(?:ließ|ließen)\s+(?:[\wäöüß]+\s+){0,5}?unbeantwortet\b"
    r"|\b(?:lehnte|lehnten)\s+(?:[\wäöüß]+\s+){0,3}?(?:eine\s+)?stellungnahme\s+ab\b"
    r"|\bkeine\s+stellungnahme\s+(?:[\wäöüß]+\s+){0,3}?(?:zu\s+erhalten|ab)\b"
    r"|\b(?:reagierte|reagierten)\s+(?:[\wäöüß]+\s+){0,3}?nicht\s+auf\s+(?:eine|die|mehrere)\s+anfragen?\b"
    r"|\b(?:blieb|blieben)\s+(?:[\wäöüß]+\s+){0,5}?unbeantwortet\b"
    r"|\b(?:wollte|wollten)\s+(?:[\wäöüß]+\s+){0,5}?nicht\s+kommentieren\b"
    r"|\b(?:kommentierte|kommentierten)\s+(?:[\wäöüß]+\s+){0,4}?nicht\b"
    r"|\b(?:neither|nor|no\s+one|nobody)\b[^.;]*?\b(?:responded|replied|commented)\b"
)
_NO_COMMENT_TAIL = re.compile(r",\s*(?:referring|citing|verwies|verwiesen|mit\s+verweis)\b[^,;:]*$")


_SAID_BEFORE = re.compile(r"[^,;:]{1,80}\b(?:sagte|sagten|erklärte|erklärten|hieß\s+es)\s*,\s*(?:man\s+|sie\s+|er\s+)?")


def _no_comment(text: str, lowered: str | None) -> bool:
    """The sentence is a no-comment line and nothing more (see _NO_COMMENT)."""
    m = _NO_COMMENT.search(text, lowered)
    if m is None:
        return False
    start, end = m.span()
    after = _CLAUSE_AFTER.search(text, end)
    # ("..., referring questions to the ministry", "..., citing the ongoing investigation")
    if after is not None and _NO_COMMENT_TAIL.match(text, after.start()):
        after = _CLAUSE_AFTER.search(text, after.end())
    # (the attribution alone may stand before it: "Ein Konzernsprecher sagte, man werde das Urteil prüfen")
    before = _CLAUSE_AFTER.search(text, 0, start)
    return (before is None or _SAID_BEFORE.fullmatch(text, 0, start) is not None) and after is None
