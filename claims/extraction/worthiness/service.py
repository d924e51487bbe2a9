"""Reader-service lines (-0.35 with addressing the reader in features()): a pointer to a channel where
the reader finds help, information or more coverage, in a frame directed at the reader.

A channel alone is no sign ("The helpline received 40% more calls", "Die Hotline verzeichnete 12.000
Anrufe", "The app was downloaded 2 million times" are facts about one); nor is a frame alone ("Anyone
can make mistakes"). Both together are the shape of a service line:
  - a channel: a hotline, helpline, emergency line, website, app, live blog, live coverage, newsletter,
    notifications, a podcast, a web address or a telephone number ("on 116 123", "unter 0800 ...");
  - a frame: an English imperative opening the sentence or after "For more/the latest/full ...,", "you"
    with a modal and a verb of contacting or finding, a generic addressee with a modal and one
    ("Anyone affected can call ...", "Parents should contact ..."), the German polite "Sie" after its
    verb ("... finden Sie auf der Website"), a verb of finding help or information in the present
    ("Betroffene finden Hilfe bei ...", "erhalten Rat unter ..."), of reaching or turning to a channel
    ("erreichen die Hotline unter ...", "können sich an ... wenden"), "gibt es in/auf/unter ...",
    "abrufbar", "ist rund um die Uhr erreichbar", "Weitere Informationen ...", or the publication's
    own channel ("unser Liveblog", "our live coverage").
A figure beyond the line's own number ("Hotline 1450", "on 101") makes it a report again ("Jährlich
erhalten rund 30.000 Frauen Hilfe über die Hotline"), as do a channel set up ("has set up a hotline
that ... can call"), a vague count or a second statement ("Tausende Anrufe", "but many report ...") and,
in German, a denied or limited reach in the past ("Die Notrufnummern waren zeitweise nicht erreichbar").
"""

from __future__ import annotations

import re

from ..wordtrie import word_list

# The words that gate service_line(): channels that are words of their own and the frames' words
# (German compounds, "Frauenhelpline", "Liveblog", come with a frame word: "finden", "erreichbar", ...).
TRIGGERS = frozenset(
    word_list("""
    you visit see follow call contact text download turn watch listen read head check tune subscribe join
    email find get website websites site app apps helpline hotline coverage newsletter notifications podcast
    blog online www information details available our
    clock erreichbar abrufbar einsehbar nachzulesen erhältlich hilfe rat beratung unterstützung informationen infos
    auskunft erreichen kontaktieren anrufen melden wenden gibt finden erhalten bekommen unser unsere unseren
    unserem unserer internet webseite homepage notruf liveblog mediathek hinweise
    """)
)

# A channel, on the lower-cased sentence (German compounds end in the channel: "Gesundheitshotline",
# "Warn-App"); _STEMS, substrings of every channel word, spare most sentences the pattern.
_STEMS = (
    "line", "telefon", "notruf", "beratungsstelle", "nummer", "live", "newsletter", "mediathek", "seite",
    "homepage", "podcast", "www.", "site", "app", "online", "internet", "coverage", "notifications",
    "benachrichtigungen",
)
_CHANNEL = re.compile(
    r"(?:hotline|helpline|hilfetelefon|telefonseelsorge|notruf|beratungsstelle|infotelefon|bürgertelefon"
    r"|servicetelefon|telefonnummer|rufnummer|liveblog|live-blog|liveticker|live-ticker|newsletter|mediathek"
    r"|webseite|internetseite|homepage|podcast|www\.\w)"
    r"|\b(?:website|web\s+site|site|app|apps|online|internet|live\s+(?:blog|coverage|updates)|coverage"
    r"|notifications|benachrichtigungen|tip\s+line|phone\s+line)\b"
)
# A telephone number ("on 116 123", "unter 0800 222 555", "Tel. 01 234", "NHS 111").
_PHONE = re.compile(r"(?i)\b(?:on|at|unter|tel\.?|telefon|nummer|number|nhs)\s+\+?\d")
# The line's own number, and "24/7": no figure of a report (stripped before looking for one).
_OWN_NUMBER = re.compile(
    r"(?i)(?:\b(?:on|at|unter|tel\.?:?|telefon|nummer|number|nhs)|[a-zäöüß](?:line|ruf|telefon))\s+\+?\d(?:[\d /-]*\d)?"
    r"|\b24\s*/\s*7\b|\b24\s+(?:stunden|hours)\b"
)
_DIGIT = re.compile(r"\d")

