"""A worker killed in the middle of a task: the article is picked up again and finished, once."""

import os
import signal
import time
from pathlib import Path

from claims.models import Article
from tests.helpers import wait_for
from tests.httpserver import Response
from tests.workers.processes import start_worker
from workers.recovery import stalled_work_recover

ROOT = Path(__file__).resolve().parents[2]
PAGE = ("<html><body><article><p>Die Behörde teilte am Montag mit, dass 3.000 Menschen evakuiert "
        "worden seien. Es war bereits die zweite Evakuierung in diesem Jahr.</p></article></body></html>")


def test_article_survives_a_worker_killed_mid_fetch(celery_worker_session, django_db_serialized_rollback,
                                                    transactional_db, web, settings):
    from claims.services.articles import article_ingest

    # given: a page that answers slowly the first time, and a separate worker process fetching it
    def slow_then_fast(request, calls=[]):  # noqa: B006 counts calls across requests
        calls.append(1)
        if len(calls) == 1:
            time.sleep(8)
        return Response(body=PAGE, content_type="text/html; charset=utf-8")

    web.add("/slow", slow_then_fast)
    # The in-process test worker must not take the fetch: pause its io queue while the doomed one works.
    celery_worker_session.consumer.cancel_task_queue("io")
    doomed = start_worker("io", "doomed", pool="threads", concurrency=2,
                          env={"FETCH_ALLOW": web.netloc, "FETCH_POLITENESS_DELAY": "0"})
    try:
        article, _ = article_ingest(url=web.url("/slow"))
        wait_for(lambda: web.hits("/slow") >= 1, timeout=60, message="the doomed worker to start fetching")
        # when: the worker process is killed while the fetch is under way
        os.killpg(doomed.pid, signal.SIGKILL)
        doomed.wait(10)
    finally:
        if doomed.poll() is None:
            os.killpg(doomed.pid, signal.SIGKILL)
        celery_worker_session.consumer.add_task_queue("io")
    assert Article.objects.get(pk=article.pk).status == Article.Status.FETCHING

    # then: the recovery task finds it stalled and the pipeline finishes it, exactly once
    settings.STALLED_AFTER_SECONDS = 0
    time.sleep(0.1)
    assert stalled_work_recover()["articles_stalled"] == 1
    wait_for(lambda: Article.objects.get(pk=article.pk).status == Article.Status.EXTRACTED, timeout=30,
             message="the recovered article to be extracted")
    article.refresh_from_db()
    assert article.claims.count() >= 1
    assert Article.objects.count() == 1
