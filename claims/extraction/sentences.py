"""Sentence splitting for German and English news copy with exact character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, init=False)
class Sentence:
    """One sentence: ``source[start:end] == text``; ``headline`` marks unpunctuated lines."""

    text: str
    start: int
    end: int
    headline: bool = False

    def __init__(self, text: str, start: int, end: int, headline: bool = False) -> None:
        # Through the slots' own setters: the generated frozen __init__ calls
        # object.__setattr__ by name for each field, which takes about 1.7 times as long.
        _set_text(self, text)
        _set_start(self, start)
        _set_end(self, end)
        _set_headline(self, headline)


_set_text, _set_start, _set_end, _set_headline = (
    Sentence.__dict__[name].__set__ for name in ("text", "start", "end", "headline")
)


# Abbreviations after which a period never ends a sentence (compared case-sensitively,
# without the final period).
_ABBREVIATIONS = frozenset(
    [
        "Dr", "Prof", "bzw", "ca", "Ca", "vgl", "Vgl", "usw", "etc", "evtl", "ggf", "inkl", "exkl", "zzgl",
        "bspw", "sog", "Nr", "Nrn", "Str", "St", "Sta", "Mr", "Mrs", "Ms", "Messrs", "Jr", "Sr", "Gen",
        "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Cmdr", "Sgt", "Maj", "Adm", "Brig", "Supt", "Insp", "Rev",
        "Hon", "Pres", "Dept", "Univ", "Mio", "Mrd", "Mill", "Tsd", "Bio", "Abs", "Art", "Kap", "Jh", "Jhd", "Hr",
        "Fr", "Hrn", "Frl", "Dipl", "Ing", "Mag", "Mass", "vs", "Vs", "No", "Nos", "no", "Tel", "Fax", "Abb",
        "Anm", "Bd", "Bde", "Hg", "Hrsg", "Min", "Max", "min", "max", "Mt", "Ft", "Ave", "Blvd", "Rd", "Jan",
        "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Oct", "Nov", "Dez", "Dec", "Mo",
        "Di", "Mi", "Do", "Sa", "So", "geb", "gest", "verh", "Chr", "v", "Corp", "Inc", "Ltd", "Co", "Bros",
        "approx", "est", "Fig", "fig", "Vol", "vol", "ff", "Ziff", "lit", "Pkt", "Std", "Tsd", "Ref", "Reg",
        "Gebr", "Verf", "Verl", "Hrsg", "Nachf", "mind", "Mind",
        # a court file number ("Az. 1 StR 212/27")
        "Az",
        # German "rund" and "Vorjahr", "gegenüber" shortened in company copy ("rd. 71 Mrd. Euro", "ggü. Vj.")
        "rd", "Vj", "ggü", "sFr",
        # titles before a name in UK, US and French copy ("Cllr. Ann Hale", "Det. Sgt. Roe", "Mme. Roux")
        "Cllr", "Det", "Cpl", "Pte", "Atty", "Sens", "Reps", "Msgr", "Mme", "Mlle", "Rt",
    ]
)
# Abbreviations that may also end a sentence: split only before a typical sentence opener.
_AMBIGUOUS = frozenset(["Corp", "Inc", "Ltd", "Co", "Bros", "etc", "usw", "Jr", "Sr"])
_OPENERS = frozenset(
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At", "But", "And", "After",
        "Before", "This", "That", "These", "Those", "There", "Its", "His", "Her", "Their", "Our", "Police",
        "Officials", "Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Im", "Am", "Nach",
        "Bei", "Laut", "Dies", "Diese", "Dieser", "Auch", "Doch", "Aber", "Zudem",
    ]
)
# Articles and prepositions that put a following "3." into ordinal position ("am 3. Tag").
_ORDINAL_LEFT = frozenset(
    [
        "der", "die", "das", "den", "dem", "des", "am", "im", "zum", "zur", "beim", "vom", "ins", "ihr",
        "ihre", "ihrem", "ihren", "ihrer", "ihres", "sein", "seine", "seinem", "seinen", "seiner", "seines",
        "unser", "unsere", "unserem", "unseren", "ein", "eine", "einem", "einen", "einer", "eines", "jeder",
        "jede", "jedes", "jeden",
    ]
)
# A capitalised genitive ("Rainalters 25. Podestplatz", "Bayerns 34. Titel") or an inflected adjective
# ("die ukrainische 139. Brigade", "seiner insgesamt 12. Saison", "das entscheidende 15. Mandat", "der in Leipzig
# ansässige 5. Strafsenat") before
# "N." and a noun: no sentence ends there.
ORDINAL_LEFT_WORD = (
    r"(?:[A-ZÄÖÜ][a-zäöüß]+s|[a-zäöüß]{3,}(?:sche|schen|ische|ischen|te|ten|tes|nde|nden|ndes|ige|igen|iges))"
)
_R_ORDINAL_LEFT_WORD = re.compile(ORDINAL_LEFT_WORD)
# Any inflected adjective right after an article ("ein mögliches", "das neue").
_R_INFLECTED = re.compile(r"[a-zäöüß]{2,}e[mnrs]?")
_R_ORDINAL_DIGITS = re.compile(r"\d{1,3}\.")
# Nouns counted ordinally that practically never open a sentence: "3. Quartal" after any word.
ORDINAL_NOUNS = frozenset(
    [
        "Jahrestag", "Jahrestags", "Jahrestages", "Geburtstag", "Geburtstags", "Geburtstages", "Todestag",
        "Todestags", "Todestages", "Weltkrieg", "Weltkriegs", "Weltkrieges", "Jahrhundert", "Jahrhunderts",
        "Jahrtausend", "Jahrtausends", "Spieltag", "Spieltags", "Spieltages", "Quartal", "Quartals",
        "Jubiläum", "Jubiläums", "Runde", "Etappe", "Lesung",
    ]
)
# Marks that may stand between an opening quote or bracket and the word before the ordinal.
_OPENING_MARKS = "\"'„“‚‘»«(["
# AP-style US state abbreviations (compared case-sensitively, without the final period).
# "Mass" and "Mo" are plain abbreviations above; the dotted ones with single letters
# ("N.Y.", "D.C.") are handled as dotted tokens.
_US_STATES = frozenset(
    [
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
        "Md", "Mich", "Minn", "Miss", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt", "Va", "Wash",
        "W.Va", "Wis", "Wyo",
    ]
)
# Words before a period that _is_boundary() reads further.
_NOT_PLAIN = _ABBREVIATIONS | _US_STATES | {"Mia"}
# Swiss "Mia." (Milliarden) after a figure ("11,7 Mia. Franken"); elsewhere "Mia" is a name.
_R_FIGURE_BEFORE_MIA = re.compile(r"\d[ \u00a0]$")
# After a state abbreviation, a wire credit or a dash shows a dateline, not a sentence end.
_DATELINE_AFTER = re.compile(
    r"[ \t\u00a0]+(?:\((?:AP|Reuters|AFP|UPI|CNN|Bloomberg|dpa|HealthDay)\)|[\-–—])"
)
_MONTHS_DE = (
    "Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober"
    "|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez"
)

# A candidate end: terminal punctuation, closing quotes or brackets, then whitespace and
# something that can start a sentence.
# "[.!?…][.!?…]*" rather than "[.!?…]+": re skips ahead to a character of a leading class,
# not of a leading repeat, so this form is not tried at every position.
_CLOSING = r"[\"'”“’‘»«)\]]"
_SPACE_AFTER = r"[ \t\u00a0]+"
_NEXT_OPENER = r"[\"'„“”‘‚»«(\[\-–]?[A-ZÄÖÜ0-9¿¡]"
_CANDIDATE = re.compile(r"[.!?…][.!?…]*" + _CLOSING + "*(?=" + _SPACE_AFTER + _NEXT_OPENER + ")")
# _CANDIDATE from the first mark of a run only ("(?<!...)" after it: re still skips ahead to a
# mark), in one search: no candidate starts inside a run (it would read the same marks and what
# follows them), and searched along a long run with no space after it ("......", "!!!!")
# _CANDIDATE re-read the run from every mark, quadratic in its length. Possessive repeats: giving
# back a mark or a closing mark leaves a mark before the space, which never matches. Group 1 is
# the space after the cut: the next sentence starts where it ends.
_CUT_TAIL = _CLOSING + "*+(?=(" + _SPACE_AFTER + ")" + _NEXT_OPENER + ")"
_CUT = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*+" + _CUT_TAIL)
# _CUT for a block with no "!", "?" or "…" (most blocks): re finds a leading literal far faster
# than a leading class. (A block starts a line: the look-behind sees no mark before it.)
_CUT_PERIOD = re.compile(r"\.(?<!\.\.)\.*+" + _CUT_TAIL)
_PREV_TOKEN = re.compile(r"([\w.]+)$")
# The same token read backwards from the period: one anchored match on the reversed
# window instead of a search that tries every start position.
_PREV_TOKEN_REVERSED = re.compile(r"[\w.]+")
_NEXT_TOKEN = re.compile(r"[ \t\u00a0]+[\"'„“”‘‚»«(]?([\w]+)")
_DOTTED = re.compile(r"^(?:[A-Za-zÄÖÜäöü]\.)+[A-Za-zÄÖÜäöü]?$")
_MONTH_AFTER = re.compile(r"[ \t\u00a0]+(?:" + _MONTHS_DE + r")\b")
# A line or sentence ends on terminal punctuation, possibly followed by closing marks. Tested
# with rstrip() and one character instead of a pattern searched along the whole line.
_TERMINAL_CHARS = ".!?…:;"
_CLOSING_CHARS = "\"'”“’‘»«)]"
# A line that ends mid-clause: on a comma, bracket, hyphen or lower-case letter (not ";",
# which is terminal).
_CONTINUATION_CHARS = frozenset(",(-–abcdefghijklmnopqrstuvwxyzäöüß")


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences whose offsets index the original string.

    Blank lines always end a sentence. A single line break ends one too, unless the line
    ends mid-clause (comma, hyphen, or a lowercase word followed by a lowercase line),
    which keeps hard-wrapped copy together. A line without terminal punctuation that
    stands alone is marked ``headline``.
    """
    sentences: list[Sentence] = []
    find = text.find
    periods_only = "!" not in text and "?" not in text and "…" not in text
    for start, end in _blocks(text):
        if periods_only or (find("!", start, end) < 0 and find("?", start, end) < 0 and find("…", start, end) < 0):
            _split_block(text, start, end, sentences, _CUT_PERIOD)
        else:
            _split_block(text, start, end, sentences, _CUT)
    return sentences


