"""The English speaker's phrase read backwards from a verb of saying ("the Labor Department said",
"X, who ..., said", "the factory's owner, Helen Cross, said"), over relative clauses, appositions,
home towns and datelines to the subject."""

from __future__ import annotations

import re

from ..quantities.dates import _ZONE_NAMES
from ..wordtrie import word_list
from .body_names import (
    _EN_AND_NAME,
    _and_joins,
    _listed_complement,
    _long_body_name,
    _place_and_before,
)
from .coordinated import coordinated_en, is_name_en
from .normalise import _described_name, _normalise_en
from .phrase_bounds import (
    _DASH_DATELINE,
    _DATELINE_END,
    _EN_VERB_RE,
    _LAST_DELIMITER,
    _SUBJECT_REACH,
    _before_spaces,
    _segment_start,
)
from .words import (
    _EN_GROUP_SUBJECTS,
    _EN_LOWER_SUBJECTS,
    _PRONOUNS,
    _ROLES_EN,
    HYPHEN_PARTICLE,
    PRONOUN,
    UPPER,
    _is_role_en,
    is_particle_name,
)

# The first part of a hyphenated word that tells a figure or a period, not a body ("fourth-quarter",
# "two-day", "full-year", "year-on-year").
_FIGURE_MODIFIERS = frozenset(
    word_list("""
    first second third fourth fifth sixth seventh eighth ninth tenth one two three four five six seven eight nine
    ten eleven twelve twenty thirty forty fifty hundred half full year quarter month week day multi
    """)
)
# A live file's entry opens with its time: "0915 GMT - ", "14:05 Uhr - ".
# ("12:45 p.m. EST — Gov. X said": AP's stamp with a time zone, batch 380; the zones as the quantities read them)
_ZONE = r"(?:" + "|".join([*_ZONE_NAMES, "Uhr"]) + r")"
_R_LIVE_STAMP = re.compile(
    # (the minutes alone where the segment starts after the stamp's colon)
    r"(?:\d{1,2}:?)?\d{2}[ \u00a0]+(?:[ap]\.m\.(?:[ \u00a0]+" + _ZONE + r")?|" + _ZONE + r")[ \u00a0]*[-–—][ \u00a0]*"
)


# "the armed forces ministry": a participle that names, after which the phrase goes on.
_ARMED_HEADS = (["forces"], ["services"])


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
        if segment[:1].isdigit() and (stamp := _R_LIVE_STAMP.match(segment)):
            segment = segment[stamp.end() :]  # "0915 GMT - Irish Rail said": a live file's time stamp (batch 266)
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
                named = after_comma and (
                    _R_EN_NAME.fullmatch(text, clause, comma) or _role_then_name(text, clause, comma)
                )
                if named:
                    opener = _segment_start(text, before)
                    if opener < 0 or not _EN_ADVERBIAL_OPENER.match(text, opener, before):
                        return named.group()
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
    # A verb inside the segment means it is a clause, not a subject ("United" is fine, and "the armed
    # forces ministry" names one).
    if not _EN_VERB_WORDS.isdisjoint(lows) or any(
        w.endswith("ed") and t[:1].islower() and not (w == "armed" and lows[k + 1 : k + 2] in _ARMED_HEADS)
        for k, (t, w) in enumerate(zip(tokens, lows, strict=True))
    ):
        return None
    if not (
        tokens[0][:1].isupper()
        or lows[0] in _EN_LOWER_SUBJECTS
        or lows[0] in _EN_POSSESSIVES
        or _is_role_en(lows[0])  # "chief executive Laura Kent said", "vice-chancellor Siobhan Rourke said"
        # "union leader Sharon Kelly told the BBC": a lower-case word, a role, then the name.
        # ("union secretary-general Abel Kiprotich said": a role in hyphens too)
        or (len(tokens) >= 3 and _is_role_en(lows[1]) and tokens[2][:1].isupper())
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
            # (a hyphenated modifier: "Ukraine's prisoner-of-war coordination headquarters said"; not a
            # figure's: "forecast fourth-quarter revenue above Wall Street estimates")
            or (
                "-" in w
                and w.strip("-") == w
                and w.replace("-", "").isalpha()
                and w.split("-", 1)[0] not in _FIGURE_MODIFIERS
            )
            or _is_role_en(w)
            or (t.endswith(("'s", "’s")) and t[:-2].isalpha())
            # (a plural possessive: "the bishops' conference said", batch 114)
            or (t.endswith(("s'", "s’")) and t[:-1].isalpha())
            or is_particle_name(t)  # "Army spokesman Osman al-Tijani told"
        ):
            return None
    return _normalise_en(tokens)


