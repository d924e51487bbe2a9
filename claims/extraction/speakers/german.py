"""German attribution: the patterns of reported speech and sources, tried in order: inverted
("..., sagte X"), the subject before the verb, and verb second after a fronted phrase. The
speaker's phrase after a verb is read in ``forward_np_de`` (names over "für" and "und" in
``body_names_de``); sources without a verb before them ("laut X", "nach Angaben des X", "wie X
mitteilte") in ``sources_de``."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .body_names_de import _fields_joined
from .coordinated import coordinated_de
from .forward_np_de import _forward_np_de
from .lower_names import _is_body_de
from .normalise import _normalise_de
from .sources_de import _DE_WIE_END, _WIE_VERBS, DE_PERSON, _mitteilte, _source_de
from .words import (
    _CAP,
    _DE_DETERMINERS,
    _DE_VERBS,
    _PARTICIPLES_DE,
    _PRONOUNS,
    HYPHEN_PARTICLE,
    PRONOUN,
    UPPER,
    _is_institution_de,
    _is_role_de,
)

# The sets that gate the patterns (_german runs each only when one of its words is in the sentence).
_DE_VERB_SET = frozenset((_DE_VERBS + "|" + _PARTICIPLES_DE).split("|"))

_DE_INVERTED_TAIL = (
    r"(?:(?:so|dann|das|dies|damals|zuvor|später|zudem|außerdem)\s+)?"
    # (a dot inside a name goes on: "teilte IT.NRW mit")
    r"(?P<verb>" + _DE_VERBS + r")\s+(?P<rest>[^,.;:!?“”\"»«„]+(?:\.[A-Z][^,.;:!?“”\"»«„]*)*)"
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
_R_PARTICLE_SURNAME = re.compile(r"(?:von der|von dem|van der|van den|von|van|de)\s+" + _CAP)
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
# (a body's name in lower case may open a role: "ifo-Forscher", "bevh-Präsident")
_DE_SUBJECT = re.compile(
    r"[\s„“\"»«]*(?P<np>(?:(?:Der|Die|Das|Ein|Eine)\s+)?(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}"
    r"(?:[a-zäöü]{2,9}-(?=" + UPPER + ")|[A-Z]\\+-(?=" + UPPER + "))?"  # ("H+-Direktorin X", batch 334)
    r"(?:" + _NAME_WORD + r"\s+){0,4}" + _NAME_WORD + _GENITIVE + _FUER + _UND + r"|Er|Sie)\s+"
    # a party after the name, a body the person speaks for: "Landrätin X (Freie Wähler) sagte", "Ökonomin X
    # von der Landesbank Y sagte" (batches 334, 338; the body checked in _subject_de)
    r"(?:\((?:[A-ZÄÖÜ][\wäöüß\-]*\s*){1,3}\)\s+)?"
    # ("vom Karrierecenter der Bundeswehr", "von der Privatbank Lohmeyer & Cie", batches 471, 472)
    r"(?:(?P<org>(?:von\s+(?:der|dem|den)|vom)\s+(?:" + _CAP + r"\s+){0,2}" + _CAP
    + r"(?:\s+(?:der|des)\s+" + _CAP + r")?(?:\s+&\s+" + _CAP + r")?)\s+)?"
    r"(?:(?:hat|hatte|habe|haben|hatten|hätte|sei|soll)\s+)?"
    # (a place after the subject is no part of it: "Senatorin Patricia Delgado aus Oregon sagte")
    r"(?:(?:am|im|in|aus|vor|nach|bei|zudem|auch|außerdem|bereits|noch|nun|dann|später|erneut"
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
        if pm := _R_PARTICLE_SURNAME.fullmatch(m.group("rest").strip()):
            return pm.group()  # "..., so von der Aue.": a surname with its particle (batch 420)
        np = _forward_np_de(m.group("rest"), skip_adverbials=False)
        if np:
            return np
    if has_verb and text.count(",") >= 2 and (name := _apposed_subject_de(text)):
        return name
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
        if m.re is _DE_SUBJECT and m.group("org") and _particle_name(m):
            np += " " + m.group("org")
        if np.lower() in _PRONOUNS:
            return PRONOUN
        norm = coordinated_de(np.split()) if m.re is _DE_SUBJECT and m.group("und") and _plural(m) else None
        norm = norm or _normalise_de(np.split())
        if norm:
            return norm
    np = _source_de(text, words, angaben)
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
    told = first in ("Die", "Das", "Diese", "Dieses") and after.split(" ", 1)[0] in _TOLD_THINGS
    if told or (first in _DE_FRONTED and not (first == "Das" and after[:1].isupper())):
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
                # ("Das sagte der Leiter des Präsidialamts, Taras Ossadtschyj, am Mittwoch")
                return _apposed_name(text, m, np) if m is not perfect else np
    return None


def _after_dateline(text: str) -> int:
    """Where the sentence starts after a dateline ("Bern (Keystone-SDA) - ") or a fact-check box's
    label ("Fakten: "), else 0."""
    if ": " in text[:16] and (label := _DE_BOX_LABEL.match(text)):
        return label.end()
    dateline = _DE_DATELINE.match(text) if ") " in text[:60] else None
    return dateline.end() if dateline else 0


# A fact-check piece's box label before its sentence: "Fakten: Die Landeswahlleitung teilte mit, ..." (batch 412).
_DE_BOX_LABEL = re.compile(r"(?:Fakten|Kontext|Hintergrund|Einordnung|Richtigstellung):\s+")


# A dateline before the subject: "Bern (Keystone-SDA) - X sagte", "Wien (APA) – Die Polizei teilte mit".
_DE_DATELINE = re.compile(UPPER + r"[^\W\d][\w./\- ]{0,40}\s\([\w./\- ]{2,30}\)\s*[-–—]\s*")


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
    if m and m.group("org") and not _particle_name(m) and not _body_after_name(m):
        m = None
    if m and " für " in m.group("np") and not m.group("verb").startswith("teilt"):
        # "für" continues an institution's name only, not "Der Sprecher für Außenpolitik", but
        # any source's before "teilte mit" ("Das Observatorium für Klimafolgen teilte mit").
        words = m.group("np").split()
        if not _is_institution_de(words[words.index("für") - 1]):
            m = None
    if m and m.group("verb").startswith("teilt") and m.group("np").split()[-1] in _TOLD_THINGS:
        m = None  # "Die Zahlen teilte das Bundesamt ... mit": the object fronted, the source after the verb
    return m or _DE_AUX_SUBJECT.match(text, at)


# A subject and its apposition before a verb of saying: "Die Vorsitzende des Rats, Henrike Koch,
# sagte, ...", "Henrike Koch, Vorsitzende des Rats, sagte, ...": the personal name is the speaker.
_DE_APPOSED = re.compile(
    r"(?P<a>[^,;:„“\"»«()]{3,90}),\s+(?P<b>[^,;:„“\"»«()]{3,90}),\s+(?P<verb>" + _DE_VERBS + r")\b"
)
_DE_PERSON = re.compile(DE_PERSON)


def _apposed_subject_de(text: str) -> str | None:
    m = _DE_APPOSED.match(text, _after_dateline(text))
    if m is None:
        return None
    a, b = m.group("a").strip(), m.group("b").strip()
    for name, role, articles in ((b, a, ("Der", "Die")), (a, b, ("der", "die", "ein", "eine"))):
        if not _DE_PERSON.fullmatch(name) or name.split(None, 1)[0].lower() in _NUMBER_WORDS:
            continue
        words = role.split()
        # the role opens its phrase, after an article or an adjective ("ein früherer Arbeitsrichter";
        # not "Zwei Mitglieder, darunter der Vertreter des DGB, ...")
        opener = words[0] in articles
        if (opener or _is_role_de(words[0])) and any(_is_role_de(w) for w in words[:4]):
            return _normalise_de(name.split()) or name
    return None


_NUMBER_WORDS = frozenset(word_list("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf beide alle viele"))


# What is told, fronted before "teilte ... mit" (batch 391).
_TOLD_THINGS = frozenset(
    ["Zahl", "Zahlen", "Angaben", "Daten", "Einzelheiten", "Details", "Ergebnis", "Ergebnisse", "Werte", "Bilanz"]
)


def _names(m: re.Match[str]) -> int:
    """How many capitalised words of a _DE_SUBJECT match's subject are no role: its names."""
    return sum(w[:1].isupper() and not _is_role_de(w) for w in m.group("np").split())