def _blocks(text: str) -> list[tuple[int, int]]:
    """Spans of text between line breaks, joining lines that were hard-wrapped."""
    # The lines are the non-empty pieces between line breaks; a line's successor follows
    # after a single line break exactly when the next piece is not empty.
    pieces = text.split("\n")
    last = len(pieces) - 1
    blocks: list[tuple[int, int]] = []
    current = end = -1  # the block being built (start -1: none)
    e = -1
    for i, seg in enumerate(pieces):
        s = e + 1
        e = s + len(seg)
        if not seg:
            continue
        stripped = seg.strip()
        if not stripped:
            if current >= 0:
                blocks.append((current, end))
                current = -1
            continue
        if current < 0:
            current = s
        end = e
        if i < last and pieces[i + 1] and stripped[-1] in _CONTINUATION_CHARS:
            nxt_text = pieces[i + 1].lstrip()
            # Hard wrap: the clause runs on into a line that starts in lower case (or the
            # line ends on a comma or hyphen).
            if nxt_text and (nxt_text[0].islower() or stripped[-1] in ",(-–"):
                continue
        blocks.append((current, e))
        current = -1
    if current >= 0:
        blocks.append((current, end))
    return blocks


def _split_block(text: str, start: int, end: int, out: list[Sentence], cuts: re.Pattern[str]) -> None:
    # Each sentence is built through the slot setters, as Sentence.__init__ does, without the call.
    new = object.__new__
    s = start
    while s < end and text[s].isspace():
        s += 1
    for m in cuts.finditer(text, s, end):
        punct, cut = m.span()
        if text[punct] == ".":
            # Most periods follow a word of letters after a space that is no abbreviation:
            # _is_boundary()'s answer, True, without the call.
            lo = punct - 40 if punct - 40 > start else start
            space = text.rfind(" ", lo, punct)
            word = text[space + 1 if space >= 0 else lo : punct]
            plain = len(word) > 1 and word.isalpha() and word not in _NOT_PLAIN and not word.isupper()
            if plain and word[0] in "IVX" and _R_ROMAN_NUMERAL.fullmatch(word):
                plain = False  # ("Der VI. Zivilsenat": see _is_boundary)
            if not plain and not _is_boundary(text, punct, cut, start):
                continue
        sent = new(Sentence)
        _set_text(sent, text[s:cut])
        _set_start(sent, s)
        _set_end(sent, cut)
        _set_headline(sent, False)
        out.append(sent)
        s = m.end(1)  # past the space after the cut
    # The block's last sentence; a headline unless it ends on terminal punctuation.
    e = end
    while e > s and text[e - 1].isspace():
        e -= 1
    if s < e:
        seg = text[s:e]
        sent = new(Sentence)
        _set_text(sent, seg)
        _set_start(sent, s)
        _set_end(sent, e)
        _set_headline(sent, not _is_terminal(seg))
        out.append(sent)


