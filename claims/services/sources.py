"""Sources of the desk: stored once per canonical URL (or text), split into passages the archive search finds.

`source_store` is the one way a document becomes a Source (sample corpus, connector results, fetched
pages); `source_fetch` fetches a URL safely and archives its bytes first; `archive_search` is the
desk-archive full-text search over the passages of sources and articles.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from claims.models import Article, Passage, Source
from claims.services.articles import page_read, snapshot_store, text_sha256
from claims.services.errors import DomainError

log = logging.getLogger(__name__)

MAX_SOURCE_CHARS = 2_000_000
KINDS = {value for value, _label in Source.Kind.choices}


def _language_of(text: str, language: str) -> str:
    from claims.extraction import detect_language

    return language if language in ("de", "en") else detect_language(text)


def _canonical(url: str) -> str:
    from workers.fetch import FetchError, canonical_url

    try:
        return canonical_url(url.strip())
    except FetchError as exc:
        raise DomainError(f"Not a usable source URL: {exc.message}", code=exc.code) from None


def _clean(text: str) -> str:
    from workers.fetching.content import clean_text

    return clean_text(text or "").strip()[:MAX_SOURCE_CHARS]


def passages_index(*, source: Source | None = None, article: Article | None = None) -> int:
    """(Re)build the passages of one source or article from its current text. Returns their number."""
    from claims.ranking import split_passages

    owner = source if source is not None else article
    text = owner.text or ""
    language = _language_of(text, owner.language) if text else ""
    rows = [
        Passage(source=source, article=article, start=start, end=end, text=text[start:end], language=language)
        for start, end in split_passages(text)
    ]
    with transaction.atomic():
        Passage.objects.filter(**({"source": source} if source is not None else {"article": article})).delete()
        Passage.objects.bulk_create(rows, batch_size=500)
    return len(rows)


@transaction.atomic
def source_store(
    *, url: str, text: str, title: str = "", publisher: str = "", language: str = "", published_at=None,
    kind: str = Source.Kind.ARCHIVE, is_sample: bool = False, snapshot=None, article=None, fetched_at=None,
) -> Source:
    """Store a document as a Source, or refresh the one already stored; running it again changes nothing.

    The canonical URL is the identity; a different URL with the same text (a syndicated copy) returns
    the source already stored. A changed text replaces the old one and its passages are rebuilt.
    """
    if kind not in KINDS:
        raise DomainError(f"Unknown source kind “{kind}”. Known: {', '.join(sorted(KINDS))}.", code="bad_kind")
    canonical = _canonical(url)
    text = _clean(text)
    sha = text_sha256(text) if text else ""
    fields = {
        "title": (title or "")[:500], "publisher": (publisher or "")[:200],
        "language": language if language in ("de", "en", "other") else "", "published_at": published_at,
    }
    source = Source.objects.select_for_update().filter(url=canonical).first()
    if source is None and sha:
        source = Source.objects.filter(content_sha256=sha).order_by("pk").first()
        if source is not None:
            return source  # same text under another URL: one source, shared
    if source is None:
        try:
            with transaction.atomic():
                source = Source.objects.create(
                    url=canonical, text=text, content_sha256=sha, kind=kind, is_sample=is_sample, snapshot=snapshot,
                    article=article, fetched_at=fetched_at or (timezone.now() if text else None), **fields,
                )
        except IntegrityError:  # another worker stored it meanwhile
            return Source.objects.get(url=canonical)
        if text:
            passages_index(source=source)
        return source
    changed = {name: value for name, value in fields.items() if value and getattr(source, name) != value}
    if snapshot is not None:
        changed["snapshot"] = snapshot
    if fetched_at is not None or snapshot is not None:
        changed["fetched_at"] = fetched_at or timezone.now()
    if article is not None and source.article_id is None:
        changed["article"] = article
    text_changed = bool(text) and sha != source.content_sha256
    if text_changed:
        changed.update(text=text, content_sha256=sha)
    if changed:
        for name, value in changed.items():
            setattr(source, name, value)
        source.save(update_fields=[*changed, "updated_at"])
    if text_changed or (text and not source.passages.exists()):
        passages_index(source=source)
    return source


def source_for_article(article: Article) -> Source:
    """The desk's own stored article as a source (no fetching: its text and snapshot are here)."""
    existing = Source.objects.filter(article=article).first()
    if existing is not None:
        return existing
    url = article.url or f"{settings.PUBLIC_BASE_URL.rstrip('/')}/api/v1/articles/{article.pk}/"
    return source_store(url=url, text=article.text, title=article.title, publisher=article.publisher,
                        language=article.language, published_at=article.published_at, kind=Source.Kind.ARCHIVE,
                        is_sample=article.is_sample, snapshot=article.snapshot, article=article)


