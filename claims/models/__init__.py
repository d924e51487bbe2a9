"""Domain model of the desk: articles, claims, sources and evidence, verdicts, the audit trail, API tokens."""

from claims.models.articles import Article, Feed, FeedItem, Snapshot
from claims.models.audit import Transition
from claims.models.claims import Claim
from claims.models.passages import CollectionCandidate, ManualSource, Passage
from claims.models.sources import CollectionRun, Evidence, Source
from claims.models.tokens import ApiToken
from claims.models.verdicts import Rating, RatingScale, Verdict
from claims.models.webhooks import WebhookAttempt, WebhookDelivery, WebhookSubscription

__all__ = [
    "ApiToken",
    "Article",
    "Claim",
    "CollectionCandidate",
    "CollectionRun",
    "Evidence",
    "Feed",
    "FeedItem",
    "ManualSource",
    "Passage",
    "Rating",
    "RatingScale",
    "Snapshot",
    "Source",
    "Transition",
    "Verdict",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookSubscription",
]
