"""The score: features() sums the terms that depend only on the sentence, combine() adds what the
engine found, final_score() adds the entity bonus and clips to 0..1."""

from __future__ import annotations

import re

from ..speakers import TRIGGERS
from . import address, evaluative, evidence, idioms, lexicon, nonclaims, opinion, rhetoric
from .address import _SO, opens_imperative
from .age_sentence import age_sentence
from .classes import (
    _PHRASE_BITS,
    ADDRESS,
    ADVICE,
    APPEAL,
    AUX,
    BELIEF,
    CHANT,
    COMMENT,
    COPULA,
    DEMONSTRATIVE,
    EDITORIAL,
    EVALUATIVE,
    EVENT_NOW,
    EXHORT,
    FACT,
    FEELING,
    FIRST_PERSON,
    GREETING,
    GUESS,
    IDIOM,
    IMPRESSION,
    JOKE,
    MEMORY,
    NO_COMMENT,
    POSITION,
    POSTURE,
    QUESTION,
    READER,
    RHETORIC,
    RHETORIC_MORE,
    RULE_OF_THUMB,
    SAYING,
    SCENE,
    SERVICE,
    SIMILE,
    TIME,
    TIP,
    UNSAID,
    VAGUE,
    VIEW,
)
from .condolences import TRIGGERS as _CONDOLENCE_TRIGGERS
from .condolences import condolence
from .evaluative import _gut_is_hedge
from .evidence import _EN_EVENT_AHEAD, _WILL, _de_perfect, _de_sein_perfect
from .eyewitness import TRIGGERS as _EYEWITNESS_TRIGGERS
from .eyewitness import eyewitness
from .factbox import factbox_entry
from .fears import TRIGGERS as _FEAR_TRIGGERS
from .fears import feared_outcome
from .group_hopes import FIRST as _COMMENTATOR_FIRST
from .group_hopes import TRIGGERS as _MOOD_TRIGGERS
from .group_hopes import group_mood, group_says
from .headlines import headline_event
from .hopes import TRIGGERS as _HOPE_TRIGGERS
from .hopes import reported_hope
from .hours import WORDS as _HOURS_WORDS
from .hours import opening_hours
from .hypothetical import HYPOTHETICAL_WEIGHT
from .idioms import _IDIOM_BY_WORD
from .impersonal import FIRST as _IMPERSONAL_FIRST
from .impersonal import impersonal
from .labels import TRIGGERS as _LABEL_TRIGGERS
from .labels import act_before_label, spoken_label
from .nonclaims import _CREDIT_FIRST, _LABEL_FIRST, _no_comment
from .notes import BOILERPLATE_FIRST as _BOILERPLATE_FIRST
from .notes import DATA_FIRST as _DATA_FIRST
from .notes import INQUIRY_FIRST as _INQUIRY_FIRST
from .notes import PRESUMPTION_WORDS as _PRESUMPTION_WORDS
from .notes import VERDICT_FIRST as _VERDICT_FIRST
from .notes import boilerplate, data_note, own_inquiry, presumption, unverified_or_silent, verdict_line
from .opinion import _CONCESSION_FIRST, _FOR_WORDS, _MAXIM_FIRST, _maxim, _views_only
from .phrases import _lowered
from .public_advice import advice_reported, advice_to_public, public_tip
from .questions import NOBODY_FIRST, WH_FIRST, YES_NO_FIRST, holds_evidence, open_question
from .quoted_performance import TRIGGERS as _PERFORMANCE_TRIGGERS
from .quoted_performance import quoted_performance
from .quotes import _eval_quoted, _quoted_cry, _quoted_feeling, _quoted_verdict
from .ratings import WORDS as _RATING_WORDS
from .ratings import graded_by_body
from .reactions import TRIGGERS as _REACTION_TRIGGERS
from .reactions import reported_reaction
from .results import diary_line, results_line
from .rhetoric import _OPENINGS
from .service import service_line
from .similes import simile_only
from .slogans import TRIGGERS as _SLOGAN_TRIGGERS
from .slogans import slogan
from .states import plain_fact

