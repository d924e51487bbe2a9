"""Names and proper noun phrases in a sentence, used for search queries and scoring."""

from __future__ import annotations

import re
from functools import lru_cache

from .speakers import _ROLE_DE, _ROLE_EN, TRIGGERS
from .wordtrie import word_list
from .worthiness import _LABEL

_STOP = frozenset(
    [
        "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Eines", "Einem", "Einen", "Er",
        "Sie", "Es", "Wir", "Ich", "Ihr", "Man", "Im", "Am", "Um", "Zum", "Zur", "Beim", "Vom", "Auf", "Aus",
        "Bei", "Nach", "Vor", "Mit", "Von", "Für", "Gegen", "Seit", "Über", "Unter", "In", "An", "Als",
        "Wie", "Wenn", "Weil", "Dass", "Doch", "Aber", "Und", "Oder", "Auch", "Noch", "Nur", "Schon", "Dann",
        "Danach", "Dazu", "Daher", "Dabei", "Damit", "Darauf", "Daraufhin", "Deshalb", "Dessen", "Deren",
        "Diese", "Dieser", "Dieses", "Diesem", "Diesen", "Jetzt", "Nun", "So", "Zudem", "Zuletzt", "Bislang",
        "Laut", "Trotz", "Während", "Zwar", "Beide", "Beiden", "Alle", "Viele", "Mehrere", "Einige", "Kein",
        "Keine", "Jeder", "Jede", "Jedes", "Sein", "Seine", "Ihre", "Unsere", "Unser", "Heute", "Gestern",
        "Morgen", "Hier", "Dort", "Was", "Wer", "Wo", "Warum", "Bereits", "Außerdem", "Allerdings",
        "Insgesamt", "Erst", "Zunächst", "Dies", "Demnach", "Hinzu", "Anschließend", "Später", "Damals",
        "Indes", "Inzwischen", "Mittlerweile", "Stattdessen", "The", "A", "An", "He", "She", "It", "They",
        "We", "I", "You", "His", "Her", "Its", "Their", "Our", "This", "That", "These", "Those", "There",
        "In", "On", "At", "By", "For", "From", "With", "As", "After", "Before", "But", "And", "Or", "If",
        "When", "While", "Since", "Although", "However", "Meanwhile", "Also", "Still", "Yet", "Some", "Many",
        "Most", "All", "Both", "Each", "Every", "No", "Not", "Last", "Next", "According", "Earlier", "Later",
        "Today", "Yesterday", "Tomorrow", "Mr", "Mrs", "Ms", "Dr", "Prof", "Herr", "Frau", "Montag",
        "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Sonnabend", "Wochenende",
        "Montagabend", "Dienstagabend", "Mittwochabend", "Donnerstagabend", "Freitagabend", "Samstagabend",
        "Sonntagabend", "Montagmorgen", "Dienstagmorgen", "Mittwochmorgen", "Donnerstagmorgen",
        "Freitagmorgen", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember", "January", "February", "March", "June", "July", "October",
        "December", "Uhr", "Prozent", "Euro", "Dollar", "Millionen", "Milliarden", "Million", "Milliarde",
        "Mal", "Jahr", "Jahre", "Jahren", "Angaben", "Menschen", "Leute", "Teil", "Ende", "Anfang", "Mitte",
        "Zeit", "Frage", "Fragen", "Weg", "Seite", "Grund", "Nobody", "Everyone", "Everybody", "Somebody",
        "Someone", "Anyone", "Anybody", "Nothing", "Everything", "Niemand", "Jemand", "Keiner", "Nichts",
        "Alles", "Jeder", "Man",
    ]
)


def _capitalised(words: str) -> frozenset[str]:
    return frozenset(w[:1].upper() + w[1:] for w in word_list(words))


