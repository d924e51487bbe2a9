"""App config so Celery's autodiscovery finds workers/tasks.py."""

from django.apps import AppConfig


class WorkersConfig(AppConfig):
    name = "workers"
    verbose_name = "Background work"
