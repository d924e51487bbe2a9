"""Top-level URLs: admin, API v1, schema and docs, probes."""

from django.contrib import admin
from django.urls import path

from factcheck import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/", admin.site.urls),
]