# Closed-class words that open a sentence or a clause and name nothing on their own: question
# words, auxiliaries and modals, pronouns, quantifiers, prepositions, conjunctions, sentence
# adverbs, forms of address and interjections. A lone capitalised one is no entity ("Who will
# pay?", "Perhaps the most ...", "Ist das ...?", "Hoffentlich ..."), and one at the head of a
# run is trimmed ("What Trump said", "Wegen Glatteis").
_FUNCTION_EN = _capitalised("""
    what who whom whose which why how where whether whatever whoever wherever whenever however
    is are was were be been being am do does did don't doesn't didn't isn't aren't wasn't weren't
    can't cannot couldn't won't wouldn't shouldn't mustn't haven't hasn't hadn't ain't
    could would should shall must might has have had let let's
    me him us them my your mine yours ours theirs itself himself herself themselves ourselves
    myself yourself so then thus hence therefore instead otherwise moreover furthermore nevertheless
    nonetheless though unless because nor even only just too again already almost nearly now soon
    perhaps maybe surely frankly clearly certainly honestly sadly truly really merely rarely barely
    likely largely mostly partly quite rather indeed never always often sometimes here tonight
    please dear yes oh alas thanks sorry sooner
    i'm i've i'd i'll we're we've we'll you're you've they're they've it's that's there's here's
    what's who's he's she's i’m i’ve i’d i’ll we’re we’ve we’ll you’re you’ve they’re they’ve it’s
    that’s there’s here’s what’s who’s he’s she’s
""")
# Prepositions and quantifiers may begin a name ("Under Armour", "Near East", "One Nation"):
# dropped alone only, like "Will", "Can" and "May" ("Will Smith", "Can Dündar", "Theresa May").
_LONE_ONLY = frozenset(["Will", "Can", "May"]) | _capitalised("""
    one ones none any either neither such several few fewer much more less least other others
    another own same enough everything something anything nothing everywhere once
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand
    about above across against along amid among around behind below beneath beside besides between
    beyond despite during except inside into near onto outside over per than through throughout
    toward towards under unlike until upon via within without up down off out
""")
_FUNCTION_DE = _capitalised("""
    wohin woher wann wieso weshalb weswegen welche welcher welches welchen welchem wessen
    womit wofür worüber wodurch wozu woran worauf wovon
    ist sind bin bist seid war waren wäre wären sei seien hat habe hast haben hatte hatten hätte
    hätten wird wirst werden wurde wurden würde würden werde kann kannst können konnte konnten
    könnte könnten muss musst müssen musste mussten müsste müssten soll sollst sollen sollte sollten
    darf dürfen durfte dürfte dürften mag mögen möge möchte möchten lass lasst
    du dich dir ihm ihn ihnen uns euch mich mir sich euer eure meine mein meinen meinem meiner
    ihren ihrem ihrer ihres unseren unserem unserer jene jener jenes jenen solche solcher solches
    solchen manche mancher manches manchen wenige wenigen andere anderen anderer sämtliche etliche
    jeden jedem keinen keinem
    wegen ohne bis durch zwischen neben hinter ab außer binnen entlang gegenüber innerhalb außerhalb
    statt anstatt angesichts aufgrund infolge zufolge ins aufs fürs übers ums durchs hinsichtlich
    bezüglich samt gemäß
    sondern denn ob obwohl obgleich falls sobald solange bevor nachdem seitdem sodass indem sowie
    weder entweder sowohl
    hoffentlich vielleicht leider natürlich offenbar offensichtlich möglicherweise wahrscheinlich
    vermutlich eigentlich schließlich tatsächlich immerhin trotzdem dennoch jedoch ebenfalls ebenso
    sogar gerade genau kaum fast etwa mehr weniger besonders deswegen darum folglich somit sonst
    ansonsten zuvor vorher nachher bald gleichzeitig zugleich oft häufig manchmal immer nie niemals
    stets wieder erneut einst ferner überhaupt bitte danke ja nein nicht ganz sehr da früher allein alleine
    liebe lieber liebes verehrte verehrter geehrte geehrter
""")
# A sentence adverb by its suffix ("Unfortunately", "Arguably", "Crucially", "Hopefully").
_ADVERB_EN = re.compile(r"[A-Z][a-z]{2,}(?:al|ful|ous|ive|ing|ed|ent|ant|ate|ab|ib|less)ly")

