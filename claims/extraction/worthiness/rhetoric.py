"""Rhetoric (-0.45): set phrases, an opening verdict on the past, an open question as the claim,
a saying that compares two verbs."""

from __future__ import annotations

import re

from .phrases import _Phrases

# Set phrases ("Wir alle wissen", "everyone knows", "make no mistake", "a sad day for").
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
    # A prophecy without a date ("Früher oder später wird ...", "sooner or later", "in the long run"; not
    # "binnen eines Tages", a span, nor a day's value: "der höchste Mittelwert eines Tages").
    r"|\b(?:früher\s+oder\s+später|über\s+kurz\s+oder\s+lang|auf\s+lange\s+sicht"
    r"|(?<!binnen\s)(?<!innerhalb\s)(?<!während\s)(?<!wert\s)(?<!werts\s)(?<!ende\s)(?<!laufe\s)eines\s+tages"
    r"|sooner\s+or\s+later"
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
    # "Man muss kein Prophet sein, um ...", "It doesn't take a genius to ...".
    r"|\bman\s+muss\s+kein(?:e|en)?\s+[\wäöüß]+\s+sein\b|\b(?:you\s+don['’]t\s+have\s+to\s+be|you\s+do\s+not\s+have"
    r"\s+to\s+be|it\s+doesn['’]t\s+take|it\s+does\s+not\s+take|one\s+need\s+not\s+be)\s+an?\s+(?:[\w-]+\s+)?(?:genius"
    r"|scientist|expert|prophet|mathematician)\b"
    # A guess at what everyone thinks ("Nobody seriously believes ...", "Niemand glaubt ernsthaft ...").
    r"|^[\s„“\"»«]*(?:nobody|niemand)\s+(?:seriously|really|honestly|ernsthaft|wirklich)\s+(?:believes|thinks|expects"
    r"|glaubt|denkt|erwartet)\b|^[\s„“\"»«]*(?:nobody|niemand)\s+(?:believes|glaubt)\s+(?:ernsthaft|wirklich)\b"
    # "... is another matter", "steht auf einem anderen Blatt".
    r"|\b(?:is|are)\s+(?:quite\s+)?another\s+(?:matter|story)\b|\bsteht\s+auf\s+einem\s+anderen\s+blatt\b"
    r"|\bist\s+eine\s+andere\s+geschichte\b"
)
# Present-tense verbs of conceding that attribute hindsight ("..., his allies now admit"; "admitted" and
# the others are attribution words already).
ADMITS = frozenset(["admit", "admits", "concede", "concedes", "acknowledge", "acknowledges", "räumen", "räumt"])
# An impression with nothing named ("There is something almost theatrical about ...", "Die Szene hat etwas
# Gespenstisches"): rhetoric where no source is named and there is no figure (features() checks; "...,
# the auditors wrote" reports a finding).
_IMPRESSION = _Phrases(
    r"\bthere\s+(?:is|was|['’]s)\s+something\s+(?:[\w-]+\s+){1,3}?about\b"
    r"|\b(?:hat|hatte)\s+(?:auch\s+|schon\s+|fast\s+|beinahe\s+)?etwas\s+[a-zäöüß]+es(?=[\s“”\"»«]*(?:[.,;:!]|$))"
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
# Hindsight as the frame of the whole sentence, set off by a comma ("In hindsight, the summer of protests
# changed the city more than anyone realised", "Looking back now, the closure seems inevitable"): a
# verdict on the past whatever its verb, where the sentence has no figure (features() checks) and reports
# no finding ("Im Nachhinein stellte sich heraus, dass ...", "In hindsight, it emerged that ...", "...,
# the inquiry found").
_HINDSIGHT = re.compile(
    r"(?i)[\s„“\"»«]*(?:rückblickend|im\s+nachhinein|im\s+rückblick|looking\s+back|in\s+hindsight|with\s+hindsight"
    r"|in\s+retrospect)(?:\s+(?:now|today|heute|jetzt))?\s*,"
    r"(?![^.;:!?]*\b(?:turned\s+out|emerged|became\s+clear|showed|revealed|found|finds|concluded|concludes"
    r"|determined|stellte\s+sich|zeigte\s+sich|stellte\s+[\w\s]{0,40}?fest|festgestellt|kam\s+zu\s+dem\s+schluss"
    r"|herausgestellt|wurde\s+(?:bekannt|klar)|ergab)\b)"
)
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
# A saying with a comparison of two verbs ("Peace is easier to sign than to keep", "easier said than
# done", "leichter unterschrieben als umgesetzt"): -0.45 without a figure or an event.
_SAYING = _Phrases(
    r"\b(?:easier|harder|simpler|quicker|faster|more\s+difficult)\s+(?:to\s+[a-z]+|said)\s+than\s+(?:to\s+[a-z]+|done)\b"
    # (not a comparison with what was expected: "schneller gelöscht als erwartet")
    r"|\b(?:leichter|einfacher|schwerer|schwieriger|schneller|rascher)\s+(?:zu\s+)?[a-zäöüß]+\s+als\s+(?:zu\s+)?"
    r"(?!(?:erwartet|gedacht|geplant|befürchtet|angenommen|vorgesehen|gehofft|erhofft|berechnet|prognostiziert)\b)"
    r"[a-zäöüß]+(?:t|en)[\s.!“”\"»«]*$"
)
# An unknown as the claim ("It was not immediately clear how ...", "Unklar war zunächst, ob ..."): -0.45
# where no one is named who does not know it.
_UNKNOWN = _Phrases(
    r"^[\s„“\"»«]*(?:it\s+(?:was|is|remained|remains)\s+(?:not\s+(?:immediately\s+|yet\s+|entirely\s+)?clear"
    r"|(?:still\s+|also\s+)?unclear)|(?:zunächst\s+|vorerst\s+|noch\s+)?unklar\s+(?:war|ist|blieb|bleibt)"
    r"(?:\s+(?:zunächst|vorerst|noch|weiterhin|auch))?|es\s+(?:war|ist|blieb|bleibt)\s+(?:zunächst\s+|vorerst\s+"
    r"|noch\s+|weiterhin\s+)?unklar)\s*,?\s+(?:how|whether|who|what|why|when|if|where|wie|ob|wer|was|warum|wann|wo"
    r"|welche[nmrs]?)\b"
    # ... or the open matter first ("What caused the pressure to drop was not immediately clear.", "Wie es zu
    # dem Unfall kam, war zunächst unklar.")
    r"|^[\s„“\"»«]*(?:what|how|why|who|whether|wie|warum|was|wer|ob|weshalb|wodurch)\b[^.;:]{3,140}?\b(?:was|is"
    r"|remained|remains|war|ist|blieb|bleibt)\s+(?:not\s+(?:immediately\s+|yet\s+|entirely\s+)?clear"
    r"|(?:still\s+|zunächst\s+|noch\s+|vorerst\s+|weiterhin\s+)?(?:unclear|unklar))\s*[.!]?\s*$"
)
