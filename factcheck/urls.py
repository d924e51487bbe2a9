"""Top-level URLs: admin, API v1, schema and docs, probes."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from claims.admin.login import throttled_login
from factcheck import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/login/", throttled_login(admin.site.login)),  # before admin.site.urls: shadows its login
    path("admin/", admin.site.urls),
    path("api/v1/", include("claims.api.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("", include("claims.publishing.urls")),
]
if settings.BENCH_VIEWS:  # only `bench/api.py` turns this on: a bare view to compare the API with
    urlpatterns.append(path("bench/", include("bench._views")))

handler400 = "claims.api.handlers.bad_request"
handler404 = "claims.api.handlers.not_found"
handler500 = "claims.api.handlers.server_error"