class SourceFetchError(DomainError):
    code = "fetch_failed"


def source_fetch(*, url: str, kind: str, title: str = "", publisher: str = "", language: str = "",
                 published_at=None, policy=None) -> Source:
    """Fetch a document with the safe fetcher, archive its bytes, read its main text, store it as a Source.

    A source fetched less than SOURCES_REFETCH_AFTER seconds ago is reused; an older one is asked
    again conditionally (ETag / Last-Modified) and kept when unchanged. Raises SourceFetchError.
    """
    from workers.fetch import FetchError, fetch

    canonical = _canonical(url)
    existing = Source.objects.select_related("snapshot").filter(url=canonical).first()
    fresh_after = timezone.now() - timedelta(seconds=settings.SOURCES_REFETCH_AFTER)
    if existing is not None and existing.text and existing.fetched_at and existing.fetched_at >= fresh_after:
        return existing
    stored_article = Article.objects.filter(url=canonical).exclude(text="").first()
    if stored_article is not None and existing is None:
        return source_for_article(stored_article)
    headers = existing.snapshot.headers if existing is not None and existing.text and existing.snapshot_id else {}
    try:
        result = fetch(canonical, accept=("html", "text"), etag=headers.get("etag"),
                       last_modified=headers.get("last-modified"), policy=policy)
    except FetchError as exc:
        raise SourceFetchError(f"{exc.code}: {exc.message}", code=exc.code) from None
    if result.not_modified and existing is not None:
        Source.objects.filter(pk=existing.pk).update(fetched_at=timezone.now())
        return existing
    snapshot = snapshot_store(result)
    page = page_read(snapshot)
    if not page["text"]:
        raise SourceFetchError("no_text: no main text could be found on the page", code="no_text")
    return source_store(
        url=canonical, text=page["text"], title=title or page["title"], publisher=publisher or page["publisher"],
        language=_language_of(page["text"], ""),  # what the page says, not what a search engine guessed
        published_at=published_at or page["published_at"], kind=kind, snapshot=snapshot,
        fetched_at=result.fetched_at,
    )


def archive_index_pending(limit: int = 500) -> int:
    """Give passages to stored articles that have none yet (ingest stores text; search needs passages)."""
    todo = (Article.objects.filter(status=Article.Status.EXTRACTED, passages__isnull=True).exclude(text="")
            .order_by("-pk")[:limit])
    count = 0
    for article in todo:
        passages_index(article=article)
        count += 1
    return count


# --- desk archive search ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ArchiveHit:
    passage_id: int
    source_id: int | None
    article_id: int | None
    score: float


def _any(terms: list[str], configs: list[str], params: list) -> str:
    """SQL for "any of these words or names", each asked in every text-search configuration."""
    parts = []
    for term in terms:
        for config in configs:
            parts.append("plainto_tsquery(%s::regconfig, %s)")
            params.extend([config, term])
    return "(" + " || ".join(parts) + ")"


def _all(terms: list[str], configs: list[str], params: list) -> str:
    return "(" + " && ".join(_any([t], configs, params) for t in terms) + ")"


