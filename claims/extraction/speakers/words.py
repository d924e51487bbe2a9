"""The words attribution is made of: verbs of saying, pronouns, articles, prepositions, addressees,
roles, titles and institutions, and how a phrase is cut into words."""

from __future__ import annotations

import re
from functools import lru_cache

from ..wordtrie import word_list

PRONOUN = "<pronoun>"  # marker: the speaker is a pronoun, resolved from context by the engine

_DE_VERBS = (
    r"sagte|sagten|sagt|erklärte|erklärten|erklärt|betonte|betonten|betont|bestätigte"
    r"|bestätigten|bestätigt|berichtete|berichteten|schrieb|schrieben|meinte|meinten|warnte"
    r"|warnten|kritisierte|kritisierten|forderte|forderten|unterstrich|bekräftigte"
    r"|versicherte|ergänzte|erläuterte|mahnte|argumentierte|behauptete|behaupteten|behauptet|verkündete"
    r"|twitterte|teilte|teilten|fügte|fügten|kündigte|kündigten|räumte|gab|gaben|äußerte"
    r"|antwortete|widersprach|versprach|meldete|meldeten|hieß|sagt|erklärt|schreibt"
    r"|berichtet|teilt|warnt|betont|fordert|kritisiert"
)
_EN_VERBS = (
    r"said|says|told|tells|added|adds|stated|states|warned|warns|explained|noted|wrote"
    r"|writes|argued|insisted|claimed|claims|announced|confirmed|reported|reports|declared"
    r"|stressed|acknowledged|admitted|testified|tweeted|posted|emphasised|emphasized"
    r"|cautioned|predicted|estimated|say|estimates"
)
_PARTICIPLES_DE = (
    r"gesagt|erklärt|betont|mitgeteilt|angekündigt|berichtet|bestätigt|gewarnt|kritisiert"
    r"|gefordert|geschrieben|versichert|bekräftigt|unterstrichen|eingeräumt|hinzugefügt|behauptet"
)

# A capital letter, also an accented one ("Élodie Fauconnet", "Željko Šarić": Latin-1 and Latin Extended-A,
# whose lower-case letters open no word of German or English copy).
UPPER = "[A-ZÀ-ÖØ-ÞĀ-ž]"
# German month names, Austrian ones too ("Jänner", "Feber").
DE_MONTHS = frozenset(
    word_list("Januar Jänner Februar Feber März April Mai Juni Juli August September Oktober November Dezember")
)
# A capitalised word, as a piece of the German patterns.
_CAP = UPPER + r"[\wÄÖÜäöüß'’.\-]*"
_TOKEN = re.compile(r"[^\s,;:!?\"„“”«»()]+")
_TOKEN_BREAK = re.compile(r"[,;:!?\"„“”«»()]")


def _tokens(rest: str) -> list[str]:
    """_TOKEN.findall(rest): str.split() where only spaces separate the tokens (the phrase after
    a verb of saying mostly), which is several times faster (re's whitespace is str.isspace())."""
    return _TOKEN.findall(rest) if _TOKEN_BREAK.search(rest) else rest.split()


_PRONOUNS = frozenset(["er", "sie", "he", "she", "they", "it", "wir", "we", "ich", "i"])
_PARTICLES = frozenset(
    ["von", "van", "de", "der", "den", "al", "bin", "ben", "da", "di", "dos", "del", "le", "la", "zu"]
)

# Arabic particles joined to the next part of a name by a hyphen, in lower case ("Osman al-Tijani",
# "Abdel Fattah el-Sisi", "Salah ad-Din"): a word of the name, though it starts in lower case.
_HYPHEN_PARTICLES = tuple(p + "-" for p in word_list("al el ad ar as ash at az an abu bin ibn ben bint"))
# The same as a piece of the name patterns: the particle before a capitalised word.
HYPHEN_PARTICLE = r"(?:(?:" + "|".join(p[:-1] for p in _HYPHEN_PARTICLES) + r")-(?=" + UPPER + "))"


def is_particle_name(token: str) -> bool:
    """A name's word after a hyphenated particle: "al-Tijani", "el-Sisi" (not "ad-hoc")."""
    if not token.startswith(_HYPHEN_PARTICLES):
        return False
    rest = token[token.index("-") + 1 :]
    return rest[:1].isupper() and rest[1:2].isalpha()