def _particle_name(m: re.Match[str]) -> bool:
    """Whether a _DE_SUBJECT match's "von der X" is the end of a name, not the body its person
    speaks for: "Kommissionspräsidentin Ursula von der Leyen sagte" has one name before it and no
    body after it (as the forward reading tells them apart)."""
    org = m.group("org").split()
    return org[0] == "von" and len(org) == 3 and _names(m) == 1 and not _is_body_de(org[2])


def _body_after_name(m: re.Match[str]) -> bool:
    """Whether "von der ..." after a subject names the body its person speaks for: a body's word
    after a role and a name ("Ökonomin X von der Landesbank Y"), or anything after a first name and
    a surname ("Analystin Anna Huber von der Helaba")."""
    if _names(m) >= 2:
        return True
    caps = sum(w[:1].isupper() for w in m.group("np").split())
    return caps >= 2 and any(_is_body_de(w) for w in m.group("org").split() if w[:1].isupper())


def _plural(m: re.Match[str]) -> bool:
    """Whether a _DE_SUBJECT match's verb is in the plural: "teilten", "sagten", "haben ... mitgeteilt"."""
    return m.group("verb").endswith("en") or _DE_PLURAL_AUX.search(m.string, m.end("np"), m.end()) is not None


_DE_PLURAL_AUX = re.compile(r"\s(?:haben|hatten)\s")


_R_GAS_AFTER = re.compile(r"(?:[ \u00a0]+(?:er|sie))?[ \u00a0]+Gas(?![\wäöüß])")
_R_ES_BEFORE = re.compile(r"(?i)(?<![\w])es[ \u00a0]+$")


def _gab_es(m: re.Match[str]) -> bool:
    """Whether the verb of saying is the "gab" of "es gab" (there was): "Heuer gab es 41 Hitzetage",
    "Bei den Stellen gab es ein Minus", not "gab ... bekannt"; or of a verb whose particle closes the
    clause and says nothing: "Die Lira gab um 0,4 Prozent nach", "Die UNO gab fünf Millionen frei"."""
    if m.re.groupindex.get("verb") is None or m.group("verb") not in ("gab", "gaben"):
        return False
    text, at = m.string, m.end("verb")
    if text.startswith(" es ", at) or _R_ES_BEFORE.search(text, max(0, m.start("verb") - 5), m.start("verb")):
        return True  # "gab es", and "Es gab lange Sperrungen"
    if _R_GAS_AFTER.match(text, at):
        return True  # "Statt anzuhalten, gab er Gas": he sped up (batch 352)
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


def _hiess_es(m: re.Match[str]) -> bool:
    """An inverted "hieß es" ("..., hieß es aus dem Ministerium") is left to _DE_HIESS, which reads
    its preposition; the inverted reading skipped it and took a genitive ("des Rates")."""
    return m.group("verb") == "hieß" and m.group("rest").startswith("es ")
