"""English attribution: inverted ("..., said X") and fronted ("X said") verbs of saying, and
"according to". The speaker's phrase is read in ``backward_np`` (before the verb), ``forward_np``
(after it, and after "according to") and ``body_names`` (names with "and" inside)."""

from __future__ import annotations

import re

from .backward_np import _R_EN_NAME, _backward_np_en, _subject_before_apposition
from .body_names import _LISTED_FIELDS, _body_complement
from .forward_np import _EN_ACCORDING, _EN_DOCUMENTS, _EN_REPORTING, _according, _forward_np_en, _source
from .party_labels import drop_party_labels
from .phrase_bounds import _EN_VERB_RE, _is_word_char
from .words import _EN_VERBS, PRONOUN, _is_role_en

# Gates the verb patterns: _english tries them only when one of these words is in the sentence.
_EN_VERB_SET = frozenset(_EN_VERBS.split("|"))
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
        verbs = list(_EN_VERB_RE.finditer(text))
        if ('"' in text or "“" in text) and len(verbs) > 1:
            # ""I have said it a hundred times: ...," Kremlin spokesman X said": a verb inside a quote is
            # the speaker's words; the verbs outside it are tried first.
            verbs.sort(key=lambda vm: _inside_quote(text, vm.start()))
        for vm in verbs:
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
            if vm.group() == "states" and not _EN_STATES_VERB.match(text, vm.end()):
                continue  # "European states more than doubled their imports": the noun (batch 472)
            if vm.group() in ("added", "adds") and _EN_AMOUNT.match(text, vm.end()):
                continue  # "The economy added 119,000 jobs", "The Dow added 312 points": a gain, not speech
            if vm.group() == "estimates" and _EN_ESTIMATES_NOUN.search(text, max(0, vm.start() - 40), vm.start()):
                continue  # "above Wall Street estimates, Chief Executive X told analysts": the noun (batch 503)
            if vm.group() == "claims" and not _EN_CLAIMS_CLAUSE.match(text, vm.end()):
                continue  # "Jobless claims rose", "Insurance claims for flood damage": the noun
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


def _inside_quote(text: str, i: int) -> bool:
    """Whether ``i`` stands inside double quotes (straight, or curly ones opened and not closed)."""
    if text.count('"', 0, i) % 2:
        return True
    return text.rfind("“", 0, i) > text.rfind("”", 0, i)


# "told" after a comma: its object is the addressee (the spaces before it are part of the match).
_EN_TOLD = re.compile(r"\s*(?=told\b)")
# A verb of saying right after a word: that word is no verb of its own.
_EN_NEXT_VERB = re.compile(r"[ \u00a0]+(?:" + _EN_VERBS + r")\b")
_EN_NEXT_OF = re.compile(r"[ \u00a0]+(?:of|for)\b")  # ("Presale estimates for the week's auctions", batch 328)
_EN_PLURAL_NOUNS = frozenset(["states", "reports", "estimates", "claims"])
# The verb "states" takes a clause or a quote ("The report states that ...", "states: ..."); else it is the noun.
_EN_STATES_VERB = re.compile(r"[ \u00a0]*[,:]|[ \u00a0]+(?:that\b|[“\"'‘\d])")
# What follows the verb "claims" ("claims that", "claims to have", "claims the ...", "claims Germany
# has ..."): a conjunction, "to", a determiner or pronoun, a name, a figure, a quote; the noun is
# followed by a verb or a preposition of its own ("claims rose", "claims for damages").
_EN_CLAIMS_CLAUSE = re.compile(
    r"[ \u00a0]+(?:(?:that|to|the|a|an|his|her|its|their|this|these|those|he|she|it|they|we|there|more|no)\b"
    r"|[A-Z\d“\"'‘])"
)
# "estimates" after a preposition of comparison and a name or a noun is the noun.
_EN_ESTIMATES_NOUN = re.compile(
    r"(?<![\w])(?:above|below|beat|beating|missed|missing|topped|than|with|against|exceeding|exceeded)"
    r"(?:[ \u00a0]+[\w'’\-]+){1,3}[ \u00a0]+$"
)
_EN_NEXT_AUX = re.compile(r"[ \u00a0]+(?:had|have|were|are|will|would|must|should|could|can|may|might|did|do)\b")
# An amount right after "added": a figure, perhaps after a hedge ("added about $35 billion", "added a net 38
# tonnes").
_EN_AMOUNT = re.compile(
    r"[ \u00a0]+(?:a[ \u00a0]+net[ \u00a0]+|net[ \u00a0]+)?"
    r"(?:(?:about|nearly|almost|some|another|roughly|around|more than|an?[ \u00a0]+(?:further|additional|record"
    r"|estimated))[ \u00a0]+)?(?:[\d$£€]|[A-Z]{1,3}\$)"  # ("about C$95 million", batch 364)
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
# (not after "citing": ", citing internal Treasury estimates." names the speaker's source, batch 332)
_EN_FINAL = re.compile(
    r",(?![ \u00a0]+(?:citing|quoting)[ \u00a0])[^,;:“”\"(]*[^\W\d_][ \u00a0]"
    r"(?P<verb>said|says|added|told reporters|estimated|estimates|reported|announced)"
    r"(?:[ \u00a0](?:(?:late[ \u00a0]|early[ \u00a0])?(?:on[ \u00a0])?[A-Z][a-z]+day"
    r"|last[ \u00a0](?:week|month|year|night)"
    r"|(?:earlier[ \u00a0])?this[ \u00a0](?:week|month|year)|yesterday|earlier"
    r"|in[ \u00a0]an?[ \u00a0](?:statement|written[ \u00a0]statement|report|news[ \u00a0]release"
    r"|press[ \u00a0]release|interview)"
    r")){0,2}[”\"’']*\.?[”\"’']*$"
)
# A personal name in apposition after an inverted speaker's phrase, closing the sentence or the apposition.
_APPOSED_NAME_EN = re.compile(
    r",[ \u00a0]*(?P<name>" + _R_EN_NAME.pattern + r")[ \u00a0]*(?:,|[.!]?[”\"’']*[ \u00a0]*$)"
)
