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
from django.db.models import Q
from django.utils import timezone

from claims.models import Article, Passage, Source
from claims.services.articles import page_read, snapshot_of, text_sha256
from claims.services.errors import DomainError

log = logging.getLogger(__name__)

MAX_SOURCE_CHARS = 2_000_000
KINDS = {value for value, _label in Source.Kind.choices}


def _language_of(text: str, language: str) -> str:
    from claims.extraction import detect_language

    return language if language in ("de", "en") else detect_language(text)


def _canonical(url: str) -> str:
    from claims.services.urls import url_canonical

    try:
        return url_canonical(url, check=False)
    except DomainError as exc:
        raise DomainError(f"Not a usable source URL: {exc.message}", code=exc.code) from None


def _clean(text: str) -> str:
    from workers.fetching.content import clean_text

    return clean_text(text or "").strip()[:MAX_SOURCE_CHARS]


def passages_index(*, source: Source | None = None, article: Article | None = None, fresh: bool = False) -> int:
    """(Re)build the passages of one source or article from its current text. Returns their number.

    `fresh`: the row was just created and has no passages yet (saves a DELETE on the hot path).
    """
    from claims.ranking import split_passages

    owner = source if source is not None else article
    text = owner.text or ""
    language = _language_of(text, owner.language) if text else ""
    rows = [
        Passage(source=source, article=article, start=start, end=end, text=text[start:end], language=language)
        for start, end in split_passages(text)
    ]
    if fresh:
        Passage.objects.bulk_create(rows, batch_size=500)
        return len(rows)
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
        "title": _clean(title)[:500], "publisher": _clean(publisher)[:200],  # connectors' JSON may escape a NUL
        "language": language if language in ("de", "en", "other") else "", "published_at": published_at,
    }
    # One query for both identities: the URL (this source again) and the text (a copy under another URL).
    found = list(Source.objects.select_for_update().filter(Q(url=canonical) | Q(content_sha256=sha) if sha
                                                            else Q(url=canonical)).order_by("pk")[:5])
    source = next((s for s in found if s.url == canonical), None)
    if source is None and found:
        return found[0]  # same text under another URL: one source, shared
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
            passages_index(source=source, fresh=True)
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


def source_download(*, url: str, existing: Source | None = None, policy=None):
    """Fetch one page: network only, no database (safe in any thread). Raises SourceFetchError.

    With an existing source the request is conditional (its ETag / Last-Modified); a 304 comes back
    as a result with `not_modified`.
    """
    from workers.fetch import FetchError, fetch

    headers = existing.snapshot.headers if existing is not None and existing.text and existing.snapshot_id else {}
    try:
        return fetch(url, accept=("html", "text"), etag=headers.get("etag"),
                     last_modified=headers.get("last-modified"), policy=policy)
    except FetchError as exc:
        raise SourceFetchError(f"{exc.code}: {exc.message}", code=exc.code) from None


def page_of(snapshot, *, title="", publisher="", published_at=None) -> dict:
    """The page's main text and metadata (page_read on the unsaved snapshot, before it is archived).

    Sources come by the hundred: the quick reading (which falls back to the thorough one on thin pages),
    and no metadata when what the connector said already gives title, publisher and date (what the page
    says would not be used)."""
    page = page_read(snapshot, quick=True, metadata=not (title and publisher and published_at))
    if not page["text"]:
        raise SourceFetchError("no_text: no main text could be found on the page", code="no_text")
    return page


def fetched_document(result, page: dict, snapshot, *, kind: str, title="", publisher="", published_at=None) -> dict:
    """source_store arguments for a downloaded page; its snapshot (bytes, sha256, time) is archived first
    unless the caller archived it already."""
    if snapshot.pk is None:
        snapshot.save(force_insert=True)
    return {
        "url": result.url, "text": page["text"], "title": title or page["title"],
        "publisher": publisher or page["publisher"],
        "language": _language_of(page["text"], ""),  # what the page says, not what a search engine guessed
        "published_at": published_at or page["published_at"], "kind": kind,
        "snapshot": snapshot,
        "fetched_at": result.fetched_at,
    }


