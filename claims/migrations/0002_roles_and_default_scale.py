"""Create the desk's role groups and the default German rating scale."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Frozen here on purpose: a migration must not change when claims/roles.py does later.
ROLES = {
    "Reporter": [
        "ingest_article", "add_article", "view_article", "view_claim", "change_claim", "add_manual_source",
        "add_source", "view_source", "view_evidence", "view_collectionrun", "view_rating", "view_ratingscale",
        "view_feed", "view_feeditem", "view_snapshot",
    ],
}
ROLES["Fact-checker"] = ROLES["Reporter"] + [
    "triage_claim", "assign_claim", "collect_sources", "pin_evidence", "change_evidence", "draft_verdict",
    "add_verdict", "change_verdict", "view_verdict", "view_transition",
]
ROLES["Publisher"] = ROLES["Fact-checker"] + [
    "approve_verdict", "publish_verdict", "correct_verdict", "retract_verdict", "add_feed", "change_feed",
    "change_article",
]
ROLES["Read-only staff"] = [
    "view_article", "view_claim", "view_source", "view_evidence", "view_collectionrun", "view_rating",
    "view_ratingscale", "view_feed", "view_feeditem", "view_snapshot", "view_transition", "view_verdict",
]

# label (German), English name, ClaimReview ratingValue (higher is truer)
DEFAULT_SCALE = [
    ("Richtig", "True", 8, "Die Behauptung stimmt."),
    ("Größtenteils richtig", "Mostly true", 7, "Stimmt im Kern; Details weichen ab."),
    ("Fehlender Kontext", "Missing context", 6, "Stimmt für sich, führt ohne Zusammenhang aber in die Irre."),
    ("Unbelegt", "Unproven", 5, "Es gibt keine belastbaren Belege dafür oder dagegen."),
    ("Teilweise falsch", "Partly false", 4, "Enthält richtige und falsche Teile."),
    ("Größtenteils falsch", "Mostly false", 3, "Im Kern falsch, mit einem wahren Element."),
    ("Manipuliert", "Manipulated", 2, "Bild, Video, Zitat oder Zahl wurde verfälscht."),
    ("Falsch", "False", 1, "Die Behauptung stimmt nicht."),
]


def forwards(apps, schema_editor):
    app_config = apps.get_app_config("claims")
    app_config.models_module = True  # historical apps have none; create_permissions needs a truthy one
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        perms = Permission.objects.filter(content_type__app_label="claims", codename__in=codenames)
        missing = set(codenames) - set(perms.values_list("codename", flat=True))
        if missing:
            raise RuntimeError(f"permissions missing for role {name}: {sorted(missing)}")
        group.permissions.set(perms)

    RatingScale = apps.get_model("claims", "RatingScale")
    Rating = apps.get_model("claims", "Rating")
    scale, created = RatingScale.objects.get_or_create(name="Standard", defaults={"is_default": True})
    if created:
        for label, name_en, value, description in DEFAULT_SCALE:
            Rating.objects.create(scale=scale, label=label, name_en=name_en, value=value, description=description)


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(forwards, backwards)]
