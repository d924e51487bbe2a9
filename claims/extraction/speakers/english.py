"""English attribution: inverted ("..., said X") and fronted ("X said") verbs of saying,
"according to", and the speaker's phrase read forwards or backwards from the verb."""

from __future__ import annotations

import re
from itertools import pairwise

from ..wordtrie import trie_pattern, word_list
from .coordinated import coordinated_en, is_name_en
from .normalise import _WEEKDAYS, _described_name, _is_name_en, _normalise_en
from .party_labels import drop_party_labels
from .words import (
    _EN_GROUP_SUBJECTS,
    _EN_LOWER_SUBJECTS,
    _EN_PHRASE_STOP,
    _EN_VERBS,
    _INSTITUTIONS,
    _PEOPLE_BEFORE_NAME_EN,
    _PRONOUNS,
    _ROLES_EN,
    HYPHEN_PARTICLE,
    PRONOUN,
    _is_role_en,
    _tokens,
    is_particle_name,
)

# Gates the verb patterns: _english tries them only when one of these words is in the sentence.
_EN_VERB_SET = frozenset(_EN_VERBS.split("|"))

# Needs a word boundary before it too, checked where it is used (a leading \b would make re
# try every position; no valid match can start inside a rejected one, which is all letters).
_EN_VERB_RE = re.compile(r"(?:" + trie_pattern(_EN_VERBS.split("|")) + r")\b")
_EN_INVERTED = re.compile(r"[,“”\"]\s*(?P<verb>" + _EN_VERBS + r")\s+(?P<rest>[^,.;:!?“”\"]+)")
# A figure in the phrase after an inverted verb ("reported a 7.8% drop", "a loss of £18.4 million"), no
# speaker's (but "said the 61-year-old").
_EN_FIGURE_OBJECT = re.compile(r"(?:^|\s)[\d$£€](?![\d.,]*-year-old)")
# A clause after an inverted verb of saying: a pronoun and a verb, or a short noun phrase (no relative
# word) and a finite verb ("said she heard", "said his client would appeal", "said the fire started").
_EN_CLAUSE_AFTER = re.compile(
    r"(?:he|she|it|they|we|I)[ \u00a0]+[a-z]"  # "said she heard a bang"
    r"|(?:(?!(?:who|which|that|whose)\b)[\w'’.\-]+[ \u00a0]+){1,5}?"
    r"(?:would|will|had|has|have|was|were|is|are|could|can|should|must|might|may|did|does|do"
    r"|began|rose|fell|grew|went|came|broke|spread|[a-z]{3,}ed)\b"
    # a verb in any form between a noun phrase and its object: "said the blast shook the whole street"
    r"|(?:the|a|an|his|her|its|their|this|these|those)[ \u00a0](?:[\w'’\-]+[ \u00a0]){0,3}?"
    r"(?!(?:of|for|and|or|at|in|on|to|with|by|from|as|than|the|a|an)\b)[a-z]{2,}[ \u00a0]"
    r"(?:the|a|an|his|her|its|their|them|him|it|up|down|out|off|into)\b"
)
_EN_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?P<rest>[^,;:!?“”\"]+)")
_EN_SEGMENT_START = re.compile(r"(?:^|[,;:“”\"(]|\band\b|\bbut\b|\bthat\b|\bwhile\b)\s*(?=[^,;:“”\"(]*$)")
_EN_ADVERBS = frozenset(
    [
        "also", "later", "earlier", "previously", "separately", "recently", "then", "again", "once", "has",
        "had", "have", "would", "will", "on", "wednesday", "monday", "tuesday", "thursday", "friday",
        "saturday", "sunday",
    ]
)

_EN_SOURCE_PREFIX = re.compile(
    r"^(?:(?:figures|data|estimates|a statement|statements|a report|reports|statistics"
    r"|preliminary figures|official figures|a tally|a count|a survey|a poll|a spokesperson"
    r"|a spokesman|a spokeswoman|sources|officials)\s+(?:from|by|of|at|for|released by|published by)\s+)"
)


