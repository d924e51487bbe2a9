"""Desk-archive search latency over 100,000 and 1,000,000 stored passages, with realistic claim queries.

Side by side for the same queries: archive_search (GIN filter in tiers, ts_rank_cd over a bounded
candidate set), ranking every match with ts_rank (the trap), and a sequential scan with ILIKE that
ranks by the number of terms matched. The
passages are generated in the throwaway database with generate_series: German and English news-like
text, a Zipf-like vocabulary (frequent words in a large share of passages), and names of people and
places that occur from a few times to some thousand times.
"""

import os
import random
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._support import result_line, throwaway_database

SIZES = [int(n) for n in os.environ.get("BENCH_ARCHIVE_SIZES", "100000,1000000").split(",")]
QUERIES = int(os.environ.get("BENCH_ARCHIVE_QUERIES", "60"))
BASELINE_QUERIES = int(os.environ.get("BENCH_ARCHIVE_BASELINE_QUERIES", "10"))
TARGETS_MS = {100_000: 25.0, 1_000_000: 150.0}
WORDS_PER_PASSAGE = 45



def words(text: str) -> list[str]:
    return text.split()


GERMAN = words("""
die der und in zu den das nicht von sie ist des sich mit dem dass er es ein ich auf so eine auch als an nach
wie im für man aber aus durch wenn nur war noch werden bei hat wir was wird sein einen welche sind oder zur um
Regierung Jahr Prozent Millionen Euro Minister Ministerin Präsident Polizei Stadt Land Menschen Woche Tag
Angaben Bericht Treffen Gespräch Verhandlungen Plan Truppen Soldaten Grenze Region Wirtschaft Arbeitslosigkeit
Arbeitsplätze Unternehmen Industrie Umfrage Handelskammer Statistikamt Einwohner Streik Hafen Gewerkschaft
Lohn Preise Inflation Haushalt Schulden Parlament Wahl Partei Opposition Kanzler Gericht Urteil Gesetz Studie
sagte erklärte teilte mit kündigte an plant soll sollen wurde wurden gestiegen gesunken erreicht beschlossen
dritte zweite erste vierte Viertel Drittel Hälfte rund etwa mehr weniger als bereits erneut weiterhin
""")
ENGLISH = words("""
the of and to a in is that for it as was with be by on not he this are or his from at which but have an they
government year percent million billion euros minister president police city country people week day said
report meeting talks negotiations plan troops soldiers border region economy unemployment jobs companies
industry survey chamber commerce statistics office population strike port union wage prices inflation budget
debt parliament election party opposition chancellor court ruling law study announced plans would were has
third second first fourth quarter half about more than less already again according officials told reporters
""")
SURNAMES = [f"{a}{b}" for a in ("Haver", "Brand", "Keller", "Muster", "Ilves", "Berger", "Hofer", "Winter",
                                "Sommer", "Lindner", "Fischer", "Weber", "Wagner", "Becker", "Schulz", "Koch",
                                "Richter", "Klein", "Wolf", "Neumann")
            for b in ("kamp", "t", "mann", "er", "berg", "stein", "feld", "hof", "mayr", "ström")]
PLACES = [f"{a}{b}" for a in ("Nord", "Süd", "Ost", "West", "Ober", "Unter", "Neu", "Alt") for b in
          ("mark", "land", "stadt", "hafen", "burg", "dorf", "heim", "tal", "see", "feld")]


def zipf_pool(words: list[str], size: int = 600) -> list[str]:
    """A pool to sample from where the first words are much more frequent than the last."""
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(words))]
    return random.choices(words, weights=weights, k=size)


def populate(cursor, start: int, stop: int, first_source: int) -> None:
    """Insert passages start..stop-1 in SQL: language alternates, names are rare to common."""
    de_pool, en_pool = zipf_pool(GERMAN), zipf_pool(ENGLISH)
    names = zipf_pool(SURNAMES + PLACES, 1000)  # small arrays: each pick reads the whole array
    # The inner SELECT mentions g so that it runs once per passage, not once for all.
    cursor.execute(
        """
        INSERT INTO claims_passage (source_id, start, "end", text, language)
        SELECT %(first)s + g %% 1000, 0, 300,
               array_to_string(ARRAY(
                   SELECT CASE WHEN random() < 0.06 THEN (%(names)s::text[])[1 + floor(random() * %(n_names)s)::int]
                               WHEN random() < 0.03 THEN (1 + floor(random() * 5000)::int)::text
                               WHEN g %% 2 = 0 THEN (%(de)s::text[])[1 + floor(random() * %(n_de)s)::int]
                               ELSE (%(en)s::text[])[1 + floor(random() * %(n_en)s)::int] END
                   FROM generate_series(1, %(words)s + 0 * g)), ' '),
               CASE WHEN g %% 2 = 0 THEN 'de' ELSE 'en' END
        FROM generate_series(%(start)s, %(stop)s - 1) g
        """,
        {"first": first_source, "names": names, "n_names": len(names), "de": de_pool, "n_de": len(de_pool),
         "en": en_pool, "n_en": len(en_pool), "words": WORDS_PER_PASSAGE, "start": start, "stop": stop},
    )


