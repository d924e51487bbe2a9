"""Lets this folder run without Django: `pytest -p no:django tests/claims/extraction`."""

import contextlib


def pytest_addoption(parser):
    # pyproject's addopts carry pytest-django flags; accept them when its plugin is switched off
    # (ValueError: pytest-django is loaded and owns the flag).
    for flag in ("--reuse-db", "--create-db"):
        with contextlib.suppress(ValueError):
            parser.addoption(flag, action="store_true", default=False, help="(pytest-django, unused here)")