def _english(text: str, words: frozenset[str]) -> str | None:
    if "D-" in text or "R-" in text or "I-" in text:
        text = drop_party_labels(text)  # "Sen. Owen Bratton, D-Pa., said" -> "Sen. Owen Bratton said"
    if not _EN_VERB_SET.isdisjoint(words):
        m = _EN_INVERTED.search(text)
        told = _EN_TOLD.match(text, m.start() + 1) if m else None
        if told:
            # "..., his manager, Celeste Ward, told The Associated Press": after "told" stands the
            # addressee; the speaker is the name in apposition before it.
            np = _backward_np_en(text, told.end())
            if np:
                return np
        elif m:
            np = _subject_before_apposition(text, m.start())
            if not np:
                rest = _rest_over_initials(text, m)
                np = _forward_np_en(rest)
                if np and _EN_FIGURE_OBJECT.search(np):
                    # "Korvath, which employs ..., reported a 7.8% drop": a figure is the verb's object.
                    np = None
                elif np and _EN_CLAUSE_AFTER.match(rest):
                    # "Mercer's public defender, Leon Ashby, said his client would appeal", "Tasha Greer,
                    # who voted against it, said the money would ...": a clause after the verb is what
                    # was said; its subject is no speaker, who stands before the verb.
                    np = _backward_np_en(text, m.start("verb")) or np
                elif np and np != PRONOUN and np[:1].islower():
                    # "..., said the head of the poison centre, Uwe Brenneisen.": the name in apposition.
                    end = m.start("rest") + len(rest)
                    name = _APPOSED_NAME_EN.match(text, end)
                    np = name.group("name") if name and any(_is_role_en(w) for w in np.lower().split()) else np
                    # "said a spokesman for the Department for Environment, Food and Rural Affairs"
                    fields = _LISTED_FIELDS.match(text, end) if name is None and _body_complement(np.split()) else None
                    np = np + fields.group() if fields else np
            if np:
                return np
        # "..., more than economists had expected, the Labor Department said.": the attribution
        # closing the sentence after a comma comes before a verb earlier on ("The U.S. economy added").
        comma = text.rfind(",")
        end = _EN_FINAL.match(text, comma) if comma > 0 else None
        if end:
            np = _backward_np_en(text, end.start("verb"))
            if np:
                return np
        # The first "according to" after a reporting verb, and its source: the same for each later
        # verb before it, searched again only past it (from every verb it was quadratic).
        according = source = None
        searched = False
        for vm in _EN_VERB_RE.finditer(text):
            start = vm.start()
            if start and _is_word_char(text[start - 1]):
                continue
            if vm.group()[-1] == "s" and (
                _EN_NEXT_VERB.match(text, vm.end())
                or _EN_NEXT_AUX.match(text, vm.end())
                or (vm.group() in _EN_PLURAL_NOUNS and _EN_NEXT_OF.match(text, vm.end()))
            ):
                # "Gulf states said", "Member states warned", "Member states had until", "Member states
                # of the IMO agreed": a plural noun, then the verb (no verb is followed by a finite
                # auxiliary) or its complement (but "warns of" is a verb's)
                continue
            if vm.group() in ("added", "adds") and _EN_AMOUNT.match(text, vm.end()):
                continue  # "The economy added 119,000 jobs", "The Dow added 312 points": a gain, not speech
            if vm.group() in _EN_REPORTING and "according" in words:
                # "The region reported 41,500 cases, according to the WHO": the source is named
                # (not by "according to a statement", the subject's).
                if not searched or (according is not None and according.start() < vm.end()):
                    according = _EN_ACCORDING.search(text, vm.end())
                    searched = True
                    source = _source(according)
                if source and source.rsplit(None, 1)[-1] not in _EN_DOCUMENTS:
                    return source
            np = _backward_np_en(text, start)
            if np:
                return np
    return _according(text) if "according" in words else None


# "told" after a comma: its object is the addressee (the spaces before it are part of the match).
_EN_TOLD = re.compile(r"\s*(?=told\b)")
# A state after a home town ("of Dayton, Ohio,", "of Eugene, Ore.,", "of St. Paul, Minn.,").
_EN_STATE = re.compile(r"[A-Z][a-z]*\.?(?: [A-Z][a-z]*\.?)?")
# An age in apposition ("John Smith, 45, who ...").
_EN_AGE = re.compile(r"\d{1,3}")

# A verb of saying right after a word: that word is no verb of its own.
_EN_NEXT_VERB = re.compile(r"[ \u00a0]+(?:" + _EN_VERBS + r")\b")
_EN_NEXT_OF = re.compile(r"[ \u00a0]+of\b")
_EN_PLURAL_NOUNS = frozenset(["states", "reports", "estimates"])
_EN_NEXT_AUX = re.compile(r"[ \u00a0]+(?:had|have|were|are|will|would|must|should|could|can|may|might|did|do)\b")
# An amount right after "added": a figure, perhaps after a hedge ("added about $35 billion").
_EN_AMOUNT = re.compile(
    r"[ \u00a0]+(?:(?:about|nearly|almost|some|another|roughly|around|more than)[ \u00a0]+)?[\d$£€]"
)


