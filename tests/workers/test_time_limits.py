"""A task stopped by its soft time limit on a prefork worker marks its object failed, naming the limit.

The limit travels in each message (Celery's sender writes its own configured limits into it, and the
worker obeys the message), so these tests send the task themselves with a 1 s soft limit to a prefork
worker process of their own, on a queue of its own, with work that genuinely takes longer.
"""

import random
import time
import uuid

import pytest

from claims.models import Article, Claim, CollectionRun
from tests.helpers import wait_for
from tests.httpserver import Response
from tests.workers.processes import running_worker

PARAGRAPH = ("<p>Die Behörde teilte am Montag mit, dass {i} Menschen aus dem Gebiet evakuiert worden seien; "
             "es war die zweite Evakuierung in diesem Jahr, sagte ein Sprecher der Landesregierung.</p>\n")

WORDS = ("Regierung Ministerin Haushalt Gespräche Wien Berlin Brüssel Treffen Verhandlungen Kommission Bericht "
         "Sprecher Agentur Woche Jahr Stunden Delegation Außenministerin Amtskollegen Parlament Wahl Ergebnis "
         "Entwurf Punkte Plan Grenze Handel Zoll Energie Gas Preis Inflation Bank Zinsen Schule Lehrer Polizei "
         "Gericht Urteil Richter Klage Stadt Land Bund Gemeinde Straße Bahn Flughafen Wetter Sturm Regen")
VOCABULARY = WORDS.split()


@pytest.fixture
def prefork_queue():
    """A prefork worker (one child, time limits enforced) consuming a queue no other worker reads."""
    queue = f"limits-{uuid.uuid4().hex[:8]}"
    with running_worker(queue):
        yield queue


def test_article_extract_over_its_soft_limit_fails_instead_of_staying_extracting(
        celery_worker, prefork_queue, web):
    from claims.services.articles import article_fetch_and_store, article_ingest
    from workers.tasks_ingest import article_extract

    # given: an article whose archived page is big enough that reading it takes far longer than 1 s (about
    # 7 MB of text: several seconds even on a quiet, fast machine; 2.7 MB once finished within the limit)
    body = "".join(PARAGRAPH.format(i=i) for i in range(40000))
    web.add("/huge", lambda request: Response(
        body=f"<html><head><title>Evakuierung</title></head><body><article>{body}</article></body></html>",
        content_type="text/html; charset=utf-8"))
    article, _ = article_ingest(url=web.url("/huge"), enqueue=False)
    assert article_fetch_and_store(article_id=article.pk)
    assert Article.objects.get(pk=article.pk).status == Article.Status.EXTRACTING

    # when: its extraction runs on a prefork worker under a 1 s soft limit
    article_extract.apply_async(args=[article.pk], queue=prefork_queue, soft_time_limit=1, time_limit=30)

    # then: the article is failed with the reason, not left "extracting" for recovery to loop on
    wait_for(lambda: Article.objects.get(pk=article.pk).status != Article.Status.EXTRACTING, timeout=90,
             message="the timed-out extraction to leave 'extracting'")
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert article.error == "timeout: articles.extract timed out after 1 s"
    assert article.claims.count() == 0


