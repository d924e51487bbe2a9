"""Type designations: a figure after a name that it completes ("Wi-Fi 7", "IC 2213", "NHS 111",
"the Army's Challenger 2 tanks", "19 Flugabwehrkanonenpanzer Skyranger 30", a ship "„Humanity 1“"),
told by shape."""

from __future__ import annotations

import re

from ..numbers import parse_english_words, parse_german_word
from ..wordtrie import word_list
from .nouns import _en_plural

# A short code before the figure: capitalised parts of one to three letters with at least two
# capitals ("IC", "NHS", "PzH", "Wi-Fi"). Currency codes are read before this.
_R_CODE_BEFORE = re.compile(r"(?<![\w\-])([A-ZÄÖÜ][A-Za-zäöü]{0,2}(?:-[A-Z][A-Za-z]{0,2})*)[ \u00a0]$")
# A poll or a table lists names with figures: "CDU 30, SPD 16 und AfD 20", "Wales 3, Italy 1".
_R_PAIR_AFTER = re.compile(
    r"(?:[ \u00a0]*[,;]|[ \u00a0]+(?:und|sowie|and|vor|ahead[ \u00a0]+of|der|die|das|the|of|von|out[ \u00a0]+of)"
    r"(?![\w])){1,2}"
    r"[ \u00a0]*(?:[^\W\d_][\w\-]*[ \u00a0]+)?\d"
)
_R_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[.,;)]|$)")
_R_LIST_GOES_ON = re.compile(r"[ \u00a0]+(?:und|and|sowie)[ \u00a0]")
_R_DIGIT = re.compile(r"\d")
_R_PAIR_BEFORE = re.compile(r"\d[ \u00a0]*(?:,|;|und|and)[ \u00a0]*$")
_R_PLACE_BEFORE = re.compile(r"(?i)(?<![\w])(?:in|im|the|across|throughout)[ \u00a0]+$")
# Words whose figure is a level on a scale or a place, counted by the batches' conventions.
_SCALE_WORDS = frozenset(
    ["Category", "Level", "Stage", "Phase", "Tier", "Grade", "Step", "Top", "Force", "Signal", "Year", "Week", "Day"]
)
# "the Army's Challenger 2 tanks", "Israel's Arrow 3 system": after a determiner or a possessive
# a capitalised word and a figure before the noun name a type; a count stands before its
# modifiers ("the Army's 200 Challenger tanks").
_R_POSSESSED_NAME = re.compile(r"(?:['’]s|(?<![\w])(?:the|its|their|our))[ \u00a0]+([A-Z][a-z]+)[ \u00a0]$")
# "19 Flugabwehrkanonenpanzer Skyranger 30", "six drones Orbiter 3": a figure counts the noun,
# a name follows it, then the name's figure.
_R_COUNTED_NAME = re.compile(
    r"(?<![\w])(\d(?:[\d.,']*\d)?|[a-zäöü]+)[ \u00a0]+[A-ZÄÖÜ][a-zäöüß]+[ \u00a0]+[A-Z][\w\-]*[ \u00a0]$"
)


# Singular nouns of a made product after its model's name and figure: "a Falcon 9 rocket", "its
# Arden 4 crossover", "its 920 Carrera sports car"; a count above one would take the plural.
PRODUCT_NOUNS = frozenset(
    word_list("""
    car crossover sedan saloon hatchback coupe coupé pickup roadster convertible estate minivan supercar
    motorcycle scooter smartphone handset
    """)
)
# "its 920 Carrera sports car", "the 911 Turbo model": a determiner, the figure, a capitalised name
# and a product noun in the singular.
_R_DETERMINER_BEFORE_EN = re.compile(r"(?:['’]s|(?<![\w])(?:the|its|their|our|his|her|a|an))[ \u00a0]+$")
_R_NAME_PRODUCT_AFTER = re.compile(r"[ \u00a0]+[A-Z][\w\-]*[ \u00a0]+([a-z]+)(?:[ \u00a0]+([a-z]+))?(?![\w\-])")
# German: an article, an adjective or a noun of the kind, then the name before its figure: "Das
# Tanklöschfahrzeug TLF 4000 der Feuerwehr", "mit dem Notarzthubschrauber Christophorus 1 und",
# "Der neue Lauf 9 kommt", "der Kompaktwagen Lauf 9 mit".
_R_APPOSED_NAME_DE = re.compile(
    r"(?<![\w])(?:[Dd](?:er|ie|as|em|en|es)|vom|zum|zur|im|beim)[ \u00a0]+"
    r"(?:([a-zäöüß]+(?:e|en|er|es|em))[ \u00a0]+)?(?:([A-ZÄÖÜ][a-zäöüß]{3,})[ \u00a0]+)?"
    r"([A-ZÄÖÜ][\w\-]*)[ \u00a0]$"
)
# After the figure: a lower-case word (a verb, a preposition, an article), not a counted noun.
_R_LOWER_AFTER = re.compile(r"[ \u00a0]+[a-zäöüß]")
_R_PARTITIVE_AFTER_DE = re.compile(r"[ \u00a0]+(?:der|des|von|vom)[ \u00a0]")
# "verlor der ANC 23 seiner bisher 91 Sitze", "the ANC lost 23 of its seats": a figure before a
# possessive counts the noun after it; no name ends in it.
_R_POSSESSIVE_PART_AFTER = re.compile(
    r"[ \u00a0]+(?:seiner|ihrer|unserer|seines|ihres|of[ \u00a0]+(?:its|their|his|her|our))(?![\w])"
)
# Spans of time are no names: "am ersten Tag 300", "im vergangenen Jahr 12".
_TIME_WORDS_DE = frozenset(
    word_list("Tag Tage Tages Woche Wochen Monat Monats Jahr Jahres Quartal Halbjahr Wochenende Abend Saison Runde")
)

