"""Benchmark: claim extraction throughput against text2num's alpha2digit, and memory over 10 MB.

Run: .venv/bin/python bench/extraction.py

Both run on one core over the same generated wire-style articles (German and English,
own sample sentences with varied names, places and numbers), article by article, with
alpha2digit given each article's language. The last line printed is one JSON object.
Memory: 10 MB of articles are generated and extracted one at a time; RSS after the first
MB and after the last MB must differ by less than FLAT_BOUND_MB.
"""

from __future__ import annotations

import gc
import json
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from text_to_num import alpha2digit  # noqa: E402

from claims.extraction import extract_claims  # noqa: E402

TARGET = 0.25
CORPUS_BYTES = 1_200_000
STREAM_BYTES = 10_000_000
FLAT_BOUND_MB = 8.0
ROUNDS = 3

_PEOPLE_DE = ["Anna Berger", "Markus Leitner", "Olena Kowalenko", "Jürgen Hofer", "Sabine Wolf", "Tomasz Nowak"]
_PEOPLE_EN = ["Sarah Mitchell", "James O'Connor", "Priya Raman", "Daniel Kim", "Laura Bennett", "Ahmed Hassan"]
_ROLES_DE = ["Innenminister", "Regierungssprecherin", "Bürgermeister", "Polizeisprecher", "Gewerkschaftschefin"]
_ROLES_EN = ["Interior Minister", "government spokeswoman", "Mayor", "police spokesman", "union leader"]
_PLACES_DE = ["Graz", "Linz", "Dresden", "Kiew", "Brüssel", "Innsbruck", "Leipzig", "Salzburg"]
_PLACES_EN = ["Leeds", "Ottawa", "Nairobi", "Manila", "Denver", "Glasgow", "Kyiv", "Brussels"]
_ORGS_DE = ["die Stadtverwaltung", "das Innenministerium", "die Feuerwehr", "der Konzern", "die Zentralbank"]
_ORGS_EN = ["the city council", "the interior ministry", "the fire service", "the company", "the central bank"]
_DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"]
_DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
_NUMWORDS_DE = ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "zehn", "zwölf", "zwanzig"]
_NUMWORDS_EN = ["two", "three", "four", "five", "six", "seven", "ten", "twelve", "twenty"]
_ORD_DE = ["zweite", "dritte", "vierte", "fünfte", "sechste"]
_ORD_EN = ["second", "third", "fourth", "fifth", "sixth"]

_DE = [
    "{org_c} teilte am {day} mit, dass {n} Menschen bei dem Unfall in {place} verletzt worden seien.",
    "Nach Angaben der Polizei kamen rund {big} Besucher zu der Veranstaltung in {place}.",
    "„Wir werden die Hilfen um {pct} Prozent erhöhen“, sagte {role} {person} in {place}.",
    "Die Regierung will bis {year} insgesamt {dec} Milliarden Euro in das Schienennetz investieren.",
    "Es war bereits das {ord} Treffen der beiden Delegationen in diesem Jahr.",
    "Das {w}stündige Gespräch endete ohne Einigung, hieß es aus Verhandlungskreisen.",
    "Laut {person} sind inzwischen ein Drittel der Schulen in {place} geschlossen.",
    "Die Inflationsrate sank im {month} auf {dec} Prozent, teilte das Statistikamt mit.",
    "Der {age}-jährige Fahrer wurde mit schweren Verletzungen in ein Krankenhaus gebracht.",
    "Die Arbeiten am Tunnel sollen {w} Wochen dauern und rund {n} Millionen Euro kosten.",
    "Seit {year} ist die Zahl der Einsätze um mehr als ein Viertel gestiegen.",
    "Der Stadtrat stimmte mit {n} zu {m} Stimmen für den Plan.",
    "Das ist ein großartiger Erfolg für uns alle.",
    "Wir alle wissen, dass es so nicht weitergehen kann.",
    "Wie soll das finanziert werden?",
    "Die Opposition kritisierte den Entwurf als unausgegoren und forderte Nachbesserungen.",
    "Jeder vierte Betrieb in {place} meldete zuletzt Kurzarbeit an.",
    "Die Sitzung beginnt am {dd}. {month} um 10.00 Uhr im Rathaus.",
    "{person} war zuvor {w} Jahre lang Vorsitzende des Verbandes.",
    "Der Konzern streicht weltweit {big} Stellen, davon {n}00 in Österreich.",
]
_EN = [
    "{org_c} said on {day} that {n} people were injured in the crash near {place}.",
    "According to police, about {big} visitors attended the event in {place}.",
    "“We will raise support by {pct} percent,” {role} {person} told reporters in {place}.",
    "The government plans to invest {dec} billion euros in the rail network by {year}.",
    "It was the {ord} meeting between the two delegations this year.",
    "The {w}-hour talks ended without agreement, officials said.",
    "A third of the schools in {place} remain closed, according to {person}.",
    "Inflation eased to {dec} percent in {month}, the statistics office said.",
    "The {age}-year-old driver was taken to hospital with serious injuries.",
    "Work on the tunnel will take {w} weeks and cost about ${n} million.",
    "Since {year}, the number of call-outs has risen by more than a quarter.",
    "The council voted {n} to {m} in favour of the plan.",
    "This is a great day for all of us.",
    "We all know this cannot go on.",
    "Who is going to pay for it?",
    "The opposition called the draft half-baked and demanded changes.",
    "One in four firms in {place} has cut working hours.",
    "The session opens on {month} {dd} at 10 a.m. in the town hall.",
    "{person} previously led the association for {w} years.",
    "The group is cutting {big} jobs worldwide, including {n}00 in Britain.",
]
_HEAD_DE = ["Einigung in {place} in Sicht", "Streit um Budget in {place}", "Unfall bei {place}"]
_HEAD_EN = ["Deal in sight in {place}", "Budget row in {place}", "Crash near {place}"]
_MONTHS_DE = ["Januar", "März", "Mai", "Juli", "September", "November"]
_MONTHS_EN = ["January", "March", "May", "July", "September", "November"]


