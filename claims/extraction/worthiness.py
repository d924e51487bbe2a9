"""Check-worthiness: a transparent, feature-based score for one sentence.

The score starts at BASE and adds evidence of a verifiable statement, then subtracts
signs of opinion and rhetoric; it is clipped to 0..1. Weights (tuned on the dev sets in
tests/claims/extraction/dev_set.py and opinion_dev_set.py, kept round so they stay explainable):

  + 0.25  a quantity (number, date, money, percent ...); + 0.05 more for two or more
  + 0.10  a named entity; + 0.05 more for two or more
  + 0.15  an explicit speaker in the sentence; + 0.08 when inherited from a quote
  + 0.15  a factual or event verb (past tense, passive, "killed", "stieg", "beschloss"); the past
          of "to be" or "to have" counts only as the perfect or the passive ("has resigned", "hat
          ... gestoppt", "was taken"), not alone ("The mood was upbeat", "has no teeth"); in German
          only German forms count ("kann tief fallen" is no "fallen"); the German perfect or state
          passive with "sein" ("ist ... zur Welt gekommen", "ist wieder freigegeben", not "ist
          gefordert") and a present event verb with a time anchor ("schließt zum Jahresende") count
  + 0.10  a stated position ("lehnt ab", "fordert", "bereit", "rejects", "plans"; not English "will")
  + 0.05  a time anchor (weekday, "seit", "yesterday", "last week"); + 0.05 eight words+
  - 0.60  a question; - 0.25 an exclamation
  - 0.45  rhetoric ("Wir alle wissen", "everyone knows", "Few would ...", "Früher oder später"),
          an evaluative copula ("Das ist ebenso gefährlich wie falsch.", "This is unacceptable.")
          or, without a figure, a quoted verdict whoever says it (a quote that is a copula with an
          adjective or an indefinite noun phrase, a verbless fragment, a scare quote in lower case:
          "„Das war eine überragende Vorstellung“, sagte X", "called the plan “reckless”", "“I'm
          heartbroken and angry,” X said") or a quoted word someone spoke of with nothing reported
          after it ("sprach von einer „Lehrstunde“"); an open question as the claim ("... is the
          billion-dollar question", "Die große Frage ist, ..."); an opening verdict on the past
          ("Rückblickend war ...", "Looking back, X was ...", "Die Zeiten, in denen ..., sind
          vorbei"), a proverb announced as one ("as the old saying goes"); a feeling in the first
          person inside a quote, even beside a figure ("„Heute schlafe ich endlich ruhig“", "“I
          still can't take it in”"); an anecdote told as one ("erzählt man sich", "legend has it");
          without a figure: a greeting, thanks or a slogan in quotes ("„Schön, Sie wiederzusehen“,
          sagte X", "“Welcome to Kyiv,” X said", a short verbless quote ending in "!", any quote
          beside "chanted"/"skandierten"), a joke reported as one ("joked", "quipped", "scherzte"),
          a saying that compares two verbs ("easier to sign than to keep", "leichter unterschrieben
          als umgesetzt"; in German not beside an event verb: "wurde schwerer verletzt als gedacht")
  - 0.35  first-person belief, pride or thanks ("ich glaube", "we are proud", "I have ever");
          exhortation ("Lasst uns", "we must"); appeals, wishes and opening stances ("nobody
          should", "hoffentlich", "Frankly, ...", "Perhaps ..."); a bare assertion before a
          colon without a figure ("Eines steht fest:", "Auch im Fußball gilt:"); an idiom of
          judgement ("spielt mit dem Feuer", "kicked the can down the road", "steht an der Seite der
          Ukraine"); change without saying what, a mood or talk of nothing else, and no digit ("Zehn
          Jahre danach ist vieles
          anders", "much has changed", "anything seemed possible", "über nichts anderes geredet");
          without a figure or an attribution, a concession opening the sentence ("Gewiss, ...",
          "Zugegeben, ...", "To be fair, ...", "Of course, ...") and a maxim with a generic subject
          and no event verb or time ("Wer mit Moskau verhandelt, braucht ...", "Anyone who ...
          needs ...", "Whoever wins ... inherits ..."; "Wer ..., erhält ab 2026 ..." states a rule)
  - 0.35  a hypothetical as the claim, where no speaker is found in the sentence or carried over
          from the one before (combine(): German reported speech also uses the Konjunktiv II) and
          there is no figure: a conditional clause, then a Konjunktiv II or "would"/"could"/"might"
          ("Hätte der Westen früher gehandelt, wäre ...", "Sollte die Waffenruhe halten, könnte
          ...", "Had the West acted sooner, the war might ...", "Without Western aid, Kyiv would
          ..."), or an indefinite subject before one ("Ein Treffen ... wäre ein Signal", "A deal
          with Tehran would ease ..."); not a reduced clause ("If convicted, he could face ...")
          nor an indicative main clause ("Sollte der Vertrag ratifiziert werden, tritt er ...")
  - 0.10  each evaluative word ("gut" before a figure is a hedge, not one), at most - 0.30;
          - 0.15 more beside "ich"/"we"/"our"/"uns", and - 0.15 more inside a quote without a figure
  - 0.35  addressing the reader ("Liebe ...,", "Please ...", "Meiden Sie das Gebiet", "..., so make
          sure ..."), unless the sentence reports who made the appeal
  - 0.15  each scene-setting word ("hung", "lashed", "riecht", "quiet"; weather beside one, "liegt" beside
          weather), at most - 0.30, and - 0.10 each commentary word ("simply", "Herz", "Charakter",
          "verzettelt"), at most - 0.20: both only in a sentence without a quantity
  - 0.15  an English generic present with a bare plural subject and no event, figure, time,
          position or attribution ("Markets hate uncertainty"); the writer's guess without a
          figure or a source ("dürfte", "is likely to"), as is a view that is the whole sentence
          ("sieht in dem Gesetz einen Anschlag auf ...", "sees the bill as an attack on ...") and one
          put down to an unnamed many without an event ("Für viele im Dorf ist ...", "For many, ...")
  - 0.35  a headline fragment without a verb or figure; - 0.05 an unpunctuated headline with one
  - 0.50  a dateline, byline or credit line; wire boilerplate and editorial notes ("Mit Material
          von dpa und Reuters.", "Weitere Informationen in Kürze.", "This story has been refiled to
          ...", "An earlier version of this article ...", "Korrektur:", "Additional reporting by ..."
          in a sentence without a verb); a no-comment line that is the whole sentence, without a
          figure ("X did not immediately respond to a request for comment.", "declined to comment",
          "wollte sich auf Anfrage nicht äußern"; not "..., and its shares fell 5%")
  - 0.25  fewer than four words

Claims scoring at least CHECKWORTHY_THRESHOLD are returned.
"""

from __future__ import annotations

import re

from .speakers import TRIGGERS
from .wordtrie import trie_pattern, word_list

CHECKWORTHY_THRESHOLD = 0.5
BASE = 0.35


class _Phrases:
    """A case-insensitive pattern, written in lower case, that runs case-sensitively on the
    lower-cased sentence where features() has one: re scans (?i) patterns about three times as
    slowly, and the two match alike (see _UNFOLDED)."""

    __slots__ = ("folded", "lowered")

    def __init__(self, source: str) -> None:
        if source != source.lower():
            raise ValueError("a _Phrases pattern is written in lower case: " + source[:60])
        self.folded = re.compile("(?i)" + source)
        self.lowered = re.compile(source)

    def search(self, text: str, low: str | None) -> re.Match | None:
        """Search ``text``, or ``low`` (``text`` lower-cased) when it is given."""
        return self.folded.search(text) if low is None else self.lowered.search(low)


# Where lower-casing and (?i) differ: "İ" lower-cases to two characters, and (?i) also takes
# "ı" for "i" and "ſ" for "s" (test_lower_casing_folds_as_ignorecase checks every code point).
_UNFOLDED = re.compile("[İıſ]")