def test_collection_rank_over_its_soft_limit_fails_the_run_and_moves_the_claim_to_review(
        celery_worker, prefork_queue):
    from claims.models import CollectionCandidate
    from claims.services.sources import source_store
    from tests.sources.conftest import article_with_claims, claim_containing
    from workers.tasks_sources import collection_rank_task

    # given: a claim in research and a run at its rank stage with many stored sources to rank
    article = article_with_claims(text="Für Außenministerin Lena Brandt war es in diesem Jahr das dritte Treffen "
                                       "mit ihrem Amtskollegen Piet Haverkamp.", title="Brandt trifft Haverkamp")
    claim = claim_containing(article, "dritte Treffen")
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.RESEARCHING)
    run = CollectionRun.objects.create(claim=claim, status=CollectionRun.Status.RUNNING,
                                       stage=CollectionRun.Stage.RANK, pending=1)
    rnd = random.Random(7)
    # 25,200 passages: ranking them takes about 3.5 s in a quiet process; billiard checks soft limits only
    # once a second, so a rank that ends within about a second may finish before the limit is noticed
    for i in range(1200):
        paras = [" ".join(rnd.choice(VOCABULARY) for _ in range(100)) + f" {rnd.randint(1, 999)}." for _ in range(20)]
        paras.insert(i % 20, f"Für Außenministerin Lena Brandt war es in diesem Jahr das {3 + i % 3}. Treffen mit "
                             f"ihrem Amtskollegen Piet Haverkamp, meldete Agentur {i}; es dauerte {i % 7} Stunden.")
        text = "\n\n".join(paras)
        source = source_store(url=f"https://news{i}.example/story", text=text, title=f"Story {i}", language="de")
        CollectionCandidate.objects.create(run=run, connector="gdelt", url=source.url, source=source,
                                           status=CollectionCandidate.Status.STORED)

    # when: ranking runs on a prefork worker under a 0.5 s soft limit
    collection_rank_task.apply_async(args=[run.pk], queue=prefork_queue, soft_time_limit=0.5, time_limit=30)

    # then: the run is failed with the reason, and the claim is where editors look
    wait_for(lambda: CollectionRun.objects.get(pk=run.pk).status != CollectionRun.Status.RUNNING, timeout=90,
             message="the timed-out run to stop 'running'")
    run.refresh_from_db()
    assert (run.status, run.stage, run.pending) == ("failed", "done", 0)
    assert run.errors[-1] == {"stage": "rank", "code": "timeout", "message": "collection.rank timed out after 0.5 s"}
    assert run.finished_at is not None
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.IN_REVIEW


def test_article_fetch_over_its_soft_limit_says_timed_out_not_a_connection_error(celery_worker, web, prefork_queue):
    from claims.services.articles import article_ingest
    from workers.tasks_ingest import article_fetch

    # given: a page that answers after 4 s (a prefork worker runs the fetch: the limit applies)
    def slow(request):
        time.sleep(4)
        return Response(body="<html><body><p>Spät.</p></body></html>", content_type="text/html")

    web.add("/slow", slow)
    article, _ = article_ingest(url=web.url("/slow"), enqueue=False)

    # when: it is fetched under a 1 s soft limit
    article_fetch.apply_async(args=[article.pk], queue=prefork_queue, soft_time_limit=1, time_limit=30)

    # then: the reason is the time limit (the fetcher does not turn it into a network error)
    wait_for(lambda: Article.objects.get(pk=article.pk).status == Article.Status.FAILED, timeout=90,
             message="the timed-out fetch to fail the article")
    assert Article.objects.get(pk=article.pk).error == "timeout: articles.fetch timed out after 1 s"


def test_extraction_over_its_soft_limit_says_timed_out_not_an_extraction_error(celery_worker, prefork_queue):
    from claims.services.articles import article_ingest
    from workers.tasks_ingest import article_extract

    # given: pasted text whose claims take seconds to extract: billiard checks soft limits only once a
    # second, so work that ends within about a second may finish before the limit is noticed
    sentence = ("Die Behörde zählte {n} Tote, 34 Verletzte, fünfzig Vermisste, zwei Drittel der Häuser, 12,5 Prozent "
                "der Straßen, 3.000 Helfer, 40 Fahrzeuge, sieben Hubschrauber, 1,2 Millionen Euro und 18 "
                "Notquartiere, sagte Sprecherin Anna Huber am {i}. Mai. ")
    text = "".join(sentence.format(i=i % 28 + 1, n=1000 + i) for i in range(4000))
    article, _ = article_ingest(text=text, enqueue=False)
    # three times what ingest accepts (about 3 s of extraction here), so even a fast machine overruns
    Article.objects.filter(pk=article.pk).update(text=text * 3)

    # when: its extraction runs under a 0.2 s soft limit
    article_extract.apply_async(args=[article.pk], queue=prefork_queue, soft_time_limit=0.2, time_limit=30)

    # then: the article failed because of the limit, not because the extractor broke
    wait_for(lambda: Article.objects.get(pk=article.pk).status == Article.Status.FAILED, timeout=90,
             message="the timed-out extraction to fail the article")
    assert Article.objects.get(pk=article.pk).error == "timeout: articles.extract timed out after 0.2 s"


