import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_roles_and_default_scale"),
    ]

    operations = [
        migrations.AddField(
            model_name="snapshot",
            name="charset",
            field=models.CharField(blank=True, help_text="Codec the body was decoded with.", max_length=40),
        ),
        migrations.AddField(
            model_name="article",
            name="duplicate_of",
            field=models.ForeignKey(
                blank=True, help_text="Another URL served the same text; its claims live on that article.",
                null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="duplicates",
                to="claims.article",
            ),
        ),
        migrations.AlterField(
            model_name="article",
            name="status",
            field=models.CharField(
                choices=[("queued", "Queued"), ("fetching", "Fetching"), ("extracting", "Extracting claims"),
                         ("extracted", "Extracted"), ("duplicate", "Duplicate of another article"),
                         ("failed", "Failed")],
                db_index=True, default="queued", max_length=16,
            ),
        ),
    ]