_QUESTION = re.compile(r"\?[\"'”“»«)\]]*\s*$")
_EXCLAMATION = re.compile(r"![\"'”“»«)\]]*\s*$")
_RHETORIC = _Phrases(
    r"\b(?:wir\s+alle\s+wissen|jeder\s+weiß|jeder\s+wei[sß]s|alle\s+wissen|wie\s+wir\s+alle"
    r"|es\s+ist\s+kein\s+geheimnis|machen\s+wir\s+uns\s+nichts\s+vor|we\s+all\s+know"
    r"|everyone\s+knows|everybody\s+knows|as\s+we\s+all|make\s+no\s+mistake|let\s+me\s+be\s+clear"
    r"|it\s+is\s+no\s+secret|there\s+is\s+no\s+doubt|zweifellos|ohne\s+zweifel|no\s+doubt"
    # "ein schwarzer Tag für die Demokratie", "a sad day for"
    r"|(?:ein|a)\s+(?:schwarz|bitter|gut|groß|historisch|traurig|dunkl|dark|sad|great|historic|good|black"
    r"|proud|bad)\w*\s+(?:tag|day)\s+(?:für|for))\b"
    # "ein klares Signal an Berlin", "a strong message", "the defining challenge of our generation"
    r"|\b(?:ein|an?)\s+(?:klar|deutlich|stark|wichtig|falsch|fatal|verheerend|clear|strong|powerful|wrong"
    r"|important|dangerous)\w*\s+(?:signal|zeichen|message)\b"
    r"|\b(?:unserer|of\s+our|for\s+our)\s+generation\b"
)
# More rhetoric, with its own trigger words (the common ones above stay as fast): "Man darf
# gespannt sein", "it remains to be seen", "Shame on those who", "History will judge us".
_RHETORIC_MORE = _Phrases(
    r"\bdarf\s+gespannt\s+sein\b|\bbleibt\s+abzuwarten\b|\bremains\s+to\s+be\s+seen\b"
    r"|^[\s„“\"»«]*(?:shame\s+on|schande\s+über)\b|\b(?:history|die\s+geschichte)\s+(?:will|wird)\s+(?:judge|urteilen)"
    r"|\btime\s+will\s+tell\b|\bdie\s+zeit\s+wird\s+(?:es\s+)?zeigen\b"
    # "Bleibt zu hoffen, dass ...", "One can only hope", "Man kann es drehen und wenden, wie man will"
    r"|\bbleibt\s+(?:nur\s+)?zu\s+hoffen\b|\bcan\s+only\s+hope\b|\bdrehen\s+und\s+wenden\b"
    # "... is anybody's guess", "Bleibt die Frage, ob ..."
    r"|\b(?:anybody|anyone)['’]s\s+guess\b|^[\s„“\"»«]*(?:es\s+)?bleibt\s+die\s+frage\b"
    # A prophecy without a date ("Früher oder später wird ...", "sooner or later", "in the long run").
    r"|\b(?:früher\s+oder\s+später|über\s+kurz\s+oder\s+lang|auf\s+lange\s+sicht|eines\s+tages|sooner\s+or\s+later"
    r"|in\s+the\s+long\s+run)\b"
    # "Few would envy ...", "Kaum jemand dürfte ...": a guess at what people think ("Many would lose
    # their homes" may be a finding).
    r"|^[\s„“\"»«]*(?:few|not\s+many|nobody|wenige|kaum\s+jemand|niemand)\s+(?:would|could"
    r"|würde|würden|dürfte|dürften|könnte|könnten)\b"
    # A proverb announced as one ("..., as the old saying goes", "wie es so schön heißt").
    r"|\bas\s+the\s+(?:old\s+)?(?:saying|adage|proverb)\s+(?:goes|has\s+it)\b|\bwie\s+es\s+so\s+schön\s+heißt\b"
    r"|\bwie\s+(?:das|ein)\s+(?:alte\s+)?sprichwort\s+sagt\b"
    # An anecdote told as one ("erzählt man sich gern die Geschichte ...", "Legend has it that ...").
    r"|\berzählt\s+man\s+sich\b|\bman\s+erzählt\s+sich\b|\bder\s+legende\s+nach\b|\blegend\s+has\s+it\b"
    r"|\bthe\s+story\s+goes\b|\baccording\s+to\s+legend\b|\beiner\s+anekdote\s+zufolge\b"
)
# An opening that frames what follows as a verdict on the past (rhetoric, -0.45), run only where
# the first two words are one of _OPENINGS:
_OPENING_SOURCE = (
    # A verdict in hindsight: an opening retrospective, then a copula within a few words
    # ("Rückblickend war ... ein Wendepunkt", "Looking back, the crash was the moment ..."; not
    # "Im Nachhinein stellte sich heraus, dass ...", which reports a finding).
    r"[\s„“\"»«]*(?:rückblickend|im\s+nachhinein|im\s+rückblick|looking\s+back|in\s+hindsight|with\s+hindsight"
    r"|in\s+retrospect)\b[\s,]+(?:[\w'’-]+\s+){0,5}?(?:war|waren|ist|sind|wäre|wären|was|were|is|are"
    r"|seems|seemed|scheint|schien)\b"
    # "Die Zeiten, in denen ..., sind vorbei", "The days when ... are over": an era declared ended.
    r"|[\s„“\"»«]*(?:die\s+zeiten|the\s+days|the\s+times|the\s+era)\s*,?\s+(?:in\s+denen|als|wo|when|in\s+which"
    r"|where)\b[^.;:!?]*?\b(?:sind|ist|are|is)\s+(?:\w+\s+)?(?:vorbei|over|gone|behind\s+us)\b"
)
_OPENING = re.compile("(?i)(?:" + _OPENING_SOURCE + ")")
_OPENINGS = frozenset(
    [
        ("im", "nachhinein"), ("im", "rückblick"), ("looking", "back"), ("in", "hindsight"), ("with", "hindsight"),
        ("in", "retrospect"), ("die", "zeiten"), ("the", "days"), ("the", "times"), ("the", "era"),
    ]
)
# An open question as the claim: "What happens next is the billion-dollar question", "The question
# is whether ...", "Die große Frage ist, ob ..." (run where "question" or "Frage" is a word).
_OPEN_QUESTION = _Phrases(
    r"\b(?:is|remains|ist|bleibt)\s+(?:the|die)\s+(?:[\w-]+\s+)?(?:question|frage)[\s.!“”\"»«]*$"
    r"|^[\s„“\"»«]*(?:the|die)\s+(?:[\w-]+\s+)?(?:question|frage)\s+(?:is|remains|ist|bleibt)\b"
)
# A bare assertion opening the sentence before a colon ("Eines steht fest:", "Klar ist:", "One
# thing is certain:"): commentary on what follows, unless a figure follows.
_FRAME = re.compile(
    r"(?i)[\s„“\"»«]*(?:(?:eines|eins|so\s+viel|soviel|one\s+thing|this\s+much)\s+(?:ist|steht|is)"
    r"|(?:fest|klar|sicher)\s+(?:steht|ist)"
    # "Auch im Fußball gilt:", "Hier gilt:", "Es gilt:": a rule of thumb follows.
    r"|(?:auch|hier|dabei|doch|denn|schon|es|und|so)\s+(?:[\wäöüß]+\s+){0,3}?gilt)"
    r"\s*(?:fest|klar|sicher|gewiss|certain|clear|sure)?\s*:"
)
_EVAL_WORDS = (
    r"gefährlich|falsch|absurd|inakzeptabel|skandalös|unerträglich|beschämend|großartig"
    r"|hervorragend|fantastisch|wunderbar|schrecklich|furchtbar|empörend|lächerlich"
    r"|unverantwortlich|verantwortungslos|dumm|peinlich|katastrophal|toll|stolz|traurig"
    r"|enttäuschend|bedauerlich|erfreulich|unfassbar|ungeheuerlich|zynisch|heuchlerisch"
    r"|arrogant|respektlos|widerlich|abscheulich|töricht|naiv|schlimm|unverschämt|Geschwätz"
    r"|Unsinn|Lüge|Lügen|richtig|wichtig|gut|schlecht|gefährlicher|unglaublich"
    r"|dangerous|wrong|absurd|unacceptable|outrageous|shameful|disgraceful|great|wonderful"
    r"|fantastic|terrible|horrible|ridiculous|irresponsible|proud|disgusting|appalling"
    r"|tremendous|incredible|amazing|awful|pathetic|stupid|nonsense|brilliant|beautiful|sad"
    r"|disappointing|deplorable|reckless|shocking|scandalous|insane|crazy|despicable|perfect"
    r"|excellent|magnificent|right|good|bad|important|unbelievable|honoured|honored|thrilled"
    r"|delighted|pleased|wrongheaded|misguided|shameless|hypocritical|cynical|Schande|Farce"
    r"|Armutszeugnis|Zumutung|Frechheit|Verrat|disgrace|shame|farce|travesty|ashamed|outrage|betrayal"
    r"|saddened|heartbroken|bestürzt|fassungslos|Trauerspiel|Blamage|Fiasko|Debakel|mess|fiasco|debacle"
    r"|tense|gloomy|sombre|somber|weltfremd|Tiefpunkt|insult|Beleidigung|glücklich|heroic|heldenhaft"
    r"|masterclass|Meisterleistung|blutleer|troubling|disturbing"
)
# German adjectives take endings ("eine großartige Moral", "ein wunderbarer Abend"); not those
# that name facts as well ("gefährliche Körperverletzung", "wichtige", "gute", "richtige").
_EVAL_DE_INFLECTED = "|".join(
    stem + ending
    for stem in word_list("""
    falsch absurd inakzeptabel skandalös unerträglich beschämend großartig hervorragend fantastisch
    wunderbar schrecklich furchtbar empörend lächerlich unverantwortlich verantwortungslos dumm
    peinlich katastrophal toll traurig enttäuschend bedauerlich erfreulich unfassbar ungeheuerlich
    zynisch heuchlerisch arrogant respektlos widerlich abscheulich töricht naiv unverschämt
    unglaublich weltfremd glücklich heldenhaft blutleer
    """)
    for ending in ("e", "en", "er", "es", "em")
)
_EVAL_WORDS += "|" + _EVAL_DE_INFLECTED
_EVAL = frozenset(w.lower() for w in _EVAL_WORDS.split("|"))
# As a trie (case is ignored where it is used): a long flat alternation scans slowly.
_EVAL_RE = trie_pattern(_EVAL)
# An evaluative word as a search pattern; "the good news is that ..." introduces a fact, it judges none.
_EVAL_WORD = re.compile(r"(?i)\b(?:" + _EVAL_RE + r")\b(?!\s+(?:news|nachrichten?)\b)")
_EVAL_COPULA = _Phrases(
    r"(?:^|[„“\"»«:]\s*|,\s*)(?:das|dies|es|this|that|it|what|was)(?:\s+(?:ist|war|wäre|sind|is"
    r"|was|would\s+be|are|'s|’s)|['’]s)\s+(?:[\wäöüß]+\s+){0,4}?(?:" + _EVAL_RE + r")\b"
)
# "This ruling is a travesty": a demonstrative or article with its noun (its own pattern, so
# that the common copula pattern stays as fast; articles make it run beside most evaluative words).
_EVAL_COPULA_NOUN = _Phrases(
    r"(?:^|[„“\"»«:]\s*|,\s*)(?:this|that|the|diese[rs]?|der|die|das)\s+[\wäöüß]+\s+(?:ist|war|wäre|sind|is"
    r"|was|would\s+be|are)\s+(?:[„“\"»«]?[\wäöüß]+\s+){0,4}?[„“\"»«]?(?:" + _EVAL_RE + r")\b"
)
_BELIEF = _Phrases(
    r"\b(?:ich|wir)\s+(?:glaube|glauben|denke|denken|finde|finden|meine|hoffe|hoffen"
    r"|bin\s+(?:überzeugt|stolz|sicher)|sind\s+(?:überzeugt|stolz|sicher))\b"
    r"|\b(?:i|we)\s+(?:think|believe|feel|hope|am\s+(?:convinced|proud|sure)|are\s+(?:convinced"
    r"|proud|sure)|'m\s+proud|’m\s+proud|'re\s+proud|’re\s+proud)\b"
    r"|\bmeiner\s+(?:meinung|ansicht)\s+nach\b|\bmeines\s+erachtens\b|\bin\s+my\s+(?:view|opinion)\b"
    r"|\bstolz\s+auf\b|\bproud\s+of\b"
    # Thanks ("Ich danke allen Helfern") and a superlative of one's own ("the best squad I have
    # ever coached", "die beste Mannschaft, die ich je trainiert habe").
    r"|\b(?:ich|wir)\s+(?:danke|danken)\b|\b(?:i|we)\s+(?:want\s+to\s+|would\s+like\s+to\s+)?thank\b"
    r"|\b(?:i|we)(?:\s+(?:have|had)|['’]ve)\s+ever\b|\b(?:ich|wir)\s+(?:jemals|je)\b"
)
_EXHORT = _Phrases(
    r"^[\s„“\"»«]*(?:lasst\s+uns|lassen\s+sie\s+uns|let\s+us|let's|let’s)\b"
    r"|\b(?:wir|we)\s+(?:müssen|must|need\s+to|have\s+to|sollten|should)\b"
    r"|\bmuss\s+(?:jetzt\s+|nun\s+)?endlich\b|\bmust\s+(?:stop|end|be\s+stopped)\b"
    r"|\b(?:es\s+ist|es\s+wird)\s+(?:aller)?höchste\s+zeit\b|\b(?:it\s+is|it's|it’s)\s+(?:high\s+time\b|time\s+(?:to|for|that|we)\b)"
)
# Appeals without a "we" ("Es braucht jetzt Mut", "Nobody should have to choose", "Fans
# deserve better"), wishes ("Hoffentlich ...", "Hopefully ...") and an opening stance
# ("Frankly, ...", "Ehrlich gesagt ..."): own patterns with their own trigger words.
# A German hortative opens the sentence ("Vergessen wir nicht, ...", "Seien wir ehrlich"): run
# only where "wir" is the second word.
_HORTATIVE = re.compile(r"[\s„“\"»«]*[A-ZÄÖÜ][a-zäöüß]+en\s+wir\b")
_APPEAL = _Phrases(
    r"\b(?:es\s+braucht|wir\s+brauchen|we\s+need)\s+(?:jetzt|endlich|dringend|now|urgently)\b"
    r"|\b(?:nobody|niemand)\s+(?:should|sollte|müsste)\b|\bhoffentlich\b|^[\s„“\"»«]*hopefully\b"
    r"|\bdeserves?\b|^[\s„“\"»«]*(?:frankly|honestly|ehrlich\s+gesagt|offen\s+gesagt)\b"
    # An opening guess or concession ("Perhaps the most remarkable thing ...", "Vielleicht ...").
    r"|^[\s„“\"»«]*(?:perhaps|arguably|maybe|admittedly|undoubtedly|vielleicht|womöglich|sicherlich|freilich)\b"
    # The readers told what to do ("Readers should ask themselves", "Leser sollten ...").
    r"|\b(?:readers|leser|leserinnen)\s+(?:should|must|sollten|müssen)\b"
)
# Addressing the reader or an audience: an opening salutation ("Liebe Mitbürgerinnen ...",
# "Dear friends"), an opening imperative ("Please ...", "Do not ..."), and the German polite
# imperative, a verb before a capitalised "Sie" ("Meiden Sie das Gebiet", "..., bleiben Sie zu
# Hause"; "sie" meaning "she"/"they" is lower-case after a verb).
_IMPERATIVES = (
    r"please|bitte|do\s+not|don't|don’t|get\s+out|check\s+on|take\s+the|stay|keep\s+your|remember|avoid"
    r"|follow\s+the|imagine|think\s+(?:hard|twice|again|about)|sign\s+up|subscribe|click|tap\s+here|make\s+sure"
)
_ADDRESS = re.compile(r"(?i)^[\s„“\"»«]*(?:liebe|lieber|sehr\s+geehrte|dear|" + _IMPERATIVES + r")(?=[\s,])")
# The same imperatives after ", so" ("Every vote counts, so make sure yours is heard").
_ADDRESS_SO = re.compile(r"(?i)[,;–—]\s*so\s+(?:" + _IMPERATIVES + r")(?=[\s,])")
# Run only where "en Sie" is in the sentence.
_SIE_IMPERATIVE = re.compile(r"(?:^|[,;:]\s*|\b(?:und|oder|bitte)\s+)[\s„“\"»«]*[A-Za-zÄÖÜäöüß]+en\s+Sie\b")
# Scene-setting and colour: the verbs and adjectives that paint a scene, sounds and smells
# ("Rain lashed the windows", "Nebel hing über den Weinbergen", "A hush fell"), and weather
# and light that count only beside them ("heavy snow" alone is news). Without a figure such a
# sentence describes, it does not claim.
_SCENE = frozenset(
    word_list("""
    hung hing lashed drifted rolled bathed roch fegte wehte peitschte prasselte silent empty leer
    eisig eisiger eisiges icy grey gray grau graue grauer graues grauen wolkenverhangen kalt hush smell
    scent stille duft geruch ausgestorben menschenleer
    riecht rochen duftet duftete duften stinkt stank smells smelled smelt reeks reeked quiet
    drummed drumming pattered trommelte trommelten
    """)
)
# Verbs of lying and hanging paint a scene beside weather and light ("Über dem Hafen liegt ein
# bleierner Nebel"); alone they state a level or a place ("Die Inflation lag bei ...").
_SCENE_POSTURE = frozenset(
    word_list("liegt lag liegen lagen hängt hängen lies lay hangs hang schwebt schwebte settled settles")
)
_SCENE_LIGHT = frozenset(
    word_list("""
    fog mist rain snow snowflakes skies sky sunshine dawn dusk twilight clouds
    nebel regen schnee schneeflocken himmel sonne dämmerung wolken wind
    silence gloom hauch schatten night darkness nacht dunkelheit
    """)
)
# Words of commentary without an evaluative adjective: intensifiers, character or virtue nouns
# and verbs of failure ("hat sich endgültig verzettelt", "mit viel Herz", "großen Charakter
# gezeigt", "simply run out of ideas", "nothing short of heroic", "lost touch with", "bungled").
_COMMENT = frozenset(
    word_list("""
    schlicht schlichtweg geradezu regelrecht ganzer simply squarely utterly truly schuld
    charakter moral herz leidenschaft gespür händchen übermenschliches kompass seele
    helden heldinnen wahrheit character spirit passion courage touch heroes truth asleep
    zauber charme flair magie charm magic deeply
    verzettelt verrannt verheddert verzockt vergaloppiert verschlafen blamiert bungled blundered dithered
    dithering floundering
    """)
)
# Figures of speech that news copy uses for judgement ("spielt mit dem Feuer", "kicked the can
# down the road", "a recipe for chaos"): common German and English idioms, each after the words
# of which one must be in the sentence before the pattern runs. Literal uses of the same words
# ("Feuer in einer Lagerhalle", "kicked the ball") do not match the whole idiom.
_IDIOMS = (
    # German
    ("spielt spielen spielte spielten öl", r"mit\s+dem\s+feuer\s+spiel|spiel\w*\s+mit\s+dem\s+feuer|öl\s+ins\s+feuer"),
    ("rücken", r"mit\s+dem\s+rücken\s+zur\s+wand"),
    ("bogen", r"den\s+bogen\s+überspann"),
    ("knie", r"sich\s+(?:\w+\s+){0,3}?ins\s+(?:eigene\s+)?knie|ins\s+eigene\s+knie"),
    ("pandora", r"büchse\s+der\s+pandora|pandora['’]?s\s+box"),
    ("schaum", r"schaum\s+schl|schlägt\s+(?:nur\s+)?(?:noch\s+)?schaum"),
    ("verpasst abgefahren", r"den\s+zug\s+(?:\w+\s+)?verpasst|der\s+zug\s+ist\s+(?:längst\s+|schon\s+)?abgefahren"),
    ("hochzeiten", r"auf\s+(?:zwei|allen)\s+hochzeiten"),
    ("scherbenhaufen", r"scherbenhaufen"),
    ("getriebe", r"sand\s+ins\s+getriebe"),
    ("schleudersitz", r"auf\s+dem\s+schleudersitz"),
    ("scheideweg", r"am\s+scheideweg"),
    ("kreis", r"dreh\w*\s+sich\s+(?:\w+\s+)?im\s+kreis"),
    ("eiertanz", r"eiertanz"),
    ("kompass", r"kompass\s+verloren"),
    ("ruder", r"aus\s+dem\s+ruder"),
    ("zeche", r"die\s+zeche\s+zahl"),
    ("strang", r"an\s+einem\s+strang"),
    ("sand", r"kopf\s+in\s+den\s+sand|auf\s+sand\s+gebaut|in\s+den\s+sand\s+gesetzt|heads?\s+in\s+the\s+sand"),
    ("fettnäpfchen", r"fettnäpfchen"),
    ("bade", r"kind\s+mit\s+dem\s+bade"),
    ("tropfen", r"tropfen\s+auf\s+den\s+heißen\s+stein"),
    ("eisbergs", r"spitze\s+des\s+eisbergs"),
    ("stühlen", r"zwischen\s+(?:allen|zwei)\s+stühlen"),
    ("verlorenem", r"auf\s+verlorenem\s+posten"),
    ("faden", r"den\s+faden\s+verloren"),
    ("wasserglas", r"sturm\s+im\s+wasserglas"),
    ("bärendienst", r"bärendienst"),
    ("feigenblatt", r"feigenblatt"),
    ("papiertiger", r"papiertiger|paper\s+tiger"),
    ("holzweg", r"auf\s+dem\s+holzweg"),
    ("scheitern", r"zum\s+scheitern\s+verurteilt"),
    ("zeitbombe", r"tickende\s+zeitbombe"),
    ("füßen", r"auf\s+tönernen\s+füßen"),
    # "Das Fass ist übergelaufen", "Die Messe ist gelesen", "Der Drops ist gelutscht": the perfect with
    # "sein" counts as an event (_DE_SEIN_PERFECT), these do not.
    ("fass", r"fass\s+ohne\s+boden|fass\s+(?:\w+\s+){0,3}?übergelaufen|fass\s+zum\s+überlaufen"),
    ("messe", r"messe\s+(?:\w+\s+){0,3}?gelesen"),
    ("drops", r"drops\s+(?:\w+\s+){0,3}?gelutscht"),
    ("zweierlei", r"mit\s+zweierlei\s+maß"),
    ("wirt", r"rechnung\s+ohne\s+den\s+wirt"),
    ("feld", r"ball\s+liegt\s+(?:\w+\s+)?im\s+feld\s+de[rs]"),
    ("pulver", r"pulver\s+(?:\w+\s+){0,2}?verschossen|pulver\s+trocken"),
    ("zeilen", r"zwischen\s+den\s+zeilen"),
    ("getriebene getriebener getriebenen", r"(?:ein|eine|einen|einer)\s+getriebene[rn]?\b"),
    ("schneckentempo", r"schneckentempo"),
    # A pledge of solidarity ("steht an der Seite der Ukraine", "we stand with").
    ("seite", r"(?:steh|stand|stünd)\w*\s+(?:\w+\s+){0,2}?an\s+der\s+seite"),
    ("stand", r"\bwe\s+(?:\w+\s+){0,2}?stand\s+(?:\w+\s+)?with"),
    ("last letzte", r"last\s+word\s+(?:has|is)\s+(?:not|n['’]t)\s+(?:yet\s+)?(?:been\s+)?(?:spoken|said)"
     r"|letzte\s+wort\s+ist\s+(?:noch\s+)?nicht\s+gesprochen"),
    # English
    ("play plays played playing fuel", r"play\w*\s+with\s+fire|fuel\s+(?:to|on)\s+the\s+(?:fire|flames)"),
    ("fuel fan fans fanned fanning", r"fuel\s+(?:to|on)\s+the\s+flames|fan\w*\s+the\s+flames"),
    ("thin", r"on\s+thin\s+ice"),
    ("foot", r"(?:shot|shoot\w*)\s+(?:itself|himself|herself|themselves)\s+in\s+the\s+foot|on\s+the\s+back\s+foot"),
    ("corner", r"painted\s+\w+\s+into\s+a\s+corner"),
    ("kick kicks kicked kicking", r"kick\w*\s+the\s+can"),
    ("plot", r"lost\s+the\s+plot"),
    ("wrong", r"up\s+the\s+wrong\s+tree"),
    ("bridges", r"burn\w*\s+(?:his|her|its|their|our|all)\s+bridges"),
    ("fumes", r"running\s+on\s+fumes"),
    ("teeth", r"(?:has|have|had)\s+no\s+teeth"),
    ("toothless", r"toothless"),
    ("grip", r"(?:los\w+|lost)\s+(?:\w+\s+)?grip\s+on\s+(?:power|reality|the\s+(?:party|country|government))"),
    ("moon", r"over\s+the\s+moon"),
    ("crossroads", r"(?:is|are|was|were|stands?|stood|now)\s+at\s+a\s+crossroads"),
    ("circles", r"(?:go|goes|going|gone|went)\s+(?:a?round\s+)?in\s+circles"),
    ("ball", r"ball\s+is\s+(?:now\s+)?in\s+[^\s]+\s+(?:[^\s]+\s+)?court"),
    ("sailed", r"ship\s+has\s+(?:already\s+|long\s+)?sailed(?=[\s”\"]*(?:[.,;!]|$))"),
    ("iceberg", r"tip\s+of\s+the\s+iceberg"),
    ("elephant", r"elephant\s+in\s+the\s+room"),
    ("ocean", r"drop\s+in\s+the\s+ocean"),
    ("bucket", r"drop\s+in\s+the\s+bucket"),
    ("tunnel", r"light\s+at\s+the\s+end\s+of\s+the\s+tunnel|licht\s+am\s+ende\s+des\s+tunnels"),
    ("tunnels", r"licht\s+am\s+ende\s+des\s+tunnels"),
    ("goalposts", r"mov\w*\s+the\s+goalposts"),
    ("writing", r"writing\s+(?:is|was)\s+on\s+the\s+wall"),
    ("deckchairs", r"rearrang\w*\s+the\s+deckchairs"),
    ("cards", r"house\s+of\s+cards"),
    ("mirrors", r"smoke\s+and\s+mirrors"),
    ("perfect teacup", r"perfect\s+storm|storm\s+in\s+a\s+teacup"),
    ("slap", r"slap\s+in\s+the\s+face"),
    ("race", r"race\s+to\s+the\s+bottom"),
    ("genie", r"genie\s+(?:is\s+)?out\s+of\s+the\s+bottle"),
    ("worms", r"can\s+of\s+worms"),
    ("rome", r"while\s+rome\s+burns"),
    ("dressing", r"window\s+dressing"),
    ("chalice", r"poisoned\s+chalice"),
    ("sword", r"double-edged\s+sword"),
    ("uphill", r"uphill\s+(?:battle|struggle|task)"),
    ("ropes", r"on\s+the\s+ropes"),
    ("bullet", r"bite\s+the\s+bullet"),
    ("blind", r"turn\w*\s+a\s+blind\s+eye"),
    ("hatchet", r"bury\s+the\s+hatchet"),
    ("recipe", r"recipe\s+for\s+(?:disaster|chaos|failure)"),
    ("horse", r"flog\w*\s+a\s+dead\s+horse"),
    ("herring", r"red\s+herring"),
    ("straw", r"the\s+last\s+straw"),
    ("slope", r"slippery\s+slope"),
    ("bathwater", r"bathwater"),
    ("lip", r"lip\s+service"),
    ("rock", r"between\s+a\s+rock\s+and\s+a\s+hard\s+place"),
    ("brick", r"(?:hit\w*|ran\s+into|run\w*\s+into|up\s+against)\s+a\s+brick\s+wall"),
    ("lane", r"(?:in|into)\s+the\s+slow\s+lane"),
    ("blink blinked", r"(?:seen\s+to|first\s+to|not|never|won['’]t)\s+blink\b|blinked\s+first"),
    ("parked", r"parked\s+(?:the|this|that|its|their)\s+(?:\w+\s+)?(?:problem|issue|question|matter)"),
    ("grass", r"into\s+the\s+long\s+grass"),
    ("glacier glacial snail's snail’s", r"speed\s+of\s+a\s+glacier|(?:glacial|snail['’]s)\s+pace"),
    ("lines", r"between\s+the\s+lines"),
    ("depth", r"out\s+of\s+(?:his|her|their|its)\s+depth"),
)
# One pattern per trigger word: only those of the words found run (one long alternation scans slowly).
_IDIOM_BY_WORD: dict[str, _Phrases] = {
    word: _Phrases(r"\b(?:" + "|".join(pattern for words, pattern in _IDIOMS if word in words.split()) + ")")
    for word in {word for words, _ in _IDIOMS for word in words.split()}
}
_IDIOM_TRIGGERS = frozenset(_IDIOM_BY_WORD)
_FACT_VERBS_DE = frozenset(
    word_list("""
    wurde wurden worden starb starben getötet verletzt ums stieg stiegen
    sank sanken fiel fielen gewann gewannen verlor verloren beschloss beschlossen verabschiedete
    verabschiedeten unterzeichnete unterzeichneten traf trafen einigten vereinbarten festgenommen
    nahm nahmen kündigte meldete meldeten erhöhte senkte verhängte stimmte stimmten kostete kosten
    kostet betrug beträgt lag liegt erreichte zählte registrierte ordnete entließ reiste besuchte
    empfing eröffnete startete begann endete beschädigt zerstört evakuiert angeklagt verurteilt
    ernannt gewählt zurückgetreten trat legte legten erzielte erzielten teil statt fand fanden
    sagte sagten erklärte erklärten teilte teilten bestätigte berichtete wuchs schrumpfte
    verdoppelte halbierte zahlte investierte übernahm kaufte verkaufte schloss gründete gesunken
    gestiegen gefallen gestorben wies wiesen hob hoben gab gaben rief riefen stellte stellten setzte
    setzten sprach sprachen zog zogen griff griffen
    zerstörte zerstörten beschädigte beschädigten verletzte verletzten tötete töteten evakuierte
    evakuierten sperrte sperrten rettete retteten löschte löschten explodierte explodierten stürzte
    stürzten prallte prallten kollidierte kollidierten ereignete verhaftete verhafteten stoppte
    stoppten verkündete verkündeten genehmigte genehmigten verbot ernannte ernannten wählte
    wählten räumte räumten überflutete überfluteten
    """)
)
_FACT_VERBS = _FACT_VERBS_DE | frozenset(
    word_list("""
    killed died injured rose fell dropped increased decreased won lost
    signed approved passed voted announced arrested charged convicted sentenced met visited agreed
    launched reported recorded reached cost costs totalled totaled fired resigned elected
    appointed evacuated destroyed damaged struck hit seized opened closed banned imposed raised
    cut grew shrank paid bought sold said told took held left began ended scored beat led fled
    spent ordered confirmed found upheld overturned acquitted quashed dismissed ruled
    broke broken went gone gave given made done taken seen shown written wrote driven drove spoken spoke
    stolen stole chosen chose fallen risen forgotten beaten sworn swore thrown threw grown drawn drew
    flown flew begun brought caught fought sought built sent kept stood heard laid withdrew withdrawn
    shook shaken sank sunk
    """)
)
# Auxiliaries and copulas: the past of "to be" and "to have" state no event by themselves ("The
# mood was upbeat", "The watchdog has no teeth"); beside a participle they form the perfect or
# the passive ("has resigned", "was taken", "hat das Gesetz gestoppt"), which is one.
_WEAK_FACT = frozenset(word_list("was were has had have hat haben hatte hatten"))
# The German perfect: a lower-case word in "-t"/"-en" ends the clause after "hat" ("Der Bundesrat
# hat das Gesetz gestoppt."), or stands before a closing "hat" ("..., weil er es verloren hat.").
_DE_PERFECT = re.compile(
    r"\b(?:hat|haben|hatte|hatten)\b[^,;:.!?]*?\s(?!nicht\b|jetzt\b|selbst\b|erst\b|längst\b|zuletzt\b)"
    r"[a-zäöüß]+(?:t|en)(?=[\s„“”\"»«)]*(?:[,;:.!?]|$))"
    r"|\s[a-zäöüß]+(?:t|en)\s+(?:hat|haben|hatte|hatten)(?=[\s„“”\"»«)]*(?:[,;:.!?]|$))"
)
# The perfect with "sein" and the state passive: "ist" ... a participle ends the clause ("Im Zoo
# ist ein Eisbär zur Welt gekommen.", "Die Strecke ist wieder freigegeben."), or the participle
# stands before a closing "ist" ("..., weil er zurückgetreten ist."). A participle here is "ge...t"
# or "ge...en", a separable one ("frei-ge-geben", "zurück-ge-kehrt") or one in "-iert"; not those
# that are adjectives of judgement or mood ("ist gefordert", "angebracht", "gespalten").
_DE_SEIN = frozenset(word_list("ist sind war waren"))
_DE_PART = r"(?:[a-zäöüß]{0,8}ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert)"
_DE_SEIN_PERFECT = re.compile(
    r"\b(?:ist|sind|war|waren)\b[^,;:.!?]*?\s(?P<p1>" + _DE_PART + r")(?=[\s„“”\"»«)]*(?:[,;:.!?]|$))"
    r"|\s(?P<p2>" + _DE_PART + r")\s+(?:ist|sind|war|waren)(?=[\s„“”\"»«)]*(?:[,;:.!?]|$))"
)
_DE_SEIN_ADJECTIVES = frozenset(
    word_list("""
    gerecht ungerecht angebracht unangebracht gefordert gefragt gespalten angespannt gedrückt gelungen
    geboten gewohnt gewillt geeignet ungeeignet gelassen gespannt gewiss gestresst genervt geladen
    aufgeregt aufgebracht ausgelassen ausgeglichen gelegen ungelegen verlegen angesehen angemessen
    unangemessen abgehoben ausgezeichnet gesegnet verdient unverdient erwünscht unerwünscht
    berechtigt gerechtfertigt ungerechtfertigt geschockt gerührt beeindruckt begeistert enttäuscht
    überzeugt verwundert verärgert empört besorgt gefangen betroffen gestattet erlaubt verboten
    angesagt ausgeschlossen gereizt gedämpft getrübt aufgeheizt aufgewühlt gelöst gehoben
    """)
)
# A present-tense event verb with a time anchor ahead ("Die Molkerei schließt zum Jahresende ihre
# Pforten", "Das Museum eröffnet am Montag"): a dated announcement, an event.
_DE_EVENT_NOW = frozenset(
    word_list("""
    schließt schließen eröffnet eröffnen öffnet öffnen startet starten beginnt beginnen endet enden
    sperrt sperren streicht streichen übernimmt übernehmen verlässt verlassen tritt treten
    """)
)
_DE_TIME_AHEAD = re.compile(
    r"\b(?:am|ab|zum|zu|mit|bis|per|im|in\s+der|seit|vom)\s+(?:kommenden\s+|nächsten\s+)?"
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Jahresende|Monatsende"
    r"|Jahreswechsel|Quartalsende|Saisonende|Schulschluss|Frühjahr|Sommer|Herbst|Winter|Jänner|Januar"
    r"|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Ende|Anfang"
    r"|Mitte|Neujahr|\d)"
    r"|\b(?:morgen|übermorgen|heuer|demnächst|nächste\s+Woche|kommende\s+Woche|Ende\s+des\s+Monats)\b"
)
_POSITION = frozenset(
    word_list("""
    lehnt lehnen lehnte lehnten fordert fordern forderte unterstützt unterstützen bereit plant
    planen beabsichtigt will wollen wollte wolle strebt befürwortet ablehnt rejects rejected
    supports supported plans planned intends opposes opposed demands demanded ready willing
    prepared wants wanted seeks
    """)
)
_WILL = frozenset(["will"])
# The writer's guess ("Der Streit dürfte die Koalition noch Monate beschäftigen", "is likely to"):
# without a figure or a source it forecasts nothing that can be checked.
_GUESS = frozenset(word_list("dürfte dürften likely probably"))
# Seeing one thing as another is a view, not an event ("Die Opposition sieht in dem Gesetz einen
# Anschlag auf die Pressefreiheit", "Critics see the plan as a giveaway"): like a guess it weighs
# -0.15 without a figure or a source.
_VIEW_WORDS = frozenset(word_list("sieht sehen sah sahen sees see saw"))
_VIEW = re.compile(
    r"(?i)\b(?:sieht|sehen|sah|sahen)\s+in\s+(?:[\wäöüß-]+\s+){1,4}?(?:einen|eine|ein)\s"
    r"|\b(?:sees|see|saw)\s+(?:[\w'’-]+\s+){1,4}?as\s+(?:an?|the)\s"
)
# "Für viele im Dorf ist ...", "For many, ...", "To most in the town ...": a view put down to an
# unnamed many opens the sentence; without an event, figure or source it weighs -0.15.
_FOR_MANY = re.compile(
    r"(?i)[\s„“\"»«]*(?:für|for|to)\s+(?:viele|manche|die\s+meisten|many|most|some)"
    r"(?=\s*,|\s+(?:im|in|an|am|auf|of|at|ist|sind|war|waren|bleibt|is|are|was|were)\b)"
)
# Change or sameness without saying what ("Zehn Jahre danach ist vieles anders", "Much has
# changed since", "Nothing is the same"): commentary, -0.35, when no digit names a figure.
_VAGUE_WORDS = frozenset(word_list("vieles manches einiges nichts much nothing alles everything anything"))
_VAGUE_CHANGE = _Phrases(
    r"\b(?:vieles|manches|einiges|nichts|much|nothing|alles|everything)\s+(?:[\wäöüß]+\s+){0,3}?"
    r"(?:anders|verändert|geändert|gleich\s+geblieben|changed|different|the\s+same)\b"
    # A mood, not a finding ("anything seemed possible", "alles schien möglich"), and talk of
    # nothing else ("wird über nichts anderes geredet", "people talk of nothing else").
    r"|\b(?:anything|everything|alles)\s+(?:seemed|seems|schien|scheint)\s+(?:\w+\s+)?(?:possible|möglich)\b"
    r"|\büber\s+nichts\s+anderes\s+(?:mehr\s+)?(?:geredet|gesprochen|diskutiert)\b"
    r"|\b(?:talk\w*|spoke|speak\w*)\s+(?:of|about)\s+nothing\s+else\b"
)
_CLAUSE_AFTER = re.compile(r"[,;:–—]|\s(?:und|and|but|aber|while|während|nachdem|after)\s")
_DIGIT = re.compile(r"\d")
_TIME_WORDS = frozenset(
    word_list("""
    montag dienstag mittwoch donnerstag freitag samstag sonntag gestern vorgestern seit zuletzt
    vergangene vergangenen vergangener vergangenes vorige vorigen voriger monday tuesday wednesday
    thursday friday saturday sunday yesterday since earlier
    """)
)
_AUX = frozenset(
    word_list("""
    ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien wäre wären kann können soll
    sollen muss müssen will wollen gibt gab is are was were will has have had can could would
    should must does did do
    """)
)
# Phrase checks run only when one of their trigger words is in the sentence.
_RHETORIC_TRIGGERS = frozenset(
    word_list("""
    wissen weiß weiss geheimnis vor know knows secret mistake clear doubt zweifel zweifellos tag day signal
    zeichen message generation
    """)
)
_RHETORIC_MORE_TRIGGERS = frozenset(
    word_list("""
    gespannt abzuwarten seen shame schande history geschichte tell zeigen hoffen hope drehen guess frage
    fest klar sicher certain clear sure few many nobody wenige jemand niemand später later kurz sicht tages run
    saying adage proverb schön sprichwort erzählt legende legend goes anekdote
    """)
)
_ADDRESS_TRIGGERS = frozenset(
    word_list("""
    liebe lieber geehrte dear please bitte do don't don’t get check take stay keep remember avoid follow
    imagine think sign subscribe click tap make
    """)
)
# "us" is left out: lower-cased, it is also the US.
_FIRST_PERSON = frozenset(
    word_list("ich wir uns mir mich unser unsere unseren unserem unserer mein meine i we me our my")
)
_COPULA_SUBJECTS = frozenset(word_list("das dies es this that it what was it's that's what's it’s that’s what’s"))
_DEMONSTRATIVES = frozenset(word_list("this that diese dieser dieses the der die das"))
# "I've" is one word to the engine's tokeniser, so the contractions trigger too.
_BELIEF_TRIGGERS = frozenset(word_list("ich wir i we i've we've i’ve we’ve meiner meines my stolz proud"))
_EXHORT_TRIGGERS = frozenset(
    word_list("lasst lassen let let's let’s müssen must need have sollten should muss höchste allerhöchste time")
)
_APPEAL_TRIGGERS = frozenset(
    word_list(
        "braucht brauchen need nobody niemand hoffentlich hopefully deserve deserves frankly honestly gesagt"
        " readers leser leserinnen perhaps arguably maybe admittedly undoubtedly vielleicht womöglich sicherlich"
        " freilich"
    )
)
_SO = frozenset(["so"])
_FOR_WORDS = frozenset(["für", "for", "to"])
_CREDIT = re.compile(r"(?i)^\s*(?:date\b|von:|by\s|from:|foto:|bild:|quelle:|source:|photo:|\(?dpa\)?\s*[-–])")
_CREDIT_FIRST = frozenset("dDvVbBfFqQsSpP(")  # first letters of _CREDIT's words (ASCII; others run it)
# Genre labels of opinion and background pieces ("Kommentar:", "ANALYSIS-"): a word, then ":" or "-".
_LABEL = re.compile(
    r"(?i)\s*(?:kommentar|gastkommentar|analyse|meinung|leitartikel|kolumne|glosse|opinion|analysis|comment"
    r"|commentary|editorial|column|explainer|factbox|breakingviews)\s*(?::|[-–](?=\S))"
)
_LABEL_FIRST = frozenset("kKgGaAmMlLoOcCeEfFbB")  # first letters of _LABEL's words
_GUT = re.compile(r"(?i)\bgut\b")
_GUT_HEDGE = re.compile(
    r"(?i)\bgut\s+(?:\d|(?:ein|eine|einen|einem|jede[rnms]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn"
    r"|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|die\s+hälfte)\b)"
)
_CLOSERS = "\"'”“»«)] \t\n"
# Quoted verdicts. A short quote inside the sentence that starts in lower case is the speaker's
# own word for something ("called the plan “reckless”", "sei „ein Schlag ins Gesicht“"): names
# and titles start with a capital ("dem „Bund“"), figures are left to the quantities.
_SCARE_QUOTE = re.compile(r"[„“\"»«](?<=[\w,] .)(?=[a-zäöüß])([^„“”\"»«\d]{1,80}?)[“”\"«»]")
# A verdict in a scare quote is words in lower case ("weltfremd und zynisch", "deeply disappointed")
# or an indefinite noun phrase ("ein Schlag ins Gesicht", "a gift to lobbyists"); a noun without
# one, or a negated one, is quoted as a fact ("noch keine Kompromisslösung" gefunden, "no deal").
_SCARE_VERDICT = re.compile(
    r"(?:ein|eine|einen|einem|einer|a|an)\s|(?!(?:noch\s+|still\s+)?(?:kein\w*|no)\b)[^A-ZÄÖÜ]*$"
)
# A term in quotes is named, not judged: after a naming word ("so-called “bathroom bills”", "what
# critics call “...”") or a determiner ("agreed to a “humanitarian pause”", "einen „verfeinerten
# Friedensrahmen“ ausgearbeitet").
_NAMING = re.compile(
    r"(?i)\b(?:so-called|sogenannte[nmrs]?|so\s+genannte[nmrs]?|call|calls|called|dubbed|known\s+as|termed"
    r"|namens|titled|entitled|an?|the|its|their|his|her|our|ein|eine[nmrs]?|der|die|das|den|dem|des"
    r"|seine[nmrs]?|ihre[nmrs]?|unsere[nmrs]?)\s+$"
)
# A whole quote: its words, when they are a verdict, claim nothing that can be checked, whoever
# says them: a copula with an adjective or an indefinite noun phrase and nothing after it
# ("Das war eine überragende Vorstellung", "Our staff have been absolutely phenomenal", "She is
# a true leader"), or a fragment without a verb ("Ein Sieg des Willens", "What a performance").
_QUOTE_SPAN = re.compile(r"[„“\"»«]([^„“”\"»«]{3,300}?)[“”\"«»]")
# Not a participle or a progressive ("closed", "gesperrt", "holding").
_NOT_PARTICIPLE = r"(?![a-zäöüß]*(?:ing|ed|iert)\b|ge[a-zäöüß]+(?:t|en)\b)"
_QUOTED_COPULA = re.compile(
    r"(?:[\w'’-]+\s+){0,4}?[\w-]+(?:\s+(?:ist|war|sind|waren|sei|seien|wäre|is|was|are|were|am|bin"
    r"|(?:has|have|had)\s+been)|['’](?:s|m|re))\s+(?:(?:so|sehr|einfach|wirklich|ganz|absolut|echt|total"
    r"|absolutely|simply|truly|really|just|very|quite|utterly|extremely|incredibly)\s+)*"
    # An adjective, not a participle or a progressive ("is closed", "ist gesperrt", "is holding"),
    # nor one that states a condition ("The patient is stable", "Das Urteil ist rechtskräftig").
    r"(?P<predicate>(?:ein|eine|einen|einem|einer|a|an)\s+[^\d,;:]*"
    r"|" + _NOT_PARTICIPLE + r"(?!(?:stable|critical|dead|alive|missing|safe"
    r"|open|unconscious|unchanged|free|available|stabil|kritisch|tot|vermisst|offen|bewusstlos"
    r"|unverändert|frei|verfügbar|rechtskräftig|flüchtig)\b)[a-zäöüß]+"
    # or two ("I'm heartbroken and angry", "Wir sind traurig und wütend")
    r"(?:\s+(?:and|und|but|aber)\s+" + _NOT_PARTICIPLE + r"[a-zäöüß]+)?)[\s,.!…]*$"
)
# A feeling in the first person inside a quote ("„Heute Nacht schlafe ich endlich gut“", "“I still
# can't take it in”", "„Ich kann es nicht fassen“"): what the speaker feels, not a fact, even
# beside a figure ("zum ersten Mal seit Wochen").
_FEELING = _Phrases(
    r"\b(?:i|we)\s+(?:still\s+|just\s+|really\s+|simply\s+)?(?:can['’]?t|cannot|couldn['’]t|could\s+not)\s+"
    r"(?:\w+\s+)?(?:take\s+it\s+in|believe\s+(?:it|this|that|what)|put\s+(?:it\s+)?into\s+words|describe)"
    r"|\b(?:i|we)\s+(?:[\w'’]+\s+)?(?:sleep|slept)\s+(?:well|soundly|better)"
    r"|\b(?:schlafe|schlafen)\s+(?:ich|wir)\b|\b(?:ich|wir)\s+(?:\w+\s+)?(?:schlafe|schlafen)\b"
    r"|\b(?:(?:ich|wir)\s+(?:kann|können)|(?:kann|können)\s+(?:ich|wir))\s+(?:es\s+)?(?:\w+\s+){0,2}?(?:nicht|kaum)"
    r"\s+(?:fassen|glauben|beschreiben)"
    r"|\b(?:fühle\s+mich|fühlen\s+uns)\b"
)
_FEELING_TRIGGERS = frozenset(
    word_list("can't can’t cannot couldn't couldn’t could sleep slept schlafe schlafen kann können fühle fühlen")
)
# Someone's word for a thing: "sprach von einer „Lehrstunde“", "spoke of a “betrayal”" (without a
# verb inside the quote or after it: a quoted statement is reported, not a label).
_SPOKE_OF = re.compile(
    r"(?i)\b(?:sprach|sprachen|spricht|sprechen|spoke|speaks|talked|talks)\s+(?:von|vom|of)\s+"
    r"(?:(?:einer|einem|einen|eine|ein|a|an)\s+)?(?:[\wäöüß-]+\s+)?[„“\"»«]$"
)
# "I'm", "we're", "I am", "ich bin", "wir sind": a first-person copula (besides the auxiliaries).
_FIRST_PERSON_COPULA = re.compile(r"['’](?:m|re)\s|\b(?:I\s+am|[Ii]ch\s+bin)\s")
# Participles with a prefix ("fortgesetzt", "abgesagt") and the Konjunktiv of reported speech.
_VERB_AFTER = re.compile(r"\b[a-zäöüß]+ge[a-zäöüß]{2,}(?:t|en)\b|\b(?:würden?|wären?|hätten?|sei|seien)\b")
# A German participle ("gefunden", "diskutiert"): a quote with one reports, it does not judge.
_DE_PARTICIPLE = re.compile(r"ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{3,}iert")
_QUOTE_WORD = re.compile(r"[\w'’]+")
_QUOTED_FRAGMENT = re.compile(
    r"(?i:ein|eine|einen|a|an|what\s+an?|was\s+für|welch|herzlichen|congratulations|thank)\s+[^\d]*$"
)
# A bare plural opening the sentence, then a verb in the simple present (not an auxiliary, an
# "-ed" or "-ing" form or a function word), perhaps after an "-ly" adverb: see features().
_GENERIC_SUBJECT = re.compile(
    r"[\s„“\"»«]*(?!(?:Its|Was|Has|Yes|As|Does|Perhaps|Sometimes|Besides|Towards|Afterwards|Always|Whereas)\b)"
    r"[A-Z][a-z]+s(?<![isu]s)\s+(?:[a-z]+ly\s+)?"
    r"(?!(?:are|were|is|was|have|has|had|will|would|can|could|should|must|may|might|do|does|did|of|in|on|at"
    r"|from|for|and|or|with|to|the|who|which|that|near|across|after|before|under|over|into|around|including"
    r"|such|like|than|as|by|against|without|but|also|not|now|still|said|say|says)\b)[a-z]+(?<!ed)(?<!ing)\b"
)
# A word of more than five characters ending in "ed" (English past tense), in lower-case text.
_ED_WORD = re.compile(r"ed(?![\w'’])(?<=[\w'’]{6})")

