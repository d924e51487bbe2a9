"""German sources named without a verb of saying before them: "laut X", "gemäß X", "nach
Angaben des X", "nach X-Angaben", "X zufolge", "wie X mitteilte" and "hieß es aus X"."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .forward_np_de import _forward_np_de
from .normalise import _DE_LINKING_S_FEMININE, _de_gender, _normalise_de
from .words import DE_MONTHS, UPPER, _is_role_de
from .zufolge import _search_zufolge, _zufolge_source

# A personal name of two or three capitalised words (german._apposed_subject_de), and one in apposition
# after the source's phrase (see _source_de).
DE_PERSON = r"(?:" + UPPER + r"[a-zäöüß'’\-]+\s+){1,2}" + UPPER + r"[\wäöüß'’\-]+"
_R_APPOSED_NAME_DE = re.compile(r",\s+(" + DE_PERSON + r"),")
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
_DE_X_ANGABEN = re.compile(
    r"\b[Nn]ach\s+(?:ersten\s+|vorläufigen\s+)?(?P<x>" + UPPER + r"[\wäöüß]+?)(?:-Angaben|angaben)\b"
)

# The verbs that close "wie X mitteilte": one list for the pattern and for its gate (_WIE_VERBS).
_WIE_VERB_FORMS = [
    "mitteilte", "mitteilten", "berichtete", "berichteten", "sagte", "sagten", "erklärte", "erklärten",
    "bestätigte", "bestätigten", "meldete", "meldeten", "schrieb", "mitgeteilt", "bekannt gab", "bekanntgab",
    "ankündigte", "ankündigten", "betonte", "betonten", "warnte", "warnten",
]
# (a programme's or paper's title in quotes may stand inside: "wie X im «Echo der Zeit» von Radio SRF sagte",
# and a date's ordinal: "wie die Statistik Austria am 17. Februar mitteilte", or a figure's point or comma:
# "wie der DWD unter Berufung auf seine rund 2.000 Stationen mitteilte")
_FIGURE_POINT = r"(?<=\d)[.,](?=\d)"
# a point inside a body's name: "wie IT.NRW mitteilte" (batch 494)
_NAME_POINT = r"(?<=[A-Z])\.(?=[A-Z]{2})"
_DE_WIE = re.compile(
    r"\b[Ww]ie\s+(?P<rest>(?:[^,.;:!?“”\"»«„]|[«„“\"][^,.;:!?«»„“”\"]{1,40}[»“”\"]|(?<=\s\d)\.\s|(?<=\s\d\d)\.\s"
    r"|" + _FIGURE_POINT + "|" + _NAME_POINT + r")+?)"
    r"\s+(?P<verb>"
    + "|".join(_WIE_VERB_FORMS) + r")\b"
)
# "..., wie das Landeskriminalamt mitteilte." closing the sentence names its source, not the
# subject before it ("Die Hacker forderten ..."); right after the verb it is its object
# ("Der Zeuge berichtete, wie der Täter ihn warnte"). A figure's point or comma may stand inside, as above.
_DE_WIE_END = re.compile(
    r",\s*wie\s+(?P<rest>(?:[^,.;:!?“”\"»«„]|" + _FIGURE_POINT + "|" + _NAME_POINT + r")+?)\s+(?P<verb>"
    + "|".join(_WIE_VERB_FORMS)
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


# A time after the source's name ends it: "nach Angaben der Autobahn GmbH Ende 2028 fertig sein" (batch 105).
_DE_MONTHS = r"(?:" + "|".join(sorted(DE_MONTHS)) + ")"
_DE_TIME_AFTER_NAME = re.compile(
    r"\s+(?:(?:Ende|Anfang|Mitte)\s+(?:\d|" + _DE_MONTHS + r")|(?:Frühjahr|Sommer|Herbst|Winter|" + _DE_MONTHS
    + r")\s+\d)"
)


def _before_time(rest: str) -> str:
    m = _DE_TIME_AFTER_NAME.search(rest)
    return rest[: m.start()] if m else rest


def _source_de(text: str, words: frozenset[str], angaben: bool) -> str | None:
    """The source a sentence names by "laut", "gemäß", "nach Angaben", "zufolge", "wie ...
    mitteilte" or "hieß es", in that order; each pattern runs only when its key word is in it."""
    m = _DE_LAUT.search(text) if ("laut" in words or "gemäß" in words or "gemäss" in words) else None
    # "Laut Angaben des Bundesamtes" names its source after the noun: _DE_ANGABEN reads it.
    if m and m.group("rest").split(" ", 1)[0].lower() not in _LAUT_SOURCE_NOUNS:
        np = _forward_np_de(_before_time(m.group("rest")), skip_adverbials=False, oblique=True)
        if np and not (m.group()[:1] in "Gg" and _complied_with(np)):
            # "Laut dem Direktor des SLF, Jürg Zgraggen, hat ...": the name in apposition after a role
            named = _R_APPOSED_NAME_DE.match(text, m.end("rest"))
            if named and any(_is_role_de(w) for w in m.group("rest").split()[:3]):
                # ("..., Oberst Christian X, ...": a rank before the name is dropped, batch 503)
                first, _, rest = named.group(1).partition(" ")
                return rest if _is_role_de(first) and " " in rest else named.group(1)
            return np
    m = _DE_ANGABEN.search(text) if angaben or not _SOURCE_NOUNS.isdisjoint(words) else None
    if m:
        rest = m.group("rest")
        if m.group("art") not in ("von", "vom"):
            rest = m.group("art") + " " + rest
        np = _forward_np_de(_before_time(rest), skip_adverbials=False, oblique=True)
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


def _mitteilte(m: re.Match[str]) -> bool:
    """Whether "wie X ..." closes with "mitteilte" (or "mitgeteilt"): like "teilte ... mit", its
    source's name goes on after "für" whatever the head ("wie der Koordinierungsstab für
    Kriegsgefangene mitteilte"); after "sagte" only an institution's does."""
    return m.group("verb").startswith(("mitteilt", "mitge"))
