"""Plain facts without a figure or an event verb, which weigh as an event verb does (+ 0.15): the
legal status of a ruling, a record measured against a frame, a scheduled event with a date, an
announcement reported in the Konjunktiv I with a date, a state that continues, a vague count as the
subject of a past verb, a term limit or a rule that holds by law.

- A ruling's status: "Das Urteil ist (noch) nicht rechtskräftig.", "kann angefochten werden",
  "Berufung ist möglich", a remedy that can be lodged ("Gegen das Urteil kann binnen einer Woche
  Revision eingelegt werden", "..., gegen den Einspruch erhoben werden kann"; not "sollte ... eingelegt
  werden"), "The verdict is not final.", "The ruling is subject to appeal.", "can be appealed"; not in
  the first person.
- A record: a measured superlative ("größte", "niedrigsten", "lowest", "deadliest"; not a verdict
  like "beste", "best", "worst", "greatest") with a frame to measure it against after it ("in der
  Geschichte des Hafens", "seit März", "aller Zeiten", "since March", "on record", "ever", "in
  decades", "in the port's history", "of all time") or before it ("der bislang größte", "the
  highest-ever"), or a record word ("Rekordhoch", "Höchststand", "a record low", "all-time high"),
  "so niedrig wie seit Jahren nicht". Not in the first person ("Das ist der größte Unsinn, den ich je
  gehört habe", "the best night of my life") nor about a judgement noun ("der größte Fehler",
  "the biggest mistake", "die größte Herausforderung seit ...").
- A scheduled event: "wird"/"werden" (or "soll"/"sollen", a plan set by others: "Einen Zwischenbericht
  soll der Ausschuss Ende Mai vorlegen"; not "sollte") and a verb of a fixed next step closing the clause ("befassen",
  "beraten", "abstimmen", "befinden", "zusammentreten", "fortgesetzt") with a date ahead ("in der
  Frühjahrssession", "am Montag", "im Herbst", "Ende der Woche"; not "am Ende"), or in a subordinate
  clause standing before a closing "wird"/"werden" ("..., der sich in der Frühjahrssession damit befassen
  wird"); "will" (or "is due/scheduled/set to") and such a verb ("debate", "rule", "meet", "be
  sentenced") with one ("next month", "on Tuesday", "later this week", "by the end of June").
- An announcement in reported speech: the Konjunktiv I "werde" (not "ich werde") and any infinitive
  closing its clause, with a date ahead ("Eine Antwort werde es frühestens Ende der Woche geben", "Man
  werde am Mittwoch entscheiden"; not "Eine Lösung werde es irgendwann geben", "Am Ende werde sich
  ... durchsetzen").
- A state that continues, counted like the state passive: "bleibt"/"bleiben"/"blieb" and a
  participle or a state closing the clause ("bleibt wegen Lawinengefahr vorerst gesperrt", "bleibt
  in Kraft", "aufrecht", "in Untersuchungshaft"; not a mood: "Die Stimmung bleibt gereizt", "Das
  bleibt unvergessen"); "remains in force", "in custody", "closed", "in critical condition".
- A vague count opening the sentence as the subject of a past verb ("Dutzende Lkw blieben an Steigungen
  hängen", "Tausende demonstrierten", "Dozens of lorries got stuck"; not the present or the future:
  "Tausende Fragen bleiben offen", "Tausende Familien werden leiden", "Hundreds of reasons spring to mind").
- An investigation under way: "The cause of the fire is under investigation.", "Die genaue
  Unfallursache ist noch Gegenstand der Ermittlungen.", "Gegen den Fahrer wird wegen fahrlässiger
  Tötung ermittelt."
- Guidance confirmed or changed: "Für das Gesamtjahr bestätigt die Konzernleitung ihre Prognose ...",
  "stellt ... ein Gewinnwachstum im hohen einstelligen Prozentbereich in Aussicht" (not in the first
  person: "Wir stellen Ihnen ... in Aussicht").
- A damage estimate, also in a vague sum: "Der Sachschaden dürfte mehrere hunderttausend Franken
  betragen.", "Den Schaden beziffert die Firma auf einen sechsstelligen Betrag."
- A rule or a warning in force with its time (validity.py): "Die Warnung gilt bis Montag, 6 Uhr.",
  "The ban is in effect until 6 a.m. Monday."
- A draw's result: "Die Gewinnzahlen lauten 3, 12, 18, 27, 33 und 41", "Spiel 77: 2 8 4 9 1 0 3".
- A step of procedure: a bill referred on to a chamber ("Die Vorlage geht nun an den Ständerat", "The
  bill now goes to the House of Lords"), a plea ("bekannte sich teilweise schuldig"), a verdict or
  decision expected ("Ein Urteil wird für Mittwoch erwartet"), a cause named ("Als Ursache gilt ein
  Heizlüfter"); every such labelled row of the batches is check-worthy.
- A term limit ("Chilean presidents cannot serve consecutive terms.", "may not run for
  re-election", "Der Präsident darf nicht wiedergewählt werden") or a rule by law ("are required by
  law to", "ist gesetzlich verpflichtet"), or what a law provides in the present ("The law also bars
  landlords from ...", "Die Verordnung verbietet ...").
- Something said not to exist or not reported ("There is no such law.", "There were no immediate reports
  of damage").
- An agenda and a competence: "Ein Treffen stehe derzeit nicht auf der Tagesordnung", "is not on the
  agenda", "Für die Vergabe sind die Länder zuständig".
- What an image or a recording shows: "Das Video zeigt einen Konvoi", "Auf dem Foto ist ein Straßenschild
  zu erkennen", "A siren is audible in the clip" (not "zeigt sich", a trend).
"""

from __future__ import annotations

import re

from ..wordtrie import trie_pattern, word_list
from .evidence import _DE_PART, _DE_SEIN_ADJECTIVES, _DE_TIME_AHEAD
from .lexicon import _EVAL, _FACT_VERBS_DE
from .validity import WORDS as _VALIDITY_WORDS
from .validity import in_force

