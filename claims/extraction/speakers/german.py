"""German attribution: the patterns of reported speech and sources, tried in order, and the
speaker's phrase read forwards from a verb of saying."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .coordinated import coordinated_de
from .lower_names import _is_body_de, lower_case_name
from .normalise import _DE_ABSTRACT_ENDINGS, _DE_LINKING_S_FEMININE, _de_gender, _normalise_de
from .words import (
    _CAP,
    _DE_ARTICLES,
    _DE_DETERMINERS,
    _DE_VERBS,
    _PARTICIPLES_DE,
    _PARTICLES,
    _PRONOUNS,
    HYPHEN_PARTICLE,
    PRONOUN,
    _is_acronym,
    _is_institution_de,
    _is_role_de,
    _tokens,
    is_particle_name,
    is_role_de,
)
from .zufolge import _search_zufolge, _zufolge_source

# The sets that gate the patterns (_german runs each only when one of its words is in the sentence).
_DE_VERB_SET = frozenset((_DE_VERBS + "|" + _PARTICIPLES_DE).split("|"))

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
_DE_ESTIMATE_SET = frozenset(_DE_ESTIMATE_VERBS)
_DE_SO = re.compile(r"[,“”\"»«„–]\s*so\s+(?P<rest>[^,.;:!?“”\"»«„]+)")
# ("gemäss": the Swiss spelling of "gemäß")
_DE_LAUT = re.compile(r"(?:^|(?<=\s)|(?<=[(„“\"]))(?:[Ll]aut|[Gg]emä(?:ß|ss))\s+(?P<rest>[^,.;:!?“”\"»«„]+)")
# After "gemäß" a rule or an agreement is what is complied with, no source: "gemäss der
# Vereinbarung mit der SNB", "gemäß Artikel 5", "gemäß dem Vertrag" (a head noun ending in one);
# so is a document, whose owner the batches leave unnamed ("gemäss einer Prognose des ...",
# "gemäss der Sozialhilfestatistik"; "gemäss Statistik Austria" is a body by its last word).
_DE_GEMAESS_RULES = tuple(
    word_list("""
    vereinbarung vereinbarungen vertrag vertrags vertrages verträge abkommen abkommens gesetz gesetzes gesetze
    verordnung verordnungen richtlinie richtlinien regel regeln regelung regelungen bestimmung bestimmungen
    vorgabe vorgaben artikel paragraf paragrafen paragraph paragraphen absatz reglement reglements statut
    statuten satzung verfassung beschluss beschlusses beschlüsse plan plans planes fahrplan konzept konzepts
    vorschrift vorschriften norm normen budget budgets
    prognose prognosen studie studien umfrage umfragen statistik bericht berichts analyse erhebung schätzung
    berechnung berechnungen auswertung
    """)
)
_DE_ANGABEN = re.compile(
    r"\b(?:[Nn]ach|[Ll]aut)\s+(?:eigenen\s+|offiziellen\s+|ersten\s+|vorläufigen\s+)?(?:Angaben|Informationen"
    r"|Recherchen|Berichten|Schätzungen|Darstellung)\s+(?P<art>der|des|von|vom|(?:sein|ihr|unser)e[rs])\s+[„“\"»]?"
    r"(?P<rest>[^,.;:!?“”\"»«„]+)"
)
# Words that start a "nach Angaben ..." source besides "Angaben" itself.
_SOURCE_NOUNS = frozenset(word_list("informationen recherchen berichten schätzungen darstellung"))
_LAUT_SOURCE_NOUNS = _SOURCE_NOUNS | {"angaben"}
_DE_X_ANGABEN = re.compile(r"\b[Nn]ach\s+(?:ersten\s+|vorläufigen\s+)?(?P<x>[A-ZÄÖÜ][\wäöüß]+?)(?:-Angaben|angaben)\b")

# The verbs that close "wie X mitteilte": one list for the pattern and for its gate (_WIE_VERBS).
_WIE_VERB_FORMS = [
    "mitteilte", "mitteilten", "berichtete", "berichteten", "sagte", "sagten", "erklärte", "erklärten",
    "bestätigte", "bestätigten", "meldete", "meldeten", "schrieb", "mitgeteilt", "bekannt gab", "bekanntgab",
    "ankündigte", "ankündigten", "betonte", "betonten", "warnte", "warnten",
]
# (a programme's or paper's title in quotes may stand inside: "wie X im «Echo der Zeit» von Radio SRF sagte",
# and a date's ordinal: "wie die Statistik Austria am 17. Februar mitteilte")
_DE_WIE = re.compile(
    r"\b[Ww]ie\s+(?P<rest>(?:[^,.;:!?“”\"»«„]|[«„“\"][^,.;:!?«»„“”\"]{1,40}[»“”\"]|(?<=\s\d)\.\s|(?<=\s\d\d)\.\s)+?)"
    r"\s+(?P<verb>"
    + "|".join(_WIE_VERB_FORMS) + r")\b"
)
# "..., wie das Landeskriminalamt mitteilte." closing the sentence names its source, not the
# subject before it ("Die Hacker forderten ..."); right after the verb it is its object
# ("Der Zeuge berichtete, wie der Täter ihn warnte").
_DE_WIE_END = re.compile(
    r",\s*wie\s+(?P<rest>[^,.;:!?“”\"»«„]+?)\s+(?P<verb>" + "|".join(_WIE_VERB_FORMS)
    + r")[\s“”\"»«]*[.!]?[\s“”\"»«]*$"
)
_WIE_VERBS = frozenset(form.split()[0] for form in _WIE_VERB_FORMS)

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
# "Das Bundesamt für Statistik (und ...) teilte mit": kept only after an institution
# (_is_institution_de) or before "teilte mit" (_subject_de).
_FUER = r"(?:\s+für(?:\s+" + _CAP + r"){1,3}(?:\s+und(?:\s+" + _CAP + r"){1,2})?)?"
# "Deutschland und Frankreich teilten mit": a second name after "und" (kept only before a verb in
# the plural, _subject_de).
_UND = (
    r"(?P<und>\s+und\s+(?:(?:der|die|das)\s+)?(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}(?:"
    + _CAP + r"\s+){0,3}" + _CAP + r")?"
)
# A capitalised word of a subject, or a name's word after a hyphenated particle ("Osman al-Tidschani").
_NAME_WORD = HYPHEN_PARTICLE + "?" + _CAP
_DE_SUBJECT = re.compile(
    r"[\s„“\"»«]*(?P<np>(?:(?:Der|Die|Das|Ein|Eine)\s+)?(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}"
    r"(?:" + _NAME_WORD + r"\s+){0,4}" + _NAME_WORD + _GENITIVE + _FUER + _UND + r"|Er|Sie)\s+"
    r"(?:(?:hat|hatte|habe|haben|hatten|hätte|sei|soll)\s+)?"
    r"(?:(?:am|im|in|vor|nach|bei|zudem|auch|außerdem|bereits|noch|nun|dann|später|erneut"
    r"|wiederholt|zuvor|jedoch|aber|indes|laut)\s+(?:[\wäöüß\-]+\s+)??){0,3}"
    r"(?P<verb>" + _DE_VERBS + r"|" + _PARTICIPLES_DE + r")\b"
)
_DE_AUX_SUBJECT = re.compile(
    r"[\s„“\"»«]*(?P<np>(?:(?:Der|Die|Das|Ein|Eine)\s+)?(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}"
    r"(?:" + _NAME_WORD + r"\s+){0,4}" + _NAME_WORD + r"|Er|Sie)\s+(?:hat|hatte|habe|haben|hatten)\s+"
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
# (and "Laut"/"Gemäß"/"Gemäss" opening the sentence: a preposition before the source, "Laut Polizei gab es ...")
_DE_NO_SUBJECT = _DE_FRONTED | frozenset(
    ["Wer", "Was", "Wen", "Wem", "Wessen", "Welche", "Welcher", "Welches", "Laut", "Gemäß", "Gemäss"]
)
_DE_V2 = re.compile(r"\s(?P<verb>" + _DE_VERBS + r")\s+(?P<rest>[^,.;:!?“”\"»«„]+)")
_DE_V2_PERFECT = re.compile(
    r"\s(?:hat|hatte|haben|hatten)\s+(?P<rest>[^,.;:!?“”\"»«„]+?)\s+(?:" + _PARTICIPLES_DE + r")(?=[\s,.;:!?])"
)

_SPACES = re.compile(r"\s*")  # here and in the other language's module: see __init__

_DE_PREPOSITIONS = frozenset(
    [
        "am", "im", "in", "vor", "nach", "auf", "bei", "beim", "gegenüber", "zu", "zum", "zur", "mit", "an",
        "aus", "über", "während", "seit", "unter", "vom", "von", "ans", "ins", "durch", "für", "gegen",
        "hinter", "neben", "ohne", "um",
    ]
)

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


def _german(text: str, words: frozenset[str], angaben: bool) -> str | None:
    # Each pattern runs only when its key word is in the sentence.
    has_verb = not _DE_VERB_SET.isdisjoint(words)
    if has_verb:
        first = _DE_INVERTED_START.match(text)
        if first and not _hiess_es(first) and not _gab_es(first):
            np = _forward_np_de(first.group("rest"), plural=first.group("verb").endswith("en"))
            if np:
                return _apposed_name(text, first, np)
        for m in _DE_INVERTED.finditer(text, first.end() if first else 0):
            plural = m.group("verb").endswith("en")
            np = None
            if not (_hiess_es(m) or _gab_es(m)):
                np = _forward_np_de(m.group("rest"), any_head=_teilte_mit(m), plural=plural)
            if np:
                return _apposed_name(text, m, np)
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
    if m and _gab_es(m):
        m = None  # "Negative Strompreise gab es in 453 Stunden"
    if m and "wie" in words and not _WIE_VERBS.isdisjoint(words):
        end = _DE_WIE_END.search(text, m.end())
        if end and text.find(",", m.end(), end.end()) != _SPACES.match(text, m.end()).end():
            np = _forward_np_de(end.group("rest"), skip_adverbials=False, any_head=_mitteilte(end))
            if np:
                return np
    # "Wer A sagt, muss auch B sagen": a question word opens no speaker's phrase, nor does a
    # demonstrative "Das" ("Das sagte X"), but before a noun "Das" is the article ("Das
    # Innenministerium teilte mit").
    if m and (m.group("np").split()[0] not in _DE_NO_SUBJECT or m.group("np").startswith("Das ")):
        np = m.group("np")
        if np.lower() in _PRONOUNS:
            return PRONOUN
        norm = coordinated_de(np.split()) if m.re is _DE_SUBJECT and m.group("und") and _plural(m) else None
        norm = norm or _normalise_de(np.split())
        if norm:
            return norm
    m = _DE_LAUT.search(text) if ("laut" in words or "gemäß" in words or "gemäss" in words) else None
    # "Laut Angaben des Bundesamtes" names its source after the noun: _DE_ANGABEN reads it.
    if m and m.group("rest").split(" ", 1)[0].lower() not in _LAUT_SOURCE_NOUNS:
        np = _forward_np_de(m.group("rest"), skip_adverbials=False, oblique=True)
        if np and not (m.group()[:1] in "Gg" and _complied_with(np)):
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
        np = _forward_np_de(m.group("rest"), skip_adverbials=False, any_head=_mitteilte(m))
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
        source = doc is None and m.group("prep") not in ("in", "im")  # "aus", "von", "bei", "seitens"
        np = _forward_np_de(rest, skip_adverbials=False, oblique=True, any_head=source)
        if np:
            return np
    # Verb second: after a fronted phrase the speaker follows the verb
    # ("Am Mittwoch sagte Uschakow", "Bei Gesprächen in Genf erklärten die USA"), also after a
    # dateline ("Berlin (dpa) - In der Debatte behauptete der Abgeordnete X").
    if not has_verb:
        return None
    at = _after_dateline(text)
    first, _, after = text[at:].lstrip(' „“"»«').partition(" ")
    # ("Das Stimmvolk hat ..., nur zwei Kantone sagten Ja": "Das" before a noun is its article, the
    # subject opens the sentence and nothing is fronted)
    if first in _DE_FRONTED and not (first == "Das" and after[:1].isupper()):
        m = _DE_V2.search(text, at)
        # "Es gibt acht bestätigte Rudel": after "Es" the verb stands second or the verb of saying
        # is none ("Es berichtete die Zeitung"), and "gab es" is no saying ("Heuer gab es ...").
        if m and (_gab_es(m) or (first == "Es" and m.start("verb") != text.find("Es ") + 3)):
            m = None
        # The perfect, its auxiliary second and the subject after it ("In der Debatte hat die
        # Abgeordnete X gesagt, ..."), where its "hat" comes before any verb of saying in the simple past.
        perfect = _DE_V2_PERFECT.search(text, at, m.start() if m else len(text)) if first != "Es" else None
        m = perfect or m
        if m:
            np = _forward_np_de(m.group("rest"))
            if np:
                return np
    return None


def _complied_with(np: str) -> bool:
    """Whether the phrase after "gemäß" is a rule or an agreement (see _DE_GEMAESS_RULES) by its
    head, the last of its first capitalised words ("die Vereinbarung", "der Vertrag der EU",
    "Artikel 5"; "Bundesamt für Statistik" is no rule)."""
    head = ""
    for w in np.split():
        if w[:1].isupper():
            head = w
        elif head:
            break
    return head.lower().endswith(_DE_GEMAESS_RULES)


def _after_dateline(text: str) -> int:
    """Where the sentence starts after a dateline ("Bern (Keystone-SDA) - "), else 0."""
    dateline = _DE_DATELINE.match(text) if ") " in text[:60] else None
    return dateline.end() if dateline else 0


# A dateline before the subject: "Bern (Keystone-SDA) - X sagte", "Wien (APA) – Die Polizei teilte mit".
_DE_DATELINE = re.compile(r"[A-ZÄÖÜ][^\W\d][\w./\- ]{0,40}\s\([\w./\- ]{2,30}\)\s*[-–—]\s*")


# A personal name in apposition after the speaker's phrase, closing the sentence or the apposition:
# "..., sagte der Leiter des Giftnotrufs, Uwe Brenneisen." (two or three words, a particle between;
# foreign names keep their letters: "Oktay Berberoğlu", "Łukasz Kamiński", "Şebnem Çelik").
_NAME_UPPER = r"[A-ZÀ-ÖØ-ÞĆČĐŁŃŘŚŞŠŢŻŹŽİ]"
_NAME_LOWER = r"[a-zß-öø-ÿ\u0100-\u017f'’]"  # (Latin Extended-A mixes cases; a capital inside a name is rare)
_NAME_PART_DE = HYPHEN_PARTICLE + "?" + _NAME_UPPER + _NAME_LOWER + "+(?:-" + _NAME_UPPER + _NAME_LOWER + "+)?"
_APPOSED_NAME = re.compile(
    r",[ \u00a0]*(?P<name>" + _NAME_PART_DE + r"(?:[ \u00a0]+(?:(?:von|van|de|zu)[ \u00a0]+)?" + _NAME_PART_DE
    + r"){1,2})[ \u00a0]*(?:,|[.!]?[“”\"»«]*[ \u00a0]*$)"
)


def _apposed_name(text: str, m: re.Match[str], np: str) -> str:
    """The speaker ``np`` read after an inverted verb of saying (``m``), or the personal name in
    apposition after it when ``np`` is a role's phrase ("der Leiter des Giftnotrufs, Uwe Brenneisen")."""
    end = m.end("rest")
    if not text.startswith(",", end) or np == PRONOUN or np[:1].isupper():
        return np
    name = _APPOSED_NAME.match(text, end)
    if name is None or not any(_is_role_de(t) for t in np.split() if t[:1].isupper()):
        return np
    return name.group("name")


