"""Who said it: attribution in German and English reported speech, and quote spans."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .wordtrie import trie_pattern, word_list

PRONOUN = "<pronoun>"  # marker: the speaker is a pronoun, resolved from context by the engine

_DE_VERBS = (
    r"sagte|sagten|sagt|erklärte|erklärten|erklärt|betonte|betonten|betont|bestätigte"
    r"|bestätigten|bestätigt|berichtete|berichteten|schrieb|schrieben|meinte|meinten|warnte"
    r"|warnten|kritisierte|kritisierten|forderte|forderten|unterstrich|bekräftigte"
    r"|versicherte|ergänzte|erläuterte|mahnte|argumentierte|behauptete|verkündete"
    r"|twitterte|teilte|teilten|fügte|fügten|kündigte|kündigten|räumte|gab|gaben|äußerte"
    r"|antwortete|widersprach|versprach|meldete|meldeten|hieß|sagt|erklärt|schreibt"
    r"|berichtet|teilt|warnt|betont|fordert|kritisiert"
)
_EN_VERBS = (
    r"said|says|told|tells|added|adds|stated|states|warned|warns|explained|noted|wrote"
    r"|writes|argued|insisted|claimed|announced|confirmed|reported|reports|declared"
    r"|stressed|acknowledged|admitted|testified|tweeted|posted|emphasised|emphasized"
    r"|cautioned|predicted|estimated|say|estimates"
)
_PARTICIPLES_DE = (
    r"gesagt|erklärt|betont|mitgeteilt|angekündigt|berichtet|bestätigt|gewarnt|kritisiert"
    r"|gefordert|geschrieben|versichert|bekräftigt|unterstrichen|eingeräumt|hinzugefügt"
)

_CAP = r"[A-ZÄÖÜ][\wÄÖÜäöüß'’.\-]*"
_TOKEN = re.compile(r"[^\s,;:!?\"„“”«»()]+")
_TOKEN_BREAK = re.compile(r"[,;:!?\"„“”«»()]")


def _tokens(rest: str) -> list[str]:
    """_TOKEN.findall(rest): str.split() where only spaces separate the tokens (the phrase after
    a verb of saying mostly), which is several times faster (re's whitespace is str.isspace())."""
    return _TOKEN.findall(rest) if _TOKEN_BREAK.search(rest) else rest.split()

_DE_INVERTED_TAIL = (
    r"(?:(?:so|dann|das|dies|damals|zuvor|später|zudem|außerdem)\s+)?"
    r"(?P<verb>" + _DE_VERBS + r")\s+(?P<rest>[^,.;:!?“”\"»«„]+)"
)
# Inverted attribution after a quote or clause ("…“, sagte X"), at the start or after a
# mark: two patterns, so that re can skip ahead to the marks (finditer over
# "(?:^|[…]\s*)…" would try every position).
_DE_INVERTED_START = re.compile(_DE_INVERTED_TAIL)
_DE_INVERTED = re.compile(r"[,;:“”\"»«„–]\s*" + _DE_INVERTED_TAIL)
# Verbs of estimating and expecting attribute only inverted after a comma at the end of the
# sentence ("..., schätzt das Bundesamt für Gesundheit."); before their object they state a
# view of the subject's own ("Die Regierung schätzt die Lage als ernst ein"), no attribution.
_DE_ESTIMATE_VERBS = word_list(
    "schätzt schätzte schätzen schätzten erwartet erwartete erwarten erwarteten rechnet rechnete rechnen rechneten"
)
_DE_ESTIMATE = re.compile(
    r",\s*(?:" + "|".join(_DE_ESTIMATE_VERBS) + r")\s+(?P<rest>[^,.;:!?“”\"»«„]+?)"
    r"(?:\s+vor)?[\s“”\"»«]*[.!]?[\s“”\"»«]*$"
)
_DE_SO = re.compile(r"[,“”\"»«„–]\s*so\s+(?P<rest>[^,.;:!?“”\"»«„]+)")
_DE_LAUT = re.compile(r"(?:^|(?<=\s)|(?<=[(„“\"]))(?:[Ll]aut|[Gg]emäß)\s+(?P<rest>[^,.;:!?“”\"»«„]+)")
_DE_ANGABEN = re.compile(
    r"\b(?:[Nn]ach|[Ll]aut)\s+(?:eigenen\s+|offiziellen\s+|ersten\s+|vorläufigen\s+)?(?:Angaben|Informationen"
    r"|Recherchen|Berichten|Schätzungen|Darstellung)\s+(?P<art>der|des|von|vom|(?:sein|ihr|unser)e[rs])\s+[„“\"»]?"
    r"(?P<rest>[^,.;:!?“”\"»«„]+)"
)
# Words that start a "nach Angaben ..." source besides "Angaben" itself.
_SOURCE_NOUNS = frozenset(word_list("informationen recherchen berichten schätzungen darstellung"))
_LAUT_SOURCE_NOUNS = _SOURCE_NOUNS | {"angaben"}
_DE_X_ANGABEN = re.compile(r"\b[Nn]ach\s+(?:ersten\s+|vorläufigen\s+)?(?P<x>[A-ZÄÖÜ][\wäöüß]+?)(?:-Angaben|angaben)\b")
_DE_ZUFOLGE = re.compile(
    r"(?P<np>(?:(?:der|dem|des|den|die|einem|einer)\s+)?(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}"
    r"(?:" + _CAP + r"\s+){0,4}" + _CAP + r"(?:\s+(?:des|der)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+)?" + _CAP + r")?)"
    r"\s+zufolge\b"
)
# Every chunk of _DE_ZUFOLGE's "np" is free of whitespace and ends at whitespace (re's \s is
# str.isspace(), which str.split() splits on), so a match is at most this many tokens before
# the token that starts with "zufolge"; only the first token may be entered mid-way.
_ZUFOLGE_MAX_TOKENS = 11
# A whole token is a chunk in lower case (article, adjective, "des"/"der": all have the
# adjectives' shape) or a capitalised one; the np's chunks are L{0,3} C{1,5} (L L? C)?, so read
# backwards from "zufolge" their classes spell a prefix of one of these strings.
_ZUFOLGE_LOWER = re.compile(r"[a-zäöüß]+(?:e|en|er|es|em)")
_ZUFOLGE_CAP = re.compile(_CAP)
_ZUFOLGE_BACKWARDS = frozenset(
    (gen + "C" * caps + "L" * lower)[:n]
    for gen in ("", "CL", "CLL")
    for caps in range(1, 6)
    for lower in range(4)
    for n in range(1, 12)
)


def _search_zufolge(text: str) -> re.Match[str] | None:
    """_DE_ZUFOLGE.search(text), identical match, without trying the pattern at every position:
    only in the span before each "zufolge" that follows whitespace, back to the nearest token that
    cannot be a whole chunk of "np" there (class or order) or else _ZUFOLGE_MAX_TOKENS tokens.
    Each span (overlapping spans merged) is searched with endpos past the 11 tokens from its last
    "zufolge", where whitespace follows: no attempt from a start inside the span reads further,
    so a match starting there is the one a search over the whole text would return."""
    spans: list[list[int]] = []  # [window start, last "zufolge" of the window], disjoint
    z = text.find("zufolge")
    while z != -1:
        if z and text[z - 1].isspace():
            # Walk back over the tokens that can be whole chunks in this order; the first that
            # cannot is where a match may start at the earliest (mid-way), else the 11th token.
            start, classes = z, ""
            for token in reversed(text[:z].rsplit(None, _ZUFOLGE_MAX_TOKENS)[-_ZUFOLGE_MAX_TOKENS:]):
                start = text.rfind(token, 0, start)
                if _ZUFOLGE_CAP.fullmatch(token):
                    classes += "C"
                elif _ZUFOLGE_LOWER.fullmatch(token):
                    classes += "L"
                else:
                    break
                if classes not in _ZUFOLGE_BACKWARDS:
                    break
            while spans and start <= spans[-1][1]:  # overlaps (or swallows) earlier spans
                start = min(start, spans.pop()[0])
            spans.append([start, z])
        z = text.find("zufolge", z + 7)
    for start, last in spans:
        tail = text[last:].split(None, _ZUFOLGE_MAX_TOKENS)
        end = len(text) - len(tail[-1]) if len(tail) > _ZUFOLGE_MAX_TOKENS else len(text)
        m = _DE_ZUFOLGE.search(text, start, end)
        if m and m.start() < last:
            return m
    return None


# The verbs that close "wie X mitteilte": one list for the pattern and for its gate (_WIE_VERBS).
_WIE_VERB_FORMS = [
    "mitteilte", "mitteilten", "berichtete", "berichteten", "sagte", "sagten", "erklärte", "erklärten",
    "bestätigte", "bestätigten", "meldete", "meldeten", "schrieb", "mitgeteilt", "bekannt gab", "bekanntgab",
    "ankündigte", "ankündigten", "betonte", "betonten", "warnte", "warnten",
]
_DE_WIE = re.compile(
    r"\b[Ww]ie\s+(?P<rest>[^,.;:!?“”\"»«„]+?)\s+(?:" + "|".join(_WIE_VERB_FORMS) + r")\b"
)
# "..., wie das Landeskriminalamt mitteilte." closing the sentence names its source, not the
# subject before it ("Die Hacker forderten ..."); right after the verb it is its object
# ("Der Zeuge berichtete, wie der Täter ihn warnte").
_DE_WIE_END = re.compile(
    r",\s*wie\s+(?P<rest>[^,.;:!?“”\"»«„]+?)\s+(?:" + "|".join(_WIE_VERB_FORMS)
    + r")[\s“”\"»«]*[.!]?[\s“”\"»«]*$"
)
_DE_HIESS = re.compile(
    r"\b(?:hieß|heißt)\s+es\s+(?P<prep>aus|von|vom|in|im|bei|beim|seitens)\s+(?P<rest>[^,.;:!?“”\"»«„]+)"
)
# "heißt es in einer Aussendung des Ministeriums": the document's owner is the source.
_DE_DOCUMENT = re.compile(
    r"(?:einer|einem|der|dem|seiner|ihrer)\s+[\wäöüß]*(?:aussendung|mitteilung|erklärung|stellungnahme"
    r"|bericht|studie|schreiben|papier|analyse|urteil|beschluss|entscheidung)\s+(?P<owner>(?:des|der)\s+.+)",
    re.IGNORECASE,
)
_GENITIVE = r"(?:\s+(?:des|der)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+)?" + _CAP + r")?"
# "Das Bundesamt für Statistik teilte mit": kept only after an institution (_is_institution_de).
_FUER = r"(?:\s+für(?:\s+" + _CAP + r"){1,3})?"
_DE_SUBJECT = re.compile(
    r"^[\s„“\"»«]*(?P<np>(?:(?:Der|Die|Das|Ein|Eine)\s+)?(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}"
    r"(?:" + _CAP + r"\s+){0,4}" + _CAP + _GENITIVE + _FUER + r"|Er|Sie)\s+"
    r"(?:(?:hat|hatte|habe|haben|hatten|hätte|sei|soll)\s+)?"
    r"(?:(?:am|im|in|vor|nach|bei|zudem|auch|außerdem|bereits|noch|nun|dann|später|erneut"
    r"|wiederholt|zuvor|jedoch|aber|indes|laut)\s+(?:[\wäöüß\-]+\s+)??){0,3}"
    r"(?P<verb>" + _DE_VERBS + r"|" + _PARTICIPLES_DE + r")\b"
)
_DE_AUX_SUBJECT = re.compile(
    r"^[\s„“\"»«]*(?P<np>(?:(?:Der|Die|Das|Ein|Eine)\s+)?(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}"
    r"(?:" + _CAP + r"\s+){0,4}" + _CAP + r"|Er|Sie)\s+(?:hat|hatte|habe|haben|hatten)\s+"
    r"[^,;:]{0,80}?\b(?:" + _PARTICIPLES_DE + r")\b"
)

_DE_FRONTED = frozenset(
    [
        "Am", "Im", "In", "Bei", "Beim", "Nach", "Vor", "Auf", "Zum", "Zur", "Vom", "Mit", "Seit", "Während",
        "Gegenüber", "Über", "Unter", "Auch", "Zudem", "Außerdem", "Dazu", "Danach", "Daraufhin", "Dabei",
        "Damals", "Zuvor", "Später", "Gestern", "Heute", "Erst", "Bereits", "Zuletzt", "Anschließend",
        "Inzwischen", "Mittlerweile", "Dort", "Hier", "Jetzt", "Nun", "Dann", "So", "Dies", "Das", "Es",
        "Wie",
    ]
)
_DE_NO_SUBJECT = _DE_FRONTED | frozenset(["Wer", "Was", "Wen", "Wem", "Wessen", "Welche", "Welcher", "Welches"])
_DE_V2 = re.compile(r"\s(?P<verb>" + _DE_VERBS + r")\s+(?P<rest>[^,.;:!?“”\"»«„]+)")
_WORDS = re.compile(r"[\w'’]+")
# Any attribution pattern needs one of these words.
TRIGGERS = _TRIGGERS = frozenset(
    (_DE_VERBS + "|" + _EN_VERBS + "|" + _PARTICIPLES_DE).split("|")
    + word_list("laut gemäß zufolge angaben so wie hieß heißt according informationen recherchen berichten")
    + word_list("schätzungen darstellung")
    + _DE_ESTIMATE_VERBS
)
_DE_ESTIMATE_SET = frozenset(_DE_ESTIMATE_VERBS)
_DE_VERB_SET = frozenset((_DE_VERBS + "|" + _PARTICIPLES_DE).split("|"))
_EN_VERB_SET = frozenset(_EN_VERBS.split("|"))
_WIE_VERBS = frozenset(form.split()[0] for form in _WIE_VERB_FORMS)
# The words find_speaker() looks for in ``words``: any set that has those of them in the sentence will do.
SPEAKER_WORDS = _TRIGGERS | _WIE_VERBS
# Needs a word boundary before it too, checked where it is used (a leading \b would make re
# try every position; no valid match can start inside a rejected one, which is all letters).
_EN_VERB_RE = re.compile(r"(?:" + trie_pattern(_EN_VERBS.split("|")) + r")\b")
_EN_INVERTED = re.compile(r"[,“”\"]\s*(?:" + _EN_VERBS + r")\s+(?P<rest>[^,.;:!?“”\"]+)")
_EN_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?P<rest>[^,;:!?“”\"]+)")
_EN_SEGMENT_START = re.compile(r"(?:^|[,;:“”\"(]|\band\b|\bbut\b|\bthat\b|\bwhile\b)\s*(?=[^,;:“”\"(]*$)")
_EN_ADVERBS = frozenset(
    [
        "also", "later", "earlier", "previously", "separately", "recently", "then", "again", "once", "has",
        "had", "have", "would", "will", "on", "wednesday", "monday", "tuesday", "thursday", "friday",
        "saturday", "sunday",
    ]
)

_DE_PREPOSITIONS = frozenset(
    [
        "am", "im", "in", "vor", "nach", "auf", "bei", "beim", "gegenüber", "zu", "zum", "zur", "mit", "an",
        "aus", "über", "während", "seit", "unter", "vom", "von", "ans", "ins", "durch", "für", "gegen",
        "hinter", "neben", "ohne", "um",
    ]
)
_DE_ARTICLES = frozenset(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen"])
# Possessives start a speaker's phrase like articles: "sagte sein Anwalt", "laut ihrer Sprecherin".
_DE_POSSESSIVES = frozenset(
    p + e for p in ("sein", "ihr", "unser", "dessen", "deren") for e in ("", "e", "er", "es", "em", "en")
    if not (p in ("dessen", "deren") and e)
)
_DE_DETERMINERS = _DE_ARTICLES | _DE_POSSESSIVES
_DE_LOWER_SKIP = frozenset(
    [
        "zudem", "indes", "jedoch", "auch", "außerdem", "weiter", "dazu", "bereits", "noch", "nun", "dann",
        "später", "erneut", "wiederum", "ebenfalls", "zuletzt", "daraufhin", "schließlich", "gestern",
        "heute", "morgen", "abends", "zuvor", "damals", "demnach", "allerdings", "aber", "sogar", "nochmals",
        "bislang", "inzwischen", "mittlerweile", "ausdrücklich", "öffentlich", "dort", "hier", "jetzt",
        "vergangene", "vergangenen",
    ]
)
_ADDRESSEES = frozenset(
    [
        "Journalisten", "Journalistinnen", "Reportern", "Reporter", "Medien", "Zeitung", "Zeitungen",
        "Nachrichtenagentur", "Nachrichtenagenturen", "Sender", "Fernsehsender", "Fernsehen", "Rundfunk",
        "Radio", "Abgeordneten", "Parlament", "Publikum", "Anhängern", "Delegierten", "Bürgern", "Gästen",
        "Agentur", "Zuhörern", "Reuters", "AFP", "dpa", "AP", "APA",
    ]
)
_ROLE_DE = re.compile(
    r"(?:sprecher|sprecherin|präsident|präsidentin|minister|ministerin|kanzler|kanzlerin"
    r"|berater|beraterin|chef|chefin|leiter|leiterin|direktor|direktorin|vorsitzende|vorsitzender"
    r"|gesandte|gesandter|gesandten|botschafter|botschafterin|bürgermeister|bürgermeisterin"
    r"|general|sekretär|sekretärin|abgeordnete|abgeordneter|senator|senatorin|gouverneur"
    r"|gouverneurin|kommissar|kommissarin|unterhändler|unterhändlerin|premier|papst|könig"
    r"|königin|trainer|trainerin|richter|richterin|anwalt|anwältin|staatsanwalt|ermittler"
    r"|experte|expertin|ökonom|ökonomin|analyst|analystin|vize|vertreter|vertreterin"
    r"|beauftragte|beauftragter|koordinator|koordinatorin|dr\.|prof\.|herr|frau|kandidat"
    r"|kandidatin|admiral|oberst|kommandeur|sheriff|manager|managerin|vorstand|sprecherinnen"
    r"|wissenschaftler|wissenschaftlerin|forscher|forscherin|arzt|ärztin|bischof|pfarrer|hauptmann"
    r"|landesrat|landesrätin|stadtrat|stadträtin|kardinal|intendant|intendantin|rektor|rektorin"
    r"|kommandant|kommandantin|major|obmann|obfrau|staatssekretär|staatssekretärin|gründer|gründerin"
    r"|hotelier|wirt|wirtin|unternehmer|unternehmerin)"
    r"(?:en|n|s|es|innen)?$"
)


@lru_cache(maxsize=8192)
def is_role_de(low: str) -> bool:
    """Whether a lower-case German word ends in a role noun ("regierungssprecher")."""
    return _ROLE_DE.search(low) is not None


_ROLE_EN = frozenset(
    [
        "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chancellor",
        "adviser", "advisor", "envoy", "ambassador", "mayor", "governor", "senator", "general", "chief",
        "director", "chairman", "chairwoman", "chair", "leader", "premier", "official", "commissioner",
        "representative", "rep.", "sen.", "gov.", "pope", "king", "queen", "prince", "ceo", "executive",
        "officer", "head", "coach", "manager", "judge", "prosecutor", "lawyer", "attorney", "negotiator",
        "aide", "deputy", "economist", "analyst", "professor", "dr.", "mr.", "mrs.", "ms.", "sir", "lord",
        "lady", "captain", "colonel", "admiral", "sergeant", "detective", "inspector", "sheriff",
        "candidate", "nominee", "lawmaker", "congressman", "congresswoman", "counsel", "founder",
        "spokesperson's", "superintendent", "commander", "marshal", "chancellor's",
    ]
)
# Titles written with a dot before a name ("Dr. Amina Clarke", "Prof. Weber", "Mag. Karl Huber",
# "Sen. Chuck Schumer"): find_speaker drops the dot, which would end an attribution's phrase,
# and the title, like a role, is dropped before the name; British copy writes them without one.
_TITLE_DOT = re.compile(r"\b(Dr|Prof|Mag|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev)\.(?= [A-ZÄÖÜ])")
_TITLE_BARE = re.compile(r"\b(Dr|Prof|Mag|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev)(?= [A-ZÄÖÜ])")
_TITLES = frozenset(word_list("dr prof mag mr mrs ms sen rep gov gen lt col sgt capt rev"))
# Roles and titles, for the speaker's phrase (entities.py reads _ROLE_EN as it is).
_ROLES_EN = _ROLE_EN | _TITLES
# Institutions end a phrase that is not a personal name ("the Labor Department").
_INSTITUTIONS = frozenset(
    [
        "department", "ministry", "office", "party", "bank", "commission", "council", "agency", "service",
        "police", "committee", "house", "court", "army", "forces", "government", "union", "nations",
        "organization", "organisation", "institute", "authority", "administration", "board", "bureau",
        "company", "group", "senate", "parliament", "congress", "military", "cabinet", "kremlin", "fund",
    ]
)
_EN_LOWER_SUBJECTS = frozenset(
    [
        "police", "officials", "authorities", "experts", "witnesses", "residents", "analysts", "researchers",
        "scientists", "doctors", "prosecutors", "investigators", "rescuers", "firefighters", "organisers",
        "organizers", "economists", "diplomats", "sources", "lawyers", "observers", "critics", "activists",
        "officers", "soldiers", "medics", "paramedics", "regulators", "traders", "the", "a", "an",
    ]
)
# Plural group nouns that end a lower-case subject ("hospital officials", "state media").
_EN_GROUP_SUBJECTS = (_EN_LOWER_SUBJECTS - {"the", "a", "an"}) | {"media", "sources", "workers", "staff"}
# Neuter nouns in "-e" (as the end of a compound: "Verwaltungsgebäude"): their genitive adds "-s".
_DE_NEUTER_E = (
    "gebäude", "gelände", "gebirge", "getreide", "gemälde", "gewerbe", "gehäuse", "gemüse", "gefüge", "gewebe",
    "gebilde", "interesse", "erbe", "auge", "ende", "regime", "ensemble", "finale", "image", "prestige",
)
# The gender of a German noun by its ending, which in a compound is its head ("Ratssekretariat",
# "Nachrichtenportal"): the longest listed ending decides, so that "rat" (der Bundesrat) wins over
# "at" (das Konsulat) and "referat" over "rat". Only masculine and neuter tell "dem"/"des" apart
# ("dem Ratssekretariat" is "das Ratssekretariat", "dem Bundesrat" "der Bundesrat"); the
# feminine endings keep a feminine head from being read by a shorter neuter or masculine ending.
# Nouns in "-en" are listed only as verbs made nouns ("Unternehmen", "Abkommen"): after "dem" a
# weak masculine is in "-en" too ("dem Präsidenten", "dem Experten").
_DE_GENDER_ENDINGS = {
    **dict.fromkeys(
        word_list("""
        amt at ium um tum ment ett chen lein nis land werk haus team blatt büro institut gericht komitee
        kommando parlament kabinett portal netzwerk gremium militär heer spital klinikum papier labor gesetz kind
        volk kreuz pentagon regime programm projekt archiv kollektiv tribunal personal kapital signal journal
        magazin seminar protokoll zentrum forum konto radio studio kino auto video foto veto embargo risiko
        szenario depot lager theater orchester kloster opfer register zimmer fenster wasser ufer feuer wetter
        muster viertel kapitel mittel dorf schiff flugzeug boot ministerium präsidium konsulat sekretariat
        referat emirat präparat quadrat karat inserat attentat resultat zitat habitat
        nehmen fahren kommen treffen schreiben haben suchen achten zeichen brechen sehen wissen leben vertrauen
        verhalten gespräch urteil feld
        """)
        + list(_DE_NEUTER_E),
        "n",
    ),
    **dict.fromkeys(
        word_list("""
        rat staat senat monat magistrat apparat soldat kandidat diplomat automat delegat krat pirat prälat
        salat spagat advokat akrobat magnat potentat renegat spinat dienst verband konzern ausschuss bund
        kreml aum irrtum reichtum konsum konsument zement moment ling ismus stab hof frieden namen glauben willen
        gedanken norden osten westen süden garten hafen posten wagen boden rahmen schaden
        """),
        "m",
    ),
    **dict.fromkeys(
        word_list("""
        ung heit keit schaft ion tät ei ie ik enz anz ur erin behörde polizei regierung kommission agentur bank
        armee marine partei kammer akademie stiftung stelle zentrale börse allianz initiative plattform liga
        tat heimat saat heirat erlaubnis kenntnis finsternis wildnis besorgnis nato uno
        """),
        "f",
    ),
}
_DE_GENDER_LONGEST = max(map(len, _DE_GENDER_ENDINGS))
# Feminine heads that join a compound with "-s" ("Regierungsangaben"); "-ei", "-ie", "-e" join without.
_DE_LINKING_S_FEMININE = ("ung", "heit", "keit", "schaft", "ion", "tät")


@lru_cache(maxsize=4096)
def _de_gender(noun: str) -> str | None:
    """The gender ("m", "f", "n") by the noun's longest listed ending, after a hyphen in a
    compound ("EU-Parlament"), else None."""
    low = noun.rsplit("-", 1)[-1].lower()
    for k in range(min(len(low), _DE_GENDER_LONGEST), 1, -1):
        gender = _DE_GENDER_ENDINGS.get(low[-k:])
        if gender:
            return gender
    return None


# Endings of institutions whose names go on with "für" ("Bundesamt für Statistik", "Staatssekretariat
# für Migration").
_DE_INSTITUTIONS = (
    "institut", "amt", "ministerium", "agentur", "zentrum", "behörde", "kommission", "rat", "büro", "stelle",
    "verband", "bund", "gesellschaft", "stiftung", "gericht", "organisation", "komitee", "ausschuss",
    "akademie", "kammer", "fonds", "anstalt", "sekretariat", "kommissariat", "konsulat", "direktorat",
    "direktion", "gremium", "forum", "netzwerk", "bündnis", "allianz", "verein", "initiative", "plattform",
    "liga", "dienst", "zentrale", "universität", "hochschule", "klinik", "tribunal", "kommando", "bank",
)
# The same in the genitive too ("des Bundesamtes für Migration").
_DE_INSTITUTION_FORMS = tuple(e + case for e in _DE_INSTITUTIONS for case in ("", "s", "es"))
_PRONOUNS = frozenset(["er", "sie", "he", "she", "they", "it", "wir", "we", "ich", "i"])
_PARTICLES = frozenset(
    ["von", "van", "de", "der", "den", "al", "bin", "ben", "da", "di", "dos", "del", "le", "la", "zu"]
)
_EN_SOURCE_PREFIX = re.compile(
    r"^(?:(?:figures|data|estimates|a statement|statements|a report|reports|statistics"
    r"|preliminary figures|official figures|a tally|a count|a survey|a poll|a spokesperson"
    r"|a spokesman|a spokeswoman|sources|officials)\s+(?:from|by|of|at|for|released by|published by)\s+)"
)


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    """Quote structure of one sentence: unclosed openings and unmatched closings."""

    opens: int
    closes: int
    has_quote: bool
    starts_quoted: bool


_NO_QUOTES = QuoteMarks(0, 0, False, False)
_QUOTE_CHAR = re.compile(r"[„“”\"«»]")


def quote_marks(text: str) -> QuoteMarks:
    """Classify quote characters by position: an opening mark precedes a word."""
    if not _QUOTE_CHAR.search(text):
        return _NO_QUOTES
    depth = 0
    unmatched = 0
    seen = False
    n = len(text)
    for qm in _QUOTE_CHAR.finditer(text):
        i = qm.start()
        ch = text[i]
        seen = True
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        if ch == "„":
            opening = True
        elif ch == "”" and after in " .,;:!?)–-" and before != " ":
            opening = False
        else:
            opening = ((before.isspace() or before in "(–-:") and not after.isspace()) or i == 0
        if opening:
            depth += 1
        elif depth:
            depth -= 1
        else:
            unmatched += 1
    first = text.lstrip()[:1]
    return QuoteMarks(depth, unmatched, seen, first in '„“”"«»')


def find_speaker(text: str, lang: str, words: frozenset[str] | None = None) -> str | None:
    """The speaker named in one sentence, PRONOUN for "er"/"he", or None.

    ``words`` (the sentence's lower-case words, or at least those in SPEAKER_WORDS) lets a
    sentence without any attribution word skip the patterns.
    """
    if words is None:
        words = frozenset(w.lower() for w in _WORDS.findall(text))
    angaben = "ngaben" in text
    if _TRIGGERS.isdisjoint(words) and not angaben:
        return None
    if ". " in text and _TITLE_DOT.search(text):
        # "sagte Dr. Maria Huber": without its dot the title ends no phrase; a title kept in the
        # speaker ("Prof. John Smith of Oxford University") gets it back.
        bare = _TITLE_DOT.sub(r"\1", text)
        who = _german(bare, words, angaben) if lang == "de" else _english(bare, words)
        return _TITLE_BARE.sub(r"\1.", who) if who and who != PRONOUN else who
    if lang == "de":
        return _german(text, words, angaben)
    return _english(text, words)


# --- German ---------------------------------------------------------------------------


def _german(text: str, words: frozenset[str], angaben: bool) -> str | None:
    # Each pattern runs only when its key word is in the sentence.
    has_verb = not _DE_VERB_SET.isdisjoint(words)
    if has_verb:
        first = _DE_INVERTED_START.match(text)
        if first and not _hiess_es(first):
            np = _forward_np_de(first.group("rest"))
            if np:
                return np
        for m in _DE_INVERTED.finditer(text, first.end() if first else 0):
            np = None if _hiess_es(m) else _forward_np_de(m.group("rest"))
            if np:
                return np
    m = _DE_ESTIMATE.search(text) if not _DE_ESTIMATE_SET.isdisjoint(words) else None
    if m:
        # A determiner or a name opens the source; "erwartet ihn eine Strafe" has none.
        rest = m.group("rest")
        head = rest.split(" ", 1)[0]
        if head.lower() in _DE_DETERMINERS or (head[:1].isupper() and head.lower() not in _PRONOUNS):
            np = _forward_np_de(rest, skip_adverbials=False)
            if np and np != PRONOUN:
                return np
    m = _DE_SO.search(text) if "so" in words else None
    if m:
        np = _forward_np_de(m.group("rest"), skip_adverbials=False)
        if np:
            return np
    m = _subject_de(text) if has_verb else None
    if m and "wie" in words and not _WIE_VERBS.isdisjoint(words):
        end = _DE_WIE_END.search(text, m.end())
        if end and text.find(",", m.end(), end.end()) != _SPACES.match(text, m.end()).end():
            np = _forward_np_de(end.group("rest"), skip_adverbials=False)
            if np:
                return np
    # "Wer A sagt, muss auch B sagen": a question word opens no speaker's phrase, nor does a
    # demonstrative "Das" ("Das sagte X"), but before a noun "Das" is the article ("Das
    # Innenministerium teilte mit").
    if m and (m.group("np").split()[0] not in _DE_NO_SUBJECT or m.group("np").startswith("Das ")):
        np = m.group("np")
        if np.lower() in _PRONOUNS:
            return PRONOUN
        norm = _normalise_de(np.split())
        if norm:
            return norm
    m = _DE_LAUT.search(text) if ("laut" in words or "gemäß" in words) else None
    # "Laut Angaben des Bundesamtes" names its source after the noun: _DE_ANGABEN reads it.
    if m and m.group("rest").split(" ", 1)[0].lower() not in _LAUT_SOURCE_NOUNS:
        np = _forward_np_de(m.group("rest"), skip_adverbials=False, oblique=True)
        if np:
            return np
    m = _DE_ANGABEN.search(text) if angaben or not _SOURCE_NOUNS.isdisjoint(words) else None
    if m:
        rest = m.group("rest")
        if m.group("art") not in ("von", "vom"):
            rest = m.group("art") + " " + rest
        np = _forward_np_de(rest, skip_adverbials=False, oblique=True)
        if np:
            return np
    m = _DE_X_ANGABEN.search(text) if angaben else None
    if m:
        x = m.group("x")
        # Without the linking "-s" ("Regierungsangaben", "Ministeriumsangaben", "Verbandsangaben"),
        # which a masculine or neuter head takes, and of the feminine ones only these.
        if x.endswith("s") and (_de_gender(x[:-1]) in ("m", "n") or x[:-1].endswith(_DE_LINKING_S_FEMININE)):
            x = x[:-1]
        return x
    m = _search_zufolge(text) if "zufolge" in words else None
    if m:
        np = _normalise_de(_zufolge_source(text, m.start(), m.group("np").split()), oblique=True)
        if np:
            return np
    m = _DE_WIE.search(text) if "wie" in words and not _WIE_VERBS.isdisjoint(words) else None
    if m:
        np = _forward_np_de(m.group("rest"), skip_adverbials=False)
        if np:
            return np
    m = _DE_HIESS.search(text) if "hieß" in words or "heißt" in words else None
    if m:
        rest = m.group("rest")
        doc = _DE_DOCUMENT.match(rest)
        if doc:
            rest = doc.group("owner")
        elif m.group("prep") in ("im", "vom", "beim") and rest[:1].isupper():
            rest = "dem " + rest  # "im Ministerium" is "in dem Ministerium"
        np = _forward_np_de(rest, skip_adverbials=False, oblique=True)
        if np:
            return np
    # Verb second: after a fronted phrase the speaker follows the verb
    # ("Am Mittwoch sagte Uschakow", "Bei Gesprächen in Genf erklärten die USA").
    first = text.lstrip(' „“"»«').split(" ", 1)[0]
    if has_verb and first in _DE_FRONTED:
        m = _DE_V2.search(text)
        if m:
            np = _forward_np_de(m.group("rest"))
            if np:
                return np
    return None


def _subject_de(text: str) -> re.Match[str] | None:
    m = _DE_SUBJECT.match(text)
    if m and " für " in m.group("np"):
        # "für" continues an institution's name only, not "Der Sprecher für Außenpolitik".
        words = m.group("np").split()
        if not _is_institution_de(words[words.index("für") - 1]):
            m = None
    return m or _DE_AUX_SUBJECT.match(text)


# What stands before "X zufolge" when X is a place after the source ("Dem Generalstab in Kiew
# zufolge") or the end of an institution's name ("Dem Bundesamt für Statistik zufolge"): the source
# with its article, then the linking word.
_DE_ZUFOLGE_LINK = re.compile(
    r"(?:^|(?<=\s))(?P<src>(?:[Dd]em|[Dd]er|[Dd]en|[Ee]inem|[Ee]iner)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}"
    r"(?:" + _CAP + r"\s+)?" + _CAP + r")\s+(?P<link>in|aus|bei|für)\s+$"
)
_DE_ZUFOLGE_CAPITAL_ARTICLES = frozenset(["Dem", "Der", "Den", "Einem", "Einer"])


def _zufolge_source(text: str, start: int, np: list[str]) -> list[str]:
    """The source of "X zufolge" where X (``np``, from ``start``) is a place after it or the end of
    its name: "Dem Generalstab in Kiew zufolge" -> "Dem Generalstab", "Dem Staatssekretariat für
    Migration zufolge" -> the whole name. Otherwise ``np`` as it is."""
    if start and text[start - 1].isalpha():
        # "Einer früheren Sprecherin zufolge": the pattern's adjective started inside "Einer".
        np = [text[:start].rsplit(None, 1)[-1] + np[0], *np[1:]]
    if np[0][:1].islower() and np[0] not in _DE_ARTICLES:
        # "Dem ukrainischen Generalstab zufolge": the pattern takes only a lower-case article.
        before = text[:start].rsplit(None, 1)[-1:]
        return before + np if before and before[0] in _DE_ZUFOLGE_CAPITAL_ARTICLES else np
    if len(np) > 3 or not all(t[:1].isupper() for t in np) or np[0] in _DE_ARTICLES:
        # A place with an article ("der Ukraine") may be a source too ("der Zeitung"); a capital
        # one is the sentence's first word or part of a name ("in Den Haag").
        return np
    m = _DE_ZUFOLGE_LINK.search(text, max(0, start - 120), start)
    if m is None:
        return np
    src = m.group("src").split()
    if m.group("link") == "für":
        return [*src, "für", *np] if _is_institution_de(src[-1]) else np
    return src if len(np) <= 2 else np  # a place of one or two words ("in Den Haag")


def _forward_np_de(rest: str, skip_adverbials: bool = True, oblique: bool = False) -> str | None:
    tokens = _tokens(rest)
    i, n = 0, len(tokens)
    if skip_adverbials:
        while i < n:
            t = tokens[i]
            low = t.lower()
            if low in _DE_PREPOSITIONS:
                # Skip the phrase: with an article it may hold several capitalised words
                # ("auf dem Kurznachrichtendienst Telegram"), without one just one ("in
                # Moskau"), and a role noun always starts the speaker.
                i += 1
                had_article = False
                while i < n and tokens[i].lower() in _DE_ARTICLES:
                    i += 1
                    had_article = True
                while i < n and tokens[i][:1].islower() and tokens[i].lower() not in _DE_PREPOSITIONS:
                    i += 1
                if i < n and tokens[i][:1].isupper():
                    i += 1
                    while had_article and i < n and tokens[i][:1].isupper() and not _is_role_de(tokens[i]):
                        i += 1
                continue
            if low in _DE_LOWER_SKIP or (t[:1].islower() and low not in _DE_DETERMINERS):
                if low in ("mit", "hinzu", "an", "ein", "bekannt"):
                    return None
                i += 1
                continue
            break
    if i >= n:
        return None
    if (tokens[i].lower() in _PRONOUNS and tokens[i].lower() not in ("sie",)) or tokens[i] in ("er", "sie"):
        return PRONOUN
    np: list[str] = []
    if tokens[i].lower() in _DE_DETERMINERS:
        np.append(tokens[i])
        i += 1
        while i < n and tokens[i][:1].islower() and tokens[i].lower() not in _DE_PREPOSITIONS and len(np) < 4:
            if tokens[i].lower() in _DE_LOWER_SKIP:
                break
            np.append(tokens[i])
            i += 1
    caps = 0
    while i < n:
        t = tokens[i]
        if t[:1].isupper() and t[0].isalpha():
            # "sagte Uschakow Reuters" names an addressee; "die Nachrichtenagentur Reuters" is one.
            if caps and t in _ADDRESSEES and np[-1] not in _ADDRESSEES:
                break
            np.append(t)
            caps += 1
            i += 1
        elif caps and t in _PARTICLES and i + 1 < n and (tokens[i + 1][:1].isupper() or tokens[i + 1] in _PARTICLES):
            if t in ("der", "den") and np[-1] not in ("von", "van"):
                break
            np.append(t)
            i += 1
        else:
            break
    if not caps:
        return None
    i = _name_with_fuer(tokens, i, np)
    # Genitive attribute after a role noun or an institution: "ein Sprecher des Ministeriums",
    # "das Generalsekretariat des Rates".
    if i + 1 < n and tokens[i] in ("des", "der") and not _looks_like_name(np):
        j = i + 1
        gen = [tokens[i]]
        while j < n and tokens[j][:1].islower() and len(gen) < 3:
            gen.append(tokens[j])
            j += 1
        while j < n and tokens[j][:1].isupper() and tokens[j] not in _ADDRESSEES:
            gen.append(tokens[j])
            j += 1
        if len(gen) > 1 and gen[-1][:1].isupper():
            np.extend(gen)
            _name_with_fuer(tokens, j, np)  # "ein Sprecher des Staatssekretariats für Migration"
    return _normalise_de(np, oblique=oblique)


def _name_with_fuer(tokens: list[str], i: int, np: list[str]) -> int:
    """An institution's name goes on after "für" ("das Institut für Kriegsstudien"): the
    capitalised words after ``tokens[i]`` == "für" are added to ``np``; where reading stopped."""
    if i + 1 < len(tokens) and tokens[i] == "für" and tokens[i + 1][:1].isupper() and _is_institution_de(np[-1]):
        np.append("für")
        i += 1
        while i < len(tokens) and tokens[i][:1].isupper() and tokens[i] not in _ADDRESSEES:
            np.append(tokens[i])
            i += 1
    return i


def _hiess_es(m: re.Match[str]) -> bool:
    """An inverted "hieß es" ("..., hieß es aus dem Ministerium") is left to _DE_HIESS, which reads
    its preposition; the inverted reading skipped it and took a genitive ("des Rates")."""
    return m.group("verb") == "hieß" and m.group("rest").startswith("es ")


def _de_genitive_to_nominative(noun: str) -> tuple[str, str]:
    """Article and noun of a genitive "des ...s": "Unternehmens" -> ("das", "Unternehmen"),
    "Konzerns" -> ("der", "Konzern"), "Bundesamtes" -> ("das", "Bundesamt"), "Gebäudes" ->
    ("das", "Gebäude"), "Bündnisses" -> ("das", "Bündnis")."""
    low = noun.lower()
    # "-es" is the ending of most ("des Vereines"), but a noun in "-e" takes only "-s" ("des
    # Gebäudes"), like one in "-ee" ("des Komitees"); one in "-nis" doubles its "s" ("des Bündnisses").
    whole_e = low.endswith("ees") or low[:-1].endswith(_DE_NEUTER_E)
    cut = 3 if low.endswith("nisses") else 1 if whole_e or not low.endswith("es") else 2
    stem = noun[:-cut]
    # Nouns made from verbs are neuter ("das Unternehmen", "das Verfahren"), and so are the other
    # nouns in "-en" with a genitive "-ens" but the few masculine ones listed ("des Friedens").
    gender = _de_gender(stem)
    neuter = gender == "n" or (gender is None and (stem.lower().endswith("en") or whole_e))
    return ("das" if neuter else "der"), stem


def _is_institution_de(token: str) -> bool:
    return token.lower().endswith(_DE_INSTITUTION_FORMS)


@lru_cache(maxsize=8192)
def _is_role_de(token: str) -> bool:
    """A role noun, also as the end of a compound: "Kreml-Sprecher", "Regierungssprecherin"."""
    return is_role_de(token.split("-")[-1].lower().rstrip("."))


def _looks_like_name(np: list[str]) -> bool:
    caps = [t for t in np if t[:1].isupper()]
    if not caps:
        return False
    last = caps[-1].split("-")[-1].lower()
    return (
        not is_role_de(last)
        and not last.endswith(("ung", "heit", "keit", "schaft", "ium", "amt", "tion"))
        and not _is_institution_de(last)
        and last not in ("umfeld", "spitze")  # "aus dem Umfeld des Kanzlers"
    )


_DE_OBLIQUE_ARTICLES = {
    "der": "die", "dem": "der", "den": "die", "des": "der", "einer": "eine", "einem": "ein", "eines": "ein",
}


def _de_weak_masculine(noun: str) -> str | None:
    """The nominative of a role noun declined weak in "-en" after "dem"/"des": "Präsidenten" ->
    "Präsident", "Vorsitzenden" -> "Vorsitzende", "Experten" -> "Experte"; else None."""
    if noun.endswith("en"):
        for stem in (noun[:-1], noun[:-2]):
            if is_role_de(stem.rsplit("-", 1)[-1].lower()):
                return stem
    return None


def _oblique_to_nominative(words: list[str]) -> str:
    """The nominative article of a dative or genitive phrase after "laut", "nach Angaben",
    "zufolge", "hieß es aus" (``words`` starts with its article), whose head noun and weak
    adjectives are put in the nominative in place: "der Polizei" -> "die Polizei", "dem
    Ratssekretariat" -> "das Ratssekretariat", "des Gesetzes" -> "das Gesetz", "dem russischen
    Verteidigungsministerium" -> "das russische ...", "dem Präsidenten" -> "der Präsident"."""
    case = words[0].lower()
    # The head noun decides, not a genitive or a name with "für" after it ("dem Bericht des
    # Rechnungshofs", "des Bundesamtes für Migration").
    h = next((k - 1 for k in range(2, len(words)) if words[k] in ("des", "der", "für")), len(words) - 1)
    gender = _de_gender(words[h])
    if case in ("dem", "einem", "des", "eines"):
        weak = _de_weak_masculine(words[h])
        if weak:
            words[h], gender = weak, "m"
        elif case in ("des", "eines") and words[h].endswith("s") and words[h + 1 : h + 2] in ([], ["für"]):
            art, words[h] = _de_genitive_to_nominative(words[h])
            gender = "n" if art == "das" else "m"
        # Masculine or neuter: a feminine guess is wrong here, and unknown nouns are mostly masculine.
        gender = "n" if gender == "n" else "m"
        if case in ("dem", "des"):
            art, adjective = ("das" if gender == "n" else "der"), "e"
        else:
            art, adjective = "ein", ("es" if gender == "n" else "er")
    elif case in ("der", "einer") and gender == "f":
        art, adjective = ("die" if case == "der" else "eine"), "e"
    elif case == "der" and words[h].endswith(("ums", "iums")):
        art, adjective, words[h] = "das", "e", words[h][:-1]
    else:
        return _DE_OBLIQUE_ARTICLES.get(case, case)  # "den Behörden" -> "die Behörden": plural
    # A weak adjective takes the nominative's ending, in names too: "des russischen" -> "das
    # russische", "dem Roten Kreuz" -> "das Rote Kreuz", "einem russischen" -> "ein russischer".
    words[1:h] = [w[:-2] + adjective if w.endswith("en") else w for w in words[1:h]]
    return art


def _normalise_de(np: list[str], oblique: bool = False) -> str | None:
    """Prefer the personal name after a role ("Kreml-Sprecher Dmitri Peskow" -> the name)."""
    if not np:
        return None
    if np[0].lower() in _PRONOUNS and len(np) == 1:
        return PRONOUN
    last_role = -1
    for k, t in enumerate(np):
        if t[:1].isupper() and (_is_role_de(t) or t.lower() in _TITLES):
            last_role = k
    if last_role >= 0:
        tail = np[last_role + 1 :]
        # "der Berater Putins" ends in a genitive, not a name: keep the whole phrase.
        genitive = len(tail) == 1 and tail[0].endswith("s") and last_role > 0 and np[0].lower() in _DE_ARTICLES
        if tail and all(t[:1].isupper() or t in _PARTICLES for t in tail) and tail[0][:1].isupper() and not genitive:
            return " ".join(tail)
    words = list(np)
    if words[0].lower() in _DE_ARTICLES:
        art = words[0].lower()
        if oblique:
            art = _oblique_to_nominative(words)
        words[0] = art
    elif oblique and words[0].lower() in _DE_POSSESSIVES:
        # "laut seinem Anwalt" -> "sein Anwalt", "nach Angaben ihrer Sprecherin" -> "ihre Sprecherin",
        # "nach Angaben seiner Partei" -> "seine Partei" ("-er" is feminine or plural).
        stem = next(p for p in ("unser", "sein", "ihr", "dessen", "deren") if words[0].lower().startswith(p))
        ending = words[0].lower()[len(stem):]
        words[0] = stem + ("e" if ending == "er" or (ending == "en" and words[-1].endswith("in")) else "")
        if ending == "es" and len(words) > 1 and words[-1].endswith("s"):
            words[-1] = _de_genitive_to_nominative(words[-1])[1]  # "seines Anwalts" -> "sein Anwalt"
    return " ".join(words)


# --- English --------------------------------------------------------------------------


def _english(text: str, words: frozenset[str]) -> str | None:
    if not _EN_VERB_SET.isdisjoint(words):
        m = _EN_INVERTED.search(text)
        if m:
            np = _subject_before_apposition(text, m.start()) or _forward_np_en(_rest_over_initials(text, m))
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
        for vm in _EN_VERB_RE.finditer(text):
            start = vm.start()
            if start and _is_word_char(text[start - 1]):
                continue
            np = _backward_np_en(text, start)
            if np:
                return np
    m = _EN_ACCORDING.search(text) if "according" in words else None
    if m:
        rest = _EN_SOURCE_PREFIX.sub("", m.group("rest").strip())
        np = _forward_np_en(rest, allow_of=True)
        if np:
            return np
    return None


# The dots of initials: "U.S.", "U.N.", "D.C.", "John F. Kennedy" (after the first capital).
_EN_INITIALS = re.compile(r"(?:\.[A-Z])*\.[^,.;:!?“”\"]*")


def _rest_over_initials(text: str, m: re.Match[str]) -> str:
    """The phrase after an inverted verb of saying (``m``'s "rest", which stops at the first dot),
    read on over the dots of initials: "said U.S. envoy Dan Whitmore", "said the U.N."."""
    rest, end = m.group("rest"), m.end("rest")
    while text.startswith(".", end) and rest[-1:].isupper() and (len(rest) == 1 or not rest[-2].isalpha()):
        more = _EN_INITIALS.match(text, end)
        rest, end = rest + more.group(), more.end()
    return rest


# A verb of saying closing the sentence after its last comma: ", the Labor Department said."
_EN_FINAL = re.compile(
    r",[^,;:“”\"(]*[^\W\d_][ \u00a0](?P<verb>said|says|added|told reporters|estimated|estimates|reported|announced)"
    r"(?:[ \u00a0]on[ \u00a0][A-Z][a-z]+day)?[”\"’']*\.?[”\"’']*$"
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
        return None
    if m.group("participle"):
        # Before a participle clause a clause may stand ("Prices rose, adding to ..., said X"):
        # the subject ends in a name or a role.
        last = text[:first].rsplit(None, 1)[-1:]
        if not last or not (last[0][:1].isupper() or last[0].lower() in _ROLES_EN):
            return None
    return _backward_np_en(text, first)


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
        if not k:
            return _lower_group_en(tokens)
        np, i = [t.lower() for t in tokens[:k]], k
    if tokens[0].lower() in _EN_DETERMINERS:
        np.append(tokens[0].lower())
        i = 1
    while i < n and len(np) < 9:
        t = tokens[i]
        low = t.lower()
        if low in (
            "on", "in", "at", "that", "to", "after", "before", "during", "when", "as", "was", "is", "were",
            "are", "has", "had", "who", "which", "while", "and", "but", "adding",
        ):
            break
        if low in ("of", "for") and allow_of and np and i + 1 < n:
            np.append(low)
            i += 1
            continue
        if t[:1].isupper() or (np and low not in _EN_VERB_WORDS) or low in _ROLES_EN:
            np.append(t if t[:1].isupper() else low)
            i += 1
            continue
        break
    while np and np[-1] in ("of", "for", "the", "a", "an"):
        np.pop()
    if not np or np in (["the"], ["a"]):
        return None
    return _normalise_en(np)


_EN_DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their"])
# Words that end a lower-case source ("according to election officials in Ohio", "officials
# familiar with the matter") or a description before a name.
_EN_PHRASE_STOP = frozenset(
    word_list("""
    of for and or at in on to with by from as than after before during when where if so then that who which
    while but last next this these those
    """)
)


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


def _described_name(tokens: list[str]) -> int:
    """Where a name starts after a lower-case description, or 0: "the state weather agency
    Aemet", "mortgage buyer Freddie Mac" (at most three lower-case words, then a name of at most
    four capitalised words that does not end in an institution: "the opposition Labour Party")."""
    if not tokens[-1][:1].isupper():
        return 0
    i = 1 if tokens[0].lower() in ("the", "a", "an") else 0
    j = i
    while j < len(tokens) and tokens[j].isalpha() and tokens[j].islower() and tokens[j] not in _EN_PHRASE_STOP:
        j += 1
    tail = tokens[j:]
    if j == i or j - i > 3 or not tail or len(tail) > 4 or tail[-1].lower() in _INSTITUTIONS:
        return 0
    return j if all(t[:1].isupper() for t in tail) else 0


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
    match in ``text[:verb_pos]``, found without trying that pattern at every position.

    Its lookahead allows no delimiter after a match, so only the last delimiter can match,
    and after it only the joining words; with no delimiter, "^" matches at the start.
    """
    m = _LAST_DELIMITER.match(text, 0, verb_pos)
    after = m.end() if m else 0
    last = None
    for last in _EN_JOINER.finditer(text, after, verb_pos):  # noqa: B007 the last one counts
        pass
    if last is not None:
        return last.end()
    return _SPACES.match(text, after, verb_pos).end()


_R_EN_NAME = re.compile(r"[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){1,2}")
_EN_RELATIVES = frozenset(["which", "who", "whom", "what"])
_EN_DEMONSTRATIVES = frozenset(["this", "that", "these", "those"])
# Ends after the last delimiter: the greedy ".*" backtracks from the end (one pattern instead of
# an rfind per delimiter).
_LAST_DELIMITER = re.compile(r".*[,;:“”\"(]", re.DOTALL)
_EN_JOINER = re.compile(r"\b(?:and|but|that|while)\b\s*")
_SPACES = re.compile(r"\s*")
_DATELINE_END = re.compile(r"\)\s*[-–—]\s*")
_EN_AND_NAME = re.compile(r"\b[A-Z][\w'’\-]*\s+(?P<and>and)\s*$")
# The last word of an institution's name with "and" inside ("Food and Drug Administration").
_EN_NAMED_BODIES = _INSTITUTIONS | frozenset(
    word_list("association federation services organisation administration alliance society college")
)


def _backward_np_en(text: str, verb_pos: int) -> str | None:
    start = _segment_start(text, verb_pos)
    segment = text[start:verb_pos].strip()
    if text.endswith(("and ", "and"), 0, start):
        # "the Irish Nurses and Midwives Organisation said": "and" between capitalised words
        # inside an institution's name joins no clause.
        name = _EN_AND_NAME.search(text, 0, start)
        words = segment.split()
        if (
            name
            and words
            and len(words) <= 4
            and all(w[:1].isupper() for w in words)
            and words[-1].lower() in _EN_NAMED_BODIES
        ):
            start = _segment_start(text, name.start("and"))
            segment = text[start:verb_pos].strip()
    if ")" in segment:
        # "GENEVA (Reuters) - The WHO said": the dateline ends before the subject.
        dateline = _DATELINE_END.search(segment)
        if dateline:
            segment = segment[dateline.end() :]
    if not segment:
        # "The official, who spoke on condition of anonymity, said": the subject stands
        # before the relative clause.
        comma = text[:start].rstrip()
        if comma.endswith(","):
            clause = _segment_start(text, len(comma) - 1)
            if text.startswith(("who ", "which "), clause) and text[:clause].rstrip().endswith(","):
                return _backward_np_en(text, len(text[:clause].rstrip()) - 1)
            # "the factory's owner, Helen Cross, said": the name in apposition speaks.
            if _R_EN_NAME.fullmatch(text, clause, len(comma) - 1) and text[:clause].rstrip().endswith(","):
                return text[clause : len(comma) - 1]
    tokens = segment.split()
    if tokens and tokens[0].lower() in _EN_RELATIVES:
        tokens = tokens[1:]  # "prices rose, which analysts said": the relative pronoun is no speaker
    if len(tokens) == 1 and tokens[0].lower() in _EN_DEMONSTRATIVES:
        return None  # "That tells you everything": a thing, not a speaker
    if tokens and tokens[-1].lower() in ("a", "an", "the"):
        return None  # "drew an estimated 400 million": after an article the verb is an adjective
    while tokens and tokens[-1].lower() in _EN_ADVERBS:
        tokens.pop()
    if not tokens or len(tokens) > 9:
        return None
    if len(tokens) == 1 and tokens[0].lower() in _PRONOUNS:
        return PRONOUN
    lows = [t.lower() for t in tokens]
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
    for t, w in zip(tokens, lows, strict=True):
        if not (t[:1].isupper() or w.isalpha() or _is_role_en(w) or (t.endswith(("'s", "’s")) and t[:-2].isalpha())):
            return None
    return _normalise_en(tokens)


def _is_role_en(low: str) -> bool:
    """A role, also after a hyphenated prefix: "vice-chancellor", "co-founder", "ex-president"."""
    return low in _ROLES_EN or ("-" in low and low.rsplit("-", 1)[1] in _ROLES_EN)


def _normalise_en(tokens: list[str]) -> str | None:
    last_role = -1
    for k, t in enumerate(tokens):
        if _is_role_en(t.lower()) and not (k and tokens[k - 1].lower() in ("of", "for")):
            last_role = k
    if last_role >= 0:
        tail = tokens[last_role + 1 :]
        while len(tail) >= 2 and tail[0].lower() in ("of", "for"):
            tail = tail[2:]  # "Secretary of State Marco Rubio"
        if tail and all(t[:1].isupper() for t in tail) and len(tail) <= 4 and tail[-1].lower() not in _INSTITUTIONS:
            return " ".join(tail)
    # A description before a name is dropped like a title: "the state weather agency Aemet".
    name = _described_name(tokens)
    if name:
        return " ".join(tokens[name:])
    words = list(tokens)
    first = words[0]
    if first.lower() in _EN_LOWER_SUBJECTS or (
        first.lower() in _ROLES_EN and not any(t[:1].isupper() for t in words[1:])
    ):
        words[0] = first.lower()
    return " ".join(words)