# --- A ruling's legal status (run on the lower-cased sentence).
_STATUS_WORDS = frozenset(
    word_list("""
    rechtskräftig angefochten möglich zulässig final binding appealed challenged appeal eingelegt erhoben
    eingereicht weitergezogen endgültig unanimous einstimmig
    """)
)
# Legal remedies and the verbs of lodging one.
_REMEDY = r"\b(?:berufung|revision|rekurs|einspruch|beschwerde|rechtsmittel|widerspruch)"
_LODGED = r"(?:eingelegt|erhoben|eingereicht)"
_STATUS = re.compile(
    r"\brechtskräftig\b"
    # ("Der Entscheid ist endgültig.": a ruling that cannot be appealed)
    r"|\b(?:entscheid|urteil|entscheidung|beschluss|ruling|verdict|decision)\s+(?:[\wäöüß]+\s+){0,3}?(?:ist|is)\s+"
    r"(?:nun\s+|now\s+)?(?:endgültig|final)\b"
    # ("The decision was unanimous.", "Der Beschluss fiel einstimmig.": how a body decided)
    r"|\b(?:entscheid|urteil|entscheidung|beschluss|ruling|verdict|decision|vote|abstimmung)\s+"
    r"(?:[\wäöüß]+\s+){0,3}?(?:ist|is|was|war|fiel|fell)\s+(?:\w+\s+)?(?:einstimmig|unanimous)\b"
    r"|\b(?:kann|können)\s+(?:[\w-]+\s+){0,4}?(?:angefochten|beeinsprucht|bekämpft|weitergezogen)\s+werden\b"
    r"|\b(?:berufung|revision|rekurs|einspruch|beschwerde)\s+(?:[\w-]+\s+){0,4}?(?:ist|sind|bleibt|wäre)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:möglich|zulässig)\b"
    r"|\b(?:ist|sind|bleibt|wäre)\s+(?:[\w-]+\s+){0,2}?(?:berufung|revision|rekurs|einspruch|beschwerde)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:möglich|zulässig)\b"
    # a remedy that can be lodged ("Gegen das Urteil kann binnen einer Woche Revision eingelegt werden", "...,
    # gegen den Berufung erhoben werden kann")
    r"|\b(?:kann|können|könne)\s+(?:[\w-]+\s+){0,5}?" + _REMEDY + r"\s+(?:[\w-]+\s+){0,2}?" + _LODGED + r"\s+werden\b"
    r"|" + _REMEDY + r"\s+(?:[\w-]+\s+){0,2}?" + _LODGED + r"\s+werden\s+(?:kann|können|könne)\b"
    r"|\b(?:verdict|ruling|judgment|judgement|sentence|conviction|acquittal)\b[^.;:!?]{0,60}?"
    r"\b(?:is|was|are|were|becomes|became)\s+(?:not\s+(?:yet\s+)?|now\s+|still\s+)?"
    r"(?:final|legally\s+binding|binding|subject\s+to\s+(?:an?\s+)?appeal|open\s+to\s+(?:an?\s+)?appeal)\b"
    r"|\b(?:can|may|could)\s+(?:still\s+)?be\s+(?:appealed|challenged)\b"
)

# --- A record. Measured superlatives: German stems take an ending and may close a compound
# ("umsatzstärksten", "opferreichste"); English forms stand alone or before "-ever".
_DE_SUPERLATIVE_STEMS = word_list("""
    höchst niedrigst größt grösst kleinst stärkst schwächst heißest heissest kältest wärmst nassest trockenst
    tödlichst schnellst langsamst längst kürzest schwerst teuerst billigst günstigst tiefst ältest jüngst
    reichst dichtest weitest häufigst seltenst
""")
_EN_SUPERLATIVES = word_list("""
    highest lowest biggest largest smallest strongest weakest hottest coldest warmest wettest driest deadliest
    costliest fastest slowest longest shortest heaviest steepest sharpest busiest oldest youngest deepest
    tallest fewest warmest snowiest stormiest bloodiest
""")
# "most"/"least" before a measured adjective or a noun, not before a word of judgement ("the most
# beautiful goal ever", "the most exciting final").
_EN_MEASURED = word_list("""
    expensive valuable populous visited watched viewed streamed downloaded common frequent severe deadly
    costly powerful intense damaging destructive polluted indebted
""")
_ADJECTIVE_END = r"(?:ing|ful|ous|ive|ble|al|ic|ed|ant|ent|est)\b"
_SUPERLATIVE = (
    r"(?:\b[a-zäöüß]*(?:" + trie_pattern(_DE_SUPERLATIVE_STEMS) + r")(?:e|en|er|es|em)\b"
    r"|\b(?:" + trie_pattern(_EN_SUPERLATIVES) + r")\b"
    r"|\b(?:most|least)(?=\s+(?:(?:" + trie_pattern(_EN_MEASURED) + r")\b"
    r"|(?!(?:" + trie_pattern(w for w in _EVAL if w.isalpha()) + r")\b)(?![a-z]+" + _ADJECTIVE_END + r")[a-z]))"
    r")"
)
_FRAME = (
    r"(?:seit|since|ever|je|jemals|bisher|bislang|aller\s+zeiten|of\s+all\s+time|on\s+record|to\s+date"
    r"|so\s+far|in\s+living\s+memory|in\s+modern\s+times"
    r"|(?:in\s+)?(?:der|des)\s+[a-zäöüß-]*geschichte|in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?history"
    r"|in\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+|at\s+least\s+)?(?:an?\s+|\w+\s+)?(?:years?|decades?|months?"
    r"|generations?|century|centuries)"
    r"|in\s+(?:über\s+|mehr\s+als\s+|fast\s+)?(?:\w+\s+)?(?:jahren|jahrzehnten|monaten|jahrhunderten))\b"
)
_RECORD = re.compile(
    # a superlative, then its frame a few words on ("einer der größten Einzelfunde in der Geschichte des
    # Hafens", "the lowest rate since March")
    _SUPERLATIVE + r"(?:[\s-]+[\w'’-]+){0,8}?[\s-]+" + _FRAME
    # or the frame first ("der bislang größte", "the highest-ever", "the biggest ever")
    + r"|\b(?:bisher|bislang|jemals|je)\s+(?:[\w-]+\s+)?" + _SUPERLATIVE
    + r"|" + _SUPERLATIVE + r"-ever\b"
    # record words
    + r"|\b(?:rekord(?!verdächtig|meister)[a-zäöüß]*|allzeithoch|allzeittief|höchststand|tiefststand|höchstwert"
    r"|tiefstwert|höchstständen|tiefstständen)\b"
    r"|\b(?:a|new|fresh)\s+record\b(?!\s+of\b)|\brecord[\s-](?:highs?|lows?|levels?|temperatures?|numbers?|turnout)\b"
    r"|\ball-time\s+(?:highs?|lows?)\b"
    # "so niedrig wie seit Jahren nicht", "so viele wie nie zuvor", "as high as at any time since"
    r"|\bso\s+[a-zäöüß]+\s+wie\s+(?:seit|noch\s+nie|nie\s+zuvor)\b"
    # a best or worst measured value in a frame ("der beste Wert der Partei seit gut einem Jahr", "the worst
    # reading since 2020"); "best" alone judges ("das beste Spiel seit Jahren" stays an opinion)
    r"|\b(?:beste[nmrs]?|schlechteste[nmrs]?|best|worst)\s+(?:[a-zäöüß-]+\s+)?(?:wert|werte|werten|ergebnis"
    r"|ergebnisse|umfragewert|umfragewerte|stand|result|results|reading|showing|score|level|rating|ratings|quote"
    # (a market's or a team's period: "the worst weekly performance since January", "its best day since 2020")
    r"|performance|day|week|month|quarter|session|start|run|tag|woche|monat|quartal|handelstag)\b"
    r"(?:[\s-]+[\w'’-]+){0,8}?[\s-]+" + _FRAME
)
_RECORD_WORDS = frozenset(
    word_list("""
    seit since ever je jemals bisher bislang zeiten time record history geschichte years decades months generation
    generations century centuries jahren jahrzehnten monaten jahrhunderten memory date far allzeithoch allzeittief
    höchststand tiefststand höchstwert tiefstwert
    """)
)
# A judgement, not a measure ("der größte Fehler seit ...", "the biggest mistake he ever made").
_JUDGEMENT = frozenset(
    word_list("""
    mistake mistakes error errors blunder failure success disappointment threat challenge danger honour honor
    moment privilege fehler irrtum erfolg misserfolg enttäuschung bedrohung herausforderung gefahr moment
    augenblick ehre unsinn blödsinn quatsch schwachsinn witz schande skandal glück freude
    """)
)

