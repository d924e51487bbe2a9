"""A data task that meets PostgreSQL briefly unreachable retries on a fresh connection and finishes.

The outage is real: the test database refuses new connections for 2.5 s and the worker's open ones
are terminated (from an admin connection to the `postgres` database), while a prefork worker of its
own (marked by its application_name) runs the task.
"""

import time
import uuid

import psycopg
import pytest
from django.db import connection

from claims.models import Article
from tests.helpers import wait_for
from tests.workers.processes import database_url, running_worker

TEXT = ("Die Behörde teilte am Montag mit, dass 3.000 Menschen evakuiert worden seien. "
        "Es war bereits die zweite Evakuierung in diesem Jahr, sagte ein Sprecher der Landesregierung.")


def _admin():
    """An autocommit connection to the `postgres` database of the server the tests use.

    Made from Django's own connection parameters: the embedded PostgreSQL's URL names its socket
    folder in a `host` query parameter, which lands in OPTIONS, not HOST; from HOST alone libpq took
    its default socket, another server, which knew nothing of the worker.
    """
    params = connection.get_connection_params()
    for django_only in ("cursor_factory", "context", "prepare_threshold"):
        params.pop(django_only, None)
    admin = psycopg.connect(**{**params, "dbname": "postgres"}, autocommit=True)
    connection.ensure_connection()
    ours = admin.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s AND datname = %s",
                         [connection.connection.info.backend_pid, connection.settings_dict["NAME"]]).fetchone()[0]
    if not ours:
        host = admin.info.host
        admin.close()
        raise AssertionError(f"the admin connection (host {host}) reached another server than the tests'")
    return admin


def _backends(admin, app_name: str) -> int:
    return admin.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = %s",
                         [app_name]).fetchone()[0]


@pytest.fixture
def marked_worker():
    """A prefork worker (one child) on a queue of its own, its connections named for pg_stat_activity."""
    name = f"outage-{uuid.uuid4().hex[:8]}"
    url = database_url()
    env = {"DATABASE_URL": f"{url}{'&' if '?' in url else '?'}application_name={name}",
           "FETCH_ALLOW": "127.0.0.1"}  # the receivers tests start
    with running_worker(name, env=env):
        yield name


def test_article_extract_rides_out_a_database_outage(celery_worker, marked_worker):
    from claims.services.articles import article_ingest
    from workers.models import WorkerHeartbeat
    from workers.tasks import heartbeat
    from workers.tasks_ingest import article_extract

    # given: an article ready for extraction, and the worker connected (a first task opens its connection)
    heartbeat.apply_async(args=[marked_worker], queue=marked_worker)
    wait_for(lambda: WorkerHeartbeat.objects.filter(hostname=marked_worker).exists(), timeout=60,
             message="the worker's first task")
    article, _ = article_ingest(text=TEXT, enqueue=False)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.EXTRACTING)
    test_db = connection.settings_dict["NAME"]
    with _admin() as admin:
        assert _backends(admin, marked_worker) == 1  # kept open for the next task (CELERY_DB_REUSE_MAX)

        # when: the database refuses connections and drops the worker's while its task runs
        try:
            admin.execute(f'ALTER DATABASE "{test_db}" WITH ALLOW_CONNECTIONS false')
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
                          [marked_worker])
            article_extract.apply_async(args=[article.pk], queue=marked_worker)
            time.sleep(2.5)
        finally:
            admin.execute(f'ALTER DATABASE "{test_db}" WITH ALLOW_CONNECTIONS true')

    # then: a retry on a fresh connection extracts it, once
    wait_for(lambda: Article.objects.get(pk=article.pk).status == Article.Status.EXTRACTED, timeout=60,
             message="the article to be extracted after the outage")
    texts = list(Article.objects.get(pk=article.pk).claims.values_list("text", flat=True))
    assert texts
    assert len(texts) == len(set(texts))
