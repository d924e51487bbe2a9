"""The German speaker's phrase read forwards: after a verb of saying ("sagte der Sprecher des
Ministeriums"), after "laut", "nach Angaben" and in "wie X mitteilte"."""

from __future__ import annotations

import re

from ..wordtrie import word_list
from .body_names_de import _fields_joined, _name_with_fuer, _suspended
from .coordinated import coordinated_de
from .lower_names import _is_body_de, lower_case_name
from .normalise import _DE_ABSTRACT_ENDINGS, _de_gender, _normalise_de
from .words import (
    _ADDRESSEES,
    _DE_ARTICLES,
    _DE_DETERMINERS,
    _DE_PREPOSITIONS,
    _PARTICLES,
    _PRONOUNS,
    DE_MONTHS,
    PRONOUN,
    _is_acronym,
    _is_institution_de,
    _is_role_de,
    _tokens,
    is_particle_name,
    is_role_de,
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


# Words in "-er" that are no adjective of a body's members (prepositions such as "unter" are left out apart).
_NOT_MEMBER_ADJECTIVES = frozenset(
    word_list("außer aber oder immer wieder weiter später jeder dieser jener seiner ihrer unser")
)
_RANK_NOUNS = frozenset(["Rang", "Platz", "Position", "Startplatz", "Tabellenplatz"])


_AGENCIES = frozenset(["APA", "AFP", "AP", "SDA", "KNA", "DPA", "Keystone-SDA"])


def _forward_np_de(
    rest: str, skip_adverbials: bool = True, oblique: bool = False, any_head: bool = False, plural: bool = False
) -> str | None:
    tokens = _tokens(rest)
    i, n = 0, len(tokens)
    if skip_adverbials:
        while i < n:
            t = tokens[i]
            low = t.lower()
            if low == "des" and i + 1 < n:
                # a genitive ends the adverbial before it ("bei der Vorstellung des Jahresgutachtens", batch 503)
                i += 1
                while i < n and tokens[i][:1].islower():
                    i += 1
                i += 1
                continue
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
        if (
            i + 3 < n
            and _R_AGE_ADJECTIVE.fullmatch(tokens[i])
            and all(t[:1].isupper() for t in tokens[i + 1 : i + 4])
        ):
            # "sagte der 45-jährige Bürgermeister Hans Maier" (batch 415): before a role and a name only
            # ("sagte eine 71-jährige Pensionistin" names nobody)
            np.append(tokens[i])
            i += 1
        while i < n and tokens[i][:1].islower() and tokens[i].lower() not in _DE_PREPOSITIONS and len(np) < 4:
            if tokens[i].lower() in _DE_LOWER_SKIP:
                break
            np.append(tokens[i])
            i += 1
    told = not oblique and np == ["der"] and i < n and tokens[i] in _AGENCIES
    if told and (i + 1 == n or tokens[i + 1][:1].islower()):
        return None  # "sagte der APA, ...": the agency told, a dative (batch 503)
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
            # (also after a role: "nach Angaben der Landeswahlleiterin Briefwahlunterlagen beantragt", batch 393)
            if caps and _common_noun_de(t) and (_is_acronym(np[-1]) or _is_body_de(np[-1]) or _is_role_de(np[-1])):
                break
            np.append(t)
            caps += 1
            names += not _is_role_de(t)
            i += 1
        elif caps and t == "&" and i + 1 < n and tokens[i + 1][:1].isupper():
            np.append(t)  # "die Hotel & Gastro Union" (batch 506)
            i += 1
        elif caps and is_particle_name(t):
            np.append(t)  # "sagte Armeesprecher Osman al-Tidschani"
            caps += 1
            names += 1
            i += 1
        elif caps and t in _PARTICLES and i + 1 < n and (tokens[i + 1][:1].isupper() or tokens[i + 1] in _PARTICLES):
            if t in ("der", "den") and np[-1] not in ("von", "van"):
                break
            if t == "von" and tokens[i + 1] in _RANK_NOUNS:
                break  # "nach Angaben der WTA von Rang 38 auf Platz 25": a move in a ranking, no name
            if t == "von" and tokens[i + 1] in DE_MONTHS:
                break  # "nach Angaben des Innenministeriums von Jänner bis August": a period (batch 315)
            # "Wolfgang Lechner von der Klinik Ottakring", "Andreas Gstöttner von der Geosphere Austria": a
            # body after a first name and a surname, no particle ("Ursula von der Leyen" has one name before).
            if t == "von" and tokens[i + 1] == "der" and i + 2 < n and (names >= 2 or _is_body_de(tokens[i + 2])):
                break
            np.append(t)
            i += 1
        elif caps and not _is_role_de(np[-1]) and (k := _place_suffix(tokens, i)):
            np += tokens[i:k]  # "das Hauptzollamt Frankfurt am Main", "die Polizei Frankfurt an der Oder"
            i = k
        elif (
            caps
            and i + 1 < n
            and t[:1].islower()
            and t.endswith("er")
            and len(t) > 4
            and t not in _DE_PREPOSITIONS
            and t not in _NOT_MEMBER_ADJECTIVES
            and tokens[i + 1][:1].isupper()
            and _is_body_de(np[-1])
        ):
            # "der Verband kommunaler Unternehmen", "der Bund deutscher Architekten": a body of members named by
            # an adjective and a plural (batch 317)
            np += tokens[i : i + 2]
            i += 2
        elif caps and _suspended(tokens, i):
            np += tokens[i : i + 2]  # "der Bundesverband der Energie- und Wasserwirtschaft"
            i += 2
        elif (
            caps == 1
            and t == "und"
            and i + 2 < n
            and _is_role_de(np[-1])
            and _is_role_de(tokens[i + 1])
            and tokens[i + 2][:1].isupper()
            and not _is_role_de(tokens[i + 2])
        ):
            np[-1] = tokens[i + 1]  # "Gründer und Co-Chef Max Muster": two titles of one person (as batch 288's
            i += 2  # "Co-founder and CEO Talia Brennagh"); the second stands for both
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
            elif j < n and (k := _place_suffix(tokens, j)):
                gen += tokens[j:k]
                j = k
        if len(gen) > 1 and gen[-1][:1].isupper():
            np.extend(gen)
            _name_with_fuer(tokens, j, np)  # "ein Sprecher des Staatssekretariats für Migration"
    return _normalise_de(np, oblique=oblique)


_R_AGE_ADJECTIVE = re.compile(r"\d{1,3}-[Jj]ährige[nr]?")


# Heads of common nouns that stand after a source in the middle of a clause (people counted, aid,
# money), and the plural endings of abstract nouns: no name in apposition ends in them.
_DE_COMMON_HEADS = tuple(
    word_list("""
    hilfe hilfen kinder menschen personen frauen männer tote toten verletzte verletzten flüchtlinge geflüchtete
    geflüchteten soldaten zivilisten waffen kosten schulden gelder mittel einnahmen ausgaben prozent euro
    dollar millionen milliarden tausende hunderte dutzende ungen heiten keiten schaften ionen täten werte güter
    schäden fälle schmuck
    gas öl verbote unterlagen anträge scheine
    """)
)


# The rivers and regions a town's name is told by: "Frankfurt am Main", "Frankfurt an der Oder",
# "Freiburg im Breisgau", "Weiden in der Oberpfalz" (no speaker's phrase ends before them).
_PLACE_SUFFIXES = frozenset(
    word_list("""
    Main Rhein Neckar Inn Lech Donau Oder Ruhr Havel Saale Lahn Elbe Isar Weinstraße Spree Mosel Ilm Enz
    Breisgau Oberpfalz Ybbs Traun Tauber
    """)
)


def _place_suffix(tokens: list[str], i: int) -> int:
    """The index after a town's river or region at ``tokens[i]`` ("am Main", "an der Oder", "im
    Breisgau", "ob der Tauber"), or 0."""
    t = tokens[i]
    # ("im" only for Freiburg: "ein Liftbetreiber im Pongau" is where the speaker works)
    if (t == "am" or t == "im") and i + 1 < len(tokens) and tokens[i + 1] in _PLACE_SUFFIXES:
        return i + 2 if t == "am" or tokens[i + 1] == "Breisgau" else 0
    if t in ("an", "in", "ob") and tokens[i + 1 : i + 2] == ["der"] and i + 2 < len(tokens):
        return i + 3 if tokens[i + 2] in _PLACE_SUFFIXES else 0
    return 0


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