# --- A scheduled event: a verb of a fixed next step, a date ahead.
_DE_SCHEDULED = frozenset(
    word_list("""
    befassen beraten abstimmen entscheiden tagen zusammentreten zusammenkommen treffen reisen besuchen eröffnen
    beginnen starten vorlegen vorstellen präsentieren verhandeln unterzeichnen stattfinden empfangen antreten
    bekanntgeben veröffentlichen verkünden behandeln debattieren diskutieren aussagen teilnehmen übernehmen
    fortsetzen landen eintreffen zurückkehren
    fortgesetzt eröffnet vorgestellt vorgelegt veröffentlicht verkündet bekanntgegeben vereidigt behandelt
    beraten entschieden abgestimmt unterzeichnet
    befinden befunden beschließen
    aufgehoben aufheben freigegeben freigeben
    """)
)
# Read once per clause, as _de_sein_perfect() does: the clause of a "wird", then its last words.
# ("soll"/"sollen" report a plan set by others: "Einen Bericht soll die Kommission Ende Juni vorlegen")
_DE_WILL = re.compile(r"\b(?:wird|werden|soll|sollen)\b([^,;:.!?]*)")
_DE_SCHEDULE_END = re.compile(r"\s(?:" + trie_pattern(_DE_SCHEDULED) + r")(?:\s+werden)?[\s„“”\"»«)]*$")
# Or, in a subordinate clause, the verb before a "wird"/"werden" that closes it ("..., der sich in der
# Frühjahrssession damit befassen wird.", "..., die am Montag fortgesetzt werden").
_DE_SCHEDULE_BEFORE = re.compile(
    r"\s(?:" + trie_pattern(_DE_SCHEDULED) + r")\s+(?:wird|werden|soll|sollen)(?=[\s„“”\"»«)]*(?:[,;:.!?]|$))"
)
# Reported speech: the Konjunktiv I "werde" (not "ich werde") and an infinitive closing its clause, or an
# infinitive before a "werde" that closes it, report what someone announced ("Eine Antwort werde es
# frühestens Ende der Woche geben", "..., dass man am Montag entscheiden werde"); with a date ahead it is
# a dated announcement, whatever the verb.
_DE_REPORTED_WILL = re.compile(r"\bwerde\b([^,;:.!?]*)")
_DE_INFINITIVE_END = re.compile(r"\s[a-zäöüß]{2,}(?:en|ern|eln)[\s„“”\"»«)]*$")
_DE_INFINITIVE_BEFORE = re.compile(r"\s[a-zäöüß]{2,}(?:en|ern|eln)\s+werde(?=[\s„“”\"»«)]*(?:[,;:.!?]|$))")
# "am Ende", "Anfang", "Mitte" are a date only before a month, a year or "des"/"nächsten" ...
_DE_DATE_AFTER = re.compile(r"\s+(?:[A-ZÄÖÜ\d]|des\b|der\b|dieses\b|diesen\b|nächst|kommend)")
# Dates ahead that _DE_TIME_AHEAD does not read: "Mitte März", "im nächsten Jahr", "kommende Woche".
_DE_DATE_MORE = re.compile(
    r"\b(?:Anfang|Mitte|Ende)\s+(?:Jänner|Januar|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober"
    r"|November|Dezember|\d)"
    r"|\b(?:im|in\s+der|in\s+diesem|in\s+dieser|nächste[ns]?|kommende[ns]?)\s+(?:kommenden\s+|nächsten\s+)?"
    r"(?:Jahr|Woche|Monat)\b"
    # "frühestens Ende der Woche", "Anfang nächsten Monats", "Mitte kommender Woche"
    r"|\b(?:Anfang|Mitte|Ende)\s+(?:der|des|dieser|dieses|nächster|nächsten|kommender|kommenden)\s+"
    r"(?:Woche|Monats|Jahres|Jahrs)\b"
)
_EN_SCHEDULED = frozenset(
    word_list("""
    debate vote meet rule decide consider discuss hear visit travel sign hold convene resume reconvene testify
    deliver present publish release announce open begin start launch host sentenced sworn held released published
    sentence appear arrive address unveil take
    """)
)
# ("is due to take place in June", "is scheduled to be sentenced on Friday", "is set to deliver ... in
# June" as "will")
_EN_SCHEDULE = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:due|scheduled|set)\s+to)\s+(?:\w+\s+)?(?:be\s+)?(?:" + trie_pattern(_EN_SCHEDULED)
    + r")\b[^;:!?]{0,120}?"
    r"\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next\s+(?:week|month|year|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter)"
    r"|later\s+(?:this|next)\s+(?:week|month|year)|this\s+(?:weekend|autumn|fall|spring|summer|winter)|tomorrow"
    r"|in\s+(?:early\s+|mid-|late\s+)?(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)|in\s+the\s+(?:spring|summer|autumn|fall|winter)(?:\s+session)?"
    # ("by the end of June", "at the start of next month")
    r"|(?:at|by)\s+the\s+(?:end|start|beginning|middle)\s+of\s+(?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december|(?:this|next)\s+(?:week|month|year)))\b"
)

