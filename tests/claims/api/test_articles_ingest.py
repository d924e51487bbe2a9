"""POST /api/v1/articles/: ingest by URL or text, duplicates, bad input, roles."""

import pytest
from rest_framework.test import APIClient

from claims.models import Article
from tests.claims.api.conftest import client_for
from tests.claims.ingest.conftest import GERMAN_PAGE
from tests.helpers import wait_for
from tests.httpserver import Response

TEXT = ("Die Stadt hat im vergangenen Jahr rund 2,4 Millionen Euro für neue Radwege ausgegeben, "
        "teilte das Rathaus am Freitag mit. Es war bereits das dritte Programm dieser Art.")


def test_pasted_text_is_accepted_then_known(reporter):
    client = client_for(reporter)
    first = client.post("/api/v1/articles/", {"text": TEXT, "title": "Radwege", "language": "de"}, format="json")
    assert first.status_code == 202, first.content
    body = first.json()
    assert body["status"] == "queued" and body["status_url"].endswith(f"/api/v1/articles/{body['id']}/")
    assert first["Location"] == body["status_url"]
    again = client.post("/api/v1/articles/", {"text": TEXT}, format="json")
    assert again.status_code == 200
    assert again.json()["id"] == body["id"]
    assert Article.objects.count() == 1


@pytest.mark.parametrize("payload, fragment", [
    ({}, "either `url` or `text`"),
    ({"url": "https://example.org/a", "text": "x"}, "either `url` or `text`"),
    ({"url": "http://169.254.169.254/latest/meta-data/"}, "169.254.169.254"),
    ({"url": "http://[::1]/"}, "::1"),
    ({"url": "file:///etc/passwd"}, "http"),
    ({"url": "http://0x7f000001/"}, "0x7f000001"),
    ({"url": "https://example.org/" + "ä" * 1000}, "2048"),
    ({"text": "   "}, "empty"),
    ({"text": TEXT, "language": "fr"}, "language"),
    ({"text": TEXT, "status": "extracted"}, "status: this field cannot be set"),  # not silently dropped
    ({"text": TEXT, "lang": "de"}, "lang: this field cannot be set"),
    ({"text": TEXT, "published_at": "0001-01-01T00:00:00"}, "published_at"),  # naive, read in Vienna: before year 1
    ({"text": TEXT, "published_at": "0001-01-01T00:00:00+05:00"}, "published_at"),
])
def test_bad_input_is_a_400_naming_the_problem(reporter, payload, fragment):
    response = client_for(reporter).post("/api/v1/articles/", payload, format="json")
    assert response.status_code == 400, response.content
    assert fragment.lower() in response.content.decode().lower()
    assert not Article.objects.exists()


def test_roles_without_ingest_permission_are_refused(readonly, db):
    assert client_for(readonly).post("/api/v1/articles/", {"text": TEXT}, format="json").status_code == 403
    assert APIClient().post("/api/v1/articles/", {"text": TEXT}, format="json").status_code in (401, 403)
    assert not Article.objects.exists()


def test_url_is_fetched_and_its_claims_show_on_the_status_url(celery_worker, web, reporter):
    web.add("/story", Response(body=GERMAN_PAGE, content_type="text/html; charset=utf-8"))
    client = client_for(reporter)
    response = client.post("/api/v1/articles/", {"url": web.url("/story") + "?utm_source=x"}, format="json")
    assert response.status_code == 202
    status_url = response.json()["status_url"]
    done = wait_for(lambda: (lambda b: b if b["status"] in {"extracted", "failed"} else None)(
        client.get(status_url).json()), timeout=30, message="the article to be extracted")
    assert done["status"] == "extracted", done["error"]
    assert done["url"] == web.url("/story")
    assert any(q["kind"] == "percent" and q["value"] == 4.7 for c in done["claims"] for q in c["quantities"])
    duplicate = client.post("/api/v1/articles/", {"url": web.url("/story")}, format="json")
    assert duplicate.status_code == 200 and duplicate.json()["id"] == done["id"]
