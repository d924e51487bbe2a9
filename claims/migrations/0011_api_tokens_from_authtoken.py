"""DRF authtoken keys become API tokens (their SHA-256 digest only), so deployed integrations keep working.

rest_framework.authtoken is no longer installed, so its table is read by name when an installation has
one, and emptied afterwards: no plaintext key stays in the database. The empty table is left in place
(authtoken's migrations stay recorded as applied, so reinstalling that app would find what it expects).
The migrated tokens never expire, as before; staff find them in the admin as "Legacy token" and replace them.
Unapplying this migration cannot bring the plaintext keys back: it leaves the migrated tokens as they are.
"""

import hashlib

from django.db import migrations

LEGACY_TABLE = "authtoken_token"


def migrate_legacy_keys(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        if LEGACY_TABLE not in connection.introspection.table_names(cursor):
            return  # installed after authtoken was dropped: nothing to carry over
        cursor.execute(f"SELECT key, user_id, created FROM {LEGACY_TABLE}")  # noqa: S608 (a constant)
        rows = cursor.fetchall()
    ApiToken = apps.get_model("claims", "ApiToken")
    for key, user_id, created in rows:
        # The same digest as claims.services.tokens.token_digest (kept here: migrations must not change).
        ApiToken.objects.get_or_create(
            digest=hashlib.sha256(key.encode()).hexdigest(),
            defaults={"user_id": user_id, "name": "Legacy token", "prefix": key[:8], "created_at": created,
                      "expires_at": None},
        )
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {LEGACY_TABLE}")  # noqa: S608 (a constant)


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0010_api_tokens'),
    ]

    operations = [
        migrations.RunPython(migrate_legacy_keys, migrations.RunPython.noop, elidable=False),
    ]