def _tiers(names: list[str], groups: list[list[str]], configs: list[str]) -> list[tuple[str, list]]:
    """Filter queries from most to least specific; each one's matches are a bounded candidate set."""
    words = [w for group in groups for w in group]
    tiers = []
    if len(names) >= 2 and words:
        params: list = []
        tiers.append((f"{_all(names, configs, params)} && {_any(words, configs, params)}", params))
    if names and words:
        params = []
        tiers.append((f"{_any(names, configs, params)} && {_any(words, configs, params)}", params))
    if names and not words:
        params = []
        tiers.append((_any(names, configs, params), params))
    params, pairs = [], []
    for group in groups:  # two key words of one language together: "Streik" and "Hafen", "strike" and "port"
        key = group[:PAIR_WORDS]
        pairs += [f"({_any([a], configs, params)} && {_any([b], configs, params)})"
                  for i, a in enumerate(key) for b in key[i + 1:]]
    if pairs:
        tiers.append(("(" + " || ".join(pairs) + ")", params))
    elif words and not names:
        params = []
        tiers.append((_any(words, configs, params), params))
    return tiers


PAIR_WORDS = 7


def archive_search(*, names: list[str], words: list[list[str]], extra: list[str] = (), exclude_article_ids=(),
                   limit: int = 50, candidates: int | None = None) -> list[ArchiveHit]:
    """Best passages of the archive for a claim's names and key words, across languages.

    `words` are groups of key words, one group per language (the claim's own words first). Each tier
    filters with the GIN index and ranks at most `candidates` matches with ts_rank_cd — ranking every
    match of a frequent word is what makes full-text search slow at a million rows; tiers run from the
    most specific (all names and a key word) down to pairs of key words, until `limit` passages are
    found. `extra` terms (full names, numbers in both spellings) only add to the rank.
    """
    candidates = candidates or settings.ARCHIVE_CANDIDATES
    names = [n for n in dict.fromkeys(names) if n.strip()]
    groups = [[w for w in dict.fromkeys(group) if w.strip()] for group in words]
    groups = [g for g in groups if g]
    if not names and not groups:
        return []
    configs = [{"de": "german", "en": "english"}.get(lang, "simple") for lang in settings.ARCHIVE_LANGUAGES]
    configs.append("simple")
    tiers = _tiers(names, groups, configs)
    rank_params: list = []
    rank_sql = _any([*names, *(w for g in groups for w in g), *extra], configs, rank_params)
    excluded = [int(a) for a in exclude_article_ids] or [0]
    hits: dict[int, ArchiveHit] = {}
    with connection.cursor() as cursor:
        # Build the tsqueries once; the search then sees constants (good estimates, no per-row rebuilding).
        cursor.execute("SELECT " + ", ".join(f"({sql})::text" for sql, _p in [(rank_sql, None), *tiers]),
                       [*rank_params, *(p for _sql, params in tiers for p in params)])
        rank_query, *filters = cursor.fetchone()
        for filter_query in filters:
            if not filter_query:
                continue  # only stopwords
            cursor.execute(
                "SELECT c.id, c.source_id, c.article_id, ts_rank_cd(c.search, %s::tsquery, 32) AS score "
                "FROM (SELECT id, source_id, article_id, search FROM claims_passage "
                "WHERE search @@ %s::tsquery AND (article_id IS NULL OR NOT article_id = ANY(%s)) LIMIT %s) c "
                "ORDER BY score DESC LIMIT %s",
                [rank_query or filter_query, filter_query, excluded, candidates, limit])
            for pid, source_id, article_id, score in cursor.fetchall():
                if pid not in hits:  # earlier tiers matched more of the claim: they stay ahead
                    hits[pid] = ArchiveHit(pid, source_id, article_id, float(score))
            if len(hits) >= limit:
                break
    return list(hits.values())[:limit]
