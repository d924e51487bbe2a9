"""German "X zufolge": the source before the postposition, found from each "zufolge" backwards."""

from __future__ import annotations

import re

from .words import _CAP, _DE_ARTICLES, _DE_DETERMINERS, _is_institution_de

_DE_ZUFOLGE = re.compile(
    r"(?P<np>(?:(?:der|dem|des|den|die|einem|einer)\s+)?(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}"
    r"(?:" + _CAP + r"\s+){0,4}" + _CAP + r"(?:\s+(?:des|der)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+)?" + _CAP + r")?)"
    r"\s+zufolge\b"
)
# Every chunk of _DE_ZUFOLGE's "np" is free of whitespace and ends at whitespace (re's \s is
# str.isspace(), which str.split() splits on), so a match is at most this many tokens before
# the token that starts with "zufolge"; only the first token may be entered mid-way.
_ZUFOLGE_MAX_TOKENS = 11
# A whole token is a chunk in lower case (article, adjective, "des"/"der": all have the
# adjectives' shape) or a capitalised one; the np's chunks are L{0,3} C{1,5} (L L? C)?, so read
# backwards from "zufolge" their classes spell a prefix of one of these strings.
_ZUFOLGE_LOWER = re.compile(r"[a-zäöüß]+(?:e|en|er|es|em)")
_ZUFOLGE_CAP = re.compile(_CAP)
_ZUFOLGE_BACKWARDS = frozenset(
    (gen + "C" * caps + "L" * lower)[:n]
    for gen in ("", "CL", "CLL")
    for caps in range(1, 6)
    for lower in range(4)
    for n in range(1, 12)
)


def _search_zufolge(text: str) -> re.Match[str] | None:
    """_DE_ZUFOLGE.search(text), identical match, without trying the pattern at every position:
    only in the span before each "zufolge" that follows whitespace, back to the nearest token that
    cannot be a whole chunk of "np" there (class or order) or else _ZUFOLGE_MAX_TOKENS tokens.
    Each span (overlapping spans merged) is searched with endpos past the 11 tokens from its last
    "zufolge", where whitespace follows: no attempt from a start inside the span reads further,
    so a match starting there is the one a search over the whole text would return."""
    spans: list[list[int]] = []  # [window start, last "zufolge" of the window], disjoint
    z = text.find("zufolge")
    while z != -1:
        if z and text[z - 1].isspace():
            # Walk back over the tokens that can be whole chunks in this order; the first that
            # cannot is where a match may start at the earliest (mid-way), else the 11th token.
            start, classes = z, ""
            for token in reversed(text[:z].rsplit(None, _ZUFOLGE_MAX_TOKENS)[-_ZUFOLGE_MAX_TOKENS:]):
                start = text.rfind(token, 0, start)
                if _ZUFOLGE_CAP.fullmatch(token):
                    classes += "C"
                elif _ZUFOLGE_LOWER.fullmatch(token):
                    classes += "L"
                else:
                    break
                if classes not in _ZUFOLGE_BACKWARDS:
                    break
            while spans and start <= spans[-1][1]:  # overlaps (or swallows) earlier spans
                start = min(start, spans.pop()[0])
            spans.append([start, z])
        z = text.find("zufolge", z + 7)
    for start, last in spans:
        tail = text[last:].split(None, _ZUFOLGE_MAX_TOKENS)
        end = len(text) - len(tail[-1]) if len(tail) > _ZUFOLGE_MAX_TOKENS else len(text)
        m = _DE_ZUFOLGE.search(text, start, end)
        if m and m.start() < last:
            return m
    return None


# What stands before "X zufolge" when X is a place after the source ("Dem Generalstab in Kiew
# zufolge") or the end of an institution's name ("Dem Bundesamt für Statistik zufolge", "Dem
# Bundesamt für Migration und Flüchtlinge zufolge"): the source with its article, then the link.
_DE_ZUFOLGE_LINK = re.compile(
    r"(?:^|(?<=\s))(?P<src>(?:[Dd]em|[Dd]er|[Dd]en|[Ee]inem|[Ee]iner)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}"
    r"(?:" + _CAP + r"\s+)?" + _CAP + r")\s+(?P<link>in|aus|bei|für(?:(?:\s+" + _CAP + r"){1,2}\s+und)?)\s+$"
)
_DE_ZUFOLGE_CAPITAL_ARTICLES = frozenset(["Dem", "Der", "Den", "Einem", "Einer"])
# The articles of a place after "in" ("Der Polizei in der Ukraine zufolge").
_DE_PLACE_ARTICLES = frozenset(["der", "dem", "den"])
# What a newspaper or an agency publishes: "in der Zeitung" after it is the source.
_DE_DOCUMENTS = (
    "bericht", "berichten", "interview", "artikel", "meldung", "beitrag", "studie", "umfrage", "kommentar",
    "mitteilung", "erklärung", "aussage", "analyse", "sendung", "ausgabe", "schreiben", "papier",
)