# Proper nouns that German uses with an article ("die Ukraine", "der Kreml").
_DE_ARTICLE_NAMES = frozenset(
    [
        "Ukraine", "Türkei", "Schweiz", "Slowakei", "Mongolei", "Kreml", "Bundestag", "Bundesrat",
        "Bundesregierung", "Bundeswehr", "Bundesverfassungsgericht", "Bundesbank", "Vatikan", "Irak", "Iran",
        "Libanon", "Jemen", "Sudan", "Tschad", "Niger", "Kongo", "Gazastreifen", "Westjordanland", "Krim",
        "Donbass", "Pentagon", "Kanzleramt", "Elysée", "Élysée", "Bundesliga",
        "Polizei", "Feuerwehr", "Regierung",
        "Opposition", "Zentralbank", "Notenbank",
    ]
)
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
_DETERMINER_WORDS = frozenset(
    word_list("""
    der die das den dem des ein eine einer eines einem einen am im zum zur vom beim ins ans aufs ums
    durchs fürs übers unters vors dessen deren
    kein keine keinen keinem keiner dies diese dieser dieses diesem diesen jede jeder jedes jeden
    jedem alle allen aller sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer unser unsere
    unserem unseren viele vielen mehrere einige einigen mehr weniger viel wenig genug etwas
    """)
)
_ADJ_END = ("e", "en", "er", "es", "em")
_FIGURE = re.compile(r"[\d.,'’]+%?")
_DE_UNITS = "ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
_DE_CARDINAL = re.compile(
    rf"(?:(?:{_DE_UNITS})und)?(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
    rf"|(?:drei|vier|fünf|sech|sieb|acht|neun)?zehn|elf|zwölf|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
    rf"|(?:{_DE_UNITS})?(?:hundert|tausend)"
)
# Units a figure counts in: the noun after one is what is measured ("150 Liter Regen",
# "0,4 Sekunden Vorsprung", "sieben Monaten Haft"), not a name.
_DE_UNITS_OF_MEASURE = frozenset(
    word_list("""
    sekunde sekunden minute minuten stunde stunden tag tage tagen woche wochen monat monate monaten
    jahr jahre jahren meter metern kilometer kilometern zentimeter millimeter liter litern tonne tonnen
    kilo kilogramm gramm hektar quadratmeter quadratkilometer quadratkilometern grad punkte punkten
    millionen milliarden billionen mio mrd
    """)
)
# Verbs of saying with an adjective's ending ("sagte", "erklärten"): the speaker that follows
# them is a name ("„...“, sagte Witkoff"), not a noun after an adjective.
_SAYING_DE = frozenset(w for w in TRIGGERS if w.endswith(_ADJ_END))
# German common nouns by their form: endings the generic suffixes do not cover ("Zukunft",
# "Zuversicht", "Demokratie"), feminine plurals of persons ("Besucherinnen", "Kolleginnen")
# and nominalised adjectives ("Übermenschliches", "Arbeitslose"). Not "-ik", "-ur", "-logie":
# they end the names of offices ("Bundesamt für Statistik", "für Kultur", "für Technologie"),
# whose last word is all of the name a lone run can give.
_DE_COMMON = re.compile(
    r"[a-zäöüß]*(?:kunft|künfte|sicht|sichten|kratie|kratien)"
    r"|[a-zäöüß]{2,}innen"
    r"|[a-zäöüß]+(?:lich|isch|ig|bar|sam|haft|los)(?:e|en|er|es|em)"
)
_GENERIC_SUFFIX = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "ität",
    "itäten", "nis", "nisse", "tum", "ismus", "ment", "chen", "lein",
)
# Names that end like a generic suffix after a short stem: "Jung", "Klein", "Hallein", "Tunis",
# "Dennis" ("Lösung", "Fräulein" and "Ergebnis" have longer stems).
_SHORT_STEM = re.compile(r".?ung|.{0,3}lein|.{0,3}nis")


def _is_generic(low: str) -> bool:
    """Whether a lower-cased word ends in a generic suffix ("Verhandlung", "Ergebnis")."""
    return low.endswith(_GENERIC_SUFFIX) and not _SHORT_STEM.fullmatch(low)


_EDGE = "„“”\"»«‚‘'’()[]{},;:!?…*"
_CLAUSE_END = frozenset(",;:!?.)»«“”\"…")
_JOINERS = frozenset(word_list("von van de der al bin ben da di del le of for"))


_NAME_CHARS = r"[^\s,;:!?()\[\]\"„“”»«…]"
# A run of capitalised words, possibly joined by name particles ("Ursula von der Leyen").
# "(?<![\w\-])" follows the first capital so that re can skip ahead to capitals.
_CAP_RUN = re.compile(
    r"[A-ZÄÖÜ](?<![\w\-][A-ZÄÖÜ])" + _NAME_CHARS
    + r"*(?: (?:(?:von der|van der|von|van|de|al|bin|ben|da|di|del|le|of|for) )?[A-ZÄÖÜ]" + _NAME_CHARS + r"*)*"
)