# Wire boilerplate and editorial notes (-0.50, as a credit line): an agency credit, a promise of more,
# a note that the text was changed ("Mit Material von dpa und Reuters.", "Weitere Informationen in
# Kürze.", "This story has been refiled to ...", "An earlier version of this article ...", "Writing by
# ..."). Anchored at the start; run where one of _EDITORIAL_TRIGGERS is a word.
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
    r"|(?:zuletzt\s+)?(?:aktualisiert|korrigiert)\s+(?:am|um)\s"
    r"|(?:korrektur|berichtigung|correction|clarification|mitarbeit)\s*:"
    r"|this\s+is\s+an?\s+(?:developing|breaking)\s+(?:news\s+)?story\b|(?:dies|das)\s+ist\s+eine\s+eilmeldung\b"
    r"|mit\s+(?:informationen|angaben)\s+(?:von|der|des)\s+[^\d.!?;:]{2,60}[.)\]]?\s*$"
    r"|(?:more|further)\s+(?:(?:details|information|updates)\s+)?(?:to\s+(?:follow|come)|soon)\s*[.…]?\s*$"
    r")"
)
# Credits for the reporting ("Additional reporting by ...", "Writing by ...; Editing by ..."), only
# in a sentence without a verb ("Reporting by the paper revealed ..." reports a finding).
_BYLINE = re.compile(r"(?i)[\s(\[]*(?:additional\s+reporting|reporting|writing|editing|compiled|edited)\s+by\s")
_EDITORIAL_TRIGGERS = frozenset(
    word_list("""
    material agenturmaterial kürze folgen folgt aktualisiert korrigiert ergänzt geändert überarbeitet erweitert
    berichtigt früheren refiled updated corrected amended changed revised earlier previous reporting writing
    editing compiled edited follow come soon updates adds corrects refiles korrektur berichtigung correction
    clarification mitarbeit developing breaking eilmeldung informationen angaben
    """)
)
# A no-comment line ("X did not immediately respond to a request for comment.", "Eine
# Stellungnahme war zunächst nicht zu erhalten.", "wollte sich auf Anfrage nicht äußern"): -0.50
# when it is the whole sentence, without a figure and without another clause before or after it
# ("... did not respond, and its shares fell 5%" reports a fall).
_NO_COMMENT = _Phrases(
    r"\b(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|was\s+not|were\s+not|has\s+not|have\s+not|had\s+not)\s+"
    r"(?:immediately\s+|yet\s+)?(?:respond|reply|return|answer|be\s+reached|comment)\b"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:comment|calls?|messages?|e-?mails?|questions|inquiries|enquiries|requests?)\b"
    r"|\b(?:declined|refused)\s+to\s+comment\b|\bhad\s+no\s+(?:immediate\s+)?comment\b"
    r"|\b(?:was|were)\s+not\s+(?:immediately\s+)?available\s+for\s+comment\b"
    r"|\bstellungnahme\s+(?:[\wäöüß]+\s+){0,5}?(?:nicht\s+zu\s+erhalten|nicht\s+erhältlich|lag\s+(?:\w+\s+)?nicht\s+vor)"
    r"|\b(?:für\s+eine\s+stellungnahme|auf\s+anfrage)\s+(?:[\wäöüß]+\s+){0,2}?nicht\s+(?:erreichbar|zu\s+erreichen)\b"
    r"|\b(?:wollte|wollten|mochte|mochten)\s+sich\s+(?:[\wäöüß]+\s+){0,5}?nicht\s+äußern\b"
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
_NO_COMMENT_TRIGGERS = frozenset(
    word_list("""
    comment stellungnahme äußern unbeantwortet anfrage request requests questions inquiries enquiries calls
    messages emails reagierte reagierten kommentieren kommentierte kommentierten responded replied commented
    """)
)
# A hypothetical as the claim (-0.35 unless a speaker is found, in the sentence or carried over from
# the one before: German reported speech also uses the Konjunktiv II): a conditional clause, then a
# main verb in the Konjunktiv II or "would"/"could"/"might" ("Hätte der Westen früher gehandelt,
# wäre ...", "Sollte die Waffenruhe halten, könnte ...", "Had the West acted sooner, the war might
# ...", "If the sanctions bite, Moscow could ..."), or an indefinite subject before such a verb ("Ein
# Treffen ... wäre ein Signal", "A deal with Tehran would ease ..."). Not a reduced clause ("If
# convicted, he could face life in prison"), an indicative main clause ("Sollte der Vertrag
# ratifiziert werden, tritt er ... in Kraft") or a sentence with a figure.
_KONJUNKTIV_II = (
    r"(?:wäre|wären|hätte|hätten|würde|würden|könnte|könnten|müsste|müssten|dürfte|dürften|käme|kämen|gäbe"
    r"|stünde|stünden|ginge)"
)
_HYPOTHETICAL = re.compile(
    r"(?i)[\s„“\"»«]*(?:"
    r"(?:wenn|falls|sofern|sollte|sollten|" + _KONJUNKTIV_II + r")\s[^,;:?]+,\s*(?:dann\s+|so\s+)?" + _KONJUNKTIV_II
    # (a share of people is a finding: "Eine Mehrheit der Befragten würde ...", "A majority would ...")
    + r"\b|(?:ein|eine|ohne)\s+(?!(?:mehrheit|minderheit|großteil|hälfte)\b)(?:[\wäöüß-]+\s+){1,6}?" + _KONJUNKTIV_II
    + r"\b"
    r"|(?:if|unless|even\s+if|had|were|should|without)\s+(?!(?:\w+ed|found|given|chosen|taken|re-elected|elected)\b)"
    r"[^,;:?]+,\s*(?:[\w'’-]+\s+){1,6}?(?:would|could|might)\b"
    r"|an?\s+(?!(?:majority|minority)\b)(?:(?!that\b)[\w'’-]+\s+){1,6}?(?:would|could|might)\b"
    r")"
)
_HYPOTHETICAL_TRIGGERS = frozenset(
    word_list("""
    wäre wären hätte hätten würde würden könnte könnten müsste müssten dürfte dürften käme kämen gäbe stünde
    stünden ginge would could might
    """)
)
HYPOTHETICAL_WEIGHT = 0.35
# A concession or stance opening the sentence ("Gewiss, ...", "Zugegeben, ...", "To be fair, ...", "Of
# course, ..."): the writer weighs in; -0.35 without a figure or an attribution.
_CONCESSION = re.compile(
    r"(?i)[\s„“\"»«]*(?:(?:gewiss|zugegeben(?:ermaßen)?|natürlich|selbstverständlich|to\s+be\s+(?:fair|sure|honest)"
    r"|in\s+(?:all\s+)?fairness|of\s+course|needless\s+to\s+say|truth\s+be\s+told)\b"
    r"|(?:sicher|klar|sure|granted|true|fair\s+enough)\s*,)"
)
_CONCESSION_FIRST = frozenset(
    word_list("""
    gewiss zugegeben zugegebenermaßen natürlich selbstverständlich to in of needless truth sicher klar sure
    granted true fair
    """)
)
# A maxim with a generic subject ("Wer mit Moskau verhandelt, braucht Geduld", "Anyone who
# negotiates with Moscow needs patience", "He who hesitates is lost"): -0.35 without a figure, a
# time, an event or an attribution ("Wer die Prüfung besteht, erhält ab 2026 ein Zertifikat" states a rule).
_MAXIM = re.compile(
    r"[\s„“\"»«]*(?:Wer\s[^,;:?]+,\s*(?:der\s+|die\s+|dem\s+|den\s+)?[a-zäöüß]"
    r"|(?:Anyone|Anybody|Everyone|Everybody|Those|He|She)\s+who\s|Whoever\s)"
)
_MAXIM_FIRST = frozenset(word_list("wer anyone anybody everyone everybody those he she whoever"))
# A saying with a comparison of two verbs ("Peace is easier to sign than to keep", "easier said than
# done", "leichter unterschrieben als umgesetzt"): -0.45 without a figure or an event.
_SAYING = _Phrases(
    r"\b(?:easier|harder|simpler|quicker|faster|more\s+difficult)\s+(?:to\s+[a-z]+|said)\s+than\s+(?:to\s+[a-z]+|done)\b"
    # (not a comparison with what was expected: "schneller gelöscht als erwartet")
    r"|\b(?:leichter|einfacher|schwerer|schwieriger|schneller|rascher)\s+(?:zu\s+)?[a-zäöüß]+\s+als\s+(?:zu\s+)?"
    r"(?!(?:erwartet|gedacht|geplant|befürchtet|angenommen|vorgesehen|gehofft|erhofft|berechnet|prognostiziert)\b)"
    r"[a-zäöüß]+(?:t|en)[\s.!“”\"»«]*$"
)
_SAYING_TRIGGERS = frozenset(
    word_list("""
    easier harder simpler quicker faster difficult leichter einfacher schwerer schwieriger schneller rascher
    """)
)
# A greeting, thanks or a chanted slogan in quotes ("„Schön, Sie wiederzusehen“, sagte ...", "“Welcome
# to Kyiv,” X told ...", "„Frieden jetzt!“, riefen ...", "“No more war!” the crowd chanted"): -0.45
# without a figure. A slogan is a short quote that ends in "!" and has no verb, or any quote beside a
# verb of chanting.
_GREETING = re.compile(
    r"(?i)\s*(?:(?:(?:it['’]s|it\s+is|so|how)\s+)?(?:good|nice|great|lovely|wonderful|glad|pleased|happy"
    r"|a\s+pleasure)\s+to\s+(?:see|meet|have|welcome|be\s+(?:here|back))\b"
    r"|(?:a\s+)?(?:warm\s+)?welcome\b|(?:herzlich\s+)?willkommen\b|grüß\s+gott\b|guten\s+(?:morgen|tag|abend)\b"
    r"|good\s+(?:morning|afternoon|evening)\b|hello\b|hallo\b|servus\b"
    r"|(?:schön|nett|toll|gut|wunderbar|eine\s+freude|freut\s+mich),?\s+(?:sie|dich|euch)\s+(?:\w+\s+){0,2}?"
    r"(?:zu\s+sehen|wiederzusehen|zu\s+treffen|kennenzulernen|zu\s+begrüßen|hier\s+zu\s+haben)"
    r"|(?:schön|nett|toll|gut|wunderbar),?\s+dass\s+(?:sie|du|ihr)\s"
    r"|thank\s+you\b|thanks\b(?!\s+to)|danke\b|vielen\s+dank\b|congratulations\b|herzlichen\s+glückwunsch"
    r"|happy\s+birthday\b|merry\s+christmas\b|frohe\s+weihnachten\b|cheers\b|prost\b)"
)
_GREETING_TRIGGERS = frozenset(
    word_list("""
    good nice great lovely wonderful glad pleased happy pleasure welcome willkommen grüß guten morning afternoon
    evening hello hallo servus schön nett toll gut wunderbar freude freut thank thanks danke dank
    congratulations glückwunsch birthday christmas weihnachten cheers prost
    """)
)
_CHANT = frozenset(word_list("chanted chanting chant chants skandierten skandierte skandieren skandierend"))
# A joke reported as one ("A diplomat joked that ...", "scherzte der Minister"): -0.45 without a figure.
_JOKE = frozenset(
    word_list("""
    joked joking jokingly quipped quips jested scherzte scherzten scherzend scherzhaft witzelte witzelten
    flachste flachsten ulkte ulkten augenzwinkernd
    """)
)