_EN_IMPERATIVE = (
    r"visit|see|follow|call|contact|ring|text|phone|e-?mail|download|turn\s+on|sign\s+up|subscribe|watch|listen"
    r"|read|head|go|check|tune\s+in|find|get|join|search|keep\s+up"
)
# An English imperative opening the sentence, its object after it ("Visit the ...", "Call Samaritans on
# ...", "Turn on notifications"; not a noun: "Call volumes rose", "Text messages to the helpline ...").
_EN_OPENING = re.compile(
    r"[\s„“\"»«]*(?:(?:Visit|See|Follow|Call|Contact|Ring|Text|Phone|E-?mail|Download|Subscribe|Watch|Listen|Read"
    r"|Head|Go|Check|Find|Get|Join|Search)\s+(?:the|our|a|an|to|on|for|in|up|out|at|more|all|us|[A-Z]|www|\d)"
    r"|(?:Turn\s+on|Sign\s+up|Tune\s+in|Keep\s+up)\b)"
)
_EN_FRAME = re.compile(
    # "For more on ..., see ...", "For the latest warnings, visit ..."
    r"(?i)^[\s„“\"»«]*for\s+(?:more|the\s+latest|latest|full|further|all|live|up-to-date|regular|breaking"
    r"|continuing|information|details|updates|help|advice|support)\b[^,.;:!?]{0,80},\s*(?:" + _EN_IMPERATIVE + r")\b"
    # "you can call ...", "you should contact ..."
    r"|\byou\s+(?:can|may|should|might\s+want\s+to)\s+(?:also\s+|now\s+|still\s+|always\s+)?"
    r"(?:" + _EN_IMPERATIVE + r")\b(?!\s+(?:it|this|that|them|him|her)\b)"
    # "Anyone affected can call ...", "Parents should contact ...", "... can find help at ..."
    r"|\b(?:can|should|may)\s+(?:also\s+|now\s+|still\s+|always\s+)?(?:call|contact|ring|text|phone|e-?mail"
    r"|get\s+in\s+touch\s+with|(?:find|get|seek)\s+(?:free\s+|confidential\s+|further\s+|more\s+)?(?:help|support"
    r"|advice|information|details|updates))\b(?!\s+(?:it|this|that|them|him|her)\b)"
    # "More information is available at ...", "Details are on the council's website."
    r"|^[\s„“\"»«]*(?:more|further|full)\s+(?:information|details)\b"
    r"|\b(?:information|details|updates|advice|guidance|help|support)\s+(?:is|are)\s+available\b"
    # "The helpline is open around the clock"
    r"|\b(?:is|are)\s+(?:[\w-]+\s+){0,3}?(?:open|available|staffed|manned|reachable)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:a)?round\s+the\s+clock|24/7|day\s+and\s+night)"
    # the publication's own channel ("see our live coverage", "That's all from our live blog")
    r"|\bour\s+(?:[\w-]+\s+){0,2}?(?:live\s+)?(?:coverage|blog|newsletter|app|website|site|podcast|notifications)\b"
)
_DE_FRAME = re.compile(
    # the polite "Sie" after its verb ("Weitere Informationen finden Sie ...", "Hilfe erhalten Sie unter ...")
    r"\b[a-zäöüß]+n\s+Sie\b"
    # finding help or information in the present ("Betroffene finden rund um die Uhr Hilfe bei ...")
    r"|\b(?:finden|erhalten|bekommen)\s+(?:[\wäöüß-]+\s+){0,5}?(?:[Hh]ilfe|Rat|Beratung|Unterstützung|Informationen"
    r"|Infos|Auskunft|Auskünfte|Antworten|Hinweise|Tipps|Hilfsangebote)\b"
    # reaching or turning to a channel ("erreichen die Hotline unter ...", "können sich ... an ... wenden")
    r"|\b(?:erreichen|kontaktieren)\s+(?:die|das|den|eine|einen|ein)\s+(?:[\wäöüß-]+\s+){0,4}?(?:unter|per|über"
    r"|rund\s+um)\b"
    r"|\b(?:können|sollten|sollen)\s+(?:sich\s+)?(?:[\wäöüß-]+\s+){0,10}?(?:melden|wenden|anrufen|kontaktieren"
    r"|erreichen|herunterladen|abrufen|einsehen|nachlesen|informieren)\b"
    # "Aktuelle Warnungen gibt es in der App ...", "... sind in der App abrufbar", "Weitere Informationen unter"
    r"|\bgibt\s+es\s+(?:[\wäöüß-]+\s+){0,4}?(?:in|auf|unter|im|bei|über|online)\b"
    r"|\b(?:abrufbar|einsehbar|nachzulesen|nachlesbar|erhältlich|zu\s+finden)\b"
    r"|^[\s„“\"»«]*(?:[Mm]ehr|[Ww]eitere|[Nn]ähere|[Aa]lle|[Aa]ktuelle)\s+(?:Informationen|Infos|Details|Hinweise)\b"
    # "Die Hotline 1450 ist rund um die Uhr erreichbar", "Hinweise nimmt die Polizei unter ... entgegen"
    r"|\b(?:ist|sind)\s+(?:[\wäöüß-]+\s+){0,6}?erreichbar\b|\brund\s+um\s+die\s+Uhr\b"
    r"|\bHinweise\s+(?:nimmt|nehmen)\s+(?:[\wäöüß-]+\s+){0,8}?entgegen\b"
    r"|\b(?:nimmt|nehmen)\s+(?:[\wäöüß-]+\s+){0,8}?Hinweise\s+(?:[\wäöüß-]+\s+){0,8}?entgegen\b"
    # the publication's own channel ("Hier endet unser Liveblog")
    r"|\b[Uu]nser(?:e|en|em|er|es)?\s+(?:[\wäöüß-]+\s+){0,2}?[\wäöüß-]*(?:[Ll]iveblog|[Ll]iveticker|[Nn]ewsletter"
    r"|App|Website|Podcast|Berichterstattung)\b"
)
# A channel set up, launched or opened is news ("The Foreign Office has set up a hotline that ... can call
# on ...", "Das Ministerium hat eine Hotline eingerichtet, bei der sich ... melden können").
_SET_UP = re.compile(
    r"(?i)\b(?:set\s+up|sets\s+up|launch(?:ed|es)|open(?:ed|s)|established|introduced|unveiled|created"
    r"|eingerichtet|richtete|richteten|geschaltet|schaltete|schalteten|gestartet|startete|starteten"
    r"|freigeschaltet|vorgestellt|eröffnet|eröffnete|eröffneten|ins\s+leben\s+gerufen)\b"
)
# In German, a reach denied, limited or in the past, or a state since a time: a report ("nicht
# erreichbar", "nur eingeschränkt", "seit Montag", "waren zeitweise nicht abrufbar").
_LIMITED = re.compile(r"(?i)\b(?:nicht|kein\w*|nur|kaum|wieder|seit|eingeschränkt|zeitweise|waren|war)\b")