def source_fetch(*, url: str, kind: str, title: str = "", publisher: str = "", language: str = "",
                 published_at=None, policy=None) -> Source:
    """Fetch one document with the safe fetcher, archive its bytes, read its main text, store it as a Source.

    A source fetched less than SOURCES_REFETCH_AFTER seconds ago is reused; an older one is asked
    again conditionally and kept when unchanged; a stored article is used as it is. Raises
    SourceFetchError. (Collection runs fetch many at once: claims.services.collection.)
    """
    canonical = _canonical(url)
    existing = Source.objects.select_related("snapshot").filter(url=canonical).first()
    if source_is_fresh(existing):
        return existing
    if existing is None:
        stored_article = Article.objects.filter(url=canonical).exclude(text="").first()
        if stored_article is not None:
            return source_for_article(stored_article)
    result = source_download(url=canonical, existing=existing, policy=policy)
    if result.not_modified:
        Source.objects.filter(pk=existing.pk).update(fetched_at=timezone.now())
        return existing
    snapshot = snapshot_of(result)
    page = page_of(snapshot, title=title, publisher=publisher, published_at=published_at)
    with transaction.atomic():
        return source_store(**fetched_document(result, page, snapshot, kind=kind, title=title, publisher=publisher,
                                               published_at=published_at))


def source_is_fresh(source: Source | None) -> bool:
    fresh_after = timezone.now() - timedelta(seconds=settings.SOURCES_REFETCH_AFTER)
    return source is not None and bool(source.text) and source.fetched_at is not None \
        and source.fetched_at >= fresh_after


@transaction.atomic
def source_store_many(docs: list[dict]) -> list[Source]:
    """source_store for many documents in a few statements (one lookup, one insert each for sources and
    passages); the same rules: one source per canonical URL, a copy of a stored text is that source."""
    from claims.ranking import split_passages

    prepared = []
    for doc in docs:
        text = _clean(doc["text"])
        prepared.append((_canonical(doc["url"]), text, text_sha256(text) if text else "", doc))
    urls = {p[0] for p in prepared}
    shas = {p[2] for p in prepared if p[2]}
    found = Source.objects.select_for_update().filter(Q(url__in=urls) | Q(content_sha256__in=shas)).order_by("pk")
    by_url, by_sha = {}, {}
    for source in found:
        by_url[source.url] = source
        by_sha.setdefault(source.content_sha256, source)
    out: list[Source | None] = [None] * len(prepared)
    new: list[tuple[int, Source]] = []
    for i, (url, text, sha, doc) in enumerate(prepared):
        if url in by_url:
            out[i] = by_url[url] if by_url[url].pk is None else source_store(**doc)  # refresh: the one-by-one rules
        elif sha and sha in by_sha:
            out[i] = by_sha[sha]
        else:
            language = doc.get("language") or ""
            source = Source(url=url, text=text, content_sha256=sha, kind=doc.get("kind", Source.Kind.WEB),
                            title=(doc.get("title") or "")[:500], publisher=(doc.get("publisher") or "")[:200],
                            language=language if language in ("de", "en", "other") else "",
                            published_at=doc.get("published_at"), snapshot=doc.get("snapshot"),
                            fetched_at=doc.get("fetched_at") or timezone.now(), is_sample=doc.get("is_sample", False))
            by_url[url] = source
            if sha:
                by_sha[sha] = source
            new.append((i, source))
            out[i] = source
    if new:
        try:
            with transaction.atomic():
                Source.objects.bulk_create([source for _i, source in new])
        except IntegrityError:  # another worker stored one of them meanwhile: one by one
            for i, _source in new:
                out[i] = source_store(**prepared[i][3])
            return out
        rows = []
        for _i, source in new:
            language = _language_of(source.text, source.language)
            rows += [Passage(source=source, start=a, end=b, text=source.text[a:b], language=language)
                     for a, b in split_passages(source.text)]
        Passage.objects.bulk_create(rows, batch_size=1000)
    return out


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