def _subject_de(text: str) -> re.Match[str] | None:
    """The subject opening the sentence (after a dateline) before a verb of saying (both patterns
    are used with match(), anchored where the subject may start)."""
    at = _after_dateline(text)
    m = _DE_SUBJECT.match(text, at)
    if m and m.group("und") and not _plural(m):
        # "A und B sagte" is no coordinated subject, but "und" may join two fields inside one
        # body's name ("Die Gewerkschaft Erziehung und Wissenschaft teilte mit").
        words = m.group("np").split()
        k = words.index("und")
        if not _fields_joined(words, k, words[:k]):
            m = None
    if m and " für " in m.group("np") and not m.group("verb").startswith("teilt"):
        # "für" continues an institution's name only, not "Der Sprecher für Außenpolitik", but
        # any source's before "teilte mit" ("Das Observatorium für Klimafolgen teilte mit").
        words = m.group("np").split()
        if not _is_institution_de(words[words.index("für") - 1]):
            m = None
    return m or _DE_AUX_SUBJECT.match(text, at)


def _plural(m: re.Match[str]) -> bool:
    """Whether a _DE_SUBJECT match's verb is in the plural: "teilten", "sagten", "haben ... mitgeteilt"."""
    return m.group("verb").endswith("en") or _DE_PLURAL_AUX.search(m.string, m.end("np"), m.end()) is not None


