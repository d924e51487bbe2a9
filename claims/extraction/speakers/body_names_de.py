"""German names of bodies that go on over "und" and "für": a compound with its shared part left
out ("der Energie- und Wasserwirtschaft"), fields of work joined after a body's noun ("die
Gewerkschaft Erziehung und Wissenschaft") and an institution's name after "für" ("das Bundesamt
für Migration und Flüchtlinge")."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .lower_names import _is_body_de
from .normalise import _de_gender
from .words import _ADDRESSEES, _DE_DETERMINERS, _DE_PREPOSITIONS, _is_institution_de, _is_role_de


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


_PURPOSE_ENDINGS = ("ung", "heit", "keit", "schaft", "wesen", "ion", "tät", "ik")


def _name_with_fuer(tokens: list[str], i: int, np: list[str], any_head: bool = False) -> int:
    """An institution's name goes on after "für" ("das Institut für Kriegsstudien"), also over
    "und" ("das Bundesamt für Migration und Flüchtlinge"): the capitalised words after
    ``tokens[i]`` == "für" are added to ``np``; where reading stopped. ``any_head``: in "teilte
    ... mit" and "hieß es aus ..." a source's name goes on whatever its head noun ("das
    Kuratorium für Verkehrssicherheit"); after "sagte" only an institution's does ("der Sprecher
    für Außenpolitik" is a role's area)."""
    n = len(tokens)
    if i + 1 < n and tokens[i] == "of" and np[-1][:1].isupper() and tokens[i + 1][:1].isupper():
        # an English name in German copy: "die Bank of England", "die University of Oxford"
        np.append("of")
        i += 1
        while i < n and tokens[i][:1].isupper() and tokens[i] not in _ADDRESSEES:
            np.append(tokens[i])
            i += 1
        return i
    if (
        i + 1 < n
        and tokens[i] in ("zur", "zum")
        and _is_institution_de(np[-1])
        and tokens[i + 1].endswith(_PURPOSE_ENDINGS)  # ("teilte der Verband zum Auftakt der ITB mit": a time)
    ):
        # "das Institut zur Qualitätsentwicklung im Bildungswesen", "die Stiftung zur Förderung der ...": an
        # institution's purpose after "zur"/"zum", as after "für" (batch 253)
        np.append(tokens[i])
        i += 1
        while i < n and tokens[i][:1].isupper() and tokens[i] not in _ADDRESSEES:
            np.append(tokens[i])
            i += 1
        return _field_after_fuer(tokens, i, np)
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
        # "das Zentralinstitut für die kassenärztliche Versorgung": an adjective and an abstract field noun
        if (
            j + 1 < n
            and tokens[j][:1].islower()
            and tokens[j].endswith(("e", "en"))
            and tokens[j + 1][:1].isupper()
            and tokens[j + 1].endswith(("ung", "heit", "keit", "schaft", "wesen"))
        ):
            np += tokens[i : j + 2]
            return j + 2
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
        i = _field_after_fuer(tokens, i, np)
    return i


# The field a "für" name is limited to ("das Bundesamt für Sicherheit im Gesundheitswesen", "in
# der Informationstechnik", "im öffentlichen Raum"): a noun of a field by its ending, so that "im
# Dezember" or "im Interview" stays outside the name.
_FIELD_ENDINGS = (
    "wesen", "technik", "verkehr", "raum", "ausland", "sport", "alter", "handel", "bereich", "netz", "recht",
    "wirtschaft", "dienst",
)


def _field_after_fuer(tokens: list[str], i: int, np: list[str]) -> int:
    n = len(tokens)
    if i < n and tokens[i] == "im":
        j = i + 1
    elif i + 1 < n and tokens[i] == "in" and tokens[i + 1] == "der":
        j = i + 2
    else:
        return i
    k = _fuer_noun(tokens, j) if j < n else 0
    if k and tokens[k].lower().endswith(_FIELD_ENDINGS):
        np += tokens[i : k + 1]
        return k + 1
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
