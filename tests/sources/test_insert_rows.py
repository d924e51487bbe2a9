"""insert_rows: many rows in one statement, with the model's defaults and unique constraints honoured."""

from datetime import UTC, datetime

import pytest
from django.utils import timezone

from claims.models import CollectionCandidate, CollectionRun, Evidence, Source
from claims.services.db import insert_rows
from tests.sources.conftest import article_with_claims

pytestmark = pytest.mark.django_db

TEXT = "Wien (Testagentur) - Es war das dritte Treffen der beiden Minister in diesem Jahr."


@pytest.fixture
def run():
    claim = article_with_claims(text=TEXT).claims.first()
    return CollectionRun.objects.create(claim=claim, status="running", stage="search")


def test_rows_get_defaults_and_timestamps_and_keep_their_values(run):
    before = timezone.now()
    seen = datetime(2026, 11, 18, 10, 15, 30, 123456, tzinfo=UTC)
    added = insert_rows(CollectionCandidate, [
        {"run_id": run.pk, "connector": "gdelt", "url": "https://example.org/a", "title": "Drittes „Treffen“ \\ 'x'",
         "published_at": seen},
        {"run_id": run.pk, "connector": "gdelt", "url": "https://example.org/b", "title": "", "published_at": None},
    ])
    assert added == 2
    a, b = CollectionCandidate.objects.filter(run=run).order_by("url")
    assert a.title == "Drittes „Treffen“ \\ 'x'" and a.published_at == seen  # microseconds kept
    assert a.kind == "web" and a.status == "pending" and a.error == "" and a.source_id is None  # model defaults
    assert a.created_at >= before and a.updated_at >= before
    assert b.published_at is None


def test_rows_that_break_a_unique_constraint_are_skipped_and_the_stored_one_kept(run):
    insert_rows(CollectionCandidate, [{"run_id": run.pk, "connector": "gdelt", "url": "https://example.org/a",
                                       "title": "first"}])
    added = insert_rows(CollectionCandidate, [
        {"run_id": run.pk, "connector": "feeds", "url": "https://example.org/a", "title": "second"},
        {"run_id": run.pk, "connector": "feeds", "url": "https://example.org/c", "title": "third"},
    ])
    assert added == 1
    assert dict(CollectionCandidate.objects.filter(run=run).values_list("url", "title")) == {
        "https://example.org/a": "first", "https://example.org/c": "third"}


def test_json_fields_go_in_as_json(run):
    source = Source.objects.create(url="https://example.org/s", title="S", text="Das dritte Treffen.")
    quantities = [{"kind": "ordinal", "value": 3, "unit": None, "surface": "dritte", "stance": "agrees"}]
    insert_rows(Evidence, [{"claim_id": run.claim_id, "source_id": source.pk, "start": 0, "end": 19,
                            "passage": source.text, "relevance": 0.5, "stance": "agrees", "quantities": quantities,
                            "run_id": run.pk}])
    row = Evidence.objects.get(claim_id=run.claim_id)
    assert row.quantities == quantities and row.relevance == 0.5 and not row.pinned and row.editor_stance == ""


def test_nothing_to_insert_is_no_statement(run, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert insert_rows(CollectionCandidate, []) == 0