_DE_ARTICLES = frozenset(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen"])
# Possessives start a speaker's phrase like articles: "sagte sein Anwalt", "laut ihrer Sprecherin".
_DE_POSSESSIVES = frozenset(
    p + e for p in ("sein", "ihr", "unser", "dessen", "deren") for e in ("", "e", "er", "es", "em", "en")
    if not (p in ("dessen", "deren") and e)
)
_DE_DETERMINERS = _DE_ARTICLES | _DE_POSSESSIVES

_DE_PREPOSITIONS = frozenset(
    [
        "am", "im", "in", "vor", "nach", "auf", "bei", "beim", "gegenüber", "zu", "zum", "zur", "mit", "an",
        "aus", "über", "während", "seit", "unter", "vom", "von", "ans", "ins", "durch", "für", "gegen",
        "hinter", "neben", "ohne", "um",
    ]
)
# Those told, after a verb of saying: "sagte Uschakow Reuters" names an addressee, no speaker.
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
    r"|kandidatin|admiral|oberst|kommandeur|sheriff|manager|managerin|vorstand|vorständin|sprecherinnen"
    r"|wissenschaftler|wissenschaftlerin|forscher|forscherin|arzt|ärztin|bischof|pfarrer|hauptmann"
    r"|landesrat|landesrätin|stadtrat|stadträtin|kardinal|intendant|intendantin|rektor|rektorin"
    r"|kommandant|kommandantin|major|obmann|obfrau|staatssekretär|staatssekretärin|gründer|gründerin"
    r"|hotelier|wirt|wirtin|unternehmer|unternehmerin|verteidiger|verteidigerin|geschäftsführer"
    r"|geschäftsführerin|beamte|beamter|beamtin|politiker|politikerin|führer|führerin|nationalrat|nationalrätin"
    r"|ständerat|ständerätin|bundesrat|bundesrätin|gemeinderat|gemeinderätin|regierungsrat|regierungsrätin"
    r"|meister|meisterin|ceo|cfo|coo|cto|kapitän|kapitänin|haushälter|haushälterin|verhandler|verhandlerin"
    r"|verwalter|verwalterin|sachwalter|sachwalterin|stratege|strategin|ombudsmann|ombudsfrau|berichterstatter"
    r"|berichterstatterin|mitglied|astronom|astronomin|inspekteur|inspekteurin|inspektor|inspektorin"
    r"|staatsrat|staatsrätin|landrat|landrätin|beigeordnete|beigeordneter"
    r"|verantwortliche|verantwortlicher"  # ("Unia-Bauverantwortlicher X", batch 361)
    r"|brigadier|leutnant|kantonsrat|kantonsrätin|grossrat|grossrätin"  # (batches 472, 473)
    r"|ologe|ologin)"  # ("Die Wiener Kriminologin X sagte", batch 377)
    r"(?:en|n|s|es|innen)?$"
)


@lru_cache(maxsize=8192)
def is_role_de(low: str) -> bool:
    """Whether a lower-case German word ends in a role noun ("regierungssprecher")."""
    return _ROLE_DE.search(low) is not None


# Endings of German agent and role nouns not listed above, masculine and with "-in" feminine
# ("Glaziologe", "Glaziologin", "Auktionator", "Galerist", "Ombudsmann", "Winzerin", "Bundesrat", "Demograf"):
# before a first name and a surname such a noun is a role ("sagte Glaziologin Andrea Frei").
_DE_ROLE_SHAPE = re.compile(
    r"(?:er|ist|log|or|eur|ant|ent|ar|är|at|graf|graph|päd)in$|(?:er|ist|loge|or|eur|ant|ent|ar|är|at|mann|frau|graf|graph|päde)$"
)
# Given names with those endings, which before two more capitalised words open a three-part name.
_DE_GIVEN_ROLE_SHAPED = frozenset(
    word_list("""
    peter walter werner günter günther dieter rainer reiner alexander oliver christopher jennifer esther heiner
    lothar gunnar oskar edgar balthasar caspar kaspar viktor victor gregor theodor igor nestor hector vincent
    clement kent grant brent martin karin kevin erwin justin benjamin konstantin valentin katrin kathrin carolin
    robin edwin marvin calvin jasmin kristin corinna ingmar dagmar waltraud hildegard margret omar anwar oscar
    holger rüdiger roger xaver jasper kasper severin florin
    """)
)


def _is_role_shaped_de(token: str) -> bool:
    """A capitalised German noun shaped like a role ("Glaziologin", "Auktionator",
    "Ombudsmann") that is no given name ("Peter", "Martin")."""
    low = token.lower()
    return (
        len(low) >= 5
        and token[0].isupper()
        and token[1:].isalpha()
        and token[1:].islower()
        and low not in _DE_GIVEN_ROLE_SHAPED
        and _DE_ROLE_SHAPE.search(low) is not None
    )