# Word classes as bits, so that one set intersection finds every feature word of a sentence.
(
    FACT, POSITION, TIME, EVALUATIVE, RHETORIC, COPULA, BELIEF, EXHORT, AUX, APPEAL, DEMONSTRATIVE, RHETORIC_MORE,
    ADDRESS, SCENE, COMMENT, FIRST_PERSON,
) = (1 << k for k in range(16))
# Bit 16 is the engine's (its attribution words).
IDIOM, POSTURE, GUESS, VIEW, VAGUE, QUESTION = 1 << 17, 1 << 18, 1 << 19, 1 << 20, 1 << 21, 1 << 22
FEELING, RULE_OF_THUMB, EVENT_NOW = 1 << 23, 1 << 24, 1 << 25
EDITORIAL, NO_COMMENT, HYPOTHETICAL, SAYING, GREETING, CHANT, JOKE = (1 << k for k in range(26, 33))
_CLASSES: dict[str, int] = {}
for _bit, _words in (
    (FACT, _FACT_VERBS), (POSITION, _POSITION), (TIME, _TIME_WORDS), (EVALUATIVE, _EVAL),
    (RHETORIC, _RHETORIC_TRIGGERS), (COPULA, _COPULA_SUBJECTS), (BELIEF, _BELIEF_TRIGGERS),
    (EXHORT, _EXHORT_TRIGGERS), (AUX, _AUX), (APPEAL, _APPEAL_TRIGGERS), (DEMONSTRATIVE, _DEMONSTRATIVES),
    (RHETORIC_MORE, _RHETORIC_MORE_TRIGGERS), (ADDRESS, _ADDRESS_TRIGGERS), (SCENE, _SCENE),
    (COMMENT, _COMMENT), (FIRST_PERSON, _FIRST_PERSON), (IDIOM, _IDIOM_TRIGGERS),
    (POSTURE, _SCENE_POSTURE),
    (GUESS, _GUESS),
    (VIEW, _VIEW_WORDS),
    (VAGUE, _VAGUE_WORDS),
    (QUESTION, frozenset(["question", "frage"])),
    (FEELING, _FEELING_TRIGGERS),
    (RULE_OF_THUMB, frozenset(["gilt"])),
    (EVENT_NOW, _DE_EVENT_NOW),
    (EDITORIAL, _EDITORIAL_TRIGGERS),
    (NO_COMMENT, _NO_COMMENT_TRIGGERS),
    (HYPOTHETICAL, _HYPOTHETICAL_TRIGGERS),
    (SAYING, _SAYING_TRIGGERS),
    (GREETING, _GREETING_TRIGGERS),
    (CHANT, _CHANT),
    (JOKE, _JOKE),
):
    for _w in _words:
        _CLASSES[_w] = _CLASSES.get(_w, 0) | _bit