_DE_PLURAL_AUX = re.compile(r"\s(?:haben|hatten)\s")


def _gab_es(m: re.Match[str]) -> bool:
    """Whether the verb of saying is the "gab" of "es gab" (there was): "Heuer gab es 41 Hitzetage",
    "Bei den Stellen gab es ein Minus", not "gab ... bekannt"; or of a verb whose particle closes the
    clause and says nothing: "Die Lira gab um 0,4 Prozent nach", "Die UNO gab fünf Millionen frei"."""
    if m.re.groupindex.get("verb") is None or m.group("verb") not in ("gab", "gaben"):
        return False
    text, at = m.string, m.end("verb")
    if text.startswith(" es ", at):
        return True
    end = _CLAUSE_END.search(text, at)
    last = text[at : end.start() if end else len(text)].rsplit(None, 1)[-1:]
    return bool(last) and last[0] in _GAB_NOT_SAYING


# Where a clause ends, and the particles that close one after "gab" with no saying in it ("gab nach",
# "gab frei", "gab ab", "gab aus", "gab auf", "gab zurück", "gab weiter"; "gab preis" stays a saying).
_CLAUSE_END = re.compile(r"[,.](?!\d)|[;:!?“”\"»«„–]")  # (not a figure's "0,4")
_GAB_NOT_SAYING = frozenset(word_list("nach frei ab aus auf zurück weiter her heraus hin"))


