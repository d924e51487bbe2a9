"""Turning a run's sources into evidence: rank their passages for the claim and upsert Evidence rows.

Evidence is keyed by (claim, source, start, end): a second run refreshes relevance, rank, stance and
quantities and never duplicates; what editors set (pinned, editor_stance) is never touched.
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from claims.models import Claim, CollectionCandidate, Evidence, ManualSource, Passage, Source
from claims.ranking import PassageInput, claim_profile, rank_passages, stance_add
from claims.ranking.text import fold, words
from claims.services.db import commit_without_waiting_for_disk, insert_rows
from claims.services.sources import passages_index


def claim_quantities(claim: Claim) -> list[dict]:
    """The claim's quantities with offsets into the claim's own text (stored ones count from the article)."""
    from claims.extraction import extract_quantities

    out = []
    for q in claim.quantities or []:
        surface = q.get("surface") or ""
        start = int(q.get("start", 0)) - claim.start
        if not (start >= 0 and claim.text[start:start + len(surface)] == surface):
            start = claim.text.find(surface) if surface else -1
        if start < 0:
            continue
        out.append({**q, "start": start, "end": start + len(surface)})
    if not out and not claim.quantities:
        language = claim.language if claim.language in ("de", "en") else None
        out = [q.to_dict() for q in extract_quantities(claim.text, language)]
    return out


def own_article_filter(claim: Claim):
    """Sources that are the claim's own article (or a copy of it) under any URL."""
    from django.db.models import Q

    article = claim.article
    ids = [article.pk, *article.duplicates.values_list("pk", flat=True)]
    if article.duplicate_of_id:
        ids.append(article.duplicate_of_id)
    own = Q(article_id__in=ids)
    if article.url:
        own |= Q(url=article.url)
    if article.content_sha256:
        own |= Q(content_sha256=article.content_sha256)
    return own


def _chosen(claim: Claim, sources: list[Source], manual_ids: set[int]) -> list[tuple]:
    """(source id, start, end, text, Scored) of the passages that become evidence, best first."""
    passages: dict[int, list] = {}
    indexed = set(Passage.objects.filter(source_id__in=[s.pk for s in sources]).values_list("source_id", flat=True)
                  .distinct())
    for source in sources:
        if source.text and source.pk not in indexed:
            passages_index(source=source)
    rows = Passage.objects.filter(source_id__in=[s.pk for s in sources]).order_by("source_id", "start").values_list(
        "source_id", "start", "end", "text", "language")  # ordered: ties and duplicates go to the first source
    languages = {}
    for source_id, start, end, text, language in rows:
        key = (source_id, start, end, text)
        languages[key] = language
        passages.setdefault(source_id, []).append(PassageInput(key, text, language))
    profile = claim_profile(text=claim.text, language=claim.language, entities=claim.entities,
                            quantities=claim_quantities(claim), context=claim.article.title)
    regular = [p for sid, items in passages.items() if sid not in manual_ids for p in items]
    # Relevance first for all; numbers (the costly part) only for the passages that can make the cut.
    ranked = rank_passages(profile, regular, min_relevance=settings.SOURCES_MIN_RELEVANCE, with_stance=False)
    per_source: dict[int, int] = {}
    shortlist, seen = [], set()
    for scored in ranked:
        source_id = scored.key[0]
        if per_source.get(source_id, 0) >= settings.SOURCES_PASSAGES_PER_SOURCE:
            continue
        # An agency paragraph carried by several outlets is one piece of evidence, not several agreeing ones.
        wording = tuple(fold(w) for w in words(scored.key[3]))
        if wording in seen:
            continue
        seen.add(wording)
        per_source[source_id] = per_source.get(source_id, 0) + 1
        shortlist.append(scored)
        if len(shortlist) >= settings.SOURCES_MAX_EVIDENCE + 10:
            break
    for scored in shortlist:
        stance_add(profile, scored, scored.key[3], languages[scored.key])
    shortlist.sort(key=lambda s: -s.relevance)
    chosen = [(*s.key, s) for s in shortlist[: settings.SOURCES_MAX_EVIDENCE]]
    # An editor asked for these sources: their best passages show even when they score low.
    for source_id in manual_ids:
        ranked_manual = rank_passages(profile, passages.get(source_id, []), min_relevance=0.0)
        chosen.extend((*s.key, s) for s in ranked_manual[: settings.SOURCES_PASSAGES_PER_SOURCE])
    return chosen