del _bit, _words, _w
# The classes whose words gate a _Phrases pattern.
_PHRASE_BITS = (
    RHETORIC | RHETORIC_MORE | QUESTION | EVALUATIVE | BELIEF | EXHORT | APPEAL | IDIOM | VAGUE | NO_COMMENT | SAYING
)
CLASSES: dict[str, int] = _CLASSES  # read-only for callers that add classes of their own
VOCABULARY = frozenset(_CLASSES)


def _views_only(text: str) -> bool:
    """The sentence states a view and nothing after it: no clause follows the seen thing ("Die
    Polizei sieht in dem Brand einen Anschlag und ermittelt ..." reports an investigation)."""
    m = _VIEW.search(text)
    return m is not None and not _CLAUSE_AFTER.search(text, m.end())


def _de_sein_perfect(text: str) -> bool:
    """A German perfect or state passive with "sein" (see _DE_SEIN_PERFECT)."""
    return any((m.group("p1") or m.group("p2")) not in _DE_SEIN_ADJECTIVES for m in _DE_SEIN_PERFECT.finditer(text))


def _gut_is_hedge(text: str) -> bool:
    """Every "gut" stands before a figure ("gut 85 Millionen", "gut jeder Fünfte"): a hedge, no praise."""
    return len(_GUT.findall(text)) == len(_GUT_HEDGE.findall(text))