# Endings of English agent nouns ("Administrator", "Editor", "Haulier", "Geologist", "Auctioneer",
# "Technician", "Photographer", "Shopkeeper", "Housebuilder", "Chairwoman", "Salesperson"); a bare
# "-er" or "-or" ends too many other nouns that open names ("Cancer Research UK", "Water ...",
# "Motor ..."). Given names and company names in them ("Xavier", "Pioneer") open a name.
_EN_ROLE_SHAPE = tuple(
    word_list("""
    ator itor ier ist eer ician grapher maker keeper owner holder worker trader dealer driver broker builder
    farmer grower seller buyer player writer teacher trucker miner lawyer manager woman person
    """)
)
# (and the bare "Woman", "Person": a role in "-woman", "-person" needs its first part: "Ombudswoman")
_EN_GIVEN_ROLE_SHAPED = frozenset(
    word_list("xavier javier olivier didier gautier rainier pioneer frontier carrier baptist methodist woman person")
)


def is_role_shaped_en(token: str) -> bool:
    """A capitalised English noun shaped like a role ("Administrator", "Haulier") that is no
    given name nor a surname that opens a name ("Oliver", "Walker")."""
    low = token.lower()
    return (
        len(low) >= 5
        and token[1:].isalpha()
        and token[1:].islower()
        and token[0].isupper()
        and low.endswith(_EN_ROLE_SHAPE)
        and low not in _EN_GIVEN_ROLE_SHAPED
    )


def _is_acronym_role_de(token: str) -> bool:
    """A noun shaped like a role after acronyms joined by hyphens ("PRO-GE-Chefverhandler",
    "ORF-Reporter"): no double surname ("Meinl-Reisinger") opens with an acronym, so a bare
    "-er" counts here."""
    *prefix, last = token.split("-")
    return bool(prefix) and all(_is_acronym(p) for p in prefix) and _is_role_shaped_de(last)


def _is_acronym(part: str) -> bool:
    """Two or more capitals, digits after them allowed ("ÖGB", "GE", "KSV1870")."""
    return len(part) >= 2 and part[:2].isalpha() and part.isupper() and part.isalnum()


@lru_cache(maxsize=8192)
def _is_role_de(token: str) -> bool:
    """A role noun, also as the end of a compound: "Kreml-Sprecher", "Regierungssprecherin",
    "AGES-Epidemiologin" (after a hyphen a noun shaped like a role, but not in a bare "-er", which
    ends double surnames: "Meinl-Reisinger")."""
    last = token.split("-")[-1]
    return is_role_de(last.lower().rstrip(".")) or (
        "-" in token and not last.endswith("er") and _is_role_shaped_de(last)
    )


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
        "spokesperson's", "superintendent", "commander", "marshal", "chancellor's", "commandant",
        # Ireland's prime minister and deputy, a university's head (batches 287, 292)
        "taoiseach", "tánaiste", "tanaiste", "provost",
        # a city's officers (batch 309: "City Administrator Renata Solís", "City Controller Wendell Okafor")
        "administrator", "controller",
        # a zoo's and a programme's staff (batch 346: "Head keeper X", "Coral Reef Watch coordinator X")
        "keeper", "coordinator",
        # a federal agency's officer (batch 462: "FBI Special Agent X")
        "agent",
    ]
)

