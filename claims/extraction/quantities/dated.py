"""German years before a name or a dated thing: "die 1761 unter Maria Theresia gegründet wurde",
"der 2014 annektierten Krim"; the shapes that tell them from counts ("die 1500 gebauten Wohnungen")."""

from __future__ import annotations

import re

from .ages import _DE_FIRST_NAMES

# An article or relative pronoun ("die 1761 ..."), or a singular auxiliary ("wurde 1761 ...").
_R_ARTICLE_OR_AUX_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:der|die|das|dem|den|des|ein|eine[mnrs]?|wurde|ist|war)[ \u00a0]+$"
)
# A preposition and a name after the figure: "unter Maria Theresia", "von Kaiser Joseph II.".
_R_PREP_NAME_AFTER = re.compile(
    r"[ \u00a0]+(?:unter|von|vom|in|im)[ \u00a0]+((?:[A-ZÄÖÜ][\wäöüß\-]*[ \u00a0]+){1,3})"
)
# "die 1500 von Siemens gebauten Züge": an attribute in -en before a noun; the figure counts it.
_R_PLURAL_ATTRIBUTE = re.compile(r"[a-zäöüß]+en[ \u00a0]+[A-ZÄÖÜ]")


def _prep_name_year_de(text: str, s: int, e: int) -> bool:
    """ "die 1761 unter Maria Theresia als Hofrechenkammer gegründet wurde": after an article, a
    relative pronoun or "wurde", a figure before "unter"/"von"/"in" and a person's name (a known
    first name or two capitalised words) dates what the clause tells; no count of people."""
    if _R_ARTICLE_OR_AUX_BEFORE.search(text, max(0, s - 8), s) is None:
        return False
    m = _R_PREP_NAME_AFTER.match(text, e)
    if m is None:
        return False
    words = m.group(1).split()
    named = len(words) >= 2 or words[0].split("-")[0].lower() in _DE_FIRST_NAMES
    return named and _R_PLURAL_ATTRIBUTE.match(text, m.end()) is None


# "der 2014 annektierten Krim", "der 1990 gegründeten Stiftung": a participle (weak in -t or
# strong in -en, then an ending) between an article and its noun.
_R_PARTICIPLE_NOUN = re.compile(r"[ \u00a0]+[a-zäöüß]{3,}(?:t|en)(?:e[mnrs]?)[ \u00a0]+([A-ZÄÖÜ][\wäöüß\-]*)")
_R_ARTICLE_ONLY_BEFORE = re.compile(r"(?i)(?<![\w])(der|die|das|dem|den|des|ein|eine[mnrs]?)[ \u00a0]+$")
# A noun that cannot be a plural: singular suffixes, or a last letter no German plural ends in
# (plurals end in -e, -n, -r, -s or unchanged in -el/-er/-en); "Krim", "Stadt", "Stiftung".
_R_SINGULAR_NOUN_DE = re.compile(r"(?:ung|heit|keit|schaft|ion|tät|in|[^enrsl\W\d_])$")
# Measures stand in the singular after a figure: "2000 Meter", "1500 Gramm", "2000 Stück".
_R_MEASURE_SINGULAR_DE = re.compile(
    r"(?i)(?:gramm|kilo|watt|stück|grad|pfund|hektar|mann|euro|dollar|franken|prozent|uhr|mal)$"
)


def _participle_singular_year_de(text: str, s: int, e: int, noun: str) -> bool:
    """See _R_PARTICIPLE_NOUN: a figure above one counts a plural ("der 2000 gebauten
    Wohnungen"); before a singular noun it dates the thing ("der 2014 annektierten Krim")."""
    art = _R_ARTICLE_ONLY_BEFORE.search(text, max(0, s - 6), s)
    if art is None or _R_MEASURE_SINGULAR_DE.search(noun) is not None:
        return False
    m = _R_PARTICIPLE_NOUN.match(text, e)
    if m is not None and m.group(1) == noun and _R_SINGULAR_NOUN_DE.search(noun) is not None:
        return True
    return _dating_participle_year_de(text, e, art.group(1).lower(), int(text[s:e]), noun)


