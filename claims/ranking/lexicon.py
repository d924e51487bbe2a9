"""A small German-English glossary of news words, so a claim in one language finds passages in the other.

Names and numbers cross languages by themselves; common words do not. Each line pairs German and
English words (first of each side is the one used in search queries). Matching happens on Snowball
stems, so one inflected form per word is enough.
"""

from __future__ import annotations

from functools import lru_cache

from claims.ranking.text import STOPWORDS, fold, stem

_GLOSSARY = """
erste | first
zweite | second
dritte | third
vierte | fourth
fünfte | fifth
treffen begegnung | meeting met meet
gespräch gespräche verhandlungen verhandlung | talks negotiations talk
außenminister außenministerin | foreign minister
außenministerium | foreign ministry
minister ministerin | minister
ministerium | ministry
regierung | government
präsident präsidentin | president
kanzler kanzlerin | chancellor
parlament | parliament
wahl wahlen | election elections
partei | party
opposition | opposition
vereinte nationen uno | united nations un
vermittler vermittlung | mediators mediation
plan | plan
punkte punkt | points point
truppen soldaten | troops soldiers
armee militär | army military
krieg konflikt | war conflict
waffenruhe waffenstillstand | ceasefire truce
grenze grenzregion | border region
region gebiet | region territory area
kontrolliert kontrolle | controls control
straßen straße | roads road
beschädigt zerstört | damaged destroyed
wiederaufbau wiederaufbaufonds | reconstruction fund
fonds | fund
milliarden milliarde | billion
millionen million | million
tausend | thousand
prozent | percent per cent
viertel | quarter
drittel | third
fünftel | fifth
hälfte | half
mal | time times
jahr jahre jahres | year years
monat monate | month months
woche wochen | week weeks
tag tage | day days
stunden stunde | hours hour
siebenstündig | seven-hour
arbeitslosenquote arbeitslosigkeit | unemployment rate jobless
arbeitslose | unemployed
arbeitsplätze stellen jobs | jobs positions
beschäftigte erwerbstätige beschäftigung | employed employment workers jobs
einwohner bevölkerung | inhabitants population residents
wirtschaft konjunktur | economy economic
wirtschaftsminister | economy minister
industrie | industry
betrieb betriebe unternehmen firmen | companies firms businesses company
umfrage | survey poll
handelskammer kammer | chamber of commerce
statistikamt statistik | statistics office statistical
hilfspaket | aid package relief package
kosten | cost costs
lohn löhne lohnerhöhung | wage wages pay raise
streik streiks | strike strikes
hafen hafenbehörde | port harbour harbor port authority
gewerkschaft | union
arbeiter hafenarbeiter | workers dockworkers dock workers
abstimmung | vote voted
mehrheit | majority
angebot | offer
preis preise | price prices
energiepreise | energy prices
inflation teuerung | inflation
steuern steuer | taxes tax
haushalt budget | budget
schulden | debt
polizei | police
gericht | court
urteil | ruling verdict
gesetz | law bill
studie | study
bericht | report
angaben | figures data
zahl zahlen | number numbers figure figures
"""


@lru_cache(maxsize=4)
def _table(source: str, target: str) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for line in _GLOSSARY.strip().splitlines():
        de_side, en_side = (side.split() for side in line.split("|"))
        sides = {"de": de_side, "en": en_side}
        for word in sides[source]:
            key = stem(fold(word), source)
            table.setdefault(key, set()).update(stem(fold(w), target) for w in sides[target] if w not in STOPWORDS)
    return {key: frozenset(values) for key, values in table.items()}


def translations(stemmed: str, source: str, target: str) -> frozenset[str]:
    """Stems in `target` for a `source` stem (empty when the glossary does not know the word)."""
    if source == target or source not in ("de", "en") or target not in ("de", "en"):
        return frozenset()
    return _table(source, target).get(stemmed, frozenset())


def is_common_word(folded: str) -> bool:
    """Whether the glossary lists the word (in either language): a common noun, not a name."""
    return any(stem(folded, lang) in _table(lang, "en" if lang == "de" else "de") for lang in ("de", "en"))


def synonyms(stemmed: str, language: str) -> frozenset[str]:
    """Stems in the same language reached through the other one ("Arbeitsplätze" -> jobs -> "Stellen")."""
    other = "en" if language == "de" else "de"
    out: set[str] = set()
    for foreign in translations(stemmed, language, other):
        out |= translations(foreign, other, language)
    out.discard(stemmed)
    return frozenset(out)


def search_words(word: str, source: str, target: str) -> list[str]:
    """The glossary's words (not stems) in `target` for a word, for search engines that take words."""
    key = stem(fold(word), source)
    for line in _GLOSSARY.strip().splitlines():
        de_side, en_side = (side.split() for side in line.split("|"))
        sides = {"de": de_side, "en": en_side}
        if source in sides and any(stem(fold(w), source) == key for w in sides[source]):
            return sides[target][:1]
    return []