# The patterns and word sets whose methods features() calls are bound by assignment, not by import:
# CPython compiles a method call on a name bound by an import as an attribute load that makes a
# bound method on every call (features() ran 5% slower so).
_FACT_VERBS_DE, _POSITION, _EVAL = lexicon._FACT_VERBS_DE, lexicon._POSITION, lexicon._EVAL
_DENIALS = lexicon._DENIALS
_SCENE, _SCENE_LIGHT, _SCENE_POSTURE = lexicon._SCENE, lexicon._SCENE_LIGHT, lexicon._SCENE_POSTURE
_COMMENT = lexicon._COMMENT
_IDIOM_TRIGGERS = idioms._IDIOM_TRIGGERS
_ED_WORD, _WEAK_FACT = evidence._ED_WORD, evidence._WEAK_FACT
_DE_SEIN, _DE_TIME_AHEAD = evidence._DE_SEIN, evidence._DE_TIME_AHEAD
_EN_EVENT_NOW = lexicon._EN_EVENT_NOW
_SPOKE_WORDS = frozenset(["sprach", "sprachen", "spricht", "sprechen"])
_NO_HARM = re.compile(
    r"(?i)\s*(?:verletzt\s+wurde\s+niemand|niemand\s+wurde\s+verletzt"
    r"|(?:no\s+one|nobody)(?:\s+else)?\s+was\s+(?:hurt|injured|killed))\b"
)
_RHETORIC, _RHETORIC_MORE, _OPEN_QUESTION = rhetoric._RHETORIC, rhetoric._RHETORIC_MORE, rhetoric._OPEN_QUESTION
_OPENING, _SAYING, _UNKNOWN = rhetoric._OPENING, rhetoric._SAYING, rhetoric._UNKNOWN
_HINDSIGHT, _IMPRESSION, _ADMITS = rhetoric._HINDSIGHT, rhetoric._IMPRESSION, rhetoric.ADMITS
_EVAL_COPULA, _EVAL_COPULA_NOUN = evaluative._EVAL_COPULA, evaluative._EVAL_COPULA_NOUN
_BELIEF, _EXHORT, _APPEAL, _HORTATIVE = opinion._BELIEF, opinion._EXHORT, opinion._APPEAL, opinion._HORTATIVE
_MEMORY = opinion._MEMORY
_FRAME, _VAGUE_CHANGE, _DIGIT, _CONCESSION = opinion._FRAME, opinion._VAGUE_CHANGE, opinion._DIGIT, opinion._CONCESSION
_FOR_MANY, _GENERIC_SUBJECT = opinion._FOR_MANY, opinion._GENERIC_SUBJECT
_ADDRESS, _ADDRESS_SO, _SIE_IMPERATIVE = address._ADDRESS, address._ADDRESS_SO, address._SIE_IMPERATIVE
_ADVICE, _ADVISERS = address._ADVICE, address.ADVISERS
_SERVICE_APPEAL, _PUBLIC = address._SERVICE_APPEAL, address._PUBLIC
_CREDIT, _LABEL, _EDITORIAL, _BYLINE = nonclaims._CREDIT, nonclaims._LABEL, nonclaims._EDITORIAL, nonclaims._BYLINE
_DESK_NOTE = nonclaims.DESK_NOTE
_CREDIT_LINE, _STAMP_FIRST, timestamp_line = nonclaims._CREDIT_LINE, nonclaims.STAMP_FIRST, nonclaims.timestamp_line

# A modal or "nobody" before the denial word: rhetoric about denying, no denial.
_DENIAL_RHETORIC = re.compile(
    r"(?i)\b(?:kann|können|könnte|kaum|niemand|lässt|ließe|can|cannot|can't|could|nobody|no[ \u00a0]+one|hard)\b"
    r"[^,.;:]{0,30}\b(?:bestreit|dementier|deny)"
)

