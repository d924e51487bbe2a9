from django.db import migrations, models
from django.db.models import Q

EVIDENCE_FIELDS = ("passage", "start", "end", "relevance", "rank", "stance", "editor_stance", "pinned")
SOURCE_FIELDS = ("title", "url", "publisher", "kind", "language", "published_at")


def fill_snapshots(apps, schema_editor):
    """Approved and published versions show their cited evidence as it is now: the best record there is of
    what was approved (drafts get theirs at approval). The shape the service writes, in the order shown."""
    Evidence = apps.get_model("claims", "Evidence")
    Verdict = apps.get_model("claims", "Verdict")
    done = Q(approved_at__isnull=False) | Q(published_at__isnull=False)
    for verdict in Verdict.objects.filter(done, evidence_snapshot__isnull=True).only("pk").iterator():
        cited = (Evidence.objects.filter(cited_by=verdict).select_related("source").defer("source__text")
                 .order_by("-pinned", "rank", "-relevance", "id"))
        snapshot = []
        for item in cited:
            source = {"id": item.source_id, **{name: getattr(item.source, name) for name in SOURCE_FIELDS}}
            source["published_at"] = source["published_at"].isoformat() if source["published_at"] else None
            snapshot.append({"id": item.pk, **{name: getattr(item, name) for name in EVIDENCE_FIELDS},
                             "source": source})
        Verdict.objects.filter(pk=verdict.pk).update(evidence_snapshot=snapshot)


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0007_verdict_article_snapshot"),
    ]

    operations = [
        migrations.AddField(
            model_name="verdict",
            name="evidence_snapshot",
            field=models.JSONField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(fill_snapshots, migrations.RunPython.noop),
    ]
