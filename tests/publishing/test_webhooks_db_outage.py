"""A webhook delivery that meets PostgreSQL briefly unreachable retries and is delivered once."""

import time

import pytest
from django.db import connection

from claims.models import WebhookDelivery, WebhookSubscription
from tests.helpers import wait_for
from tests.httpserver import LocalHTTPServer, Response
from tests.publishing import sample
from tests.workers.test_db_outage import _admin, _backends, marked_worker  # noqa: F401 fixture

pytestmark = pytest.mark.slow


def test_webhook_delivery_rides_out_a_database_outage(celery_worker, marked_worker, monkeypatch,  # noqa: F811
                                                       checker, publisher):
    from workers.models import WorkerHeartbeat
    from workers.tasks import heartbeat
    from workers.tasks_webhooks import deliver_webhook

    # given: a pending delivery whose first message the test worker does not take
    with LocalHTTPServer() as receiver:
        monkeypatch.setenv("FETCH_ALLOW", "127.0.0.1")
        receiver.add("/hook", Response(status=200))
        WebhookSubscription.objects.create(name="[Sample] Partner", url=receiver.url("/hook"),
                                           secret="sample-secret", events=["verdict.published"])
        celery_worker.consumer.cancel_task_queue("io")
        try:
            claim = sample.make_claim(sample.make_article())
            verdict = sample.publish(claim, checker, publisher, evidence=[sample.make_evidence(claim).pk])
            from workers.celery_app import app
            with app.connection_for_write() as conn:
                conn.default_channel.queue_purge("io")
        finally:
            celery_worker.consumer.add_task_queue("io")
        delivery = WebhookDelivery.objects.get(verdict=verdict)
        assert delivery.status == "pending"
        heartbeat.apply_async(args=[marked_worker], queue=marked_worker)
        wait_for(lambda: WorkerHeartbeat.objects.filter(hostname=marked_worker).exists(), timeout=60,
                 message="the worker's first task")
        test_db = connection.settings_dict["NAME"]
        with _admin() as admin:
            assert _backends(admin, marked_worker) == 1

            # when: the database refuses connections and drops the worker's while the delivery runs
            try:
                admin.execute(f'ALTER DATABASE "{test_db}" WITH ALLOW_CONNECTIONS false')
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE application_name = %s", [marked_worker])
                deliver_webhook.apply_async(args=[delivery.pk], queue=marked_worker)
                time.sleep(2.5)
            finally:
                admin.execute(f'ALTER DATABASE "{test_db}" WITH ALLOW_CONNECTIONS true')

        # then: a retry delivers it, once
        wait_for(lambda: WebhookDelivery.objects.get(pk=delivery.pk).status != "pending", timeout=60,
                 message="the delivery after the outage")
        delivery.refresh_from_db()
        assert (delivery.status, delivery.attempts, delivery.last_error) == ("delivered", 1, "")
        assert len(receiver.requests) == 1
