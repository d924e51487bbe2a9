"""Sample data for API and publishing tests (our own invented text, labelled as sample data)."""

from datetime import UTC, datetime

from claims.models import Article, Claim, Evidence, Rating, Source
from claims.services.workflow import verdict_draft, verdict_transition

CLAIM_TEXT = "[Beispiel] Die Ministerin sagte, die Inflation sei 2024 auf 2,9 Prozent gesunken."


def make_article(n=1, **fields):
    defaults = {
        "url": f"https://news.example.org/sample/{n}", "title": f"[Beispiel] Budgetdebatte {n}",
        "publisher": "Sample Wire", "language": "de", "published_at": datetime(2025, 12, 3, 9, 0, tzinfo=UTC),
        "text": CLAIM_TEXT + " Weitere Sätze folgen.", "status": Article.Status.EXTRACTED, "is_sample": True,
    }
    defaults.update(fields)
    return Article.objects.create(**defaults)


def make_claim(article, **fields):
    defaults = {
        "text": CLAIM_TEXT, "start": 0, "end": len(CLAIM_TEXT), "speaker": "Ministerin Beispiel", "language": "de",
        "status": Claim.Status.TRIAGED, "score": 0.8,
    }
    defaults.update(fields)
    return Claim.objects.create(article=article, **defaults)


def make_evidence(claim, n=1, **fields):
    source = Source.objects.create(
        url=f"https://stats.example.org/sample/{claim.pk}/{n}", title=f"[Sample] Verbraucherpreise {n}",
        publisher="Sample Statistics Office", language="de", is_sample=True,
        published_at=datetime(2025, 1, 15, tzinfo=UTC),
    )
    defaults = {
        "passage": "[Beispiel] Die Inflationsrate betrug 2024 im Jahresschnitt 2,9 Prozent.", "start": 0, "end": 70,
        "relevance": 0.9 - n / 100, "rank": n, "stance": Evidence.NumericStance.AGREES,
    }
    defaults.update(fields)
    return Evidence.objects.create(claim=claim, source=source, **defaults)


def rating(label="Richtig"):
    return Rating.objects.get(label=label)


def draft(claim, author, *, label="Richtig", headline="Ja, die Inflation lag 2024 bei 2,9 Prozent", evidence=()):
    return verdict_draft(
        claim=claim, user=author, rating=rating(label), headline=headline,
        summary="[Beispiel] Die Zahl stimmt.", body="[Beispiel] Erster Absatz.\n\nZweiter Absatz.", evidence=evidence,
    )


def publish(claim, author, publisher, **kwargs):
    verdict = draft(claim, author, **kwargs)
    verdict_transition(verdict=verdict, user=author, action="submit")
    verdict_transition(verdict=verdict, user=publisher, action="approve")
    verdict_transition(verdict=verdict, user=publisher, action="publish")
    verdict.refresh_from_db()
    return verdict


def correct_and_publish(verdict, corrector, approver, note="[Beispiel] Quelle ergänzt.", **changes):
    """A Publisher corrects (and may edit) the verdict; a second one approves and publishes: four eyes."""
    from claims.services.workflow import verdict_update

    correction = verdict_transition(verdict=verdict, user=corrector, action="correct", note=note)
    if changes:
        correction = verdict_update(verdict=correction, user=corrector, expected_version=None, **changes)
    verdict_transition(verdict=correction, user=corrector, action="submit")
    verdict_transition(verdict=correction, user=approver, action="approve")
    verdict_transition(verdict=correction, user=approver, action="publish")
    correction.refresh_from_db()
    return correction


def remigrate(before: str, after: str) -> None:
    """Migrate the claims app back to `before`, forward to `after` (its data migration then runs on the rows
    the test made), and on to the latest, whatever happens."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    with connection.cursor() as cursor:  # deferred FK checks would block ALTER TABLE in this transaction
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    executor = MigrationExecutor(connection)
    try:
        executor.migrate([("claims", before)])
        executor.loader.build_graph()
        executor.migrate([("claims", after)])
    finally:
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
