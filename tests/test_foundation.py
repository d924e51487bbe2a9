"""The foundation: PostgreSQL constraints, a real worker on the real broker, health probes."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from claims.models import Article, Claim, Rating, Verdict
from tests.helpers import wait_for
from workers.models import WorkerHeartbeat
from workers.tasks import heartbeat


def test_database_is_postgresql(db):
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        assert int(cursor.fetchone()[0]) >= 150000


@pytest.fixture
def article(db):
    return Article.objects.create(url="https://example.org/a", text="Ein Satz. Noch ein Satz.", title="A")


def test_claim_span_must_be_forward(article):
    with pytest.raises(IntegrityError, match="claim_start_before_end"):
        Claim.objects.create(article=article, text="x", start=5, end=5)


def test_duplicate_canonical_url_is_refused(article):
    with pytest.raises(IntegrityError, match="article_url_unique"):
        Article.objects.create(url="https://example.org/a", text="other")


def test_pasted_text_is_unique_by_hash(db):
    Article.objects.create(text="abc", content_sha256="f" * 64)
    with pytest.raises(IntegrityError, match="article_pasted_text_unique"):
        Article.objects.create(text="abc", content_sha256="f" * 64)


def test_article_needs_url_or_text(db):
    with pytest.raises(IntegrityError, match="article_has_url_or_text"):
        Article.objects.create(title="empty")


def test_two_published_verdicts_for_one_claim_are_refused(article, checker):
    claim = Claim.objects.create(article=article, text="Ein Satz.", start=0, end=9)
    rating = Rating.objects.get(label="Falsch")
    now = timezone.now()
    Verdict.objects.create(claim=claim, rating=rating, headline="h1", created_by=checker, version=1,
                           status="published", published_at=now, slug="h1")
    with pytest.raises(IntegrityError, match="one_published_verdict_per_claim"):
        Verdict.objects.create(claim=claim, rating=rating, headline="h2", created_by=checker, version=2,
                               status="published", published_at=now, slug="h2")


def test_author_cannot_be_approver_in_the_database(article, checker):
    claim = Claim.objects.create(article=article, text="Ein Satz.", start=0, end=9)
    with pytest.raises(IntegrityError, match="verdict_not_self_approved"):
        Verdict.objects.create(claim=claim, rating=Rating.objects.first(), headline="h", created_by=checker,
                               approved_by=checker)


def test_default_scale_has_german_labels_and_values(db):
    labels = dict(Rating.objects.filter(scale__is_default=True).values_list("label", "value"))
    assert labels["Richtig"] > labels["Größtenteils richtig"] > labels["Falsch"]
    assert {"Unbelegt", "Teilweise falsch", "Fehlender Kontext", "Manipuliert", "Größtenteils falsch"} <= set(labels)


def test_real_worker_runs_a_task_that_writes(celery_worker):
    heartbeat.delay("worker-test-host")
    row = wait_for(lambda: WorkerHeartbeat.objects.filter(hostname="worker-test-host").first(),
                   message="the worker to record a heartbeat")
    assert row.seen_at <= timezone.now()


def test_task_enqueued_in_rolled_back_transaction_never_runs(celery_worker):
    with pytest.raises(RuntimeError), transaction.atomic():
        heartbeat.delay_on_commit("rolled-back-host")
        raise RuntimeError("roll back")
    with transaction.atomic():
        heartbeat.delay_on_commit("committed-host")
    wait_for(lambda: WorkerHeartbeat.objects.filter(hostname="committed-host").exists(),
             message="the committed task")
    # The worker drains the queue in order; give a stray message time to surface anyway.
    heartbeat.delay("after-host")
    wait_for(lambda: WorkerHeartbeat.objects.filter(hostname="after-host").exists(), message="the later task")
    assert not WorkerHeartbeat.objects.filter(hostname="rolled-back-host").exists()


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_ready(client, db):
    response = client.get("/readyz")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "ready"


def test_readyz_names_the_broker_when_it_is_down(client, db, settings, unused_tcp_port):
    settings.CELERY_BROKER_URL = f"redis://127.0.0.1:{unused_tcp_port}/0"
    settings.CELERY_BROKER_TRANSPORT_OPTIONS = {}
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["down"] == ["broker"]
    assert "broker" in body["errors"]


def test_readyz_tells_anonymous_callers_what_is_down_but_not_the_details(client, admin_client, db, settings,
                                                                        unused_tcp_port, caplog):
    settings.CELERY_BROKER_URL = f"redis://127.0.0.1:{unused_tcp_port}/0"
    settings.CELERY_BROKER_TRANSPORT_OPTIONS = {}
    # anonymous (a load balancer): the component and the kind of error, no host, port or user
    public = client.get("/readyz").json()
    assert public["down"] == ["broker"] and str(unused_tcp_port) not in public["errors"]["broker"]
    assert public["errors"]["broker"] and ":" not in public["errors"]["broker"]
    # staff and the log get the whole error
    assert str(unused_tcp_port) in admin_client.get("/readyz").json()["errors"]["broker"]
    assert any(str(unused_tcp_port) in record.getMessage() for record in caplog.records)


def test_readyz_names_the_embedded_broker_when_its_folder_is_gone(client, db, settings, tmp_path):
    from factcheck.embedded import broker_options

    settings.CELERY_BROKER_URL = "embedded://"
    settings.CELERY_BROKER_TRANSPORT_OPTIONS = broker_options(tmp_path / "broker")
    assert client.get("/readyz").status_code == 200
    shutil.rmtree(tmp_path / "broker")  # `rm -rf var` under a running server, a lost mount
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["down"] == ["broker"]


@pytest.fixture
def unused_tcp_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_createsuperuser_noinput_from_environment(db, monkeypatch, django_user_model):
    from django.core.management import call_command

    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "chief")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-long-password-123")
    monkeypatch.setenv("DJANGO_SUPERUSER_EMAIL", "chief@example.org")
    call_command("createsuperuser", interactive=False, verbosity=0)
    user = django_user_model.objects.get(username="chief")
    assert user.is_superuser and user.check_password("a-long-password-123")


def test_roles_keep_every_permission_when_defaults_run_again(db):
    from django.contrib.auth.models import Group

    from claims.defaults import ROLES, desk_defaults_ensure

    desk_defaults_ensure()
    for name, codenames in ROLES.items():
        held = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert held == set(codenames), name
    assert "view_webhookdelivery" in ROLES["Publisher"]


@pytest.mark.parametrize("template", ["https://desk.example.org/fc/{Slug}", "https://desk.example.org/fc/{", "{0}"])
def test_a_claimreview_url_template_that_cannot_be_filled_stops_the_start(template):
    # Found at start, not as a 500 on every published verdict (and a webhook listener failing on each event).
    env = {**os.environ, "CLAIMREVIEW_URL_TEMPLATE": template, "DJANGO_SETTINGS_MODULE": "factcheck.settings"}
    result = subprocess.run([sys.executable, "-c", "import django; django.setup()"], env=env, capture_output=True,
                            text=True, timeout=60, cwd=Path(__file__).resolve().parents[1])
    assert result.returncode != 0
    assert "CLAIMREVIEW_URL_TEMPLATE" in result.stderr and "{slug}, {id} and {claim}" in result.stderr