def _after_verb(np: list[str]) -> list[str]:
    """``np`` from a determiner among its lower-case words after the first on ("steigen einem
    Sprecher" -> "einem Sprecher"), or [] if there is none: no adjective stands before one."""
    for k in range(1, len(np)):
        if not np[k][:1].islower():
            break
        if np[k] in _DE_DETERMINERS:
            return np[k:]
    return []


def _last_caps(np: list[str]) -> int:
    """Where the capitalised words that close ``np`` start."""
    k = len(np)
    while k > 1 and np[k - 1][:1].isupper():
        k -= 1
    return k


def _zufolge_source(text: str, start: int, np: list[str]) -> list[str]:
    """See _source_before_zufolge; "liegen die Positionen Koroljew zufolge": "die" is no dative, it opens
    the clause's subject, and the source is the name after its noun."""
    src = _source_before_zufolge(text, start, np)
    if len(src) >= 3 and src[0] == "die" and all(t[:1].isupper() for t in src[1:]):
        return src[2:]
    return src


def _source_before_zufolge(text: str, start: int, np: list[str]) -> list[str]:
    """The source of "X zufolge" where X (``np``, from ``start``) is a place after it or the end of
    its name: "Dem Generalstab in Kiew zufolge" and "Der Polizei in der Ukraine zufolge" -> the
    source before "in", "Dem Staatssekretariat für Migration zufolge" -> the whole name; and
    where X is the end of a clause, the source alone ("Die Investitionen steigen Albrecht zufolge",
    "Die Preise sinken einem Sprecher zufolge"). Otherwise ``np`` as it is."""
    if start and text[start - 1].isalpha():
        # "Einer früheren Sprecherin zufolge": the pattern's adjective started inside "Einer".
        head = text[:start].rsplit(None, 1)[-1]
        if (
            head[:1].isupper()
            and np[1][:1].islower()
            and np[1] not in _DE_DETERMINERS  # a genitive: "Einer Studie des Verbands X zufolge"
            and (head + np[0]).lower() not in _DE_DETERMINERS
            and text[: start - len(head)].strip(' „“"»«')
        ):
            # "Die Investitionen steigen Albrecht zufolge": inside a clause a capitalised word before
            # lower-case ones is its noun and verb, not the source's adjectives; the source is the
            # name before "zufolge".
            return np[_last_caps(np) :]
        np = [head + np[0], *np[1:]]
    if np[0][:1].islower() and np[0] not in _DE_ARTICLES:
        # "Die Preise steigen der Regierung zufolge": a determiner after the first lower-case
        # word opens the source; the words before it are the clause's verb.
        after = _after_verb(np)
        if after:
            return after
        # "Dem ukrainischen Generalstab zufolge": the pattern takes only a lower-case article.
        before = text[:start].rsplit(None, 1)[-1:]
        return before + np if before and before[0] in _DE_ZUFOLGE_CAPITAL_ARTICLES else np
    # A place with an article ("in der Ukraine") is dropped after "in" only: "der Zeitung" may be
    # a source too, after a document ("Einem Interview in der Zeitung zufolge"); a capital
    # article is the sentence's first word or part of a name ("in Den Haag").
    placed = len(np) == 2 and np[0] in _DE_PLACE_ARTICLES and np[1][:1].isupper()
    if len(np) > 3 or not (placed or all(t[:1].isupper() for t in np)):
        return np
    m = _DE_ZUFOLGE_LINK.search(text, max(0, start - 120), start)
    if m is None:
        return np
    src = m.group("src").split()
    if placed:
        return src if m.group("link") == "in" and not src[-1].lower().endswith(_DE_DOCUMENTS) else np
    if m.group("link").startswith("für"):
        # "Dem Bundesamt für Migration und Flüchtlinge zufolge": the name is read from "für" on.
        return [*src, *m.group("link").split(), *np] if _is_institution_de(src[-1]) else np
    return src if len(np) <= 2 else np  # a place of one or two words ("in Den Haag")