# --- A state that continues.
_REMAINS_WORDS = frozenset(word_list("bleibt bleiben blieb blieben remains remain"))
_DE_REMAINS = re.compile(r"\b(?:bleibt|bleiben|blieb|blieben)\b([^,;:.!?]*)")
_DE_REMAINS_END = re.compile(
    r"\s(?:(?P<part>" + _DE_PART + r")|in\s+Kraft|aufrecht|in\s+(?:U-)?Haft|in\s+Untersuchungshaft|in\s+Gewahrsam"
    r"|vom\s+Netz|au(?:ß|ss)er\s+Betrieb|in\s+Betrieb|im\s+Amt|auf\s+freiem\s+Fu(?:ß|ss)|unverändert|verboten"
    r"|untersagt|unterbrochen|vermisst|verschwunden|zu|dicht|gültig|bestehen|geöffnet|erfolglos|ohne\s+Erfolg)"
    r"[\s„“”\"»«)]*$"
)
_DE_REMAINS_MOOD = frozenset(word_list("unvergessen ungebrochen ungetrübt ungelöst"))
_EN_REMAINS = re.compile(
    r"\b(?:remains|remain)\s+(?:\w+ly\s+)?(?:in\s+(?:force|effect|place|custody|jail|prison|detention|hospital"
    r"|(?:a\s+)?(?:critical|serious|stable)\s+condition|a\s+coma|office|power)|closed|shut|suspended|banned"
    r"|unchanged|on\s+hold|off\s+the\s+air|missing|at\s+large|behind\s+bars|out\s+of\s+service"
    r"|under\s+(?:investigation|arrest|curfew|lockdown))\b"
)

# --- A vague count as the subject of a past verb: the sentence opens on "Dutzende", "Hunderte", "Tausende" ...
# (and up to two capitalised words, the noun), then its finite verb is a past form: a German event verb of
# the word lists, the past of "bleiben", "sein", "werden", "haben" or a preterite in "-ierte(n)" ("Dutzende
# Lkw blieben an Steigungen hängen", "Tausende demonstrierten"); not any word in "-ten", which is also the
# present of a verb whose stem ends in "t" ("Dutzende Experten halten den Plan für falsch");
# in English "Dozens of ..." (up to three words) before "were", "was", "got", "had", "became" ("Dozens of
# lorries got stuck on inclines"). A present ("Tausende Fragen bleiben offen", "Hundreds of reasons spring to
# mind") or a future ("Tausende Familien werden leiden") is no event.
_VAGUE_COUNTS = frozenset(
    word_list("dutzende hunderte tausende zehntausende hunderttausende dozens hundreds thousands scores")
)
_DE_VAGUE_SUBJECT = re.compile(
    r"[\W_]*(?:Dutzende|Hunderte|Tausende|Zehntausende|Hunderttausende)(?:\s+[A-ZÄÖÜ][\w-]*){0,2}\s+([a-zäöüß]+)\b"
)
_DE_PAST_FINITE = frozenset(word_list("blieb blieben war waren wurde wurden hatte hatten"))
_EN_VAGUE_SUBJECT = re.compile(
    r"[\W_]*(?:dozens|hundreds|thousands|tens\s+of\s+thousands|hundreds\s+of\s+thousands|scores)\s+of\s+"
    r"(?:[\w'’-]+\s+){1,3}?(?:were|was|got|had|became)\b"
)