# A participle by its shape: "gegründeten", "eingeweihte", "gegossenen" (ge-), "errichteten",
# "eröffneten", "verabschiedeten", "beschlossenen" (an inseparable prefix), "renovierten" (-iert);
# then its ending and the noun. Adjectives of the same shape name no date ("gesamten",
# "bekannten", "verschiedenen", "erwachsenen").
_R_DATING_PARTICIPLE_DE = re.compile(
    r"[ \u00a0]+(?!gesamt|gerecht|bekannt|berühmt|beliebt|bestimmt|bereit|verschieden|erwachsen|ernst)"
    r"(?:(?:[a-zäöüß]{0,6}ge|(?:wieder|neu)?(?:er|ver|be|ent|zer|über|unter|hinter|miss))[a-zäöüß]{2,}(?:t|en)"
    r"|[a-zäöüß]{3,}iert)(e[mnrs]?)[ \u00a0]+([A-ZÄÖÜ][\wäöüß\-]*)"
)
# Nouns that may be the plural after "der"/"den" and an "-en" participle: a genitive plural in
# "-er" ("der 1968 berechtigten Wähler"), a dative plural in "-en"/"-ern", a plural in "-s".
_R_PLURAL_SHAPE_DE = re.compile(r"(?:en|er|ern|s)$")


def _dating_participle_year_de(text: str, e: int, article: str, y: int, noun: str) -> bool:
    """ "der 1968 errichteten Diözese", "die 1968 gestiftete Kirche", "des 1754 gestifteten Klosters":
    a figure between an article and a participle of the shape above dates the noun the article
    belongs to. "des", "dem", a form of "ein" and a participle in "-e" stand only before a singular;
    "der"/"den" and "-en" may be a plural ("der 2000 gebauten Schiffe", "den 1500 gebauten
    Wohnungen"), so there the noun must not look plural and the figure must look like a year
    (1800-2099, not a round hundred); "die" and "-en" is a plural and stays a count."""
    m = _R_DATING_PARTICIPLE_DE.match(text, e)
    if m is None or m.group(2) != noun:
        return False
    if m.group(1) == "e":
        return article != "den"
    if article in ("des", "dem") or article.startswith("ein"):
        return True
    if article not in ("der", "den") or m.group(1) != "en":
        return False
    return 1800 <= y < 2100 and y % 100 != 0 and _R_PLURAL_SHAPE_DE.search(noun) is None


# "ein Drittel der 2014 vorhandenen Bestände", "der 2019 geltenden Regeln": an adjective of a state
# that holds at a time dates it; the figure is a year (1900-2099, not a round hundred: "die 2000
# vorhandenen Betten" may count them), as "der 2014 annektierten Krim" is.
_R_STATE_ADJ_DE = re.compile(
    r"[ \u00a0]+(?:vorhanden|bestehend|existierend|verfügbar|gültig|geltend|amtierend)(?:e[mnrs]?)[ \u00a0]+[A-ZÄÖÜ]"
)
# "mit der Armeebotschaft 2025 Verpflichtungskredite", "im Budget 2026 Mittel": a plan, budget or
# message named with its year before what it holds, as "Budget 2026" alone is a year; so is an
# election ("bei der Landtagswahl 2024 Stimmen verloren").
_R_PLAN_NAME_BEFORE_DE = re.compile(
    r"(?<![\w])(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Bb]otschaft|[Bb]udget|[Pp]lan|[Pp]rogramm|[Vv]oranschlag|[Hh]aushalt"
    r"|[Bb]ericht|[Ss]trategie|[Aa]genda|[Ww]ahl)[ \u00a0]+$"
)


def _named_year_de(text: str, s: int, e: int, y: int) -> bool:
    """See _R_STATE_ADJ_DE and _R_PLAN_NAME_BEFORE_DE."""
    if not 1900 < y < 2100 or y % 100 == 0:
        return False
    if _R_ARTICLE_ONLY_BEFORE.search(text, max(0, s - 6), s) and _R_STATE_ADJ_DE.match(text, e):
        return True
    return text[s - 1 : s] in (" ", "\u00a0") and _R_PLAN_NAME_BEFORE_DE.search(text, max(0, s - 30), s) is not None