def _teilte_mit(m: re.Match[str]) -> bool:
    """Whether an inverted verb of saying is "teilte ... mit"."""
    return m.group("verb").startswith("teilt") and m.group("rest").rstrip().endswith(" mit")


def _mitteilte(m: re.Match[str]) -> bool:
    """Whether "wie X ..." closes with "mitteilte" (or "mitgeteilt"): like "teilte ... mit", its
    source's name goes on after "für" whatever the head ("wie der Koordinierungsstab für
    Kriegsgefangene mitteilte"); after "sagte" only an institution's does."""
    return m.group("verb").startswith(("mitteilt", "mitge"))


def _hiess_es(m: re.Match[str]) -> bool:
    """An inverted "hieß es" ("..., hieß es aus dem Ministerium") is left to _DE_HIESS, which reads
    its preposition; the inverted reading skipped it and took a genitive ("des Rates")."""
    return m.group("verb") == "hieß" and m.group("rest").startswith("es ")


def _forward_np_de(
    rest: str, skip_adverbials: bool = True, oblique: bool = False, any_head: bool = False, plural: bool = False
) -> str | None:
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
    caps = names = 0  # capitalised words, and of them those that are no role
    while i < n:
        t = tokens[i]
        if t[:1].isupper() and t[0].isalpha():
            # "sagte Uschakow Reuters" names an addressee; "die Nachrichtenagentur Reuters" is one.
            # A source after "laut", "nach Angaben" has none: "laut dem Schweizer Radio SRF"; nor
            # does "das" before a word in "-er" of no neuter noun, an adjective of a place that
            # needs its noun ("berichtete das Schweizer Fernsehen").
            if caps and t in _ADDRESSEES and np[-1] not in _ADDRESSEES and not oblique and not _place_adjective(np):
                break
            # "laut UNHCR Kinder unter 18 Jahren", "nach Angaben der Bundesregierung Militärhilfe im Wert
            # von ...": a common noun after a body's name is the clause's next word, not a name in apposition.
            if caps and _common_noun_de(t) and (_is_acronym(np[-1]) or _is_body_de(np[-1])):
                break
            np.append(t)
            caps += 1
            names += not _is_role_de(t)
            i += 1
        elif caps and is_particle_name(t):
            np.append(t)  # "sagte Armeesprecher Osman al-Tidschani"
            caps += 1
            names += 1
            i += 1
        elif caps and t in _PARTICLES and i + 1 < n and (tokens[i + 1][:1].isupper() or tokens[i + 1] in _PARTICLES):
            if t in ("der", "den") and np[-1] not in ("von", "van"):
                break
            # "Wolfgang Lechner von der Klinik Ottakring", "Andreas Gstöttner von der Geosphere Austria": a
            # body after a first name and a surname, no particle ("Ursula von der Leyen" has one name before).
            if t == "von" and tokens[i + 1] == "der" and i + 2 < n and (names >= 2 or _is_body_de(tokens[i + 2])):
                break
            np.append(t)
            i += 1
        elif caps and _suspended(tokens, i):
            np += tokens[i : i + 2]  # "der Bundesverband der Energie- und Wasserwirtschaft"
            i += 2
        elif caps >= 2 and t == "und" and _fields_joined(tokens, i, np):
            np += tokens[i : i + 2]  # "die Gewerkschaft Erziehung und Wissenschaft"
            i += 2
        else:
            break
    if not caps:
        return None
    if plural and i + 1 < n and tokens[i] == "und":
        # "teilten Österreich und Ungarn mit", "sagten Merz und Macron": after a verb in the plural
        # a second name joins the first.
        both = coordinated_de([*np, "und", *_second_name(tokens, i + 1)])
        if both:
            return both
    if any_head:  # "teilte ... mit", "wie ... mitteilte": elsewhere a lower-case word goes on the clause
        i = lower_case_name(tokens, i, np)
    i = _name_with_fuer(tokens, i, np, any_head)
    # Genitive attribute after a role noun or an institution: "ein Sprecher des Ministeriums",
    # "das Generalsekretariat des Rates".
    if i + 1 < n and tokens[i] in ("des", "der") and not _looks_like_name(np):
        j = i + 1
        gen = [tokens[i]]
        while j < n and tokens[j][:1].islower() and len(gen) < 3:
            gen.append(tokens[j])
            j += 1
        # An adjective in the genitive ends in "-en" ("der deutschen Wirtschaft"): "der tiefste
        # Wert" after the source is the clause's nominative ("nach Angaben des Wetterdienstes der
        # tiefste Wert"), no genitive of it.
        weak = len(gen) == 1 or gen[-1].endswith("en")
        while weak and j < n and tokens[j][:1].isupper() and tokens[j] not in _ADDRESSEES:
            gen.append(tokens[j])
            j += 1
            if _suspended(tokens, j):
                gen.append(tokens[j])
                j += 1
        if len(gen) > 1 and gen[-1][:1].isupper():
            np.extend(gen)
            _name_with_fuer(tokens, j, np)  # "ein Sprecher des Staatssekretariats für Migration"
    return _normalise_de(np, oblique=oblique)


