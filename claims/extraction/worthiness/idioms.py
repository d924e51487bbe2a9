"""Idioms of judgement (-0.35), one pattern per trigger word."""

from __future__ import annotations

from .phrases import _Phrases

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
    ("gesicht", r"schlag\s+ins\s+gesicht"),
    ("maß", r"(?:jedes|jegliches|das)\s+maß\s+verloren|maß\s+und\s+mitte\s+verloren"),
    # A scene painted, not reported ("bietet sich ein Bild der Verwüstung", "scenes of devastation").
    ("verwüstung zerstörung grauens jammers devastation",
     r"bild\s+(?:der\s+verwüstung|der\s+zerstörung|des\s+grauens|des\s+jammers)|scenes?\s+of\s+(?:utter\s+)?devastation"),
    ("grenzen limits bounds", r"kannte\s+keine\s+grenzen|kennt\s+keine\s+grenzen|kn[eo]w\w*\s+no\s+(?:limits|bounds)"),
    # "darf sich über Spott nicht wundern", "should not be surprised".
    ("wundern surprised",
     r"(?:darf|dürfen|muss|müssen|braucht|brauchen)\s+sich\s+(?:\w+\s+){0,4}?nicht\s+(?:zu\s+)?wundern"
     r"|should(?:n['’]t|\s+not)\s+be\s+surprised"),
    # "The voters have spoken", "Der Wähler hat gesprochen".
    ("spoken gesprochen",
     r"the\s+(?:people|voters|electorate|public|[a-z]+(?:ese|ish|ians?|ch))\s+(?:have|has)\s+spoken\b"
     r"|(?:das\s+volk|der\s+wähler|die\s+wähler)\s+(?:hat|haben)\s+gesprochen"),
    # A pledge of solidarity ("steht an der Seite der Ukraine", "we stand with").
    ("seite", r"(?:steh|stand|stünd)\w*\s+(?:\w+\s+){0,2}?an\s+der\s+seite"),
    ("stand", r"\bwe\s+(?:\w+\s+){0,2}?stand\s+(?:\w+\s+)?with"),
    ("last letzte", r"last\s+word\s+(?:has|is)\s+(?:not|n['’]t)\s+(?:yet\s+)?(?:been\s+)?(?:spoken|said)"
     r"|letzte\s+wort\s+ist\s+(?:noch\s+)?nicht\s+gesprochen"),
    # English
    ("play plays played playing fuel", r"play\w*\s+with\s+fire|fuel\s+(?:to|on)\s+the\s+(?:fire|flames)"),
    ("fuel fan fans fanned fanning", r"fuel\s+(?:to|on)\s+the\s+flames|fan\w*\s+the\s+flames"),
    ("thin", r"on\s+thin\s+ice"),
    ("time", r"\bone\s+(?:[a-z][\w\-]*\s+){1,2}at\s+a\s+time\b"),  # "one step at a time"
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