# Titles before a name, with or without their dot (find_speaker drops it): dropped like a role
# ("Cllr", the British councillor's, as "Councillor" in _OFFICES_EN).
_TITLES = frozenset(word_list("dr prof mag mr mrs ms sen rep gov gen lt col sgt capt rev cllr"))
# English ranks and a judge's title before a name ("Detective Constable Ryan Hale", "Justice Paul
# Everett"), for the speaker's phrase only.
_RANKS_EN = frozenset(word_list("justice magistrate constable lieutenant corporal trooper brigadier"))
# Offices held under their own title before a name ("House Speaker Tom Hadley", "Treasurer Ben
# Okafor", "State Comptroller Ann Diaz", "Chief Whip Tom Lyle"), for the speaker's phrase only; none
# of them is a common given name, so a name that opens with one is no worry ("Speaker" as a surname
# ends the phrase: normalise.py keeps it; "Council member Tasha Greer", "board member Ana Ruiz").
_OFFICES_EN = frozenset(
    word_list("""
    speaker treasurer comptroller solicitor auditor ombudsman registrar councillor councilor alderman
    ombudswoman ombudsperson alderwoman assemblyman assemblywoman assemblymember whip coroner archbishop
    rabbi imam chaplain supervisor father pastor bishop reverend vicar priest cardinal
    member councilmember
    """)
)
# Lower-case nouns for ordinary people that wire copy puts before a name after a verb of saying
# ("said farmer Gurpreet Singh", "said resident Carla Mendes"): dropped like a role there only.
_PEOPLE_BEFORE_NAME_EN = frozenset(
    word_list("""
    farmer resident herder teacher nurse student pensioner retiree shopkeeper worker driver fisherman
    villager survivor witness voter owner trader vendor engineer activist volunteer paramedic firefighter
    researcher scientist historian author passenger commuter shopper miner pilot doctor surgeon midwife
    mechanic labourer laborer tenant homeowner veteran refugee protester organiser organizer campaigner
    businessman businesswoman entrepreneur rancher grower winemaker fan climber hiker tourist parent
    """)
)
# Professions before a name ("Met Office meteorologist Hannah Cole"), for the speaker's phrase only.
_PROFESSIONS_EN = frozenset(
    word_list("""
    meteorologist forecaster strategist scientist researcher epidemiologist virologist climatologist
    seismologist volcanologist statistician demographer sociologist criminologist historian hydrologist
    glaciologist author co-author producer delegate rapporteur mediator designer astronomer laureate
    trainer jockey
    """)
)
# A member of a parliament by the letters of the seat, which copy puts before a name after the
# party ("Conservative MP Dana Leclerc", "Labour MSP ...", "SNP MEP ..."), for the speaker's phrase only.
_MEMBERS_EN = frozenset(word_list("mp mep msp mla mpp td"))  # (td: a member of the Dáil, batch 481)
# ... and a party's member named by the party before a name ("Social Democrat Jana Trebitz", "Republican
# Dana Hill"; "the Republican Party" stays a body).
_PARTY_MEMBERS_EN = frozenset(word_list("democrat republican"))
# Roles and titles, for the speaker's phrase (entities.py reads _ROLE_EN as it is).
_ROLES_EN = _ROLE_EN | _TITLES | _RANKS_EN | _OFFICES_EN | _PROFESSIONS_EN | _MEMBERS_EN | _PARTY_MEMBERS_EN


def _is_role_en(low: str) -> bool:
    """A role, also after a hyphenated prefix: "vice-chancellor", "co-founder", "ex-president"."""
    return low in _ROLES_EN or ("-" in low and low.rsplit("-", 1)[1] in _ROLES_EN)


# Institutions end a phrase that is not a personal name ("the Labor Department").
_INSTITUTIONS = frozenset(
    [
        "department", "ministry", "office", "party", "bank", "commission", "council", "agency", "service",
        "police", "committee", "house", "court", "army", "forces", "government", "union", "nations",
        "organization", "organisation", "institute", "authority", "administration", "board", "bureau",
        "company", "group", "senate", "parliament", "congress", "military", "cabinet", "kremlin", "fund",
        # bodies and companies whose name opens with a role ("the Premier League", "General Motors")
        "league", "assembly", "federation", "association", "conference", "motors", "electric", "dynamics",
        # a military command named after a rank ("the General Staff", "Ukraine's General Staff")
        "staff",
    ]
)

# Endings of institutions whose names go on with "für" ("Bundesamt für Statistik", "Staatssekretariat
# für Migration").
_DE_INSTITUTIONS = (
    "institut", "amt", "ministerium", "agentur", "zentrum", "behörde", "kommission", "rat", "büro", "stelle",
    "verband", "bund", "gesellschaft", "stiftung", "gericht", "organisation", "komitee", "ausschuss",
    "akademie", "kammer", "fonds", "anstalt", "sekretariat", "kommissariat", "konsulat", "direktorat",
    "direktion", "gremium", "forum", "netzwerk", "bündnis", "allianz", "verein", "initiative", "plattform",
    "liga", "dienst", "zentrale", "universität", "hochschule", "klinik", "tribunal", "kommando", "bank",
    "kuratorium", "stab", "gmbh", "kasse",  # ("die Familienkasse der Bundesagentur", batch 442)
)
# The same in the genitive too ("des Bundesamtes für Migration").
_DE_INSTITUTION_FORMS = tuple(e + case for e in _DE_INSTITUTIONS for case in ("", "s", "es"))


def _is_institution_de(token: str) -> bool:
    return token.lower().endswith(_DE_INSTITUTION_FORMS)


# Lower-case words that may open an English subject ("police said", "the ministry said").
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

# Words that end a lower-case source ("according to election officials in Ohio", "officials
# familiar with the matter") or a description before a name.
_EN_PHRASE_STOP = frozenset(
    word_list("""
    of for and or at in on to with by from as than after before during when where if so then that who which
    while but last next this these those
    """)
)
