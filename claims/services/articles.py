"""Ingesting articles: by URL (fetched safely in a task) or pasted text; duplicates found, never stored twice."""

import hashlib
import logging

from billiard.exceptions import SoftTimeLimitExceeded
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from claims.models import Article, Transition
from claims.services.audit import transition_record
from claims.services.db import commit_without_waiting_for_disk, insert_rows
from claims.services.errors import DomainError
from claims.services.text import refuse_unstorable_datetime

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 1_000_000
A = Article.Status


def text_sha256(text: str) -> str:
    """Hash of the text with whitespace runs collapsed, so re-pasted copies are recognised."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _clean_text(text: str) -> str:
    from workers.fetching.content import clean_text

    return clean_text(text).strip()


@transaction.atomic
def _create_or_get(lookup: dict, defaults: dict) -> tuple[Article, bool]:
    try:
        with transaction.atomic():  # a savepoint: the race loser reads the winner's row
            return Article.objects.create(**lookup, **defaults), True
    except IntegrityError:
        existing = Article.objects.filter(**lookup).first()
        if existing is None:
            raise
        return existing, False


def article_ingest(
    *, url=None, text=None, title="", language="", published_at=None, publisher="", user=None,
    is_sample=False, feed=None, enqueue=True,
) -> tuple[Article, bool]:
    """Store an article (or find the one already stored) and start its processing.

    Exactly one of `url` and `text`. Returns (article, created). A URL is checked without network
    here (a bad one raises DomainError with the fetcher's message) and fetched by a task.
    `enqueue=False` leaves processing to the caller (the ingest command works in its own process).
    """
    from claims.services.urls import url_canonical

    if bool(url) == bool(text):
        raise DomainError("Give either a URL or the article text, not both and not neither.", code="url_or_text")
    if language and language not in {"de", "en", "other"}:
        raise DomainError(f"Unknown language “{language}”: use de, en or other.", code="bad_language")
    refuse_unstorable_datetime("publication date", published_at)
    common = {"title": (title or "")[:500], "publisher": (publisher or "")[:200], "language": language or "",
              "published_at": published_at, "is_sample": is_sample, "feed": feed,
              "submitted_by": user if user is not None and user.is_authenticated else None}
    if url:
        canonical = url_canonical(url)
        article, created = _create_or_get({"url": canonical}, {"submitted_url": url.strip()[:2048], **common})
    else:
        cleaned = _clean_text(text)
        if not cleaned:
            raise DomainError("The article text is empty.", code="empty_text")
        if len(cleaned) > MAX_TEXT_CHARS:
            raise DomainError(
                f"The article text has {len(cleaned):,} characters; at most {MAX_TEXT_CHARS:,} are accepted.",
                code="text_too_long",
            )
        article, created = _create_or_get(
            {"url": None, "content_sha256": text_sha256(cleaned)}, {"text": cleaned, **common}
        )
    if created:
        transition_record(entity=Transition.Entity.ARTICLE, obj=article, action="ingest", from_state="",
                          to_state=article.status, actor=user, note=url or "pasted text")
        if enqueue:
            article_enqueue(article)
    return article, created


def article_enqueue(article: Article) -> None:
    """Send the article to the next stage after commit: fetching for URLs, extraction for text."""
    from workers.tasks_ingest import article_extract, article_fetch

    task = article_fetch if article.url and not article.snapshot_id else article_extract
    transaction.on_commit(lambda: task.delay(article.pk))


def _set_status(article: Article, to: str, *, error: str = "", **fields) -> bool:
    """Conditional update; False when the article moved on meanwhile (another worker finished it)."""
    updated = Article.objects.filter(pk=article.pk).exclude(status=A.EXTRACTED).update(
        status=to, error=error[:2000], updated_at=timezone.now(), **fields
    )
    article.status, article.error = to, error
    for name, value in fields.items():
        setattr(article, name, value)
    return bool(updated)


def article_fail(*, article_id: int, error: str) -> bool:
    """Mark an article that is still being processed as failed (its task timed out, recovery gave up)."""
    return bool(Article.objects.filter(pk=article_id, status__in=[A.QUEUED, A.FETCHING, A.EXTRACTING]).update(
        status=A.FAILED, error=error[:2000], updated_at=timezone.now()))


def article_fetch_and_store(*, article_id: int, policy=None) -> bool:
    """Fetch an article's URL and archive the bytes. False when there is nothing more to do.

    Only network work happens here (it runs on the I/O queue); reading the page is CPU work for
    `article_extract_claims`.
    """
    from workers.fetch import FetchError, fetch

    article = _claim_for_fetching(article_id)
    if article is None:  # gone, already read, or a duplicate
        return False
    try:
        result = fetch(article.url, accept=("html", "text"), policy=policy)
    except FetchError as exc:
        _set_status(article, A.FAILED, error=f"{exc.code}: {exc.message}")
        return False
    with transaction.atomic():  # archive and hand over in one commit
        commit_without_waiting_for_disk()  # a lost commit is fetched again by recovery
        return _set_status(article, A.EXTRACTING, snapshot=snapshot_store(result))


def _claim_for_fetching(article_id: int) -> Article | None:
    """Mark the article as fetching and read its URL in one statement (this runs for every article)."""
    table = Article._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET status = %s, updated_at = now() "  # noqa: S608 table name from the model
            f"WHERE id = %s AND url IS NOT NULL AND status NOT IN (%s, %s) RETURNING url",
            [A.FETCHING, article_id, A.EXTRACTED, A.DUPLICATE],
        )
        row = cursor.fetchone()
    return Article(pk=article_id, url=row[0], status=A.FETCHING) if row else None


def snapshot_of(result):
    """The archive row for what the server answered (its bytes, sha256 and retrieval time), unsaved."""
    from claims.models import Snapshot

    return Snapshot(
        url=result.url[:2048], final_url=result.final_url[:2048], status_code=result.status,
        content_type=(result.content_type or "")[:200], charset=result.charset or "", headers=result.headers,
        body=result.raw, sha256=result.sha256, fetched_at=result.fetched_at,
    )


def snapshot_store(result):
    """Archive what the server answered, with its sha256 and retrieval time."""
    snapshot = snapshot_of(result)
    snapshot.save(force_insert=True)
    return snapshot


# Below this many characters the quick reading may have missed the body: read again with the fallbacks.
THIN_TEXT_CHARS = 300


def page_read(snapshot, *, quick: bool = False, metadata: bool = True, need_date: bool = False) -> dict:
    """Main text, title, byline, publisher and date of an archived page (trafilatura).

    `quick` (what articles and sources use; the thorough reading is its fallback) skips trafilatura's
    fallback extractors and the free-text date search unless the main extractor finds too little text:
    a third of the time on ordinary article pages.
    Without `metadata` (the caller knows title, publisher and date already) only the text is read, in
    another third of the time. With `need_date`, a quick reading that finds no date in the markup is
    followed by the thorough one, which also looks for dates in the text.
    """
    import trafilatura
    from django.utils.dateparse import parse_date, parse_datetime
    from trafilatura.settings import set_date_params

    page = {"text": "", "title": "", "byline": "", "publisher": "", "published_at": None}
    body = bytes(snapshot.body).decode(snapshot.charset or "utf-8", errors="replace")
    if snapshot.content_type.startswith("text/plain"):
        page["text"] = _clean_text(body)
        return page
    options = {"url": snapshot.final_url, "include_comments": False, "include_tables": False}
    doc = None
    if quick:
        # Dates then come from markup only (meta tags, <time>, JSON-LD, the URL), not from the running text.
        doc = trafilatura.bare_extraction(body, fast=True, with_metadata=metadata,
                                          date_extraction_params=set_date_params(False), **options)
    if doc is None or len((doc.text or "").strip()) < THIN_TEXT_CHARS or (need_date and metadata and not doc.date):
        doc = trafilatura.bare_extraction(body, with_metadata=metadata, **options) or doc
    if doc is None:
        return page
    page["text"] = _clean_text(doc.text or "")
    page["title"] = doc.title or ""
    page["byline"] = doc.author or ""
    page["publisher"] = doc.sitename or ""
    if doc.date:
        parsed = parse_datetime(doc.date)
        if parsed is None and parse_date(doc.date):
            parsed = timezone.datetime.combine(parse_date(doc.date), timezone.datetime.min.time())
        if parsed is not None and timezone.is_naive(parsed):
            parsed = timezone.make_aware(parsed)  # a bare date: midnight in the desk's time zone
        page["published_at"] = parsed
    return page


def _article_read_page(article: Article) -> dict | None:
    """Text and metadata from the article's snapshot; None (and the status set) if empty or a duplicate."""
    page = page_read(article.snapshot, quick=True, need_date=True)
    if not page["text"]:
        _set_status(article, A.FAILED, error="no_text: no article text could be found on the page")
        return None
    sha = text_sha256(page["text"])
    fields = {
        "text": page["text"], "content_sha256": sha, "title": article.title or page["title"][:500],
        "byline": page["byline"][:300], "publisher": article.publisher or page["publisher"][:200],
        "published_at": article.published_at or page["published_at"],
    }
    # No ORDER BY ... LIMIT here: PostgreSQL would walk the primary key past every article to find none.
    same = Article.objects.filter(content_sha256=sha).exclude(pk=article.pk).values_list("pk", flat=True)
    original_id = min(same, default=None)
    if original_id is not None:  # syndicated copy: same text under another URL
        _set_status(article, A.DUPLICATE, duplicate_of_id=original_id, **fields)
        return None
    for name, value in fields.items():
        setattr(article, name, value)
    return fields


@transaction.atomic
def article_extract_claims(*, article_id: int, force: bool = False) -> int:
    """Extract and store the article's claims; running it again changes nothing. Returns new claims.

    `force` re-runs extraction on an extracted article: new spans are added, existing claims (and
    the editors' work on them) are kept as they are.
    """
    from claims.extraction import detect_language, extract_claims
    from claims.models import Claim

    commit_without_waiting_for_disk()  # extraction is idempotent; recovery redoes a lost commit
    article = Article.objects.select_for_update(of=("self",)).select_related("snapshot").filter(pk=article_id).first()
    if article is None:
        return 0
    if article.status == A.DUPLICATE or (article.status == A.EXTRACTED and not force):
        return 0
    page_fields = {}
    if article.snapshot_id and not article.text:
        page_fields = _article_read_page(article)
        if page_fields is None:
            return 0
    if not article.text:
        _set_status(article, A.FAILED, error="no_text: the article has no text to extract claims from")
        return 0
    language = article.language if article.language in {"de", "en"} else None
    try:
        found = extract_claims(article.text, language=language)
    except SoftTimeLimitExceeded:
        raise  # the task records the time limit as the reason
    except Exception as exc:  # a text that trips the extractor must show up as failed, not hang in a state
        log.exception("claim extraction failed for article %s", article.pk)
        _set_status(article, A.FAILED, error=f"extraction_error: {type(exc).__name__}: {exc}")
        return 0
    rows = [
        {"article_id": article.pk, "text": c.text, "start": c.start, "end": c.end,
         "speaker": (c.speaker or "")[:300], "language": c.language or "",
         "quantities": [q.to_dict() for q in c.quantities], "entities": list(getattr(c, "entities", []) or []),
         "score": round(c.score, 4)}
        for c in found
    ]
    known = set(article.claims.values_list("start", "end")) if article.status == A.EXTRACTED else set()
    insert_rows(Claim, rows)  # the (article, start, end) key makes reruns no-ops
    created = sum((row["start"], row["end"]) not in known for row in rows)
    if not article.language:
        article.language = detect_language(article.text) or ""  # "de", "en" or None
    from_state = article.status
    Article.objects.filter(pk=article.pk).update(
        status=A.EXTRACTED, error="", language=article.language, updated_at=timezone.now(), **page_fields
    )
    if from_state != A.EXTRACTED:
        transition_record(entity=Transition.Entity.ARTICLE, obj=article, action="extract", from_state=from_state,
                          to_state=A.EXTRACTED, note=f"{created} claim(s)")
    return created
