from django.db import migrations, models
from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import JSONObject


def fill_snapshots(apps, schema_editor):
    """Approved and published versions show what their claim says now: the best record there is of what
    was approved (drafts get theirs at approval)."""
    Claim = apps.get_model("claims", "Claim")
    Verdict = apps.get_model("claims", "Verdict")
    claim = Claim.objects.filter(pk=OuterRef("claim_id"))
    done = Q(approved_at__isnull=False) | Q(published_at__isnull=False)
    Verdict.objects.filter(done, claim_snapshot__isnull=True).update(
        claim_snapshot=Subquery(claim.values(snapshot=JSONObject(speaker="speaker", language="language"))[:1])
    )


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0005_sources_collection"),
    ]

    operations = [
        migrations.AddField(
            model_name="verdict",
            name="claim_snapshot",
            field=models.JSONField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(fill_snapshots, migrations.RunPython.noop),
    ]