def _according(text: str, pos: int = 0) -> str | None:
    """The source of the first "according to X" from ``pos``, or None."""
    return _source(_EN_ACCORDING.search(text, pos))


def _source(m: re.Match[str] | None) -> str | None:
    """The source an _EN_ACCORDING match names, or None."""
    if m is None:
        return None
    return _forward_np_en(_EN_SOURCE_PREFIX.sub("", m.group("rest").strip()), allow_of=True)


# Verbs whose subject reports a count ("The region reported 41,500 cases"): an "according to"
# after them names the source.
_EN_REPORTING = frozenset(["reported", "reports"])
# What a source publishes, no source of its own ("according to a statement", "according to its report").
_EN_DOCUMENTS = frozenset(
    word_list("statement statements report reports release figures data estimates tally count survey poll filing study")
)


# The dots of initials: "U.S.", "U.N.", "D.C.", "John F. Kennedy" (after the first capital).
_EN_INITIALS = re.compile(r"(?:\.[A-Z])*\.[^,.;:!?“”\"]*")


# Abbreviated first words of place names ("St. Louis", "Mt. Vernon", "Ft. Worth").
_EN_PLACE_ABBREVIATIONS = ("St", "Mt", "Ft")


def _rest_over_initials(text: str, m: re.Match[str]) -> str:
    """The phrase after an inverted verb of saying (``m``'s "rest", which stops at the first dot),
    read on over the dots of initials: "said U.S. envoy Dan Whitmore", "said the U.N."."""
    rest, end = m.group("rest"), m.end("rest")
    while text.startswith(".", end) and (
        (rest[-1:].isupper() and (len(rest) == 1 or not rest[-2].isalpha()))
        # "said St. Louis Mayor Tom Reed": the abbreviated word of a place name
        or (rest.endswith(_EN_PLACE_ABBREVIATIONS) and (len(rest) == 2 or rest[-3] == " "))
    ):
        more = _EN_INITIALS.match(text, end)
        rest, end = rest + more.group(), more.end()
    return rest


# A verb of saying closing the sentence after its last comma: ", the Labor Department said.",
# also before a time or the form it was said in (", Statistics Canada said last week.", "said late on
# Tuesday", "said in a statement on Friday").
_EN_FINAL = re.compile(
    r",[^,;:“”\"(]*[^\W\d_][ \u00a0](?P<verb>said|says|added|told reporters|estimated|estimates|reported|announced)"
    r"(?:[ \u00a0](?:(?:late[ \u00a0]|early[ \u00a0])?(?:on[ \u00a0])?[A-Z][a-z]+day"
    r"|last[ \u00a0](?:week|month|year|night)"
    r"|(?:earlier[ \u00a0])?this[ \u00a0](?:week|month|year)|yesterday|earlier"
    r"|in[ \u00a0]an?[ \u00a0](?:statement|written[ \u00a0]statement|report|news[ \u00a0]release"
    r"|press[ \u00a0]release|interview)"
    r")){0,2}[”\"’']*\.?[”\"’']*$"
)


# "John Smith, 45, said", "Maria Lopez, a 34-year-old nurse, said": the comma before the
# verb closes an apposition, so the subject is the name before it, not what follows "said".
# A participle clause closes the same way: "Volodymyr Zelensky, speaking in Kyiv alongside ..., said".
_EN_APPOSITION = re.compile(
    r"[ \u00a0](?:\d{1,3}|(?:an?|the|his|her|its|their)[ \u00a0][^,]{1,60}"
    r"|(?P<participle>[a-z]{2,}ing)[ \u00a0][^,]{1,80})$"
)