def _is_terminal(seg: str) -> bool:
    """``seg`` ends on terminal punctuation, possibly followed by closing marks."""
    bare = seg.rstrip(_CLOSING_CHARS)
    return bool(bare) and bare[-1] in _TERMINAL_CHARS


_R_ROMAN_NUMERAL = re.compile(r"[IVX]{2,5}")


def _is_boundary(text: str, punct: int, cut: int, block_start: int) -> bool:
    if text[punct] != ".":
        return True
    # Ellipsis and multiple periods behave like a boundary.
    if punct + 1 < len(text) and text[punct + 1] == ".":
        return True
    lo = max(block_start, punct - 40)
    if punct > lo and text[punct - 1] == "\n":
        # "$" also matches before a final newline: leave that case to the pattern itself.
        m = _PREV_TOKEN.search(text, lo, punct)
        if not m:
            return True
        token, token_start = m.group(1), m.start()
    else:
        r = _PREV_TOKEN_REVERSED.match(text[lo:punct][::-1])
        if not r:
            return True
        token, token_start = r.group()[::-1], punct - r.end()
    bare = token.rstrip(".")
    last = bare.rsplit(".", 1)[-1] if "." in bare else bare
    if last in _ABBREVIATIONS or bare in _ABBREVIATIONS:
        return (last in _AMBIGUOUS or bare in _AMBIGUOUS) and _next_word(text, cut) in _OPENERS
    if len(last) > 1 and last.isupper() and (last.capitalize() in _ABBREVIATIONS or last.lower() in _ABBREVIATIONS):
        # a flash in capitals: "4,82 MRD. EURO", "RD. 18,9 MRD.", "GGÜ. VJ.", "3Q REV. $10.7B, EST. $10.4B" (batch 430)
        return last.capitalize() in _AMBIGUOUS and _next_word(text, cut) in _OPENERS
    if bare == "Mia":
        return _R_FIGURE_BEFORE_MIA.search(text, max(block_start, token_start - 2), token_start) is None
    if bare in _US_STATES:
        return not _DATELINE_AFTER.match(text, cut)  # "TAMPA, Fla. (AP) —"
    # (_DOTTED can only match a single letter or a token with periods in it.)
    if ("." in token or len(token) == 1) and _DOTTED.match(token + "."):
        # U.S., z.B., u.a., e.g.: a boundary only before a typical opener.
        if len(bare) <= 2 and bare.isupper():
            return False  # initials such as "J. Smith"
        return _next_word(text, cut) in _OPENERS and not bare.islower()
    if len(bare) == 1 and bare.isupper():
        return False  # single initial
    if len(bare) <= 5 and _R_ROMAN_NUMERAL.fullmatch(bare):
        # "Der VI. Zivilsenat", "des VIII. Strafsenats": a Roman ordinal after an article (batch 310)
        before = text[max(block_start, token_start - 8) : token_start].split()
        if before and before[-1].lstrip(_OPENING_MARKS).lower() in _ORDINAL_LEFT:
            return False
    if bare.isdigit():
        if _MONTH_AFTER.match(text, cut):
            return False  # "3. Dezember"
        if len(bare) <= 3:
            following = _next_word(text, cut)
            if following in ORDINAL_NOUNS:
                return False  # "bis 3. Quartal"
            before = text[max(block_start, token_start - 20) : token_start].split()
            if before and following[:1].isupper():
                word = before[-1]
                if word.endswith((",", ":")):
                    return False  # "Fußball, 2. Bundesliga", "stage three: 1. Maxime Auclair (France), 2. Jasper"
                if word not in _ORDINAL_LEFT:
                    # At a sentence's opening ("Zum 30. Jahrestag") or behind a quote or bracket.
                    word = word.lstrip(_OPENING_MARKS).lower()
                if word in _ORDINAL_LEFT:
                    return False  # "am 5. Spieltag", "zum 2. Mal", "Zum 30. Jahrestag"
                if _R_ORDINAL_LEFT_WORD.fullmatch(before[-1]):
                    return False  # "Rainalters 25. Podestplatz", "die ukrainische 139. Brigade"
                if len(before) > 1 and before[-2].lower() in _ORDINAL_LEFT and _R_INFLECTED.fullmatch(before[-1]):
                    return False  # "ein mögliches 22. Sanktionspaket", "das neue 5. Paket" (batch 336)
                if len(before) > 1 and before[-1] in ("bis", "und") and _R_ORDINAL_DIGITS.fullmatch(before[-2]):
                    return False  # "der 9. bis 12. Schulstufe": the second of a pair (batch 346)
        return True
    return True


def _next_word(text: str, cut: int) -> str:
    nxt = _NEXT_TOKEN.match(text, cut)
    return nxt.group(1) if nxt else ""