# A level on a scale is counted: "die höchste Meldestufe 4", "der Kategorie 5", "die Warnstufe 3".
_SCALE_HEADS_DE = ("stufe", "kategorie", "phase", "level", "stärke", "grad", "klasse", "zone", "note")


# A name in quotation marks ending in its figure: "das Rettungsschiff „Humanity 1“", "the ship
# "Sea-Watch 5"": one to three capitalised words after the opening mark, the figure, the closing
# mark ("„Es waren 12“" is a quote: a lower-case word in it).
_CLOSING_QUOTES = "“”\"'’«»"
_R_QUOTED_NAME_BEFORE = re.compile(r"[„“”\"«»‚‘](?:[A-ZÄÖÜ][\w\-]*[ \u00a0]){1,3}$")


def _quoted_name(text: str, s: int, e: int) -> bool:
    return text[e : e + 1] in _CLOSING_QUOTES and _R_QUOTED_NAME_BEFORE.search(text, max(0, s - 50), s) is not None


def name_after_figure(text: str, s: int, e: int) -> bool:
    """ "its 920 Carrera sports car": see _R_NAME_PRODUCT_AFTER."""
    m = _R_NAME_PRODUCT_AFTER.match(text, e)
    return (
        m is not None
        and (m.group(1) in PRODUCT_NOUNS or m.group(2) in PRODUCT_NOUNS)
        and _R_DETERMINER_BEFORE_EN.search(text, max(0, s - 8), s) is not None
    )


def _apposed_name_de(text: str, s: int, e: int, noun: str | None) -> bool:
    m = _R_APPOSED_NAME_DE.search(text, max(0, s - 80), s)
    if m is None or (m.group(1) is None and m.group(2) is None):
        return False
    if m.group(3) in _TIME_WORDS_DE or m.group(2) in _TIME_WORDS_DE or m.group(3).lower().endswith(_SCALE_HEADS_DE):
        return False
    if noun is not None and _R_PARTITIVE_AFTER_DE.match(text, e) is None:
        return False
    if _R_LIST_GOES_ON.match(text, e) and _R_DIGIT.search(text, max(0, s - 80), m.start()):
        return False  # "traten 9870 Personen aus, im Bistum Chur 5214 und ...": an ellipsis (batch 439)
    return _R_LOWER_AFTER.match(text, e) is not None and _R_PAIR_AFTER.match(text, e) is None


def designation(text: str, s: int, e: int, raw: str, noun: str | None, lang: str) -> bool:
    """Whether the figure ``text[s:e]`` (digits ``raw``) completes a name before it."""
    if s < 3 or text[s - 1] not in " \u00a0" or not text[s - 2].isalpha():
        return False
    w = s - 2
    while w > 0 and (text[w - 1].isalpha() or text[w - 1] == "-"):
        w -= 1
    if not text[w].isupper():
        return False  # every shape here has a capitalised word right before the figure
    if s - w == 6 and text.startswith("Tempo", w):
        return False  # "auf 86 Straßen Tempo 30": a speed limit, counted (batches 58, 178, 433)
    if len(raw) == 4 and "1900" <= raw <= "2100":
        return False  # "die AfD 2017", "London 2012": a year
    if _R_POSSESSIVE_PART_AFTER.match(text, e):
        return False
    if e < len(text) and _quoted_name(text, s, e):
        return True
    if lang == "de" and len(raw) <= 4 and _apposed_name_de(text, s, e, noun):
        return True
    if noun is not None and (lang == "de" or _en_plural(noun)):
        return _possessed_name(text, s, noun) if lang == "en" else False
    if noun is None and _counted_name(text, s, lang):
        return True
    cm = _R_CODE_BEFORE.search(text, max(0, s - 12), s)
    if cm is None or sum(c.isupper() for c in cm.group(1)) < 2:
        return _possessed_name(text, s, noun) if lang == "en" else False
    if cm.group(1).isupper() and _R_PLACE_BEFORE.search(text, max(0, cm.start() - 8), cm.start()):
        return False  # "in the UK 300 died": a place in capitals, then a figure
    if _R_SIGNED_CHANGE_AFTER.match(text, e):
        return False  # "SVP 48 (+3), SP 24 (-1)": a party's seats and their change (batch 458)
    if (_R_CLAUSE_END.match(text, e) or _R_LIST_GOES_ON.match(text, e)) and _R_DIGIT.search(
        text, max(0, s - 80), cm.start()
    ):
        # "win 61 seats and Reform UK 13.", "die ÖVP 51 und die SPÖ 41,", "83 davon, die SPD 41 und die
        # Freien Wähler 29": an ellipsis
        return False
    pair_before = _R_PAIR_BEFORE.search(text, max(0, cm.start() - 6), cm.start())
    return _R_PAIR_AFTER.match(text, e) is None and pair_before is None


_R_SIGNED_CHANGE_AFTER = re.compile(r"[ \u00a0]\((?:[+\-–±]\d|unverändert|unchanged)")


def _possessed_name(text: str, s: int, noun: str | None) -> bool:
    m = _R_POSSESSED_NAME.search(text, max(0, s - 24), s)
    return m is not None and noun is not None and m.group(1) not in _SCALE_WORDS


def _counted_name(text: str, s: int, lang: str) -> bool:
    m = _R_COUNTED_NAME.search(text, max(0, s - 60), s)
    if m is None:
        return False
    head = m.group(1)
    if head[0].isdigit():
        return True
    return (parse_german_word(head) if lang == "de" else parse_english_words(head)) is not None