# Heads of common nouns that stand after a source in the middle of a clause (people counted, aid,
# money), and the plural endings of abstract nouns: no name in apposition ends in them.
_DE_COMMON_HEADS = tuple(
    word_list("""
    hilfe hilfen kinder menschen personen frauen männer tote toten verletzte verletzten flüchtlinge geflüchtete
    geflüchteten soldaten zivilisten waffen kosten schulden gelder mittel einnahmen ausgaben prozent euro
    dollar millionen milliarden ungen heiten keiten schaften ionen täten
    """)
)


def _common_noun_de(word: str) -> bool:
    """A capitalised common noun by its head (see _DE_COMMON_HEADS): "Kinder", "Militärhilfe",
    "Preiserhöhungen"."""
    return word[1:].islower() and word.lower().endswith(_DE_COMMON_HEADS)


def _place_adjective(np: list[str]) -> bool:
    """Whether ``np`` is "das" and a capitalised word in "-er" that no neuter noun ends in
    ("das Schweizer", "das Wiener"; not "das Theater")."""
    if len(np) != 2 or np[0] not in ("das", "Das"):
        return False
    return np[1].endswith("er") and np[1].isalpha() and _de_gender(np[1]) != "n"


def _second_name(tokens: list[str], i: int) -> list[str]:
    """The words of a name from ``tokens[i]``: an article, up to two lower-case adjectives,
    then capitalised words (four at most, no addressee), or [] if no capitalised word follows."""
    j = i + 1 if tokens[i] in ("der", "die", "das") else i
    while j < len(tokens) and j - i < 3 and tokens[j][:1].islower() and tokens[j] not in _DE_PREPOSITIONS:
        j += 1
    k = j
    while k < len(tokens) and k - j < 4 and tokens[k][:1].isupper() and tokens[k] not in _ADDRESSEES:
        k += 1
    return tokens[i:k] if k > j else []