def find_entities(text: str, lang: str, limit: int = 12) -> tuple[str, ...]:
    """Proper names and name-like phrases in order of appearance, without duplicates."""
    out: list[str] = []  # at most ``limit`` long: "in" on it is cheaper than a set
    runs = _RUNS.get(lang)
    if runs is None:
        if len(_RUNS) >= 8:
            _RUNS.clear()  # only unusual language codes get here
        runs = _RUNS.setdefault(lang, {})
    get = runs.get
    for m in _CAP_RUN.finditer(text):
        run = m[0]
        found = get(run)
        if found is None:
            found = _run_entities(run, lang, runs)
        if not found:
            continue  # most runs: sentence openers, months, lone nouns after an article
        if found.__class__ is list:
            # A lone German noun: whether it is a name depends on the word before it.
            start = m.start()
            word = None
            if start:
                prev = text[start - 25 if start > 25 else 0 : start].rsplit(None, 1)
                word = prev[-1] if prev else None
            name = _AFTER.get(word)
            if name is None:
                if len(_AFTER) >= _RUNS_MAX:
                    _AFTER.clear()
                name = _AFTER[word] = _de_name_after(word.strip(_EDGE) if word else None)
            found = found[0] + found[1] if name else found[0]
        for ent in found:
            if ent not in out:
                out.append(ent)
        if len(out) >= limit:
            break
    return tuple(out) if len(out) <= limit else tuple(out[:limit])


# Whether a lone German noun is a name after a given word (as find_entities reads it):
# the same few words come before nouns again and again. Bounded: cleared when full.
_AFTER: dict[str | None, bool] = {}


# Entities of each capitalised run, per language: copy repeats its names and sentence
# openers, so a run is analysed once. Bounded: cleared when full.
_RUNS: dict[str, dict[str, tuple[str, ...] | list[tuple[str, ...]]]] = {}
_RUNS_MAX = 50_000


def _run_entities(
    run: str, lang: str, runs: dict[str, tuple[str, ...] | list[tuple[str, ...]]]
) -> tuple[str, ...] | list[tuple[str, ...]]:
    """Entities of one run (longer than one character): a tuple, or [entities, (noun,)]
    when a lone German noun is a name only after a suitable word (_de_name_after)."""
    toks = run.split(" ")
    for k, tok in enumerate(toks):
        if tok.endswith(".") and not _DOTTED.fullmatch(tok):
            toks[k] = tok = tok.rstrip(".")
        if lang == "en" and tok.endswith(("'s", "’s")):
            toks[k] = tok[:-2]
        if tok.endswith(("'", "’")):
            toks[k] = tok[:-1]
    ents, lone = _entities_of_group(toks, lang)
    found = tuple(e for e in ents if len(e) > 1)
    result: tuple[str, ...] | list[tuple[str, ...]] = found
    if lone is not None and len(lone) > 1:
        result = [found, (lone,)]
    if len(runs) >= _RUNS_MAX:
        runs.clear()
    runs[run] = result
    return result


@lru_cache(maxsize=8192)
def _is_role(token: str, lang: str) -> bool:
    low = token.split("-")[-1].lower().rstrip(".")
    if lang == "de":
        return bool(_ROLE_DE.search(low))
    return low in _ROLE_EN


