"""Admin buttons that call the collection service (issue 5): collect sources, add a source by URL, run progress."""

import pytest
from django.urls import reverse

from claims.models import CollectionRun, Source
from tests.claims.admin.conftest import messages_of

collection = pytest.importorskip("claims.services.collection", reason="the collection service is not built yet")


def test_collect_button_starts_a_run_and_the_page_shows_it(client_for, checker, claim):
    client = client_for(checker)
    response = client.post(reverse("admin:claims_claim_act", args=[claim.pk]), {"action": "collect"})
    run = CollectionRun.objects.get(claim=claim)
    assert response.status_code == 302 and response["Location"].endswith("#collection")
    assert messages_of(response) == [f"Source collection started (run {run.pk})."]
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert f"<strong>Run {run.pk}</strong>" in page


def test_bulk_collect_starts_one_run_per_claim(client_for, checker, claims):
    response = client_for(checker).post(reverse("admin:claims_claim_changelist"), {
        "action": "collect_sources", "_selected_action": [c.pk for c in claims[:2]]})
    assert messages_of(response) == ["Source collection started for 2 claim(s)."]
    assert CollectionRun.objects.filter(claim__in=claims[:2]).count() == 2


def test_add_source_by_url_and_a_refused_url(client_for, reporter, claim):
    client = client_for(reporter)
    act = reverse("admin:claims_claim_act", args=[claim.pk])
    added = client.post(act, {"action": "add_source", "url": "https://quellen.example.org/bericht?utm_source=x"})
    assert added.status_code == 302
    source = Source.objects.get()
    assert messages_of(added) == [f"Source {source.url} added; its text is being fetched."]
    refused = client.post(act, {"action": "add_source", "url": "ftp://quellen.example.org/x"})
    assert refused.status_code == 302 and len(messages_of(refused)) == 1
    assert Source.objects.count() == 1


def test_run_errors_are_shown_escaped(client_for, checker, claim):
    CollectionRun.objects.create(
        claim=claim, status=CollectionRun.Status.PARTIAL,
        connectors={"news": {"status": "failed", "candidates": 0, "seconds": 1.5, "error": "<b>timeout</b>"}},
        errors=[{"connector": "news", "code": "timeout", "message": "<script>alert(1)</script> took too long"}],
    )
    page = client_for(checker).get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert "news: &lt;script&gt;alert(1)&lt;/script&gt; took too long" in page
    assert "&lt;b&gt;timeout&lt;/b&gt;" in page and "<script>alert(1)" not in page