# Attribution words that name a source ("wie" and "so" also open a clause: "Unklar ist, wie ...").
_SOURCES = TRIGGERS - {"wie", "so"}
# A source named beside a group's mood ("rechnen" is an attribution word of its own: "rechnet mit").
_MOOD_SOURCES = _SOURCES - _MOOD_TRIGGERS
# The words of _UNKNOWN ("It was not clear ...", "Unklar ist ...").
_UNCLEAR = frozenset(["clear", "unclear", "unklar"])
# The first words of an open question by its shape (questions.py).
_QUESTION_FIRST = YES_NO_FIRST | WH_FIRST | NOBODY_FIRST

# A data note opens on "All"/"Alle" or on its data noun; a figure in it is a clock time or a date only.
_ALL = frozenset(["all", "alle"])
# ("Alle Angaben laut Budgetbericht, ...": the note's own words, no source of a claim)
_NOTE_SOURCES = _SOURCES - {"angaben", "laut"}
# ("could not verify the claims", "declined to say": what was not checked or not said, no source of a claim)
_UNSAID_SOURCES = _SOURCES - {"angaben", "auskunft", "auskünfte", "claims", "reports", "say", "gab", "gaben", "gibt"}
_DIGIT_NOT_CLOCK = re.compile(r"\d(?![\d.:,]*\s*(?:uhr|a\.?m\.?|p\.?m\.?|mez|gmt|et|bst|cet)\b)", re.IGNORECASE)

# Shapes of opinion, each behind a cheap test of its words, with its penalty: the quoted ones judge a quote,
# the others count only without a figure.
_QUOTED_SHAPES = (
    # a verdict on one's own performance ("„Wir haben geliefert“", "“We showed real character today”")
    (_PERFORMANCE_TRIGGERS, lambda text, lang: quoted_performance(text), 0.45),
    # an unnamed eyewitness's experience ("„Das ganze Haus hat gewackelt“, sagte eine Anwohnerin"): colour
    (_EYEWITNESS_TRIGGERS, eyewitness, 0.45),
)
_UNQUANTIFIED_SHAPES = (
    # a speaker's label for a thing ("sprach von einem Skandal", "called the cuts reckless"): their word, no fact
    (_LABEL_TRIGGERS, spoken_label, 0.35),
    # condolences, sympathy, prayers ("sprach den Familien sein Mitgefühl aus", "Our hearts go out to ..."): a gesture
    (_CONDOLENCE_TRIGGERS, lambda text, lang: condolence(text), 0.45),
    # a fear of what may yet happen ("said she feared the toll would climb"): a forecast nobody stands behind
    (_FEAR_TRIGGERS, feared_outcome, 0.35),
    # a reported feeling or "too early to say" ("said it was disappointed by the ruling"): nothing stated
    (_REACTION_TRIGGERS, lambda text, lang: reported_reaction(text), 0.45),
)


def _shape_penalty(shapes, tokens, text: str, lang: str | None) -> float:
    return sum(penalty for words, test, penalty in shapes if not words.isdisjoint(tokens) and test(text, lang))
CHECKWORTHY_THRESHOLD = 0.5
BASE = 0.35
# A quote that states nothing checkable, a verdict over a figure (weighed in combine()).
VERDICT_WEIGHT = 0.45
# The closing marks after a sentence's last character (a "?" or "!" weighs).
_CLOSERS = "\"'”“»«)] \t\n"


def _eval_copula(text: str, lowered: str | None, quantified: bool) -> bool:
    """An evaluative copula ("Das ist Wahnsinn", "..., das ist richtig"); a tag after a comma does not
    take back the figures the clause before it states ("Es sinkt von 1,4 auf 1,3 Milliarden Euro, das
    ist richtig")."""
    m = _EVAL_COPULA.search(text, lowered)
    return m is not None and not (quantified and m.group().startswith(","))



