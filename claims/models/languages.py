"""Languages the desk works in."""

from django.db import models


class Language(models.TextChoices):
    GERMAN = "de", "Deutsch"
    ENGLISH = "en", "English"
    OTHER = "other", "Other"
