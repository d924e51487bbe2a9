"""The English speaker's phrase read forwards: after an inverted verb of saying ("said navy
spokesman Tom Reyes", "said the head of the poison centre") and after "according to" (its source,
past "figures from", "a statement by")."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .backward_np import _EN_VERB_WORDS, _R_EN_NAME
from .body_names import _and_joins
from .normalise import _WEEKDAYS, _normalise_en
from .words import (
    _EN_GROUP_SUBJECTS,
    _EN_PHRASE_STOP,
    _PEOPLE_BEFORE_NAME_EN,
    _PRONOUNS,
    _ROLES_EN,
    PRONOUN,
    _is_role_en,
    _tokens,
    is_particle_name,
)


def _forward_np_en(rest: str, allow_of: bool = True) -> str | None:
    tokens = _tokens(rest)
    if tokens and tokens[-1].endswith(".") and not _ABBREV_TOKEN.fullmatch(tokens[-1]):
        tokens[-1] = tokens[-1][:-1]
    if not tokens:
        return None
    if tokens[0].lower() in _PRONOUNS:
        return PRONOUN
    np: list[str] = []
    i, n = 0, len(tokens)
    if tokens[0][:1].islower() and tokens[0] not in _EN_DETERMINERS and tokens[0] not in _ROLES_EN:
        # "said navy spokesman Tom Reyes": up to two lower-case words, a role, then a name.
        k = _role_before_name(tokens)
        # "said farmer Gurpreet Singh": an ordinary person's noun, then a first name and a surname.
        if not k and tokens[0] in _PEOPLE_BEFORE_NAME_EN:
            name = _capitalised_run(tokens, 1)[:3]
            if len(name) >= 2 and _R_EN_NAME.fullmatch(" ".join(name)):
                return _normalise_en(name)
        if not k:
            return _lower_group_en(tokens)
        np, i = [t.lower() for t in tokens[:k]], k
    if tokens[0].lower() in _EN_DETERMINERS:
        np.append(tokens[0].lower())
        i = 1
    while i < n and len(np) < 9:
        t = tokens[i]
        low = t.lower()
        if low in _WEEKDAYS:
            break  # "according to a study published Wednesday in ...": a date, no name
        if np and i + 1 < n and tokens[i + 1] in _EN_TIME_WORDS and _EN_PARTICIPLE.fullmatch(low):
            break  # "according to a BMA survey published last month"
        if low == "to" and np and np[-1].lower() in _EN_ROLES_TO and _capitalised_after(tokens, i + 1):
            np.append(low)  # "Ambassador to the U.N. Linda Moss": the role's complement
            i += 1
            continue
        if low == "and" and np:
            tail = _capitalised_run(tokens, i + 1)
            after = tokens[i + 1 + len(tail) : i + 2 + len(tail)]
            # "the Bank of Japan and Bank of Korea": a second name goes on with "of".
            if after not in (["of"], ["for"]) and _and_joins(np, tail):
                np += ["and", *tail]  # "the Fire and Rescue Service": "and" inside a name
                i += 1 + len(tail)
                continue
        if low in (
            "on", "in", "at", "that", "to", "after", "before", "during", "when", "as", "was", "is", "were",
            "are", "has", "had", "who", "which", "while", "and", "but", "adding",
        ) and not (len(t) > 1 and t.isupper()):  # "according to the WHO": an acronym, no relative
            break
        if low in ("of", "for") and allow_of and np and i + 1 < n:
            np.append(low)
            i += 1
            continue
        if t[:1].isupper() or (np and low not in _EN_VERB_WORDS) or low in _ROLES_EN:
            np.append(t if t[:1].isupper() or is_particle_name(t) else low)
            i += 1
            continue
        break
    # A participle closing the phrase is of a clause cut short ("according to a study published
    # Wednesday in ...", "FBI data released Monday"), no part of the source.
    while np and (np[-1] in ("of", "for", "the", "a", "an") or (len(np) > 1 and _EN_PARTICIPLE.fullmatch(np[-1]))):
        np.pop()
    if not np or np in (["the"], ["a"]):
        return None
    return _normalise_en(np)


_EN_PARTICIPLE = re.compile(r"[a-z]{2,}ed")
# Words that open a time after a participle ("published last month", "released this week").
_EN_TIME_WORDS = frozenset(word_list("last this next earlier yesterday today overnight"))
_EN_DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their"])
# Roles whose complement starts with "to" ("Ambassador to the U.N.", "envoy to Ukraine").
_EN_ROLES_TO = frozenset(["ambassador", "envoy", "representative"])


def _capitalised_after(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]``, after an optional "the", is capitalised."""
    if i < len(tokens) and tokens[i] == "the":
        i += 1
    return i < len(tokens) and tokens[i][:1].isupper()