def _subject_before_apposition(text: str, comma: int) -> str | None:
    first = text.find(",", 0, comma)
    if first < 0 or text.find(",", first + 1, comma) >= 0:
        return None
    m = _EN_APPOSITION.match(text, first + 1, comma)
    if m is None:
        # "Ukraine's chief negotiator, Oleh Marynyuk, said Kyiv would ...": a personal name in
        # apposition after a role is the subject; what follows "said" is the reported clause.
        if _R_EN_NAME.fullmatch(text, _SPACES.match(text, first + 1).end(), comma) and _ends_in_role(
            text[max(0, first - 60) : first].split()[-5:]
        ):
            return text[first + 1 : comma].strip()
        # "Claire Lyons, NHS England's national medical director, said": a description ending in a
        # role, after a name.
        described = text[first + 1 : comma].split()
        if not (0 < len(described) <= 8 and _is_role_en(described[-1].lower()) and text[first - 1 : first].isalpha()):
            return None
        start = _segment_start(text, first)
        name = text[start:first].split() if start >= 0 else []
        named = name and name[-1][:1].isupper() and all(t[:1].isupper() or _is_role_en(t.lower()) for t in name)
        return _backward_np_en(text, first) if named else None
    if m.group("participle"):
        # Before a participle clause a clause may stand ("Prices rose, adding to ..., said X"):
        # the subject ends in a name or a role.
        last = text[:first].rsplit(None, 1)[-1:]
        if not last or not (last[0][:1].isupper() or last[0].lower() in _ROLES_EN):
            return None
    return _backward_np_en(text, first)


def _ends_in_role(words: list[str]) -> bool:
    """Whether ``words`` (the last words of a phrase) end in a role, perhaps with its complement:
    "Ukraine's chief negotiator", "Britain's ambassador to the UN", "the head of the WHO"."""
    for k in range(len(words) - 1, -1, -1):
        low = words[k].lower()
        if _is_role_en(low):
            return True
        if not (low in ("to", "of", "for", "at", "the") or words[k][:1].isupper()):
            return False
    return False


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


def _and_joins(head: list[str], tail: list[str]) -> bool:
    """Whether "and" between ``head`` (a name's first words, perhaps after "the") and the
    capitalised ``tail`` after it is inside one name: a body's noun with "of", or any noun with
    "for", in the head ("the Department of Health and Social Care", "the Centers for Disease
    Control and Prevention", "Health and Human Services") or a body's noun
    ending the tail ("the Fire and Rescue Service", "the Food and Drug Administration"). Not
    two names ("Britain and France", "the Home Office and Border Force") nor a role after "and"."""
    if head and head[0] == "the":
        head = head[1:]
    if not head or not tail or len(tail) > 4 or not head[-1][:1].isupper():
        return False
    lows = [t.lower() for t in head]
    if not all(t[:1].isupper() or w in ("of", "for") for t, w in zip(head, lows, strict=True)):
        return False
    if any(_is_role_en(t.lower()) for t in tail):
        return False
    if len(head) == 1 and len(tail) >= 2 and _is_adjective_en(head[0]) and _is_adjective_en(tail[0]):
        return True  # "Scottish and Southern Electricity Networks": two adjectives of one name
    # "the Centers for Disease Control and Prevention": "and" joins the complement after "for"
    # of a capitalised name, whatever its noun; after "of" only a body's ("the Bank of England
    # and Barclays" are two).
    linked = any((w in _EN_NAMED_BODIES and after == "of") or after == "for" for w, after in pairwise(lows))
    # "Fire and Rescue NSW": a region's acronym closing a name of two or more words.
    regional = len(tail) >= 2 and tail[-1].isupper() and tail[-1].isalpha() and tail[-2][1:].islower()
    return linked or regional or tail[-1].lower() in _EN_NAMED_BODIES


# Endings of capitalised adjectives of peoples and regions ("Scottish", "Southern", "Italian",
# "Chinese", "Atlantic", "Dutch").
_EN_ADJECTIVE_ENDINGS = ("ish", "ern", "an", "ese", "ic", "ch")


def _is_adjective_en(word: str) -> bool:
    return len(word) > 3 and word[1:].isalpha() and word[1:].islower() and word.endswith(_EN_ADJECTIVE_ENDINGS)