def _entities_of_group(toks: list[str], lang: str) -> tuple[list[str], str | None]:
    """Entities of one run, and a lone German noun that is a name only if the word before
    the run allows it (None if there is none)."""
    before: str | None = None
    trimmed = False
    # Trim function words and connectors at the edges.
    function = _FUNCTION_DE if lang == "de" else _FUNCTION_EN
    if len(toks) == 1:
        tok = toks[0]
        if tok in _STOP or tok in function or tok in _LONE_ONLY:
            return [], None
        if lang != "de" and _ADVERB_EN.fullmatch(tok):
            return [], None
        if _LABEL.match(tok + ":"):
            return [], None  # a section label: "Kommentar", "Analysis"
        if lang == "de" and _DE_CARDINAL.fullmatch(tok.lower()):
            return [], None  # "Zwei Menschen starben"
    else:
        # Trimmed by index: a slice per dropped word was quadratic in a long run ("A. A. A. ...").
        i = 0
        while i < len(toks) and (
            toks[i] in _STOP
            or toks[i][:1].islower()
            or toks[i] in function
            or (lang == "de" and (_DE_CARDINAL.fullmatch(toks[i].lower()) or toks[i].lower() in _DE_UNITS_OF_MEASURE))
        ):
            i += 1
        if i:
            before = toks[i - 1]
            trimmed = True
        j = len(toks)
        while j > i and (toks[j - 1] in _STOP or toks[j - 1][:1].islower()):
            j -= 1
        toks = toks[i:j]
        if not toks:
            return [], None
        if lang == "de" and len(toks) > 2 and toks[1][:1].islower() and _de_single_verdict(toks[0]) is False:
            # A common noun before a name particle: "Umfahrung von Kiew" -> "Kiew".
            before = toks[1]
            trimmed = True
            toks = toks[2:]
            while len(toks) > 1 and toks[0][:1].islower():
                toks = toks[1:]
    # Drop role words before a name: "US-Präsident Donald Trump" -> "Donald Trump".
    roles = [k for k, t in enumerate(toks) if t[:1].isupper() and _is_role(t, lang)]
    prefix: list[str] = []
    if roles and roles[-1] < len(toks) - 1:
        for t in toks[: roles[-1] + 1]:
            if "-" in t or (t.isupper() and len(t) >= 2) or _DOTTED.fullmatch(t):
                prefix.extend(_compound_head(t, lang))
        toks = toks[roles[-1] + 1 :]
        while toks and toks[0][:1].islower():
            toks = toks[1:]
        if not toks:
            return prefix, None
    if len(toks) > 1:
        return [*prefix, " ".join(toks)], None
    tok = toks[0]
    if "-" in tok:
        return prefix + _compound_head(tok, lang), None
    if lang == "de":
        verdict = _de_single_verdict(tok)
        if verdict is None:
            if not trimmed:
                return prefix, tok  # decided by the word before the run
            verdict = _de_name_after(before)
        if not verdict:
            return prefix, None
    return [*prefix, tok], None


def _compound_head(tok: str, lang: str) -> list[str]:
    """Proper part of a hyphen compound: "Kreml-Sprecher" -> "Kreml", "NATO-Gipfel" -> "NATO"."""
    if tok.endswith("-"):
        return []  # the first half of a pair: "Metall- und Elektroindustrie"
    parts = tok.split("-")
    head = parts[0]
    if len(parts) == 1:
        return [] if _is_role(tok, lang) or _is_generic(tok.lower()) else [tok]
    last = parts[-1]
    if head.isupper() and len(head) >= 2:
        return [head]
    if _is_role(last, lang) or _is_generic(last.lower()) or last[:1].islower():
        return [head] if head[:1].isupper() and head not in _STOP else []
    return [tok]


def _de_single_verdict(tok: str) -> bool | None:
    """Whether a lone capitalised German word is a name, or None when the word before decides."""
    if tok.isupper() and len(tok) >= 2:
        return True
    if tok in _DE_ARTICLE_NAMES:
        return True
    low = tok.lower()
    if _is_generic(low) or _is_role(tok, "de") or _DE_COMMON.fullmatch(low):
        return False
    return None


def _de_name_after(before: str | None) -> bool:
    """A lone German noun is a name unless an article, an adjective or a number precedes it."""
    if not before:
        return True  # sentence start: "Moskau lehnt ...", "Witkoff reiste ..."
    low = before.lower()
    if low in _DETERMINER_WORDS:
        return False
    if low[:1].isdigit():
        # A counted noun ("12 Stimmen", "90.000 Stellen", "in der 3. Liga") or one after an
        # adjective with a figure ("der 42-jährige Fahrer"); a figure with a capitalised
        # tail ("5-Sterne") says nothing.
        return not (_FIGURE.fullmatch(low) or (before.rsplit("-", 1)[-1][:1].islower() and low.endswith(_ADJ_END)))
    if _DE_CARDINAL.fullmatch(low) or low in _DE_UNITS_OF_MEASURE:
        return False  # "drei Stellen", "Zwei Fahrer", "Liter Regen"
    if not before[:1].islower():
        return True
    if low in _SAYING_DE:
        return True
    # A lower-case adjective before the noun: "die europäischen Nationen".
    return not low.endswith(_ADJ_END)