def _eval_quoted(text: str) -> bool:
    """An evaluative word stands inside a quote."""
    return any(_EVAL_WORD.search(m.group(1)) for m in _QUOTE_SPAN.finditer(text))


def _quoted_verdict(text: str, copula: bool) -> bool:
    """A scare quote in lower case, a quoted word someone "spoke of", or a whole quote that is a
    verdict (see _QUOTED_COPULA); ``copula``: the sentence has an auxiliary (else only a contracted
    "'s" can be one)."""
    m = _SCARE_QUOTE.search(text)
    if (
        m is not None
        and m.group(1).count(" ") < 6
        and _SCARE_VERDICT.match(m.group(1))
        and not _NAMING.search(text, 0, m.start())
        and not _has_verb(m.group(1), english_ed=False)
    ):
        return True
    m = _QUOTE_SPAN.search(text)
    if m is None:
        return False
    if (
        _SPOKE_OF.search(text, max(0, m.start() - 80), m.start() + 1)
        and not _has_verb(m.group(1), english_ed=False)
        # and nothing after it reports more ("..., die am Montag fortgesetzt würden")
        and not _has_verb(text[m.end() :], english_ed=True)
        and not _VERB_AFTER.search(text, m.end())
    ):
        return True
    quote = m.group(1).strip()
    if copula or "s " in quote or _FIRST_PERSON_COPULA.search(quote):
        c = _QUOTED_COPULA.match(quote)
        # What follows the copula is a noun phrase or an adjective, not a clause ("eine der Fragen
        # und sie ist diskutiert worden").
        if c is not None and not _has_verb(c.group("predicate"), english_ed=False):
            return True
    return _QUOTED_FRAGMENT.match(quote) is not None and not _has_verb(quote, english_ed=True)