def _role_before_name(tokens: list[str]) -> int:
    """Where a role stands after one or two lower-case words with a capitalised word after it
    ("navy spokesman Tom Reyes", "county health officer Ann Pike"), or 0."""
    for k in (1, 2):
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
_EN_POSSESSIVES = frozenset(["his", "her", "its", "their"])
_EN_VERB_WORDS = frozenset(
    [
        "said", "says", "told", "added", "stated", "would", "will", "could", "should", "may", "might", "has",
        "have", "had", "is", "are", "was", "were", "been", "being", "be", "do", "did", "does", "not", "no",
    ]
)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _segment_start(text: str, verb_pos: int) -> int:
    """Where the clause before ``verb_pos`` begins: the end of the last _EN_SEGMENT_START
    match in ``text[:verb_pos]``, found without trying that pattern at every position; -1 when
    the clause begins more than _SUBJECT_REACH characters before ``verb_pos``.

    Its lookahead allows no delimiter after a match, so only the last delimiter can match,
    and after it only the joining words; with no delimiter, "^" matches at the start.
    """
    lo = max(0, verb_pos - _SUBJECT_REACH)
    m = _LAST_DELIMITER.match(text, lo, verb_pos)
    after = m.end() if m else lo
    last = None
    for last in _EN_JOINER.finditer(text, after, verb_pos):  # noqa: B007 the last one counts
        pass
    if last is not None:
        return last.end()
    if after == lo and lo:
        return -1
    return _SPACES.match(text, after, verb_pos).end()


# How far before its verb the clause of a subject may begin: a subject has nine words at most
# (_backward_np_en). Read back to its delimiter from every verb of a long sentence without one
# ("said said said ..."), the clause made speaker finding quadratic in the sentence's length.
_SUBJECT_REACH = 500


def _before_spaces(text: str, pos: int) -> int:
    """``len(text[:pos].rstrip())`` without the copy."""
    while pos and text[pos - 1].isspace():
        pos -= 1
    return pos


_R_EN_NAME = re.compile(r"[A-Z][a-z'’\-]+(?: " + HYPHEN_PARTICLE + r"?[A-Z][a-z'’\-]+){1,2}")
# A personal name in apposition after an inverted speaker's phrase, closing the sentence or the apposition.
_APPOSED_NAME_EN = re.compile(
    r",[ \u00a0]*(?P<name>" + _R_EN_NAME.pattern + r")[ \u00a0]*(?:,|[.!]?[”\"’']*[ \u00a0]*$)"
)
_EN_RELATIVES = frozenset(["which", "who", "whom", "what"])
_EN_DEMONSTRATIVES = frozenset(["this", "that", "these", "those"])
# Ends after the last delimiter: the greedy ".*" backtracks from the end (one pattern instead of
# an rfind per delimiter).
_LAST_DELIMITER = re.compile(r".*[,;:“”\"(]", re.DOTALL)
_EN_JOINER = re.compile(r"\b(?:and|but|that|while)\b\s*")
_SPACES = re.compile(r"\s*")  # here and in the other language's module: see __init__
_DATELINE_END = re.compile(r"\)\s*[-–—]\s*")
# A dateline without an agency, ended by a long dash: "LONDON —", "KELOWNA, B.C. –", "DES MOINES, Iowa —".
_DASH_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+)*(?:, [A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*)*)?\s+[–—]\s+"
)
_EN_AND_NAME = re.compile(r"\b[A-Z][\w'’.\-]*\s+(?P<and>and)\s*$")
# The last word of an institution's name with "and" inside ("Food and Drug Administration").
_EN_NAMED_BODIES = _INSTITUTIONS | frozenset(
    word_list("""
    association federation services organisation administration alliance society college protection
    enforcement corporation foundation trust institution centre center network coalition partnership corps
    chamber
    """)
)


# A name of one to three capitalised words opening the sentence, then a verb in the past.
_EN_OPENING_NAME = re.compile(r"\s*([A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2}) (?:[a-z]{3,}ed|said|told|spoke|gave)\b")
_EN_NOT_NAME_FIRST = frozenset(word_list("The A An It This That These Those There Here In On At He She They We I"))


def _names_before(text: str, start: int, head: list[str]) -> list[list[str]]:
    """``head`` (the words before "and" from ``start``) and the names of a list before it
    ("Britain, France and Germany said"), read back over commas while each is a name, five at most."""
    names = [head]
    while len(names) < 5:
        comma = _before_spaces(text, start) - 1
        if comma < 0 or text[comma] != ",":
            break
        start = _segment_start(text, comma)
        words = text[start:comma].split() if start >= 0 else []
        if not words or not is_name_en(words):
            break
        names.insert(0, words)
    return names


def _long_body_name(tokens: list[str]) -> bool:
    """A body's name longer than a subject's nine words: capitalised words joined by "of", "for",
    "the", "and" (perhaps after a possessive), twelve at most ("Ukraine's Coordination Headquarters
    for the Treatment of Prisoners of War")."""
    return len(tokens) <= 12 and tokens[-1][:1].isupper() and all(
        t[:1].isupper() or t in ("of", "for", "the", "and", "on") for t in tokens
    )


