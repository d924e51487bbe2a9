"""Shared fixtures: a real Celery worker on the real broker, users in each desk role."""

import os
import shutil
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings

from workers.celery_app import app as celery_app

SEED_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "seed"
_RUN = uuid.uuid4().hex[:8]


def _isolate_broker():
    """Keep this test session's messages apart from a running `make run` or another session."""
    options = dict(settings.CELERY_BROKER_TRANSPORT_OPTIONS or {})
    if settings.CELERY_BROKER_URL.startswith(("embedded", "filesystem")):
        root = Path(settings.VAR_DIR) / f"test-broker-{os.getpid()}-{_RUN}"
        for key, sub in (("data_folder_in", "messages"), ("data_folder_out", "messages"),
                         ("processed_folder", "processed"), ("control_folder", "control")):
            (root / sub).mkdir(parents=True, exist_ok=True)
            options[key] = str(root / sub)
        options["store_processed"] = False
    else:
        options["global_keyprefix"] = f"test-{_RUN}:"
    settings.CELERY_BROKER_TRANSPORT_OPTIONS = options
    celery_app.conf.broker_transport_options = options
    return options


_BROKER_OPTIONS = _isolate_broker()
# Hashing test users' passwords properly would dominate the run time of permission matrices.
settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def pytest_collection_modifyitems(items):
    """Every transactional test restores what data migrations made (content types, roles, scale).

    Mixing serialized and plain transactional tests breaks the former: the plain flush re-creates
    content types under new ids, which the next restore then collides with.
    """
    for item in items:
        names = getattr(item, "fixturenames", [])
        marker = item.get_closest_marker("django_db")
        transactional = marker is not None and (marker.kwargs.get("transaction") or (marker.args[:1] == (True,)))
        wants_rollback = transactional or "transactional_db" in names or "live_server" in names
        if wants_rollback and "django_db_serialized_rollback" not in names:
            names.append("django_db_serialized_rollback")


def pytest_sessionfinish(session, exitstatus):
    if settings.CELERY_BROKER_URL.startswith(("embedded", "filesystem")):
        root = Path(_BROKER_OPTIONS["data_folder_in"]).parent
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """With --reuse-db a previous session's flush may have emptied what data migrations made."""
    from django.db import connection

    from claims.defaults import desk_defaults_ensure

    with django_db_blocker.unblock():
        desk_defaults_ensure()
        # Transactional tests restore this snapshot; take it again now that the defaults are back.
        connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture(scope="session")
def celery_worker_session(django_db_setup, django_db_blocker):
    """A real Celery worker (thread pool) consuming the real broker for the whole session."""
    from celery.contrib.testing.worker import start_worker

    queues = ",".join(sorted({"default", "io", *_extra_queues()}))
    celery_app.conf.task_default_queue = "default"
    with django_db_blocker.unblock(), start_worker(
        celery_app, pool="threads", concurrency=8, perform_ping_check=False, loglevel="WARNING",
        shutdown_timeout=30, queues=queues.split(","),
    ) as worker:
        yield worker


def _extra_queues():
    routes = celery_app.conf.task_routes or {}
    return {route.get("queue") for route in routes.values() if isinstance(route, dict) and route.get("queue")}


@pytest.fixture
def celery_worker(celery_worker_session, django_db_serialized_rollback, transactional_db):
    """Use in tests that enqueue tasks: data must be committed for the worker thread to see it.

    Serialized rollback restores what data migrations created (roles, rating scale) after the flush.
    """
    yield celery_worker_session
    _wait_until_no_task_runs()


def _wait_until_no_task_runs(timeout=30.0, quiet=0.1):
    """Let the tasks a test set off finish before the flush that follows it: a worker thread still
    writing while the tables are truncated deadlocks the TRUNCATE (seen in CI after a collection run
    had reported itself done and its last task was still closing)."""
    from celery.worker import state

    deadline = time.monotonic() + timeout
    calm_since = None
    while time.monotonic() < deadline:
        now = time.monotonic()
        if state.active_requests:
            calm_since = None
        elif calm_since is None:
            calm_since = now
        elif now - calm_since >= quiet:
            return
        time.sleep(0.01)


@pytest.fixture
def seed_article_text():
    files = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.exists() else []
    if not files:
        pytest.skip(f"seed article not found in {SEED_DIR}")
    return files[0].read_text(encoding="utf-8")


def _user_in(group_name, username, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(username=username, password="x-" + uuid.uuid4().hex, is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def reporter(db, django_user_model):
    return _user_in("Reporter", "reporter", django_user_model)


@pytest.fixture
def checker(db, django_user_model):
    return _user_in("Fact-checker", "checker", django_user_model)


@pytest.fixture
def checker2(db, django_user_model):
    return _user_in("Fact-checker", "checker2", django_user_model)


@pytest.fixture
def publisher(db, django_user_model):
    return _user_in("Publisher", "publisher", django_user_model)


@pytest.fixture
def publisher2(db, django_user_model):
    return _user_in("Publisher", "publisher2", django_user_model)


@pytest.fixture
def readonly(db, django_user_model):
    return _user_in("Read-only staff", "readonly", django_user_model)


@pytest.fixture
def web(monkeypatch):
    """A local web server that the fetcher is explicitly allowed to reach (and nothing else private)."""
    from tests.httpserver import LocalHTTPServer

    with LocalHTTPServer() as server:
        monkeypatch.setenv("FETCH_ALLOW", server.netloc)
        monkeypatch.setenv("FETCH_POLITENESS_DELAY", "0")
        monkeypatch.setenv("FETCH_DEADLINE", "10")
        yield server