def _suspended(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is the "und"/"oder" of a compound whose shared part is left out,
    after a word ending in a hyphen and before a capitalised one ("Energie- und
    Wasserwirtschaft", "Staats- und Regierungschefs")."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i] in ("und", "oder")
        and tokens[i - 1].endswith("-")
        and tokens[i + 1][:1].isupper()
    )


def _fields_joined(tokens: list[str], i: int, np: list[str]) -> bool:
    """Whether ``tokens[i]`` == "und" joins two fields of work in a body's name, after its head noun
    ("der Gewerkschaft Erziehung und Wissenschaft", "der Verband Bildung und Erziehung"): the head
    is a body's noun, and the fields before and after "und" are common nouns by their ending (no
    institution, role or acronym); not two bodies ("der Stiftung Warentest und der
    Verbraucherzentrale") nor a place ("der Polizei Köln und Feuerwehr")."""
    if i + 1 >= len(tokens) or len(np) < 2 or not _is_body_de(np[-2]):
        return False
    return all(
        w[:1].isupper() and w[1:].isalpha() and w[1:].islower()
        and _de_gender(w) is not None
        and not _is_institution_de(w)
        and not _is_role_de(w)
        for w in (np[-1], tokens[i + 1])
    )


def _name_with_fuer(tokens: list[str], i: int, np: list[str], any_head: bool = False) -> int:
    """An institution's name goes on after "für" ("das Institut für Kriegsstudien"), also over
    "und" ("das Bundesamt für Migration und Flüchtlinge"): the capitalised words after
    ``tokens[i]`` == "für" are added to ``np``; where reading stopped. ``any_head``: in "teilte
    ... mit" and "hieß es aus ..." a source's name goes on whatever its head noun ("das
    Kuratorium für Verkehrssicherheit"); after "sagte" only an institution's does ("der Sprecher
    für Außenpolitik" is a role's area)."""
    n = len(tokens)
    if i + 1 >= n or tokens[i] != "für" or not (any_head or _is_institution_de(np[-1])):
        return i
    if tokens[i + 1] in _FUER_ARTICLES:
        # "der Koordinierungsstab für die Belange von Kriegsgefangenen", "das Bundesamt für die
        # Sicherheit der nuklearen Entsorgung": an article, a noun, and its complement after "von"
        # or in the genitive (not "für das Jahr 2023": no complement).
        j = i + 2
        if j + 2 < n and tokens[j][:1].isupper() and tokens[j + 1] in ("von", "der", "des"):
            k = _fuer_noun(tokens, j + 2)
            if k and tokens[j] not in _FUER_NOT_NAMES:
                np += tokens[i : k + 1]
                return k + 1
        return i
    if _fuer_noun(tokens, i + 1):
        np.append("für")
        i += 1
        while i < n and (tokens[i][:1].isupper() or _fuer_noun(tokens, i) > i) and tokens[i] not in _ADDRESSEES:
            np.append(tokens[i])
            i += 1
            if i + 1 < n and tokens[i] == "und" and _fuer_noun(tokens, i + 1):
                np.append("und")
                i += 1
    return i