def _lexemes(cursor, terms: list[str], configs: list[str]) -> dict[str, str]:
    """Each term as a tsquery fragment, asked in every configuration at once: "Südmark" ->
    "( 'sudmark' | 'südmark' )". Identical fragments of different configurations count once."""
    terms = list(dict.fromkeys(terms))
    if not terms:
        return {}
    cursor.execute(
        "SELECT t.i, plainto_tsquery(c.cfg::regconfig, t.term)::text FROM unnest(%s::text[]) WITH ORDINALITY "
        "AS t(term, i), unnest(%s::text[]) AS c(cfg)", [terms, configs])
    parts: dict[int, list[str]] = {}
    for index, fragment in cursor.fetchall():
        if fragment and fragment not in parts.setdefault(index, []):
            parts[index].append(fragment)
    return {terms[i - 1]: "( " + " | ".join(f"( {f} )" for f in found) + " )" for i, found in parts.items() if found}


def _any(terms: list[str], lexemes: dict[str, str]) -> str:
    found = list(dict.fromkeys(lexemes[t] for t in terms if t in lexemes))
    return "( " + " | ".join(found) + " )" if found else ""


def _tiers(names: list[str], groups: list[list[str]], lexemes: dict[str, str]) -> list[str]:
    """Filter queries from most to least specific; each one's matches are a bounded candidate set."""
    names = [n for n in names if n in lexemes]
    groups = [[w for w in g if w in lexemes] for g in groups]
    words = [w for group in groups for w in group]
    tiers = []
    if len(names) >= 2 and words:
        tiers.append(" & ".join(lexemes[n] for n in names) + " & " + _any(words, lexemes))
    if names and words:
        tiers.append(f"{_any(names, lexemes)} & {_any(words, lexemes)}")
    if names and not words:
        tiers.append(_any(names, lexemes))
    pairs = []
    for group in groups:  # two key words of one language together: "Streik" and "Hafen", "strike" and "port"
        key = group[:PAIR_WORDS]
        pairs += [f"( {lexemes[a]} & {lexemes[b]} )" for i, a in enumerate(key) for b in key[i + 1:]
                  if lexemes[a] != lexemes[b]]
    if pairs:
        tiers.append(" | ".join(dict.fromkeys(pairs)))
    elif words and not names:
        tiers.append(_any(words, lexemes))
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
    if not names and not any(groups):
        return []
    configs = [{"de": "german", "en": "english"}.get(lang, "simple") for lang in settings.ARCHIVE_LANGUAGES]
    configs.append("simple")
    excluded = [int(a) for a in exclude_article_ids] or [0]
    hits: dict[int, ArchiveHit] = {}
    with connection.cursor() as cursor:
        # The query is built once from PostgreSQL's own lexemes; the search then sees constants.
        lexemes = _lexemes(cursor, [*names, *(w for g in groups for w in g), *extra], configs)
        rank_query = _any([*names, *(w for g in groups for w in g), *extra], lexemes)
        for filter_query in _tiers(names, groups, lexemes):
            cursor.execute(
                "SELECT c.id, c.source_id, c.article_id, ts_rank_cd(c.search, %s::tsquery, 32) AS score "
                "FROM (SELECT id, source_id, article_id, search FROM claims_passage "
                "WHERE search @@ %s::tsquery AND (article_id IS NULL OR NOT article_id = ANY(%s)) LIMIT %s) c "
                "ORDER BY score DESC LIMIT %s",
                [rank_query, filter_query, excluded, candidates, limit])
            for pid, source_id, article_id, score in cursor.fetchall():
                if pid not in hits:  # earlier tiers matched more of the claim: they stay ahead
                    hits[pid] = ArchiveHit(pid, source_id, article_id, float(score))
            if len(hits) >= limit:
                break
    return list(hits.values())[:limit]