def features(
    text: str,
    tokens: list[str],
    found: set[str] | frozenset[str],
    bits: int,
    *,
    headline: bool,
    lang: str | None,
    low: str | None = None,
    span: tuple[int, int] | None = None,
    has_quantity: bool = False,
    quantified: bool = False,
) -> float:
    """The sum of the score terms that depend only on the sentence; combine() adds what the engine found.

    ``tokens`` are the sentence's lower-case words, ``found`` (at least) those in VOCABULARY
    and ``bits`` the union of their CLASSES bits. ``low`` is the lower-cased sentence, or the lower-cased
    source with ``span`` the sentence's offsets in it. ``has_quantity``: the sentence states a
    figure (a headline with one is news, not a section title; the engine leaves years out).
    ``quantified``: the sentence has any quantity (scene and commentary words then weigh nothing).
    """
    score = 0.0
    has_fact_verb = bool(bits & FACT)
    # In German only the German forms count: "Wer hoch pokert, kann tief fallen" has no event
    # in "fallen", nor "Der Held des Abends" in "held".
    if has_fact_verb and lang == "de":
        has_fact_verb = not _FACT_VERBS_DE.isdisjoint(found)
    if not has_fact_verb and lang != "de":
        if low is None:
            has_fact_verb = _ED_WORD.search(text.lower()) is not None
        elif span is None:
            has_fact_verb = _ED_WORD.search(low) is not None
        else:
            has_fact_verb = _ED_WORD.search(low, span[0], span[1]) is not None
    if not has_fact_verb and lang == "de" and bits & AUX and not _WEAK_FACT.isdisjoint(found):
        has_fact_verb = _de_perfect(text)
    if not has_fact_verb and lang == "de" and bits & AUX and not _DE_SEIN.isdisjoint(found):
        has_fact_verb = _de_sein_perfect(text)
    if not has_fact_verb and lang == "de" and bits & EVENT_NOW:
        has_fact_verb = _DE_TIME_AHEAD.search(text) is not None
    if not has_fact_verb and lang != "de" and not _EN_EVENT_NOW.isdisjoint(tokens):
        has_fact_verb = _EN_EVENT_AHEAD.search(text.lower() if low is None else low, *(span or ())) is not None
    # A ruling's status, a record, a scheduled event, a state that continues, a rule by law (states.py).
    if not has_fact_verb:
        has_fact_verb = plain_fact(text, tokens, bool(bits & FIRST_PERSON), lang)
    if not has_fact_verb and not _DENIALS.isdisjoint(found):
        has_fact_verb = _DENIAL_RHETORIC.search(text) is None
    if not has_fact_verb and headline:
        has_fact_verb = headline_event(tokens, lang)
    # Opening hours ("The library will open from 9am to 5pm"): the clock times carry no quantity.
    if not has_fact_verb and not _HOURS_WORDS.isdisjoint(tokens) and opening_hours(text):
        has_fact_verb = True
    # ("No one was hurt.": the harm ruled out is a fact of the report)
    no_harm = len(tokens) < 6 and _NO_HARM.match(text) is not None
    if no_harm:
        has_fact_verb = True
    # An age as the whole sentence ("She was 91.").
    if not has_fact_verb and quantified and bits & AUX and len(tokens) <= 6:
        has_fact_verb = age_sentence(text)
    # A factbox line ("Podestplätze: 34", "Born: 22/11/1991, Ballarat"), not a clause after a label.
    if not has_fact_verb and headline and quantified and not bits & AUX and ":" in text:
        has_fact_verb = factbox_entry(text)
    # A results line ("FC Bayern – Eintracht 3:1 (1:0)", "X beat Y 6-4 3-6 7-5"): its scores carry no quantity.
    if not has_fact_verb and not bits & AUX:
        has_fact_verb = results_line(text)
    if not has_fact_verb and headline and text[:1].isdigit():
        has_fact_verb = diary_line(text)
    if has_fact_verb:
        score += 0.15
    # English "will" is the future, not a stated position (German "er will" is one).
    if bits & POSITION and (lang == "de" or _POSITION.intersection(found) != _WILL):
        score += 0.10
    if bits & TIME or "abend" in text:
        score += 0.05
    n_words = len(tokens)
    if n_words >= 8:
        score += 0.05
    if n_words < 4 and not no_harm:
        score -= 0.25  # (not "Verletzt wurde niemand.", "No one was hurt.": short, and a fact)

    end = text.rstrip(_CLOSERS)[-1:]
    if end == "?":
        score -= 0.60
    elif end == "!":
        score -= 0.25
    # The sentence lower-cased for the _Phrases patterns, where one of them may run.
    lowered = _lowered(text, low, span) if bits & _PHRASE_BITS else None
    # A quote in a sentence without a figure (substring tests are faster than a pattern here).
    quoted = not quantified and ("“" in text or "„" in text or '"' in text or "»" in text or "«" in text)
    # A grade a named body gave is its finding ("was rated good by Ofsted", "von der Stiftung Warentest
    # mit „gut“ bewertet"), no judgement: neither its evaluative words nor its quote weigh.
    graded = (
        (bits & EVALUATIVE or quoted) and not _RATING_WORDS.isdisjoint(tokens) and graded_by_body(text)
    )
    n_evaluative = 0
    if bits & EVALUATIVE and not graded:
        n_evaluative = len(_EVAL.intersection(found))
        if quantified and "gut" in found and _gut_is_hedge(text):
            n_evaluative -= 1
    if (
        (bits & RHETORIC and _RHETORIC.search(text, lowered))
        or (bits & RHETORIC_MORE and _RHETORIC_MORE.search(text, lowered))
        or (
            bits & IMPRESSION
            and not quantified
            and TRIGGERS.isdisjoint(tokens)
            and _IMPRESSION.search(text, lowered)
        )
        or (bits & QUESTION and _OPEN_QUESTION.search(text, lowered))
        or (
            bits & RHETORIC
            and not _UNCLEAR.isdisjoint(found)
            and _SOURCES.isdisjoint(tokens)
            and _UNKNOWN.search(text, lowered)
        )
        or (n_evaluative and bits & COPULA and _eval_copula(text, lowered, quantified))
        # An open question by its shape ("Ob ..., ist offen", "Nobody can say where ..."), no source named.
        or (
            tokens
            and tokens[0] in _QUESTION_FIRST
            and end != "?"
            # (open_question() looks for a source in the main clause itself where one may weigh)
            and (_SOURCES.isdisjoint(tokens) or tokens[0] in NOBODY_FIRST or tokens[0] in YES_NO_FIRST)
            and open_question(text, tokens[0], lang)
        )
        or (n_evaluative and bits & DEMONSTRATIVE and _EVAL_COPULA_NOUN.search(text, lowered))
        # A quoted verdict without a figure is opinion, whoever is found to say it.
        or (quoted and not graded and _quoted_verdict(text, bool(bits & AUX)))
        # An opening verdict on the past ("Rückblickend war ...", "The days when ... are over").
        or (
            (tokens[:1] == ["rückblickend"] or (len(tokens) > 1 and (tokens[0], tokens[1]) in _OPENINGS))
            and (
                _OPENING.match(text)
                # (hindsight a source reports is its finding: "Looking back, the company said it had ...")
                or (
                    not quantified
                    and TRIGGERS.isdisjoint(tokens)
                    and _ADMITS.isdisjoint(tokens)
                    and _HINDSIGHT.match(text)
                )
            )
        )
        # A feeling in the first person in a quote, with a figure or without.
        or (
            bits & FEELING
            and bits & FIRST_PERSON
            and ("“" in text or "„" in text or '"' in text or "»" in text or "«" in text)
            and _quoted_feeling(text)
        )
        # A greeting or a slogan in quotes, a joke, a saying: without a figure.
        or (quoted and ("!" in text or bits & (GREETING | CHANT)) and _quoted_cry(text, bool(bits & CHANT)))
        or (not quantified and bits & JOKE)
        or (
            not quantified
            and bits & SAYING
            and _SAYING.search(text, lowered)
            # ("Der Fahrer wurde schwerer verletzt als zunächst angenommen")
            and (lang != "de" or _FACT_VERBS_DE.isdisjoint(found))
        )
    ):
        score -= 0.45
    if (
        (bits & BELIEF and not quantified and _BELIEF.search(text, lowered))
        or (bits & MEMORY and bits & BELIEF and _MEMORY.search(text, lowered))
        or (bits & EXHORT and _EXHORT.search(text, lowered))
        or (bits & APPEAL and _APPEAL.search(text, lowered))
        # ("wir" is a FIRST_PERSON word: the bit spares most sentences the slice)
        or (bits & FIRST_PERSON and tokens[1:2] == ["wir"] and end != "?" and _HORTATIVE.match(text))
        # A sentence opening on a bare assertion ("Eines steht fest: ...", "One thing is certain:").
        or (not quantified and bits & (RHETORIC_MORE | RULE_OF_THUMB) and _FRAME.match(text))
        or (bits & IDIOM and any(_IDIOM_BY_WORD[w].search(text, lowered) for w in _IDIOM_TRIGGERS.intersection(found)))
        or (
            bits & VAGUE
            and _VAGUE_CHANGE.search(text, lowered)
            and not _DIGIT.search(text)
            and TRIGGERS.isdisjoint(tokens)
        )
        # "Man"/"One" and a modal, "Not everyone ...": no one in particular, nothing checkable.
        or (
            not quantified
            and tokens
            and tokens[0] in _IMPERSONAL_FIRST
            and impersonal(text)
            and _SOURCES.isdisjoint(tokens)
            and not holds_evidence(text, lang)
        )
        # A simile with nothing stated outside it ("X is like a boxer who ..."), no figure, no source.
        or (
            bits & SIMILE
            and not quantified
            and _SOURCES.isdisjoint(tokens)
            and simile_only(text, lang, has_fact_verb)
        )
        # A concession opening the sentence ("Gewiss, ...", "To be fair, ..."), a maxim ("Wer ..., braucht
        # ...", "Anyone who ... needs ..."): without a figure or an attribution.
        or (
            not quantified
            and tokens
            and (tokens[0] in _CONCESSION_FIRST or tokens[0] in _MAXIM_FIRST)
            and TRIGGERS.isdisjoint(tokens)
            and (_CONCESSION.match(text) or (_maxim(text, found, bits, lang) and end != "?"))
        )
    ):
        score -= 0.35
    if n_evaluative:
        score -= min(0.30, 0.10 * n_evaluative)
        # Praise or blame in one's own voice ("We played some beautiful football").
        if bits & FIRST_PERSON:
            score -= 0.15
        # Or in a quote without a figure ("“The town has never looked so beautiful,” the mayor
        # said"): the speaker found for it does not make it a claim.
        # (not a quote that labels beside a rejection of record: "wies ... zurück und sprach von „...“")
        if quoted and _eval_quoted(text) and not (
            lang != "en" and not _SPOKE_WORDS.isdisjoint(tokens) and act_before_label(text)
        ):
            score -= 0.15
    if (
        (
            bits & ADDRESS
            and (
                _ADDRESS.match(text)
                or (" so " in text and _ADDRESS_SO.search(text))
                or (_SERVICE_APPEAL.search(text) and _PUBLIC.search(text))
            )
        )
        or ("en Sie" in text and _SIE_IMPERATIVE.search(text))
        # A pointer to a hotline, a website, an app, more coverage, in a frame directed at the reader.
        or (bits & SERVICE and end != "?" and service_line(text, lang, quantified))
        # An imperative told by its object ("Make your voice heard", "Tell us ..."); advice to a generic
        # addressee ("Fahrgäste sollten sich ... informieren"), without a figure or a time.
        or (lang != "de" and bits & READER and opens_imperative(text, tokens))
        or (
            bits & ADVICE
            and not (quantified or bits & TIME)
            and end != "?"
            and _ADVICE.match(text)
            and not holds_evidence(text, lang)
        )
    ) and (TRIGGERS.isdisjoint(tokens) or (lang == "en" and TRIGGERS.intersection(tokens) <= _SO)) and (
        not bits & (READER | ADVICE) or _ADVISERS.isdisjoint(tokens)
    ):
        # An appeal to the reader is no claim; a reported one ("Bleiben Sie zu Hause, forderte die
        # Polizei die Anrainer auf") is an event. "so" attributes only before a name, not before
        # an imperative ("Every vote counts, so make sure ...").
        score -= 0.35
    # Opinion shapes keyed by their words (_QUOTED_SHAPES, _UNQUANTIFIED_SHAPES below).
    if quoted:
        score -= _shape_penalty(_QUOTED_SHAPES, tokens, text, lang)
    # A slogan chanted or on a banner, with a figure or without; a quoted threat (slogans.py).
    if not _SLOGAN_TRIGGERS.isdisjoint(tokens) and slogan(text, quantified):
        score -= 0.45
    if not quantified:
        score -= _shape_penalty(_UNQUANTIFIED_SHAPES, tokens, text, lang)
    # A reported hope, with a figure or without ("Die Kasse hofft, die Wartezeit auf unter 20 Tage zu drücken").
    if not _HOPE_TRIGGERS.isdisjoint(tokens) and reported_hope(text, lang):
        score -= 0.5
    # An unnamed group's hope, fear or expectation ("Campaigners hope ...", "Anrainer fürchten, dass ..."): a mood.
    if (
        not quantified
        and not _MOOD_TRIGGERS.isdisjoint(tokens)
        and _MOOD_SOURCES.isdisjoint(tokens)
        and group_mood(text, lang)
    ):
        score -= 0.35
    # What an unnamed group of commentators says ("Critics said ...", "Analysts said ..."): the same mood, reported.
    if (
        not quantified
        and tokens
        and (tokens[0] in _COMMENTATOR_FIRST or (tokens[1:2] and tokens[1] in _COMMENTATOR_FIRST))
        and group_says(text, lang)
    ):
        score -= 0.45
    # A tip to the public that names its adviser ("..., rät der ADAC", "Residents were urged to ..."): still advice.
    if not quantified and (
        (bits & TIP and public_tip(text, tokens, found, lang, bool(bits & TIME)))
        or (bits & ADVICE and lang != "de" and advice_to_public(text, tokens, bool(bits & TIME)))
    ):
        score -= 0.35
    elif quantified and bits & TIP and bits & ADVICE and advice_reported(text):
        score -= 0.5  # "... sollten alle zwei Stunden eine Pause einlegen, rät der ADAC": a figure in the tip
    if not quantified and bits & (SCENE | COMMENT | POSTURE):
        if bits & (SCENE | POSTURE):
            n_scene = len(_SCENE.intersection(found))
            n_light = len(_SCENE_LIGHT.intersection(tokens))
            # Weather and light count beside a scene word, a verb of lying or hanging beside them.
            if n_scene or (n_light and bits & POSTURE):
                n_scene += n_light + len(_SCENE_POSTURE.intersection(found))
                score -= min(0.30, 0.15 * n_scene)
        # ("die besondere Schwere der Schuld": "Schuld" is guilt in a court's finding there, not blame)
        if bits & COMMENT and "Schwere der Schuld" not in text:
            score -= min(0.20, 0.10 * len(_COMMENT.intersection(found)))
    if (
        not quantified
        and (
            bits & GUESS
            or (bits & VIEW and _views_only(text))
            or (not has_fact_verb and tokens and tokens[0] in _FOR_WORDS and _FOR_MANY.match(text))
        )
        and TRIGGERS.isdisjoint(tokens)
    ):
        score -= 0.15
    # A generic statement: an English sentence whose subject is a bare plural and whose verb is in
    # the simple present, with no event, figure, time, position or attribution ("Markets hate
    # uncertainty", "Voters rarely forgive ..."): a truism, though its first word reads as a name.
    if (
        lang == "en"
        and not (headline or quantified or has_fact_verb or bits & (POSITION | TIME))
        and tokens
        and tokens[0].endswith("s")
        and _GENERIC_SUBJECT.match(text)
        and TRIGGERS.isdisjoint(tokens)
    ):
        score -= 0.15
    if headline:
        has_verb = has_fact_verb or bits & AUX or any(w.endswith(("te", "ten", "ed")) for w in tokens)
        # (a headline that reports an event is a sentence without its full stop: no penalty)
        if not has_fact_verb:
            score -= 0.05 if has_verb or has_quantity else 0.35
    # A credit line starts with one of these letters (or "(dpa"); others need not run the pattern.
    first = text[:1]
    if first.isspace():
        first = text.lstrip()[:1]
    credit = (first in _CREDIT_FIRST or not first.isascii()) and _CREDIT.match(text)
    if (
        credit
        or (
            first in _LABEL_FIRST
            # A label ends within the first 18 characters.
            and (text.find(":", 0, 18) >= 0 or text.find("-", 0, 18) >= 0 or text.find("–", 0, 18) >= 0)
            and _LABEL.match(text)
        )
        # An editorial note, a credit for the reporting (in a sentence without a verb, or names only), a
        # no-comment line, a page's timestamp.
        or (
            bits & EDITORIAL
            and (
                _EDITORIAL.match(text)
                or (not (has_fact_verb or bits & AUX) and _BYLINE.match(text))
                or _CREDIT_LINE.match(text)
            )
        )
        or (tokens and tokens[0] in _STAMP_FIRST and timestamp_line(text))
        or (not quantified and bits & NO_COMMENT and _no_comment(text, lowered))
        # A note on the data ("Figures are provisional"), a claim not checked, a refusal to say: no source named.
        or (
            tokens
            and (tokens[0] in _DATA_FIRST or (tokens[0] in _ALL and tokens[1:2] and tokens[1] in _DATA_FIRST))
            and not (quantified and _DIGIT_NOT_CLOCK.search(text))
            and _NOTE_SOURCES.isdisjoint(tokens)
            and data_note(text)
        )
        or (not quantified and bits & UNSAID and _UNSAID_SOURCES.isdisjoint(tokens) and unverified_or_silent(text))
        or (tokens and tokens[0] in _BOILERPLATE_FIRST and boilerplate(text, quantified))
        or (not _PRESUMPTION_WORDS.isdisjoint(tokens) and presumption(text))
        or (not quantified and tokens and not _INQUIRY_FIRST.isdisjoint(tokens[:3]) and own_inquiry(text))
        or (not quantified and tokens and tokens[0] in _VERDICT_FIRST and verdict_line(text))
    ):
        score -= 0.50
        if bits & EDITORIAL and _DESK_NOTE.match(text):
            score -= 0.30
    return score


