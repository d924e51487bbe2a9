"""Public pages: one per fact check."""

from django.urls import path

from claims.publishing.pages import verdict_page

urlpatterns = [
    path("verdicts/<slug:slug>/", verdict_page, name="public-verdict"),
]