def test_feed_store_over_its_soft_limit_records_the_timeout_on_the_feed(celery_worker, web, prefork_queue):
    from claims.models import Feed
    from claims.services.feeds import feed_add, feed_fetch
    from workers.tasks_ingest import feed_items_store

    # given: a fetched feed so long that parsing it takes longer than 0.3 s
    items = "".join(f"<item><title>Meldung {i}</title><link>{web.url(f'/a/{i}')}</link><guid>g{i}</guid>"
                    f"<description>Die Behörde meldete {i} neue Fälle.</description></item>" for i in range(8000))
    web.add("/feed.xml", lambda request: Response(
        body=f'<?xml version="1.0"?><rss version="2.0"><channel><title>Agentur</title>{items}</channel></rss>',
        content_type="application/rss+xml"))
    feed = feed_add(url=web.url("/feed.xml"))
    snapshot = feed_fetch(feed=feed)
    assert snapshot is not None

    # when: its items are stored under a 0.3 s soft limit
    feed_items_store.apply_async(args=[feed.pk, snapshot.pk], queue=prefork_queue, soft_time_limit=0.3,
                                 time_limit=30)

    # then: the feed shows why this poll stored nothing, and backs off as after any error
    wait_for(lambda: Feed.objects.get(pk=feed.pk).last_error, timeout=90, message="the feed's error")
    feed.refresh_from_db()
    assert feed.last_error == "timeout: feeds.store_items timed out after 0.3 s"
    assert feed.error_count == 1 and not feed.etag


def test_source_fetch_over_its_soft_limit_fails_the_run(celery_worker, web, prefork_queue):
    from claims.models import CollectionCandidate
    from tests.sources.conftest import article_with_claims, claim_containing
    from workers.tasks_sources import source_fetch_batch

    # given: a run at its fetch stage whose one candidate answers after 4 s
    def slow(request):
        time.sleep(4)
        return Response(body="<html><body><p>Spät.</p></body></html>", content_type="text/html")

    web.add("/slow-source", slow)
    claim = claim_containing(article_with_claims(text="Es war das dritte Treffen von Lena Brandt und Piet "
                                                      "Haverkamp in diesem Jahr."), "dritte Treffen")
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.RESEARCHING)
    run = CollectionRun.objects.create(claim=claim, status=CollectionRun.Status.RUNNING,
                                       stage=CollectionRun.Stage.FETCH, pending=1)
    candidate = CollectionCandidate.objects.create(run=run, connector="gdelt", url=web.url("/slow-source"),
                                                   host="127.0.0.1")

    # when: the batch is fetched on a prefork worker under a 1 s soft limit
    source_fetch_batch.apply_async(args=[run.pk, [candidate.pk], 1], queue=prefork_queue, soft_time_limit=1,
                                   time_limit=30)

    # then
    wait_for(lambda: CollectionRun.objects.get(pk=run.pk).status != CollectionRun.Status.RUNNING, timeout=90,
             message="the timed-out run to stop 'running'")
    run.refresh_from_db()
    assert (run.status, run.stage) == ("failed", "done")
    assert run.errors[-1] == {"stage": "fetch", "code": "timeout", "message": "sources.fetch timed out after 1 s"}
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.IN_REVIEW


def test_source_search_over_its_soft_limit_while_fetching_its_first_batch_fails_the_run(
        paused_worker, web, prefork_queue):
    from claims.services.collection import source_add_by_url
    from tests.sources.conftest import article_with_claims, claim_containing
    from workers.tasks_sources import source_search

    # given: a source added by hand that answers after 4 s (the test worker leaves its run's search alone)
    def slow(request):
        time.sleep(4)
        return Response(body="<html><body><p>Spät.</p></body></html>", content_type="text/html")

    web.add("/slow-manual", slow)
    claim = claim_containing(article_with_claims(text="Es war das dritte Treffen von Lena Brandt und Piet "
                                                      "Haverkamp in diesem Jahr."), "dritte Treffen")
    source_add_by_url(claim=claim, url=web.url("/slow-manual"), user=None)
    run = CollectionRun.objects.get(claim=claim)

    # when: its search runs on a prefork worker under a 1 s soft limit (the search task fetches the
    # first batch itself, so the limit strikes in the fetch stage)
    source_search.apply_async(args=[run.pk, "manual"], queue=prefork_queue, soft_time_limit=1, time_limit=30)

    # then
    wait_for(lambda: CollectionRun.objects.get(pk=run.pk).status != CollectionRun.Status.RUNNING
             and CollectionRun.objects.get(pk=run.pk).stage != CollectionRun.Stage.SEARCH, timeout=90,
             message="the timed-out run to stop 'running'")
    run.refresh_from_db()
    assert (run.status, run.stage) == ("failed", "done")
    assert run.errors[-1] == {"stage": "fetch", "code": "timeout", "message": "sources.search timed out after 1 s"}
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.IN_REVIEW