def _capitalised_run(tokens: list[str], i: int) -> list[str]:
    """The capitalised words from ``tokens[i]``, five at most."""
    j = i
    while j < len(tokens) and j - i < 5 and tokens[j][:1].isupper():
        j += 1
    return tokens[i:j]


def _role_before_name(tokens: list[str]) -> int:
    """Where a role stands after one to three lower-case words with a capitalised word after it
    ("navy spokesman Tom Reyes", "county health officer Ann Pike", "state emergency management
    director Jo Hale"), or 0."""
    for k in (1, 2, 3):
        if (
            k + 1 < len(tokens)
            and all(t.isalpha() and t.islower() and t not in _EN_PHRASE_STOP for t in tokens[:k])
            and _is_role_en(tokens[k].lower())
            and tokens[k + 1][:1].isupper()
        ):
            return k
    return 0


def _lower_group_en(tokens: list[str]) -> str | None:
    """A source in lower case after "according to" or "said": up to three words that end in a
    group noun ("state election officials", "local police", "state media"), else None."""
    last = -1
    for k, t in enumerate(tokens[:3]):
        if not (t.isalpha() and t.islower()) or t in _EN_PHRASE_STOP:
            break
        if t in _EN_GROUP_SUBJECTS:
            last = k
    return " ".join(tokens[: last + 1]) if last >= 0 else None


_ABBREV_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|Jr\.|Sr\.|Inc\.|Corp\.|Ltd\.|Co\.")
_EN_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?P<rest>[^,;:!?“”\"]+)")
_EN_SOURCE_PREFIX = re.compile(
    # ("according to initial figures from the Electoral Commission")
    r"^(?:(?:(?:initial|preliminary|provisional|official|latest|new)\s+)?"
    r"(?:figures|data|estimates|a statement|statements|a report|reports|statistics"
    r"|preliminary figures|official figures|a tally|a count|a survey|a poll|a spokesperson"
    r"|a spokesman|a spokeswoman|sources|officials)\s+(?:from|by|of|at|for|released by|published by)\s+)"
)


def _according(text: str, pos: int = 0) -> str | None:
    """The source of the first "according to X" from ``pos``, or None."""
    return _source(_EN_ACCORDING.search(text, pos))


def _source(m: re.Match[str] | None) -> str | None:
    """The source an _EN_ACCORDING match names, or None."""
    if m is None:
        return None
    listed = _EN_LISTED_BODY.match(m.string, m.start("rest"))
    if listed:
        return listed.group(1)  # "according to the Foreign, Commonwealth and Development Office"
    return _forward_np_en(_EN_SOURCE_PREFIX.sub("", m.group("rest").strip()), allow_of=True)


# A body whose name lists its fields with commas ("the Foreign, Commonwealth and Development Office", "the
# Department for Environment, Food and Rural Affairs"): the commas end no source.
_EN_LISTED_BODY = re.compile(
    r"((?:the[ \u00a0]+)?[A-Z][\w'’\-]*(?:[ \u00a0]+(?:for|of|[A-Z][\w'’\-]*))*(?:,[ \u00a0]+[A-Z][\w'’\-]*)+,?"
    r"[ \u00a0]+and[ \u00a0]+[A-Z][\w'’\-]*(?:[ \u00a0]+[A-Z][\w'’\-]*)*[ \u00a0]+"
    r"(?:Office|Department|Ministry|Agency|Service|Authority|Institute|Organisation|Organization|Commission"
    r"|Council|Committee|Affairs|Board|Bureau)"
    # ... or a British department whose complement lists them: "the Department for Culture, Media and
    # Sport" (not "the Ministry of Defence, Nato and Kyiv": three sources).
    r"|(?:the[ \u00a0]+)?Department[ \u00a0]+for[ \u00a0]+[A-Z][\w'’\-]*"
    r"(?:,[ \u00a0]+[A-Z][\w'’\-]*)+,?[ \u00a0]+and[ \u00a0]+[A-Z][\w'’\-]*(?:[ \u00a0]+[A-Z][\w'’\-]*)?)"
    r"(?=[ \u00a0]*[,.;]|$)"
)


# Verbs whose subject reports a count ("The region reported 41,500 cases"): an "according to"
# after them names the source.
_EN_REPORTING = frozenset(["reported", "reports"])
# What a source publishes, no source of its own ("according to a statement", "according to its report").
_EN_DOCUMENTS = frozenset(
    word_list("statement statements report reports release figures data estimates tally count survey poll filing study")
)
