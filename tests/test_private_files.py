"""The secret key and the demo passwords are never readable by other local users, not even for a moment."""

import os
import stat
from pathlib import Path

import pytest

from factcheck.embedded import secret_key


@pytest.fixture
def no_late_chmod(monkeypatch):
    """Only the mode a file is created (or opened) with counts: a chmod afterwards comes too late."""
    monkeypatch.setattr(Path, "chmod", lambda self, mode, **kwargs: None)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_secret_key_file_is_created_private(tmp_path, no_late_chmod):
    key = secret_key(tmp_path)
    assert len(key) > 50 and _mode(tmp_path / "secret_key") == 0o600


@pytest.mark.django_db
def test_demo_passwords_file_is_written_private(tmp_path, settings, no_late_chmod):
    from claims.demo.accounts import demo_accounts_ensure

    settings.VAR_DIR = tmp_path
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    path = tmp_path / "demo-accounts.json"
    path.write_text("{}")
    os.chmod(path, 0o644)  # left by an older version
    demo_accounts_ensure()
    assert _mode(path) == 0o600
