"""The README's configuration is what an installer relies on: every variable the code reads is named there."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _read(path):
    return (ROOT / path).read_text(encoding="utf-8")


def test_every_variable_the_settings_read_is_in_the_readme():
    readme = _read("README.md")
    names = set(re.findall(r'env_(?:str|bool|int|float|list)\("([A-Z0-9_]+)"', _read("factcheck/settings.py")))
    names |= set(re.findall(r'"(FETCH_[A-Z_]+)"', _read("workers/fetching/policy.py")))
    names |= set(re.findall(r'os\.environ\.get\("([A-Z_]+)"', _read("workers/management/commands/runstack.py")))
    assert len(names) > 50
    missing = sorted(name for name in names if f"`{name}`" not in readme)
    assert not missing, f"not in README.md: {missing}"
