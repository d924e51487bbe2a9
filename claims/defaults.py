"""The desk's roles, their permissions and the default rating scale; created by data migrations.

`desk_defaults_ensure` is idempotent. A change to the roles here needs a new data migration that
calls it again, so existing installations get the change too.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

REPORTER = [
    "ingest_article", "add_article", "view_article", "view_claim", "change_claim", "add_manual_source",
    "add_source", "view_source", "view_evidence", "view_collectionrun", "view_rating", "view_ratingscale",
    "view_feed", "view_feeditem", "view_snapshot",
]
FACT_CHECKER = [
    *REPORTER, "triage_claim", "assign_claim", "collect_sources", "pin_evidence", "change_evidence",
    "draft_verdict", "add_verdict", "change_verdict", "view_verdict", "view_transition",
]
PUBLISHER = [
    *FACT_CHECKER, "approve_verdict", "publish_verdict", "correct_verdict", "retract_verdict", "add_feed",
    "change_feed", "change_article",
    # partners' webhook subscriptions and their delivery log (models from migration 0004)
    "add_webhooksubscription", "change_webhooksubscription", "delete_webhooksubscription",
    "view_webhooksubscription", "view_webhookdelivery", "view_webhookattempt",
]
READ_ONLY_STAFF = [
    "view_article", "view_claim", "view_source", "view_evidence", "view_collectionrun", "view_rating",
    "view_ratingscale", "view_feed", "view_feeditem", "view_snapshot", "view_transition", "view_verdict",
]
ROLES = {"Reporter": REPORTER, "Fact-checker": FACT_CHECKER, "Publisher": PUBLISHER,
         "Read-only staff": READ_ONLY_STAFF}

# label (German), English name, ClaimReview ratingValue (higher is truer), description
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


def desk_defaults_ensure(apps=global_apps, *, strict=True):
    """Create or update the role groups and create the default scale if there is none.

    Migrations pass strict=False: permissions of models a later migration creates are granted by
    that migration; at run time (strict) every listed permission must exist.
    """
    app_config = apps.get_app_config("claims")
    historical = getattr(app_config, "models_module", None) is None  # migration stubs lack the attribute
    if historical:  # create_permissions skips apps without a models module
        app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    if historical:
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        perms = list(Permission.objects.filter(content_type__app_label="claims", codename__in=codenames))
        missing = set(codenames) - {p.codename for p in perms}
        if missing and strict:
            raise RuntimeError(f"permissions missing for role {name}: {sorted(missing)}")
        group.permissions.set(perms)

    RatingScale = apps.get_model("claims", "RatingScale")
    Rating = apps.get_model("claims", "Rating")
    if not RatingScale.objects.exists():
        scale = RatingScale.objects.create(name="Standard", is_default=True)
        for label, name_en, value, description in DEFAULT_SCALE:
            Rating.objects.create(scale=scale, label=label, name_en=name_en, value=value, description=description)