# --- A term limit or a rule by law.
_RULE_WORDS = frozenset(
    word_list("""
    terms term office election reelection elected reelected amtszeit amtszeiten wiedergewählt wiederwahl
    kandidieren law gesetzlich gesetz verfassung constitution
    """)
)
_RULE = re.compile(
    r"\b(?:cannot|can\s+not|can['’]t|may\s+not|must\s+not|are\s+not\s+allowed\s+to|is\s+not\s+allowed\s+to"
    r"|(?:are|is)\s+(?:barred|banned|prohibited)\s+from|(?:are|is)\s+limited\s+to)\s+(?:\w+\s+)?"
    r"(?:serve|serving|run\s+for|running\s+for|stand\s+for|standing\s+for|seek|seeking|hold|holding|be)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:terms?|office|re-?election|re-?elected)\b"
    r"|\b(?:darf|dürfen|kann|können)\s+(?:[\w-]+\s+){0,3}?(?:nicht|nur\s+einmal|kein\w*)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:wiedergewählt|kandidieren|antreten|amtszeit\w*)\b"
    r"|\b(?:must|may\s+not|cannot|(?:are|is)\s+(?:required|obliged|not\s+allowed))\s+(?:\w+\s+)?by\s+law\b"
    r"|\b(?:required|obliged|barred|prohibited)\s+by\s+law\b"
    r"|\b(?:gesetzlich|von\s+gesetzes\s+wegen|laut\s+(?:gesetz|verfassung))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:verpflichtet|vorgeschrieben|verboten|untersagt|(?:muss|müssen|darf|dürfen))\b"
)

