"""A found phrase made a speaker's name: German articles, adjectives and head nouns put in the
nominative by the noun's gender, a personal name kept after a role; English roles and descriptions
dropped before a name."""

from __future__ import annotations

import re
from functools import lru_cache

from ..wordtrie import word_list
from .words import (
    _DE_ARTICLES,
    _DE_POSSESSIVES,
    _EN_LOWER_SUBJECTS,
    _EN_PHRASE_STOP,
    _INSTITUTIONS,
    _OFFICES_EN,
    _PARTICLES,
    _PRONOUNS,
    _ROLES_EN,
    _TITLES,
    PRONOUN,
    _is_acronym_role_de,
    _is_institution_de,
    _is_role_de,
    _is_role_en,
    _is_role_shaped_de,
    is_particle_name,
    is_role_de,
    is_role_shaped_en,
)

# Neuter nouns in "-e" (as the end of a compound: "Verwaltungsgebäude"): their genitive adds "-s".
_DE_NEUTER_E = (
    "gebäude",
    "gelände",
    "gebirge",
    "getreide",
    "gemälde",
    "gewerbe",
    "gehäuse",
    "gemüse",
    "gefüge",
    "gewebe",
    "gebilde",
    "interesse",
    "erbe",
    "auge",
    "ende",
    "regime",
    "ensemble",
    "finale",
    "image",
    "prestige",
)
# Verbs made nouns, neuter ("das Unternehmen", "das Abkommen"): endings in "-en" that are no adjective's.
_DE_VERBAL_NOUNS = tuple(
    word_list("""
    nehmen fahren kommen treffen schreiben haben suchen achten zeichen brechen sehen wissen leben vertrauen
    verhalten
    """)
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
        gespräch urteil feld label
        """)
        + list(_DE_VERBAL_NOUNS)
        + list(_DE_NEUTER_E),
        "n",
    ),
    **dict.fromkeys(
        word_list("""
        rat staat senat monat magistrat apparat soldat kandidat diplomat automat delegat krat pirat prälat
        salat spagat advokat akrobat magnat potentat renegat spinat dienst verband konzern ausschuss bund
        kreml aum irrtum reichtum konsum konsument zement moment ling ismus stab hof frieden namen glauben willen
        sender kanal verlag
        gedanken norden osten westen süden garten hafen posten wagen boden rahmen schaden
        """),
        "m",
    ),
    **dict.fromkeys(
        word_list("""
        ung heit keit schaft ion tät ei ie ik enz anz ur erin behörde polizei regierung kommission agentur bank
        armee marine partei kammer akademie stiftung stelle zentrale börse allianz initiative plattform liga
        tat heimat saat heirat erlaubnis kenntnis finsternis wildnis besorgnis nato uno
        waffe kasse wache garde kirche schule gruppe hilfe presse
        """),
        "f",
    ),
}
_DE_GENDER_LONGEST = max(map(len, _DE_GENDER_ENDINGS))
# Acronyms tell no gender by their ending; these well-known ones stand for neuter heads (an "Amt",
# "Institut", "Ministerium", "Departement", "Gericht": "des BSI" is "das BSI"). An unlisted one
# after "des"/"dem" is read as masculine ("des ORF", "des ADAC").
_DE_NEUTER_ACRONYMS = frozenset(
    word_list("""
    ams bsi bakom bag bfs bazl bav bafu bfe bwo sem seco astra vbs eda edi ejpd efd wbf uvek rki pei bka lka
    bamf bfarm bfr bbk uba kba lba diw ifw ifo zew iab rwi wifo ihs wsi imk thw zdf ioc unhcr bmf bmi bmg bmas
    bmj bmvg bmbf bmwk bmz bmel bmdv bmuv bmfsfj bvt dsn bfa bvwg bverfg bverwg dlr kit pik awi dkfz
    """)
)
# Feminine heads that join a compound with "-s" ("Regierungsangaben"); "-ei", "-ie", "-e" join without.
_DE_LINKING_S_FEMININE = ("ung", "heit", "keit", "schaft", "ion", "tät")


@lru_cache(maxsize=4096)
def _de_gender(noun: str) -> str | None:
    """The gender ("m", "f", "n") by the noun's longest listed ending, after a hyphen in a
    compound ("EU-Parlament"), else None."""
    last = noun.rsplit("-", 1)[-1]
    low = last.lower()
    if low in _DE_NEUTER_ACRONYMS and last[:1].isupper():
        return "n"
    for k in range(min(len(low), _DE_GENDER_LONGEST), 1, -1):
        gender = _DE_GENDER_ENDINGS.get(low[-k:])
        if gender:
            return gender
    return None


def _de_genitive_to_nominative(noun: str) -> tuple[str, str]:
    """Article and noun of a genitive "des ...s": "Unternehmens" -> ("das", "Unternehmen"),
    "Konzerns" -> ("der", "Konzern"), "Bundesamtes" -> ("das", "Bundesamt"), "Gebäudes" ->
    ("das", "Gebäude"), "Bündnisses" -> ("das", "Bündnis")."""
    low = noun.lower()
    if low.endswith("us"):
        # A noun in "-us" takes no "-s" ("des Campus", "des Globus"); "-haus" takes "-es" ("des Hauses").
        return ("das" if _de_gender(noun) == "n" else "der"), noun
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


_DE_OBLIQUE_ARTICLES = {
    "der": "die",
    "dem": "der",
    "den": "die",
    "des": "der",
    "einer": "eine",
    "einem": "ein",
    "eines": "ein",
}


# Role nouns (words.py's _ROLE_DE) that are adjectives made nouns ("der Vorsitzende", "ein Vorsitzender").
_DE_ADJECTIVAL_ROLES = ("vorsitzende", "abgeordnete", "beauftragte", "gesandte", "beamte")


def _de_weak_masculine(noun: str) -> str | None:
    """The nominative of a role noun declined weak in "-en" after "dem"/"des": "Präsidenten" ->
    "Präsident", "Vorsitzenden" -> "Vorsitzende", "Experten" -> "Experte"; else None."""
    if noun.endswith("en"):
        for stem in (noun[:-1], noun[:-2]):
            if is_role_de(stem.rsplit("-", 1)[-1].lower()):
                return stem
    return None


# Endings a German plural may have ("Behörden", "Regeln", "Verbände", "Bürger", "Autos"); a
# singular may too ("Welle"), but a head without one is singular.
_DE_PLURAL_SHAPED = ("en", "ln", "rn", "e", "er", "el", "s")


def _singular_shaped(noun: str) -> bool:
    """Whether ``noun`` cannot be a plural by its ending ("Bahn", "Post", "Lufthansa"): after "der"
    such a head is a feminine singular ("der Deutschen Bahn"), not a genitive plural ("der
    deutschen Behörden")."""
    return noun[-1:].isalpha() and not noun.lower().endswith(_DE_PLURAL_SHAPED)


def _oblique_to_nominative(words: list[str]) -> str:
    """The nominative article of a dative or genitive phrase after "laut", "nach Angaben",
    "zufolge", "hieß es aus" (``words`` starts with its article), whose head noun and weak
    adjectives are put in the nominative in place: "der Polizei" -> "die Polizei", "dem
    Ratssekretariat" -> "das Ratssekretariat", "des Gesetzes" -> "das Gesetz", "dem russischen
    Verteidigungsministerium" -> "das russische ...", "dem Präsidenten" -> "der Präsident"."""
    case = words[0].lower()
    # The head noun decides, not a genitive or a name with "für", "zu", "von" after it ("dem Bericht
    # des Rechnungshofs", "des Bundesamtes für Migration", "der Staatlichen Museen zu Berlin").
    h = next((k - 1 for k in range(2, len(words)) if words[k] in _DE_HEAD_ENDS), len(words) - 1)
    named = 0
    if case in ("dem", "einem", "des", "eines"):
        named = _head_before_name(words, h, case in ("des", "eines"))
        h = named or h
    gender = _de_gender(words[h])
    if case in ("dem", "einem", "des", "eines"):
        weak = _de_weak_masculine(words[h])
        if weak:
            # An adjective made a noun is strong after "ein": "einem Beamten" -> "ein Beamter".
            adjectival = case in ("einem", "eines") and weak.lower().endswith(_DE_ADJECTIVAL_ROLES)
            words[h], gender = weak + "r" if adjectival else weak, "m"
        elif case in ("des", "eines") and words[h].endswith("s"):
            # Also before a genitive of its own: "des Verbands der Automobilindustrie" -> "der Verband
            # der ...", "eines Sprechers des Ministeriums" -> "ein Sprecher des ...".
            art, words[h] = _de_genitive_to_nominative(words[h])
            gender = "n" if art == "das" else "m"
        # Masculine or neuter: a feminine guess is wrong here, and unknown nouns are mostly masculine.
        gender = "n" if gender == "n" else "m"
        if case in ("dem", "des"):
            art, adjective = ("das" if gender == "n" else "der"), "e"
        else:
            art, adjective = "ein", ("es" if gender == "n" else "er")
    # ("einer" has no plural: its head is a feminine singular, whatever its ending: "einer Umfrage")
    elif case == "einer" or (case == "der" and (gender == "f" or (gender is None and _singular_shaped(words[h])))):
        art, adjective = ("die" if case == "der" else "eine"), "e"
    elif case == "der" and words[h].endswith(("ums", "iums")):
        art, adjective, words[h] = "das", "e", words[h][:-1]
    else:
        return _DE_OBLIQUE_ARTICLES.get(case, case)  # "den Behörden" -> "die Behörden": plural
    # A weak adjective takes the nominative's ending, in names too: "des russischen" -> "das
    # russische", "dem Roten Kreuz" -> "das Rote Kreuz", "einem russischen" -> "ein russischer".
    words[1:h] = [w[:-2] + adjective if w.endswith("en") else w for w in words[1:h]]
    return art


# ("des Instituts zur Qualitätsentwicklung", "der Bank of England": batches 421 and 431)
_DE_HEAD_ENDS = frozenset(["des", "der", "für", "zu", "zur", "zum", "von", "of"])


def _head_before_name(words: list[str], h: int, genitive: bool) -> int:
    """Where the head noun stands when a name follows it in apposition ("des Landes Steiermark",
    "des Kantons Zürich", "dem Land Tirol", "dem Unternehmen Tesla"), or 0: the name keeps its
    form and the head, not the name, tells the gender. In the genitive the head is the first
    capitalised word in "-s" before a capitalised one (a weak adjective ends in "-en"; a name in
    "-is", "-us" takes no "-s": "des Paris Saint-Germain"); in the dative one of listed gender that
    is no adjective in "-en" ("dem Deutschen Wetterdienst")."""
    for k in range(1, h):
        word = words[k]
        if not (word[:1].isupper() and words[k + 1][:1].isupper()):
            continue
        low = word.lower()
        if genitive:
            if len(low) > 4 and low.endswith("s") and not low.endswith(("is", "us")) and low[-2].isalpha():
                return k
        elif (not low.endswith("en") or low.endswith(_DE_VERBAL_NOUNS)) and _de_gender(word) in ("m", "n"):
            return k
    return 0


def _is_name_word(word: str) -> bool:
    """A capital, then lower-case letters ("Frei", "Hnatjuk", "Müller-Lüdenscheidt")."""
    return all(p[:1].isupper() and p[1:].isalpha() and p[1:].islower() for p in word.split("-"))


def _role_before_given_name(np: list[str]) -> bool:
    """Whether ``np`` is an unlisted role noun (words.py's _is_role_shaped_de), also after acronyms
    ("PRO-GE-Chefverhandler"), before a given name and a surname: "Glaziologin Andrea Frei",
    "Auktionator Thomas Reiner", "Ombudsmann Taras Hnatjuk"; not a three-part name ("Peter Paul
    Rubens") nor a name of a body or a paper."""
    if not 3 <= len(np) <= 5 or not (_is_role_shaped_de(np[0]) or _is_acronym_role_de(np[0])):
        return False
    given, surname = np[1], np[-1]
    return (
        _is_name_word(given)
        and _is_name_word(surname)
        and not _is_role_shaped_de(given)
        and all(_is_name_word(t) or t in _PARTICLES or is_particle_name(t) for t in np[2:])
        and not any(_is_institution_de(t) or t.lower().endswith(_DE_ABSTRACT_ENDINGS) for t in np[1:])
    )


def _article_place_before(np: list[str]) -> int:
    """How many words open ``np`` before an unlisted role: an article and maybe a town's adjective
    in "-er" ("Der Spediteur", "Die Münchner Winzerin"), or 0."""
    if len(np) < 4 or np[0].lower() not in ("der", "die"):
        return 0
    if len(np) >= 5 and np[1][:1].isdigit() and np[1].endswith(("jährige", "Jährige")) and _is_role_shaped_de(np[2]):
        return 2  # "die 58-jährige Fischhändlerin Yuki Tanabe"
    if np[1][:1].isupper() and np[1].endswith("er") and len(np) >= 5 and _is_role_shaped_de(np[2]):
        return 2
    # (a bare "-er" after the article may be the town's adjective itself: "der Kitzbüheler Ski Club")
    return 0 if np[1].endswith("er") else 1


# Heads of abstract and collective nouns, no part of a personal name ("Frankfurter Allgemeine Zeitung").
_DE_ABSTRACT_ENDINGS = ("ung", "heit", "keit", "schaft", "ium", "tion", "amt")


def _normalise_de(np: list[str], oblique: bool = False) -> str | None:
    """Prefer the personal name after a role ("Kreml-Sprecher Dmitri Peskow" -> the name)."""
    if not np:
        return None
    if np[0].lower() in _PRONOUNS and len(np) == 1:
        return PRONOUN
    last_role = -1
    roles = []
    for k, t in enumerate(np):
        # (a role after a body's name in lower case: "ifo-Forscher", "bevh-Präsident")
        cap = t[:1].isupper() or (k == 0 and "-" in t and t.rsplit("-", 1)[1][:1].isupper())
        if cap and (_is_role_de(t) or t.lower() in _TITLES):
            if k > last_role + 1 >= 1 and "-" in t and not is_role_de(t.rsplit("-", 1)[1].lower()):
                # Only shaped like a role after a hyphen, behind a role and a name word: the second
                # part of a double surname ("Außenamtssprecher Kaveh Mirzaei-Tabar"), no role.
                continue
            last_role = k
            roles.append(k)
    if len(roles) >= 2 and last_role == len(np) - 1 and last_role > roles[-2] + 1:
        # "Klubchefin Sandra Ebenführer": a surname that ends like a role ("-führer") after a role and a
        # given name is the name's end.
        last_role = roles[-2]
    if last_role >= 0:
        tail = np[last_role + 1 :]
        # "der Berater Putins" ends in a genitive, not a name: keep the whole phrase.
        genitive = len(tail) == 1 and tail[0].endswith("s") and last_role > 0 and np[0].lower() in _DE_ARTICLES
        named = all(t[:1].isupper() or t in _PARTICLES or is_particle_name(t) for t in tail)
        if tail and named and tail[0][:1].isupper() and not genitive:
            return " ".join(tail)
    elif _role_before_given_name(np):
        return " ".join(np[1:])  # "Glaziologin Andrea Frei", "Ombudsmann Taras Hnatjuk"
    elif (k := _article_place_before(np)) and _role_before_given_name(np[k:]):
        return " ".join(np[k + 1 :])  # "Der Bielefelder Spediteur Holger Quast" (batch 397)
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
        ending = words[0].lower()[len(stem) :]
        words[0] = stem + ("e" if ending == "er" or (ending == "en" and words[-1].endswith("in")) else "")
        if ending == "es" and len(words) > 1 and words[-1].endswith("s"):
            words[-1] = _de_genitive_to_nominative(words[-1])[1]  # "seines Anwalts" -> "sein Anwalt"
    return " ".join(words)


_R_HYPHENED_OPENER = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")
_R_LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _described_name(tokens: list[str]) -> int:
    """Where a name starts after a lower-case description, or 0: "the state weather agency
    Aemet", "mortgage buyer Freddie Mac" (at most three lower-case words, then a name of at most
    four capitalised words that does not end in an institution: "the opposition Labour Party"),
    "Energy councillor Juergen Kuehn" (capitalised words before it, then a personal name)."""
    if not tokens[-1][:1].isupper():
        return 0
    i = 1 if tokens[0].lower() in ("the", "a", "an") else 0
    # "Energy councillor Juergen Kuehn": one or two capitalised words before the description,
    # when a personal name (two or three words) follows it.
    modifiers = 0
    while (
        i + modifiers < len(tokens)
        and modifiers < 2
        and _is_name_en(tokens[i + modifiers])
        and not _R_HYPHENED_OPENER.fullmatch(tokens[i + modifiers])
    ):
        modifiers += 1
    j = i + modifiers
    if not modifiers and j < len(tokens) and _R_HYPHENED_OPENER.fullmatch(tokens[j]):
        j += 1  # "Low-cost carrier Jetvale", "State-run broadcaster NHK": a description opening the sentence
    while j < len(tokens) and _R_LOWER_WORD.fullmatch(tokens[j]) and tokens[j] not in _EN_PHRASE_STOP:
        j += 1
    tail = tokens[j:]
    # "Fashion retailer Harlow & Finch": an ampersand between the words of a name.
    words = [t for k, t in enumerate(tail) if not (t == "&" and 0 < k < len(tail) - 1)]
    if modifiers and (j == i + modifiers or not 2 <= len(tail) <= 3 or not all(_is_name_en(t) for t in words)):
        return 0
    if j == i or j - i > 3 or not tail or len(tail) > 4 or tail[-1].lower() in _INSTITUTIONS:
        return 0
    return j if all(t[:1].isupper() for t in words) else 0


_WEEKDAYS = frozenset(word_list("monday tuesday wednesday thursday friday saturday sunday"))


# A word of a personal name: a capital, then lower-case letters ("O'Neill", "Smith-Jones"; not "UK").
_R_NAME_WORD_EN = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")
# Last words of a company's name, no surname ("Baker Hughes Co", "Foster Wheeler Ltd").
_EN_COMPANY_ENDS = frozenset(word_list("co corp inc ltd plc llc group holdings partners brothers homes"))


def _role_shaped_before_name(tokens: list[str]) -> int:
    """Where a personal name (two or three words) starts after a capitalised role noun by its shape
    (words.py's is_role_shaped_en), perhaps after "the" and one or two capitalised modifiers:
    "Canal Administrator Elena Barrios", "Haulier Martin Kettleby"; else 0."""
    i = 1 if tokens[0] in ("the", "The") else 0
    for r in range(i, min(i + 3, len(tokens) - 2)):
        if is_role_shaped_en(tokens[r]):
            tail = tokens[r + 1 :]
            if (
                2 <= len(tail) <= 3
                and all(_R_NAME_WORD_EN.fullmatch(t) or is_particle_name(t) for t in tail)
                and tail[-1].lower() not in _EN_COMPANY_ENDS
                and all(_is_name_en(t) for t in tokens[i:r])
            ):
                return r + 1
            return 0
    return 0


# Last words of an analysts' firm's name: "Analyst Mia Ross of Prairie Ledger Advisory" (batch 259).
_FIRM_ENDS = frozenset(
    word_list("advisory advisors advisers securities capital partners research economics associates consulting")
)


def _name_before_body(tail: list[str]) -> str | None:
    """The personal name after a role when a body named by its institution noun follows it
    with "of"/"from"/"at", dropped as a place after a source is: "(Detective Constable) Ryan
    Hale of Bedfordshire Police", "(Inspector) Ann Lowe of the Home Office", "... of Police Scotland"; else None
    ("Prof. Jon Amis of Leeds University" stays whole: no institution noun ends it)."""
    p = next((k for k, t in enumerate(tail[:4]) if t in ("of", "from", "at")), 0)
    body = tail[p + 2 :] if tail[p + 1 : p + 2] == ["the"] else tail[p + 1 :]
    if not (
        2 <= p <= 3
        and body
        and all(t[:1].isupper() for t in body)
        and (body[-1].lower() in _INSTITUTIONS or body[-1].lower() in _FIRM_ENDS or body[0] == "Police")
    ):
        return None
    name = tail[:p]
    if not all(_is_name_en(t) for t in name):
        return None
    return " ".join(name)


def _is_name_en(word: str) -> bool:
    """A word of a personal name: a capital, then letters, apostrophes or hyphens ("O'Neill",
    "McKay", "Smith-Jones"), no role and no institution."""
    low = word.lower()
    return (
        len(word) > 1
        and word[0].isupper()
        and word[1:].replace("'", "").replace("’", "").replace("-", "").isalpha()
        and low not in _INSTITUTIONS
        and (low in _OFFICES_EN or not _is_role_en(low))  # "Laura Speaker": an office may be a surname
    )


def _is_title_en(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]`` is a role before a name: not a role's complement ("Secretary of
    State"); an office held under its title ("Speaker", "Treasurer") only when a capitalised
    word follows it ("House Speaker Tom Hadley", not the surname in "Finance Minister Laura
    Speaker")."""
    low = tokens[k].lower()
    if low == "lead":
        # "Local Government Association housing lead X" (batch 455): a field's lead before a name ("Lead
        # diver X": an adjective before a role)
        return 0 < k < len(tokens) - 1 and tokens[k - 1].islower() and tokens[k + 1][:1].isupper()
    if not _is_role_en(low) or (k and tokens[k - 1].lower() in ("of", "for")):
        return False
    if k == len(tokens) - 1 and (low in _TITLES or low.rsplit("-", 1)[-1] in _TITLES):
        return False  # "Chief Executive Rajiv Sen", "... Malhotra-Sen": a surname, no "Sen." before a name (batch 429)
    if low == "general" and k and tokens[k - 1].lower() in ("directorate", "inspectorate"):
        return False  # "the Directorate General of Health Services": a body, no rank
    if low not in _OFFICES_EN or (k + 1 < len(tokens) and tokens[k + 1][:1].isupper()):
        return True
    # "Cabinet member for waste Dominic Furness": the office in lower case, its portfolio in lower case
    # (no article: "Inspector Laura Speaker of the Home Office" names Speaker), then a name.
    if k + 2 < len(tokens) and tokens[k].islower() and tokens[k + 1] in ("for", "of") and tokens[k + 2] != "the":
        j = k + 2 + _lower_run(tokens, k + 2)
        return j > k + 2 and j < len(tokens) and _is_name_en(tokens[j])
    return False


def _possessive_tail(tail: list[str]) -> str | None:
    """ "Luc Verhaegen's office", "Anne Hidalgo's spokesman": a personal name in the possessive
    and one or two lower-case nouns after the role that the name's owner holds speak as the
    name's office does unprefixed ("Harker's lawyers"); else None."""
    k = next((k for k, t in enumerate(tail[:4]) if t.endswith(("'s", "’s"))), -1)
    if k < 0 or not 1 <= len(tail) - k - 1 <= 2:
        return None
    if not all(_is_name_en(t) for t in (*tail[:k], tail[k][:-2])):
        return None
    if _lower_run(tail, k + 1) != len(tail) - k - 1:
        return None
    return " ".join(tail)


def _lower_run(tokens: list[str], i: int) -> int:
    """How many lower-case words (no preposition or conjunction) stand from ``tokens[i]``."""
    j = i
    while j < len(tokens) and tokens[j].isalpha() and tokens[j].islower() and tokens[j] not in _EN_PHRASE_STOP:
        j += 1
    return j - i


# First words of a portfolio of two words ("Minister for Social Security Mark Tennant", batch 442).
_PORTFOLIO_ADJECTIVES = frozenset(
    word_list("social foreign home economic public digital rural european local higher veterans northern")
)


def _capital_complement(tail: list[str]) -> int:
    """How many capitalised words of a role's complement stand before the name: one ("Secretary
    of State Marco Rubio"), two after a listed adjective ("for Social Security"), and what joins
    "and" ("for Work and Pensions", "for Health and Social Care")."""
    n = 2 if len(tail) > 3 and tail[0].lower() in _PORTFOLIO_ADJECTIVES else 1
    if len(tail) > n + 2 and tail[n] == "and" and tail[n + 1][:1].isupper():
        n += 3 if len(tail) > n + 4 and tail[n + 1].lower() in _PORTFOLIO_ADJECTIVES else 2
    return n


def _normalise_en(tokens: list[str]) -> str | None:
    last_role = -1
    for k in range(len(tokens)):
        # (a role after a possessive name is the owner's staff: "Mayor Anne Hidalgo's spokesman")
        if _is_title_en(tokens, k) and not (k and tokens[k - 1].endswith(("'s", "’s")) and last_role >= 0):
            last_role = k
    # "A spokesperson for the World Food Programme": an unnamed person and the body after "for"
    # speak together (no name follows the body).
    # So do they before a titled person: "A spokeswoman for Prime Minister Keir Starmer" is not Starmer.
    unnamed = tokens[0].lower() in ("a", "an") and (
        tokens[last_role + 1 : last_role + 2] in (["for"], ["For"])
        or any(
            _is_role_en(tokens[k].lower()) and tokens[k + 1].lower() == "for" for k in range(1, min(3, len(tokens) - 1))
        )
    )
    if last_role >= 0 and not unnamed:
        tail = tokens[last_role + 1 :]
        while len(tail) >= 2 and tail[0].lower() in ("of", "for", "to"):
            # "Secretary of State Marco Rubio", "Ambassador to the U.N. Linda Moss", "Envoy to the
            # European Union Jane Doe": the role's complement, then the name; a complement in lower
            # case is all its words ("director of economic statistics Liz Harrow").
            at = 2 if tail[1] == "the" else 1
            lower = _lower_run(tail, at)
            tail = tail[at + lower :] if lower else tail[at + _capital_complement(tail[at:]) :]
            while tail and tail[0].lower() in _INSTITUTIONS:
                tail = tail[1:]
        if (poss := _possessive_tail(tail)) is not None:
            return poss  # "Finance Minister Luc Verhaegen's office": the title is the owner's, dropped
        # ("Osman al-Tijani"; a particle inside the name: "Femke de Wolde", "Anna van der Berg")
        named = all(
            t[:1].isupper() or is_particle_name(t) or (0 < i < len(tail) - 1 and t in _PARTICLES)
            for i, t in enumerate(tail)
        )
        if tail and named and tail[0][:1].isupper() and len(tail) <= 4 and tail[-1].lower() not in _INSTITUTIONS:
            return " ".join(tail)
        name = _name_before_body(tail)
        if name:
            return name
    # An unlisted role by its shape before a personal name: "Canal Administrator Elena Barrios",
    # "Haulier Martin Kettleby".
    name = _role_shaped_before_name(tokens) if last_role < 0 else 0
    if name:
        return " ".join(tokens[name:])
    # A description before a name is dropped like a title: "the state weather agency Aemet".
    name = _described_name(tokens)
    if name:
        return " ".join(tokens[name:])
    words = list(tokens)
    first = words[0]
    # "Police Scotland", "Police Service of Northern Ireland": a capital after it makes "Police" part of a name.
    named = len(words) > 1 and first[:1].isupper() and words[1][:1].isupper() and words[1].lower() not in _WEEKDAYS
    if (first.lower() in _EN_LOWER_SUBJECTS and (first.lower() in ("the", "a", "an") or not named)) or (
        # (an office is a role only before a name: "Member states" keeps its capital)
        first.lower() in _ROLES_EN and first.lower() not in _OFFICES_EN and not any(t[:1].isupper() for t in words[1:])
    ):
        words[0] = first.lower()
    return " ".join(words)