# Every weight is a multiple of 0.01, so a sum rounded to three places is the same in any order
# of adding (float error stays far below 0.0005): the entity bonus can come last, after the
# engine has decided from the rest whether entities are worth looking for.
ENTITY_BONUS = (0.0, 0.10, 0.15)  # by the number of entities, two or more counting as two


def combine(
    terms: float,
    n_quantities: int,
    speaker: str | None,
    inherited_speaker: bool,
    hypothetical: bool = False,
    verdict: bool = False,
) -> float:
    """A sentence's score before its entities: features() and what else the engine found in it
    (``hypothetical``: is_hypothetical(), which weighs only where no speaker is found; ``verdict``:
    quote_states_nothing() or figure_verdict(), whoever is found to say it)."""
    s = BASE + terms
    if verdict:
        # (the figure judged, or spoken of in a quote that states nothing, is no evidence)
        s -= VERDICT_WEIGHT
    elif n_quantities:
        s += 0.30 if n_quantities >= 2 else 0.25
    if speaker:
        s += 0.08 if inherited_speaker else 0.15
    elif hypothetical:
        s -= HYPOTHETICAL_WEIGHT
    return s


def final_score(combined: float, n_entities: int) -> float:
    """combine() and the entity bonus, clipped to 0..1 and rounded to three places."""
    return round(min(1.0, max(0.0, combined + ENTITY_BONUS[min(n_entities, 2)])), 3)