# --- An investigation under way, or a fire under control: "The cause of the fire is under investigation", "Die genaue
# Unfallursache ist noch Gegenstand der Ermittlungen", "Gegen den Fahrer wird ermittelt" (a police
# or court source confirms it; not "Das gehört untersucht", a wish).
_INQUIRY_WORDS = frozenset(
    word_list("""investigation inquiry probe ermittlungen ermittelt untersuchung control kontrolle investigating
    ermitteln suche fahndung prüft prüfen droht drohen""")
)
_INQUIRY = re.compile(
    r"\b(?:is|are|was|were|remains?|remained)\s+(?:now\s+|still\s+)?under\s+(?:an?\s+)?(?:police\s+)?"
    r"(?:investigation|inquiry|probe)\b"
    r"|\b(?:ist|sind|war|waren|bleibt|bleiben)\s+(?:noch\s+|weiterhin\s+|derzeit\s+)?gegenstand\s+"
    r"(?:der|von|einer|polizeilicher|staatsanwaltschaftlicher)\s+(?:\w+\s+)?(?:ermittlungen|untersuchung)\b"
    r"|\b(?:wird|werde|wurde)\s+(?:\w+\s+){0,4}?ermittelt\s*[.;]"
    # ... or going on ("Die Ermittlungen dauern an.", "Die Suche läuft noch.", "Police are investigating.",
    # "An investigation is under way.")
    r"|\b(?:ermittlungen|untersuchungen|suche|fahndung)\s+(?:[^.;:!?]{0,60}?\s)?(?:dauern|dauert|dauerten|dauerte)"
    r"\s+(?:\w+\s+){0,4}?an\s*[.;]"
    r"|\b(?:ermittlungen|untersuchungen|suche|fahndung)\s+(?:laufen|läuft|liefen|lief)\s+(?:noch|weiter|weiterhin)?\s*[.;]"
    r"|\b(?:polizei|staatsanwaltschaft|kriminalpolizei)\s+(?:ermittelt|ermitteln)\b"
    # (an authority examining a step: "Die Staatsanwaltschaft prüft einen Weiterzug ans Bundesgericht")
    r"|\b(?:staatsanwaltschaft|polizei|behörde|behörden|gericht|ministerium|kommission|regierung|aufsicht"
    r"|bundesanwaltschaft|verteidigung)\s+(?:\w+\s+)?(?:prüft|prüfen)\s+(?:ein|eine|einen|den|die|das|nun|derzeit)\b"
    # (the penalty a law sets: "droht dem Angeklagten eine lebenslange Freiheitsstrafe")
    r"|\bdroh(?:t|en)\s+(?:\w+\s+){1,4}?(?:lebenslange|lebenslanger)\s+(?:haft|freiheitsstrafe)\b"
    r"|\bdroh(?:t|en)\s+(?:\w+\s+){1,4}?(?:haft|freiheitsstrafe|haftstrafe)\s+(?:von|bis)\b"
    r"|\b(?:police|prosecutors|detectives|investigators)\s+(?:are|were)\s+(?:still\s+)?investigating\b"
    r"|\b(?:investigation|inquiry|probe|search)\s+(?:is|was|remains)\s+(?:still\s+)?(?:under\s*way|ongoing|continuing)\b"
    # ... and a fire or a situation under control ("The fire was under control by 6.12am", "Der Brand war
    # gegen Mitternacht unter Kontrolle")
    r"|\b(?:is|was|were|are|remains?|remained)\s+(?:now\s+|largely\s+|fully\s+)?under\s+control\b"
    r"|\b(?:ist|war|sind|waren|blieb|bleibt)\s+(?:\w+\s+){0,3}?unter\s+kontrolle\b"
)
# --- Guidance confirmed or changed: "bestätigt die Konzernleitung ihre Prognose ...", "stellt ... ein
# Gewinnwachstum im hohen einstelligen Prozentbereich in Aussicht", "hebt den Ausblick an" (a company's
# stated forecast is on record; English copy writes it in the past: "raised its guidance").
_GUIDANCE_WORDS = frozenset(word_list("prognose prognosen ausblick aussicht jahresziel jahresziele guidance outlook"))
_GUIDANCE = re.compile(
    r"\b(?:bestätigt|bestätigen|bekräftigt|bekräftigen|hebt|heben|senkt|senken|kappt|kappen|stellt|stellen"
    r"|reiterates|confirms|raises|lowers|narrows)\b[^.;:!?]{0,140}?\b(?:prognose|prognosen|ausblick|in\s+aussicht"
    r"|jahresziele?|guidance|outlook)\b"
)
# --- A damage estimate, also in a vague sum: "Der Sachschaden dürfte mehrere hunderttausend Franken betragen",
# "Die Schäden dürften sich auf mehrere Millionen Franken belaufen" (the police's or the insurer's estimate);
# a sum put on it ("beziffert", "schätzt") with the noun before the verb or after it, also in a sum named
# by its size ("auf einen zweistelligen Millionenbetrag", "in Millionenhöhe", "einen sechsstelligen Betrag").
_DAMAGE_WORDS = frozenset(word_list("schaden schäden sachschaden gesamtschaden schadenssumme"))
_DAMAGE_NOUN = r"\b(?:sach|gesamt)?(?:schaden|schäden|schadenssumme)\b"
_DAMAGE_VERB = (
    r"\b(?:dürfte|dürften|wird|werden|soll|sollen|beträgt|betrug|beläuft|belief|beziffert|bezifferte|beziffern"
    r"|bezifferten|schätzt|schätzte|schätzen|schätzten)\b"
)
_DAMAGE_SUM = (
    r"\b(?:euro|franken|dollar|pfund|millionen\w*|milliarden\w*|tausend\w*|hunderttausend\w*|\w*betrag"
    r"|\w*beträge)\b"
)
_DAMAGE = re.compile(
    _DAMAGE_NOUN + r"[^.;:!?]{0,40}?" + _DAMAGE_VERB + r"[^.;:!?]{0,80}?" + _DAMAGE_SUM
    # ("Die Versicherung beziffert den Schaden auf ...")
    + r"|\b(?:beziffert|bezifferte|beziffern|bezifferten|schätzt|schätzte|schätzen|schätzten)\b[^.;:!?]{0,40}?"
    + _DAMAGE_NOUN + r"[^.;:!?]{0,60}?" + _DAMAGE_SUM
)
# --- A draw's result: "Die Gewinnzahlen lauten 3, 12, 18 ...", "Spiel 77: 2 8 4 9 1 0 3" (the numbers carry
# no quantity, quantities/lotteries.py, but the line reports the draw).
_DRAW_WORDS = frozenset(
    word_list("gewinnzahlen zusatzzahl superzahl eurozahlen joker spiel winning powerball euromillions thunderball")
)
_DRAW = re.compile(
    r"\b(?:gewinnzahlen|zusatzzahl|superzahl|eurozahlen|joker|spiel\s+77|super\s+6|winning\s+numbers|bonus\s+ball"
    r"|powerball|lucky\s+stars|thunderball)\b[^.;!?]{0,40}?\d"
)
_EN_WILL_WORDS = frozenset(["will", "due", "scheduled", "set"])
# A step of procedure (see the module docstring): a referral, a plea, a verdict expected, a cause named.
_REFERRAL = re.compile(
    r"\b(?:geht|goes)\s+(?:nun\s+|jetzt\s+|now\s+|next\s+)?(?:[\wäöüß]+\s+){0,2}?(?:zurück\s+)?"
    r"(?:(?:an|ins)\s+(?:den|die|das)?\s*|to\s+(?:the\s+)?)(?:Ständerat|Nationalrat|Bundesrat|Bundestag|Landtag|Senat"
    r"|kleine\s+Kammer|große\s+Kammer|Plenum|Parlament|Senate|House|Lords|Commons|Assembly|upper\s+house"
    r"|lower\s+house|[Pp]arliament|[Cc]ongress)\b"
    # the chamber that decides next: "Über die Motion entscheidet im Sommer die kleine Kammer"
    r"|\b[Üü]ber\s+(?:die|den|das)\s+[\wäöüß-]+\s+(?:entscheidet|befindet|berät|stimmt)\s+(?:[\wäöüß]+\s+){0,3}?"
    r"(?:der|die|das)\s+(?:Ständerat|Nationalrat|Bundesrat|Bundestag|Landtag|Senat|kleine\s+Kammer|große\s+Kammer"
    r"|Parlament|Plenum)\b"
)
_COURT_STEP = re.compile(
    r"\bbekannten?\s+sich\s+(?:[\wäöüß]+\s+){0,2}?schuldig\b"
    r"|\b(?:Urteil|Entscheid|Entscheidung|Schuldspruch)\b[^.;:]{0,20}?\b(?:wird|werden)\s+(?:[\wäöüß]+\s+){1,4}?erwartet\b"
)
_CAUSE_NAMED = re.compile(r"\s*Als\s+(?:Haupt)?[Uu]rsache\b[^,.;:]{0,40}?\s(?:gilt|gelten|galt|galten)\s")
_PROCEDURE_WORDS = frozenset(word_list("geht goes schuldig erwartet ursache hauptursache entscheidet befindet berät"))
# --- Something said not to exist (a fact-check's answer to a claim), or not reported at all: "There is no
# such law or policy.", "Eine solche Steuer gibt es nicht.", "Ein solches Dokument gebe es derzeit nicht",
# "There were no immediate reports of damage"; not the saying "There is no such thing as a free lunch".
_ABSENCE_WORDS = frozenset(word_list("such solche solches solcher solchen reports berichte"))
_ABSENCE = re.compile(
    r"\bthere\s+(?:is|was|are|were|exists?|existed)\s+no\s+such\s+(?!thing\s+as\b)[a-z]+"
    r"|\bno\s+such\s+(?!thing\b)[a-z]+(?:\s+(?:or|and)\s+[a-z]+)?\s+(?:exists?|existed|has\s+been|was|is)\b"
    r"|\b(?:ein|eine|einen)\s+solche[snr]?\s+[a-zäöüß\-]+\s+(?:gibt|gab|gebe|gäbe|existiert|existiere)\s+es\s+"
    r"(?:[a-zäöüß]+\s+){0,2}?nicht\s*(?:[.,;]|$)"
    r"|\bes\s+(?:gibt|gab|gebe)\s+(?:[a-zäöüß]+\s+){0,2}?keine[nr]?\s+solche[snr]?\s+[a-zäöüß\-]+\s*(?:[.,;]|$)"
    # (no report of harm, as "No injuries were reported")
    r"|\b(?:there\s+(?:were|was|have\s+been|had\s+been)\s+)no\s+(?:immediate\s+|initial\s+|early\s+|further\s+)?"
    r"reports?\s+of\s+(?:any\s+|serious\s+|major\s+)?(?:damage|casualties|injuries|deaths|victims|fatalities)\b"
    r"|\b(?:es\s+gab|lagen)\s+(?:zunächst\s+|vorerst\s+)?keine\s+berichte\s+über\s+(?:verletzte|tote|opfer|schäden)\b"
)
# --- What a law or a rule provides, in the present ("The law also bars landlords from refusing tenants ...",
# "Die Verordnung verbietet Heizpilze in Gastgärten"): a rule by law, checkable against its text.
_LAW_VERB_WORDS = frozenset(
    word_list("""
    bars bans prohibits forbids requires obliges allows permits exempts caps limits verbietet verpflichtet erlaubt
    untersagt schreibt sieht befreit begrenzt
    """)
)
_LAW_PROVIDES = re.compile(
    r"\b(?:the|this|that|a|new)\s+(?:[a-z-]+\s+)?(?:law|rule|rules|regulation|regulations|bill|act|ordinance|directive"
    r"|statute|decree|treaty|constitution)\s+(?:also\s+|now\s+|already\s+)?(?:bars|bans|prohibits|forbids|requires"
    r"|obliges|allows|permits|exempts|caps|limits)\b"
    r"|\b(?:das|die|der)\s+(?:neue\s+)?(?:gesetz|verordnung|richtlinie|regelung|novelle|vertrag|verfassung|gesetzesnovelle)"
    r"\s+(?:\w+\s+){0,1}?(?:verbietet|verpflichtet|erlaubt|untersagt|befreit|begrenzt|schreibt|sieht)\b"
)


