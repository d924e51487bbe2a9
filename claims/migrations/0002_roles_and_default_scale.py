"""Create the desk's role groups and the default German rating scale."""

from django.db import migrations

from claims.defaults import ROLES, desk_defaults_ensure


def forwards(apps, schema_editor):
    desk_defaults_ensure(apps, strict=False)


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(forwards, backwards)]