# A count of the people or calls, or a second statement set against the line: a report ("Täglich
# erreichen die Hotline Tausende Anrufe", "Immer mehr Menschen finden über die App Hilfe", "Customers can
# call the helpline, but many report ...").
_REPORT = re.compile(
    r"(?i)\b(?:tausende|hunderte|dutzende|zehntausende|immer\s+mehr|viele|zahlreiche|thousands|hundreds|dozens"
    r"|tens\s+of\s+thousands|many|more\s+and\s+more|a\s+growing\s+number|but|doch|aber|jedoch|während|whereas)\b"
)


def service_line(text: str, lang: str | None, quantified: bool) -> bool:
    """The sentence points the reader to a channel in a frame directed at the reader (see above)."""
    low = text.lower()
    if not (
        (any(stem in low for stem in _STEMS) and _CHANNEL.search(low))
        or (_DIGIT.search(text) and _PHONE.search(text))
    ):
        return False
    if (
        (quantified and _DIGIT.search(_OWN_NUMBER.sub("", text)))
        or _SET_UP.search(text)
        or _REPORT.search(text)
    ):
        return False
    if lang != "de" and (_EN_OPENING.match(text) or _EN_FRAME.search(text)):
        return True
    if lang != "en" and _DE_FRAME.search(text):
        return _LIMITED.search(text) is None
    return False