def _place_and_before(text: str, start: int, words: list[str]) -> int:
    """Where a body's name that starts at ``start`` and ends in ``words`` starts when a place joined
    by "and" stands before it ("Hampshire and Isle of Wight Fire and Rescue Service", "Devon and
    Somerset Fire and Rescue Service"): the place's start, else ``start``."""
    if not (text.endswith("and ", 0, start) and words[-1].lower() in _EN_NAMED_BODIES):
        return start
    name = _EN_AND_NAME.search(text, max(0, start - 100), start)
    place_start = _segment_start(text, name.start("and")) if name else -1
    if place_start < 0:
        return start
    place = text[place_start : name.start("and")]
    dateline = _DATELINE_END.search(place) if ")" in place else None
    place = place[dateline.end() :].split() if dateline else place.split()
    return place_start if 1 <= len(place) <= 3 and all(_is_name_en(w) for w in place) else start


# The rest of a list of fields in a body's name after its first ("Environment", then ", Food and
# Rural Affairs"), closing the sentence or a clause.
_LISTED_FIELDS = re.compile(
    r"(?:,[ \u00a0][A-Z][\w'’\-]*(?:[ \u00a0][A-Z][\w'’\-]*){0,2})*,?[ \u00a0]and[ \u00a0][A-Z][\w'’\-]*"
    r"(?:[ \u00a0][A-Z][\w'’\-]*){0,2}(?=[”\"’']*(?:[.,;!?]|$))"
)


def _body_complement(words: list[str]) -> bool:
    """Whether ``words`` end in a body's capitalised noun, "of"/"for" and one to three capitalised
    words ("the Ministry of Housing", "a spokesman for the Department for Environment")."""
    k = max((i for i, w in enumerate(words) if w in ("of", "for")), default=-1)
    return (
        k > 0
        and words[k - 1][:1].isupper()
        and words[k - 1].lower() in _EN_NAMED_BODIES
        and 1 <= len(words) - k - 1 <= 3
        and all(w[:1].isupper() for w in words[k + 1 :])
    )


def _listed_complement(text: str, start: int) -> int:
    """Where a body's name starts whose complement after "of"/"for" is a list of capitalised
    fields ending before ``start``'s "and" ("the Ministry of Housing, Communities and", "the
    Department for Environment, Food and"); else -1."""
    comma = _before_spaces(text, start) - 1
    fields = 0
    while comma > 0 and text[comma] == "," and fields < 4:
        first = _segment_start(text, comma)
        if first < 0:
            return -1
        words = text[first:comma].split()
        if _body_complement(words):
            # "LONDON (Reuters) - The Ministry of ...", "LONDON — The Ministry": the dateline ends before the name.
            dateline = _DATELINE_END.search(text, first, comma) if ")" in text[first:comma] else None
            if dateline is None and ("—" in text[first:comma] or "–" in text[first:comma]):
                dateline = _DASH_DATELINE.match(text)
                dateline = dateline if dateline and first < dateline.end() <= comma else None
            return _SPACES.match(text, dateline.end()).end() if dateline else first
        if not (1 <= len(words) <= 3 and all(_is_name_en(w) for w in words)):
            return -1
        comma = _before_spaces(text, first) - 1
        fields += 1
    return -1


def _relative_clause(text: str, comma: int) -> tuple[int, int] | None:
    """The comma that opens a relative clause closed by the comma at ``comma``, and where the
    clause's "who"/"which" stands, reading back over commas between digits; else None."""
    lo = max(0, comma - _SUBJECT_REACH)
    if text.find("which ", lo, comma) < 0 and text.find("who ", lo, comma) < 0:
        return None
    k = comma
    while True:
        k = text.rfind(",", lo, k)
        if k <= 0 or not (text[k - 1].isdigit() and text[k + 1 : k + 2].isdigit()):
            break
    if k <= 0 or _CLAUSE_BREAK.search(text, k + 1, comma):
        return None
    start = _SPACES.match(text, k + 1).end()
    return (k, start) if text.startswith(("who ", "which "), start) else None


# An adverbial opening a clause, no subject for a name in apposition after it.
_EN_ADVERBIAL_OPENER = re.compile(
    r"(?:On|In|At|After|Before|During|Since|Until|By|For|From|With|Without|Last|Earlier|Later|Meanwhile"
    r"|However|Also|Then|Now|Yesterday|Today)\b"
)
_CLAUSE_BREAK = re.compile(r"[;:“”\"(]")


