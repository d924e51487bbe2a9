"""schema.org ClaimReview for a verdict, and the DataFeed of all published ones.

Field choices follow Google's fact-check markup documentation: required claimReviewed, reviewRating
(with alternateName), url and author; recommended itemReviewed (a Claim with author, datePublished,
appearance / firstAppearance) and datePublished.
"""

from functools import lru_cache

from django.conf import settings
from django.db.models import Max, Min

from claims.models import Rating, Verdict
from claims.publishing.selectors import verdict_first_published_at, verdict_public_url

CONTEXT = "https://schema.org"


@lru_cache(maxsize=64)
def _scale_bounds(scale_id: int) -> tuple[int, int]:
    # Scales change rarely and only by migration or admin; a process restart picks changes up.
    row = Rating.objects.filter(scale_id=scale_id).aggregate(best=Max("value"), worst=Min("value"))
    return row["best"], row["worst"]


def scale_bounds_clear():
    _scale_bounds.cache_clear()


def _date(value):
    return value.isoformat() if value else None


def _organization() -> dict:
    return {"@type": "Organization", "name": settings.ORGANIZATION_NAME, "url": settings.ORGANIZATION_URL}


def _appearance(article) -> dict | None:
    if not article.url:
        return None  # pasted text has no public place to point to
    work = {"@type": "CreativeWork", "url": article.url}
    if article.title:
        work["headline"] = article.title
    if article.published_at:
        work["datePublished"] = _date(article.published_at)
    if article.publisher:
        work["publisher"] = {"@type": "Organization", "name": article.publisher}
    return work


def _item_reviewed(verdict: Verdict) -> dict:
    claim, speaker = verdict.claim, verdict.claim_fields()["speaker"]
    article = verdict.article_shown()  # as approved, not as the article reads now
    item = {"@type": "Claim", "text": claim.text}
    if speaker:
        item["author"] = {"@type": "Person", "name": speaker}
    elif article.publisher:
        item["author"] = {"@type": "Organization", "name": article.publisher}
    if article.published_at:
        item["datePublished"] = _date(article.published_at)
    appearance = _appearance(article)
    if appearance:
        item["appearance"] = [appearance]
        item["firstAppearance"] = appearance
    return item


def _review_rating(rating: Rating) -> dict:
    best, worst = _scale_bounds(rating.scale_id)
    return {
        "@type": "Rating",
        "ratingValue": rating.value,
        "bestRating": best,
        "worstRating": worst,
        "alternateName": rating.label,
        "name": rating.name_en,
    }


def claimreview_build(verdict: Verdict, *, first_published_at=None, context: bool = True) -> dict:
    """The ClaimReview of one verdict; `first_published_at` spares a query when the caller knows it."""
    first = first_published_at or verdict_first_published_at(verdict)
    review = {"@context": CONTEXT} if context else {}
    review.update({
        "@type": "ClaimReview",
        "url": verdict_public_url(verdict),
        "claimReviewed": verdict.headline,
        "reviewRating": _review_rating(verdict.rating),
        "itemReviewed": _item_reviewed(verdict),
        "author": _organization(),
        "datePublished": _date(first),
    })
    language = verdict.claim_fields()["language"]  # as approved, not as the claim reads now
    if language in ("de", "en"):
        review["inLanguage"] = language
    if verdict.supersedes_id and verdict.published_at:
        review["dateModified"] = _date(verdict.published_at)
    return review


def datafeed_build(verdicts, *, url: str, first_dates: dict) -> dict:
    """A schema.org DataFeed (one page of it): a DataFeedItem per published ClaimReview."""
    items = []
    for verdict in verdicts:
        review = claimreview_build(verdict, first_published_at=first_dates.get(verdict.pk), context=False)
        element = {"@type": "DataFeedItem", "dateCreated": review["datePublished"], "item": [review]}
        if verdict.published_at:
            element["dateModified"] = _date(verdict.published_at)
        items.append(element)
    modified = max((v.updated_at for v in verdicts), default=None)
    feed = {
        "@context": CONTEXT,
        "@type": "DataFeed",
        "name": f"{settings.ORGANIZATION_NAME}: ClaimReview",
        "url": url,
        "publisher": _organization(),
        "dataFeedElement": items,
    }
    if modified:
        feed["dateModified"] = _date(modified)
    return feed