def _fill(rng: random.Random, template: str, lang: str) -> str:
    de = lang == "de"
    big = rng.randint(1_000, 90_000)
    sep = "." if de else ","
    return template.format(
        org_c=(rng.choice(_ORGS_DE if de else _ORGS_EN)).capitalize(),
        day=rng.choice(_DAYS_DE if de else _DAYS_EN),
        n=rng.randint(2, 95),
        m=rng.randint(2, 40),
        big=f"{big // 1000}{sep}{big % 1000:03d}",
        place=rng.choice(_PLACES_DE if de else _PLACES_EN),
        pct=rng.randint(2, 30),
        role=rng.choice(_ROLES_DE if de else _ROLES_EN),
        person=rng.choice(_PEOPLE_DE if de else _PEOPLE_EN),
        year=rng.randint(2015, 2031),
        dec=f"{rng.randint(1, 9)}{',' if de else '.'}{rng.randint(1, 9)}",
        ord=rng.choice(_ORD_DE if de else _ORD_EN),
        w=rng.choice(_NUMWORDS_DE if de else _NUMWORDS_EN),
        month=rng.choice(_MONTHS_DE if de else _MONTHS_EN),
        age=rng.randint(18, 80),
        dd=rng.randint(1, 28),
    )


def article(rng: random.Random) -> tuple[str, str]:
    """One article: a headline, then three to six paragraphs of two to four sentences."""
    lang = "de" if rng.random() < 0.5 else "en"
    templates = _DE if lang == "de" else _EN
    parts = [_fill(rng, rng.choice(_HEAD_DE if lang == "de" else _HEAD_EN), lang)]
    for _ in range(rng.randint(3, 6)):
        parts.append(" ".join(_fill(rng, rng.choice(templates), lang) for _ in range(rng.randint(2, 4))))
    return lang, "\n\n".join(parts)


def corpus(nbytes: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out, size = [], 0
    while size < nbytes:
        lang, text = article(rng)
        out.append((lang, text))
        size += len(text.encode("utf-8"))
    return out


def _best_of(fn, rounds: int = ROUNDS) -> float:
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def throughput() -> dict:
    docs = corpus(CORPUS_BYTES, seed=7)
    mb = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6

    def ours():
        for _, text in docs:
            extract_claims(text)  # language detected, as when an article has none

    def theirs():
        for lang, text in docs:
            alpha2digit(text, lang)

    ours()  # warm caches and regexes once, as a running worker would be
    t_ours = _best_of(ours)
    t_theirs = _best_of(theirs)
    claims = sum(len(extract_claims(t)) for _, t in docs[:200])
    return {
        "corpus_mb": round(mb, 3),
        "articles": len(docs),
        "extract_claims_mb_s": round(mb / t_ours, 3),
        "alpha2digit_mb_s": round(mb / t_theirs, 3),
        "claims_per_article": round(claims / min(200, len(docs)), 2),
    }


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def memory() -> dict:
    """Extract 10 MB article by article; compare RSS after the first and the last MB."""
    rng = random.Random(11)
    done = 0
    marks: list[float] = []
    next_mark = 1_000_000
    start = time.perf_counter()
    while done < STREAM_BYTES:
        _, text = article(rng)
        extract_claims(text)
        done += len(text.encode("utf-8"))
        if done >= next_mark:
            gc.collect()
            marks.append(_rss_mb())
            next_mark += 1_000_000
    elapsed = time.perf_counter() - start
    growth = marks[-1] - marks[0]
    return {
        "stream_mb": round(done / 1e6, 2),
        "stream_seconds": round(elapsed, 1),
        "rss_first_mb": round(marks[0], 1),
        "rss_last_mb": round(marks[-1], 1),
        "rss_growth_mb": round(growth, 2),
        "rss_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "flat_bound_mb": FLAT_BOUND_MB,
        "flat": growth < FLAT_BOUND_MB,
    }


def main() -> None:
    figures = throughput()
    print(f"extract_claims {figures['extract_claims_mb_s']} MB/s, alpha2digit {figures['alpha2digit_mb_s']} MB/s")
    figures.update(memory())
    print(f"RSS after first MB {figures['rss_first_mb']} MB, after last MB {figures['rss_last_mb']} MB")
    ratio = round(figures["extract_claims_mb_s"] / figures["alpha2digit_mb_s"], 3)
    met = ratio >= TARGET and figures["flat"]
    print(json.dumps({"bench": "extraction", "figures": figures, "ratio": ratio, "target": TARGET, "met": met}))


if __name__ == "__main__":
    main()
