"""Demo accounts for a local install: one per role, passwords generated once and kept in var/."""

import json
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from factcheck.embedded import write_private

DEMO_ACCOUNTS = [
    ("admin", None),  # superuser
    ("reporter", "Reporter"),
    ("checker", "Fact-checker"),
    ("checker2", "Fact-checker"),
    ("publisher", "Publisher"),
    ("viewer", "Read-only staff"),
]


def demo_accounts_ensure() -> dict[str, str]:
    """Create missing demo users; return username -> password (kept in var/demo-accounts.json)."""
    path = settings.VAR_DIR / "demo-accounts.json"
    passwords = json.loads(path.read_text()) if path.exists() else {}
    User = get_user_model()
    for username, group in DEMO_ACCOUNTS:
        password = passwords.get(username) or secrets.token_urlsafe(9)
        user = User.objects.filter(username=username).first()
        if user is None:
            if group is None:
                user = User.objects.create_superuser(username=username, email="", password=password)
            else:
                user = User.objects.create_user(username=username, password=password, is_staff=True)
                user.groups.add(Group.objects.get(name=group))
        elif username not in passwords:
            continue  # an account someone made by hand: leave its password alone
        passwords[username] = password
    write_private(path, json.dumps(passwords, indent=2))
    return passwords