# --- An agenda and a competence ("Ein Treffen stehe derzeit nicht auf der Tagesordnung", "is not on the agenda",
# "Für die Vergabe sind die Länder zuständig"): what is set, who decides.
_AGENDA_WORDS = frozenset(word_list("tagesordnung agenda zuständig"))
_AGENDA = re.compile(
    r"\b(?:steht|stehe|stehen|stand|standen|ist|sei|war)\s+(?:[\wäöüß]+\s+){0,3}?auf\s+der\s+tagesordnung\b"
    r"|\b(?:is|was|are|were|remains)\s+[\"“]?(?:still\s+|not\s+|yet\s+|no\s+longer\s+|firmly\s+)*on\s+the\s+agenda\b"
    r"|\b(?:ist|sind|sei|seien|war|waren)\s+(?:[\wäöüß]+\s+){1,4}?zuständig\s*[.,;]"
)


# --- What an image or a recording shows ("Das Video zeigt einen Konvoi", "Auf dem Foto ist ein
# Straßenschild zu erkennen", "In the clip a siren can be heard"): the observation a fact-check tests.
_IMAGE_WORDS = frozenset(
    word_list("""
    zeigt zeigen zeigte zeigten sehen erkennen hören shows show showed depicts depict seen heard visible audible
    """)
)
_IMAGE_NOUN = (
    r"(?:foto|fotos|bild|bilder|video|videos|aufnahme|aufnahmen|clip|clips|screenshot|photo|photos|picture"
    r"|pictures|image|images|footage|recording)"
)
_IMAGE_SHOWS = re.compile(
    _IMAGE_NOUN + r"\b[^.;:!?]{0,60}?\b(?:zeigt|zeigen|zeigte|zeigten|shows|show|showed|depicts|depict)\b(?!\s+sich\b)"
)
_IMAGE_NOUN_RE = re.compile(_IMAGE_NOUN + r"\b")
_SEEN_IN_IMAGE = re.compile(
    r"\b(?:ist|sind|war|waren)\b[^.;:!?]{0,80}?\bzu\s+(?:sehen|erkennen|hören)\b"
    r"|\bcan\s+(?:clearly\s+)?be\s+(?:seen|heard)\b|\b(?:is|are|was|were)\s+(?:clearly\s+)?(?:visible|audible)\b"
)


def _image_shows(low: str) -> bool:
    """An image or a recording named with what it shows (see _IMAGE_WORDS)."""
    if _IMAGE_SHOWS.search(low):
        return True
    return _SEEN_IN_IMAGE.search(low) is not None and _IMAGE_NOUN_RE.search(low) is not None


_TRIGGERS = (
    _STATUS_WORDS | _RECORD_WORDS | _DE_SCHEDULED | _REMAINS_WORDS | _RULE_WORDS | _VAGUE_COUNTS | _INQUIRY_WORDS
    | _GUIDANCE_WORDS | _DAMAGE_WORDS | _DRAW_WORDS | _VALIDITY_WORDS | _EN_WILL_WORDS | _PROCEDURE_WORDS
    | _ABSENCE_WORDS | _IMAGE_WORDS | _LAW_VERB_WORDS | _AGENDA_WORDS | frozenset(["werde"])
)
# Words without which a pattern cannot match, looked up before it runs (a pattern costs 5-15 µs a
# sentence, a set lookup well under one): the shape of a superlative or a record word (a German stem
# and an ending anywhere: "größten", "umsatzstärkste"), a verb of a scheduled event after "will", a
# modal or a word of law beside a term limit.
_EN_SUPERLATIVE_WORDS = frozenset(_EN_SUPERLATIVES) | frozenset(word_list("most least record all best worst"))
_DE_SUPERLATIVE_SHAPE = re.compile("(?:" + trie_pattern(_DE_SUPERLATIVE_STEMS) + r")(?:e|en|er|es|em)\b")
_RULE_MODALS = frozenset(
    word_list("""
    cannot can can't can’t may must required obliged barred banned prohibited limited allowed darf dürfen kann
    können gesetzlich laut gesetzes
    """)
)