def _backward_np_en(text: str, verb_pos: int) -> str | None:
    # Walked back over relative clauses in a loop ("X, who ..., who ..., said"): a call per clause
    # overflowed the stack on a long chain of them (RecursionError).
    walked = False
    while True:
        start = _segment_start(text, verb_pos)
        if start < 0:
            return None
        segment = text[start:verb_pos].strip()
        if walked and _EN_AGE.fullmatch(segment):
            # "John Smith, 45, who lives nearby, said": an age before the relative clause.
            return _subject_before_apposition(text, verb_pos)
        if text.endswith(("and ", "and"), 0, start):
            # "the Irish Nurses and Midwives Organisation said", "the Department of Health and Social
            # Care said": "and" between capitalised words inside an institution's name joins no clause.
            name = _EN_AND_NAME.search(text, max(0, start - _SUBJECT_REACH), start)
            words = segment.split()
            head_start = _segment_start(text, name.start("and")) if name and words else -1
            if head_start >= 0:
                head = text[head_start : name.start("and")]
                dateline = _DATELINE_END.search(head) if ")" in head else None
                if dateline is None and ("—" in head or "–" in head):
                    dateline = _DASH_DATELINE.match(head)
                head = head[dateline.end() :].split() if dateline else head.split()
                capitalised = all(w[:1].isupper() for w in words)
                # "the Ministry of Housing, Communities and Local Government said": a list of fields
                # after "of"/"for" inside a body's name.
                listed = _listed_complement(text, head_start) if capitalised else -1
                if listed >= 0:
                    tokens = text[listed:verb_pos].split()
                    return _normalise_en(tokens) if len(tokens) <= 14 else None
                if capitalised and _and_joins(head, words):
                    start = _place_and_before(text, head_start, words)
                    segment = text[start:verb_pos].strip()
                else:
                    # "Britain and France said": two names, one subject.
                    while words and words[-1].lower() in _EN_ADVERBS:
                        words.pop()
                    both = coordinated_en(_names_before(text, head_start, head), words)
                    if both:
                        # "Ondo, Edo and Bauchi states account for": names joined by "and" take no
                        # verb in "-s"; that word is a plural noun after them.
                        verb = _EN_VERB_RE.match(text, verb_pos)
                        return None if verb and verb.group()[-1] == "s" else both
        if ")" in segment:
            # "GENEVA (Reuters) - The WHO said": the dateline ends before the subject.
            dateline = _DATELINE_END.search(segment)
            if dateline:
                segment = segment[dateline.end() :]
        elif "—" in segment or "–" in segment:
            # "LONDON — France said", "KELOWNA, B.C. — the agency said" (the clause starts at its comma).
            dateline = _DASH_DATELINE.match(text)
            if dateline and start < dateline.end() <= verb_pos:
                segment = text[dateline.end() : verb_pos].strip()
        if not segment:
            # "The official, who spoke on condition of anonymity, said": the subject stands
            # before the relative clause.
            comma = _before_spaces(text, start) - 1
            clause = _segment_start(text, comma) if comma >= 0 and text[comma] == "," else -1
            if clause >= 0:
                # Where the clause before it ends: a comma there closes a relative clause or an apposition.
                before = _before_spaces(text, clause) - 1
                after_comma = before >= 0 and text[before] == ","
                if not (after_comma and text.startswith(("who ", "which "), clause)):
                    # "Corvane Components, which makes seats and interior trim, said", "Korvath, which
                    # employs about 52,000 people, reported": a relative clause runs back over "and",
                    # "that" and a figure's comma inside it.
                    relative = _relative_clause(text, comma)
                    if relative:
                        before, clause = relative
                        after_comma = True
                # (also a home town in apposition: "John Smith, 45, of Springfield, said", "of Dayton, Ohio,")
                residence = text.startswith("of ", clause) and text[clause + 3 : clause + 4].isupper()
                if not residence and after_comma and _EN_STATE.fullmatch(text, clause, comma):
                    d = _LAST_DELIMITER.match(text, max(0, before - _SUBJECT_REACH), before)
                    town = _SPACES.match(text, d.end()).end() if d and text[d.end() - 1] == "," else -1
                    if town >= 0 and text.startswith("of ", town) and text[town + 3 : town + 4].isupper():
                        clause, before, residence = town, d.end() - 1, True
                if (residence or text.startswith(("who ", "which "), clause)) and after_comma:
                    verb_pos = before
                    walked = True
                    continue
                # "the factory's owner, Helen Cross, said": the name in apposition speaks (not after an
                # adverbial: "On Monday, Jane Doe, said the minister would resign").
                if _R_EN_NAME.fullmatch(text, clause, comma) and after_comma:
                    opener = _segment_start(text, before)
                    if opener < 0 or not _EN_ADVERBIAL_OPENER.match(text, opener, before):
                        return text[clause:comma]
                # "Professor Claire Lyons, NHS England's national medical director, said:": the name
                # before the apposition.
                if after_comma:
                    return _subject_before_apposition(text, comma)
            # "Ushakov described the talks as ... but said ...": the name opening the sentence is the
            # subject of both verbs.
            if text.endswith(("but ", "and "), 0, start):
                opening = _EN_OPENING_NAME.match(text)
                if opening and opening.group(1).split()[0] not in _EN_NOT_NAME_FIRST:
                    return opening.group(1)
        break
    tokens = segment.split()
    if tokens and tokens[0].lower() in _EN_RELATIVES:
        tokens = tokens[1:]  # "prices rose, which analysts said": the relative pronoun is no speaker
    if len(tokens) == 1 and tokens[0].lower() in _EN_DEMONSTRATIVES:
        return None  # "That tells you everything": a thing, not a speaker
    if tokens and tokens[-1].lower() in ("a", "an", "the"):
        return None  # "drew an estimated 400 million": after an article the verb is an adjective
    while tokens and tokens[-1].lower() in _EN_ADVERBS:
        tokens.pop()
    if not tokens or (len(tokens) > 9 and not _long_body_name(tokens)):
        return None
    if len(tokens) == 1 and tokens[0].lower() in _PRONOUNS:
        return PRONOUN
    if len(tokens) == 1 and tokens[0].lower().replace("’", "'") in ("i'm", "we're", "you're"):
        return None  # "- no, I'm told 29 billion -" inside a quote: the speaker is named later
    lows = [t.lower() for t in tokens]
    if "in" in lows:
        # "the central bank in Kyiv said", "police in Leeds said": a place after a source in lower
        # case (perhaps after a possessive) is dropped ("the Church in Wales" is a name).
        k = lows.index("in")
        if (
            k
            and 0 < len(tokens) - k - 1 <= 3
            and all(t[:1].isupper() for t in tokens[k + 1 :])
            and all(t.isalpha() and t.islower() for t in tokens[1:k])
            and (tokens[0].islower() or tokens[0].endswith(("'s", "’s")))  # "Ukraine's air force in Kyiv"
        ):
            tokens, lows = tokens[:k], lows[:k]
    # A verb inside the segment means it is a clause, not a subject ("United" is fine).
    if not _EN_VERB_WORDS.isdisjoint(lows) or any(
        w.endswith("ed") and t[:1].islower() for t, w in zip(tokens, lows, strict=True)
    ):
        return None
    if not (
        tokens[0][:1].isupper()
        or lows[0] in _EN_LOWER_SUBJECTS
        or lows[0] in _EN_POSSESSIVES
        or _is_role_en(lows[0])  # "chief executive Laura Kent said", "vice-chancellor Siobhan Rourke said"
        # "union leader Sharon Kelly told the BBC": a lower-case word, a role, then the name.
        or (len(tokens) >= 3 and lows[1] in _ROLES_EN and tokens[2][:1].isupper())
        # "hospital officials said", "state media reported"
        or (len(tokens) <= 3 and lows[-1] in _EN_GROUP_SUBJECTS and all(w.isalpha() for w in lows))
        # "mortgage buyer Freddie Mac said": a description, then the name.
        or _described_name(tokens)
    ):
        return None
    # Capitalised, a role, a word of letters only (the lower-case subjects and "of", "the" are),
    # or a possessive inside the phrase: "the city's fire department said".
    # An ampersand between capitalised words joins one name ("Procter & Gamble", "the Centers for
    # Medicare & Medicaid Services").
    for k, (t, w) in enumerate(zip(tokens, lows, strict=True)):
        if w == "&" and 0 < k < len(tokens) - 1 and tokens[k - 1][:1].isupper() and tokens[k + 1][:1].isupper():
            continue
        if not (
            t[:1].isupper()
            or w.isalpha()
            or _is_role_en(w)
            or (t.endswith(("'s", "’s")) and t[:-2].isalpha())
            or is_particle_name(t)  # "Army spokesman Osman al-Tijani told"
        ):
            return None
    return _normalise_en(tokens)