_EN_RELATIVES = frozenset(["which", "who", "whom", "what"])
_EN_DEMONSTRATIVES = frozenset(["this", "that", "these", "those"])
_EN_POSSESSIVES = frozenset(["his", "her", "its", "their"])
# Words that make a phrase a clause, no subject (here, where a hot function calls isdisjoint on it:
# see __init__; forward_np imports it).
_EN_VERB_WORDS = frozenset(
    [
        "said", "says", "told", "added", "stated", "would", "will", "could", "should", "may", "might", "has",
        "have", "had", "is", "are", "was", "were", "been", "being", "be", "do", "did", "does", "not", "no",
    ]
)
_EN_ADVERBS = frozenset(
    [
        "also", "later", "earlier", "previously", "separately", "recently", "then", "again", "once", "has",
        "had", "have", "would", "will", "on", "wednesday", "monday", "tuesday", "thursday", "friday",
        "saturday", "sunday",
    ]
)
# An age in apposition ("John Smith, 45, who ...").
_EN_AGE = re.compile(r"\d{1,3}")
# A state after a home town ("of Dayton, Ohio,", "of Eugene, Ore.,", "of St. Paul, Minn.,").
_EN_STATE = re.compile(r"[A-Z][a-z]*\.?(?: [A-Z][a-z]*\.?)?")
_SPACES = re.compile(r"\s*")  # here and in each module that calls it: see __init__
# (a double-barrelled or Mc-/Mac- name has a second capital: "Okafor-Reyes", "McKenna")
# (letters with diacritics too: "Sabine Weinzöttl", "Ana Kovačič" in English copy, batch 389)
_EN_NAME_LOWER = r"[a-zß-öø-ÿā-ž'’\-]"
_EN_NAME_WORD = UPPER + _EN_NAME_LOWER + "+(?:" + UPPER + _EN_NAME_LOWER + "+)?"
_R_EN_NAME = re.compile(_EN_NAME_WORD + r"(?: " + HYPHEN_PARTICLE + r"?" + _EN_NAME_WORD + r"){1,2}")
# A name of one to three capitalised words opening the sentence, then a verb in the past.
_EN_OPENING_NAME = re.compile(r"\s*([A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2}) (?:[a-z]{3,}ed|said|told|spoke|gave)\b")
_EN_NOT_NAME_FIRST = frozenset(word_list("The A An It This That These Those There Here In On At He She They We I"))
# An adverbial opening a clause, no subject for a name in apposition after it.
_EN_ADVERBIAL_OPENER = re.compile(
    r"(?:On|In|At|After|Before|During|Since|Until|By|For|From|With|Without|Last|Earlier|Later|Meanwhile"
    r"|However|Also|Then|Now|Yesterday|Today)\b"
)
_CLAUSE_BREAK = re.compile(r"[;:“”\"(]")


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
        # role, after a name, or in a role and the body it serves ("director of the Institute for
        # Fiscal Studies", "chief investment strategist at Ashgrove Wealth").
        described = text[first + 1 : comma].split()
        if not (0 < len(described) <= 10 and _role_of_body(described) and text[first - 1 : first].isalpha()):
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


def _role_then_name(text: str, start: int, end: int) -> re.Match | None:
    """The personal name closing ``text[start:end]`` after a role ("external MPC member Harriet
    Coldicott" in "The other dissenter, external MPC member Harriet Coldicott, said"): the words
    before it lower-case or acronyms, the last of them a role."""
    words = text[start:end].split()
    for k in range(len(words) - 2, 0, -1):
        if not _is_role_en(words[k - 1].lower()):
            continue
        if not all(w.islower() or w.isupper() for w in words[: k - 1]):
            return None
        at = text.find(words[k], start, end)
        return _R_EN_NAME.fullmatch(text, at, end)
    return None


_BODY_LINKS = frozenset(["of", "at", "for", "the", "and", "&", "to", "with"])


def _role_of_body(words: list[str]) -> bool:
    """Whether ``words`` end in a role, or in a role and the body it serves, named in capitals."""
    if _is_role_en(words[-1].lower()):
        return True
    k = len(words) - 1
    while k > 0 and (words[k] in _BODY_LINKS or words[k][:1].isupper()):
        if words[k] in _BODY_LINKS and _is_role_en(words[k - 1].lower()):
            return True
        k -= 1
    return False


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