def plain_fact(text: str, tokens: list[str], first_person: bool, lang: str | None) -> bool:
    """A fact without a figure or an event verb (see the module's docstring); ``tokens`` are the
    sentence's lower-case words, ``first_person``: one of them is "ich", "we", "my" ..."""
    if _TRIGGERS.isdisjoint(tokens) and (lang == "en" or ("eschichte" not in text and "ekord" not in text)):
        return False
    words = _TRIGGERS.intersection(tokens)
    low = text.lower()
    # (not in the first person: "Das ist der größte Unsinn, den ich je gehört habe", "My verdict is final")
    if not first_person and (
        (not _STATUS_WORDS.isdisjoint(words) and _STATUS.search(low)) or _record(text, low, tokens, words, lang)
    ):
        return True
    if (
        not _EN_WILL_WORDS.isdisjoint(words)
        and lang != "de"
        and not _EN_SCHEDULED.isdisjoint(tokens)
        and _EN_SCHEDULE.search(low)
    ):
        return True
    if (
        lang != "en"
        and not _DE_SCHEDULED.isdisjoint(words)
        and _verb_then_date(text, _DE_WILL, _DE_SCHEDULE_END, _DE_SCHEDULE_BEFORE)
    ):
        return True
    # (not "ich werde": first_person)
    if (
        lang != "en"
        and "werde" in words
        and not first_person
        and _verb_then_date(text, _DE_REPORTED_WILL, _DE_INFINITIVE_END, _DE_INFINITIVE_BEFORE)
    ):
        return True
    if not _REMAINS_WORDS.isdisjoint(words) and _remains(text, low, lang):
        return True
    if not _INQUIRY_WORDS.isdisjoint(words) and _INQUIRY.search(low):
        return True
    if not first_person and not _GUIDANCE_WORDS.isdisjoint(words) and _GUIDANCE.search(low):
        return True
    if not _DAMAGE_WORDS.isdisjoint(words) and _DAMAGE.search(low):
        return True
    if not _DRAW_WORDS.isdisjoint(words) and _DRAW.search(low):
        return True
    if not _PROCEDURE_WORDS.isdisjoint(words) and (
        _REFERRAL.search(text) or _COURT_STEP.search(text) or _CAUSE_NAMED.match(text)
    ):
        return True
    if not _ABSENCE_WORDS.isdisjoint(words) and _ABSENCE.search(low):
        return True
    if not _IMAGE_WORDS.isdisjoint(words) and _image_shows(low):
        return True
    if not _LAW_VERB_WORDS.isdisjoint(words) and _LAW_PROVIDES.search(low):
        return True
    if not _AGENDA_WORDS.isdisjoint(words) and _AGENDA.search(low):
        return True
    if not _VALIDITY_WORDS.isdisjoint(words) and in_force(low, lang):
        return True
    if tokens and tokens[0] in _VAGUE_COUNTS and _vague_count_past(text, low, lang):
        return True
    return (
        not _RULE_WORDS.isdisjoint(words) and not _RULE_MODALS.isdisjoint(tokens) and _RULE.search(low) is not None
    )


def _record(text: str, low: str, tokens: list[str] | set[str], words: set[str], lang: str | None) -> bool:
    """A record (see _RECORD): a frame or a record word, the shape of a superlative, no judgement noun."""
    if words.isdisjoint(_RECORD_WORDS) and "eschichte" not in text and "ekord" not in text:
        return False
    shaped = (lang != "de" and not _EN_SUPERLATIVE_WORDS.isdisjoint(tokens)) or (
        lang != "en"
        and (
            "ekord" in low
            or "allzeit" in low
            or "beste" in low
            or "schlechteste" in low
            or ("so" in tokens and "wie" in tokens)
            or _DE_SUPERLATIVE_SHAPE.search(low) is not None
        )
    )
    return shaped and _JUDGEMENT.isdisjoint(tokens) and _RECORD.search(low) is not None


def quoted_record(quote: str, low: str, words: set[str], lang: str | None) -> bool:
    """A record measured against a frame inside a quote („Das ist die größte Investition in der Geschichte des
    Landes“): checkable, whoever says it (see _record); ``low`` and ``words`` are the quote lower-cased and its
    words, as quote_evidence reads them."""
    return _record(quote, low, words, _TRIGGERS.intersection(words), lang)


def _vague_count_past(text: str, low: str, lang: str | None) -> bool:
    """The sentence opens on a vague count, the subject of a past verb (see _DE_VAGUE_SUBJECT)."""
    if lang != "en":
        m = _DE_VAGUE_SUBJECT.match(text)
        if m is not None:
            verb = m.group(1)
            return verb.endswith(("ierte", "ierten")) or verb in _DE_PAST_FINITE or verb in _FACT_VERBS_DE
    return lang != "de" and _EN_VAGUE_SUBJECT.match(low) is not None


def _remains(text: str, low: str, lang: str | None) -> bool:
    if lang != "de" and _EN_REMAINS.search(low):
        return True
    if lang == "en":
        return False
    for clause in _DE_REMAINS.finditer(text):
        m = _DE_REMAINS_END.search(clause.group(1))
        if m is not None:
            part = m.group("part")
            if part is None or (part not in _DE_SEIN_ADJECTIVES and part not in _DE_REMAINS_MOOD):
                return True
    return False


def _verb_then_date(text: str, clause: re.Pattern, last: re.Pattern, before: re.Pattern) -> bool:
    """A clause opened by ``clause`` closes on a verb (``last`` on the rest of the clause), or ``before``
    finds the verb before a closing auxiliary; and a date ahead is in the sentence. For a scheduled event
    (_DE_WILL, _DE_SCHEDULE_END, _DE_SCHEDULE_BEFORE) and an announcement in the Konjunktiv I
    (_DE_REPORTED_WILL, _DE_INFINITIVE_END, _DE_INFINITIVE_BEFORE)."""
    opened = False
    for c in clause.finditer(text):
        if last.search(c.group(1)):
            return _date_ahead(text)
        opened = True
    # (``before`` needs the auxiliary that opens a clause)
    return opened and before.search(text) is not None and _date_ahead(text)


def _date_ahead(text: str) -> bool:
    """A date ahead in a German sentence (_DE_TIME_AHEAD, _DE_DATE_MORE)."""
    # (a capital at the sentence start: "Im Herbst wird ...")
    dated = text[:1].lower() + text[1:]
    for m in _DE_TIME_AHEAD.finditer(dated):
        if not m.group().endswith(("Ende", "Anfang", "Mitte")) or _DE_DATE_AFTER.match(dated, m.end()):
            return True
    return _DE_DATE_MORE.search(dated) is not None