def fill(start: int, stop: int, first_source: int) -> None:
    from django.db import connection

    try:
        with connection.cursor() as cursor:
            populate(cursor, start, stop, first_source)
    finally:
        connection.close()


def claim_queries(count: int) -> list[dict]:
    """Queries as the archive connector builds them from claims: names, key words in both languages, numbers."""
    rng = random.Random(7)
    nouns_de = [w for w in GERMAN if w[:1].isupper()]
    nouns_en = ENGLISH[ENGLISH.index("government"):ENGLISH.index("would")]
    out = []
    for i in range(count):
        people = rng.sample(SURNAMES, rng.choice([0, 1, 1, 2]))
        place = rng.sample(PLACES, rng.choice([0, 1]))
        words_de = rng.sample(nouns_de[:12], 2) + rng.sample(nouns_de, 3)  # frequent and rarer words
        words_en = rng.sample(nouns_en[:10], 1) + rng.sample(nouns_en, 2)
        numbers = [str(rng.randint(1, 5000))] if i % 2 else []
        out.append({"names": people + place, "words": [words_de, words_en], "extra": numbers})
    return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(func, queries) -> list[float]:
    times = []
    for q in queries:
        started = time.perf_counter()
        func(q)
        times.append((time.perf_counter() - started) * 1000)
    return times


def main():
    random.seed(11)
    results = {}
    with throwaway_database("factcheck_bench_archive"):
        from django.db import connection

        from claims.models import Source
        from claims.services.sources import archive_search

        Source.objects.bulk_create([Source(url=f"https://bench.invalid/{i}", title=f"Bench {i}")
                                    for i in range(1000)])
        first_source = Source.objects.order_by("pk").values_list("pk", flat=True).first()
        queries = claim_queries(QUERIES)

        def ours(q):
            return archive_search(names=q["names"], words=q["words"], extra=q["extra"], limit=50)

        def rank_all(q):
            terms = [*q["names"], *(w for g in q["words"] for w in g)]
            with connection.cursor() as cursor:
                parts = " || ".join(["plainto_tsquery('german', %s) || plainto_tsquery('english', %s)"] * len(terms))
                cursor.execute(f"SELECT ({parts})::text", [t for term in terms for t in (term, term)])
                tsquery = cursor.fetchone()[0]
                cursor.execute("SELECT id, ts_rank(search, %s::tsquery) AS r FROM claims_passage "
                               "WHERE search @@ %s::tsquery ORDER BY r DESC LIMIT 50", [tsquery, tsquery])
                return cursor.fetchall()

        def ilike(q):
            """The same question answered by a sequential scan: every passage read, the best 50 by terms matched."""
            names = q["names"] or [q["words"][0][0]]
            words = [w for g in q["words"] for w in g]
            score = " + ".join(["(text ILIKE %s)::int"] * len(names + words))
            where = " OR ".join(["text ILIKE %s"] * len(names))
            patterns = [f"%{t}%" for t in names + words]
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT id, {score} AS s FROM claims_passage WHERE {where} ORDER BY s DESC LIMIT 50",
                               patterns + [f"%{n}%" for n in names])
                return cursor.fetchall()

        done = 0
        for size in SIZES:
            started = time.perf_counter()
            with connection.cursor() as cursor:
                cursor.execute("DROP INDEX IF EXISTS passage_search_gin")
            step = 50_000
            chunks = [(chunk, min(size, chunk + step)) for chunk in range(done, size, step)]
            with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:  # one connection per thread
                list(pool.map(lambda c: fill(c[0], c[1], first_source), chunks))
            with connection.cursor() as cursor:
                cursor.execute("SET maintenance_work_mem = '256MB'")
                cursor.execute("CREATE INDEX passage_search_gin ON claims_passage USING gin (search)")
                cursor.execute("VACUUM ANALYZE claims_passage")
            done = size
            load_seconds = time.perf_counter() - started
            timed(ours, queries[:5])  # warm the cache as a running server's would be
            ours_ms = timed(ours, queries)
            trap_ms = timed(rank_all, queries)
            baseline_ms = timed(ilike, queries[:BASELINE_QUERIES])
            hits = [len(ours(q)) for q in queries[:20]]
            results[size] = {
                "passages": size, "load_s": round(load_seconds, 1),
                "p50_ms": round(statistics.median(ours_ms), 2), "p95_ms": round(percentile(ours_ms, 95), 2),
                "target_p95_ms": TARGETS_MS.get(size),
                "rank_every_match_p50_ms": round(statistics.median(trap_ms), 1),
                "rank_every_match_p95_ms": round(percentile(trap_ms, 95), 1),
                "ilike_scan_p50_ms": round(statistics.median(baseline_ms), 1),
                "ilike_scan_p95_ms": round(percentile(baseline_ms, 95), 1),
                "mean_hits": round(sum(hits) / len(hits), 1),
            }
            print(results[size], flush=True)
    met = all(r["p95_ms"] <= (r["target_p95_ms"] or float("inf")) for r in results.values())
    worst = max(r["p95_ms"] / (r["target_p95_ms"] or float("inf")) for r in results.values())
    figures = {"queries": QUERIES, "sizes": list(results.values())}
    result_line("archive_search", figures, worst, 1.0, met)


if __name__ == "__main__":
    main()
