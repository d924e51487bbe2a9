"""Routes of API v1, mounted at /api/v1/ under the namespace "api"."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from claims.api.views.articles import ArticleViewSet, CollectionRunViewSet
from claims.api.views.auth import TokenView
from claims.api.views.claimreview import ClaimReviewFeedViewSet
from claims.api.views.claims import ClaimViewSet
from claims.api.views.evidence import EvidenceViewSet
from claims.api.views.ratings import RatingViewSet
from claims.api.views.verdicts import VerdictViewSet

app_name = "api"

router = SimpleRouter()
router.register("articles", ArticleViewSet, basename="article")
router.register("claims", ClaimViewSet, basename="claim")
router.register("evidence", EvidenceViewSet, basename="evidence")
router.register("verdicts", VerdictViewSet, basename="verdict")
router.register("collection-runs", CollectionRunViewSet, basename="collectionrun")
router.register("ratings", RatingViewSet, basename="rating")
router.register("claimreview", ClaimReviewFeedViewSet, basename="claimreview-feed")

urlpatterns = [
    path("auth/token/", TokenView.as_view(), name="auth-token"),
    *router.urls,
]