def _quoted_feeling(text: str) -> bool:
    """A quote in the sentence says how its speaker feels (see _FEELING)."""
    return any(_FEELING.search(m.group(1), None) for m in _QUOTE_SPAN.finditer(text))


def _quoted_cry(text: str, chant: bool) -> bool:
    """A quote in the sentence is a greeting or thanks, or a slogan: a short verbless quote ending in
    "!", or any quote when ``chant`` (a verb of chanting is in the sentence)."""
    for m in _QUOTE_SPAN.finditer(text):
        quote = m.group(1).strip()
        if chant or (_GREETING.match(quote) and quote.count(" ") < 8):
            return True
        if quote.endswith("!") and quote.count(" ") < 5 and not _has_verb(quote, english_ed=True):
            return True
    return False


def _event_word(found: set[str] | frozenset[str], bits: int, lang: str | None) -> bool:
    """A word of the fact verbs, German ones in German ("Fell" is fur), but no "-ed" word or participle,
    which a maxim or a saying uses as an adjective ("are doomed", "leichter unterschrieben als umgesetzt")."""
    return not _FACT_VERBS_DE.isdisjoint(found) if lang == "de" else bool(bits & FACT)


def _maxim(text: str, found: set[str] | frozenset[str], bits: int, lang: str | None) -> bool:
    """A maxim with a generic subject and no event verb or time (see _MAXIM)."""
    if bits & TIME or _MAXIM.match(text) is None or _event_word(found, bits, lang):
        return False
    return lang != "de" or _DE_TIME_AHEAD.search(text) is None


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
    return not _CLAUSE_AFTER.search(text, 0, start) and after is None


