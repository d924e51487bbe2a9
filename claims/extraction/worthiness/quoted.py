"""A sentence that is mostly a direct quote, judged by what the quote itself states (a verdict: -0.45 in
combine(), and its figures add nothing).

A quote with only its attribution around it ("„...“, sagte X", "\"...,\" X said", "said X, who ...")
or a whole-sentence quote is opinion, whoever says it, when the quote has the shape of a judgement (a
copula, a modal, a verb of belief, "enough", an evaluative word, a generic subject: _JUDGEMENT_SHAPE)
and states nothing that can be checked; when the quote is a whole utterance (most of the sentence,
_WHOLE_SHARE, or opening it or following a colon, however long the attribution: _opens_utterance()), it is
opinion whatever its shape unless it states something checkable (session nine: 68 more opinions rejected on
71 batches, 15 of them on 14 batches held out, no check-worthy row lost); a quoted fragment that tells what
someone does ("„Die Polizei sucht nach dem Täter“") is left as it is. What counts as stating something
checkable (a figure, an event, a position or intention, a time, a finding, a name) and the shapes in which
each kind turns up in opinion too are in quote_evidence.py (session nine: each kind read by its shape, 133 more
opinions rejected on batches 1-57 where developed, 72 of 950 on batches 58-77 held out, no check-worthy row
lost). Outside the quote there may be only the attribution: a figure there, a verb of its own ("hat den
„...“ beschlossen"), a further report ("adding that ...", "und verwies ...") or a verb of saying that asserts
("teilte mit", "bestätigte", "warned") keeps the sentence as it is. A figure inside the quote is evidence,
unless the quote tells only a feeling or a memory ("„So etwas habe ich in 30 Jahren noch nicht erlebt“", "“I
still remember my first day”"). Some shapes are rhetoric whatever the verbs (an antithesis, defiance, an
address to "you", a rule for whoever does something: "„Wer ..., hat ...“", a question: then only a time, a
finding or a name counts).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..speakers import TRIGGERS
from ..speakers.quotes import _QUOTE_CHAR, opens_quote
from ..speakers.words import _is_role_de, _is_role_en
from ..wordtrie import word_list
from . import lexicon
from .evaluative import _EVAL_RE
from .opinion import _MEMORY
from .quote_evidence import _FEELINGS_ED, _WORD, firm_states, quote_states
from .quotes import _FEELING, _NAMING
from .similes import simile_start

# Bound by assignment, not by import, for faster method calls (see score.py).
_FACT_VERBS = lexicon._FACT_VERBS

# --- Outside the quote.
# A further report ("..., adding that ...", "und verwies auf ...", "but said ...").
_REPORT_OUTSIDE = re.compile(
    r"(?i)\b(?:adding|added\s+that|and|but|while|because|und|sowie|aber|nachdem|weil|während|dass|that|whether|ob"
    r"|hinzu,?\s+(?:dass|es|man|die|der|das))\b"
)
# Verbs of saying that assert a fact or a warning: a quote they introduce is a report ("teilte die
# Polizei mit", "bestätigte", "kündigte an", "the governor warned", "the ministry confirmed").
_REPORTING = frozenset(
    word_list("""
    teilte teilten mitteilte mitteilten bestätigte bestätigten kündigte kündigten ankündigte warnte warnten
    meldete meldeten berichtete berichteten räumte einräumte verkündete
    confirmed announced reported warned warns admitted acknowledged testified declared
    """)
)
# Verbs of calling out, asking or mocking that the speaker finder does not read as attribution: after a
# quote they only tell how it was said („...“, rief X den Demonstranten zu; "...," X asked; remarked).
_CALLING = frozenset(word_list("rief riefen fragte fragten spottete spotteten asked remarked shouted chanted quipped"))
# Event verbs that are not verbs of saying: outside a quote they report something of their own.
_NOT_SAYING = _FACT_VERBS - TRIGGERS - _CALLING
# A relative clause about the speaker ("said Tom Barker, who runs a pub", "sagte X, die seit ..."): its
# verbs are not the sentence's.
_SPEAKER_CLAUSE = re.compile(r"\b(?:who|whose|whom)\b|,\s+(?:der|die|das|dessen|deren)\s")

# The shape of a judgement: a copula, a modal, a verb of belief or desert, "enough", an evaluative word, a
# generic subject ("Dieser Streik ist völlig unverhältnismäßig", "The world cannot afford to look away",
# "We still think ...", "Our members have had enough", "Jede Stunde ohne Kämpfe rettet Leben"). A quote
# without one tells what someone does ("Die Polizei sucht nach dem Täter", "The regime tortures its
# critics"): it is weighed as it is, with evidence or without.
_JUDGEMENT_SHAPE = re.compile(
    r"(?i)\b(?:ist|sind|war|waren|wäre|wären|sei|bin|is|are|was|were|am|been|must|should|cannot|can['’]t|need\s+to"
    r"|have\s+to|muss|müssen|sollte|sollten|soll|darf|dürfen|think|believe|glaube|glauben|denke|denken|hoffe|hoffen"
    r"|hope|enough|genug|verdienen|verdient|deserve|deserves|will|won['’]t|" + _EVAL_RE + r")\b|['’](?:s|re|m|ll)\b"
    r"|^[\s„“\"»«]*(?:jede[rs]?|every|each|nobody|niemand|no\s+one|man|wer|whoever|anyone|everyone|alle)\b"
)


# Shapes that make a quote rhetoric whatever its verbs tell; only a time, a finding or a name (firm_states())
# then counts (a figure was weighed before).
# An antithesis: "is cooling, not cracking", "on results, not on promises", "nicht X, sondern Y", "not a
# mistake but a choice", "He didn't make a mistake, he made a choice", "Anpacken statt Jammern", "X heißt
# nicht Y": the contrast is the point, not an event.
_ANTITHESIS = re.compile(
    r"(?i)\w,\s+not\s+(?:(?:on|by|in|for|with|at|a|an|the)\s+)?[\w-]+[\s,.!…]*$"
    r"|\bnicht\s+[^,;:.]{1,40},\s*sondern\b|\bnot\s+(?:(?:a|an|the)\s+)?[\w-]+\s+but\s+"
    r"|\b(\w+)\s+(?:didn['’]t|did\s+not|doesn['’]t|does\s+not|isn['’]t|is\s+not|wasn['’]t|was\s+not)\s+[^,;]{1,40}[,;]"
    r"\s+\1\s"
    r"|\b(?:heißt|bedeutet)\s+nicht\b|\b(?:does\s+not|doesn['’]t)\s+mean\b|\bstatt\s+(?:zu\s+|[A-ZÄÖÜ])"
)
# Defiance in the first person: a refusal to suffer something ("We will not be pushed around", "I won't be
# silenced", „Wir lassen uns nicht einschüchtern“, „Das lassen wir uns nicht gefallen“); not an act refused
# ("We will not raise taxes", „Wir werden dem Antrag nicht zustimmen“).
_DEFIANCE = re.compile(
    r"(?i)\b(?:we|i)\s+(?:will|shall|would)\s+(?:not|never)\s+be\s+\w+(?:ed|en)\b|\b(?:we|i)\s+won['’]t\s+be\s+\w+(?:ed|en)\b"
    r"|\b(?:wir|ich)\s+(?:lassen\s+uns|lasse\s+mich)\b[^,;.]*\bnicht\b|\blassen\s+wir\s+uns\b[^,;.]*\bnicht\b"
    r"|\bnicht\s+(?:länger\s+|mehr\s+)?gefallen\s+lassen\b"
)
# An address to "you": the quote opens on "You" and a verb ("You betrayed the trust of ...", the judge told
# him), or a capitalised German pronoun of address stands inside it („..., die Ihnen ihr Erspartes
# anvertraut haben“): a reproach or a plea to the one spoken to.
_ADDRESS = re.compile(
    r"^[\s“\"»«„]*You\s+(?!know\b|see\b|can\b|have\s+to\b|need\b|must\b)[a-z]"
    r"|(?<=[a-zäöüß,]\s)(?:Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Euch|Euer|Eure)\b"
)
# A rule for whoever does something: a quote whose subject is a free relative ("„Wer jetzt nach neuen Steuern
# ruft, hat den Ernst der Lage nicht verstanden“", "“Whoever wins will inherit a mess”") tells no event.
_GENERIC = re.compile(r"[\s„“\"»«]*(?:Wer|Whoever|Anyone\s+who|Those\s+who|He\s+who)\s")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """The quoted stretches of a sentence: a quote opened in it and closed in it, one closed in it that
    opened before it (from the start), one opened in it and still open at its end (to the end); marks
    are read as speakers.quote_marks() reads them."""
    spans: list[tuple[int, int]] = []
    start = None
    n = len(text)
    for m in _QUOTE_CHAR.finditer(text):
        i = m.start()
        if opens_quote(text, i, n):
            if start is None:
                start = i + 1
        elif start is None:
            spans = [(0, i)]  # closes a quote opened in an earlier sentence
        else:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, n))
    return spans


def _personal_only(quote: str, lang: str | None) -> bool:
    """The quote tells a feeling or a memory and, besides it, states nothing ("„So etwas habe ich in 30
    Jahren noch nicht erlebt“"; not "„Ich kann es nicht fassen, dass 40 Menschen gestorben sind“")."""
    m = _FEELING.search(quote, None) or _MEMORY.search(quote, None)
    return m is not None and not quote_states(quote[: m.start()] + " " + quote[m.end() :], lang)


_PARTITIVE = re.compile(
    r"\b(?:one|some|many|most|none|each|any|all|einer|eine|eines|viele|einige|keiner)\s+(?:of|der|von)\b"
)
_WHICH = re.compile(r"\b(?:which|that|welche[rs]?)\b")


def _claim_figures(text: str, quantities: list, offset: int, quote_end: int) -> list:
    """The figures that belong to what is reported: not a count after the verb of saying that follows the
    last quote, which tells who spoke or to whom ("said a mother of four", "told thousands of
    supporters", "sagte der 45-Jährige vor 300 Gästen"); a share, a sum or a date there stays."""
    said = next((m.start() for m in _WORD.finditer(text, quote_end) if m.group().lower() in TRIGGERS | _CALLING), None)
    # (a relative clause about the speaker may report more: "said the father of two, whose son died ...",
    # "said the club, which has 2,000 members")
    if said is None or _SPEAKER_CLAUSE.search(text, said) or _WHICH.search(text, said):
        return quantities
    # (the group the speaker belongs to, or an event told of it, is reported: "said one of the 300 passengers
    # stranded at Stansted", "einer der 40 Arbeiter")
    trailer = text[said:].lower()
    if _PARTITIVE.search(trailer) or any(
        w not in _FEELINGS_ED and (w in _NOT_SAYING or w.endswith("ed")) for w in _WORD.findall(trailer)[1:]
    ):
        return quantities
    return [q for q in quantities if q.kind != "count" or q.start - offset < said]


# A vox pop's age after the name the verb of saying gives ("...," said Rosa Benítez, 71, a retired
# seamstress; „...“, sagte Anna Huber, 71, eine Pensionistin): who spoke, not what is reported.
_AGE_OF_SPEAKER = re.compile(
    r"[”\"“»«],?[ \u00a0]+(?:said|says|told[ \u00a0]+\w+|sagte|sagt|erzählte|erzählt|meinte)[ \u00a0]+"
    r"[^”\"“»«,]{0,60}?[A-ZÄÖÜ][\w'’.-]*,[ \u00a0]*$"
)


# A vox pop: a whole quote, then the verb of saying and a name with its age ("\"We've got no heat,\" said
# Deshawn Pruitt, 38, who ..."): a member of the public telling what they live through, which every batch
# labels a negative (40 of 40 such rows in batches 1-126, figures in the quote or not).
_VOX_POP = re.compile(
    r"[\s„“\"»«]*[^„“\"»«”]{8,}[”\"“»«],?[ \u00a0]+(?:said|says|asked|added|told[ \u00a0]+\w+|sagte|sagt|fragte"
    r"|erzählte|erzählt|meinte)[ \u00a0]+(?P<name>(?:[A-ZÄÖÜ][\w'’.-]*[ \u00a0]+){0,3}[A-ZÄÖÜ][\w'’.-]*)"
    r",[ \u00a0]*\d{1,2}(?:,|\.?\s*$)"
)


def _speaker_age(text: str, q, offset: int) -> bool:
    at, end = q.start - offset, q.end - offset
    return (
        q.kind == "duration" and q.unit == "year" and text[at:end].isdigit()
        and text[end : end + 1] in (",", ".", "")
        and _AGE_OF_SPEAKER.search(text, max(0, at - 120), at) is not None
    )


def quote_states_nothing(text: str, lang: str | None, quantities: list, offset: int, personal: bool) -> bool:
    """The sentence is mostly a direct quote and the quote states nothing checkable (see the module
    docstring). ``quantities`` are the sentence's, their offsets ``offset`` more than those into ``text``:
    one outside the quote is reported, unless it is a count after the verb of saying that tells who
    spoke or to whom (_claim_figures()); inside it, a figure is evidence unless the quote tells a feeling
    or a memory ("„So etwas habe ich in 30 Jahren noch nicht erlebt“", "“I still remember my first day”"),
    which needs their words (``personal``: words of FIRST_PERSON and of FEELING or MEMORY are in the
    sentence)."""
    if (vox := _VOX_POP.match(text)) and not any(
        _is_role_en(w.lower()) or _is_role_de(w.lower()) for w in vox.group("name").split()
    ):
        return True  # ("said Mayor Ann Cole, 52": an office holder, whose quote may report)
    if quantities:
        quantities = [q for q in quantities if not _speaker_age(text, q, offset)]
    # (only a count, or the speaker's age, can tell who spoke: _claim_figures())
    if quantities and not personal and any(q.kind != "count" for q in quantities):
        return False
    # A name in quotes after an article or a naming word ("dem „Tagesspiegel“", "the so-called “...”") is
    # a title, not a quotation.
    spans = [(s, e) for s, e in _quote_spans(text) if not (s > 1 and _NAMING.search(text, max(0, s - 40), s - 1))]
    if quantities and spans:
        quantities = _claim_figures(text, quantities, offset, spans[-1][1])
    if quantities and not personal:
        return False
    if not spans or sum(e - s for s, e in spans) < 12:
        return False  # no quote, or a quoted word or two: a scare quote, a title
    starts = [s for s, _ in spans]
    for q in quantities:
        k = bisect_right(starts, q.start - offset) - 1
        if k < 0 or q.start - offset >= spans[k][1]:
            return False  # a figure outside the quote: the sentence reports it
    outside = []
    last = 0
    for s, e in spans:
        outside.append(text[last:s])
        last = e
    outside.append(text[last:])
    rest = " ".join(outside)
    if _REPORT_OUTSIDE.search(rest):
        return False
    rest_words = set(_WORD.findall(_SPEAKER_CLAUSE.split(rest, 1)[0].lower()))
    # The rest names who said it ("sagte X", "X told reporters") or is nothing.
    if rest_words and (
        (TRIGGERS.isdisjoint(rest_words) and _CALLING.isdisjoint(rest_words))
        or not _NOT_SAYING.isdisjoint(rest_words)
        or not _REPORTING.isdisjoint(rest_words)
    ):
        return False
    if quantities:
        return any(_personal_only(text[s:e], lang) for s, e in spans)
    whole = sum(e - s for s, e in spans) >= _WHOLE_SHARE * len(text.strip()) or _opens_utterance(text, spans[0][0])
    return not any(_quote_claims(text[s:e], lang, whole) for s, e in spans)


_WHOLE_SHARE = 0.45
# A quote that opens the sentence or follows a colon is a whole utterance, however long the attribution
# ("„Mir fehlen die Worte“, sagte eine langjährige Mitarbeiterin des Werks"); a quoted fragment inside a
# clause is not ("Ein solches Treffen sei „derzeit nicht auf der Tagesordnung“, sagte ...").
_UTTERANCE_BEFORE = re.compile(r"(?:^|:)[\s„“\"»«‚‘']*$")


def _opens_utterance(text: str, start: int) -> bool:
    """The quote starting at ``start`` opens the sentence or follows a colon (see _UTTERANCE_BEFORE)."""
    return _UTTERANCE_BEFORE.search(text, max(0, start - 4), start) is not None


def _quote_claims(quote: str, lang: str | None, whole: bool = False) -> bool:
    """The quote is no judgement, or states something checkable. A simile is a judgement, and what it
    likens to is not asserted ("“It feels like the ground has been pulled from under us”"): only the
    words before it are counted ("“We rebuilt it like a fortress”" tells what was done)."""
    # (a question asks, it claims nothing: "„Wer soll Ihnen das noch glauben?“", "“How many more must die?”")
    if quote.rstrip(" ,.…").endswith("?"):
        return False
    if _ANTITHESIS.search(quote) or _DEFIANCE.search(quote) or _ADDRESS.search(quote) or _GENERIC.match(quote):
        return firm_states(quote, lang)
    start = simile_start(quote, lang)
    if start >= 0:
        return quote_states(quote[:start], lang)
    return (not whole and not _JUDGEMENT_SHAPE.search(quote)) or quote_states(quote, lang)