@transaction.atomic
def evidence_rank(*, run) -> dict[int, int]:
    """Rank the passages of the run's sources and upsert the claim's evidence. Returns source id -> rows."""
    commit_without_waiting_for_disk()  # ranking again gives the same rows; the run's end is committed safely
    claim = Claim.objects.select_related("article").get(pk=run.claim_id)
    source_ids = set(run.found.filter(status=CollectionCandidate.Status.STORED, source__isnull=False)
                     .values_list("source_id", flat=True))
    # Fetched copies of the claim's article were skipped when fetched; stored ones are excluded here.
    sources = list(Source.objects.filter(pk__in=source_ids).exclude(own_article_filter(claim)))
    manual_ids = set(ManualSource.objects.filter(claim=claim, source_id__in=[s.pk for s in sources])
                     .values_list("source_id", flat=True))
    chosen = _chosen(claim, sources, manual_ids)
    examined = [s.pk for s in sources]
    existing = {(e.source_id, e.start, e.end): e for e in Evidence.objects.select_for_update()
                .filter(claim=claim, source_id__in=examined)}
    create, update, keys, per_source = [], [], set(), {}
    for source_id, start, end, text, scored in chosen:
        key = (source_id, start, end)
        if key in keys:
            continue
        keys.add(key)
        per_source[source_id] = per_source.get(source_id, 0) + 1
        values = {"relevance": round(scored.relevance, 4), "stance": scored.stance, "quantities": scored.quantities,
                  "passage": text, "run_id": run.pk}
        if key in existing:
            row = existing[key]
            for name, value in {**values, "updated_at": timezone.now()}.items():
                setattr(row, name, value)
            update.append(row)
        else:
            create.append({"claim_id": claim.pk, "source_id": source_id, "start": start, "end": end, **values})
    _refresh(update, run)
    insert_rows(Evidence, create)  # skips a passage another run has written meanwhile
    # Passages of re-examined sources that no longer bear on the claim go, unless an editor used them.
    stale = [e.pk for key, e in existing.items() if key not in keys and not e.pinned and not e.editor_stance]
    if stale:
        Evidence.objects.filter(pk__in=stale, cited_by__isnull=True).delete()
    evidence_renumber(claim=claim)
    return per_source


def _refresh(rows: list[Evidence], run) -> None:
    """One UPDATE for the refreshed rows (Django's bulk_update builds a CASE per row and field)."""
    import json

    from django.db import connection

    if not rows:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE claims_evidence e SET relevance = v.relevance, stance = v.stance, quantities = v.quantities, "
            "passage = v.passage, run_id = %s, updated_at = now() FROM unnest(%s::bigint[], %s::float8[], "
            "%s::text[], %s::jsonb[], %s::text[]) AS v(id, relevance, stance, quantities, passage) WHERE e.id = v.id",
            [run.pk, [r.pk for r in rows], [r.relevance for r in rows], [r.stance for r in rows],
             [json.dumps(r.quantities) for r in rows], [r.passage for r in rows]])


def evidence_renumber(*, claim: Claim) -> None:
    """Rank 1 is the most relevant passage of the claim; pinned ones are shown first by ordering anyway."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE claims_evidence e SET rank = r.n FROM (SELECT id, row_number() OVER "
            "(ORDER BY relevance DESC, id) AS n FROM claims_evidence WHERE claim_id = %s) r "
            "WHERE e.id = r.id AND e.rank <> r.n", [claim.pk])