def is_hypothetical(text: str) -> bool:
    """A hypothetical as the claim (see _HYPOTHETICAL); the engine checks it where the sentence has a word
    of HYPOTHETICAL and no quantity, and combine() weighs it where no speaker is found."""
    return _HYPOTHETICAL.match(text) is not None


def _has_verb(words: str, *, english_ed: bool) -> bool:
    """A word of the fact, auxiliary or position classes, a German participle, or (``english_ed``)
    an English word in "-ed" (in a quoted adjective it is one: "deeply disappointed")."""
    verbs = FACT | AUX | POSITION
    for w in _QUOTE_WORD.findall(words):
        # A participle is in lower case ("gefunden"; "das Gesicht", "zum Genießen" are nouns).
        if _CLASSES.get(w.lower(), 0) & verbs or _DE_PARTICIPLE.fullmatch(w):
            return True
    return english_ed and _ED_WORD.search(words.lower()) is not None


def _lowered(text: str, low: str | None, span: tuple[int, int] | None) -> str | None:
    """``text`` lower-cased for _Phrases.search() (``low`` and ``span`` as features() takes them),
    or None where lower-casing is not what (?i) does."""
    if _UNFOLDED.search(text):
        return None
    if low is None:
        return text.lower()
    return low if span is None else low[span[0] : span[1]]


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
        has_fact_verb = _DE_PERFECT.search(text) is not None
    if not has_fact_verb and lang == "de" and bits & AUX and not _DE_SEIN.isdisjoint(found):
        has_fact_verb = _de_sein_perfect(text)
    if not has_fact_verb and lang == "de" and bits & EVENT_NOW:
        has_fact_verb = _DE_TIME_AHEAD.search(text) is not None
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
    if n_words < 4:
        score -= 0.25

    end = text.rstrip(_CLOSERS)[-1:]
    if end == "?":
        score -= 0.60
    elif end == "!":
        score -= 0.25
    # The sentence lower-cased for the _Phrases patterns, where one of them may run.
    lowered = _lowered(text, low, span) if bits & _PHRASE_BITS else None
    # A quote in a sentence without a figure (substring tests are faster than a pattern here).
    quoted = not quantified and ("“" in text or "„" in text or '"' in text or "»" in text or "«" in text)
    n_evaluative = 0
    if bits & EVALUATIVE:
        n_evaluative = len(_EVAL.intersection(found))
        if quantified and "gut" in found and _gut_is_hedge(text):
            n_evaluative -= 1
    if (
        (bits & RHETORIC and _RHETORIC.search(text, lowered))
        or (bits & RHETORIC_MORE and _RHETORIC_MORE.search(text, lowered))
        or (bits & QUESTION and _OPEN_QUESTION.search(text, lowered))
        or (n_evaluative and bits & COPULA and _EVAL_COPULA.search(text, lowered))
        or (n_evaluative and bits & DEMONSTRATIVE and _EVAL_COPULA_NOUN.search(text, lowered))
        # A quoted verdict without a figure is opinion, whoever is found to say it.
        or (quoted and _quoted_verdict(text, bool(bits & AUX)))
        # An opening verdict on the past ("Rückblickend war ...", "The days when ... are over").
        or (
            (tokens[:1] == ["rückblickend"] or (len(tokens) > 1 and (tokens[0], tokens[1]) in _OPENINGS))
            and _OPENING.match(text)
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
        (bits & BELIEF and _BELIEF.search(text, lowered))
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
        if quoted and _eval_quoted(text):
            score -= 0.15
    if (
        (bits & ADDRESS and (_ADDRESS.match(text) or (" so " in text and _ADDRESS_SO.search(text))))
        or ("en Sie" in text and _SIE_IMPERATIVE.search(text))
    ) and (TRIGGERS.isdisjoint(tokens) or (lang == "en" and TRIGGERS.intersection(tokens) <= _SO)):
        # An appeal to the reader is no claim; a reported one ("Bleiben Sie zu Hause, forderte die
        # Polizei die Anrainer auf") is an event. "so" attributes only before a name, not before
        # an imperative ("Every vote counts, so make sure ...").
        score -= 0.35
    if not quantified and bits & (SCENE | COMMENT | POSTURE):
        if bits & (SCENE | POSTURE):
            n_scene = len(_SCENE.intersection(found))
            n_light = len(_SCENE_LIGHT.intersection(tokens))
            # Weather and light count beside a scene word, a verb of lying or hanging beside them.
            if n_scene or (n_light and bits & POSTURE):
                n_scene += n_light + len(_SCENE_POSTURE.intersection(found))
                score -= min(0.30, 0.15 * n_scene)
        if bits & COMMENT:
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
        # An editorial note, a credit for the reporting (in a sentence without a verb), a no-comment line.
        or (
            bits & EDITORIAL
            and (_EDITORIAL.match(text) or (not (has_fact_verb or bits & AUX) and _BYLINE.match(text)))
        )
        or (not quantified and bits & NO_COMMENT and _no_comment(text, lowered))
    ):
        score -= 0.50
    return score


# Every weight is a multiple of 0.01, so a sum rounded to three places is the same in any order
# of adding (float error stays far below 0.0005): the entity bonus can come last, after the
# engine has decided from the rest whether entities are worth looking for.
ENTITY_BONUS = (0.0, 0.10, 0.15)  # by the number of entities, two or more counting as two


def combine(
    terms: float, n_quantities: int, speaker: str | None, inherited_speaker: bool, hypothetical: bool = False
) -> float:
    """A sentence's score before its entities: features() and what else the engine found in it
    (``hypothetical``: is_hypothetical(), which weighs only where no speaker is found)."""
    s = BASE + terms
    if n_quantities:
        s += 0.30 if n_quantities >= 2 else 0.25
    if speaker:
        s += 0.08 if inherited_speaker else 0.15
    elif hypothetical:
        s -= HYPOTHETICAL_WEIGHT
    return s


def final_score(combined: float, n_entities: int) -> float:
    """combine() and the entity bonus, clipped to 0..1 and rounded to three places."""
    return round(min(1.0, max(0.0, combined + ENTITY_BONUS[min(n_entities, 2)])), 3)