_FUER_ARTICLES = frozenset(word_list("die den das der"))
# Nouns of time and extent after "für" + article, no part of a name ("für den Zeitraum von Januar bis März").
_FUER_NOT_NAMES = frozenset(word_list("Jahr Jahre Zeitraum Monat Monate Quartal Halbjahr Woche Wochen Zeit Dauer Ende"))
# A lower-case adjective in a name after "für" ("das Kuratorium für alpine Sicherheit", "die
# Bundeszentrale für politische Bildung"): one word in an adjective's ending before a capitalised
# one, not a determiner, a preposition or a quantifier ("für den Bezirk", "für weitere Fragen").
_FUER_ADJECTIVE = re.compile(r"[a-zäöüß]{3,}(?:e|en|er|es)")
_FUER_NOT_ADJECTIVES = frozenset(
    word_list("""
    alle allen aller diese diesen dieser dieses jede jeden jeder jedes weitere weiteren viele vielen
    mehrere mehreren einige einigen andere anderen beide beiden keine keinen solche solchen welche
    wieder oder aber eure euren
    """)
)


def _fuer_noun(tokens: list[str], i: int) -> int:
    """Where a name's word after "für" (or its "und") starts at ``tokens[i]``: ``i`` for a capitalised
    word, ``i + 1`` for a lower-case adjective before one (see _FUER_ADJECTIVE); 0 for neither."""
    t = tokens[i]
    if t[:1].isupper():
        return i
    if (
        i + 1 < len(tokens)
        and tokens[i + 1][:1].isupper()
        and _FUER_ADJECTIVE.fullmatch(t)
        and t not in _FUER_NOT_ADJECTIVES
        and t not in _DE_DETERMINERS
        and t not in _DE_PREPOSITIONS
    ):
        return i + 1
    return 0


def _looks_like_name(np: list[str]) -> bool:
    caps = [t for t in np if t[:1].isupper()]
    if not caps:
        return False
    last = caps[-1].split("-")[-1].lower()
    return (
        not is_role_de(last)
        and not last.endswith(_DE_ABSTRACT_ENDINGS)
        and not _is_institution_de(last)
        and last not in ("umfeld", "spitze")  # "aus dem Umfeld des Kanzlers"
    )
