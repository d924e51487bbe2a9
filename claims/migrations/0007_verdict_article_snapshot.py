from django.db import migrations, models
from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import JSONObject


def fill_snapshots(apps, schema_editor):
    """Approved and published versions show their article as it is now: the best record there is of what
    was approved (drafts get theirs at approval). Dates become ISO 8601 text, as the service writes them."""
    Article = apps.get_model("claims", "Article")
    Verdict = apps.get_model("claims", "Verdict")
    article = Article.objects.filter(claims=OuterRef("claim_id"))
    done = Q(approved_at__isnull=False) | Q(published_at__isnull=False)
    shown = JSONObject(title="title", url="url", publisher="publisher", language="language",
                          published_at="published_at")
    Verdict.objects.filter(done, article_snapshot__isnull=True).update(
        article_snapshot=Subquery(article.values(shown=shown)[:1])
    )


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0006_verdict_claim_snapshot"),
    ]

    operations = [
        migrations.AddField(
            model_name="verdict",
            name="article_snapshot",
            field=models.JSONField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(fill_snapshots, migrations.RunPython.noop),
    ]
