"""Collection runs end to end: real worker and broker, local API and page servers, fan-in through the database."""

import json
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import Claim, CollectionCandidate, CollectionRun, Evidence, Snapshot, Source
from claims.services.collection import source_add_by_url, sources_collect
from claims.services.errors import DomainError, NotPermitted
from tests.helpers import wait_for
from tests.httpserver import Response
from tests.sources.conftest import article_with_claims, claim_containing, params

ARTICLE = ("Wien (Testagentur) - Für Außenministerin Lena Brandt war es in diesem Jahr das dritte Treffen mit "
           "ihrem Amtskollegen Piet Haverkamp. Das Gespräch dauerte sieben Stunden.")
TITLE = "Brandt und Haverkamp treffen sich in Wien"

PAGES = {
    "/news/agrees": ("Brandt und Haverkamp: drittes Treffen",
                     "Außenministerin Lena Brandt und Piet Haverkamp trafen sich in Wien. Es war in diesem Jahr "
                     "bereits das dritte Treffen der beiden Minister."),
    "/news/conflicts": ("Zweites Treffen in Wien",
                        "Lena Brandt und Piet Haverkamp kamen in Wien zusammen. Für die Außenministerin war es "
                        "in diesem Jahr erst das zweite Treffen mit Haverkamp."),
    "/news/english": ("Ministers meet again",
                      "Foreign ministers Lena Brandt and Piet Haverkamp met in Vienna on Tuesday for the third "
                      "time this year."),
    "/news/unrelated": ("Fußball: dritter Sieg in Folge",
                        "Der Verein gewann zum dritten Mal in Folge und steht nun auf dem dritten Platz."),
}


def page(title, text):
    body = (f"<!doctype html><html lang='de'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<nav>Start | Politik</nav><article><h1>{title}</h1><p>{text}</p></article>"
            "<footer>Testseite</footer></body></html>")
    return Response(body=body, content_type="text/html; charset=utf-8")


def gdelt_list(web, paths):
    articles = [{"url": web.url(p), "title": PAGES.get(p, ("", ""))[0], "seendate": "20261118T101500Z",
                 "domain": "127.0.0.1", "language": "English" if "english" in p else "German",
                 "sourcecountry": "Austria"} for p in paths]
    return Response(body=json.dumps({"articles": articles}), content_type="application/json")


@pytest.fixture
def news(web, settings):
    for path, (title, text) in PAGES.items():
        web.add(path, page(title, text))
    web.add("/gdelt", gdelt_list(web, list(PAGES)))
    settings.GDELT_URL = web.url("/gdelt")
    return web


def finished(run_id):
    run = CollectionRun.objects.get(pk=run_id)
    return run if run.stage == CollectionRun.Stage.DONE else None


def wait_done(run, timeout=30):
    return wait_for(lambda: finished(run.pk), timeout=timeout, message=f"collection run {run.pk} to finish")


@pytest.fixture
def claim(desk):
    article = article_with_claims(text=ARTICLE, title=TITLE)
    claim = claim_containing(article, "dritte Treffen")
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.TRIAGED)
    return claim


def test_run_gathers_fetches_ranks_and_moves_the_claim_to_review(news, only, claim, checker):
    only("archive", "gdelt")
    run = sources_collect(claim=claim, user=checker)
    assert run.status == CollectionRun.Status.QUEUED  # returned at once; the work is queued
    run = wait_done(run)
    assert run.status == CollectionRun.Status.DONE, run.errors
    assert run.connectors["gdelt"]["status"] == "ok" and run.connectors["gdelt"]["candidates"] == 4
    assert run.connectors["gdelt"]["stored"] == 4 and run.connectors["gdelt"]["seconds"] is not None
    assert run.candidates == 4 and run.started_at and run.finished_at

    evidence = list(Evidence.objects.filter(claim=claim).select_related("source").order_by("rank"))
    by_path = {e.source.url.rsplit("/", 1)[-1]: e for e in evidence}
    assert by_path["agrees"].stance == "agrees"
    assert by_path["conflicts"].stance == "conflicts"
    assert by_path["english"].stance == "agrees"
    assert "unrelated" not in by_path  # shares "third" with the claim, says nothing about it
    assert [e.rank for e in evidence] == list(range(1, len(evidence) + 1))
    assert run.evidence_count == len(evidence)
    for e in evidence:  # offsets point into the stored text; the bytes are archived with their hash
        assert e.source.text[e.start:e.end] == e.passage
        assert e.run_id == run.pk
        assert e.source.snapshot.sha256 and e.source.snapshot.fetched_at and bytes(e.source.snapshot.body)
    claim.refresh_from_db()
    assert claim.status == Claim.Status.IN_REVIEW
    actions = list(claim.transitions.values_list("action", flat=True))
    assert actions[-2:] == ["research", "review"]


def test_failing_and_slow_connectors_leave_the_others_evidence(news, only, settings, claim, checker):
    news.add("/wiki", Response(body="{}", content_type="application/json", delay=6))  # times out
    news.add("/factcheck", Response(body="<html>Service Unavailable</html>", content_type="text/html"))  # garbage
    settings.MEDIAWIKI_URLS = [f"de={news.url('/wiki')}"]
    settings.FACTCHECK_TOOLS_URL = news.url("/factcheck")
    settings.FACTCHECK_TOOLS_API_KEY = "k-123"
    settings.SOURCES_CONNECTOR_TIMEOUT = 1.5
    only("gdelt", "mediawiki", "factcheck_tools")
    started = time.monotonic()
    run = wait_done(sources_collect(claim=claim, user=checker))
    assert time.monotonic() - started < 15
    assert run.status == CollectionRun.Status.PARTIAL
    assert run.connectors["mediawiki"]["status"] == "timeout"
    assert run.connectors["factcheck_tools"]["status"] == "error"
    assert run.connectors["gdelt"]["status"] == "ok"
    codes = {e["connector"]: e["code"] for e in run.errors}
    assert codes["mediawiki"] == "timeout" and codes["factcheck_tools"] in ("bad_content_type", "bad_response")
    assert "k-123" not in json.dumps(run.errors)
    assert Evidence.objects.filter(claim=claim, stance="agrees").exists()


def test_connector_text_that_postgresql_refuses_is_cleaned_not_fatal(web, news, only, claim, checker):
    # An API's JSON may escape a NUL or half a surrogate pair into a title; the run must still finish.
    articles = [{"url": web.url("/news/agrees"), "title": "Drittes\u0000 Treffen \ud800in Wien",
                 "seendate": "20261118T101500Z", "domain": "127.0.0.1", "language": "German"}]
    web.add("/gdelt", Response(body=json.dumps({"articles": articles}), content_type="application/json"))
    only("gdelt")
    run = wait_done(sources_collect(claim=claim, user=checker))
    assert run.status == CollectionRun.Status.DONE, run.errors
    candidate = run.found.get()
    assert candidate.title == "Drittes Treffen ?in Wien" and candidate.status == CollectionCandidate.Status.STORED
    assert Evidence.objects.filter(claim=claim, source_id=candidate.source_id, stance="agrees").exists()


def test_running_again_refreshes_and_never_duplicates(news, only, claim, checker):
    only("gdelt")
    first = wait_done(sources_collect(claim=claim, user=checker))
    rows = {(e.source_id, e.start, e.end): e for e in Evidence.objects.filter(claim=claim)}
    pinned = next(iter(rows.values()))
    Evidence.objects.filter(pk=pinned.pk).update(pinned=True, editor_stance="supports", relevance=0.01)
    sources = Source.objects.count()

    second = wait_done(sources_collect(claim=claim, user=checker))
    assert second.pk != first.pk
    again = {(e.source_id, e.start, e.end): e for e in Evidence.objects.filter(claim=claim)}
    assert set(again) == set(rows)
    assert Source.objects.count() == sources
    kept = Evidence.objects.get(pk=pinned.pk)
    assert kept.pinned and kept.editor_stance == "supports"
    assert kept.relevance > 0.01 and kept.run_id == second.pk  # refreshed
    assert CollectionCandidate.objects.filter(run=second, status="stored").count() == 4


def test_duplicate_sources_are_shared_between_claims(news, only, claim, checker):
    other = claim_containing(article_with_claims(
        text="Lena Brandt traf Piet Haverkamp in diesem Jahr zum dritten Mal, bestätigte das Ministerium.",
        title="Drittes Treffen bestätigt"), "dritten Mal")
    only("gdelt")
    wait_done(sources_collect(claim=claim, user=checker))
    wait_done(sources_collect(claim=other, user=checker))
    source = Source.objects.get(url=news.url("/news/agrees"))
    assert Source.objects.filter(url__startswith=news.url("/news/")).count() == 4
    assert set(Evidence.objects.filter(source=source).values_list("claim_id", flat=True)) == {claim.pk, other.pk}
    # The second run reused the stored pages instead of fetching them again.
    assert sum(1 for r in news.requests if r.path == "/news/agrees") == 1


def test_a_claims_own_article_is_never_its_evidence(web, only, settings, desk, checker):
    own_url = web.url("/own")
    article = article_with_claims(text=ARTICLE, title=TITLE, url=own_url)
    claim = claim_containing(article, "dritte Treffen")
    web.add("/own", page(TITLE, ARTICLE))
    web.add("/copy", page("Syndicated", ARTICLE))  # the same text under another URL
    web.add("/news/agrees", page(*PAGES["/news/agrees"]))
    web.add("/gdelt", gdelt_list(web, ["/own", "/copy", "/news/agrees"]))
    settings.GDELT_URL = web.url("/gdelt")
    only("gdelt", "archive")
    run = wait_done(sources_collect(claim=claim, user=checker))
    urls = set(Evidence.objects.filter(claim=claim).values_list("source__url", flat=True))
    assert urls == {web.url("/news/agrees")}
    skipped = dict(CollectionCandidate.objects.filter(run=run, status="skipped").values_list("url", "error"))
    assert set(skipped) == {own_url, web.url("/copy")}
    assert not any(r.path == "/own" for r in web.requests)  # never even fetched


def test_an_editor_adds_a_source_by_url(news, only, claim, checker):
    only("archive")
    source = source_add_by_url(claim=claim, url=news.url("/news/conflicts"), user=checker)
    assert source.kind == "manual" and not source.text  # returned at once; fetched by a task
    run = wait_done(CollectionRun.objects.filter(claim=claim).latest("pk"))
    assert run.connectors["manual"]["status"] == "ok"
    evidence = Evidence.objects.get(claim=claim, source=source)
    assert evidence.stance == "conflicts"
    source.refresh_from_db()
    assert source.text and source.snapshot_id
    # A full run later fetches it again (within the refresh interval: reused) and keeps its evidence.
    wait_done(sources_collect(claim=claim, user=checker))
    assert Evidence.objects.filter(claim=claim, source=source).count() == 1


def test_adding_a_source_checks_url_permission_and_own_article(web, claim, checker, readonly):
    with pytest.raises(DomainError) as bad:
        source_add_by_url(claim=claim, url="ftp://example.org/x", user=checker)
    assert bad.value.code == "bad_scheme"
    with pytest.raises(DomainError):
        source_add_by_url(claim=claim, url="http://10.0.0.1/internal", user=checker)
    with pytest.raises(DomainError) as long_url:  # 2048 characters only once "ä" is percent-encoded
        source_add_by_url(claim=claim, url="https://example.org/" + "ä" * 1000, user=checker)
    assert long_url.value.code == "url_too_long"
    with pytest.raises(NotPermitted):
        source_add_by_url(claim=claim, url="https://example.org/a", user=readonly)
    with pytest.raises(NotPermitted):
        sources_collect(claim=claim, user=readonly)
    article = article_with_claims(text=ARTICLE + " Noch ein Satz.", title=TITLE, url="https://example.org/own")
    with pytest.raises(DomainError) as own:
        source_add_by_url(claim=article.claims.first(), url="https://example.org/own#top", user=checker)
    assert own.value.code == "own_article"
    assert not CollectionRun.objects.exists()


def test_a_second_start_while_running_returns_the_same_run(news, only, claim, checker):
    only("gdelt")
    first = sources_collect(claim=claim, user=checker)
    second = sources_collect(claim=claim, user=checker)
    assert first.pk == second.pk
    wait_done(first)


def test_a_run_left_by_a_killed_worker_is_resumed(news, only, claim):
    from workers.recovery import stalled_work_recover

    only("gdelt")
    old = timezone.now() - timedelta(hours=1)
    # As if the worker died right after the run was created: nothing was ever enqueued.
    run = CollectionRun.objects.create(claim=claim, status="running", stage="search", pending=1, updated_at=old,
                                       connectors={"gdelt": {"status": "running", "candidates": 0}})
    counts = stalled_work_recover()
    assert counts["collection_runs_stalled"] == 1
    run = wait_done(run)
    assert run.status == "done" and Evidence.objects.filter(claim=claim, run=run).exists()
    assert stalled_work_recover()["collection_runs_stalled"] == 0


def test_sample_claims_get_evidence_offline_from_the_archive(desk, sample_desk, only, checker):
    only("archive")
    talks = sample_desk["norland-gespraeche"]
    meeting = claim_containing(talks, "das dritte Treffen")
    share = claim_containing(talks, "rund ein Viertel der Ostmark")
    for claim in (meeting, share):
        wait_done(sources_collect(claim=claim, user=checker))
    stances = {(e.source.title, e.stance) for e in Evidence.objects.filter(claim=meeting).select_related("source")}
    assert ("[Beispiel] SMR-Interview: Haverkamp zur Ostmark", "agrees") in stances
    assert ("[Sample] Norland to pull back troops from border region", "agrees") in stances  # English article
    share_stances = {(e.source.title, e.stance) for e in Evidence.objects.filter(claim=share).select_related("source")}
    assert ("[Beispiel] Außenministerium Norland: Lage in der Ostmark", "agrees") in share_stances
    assert ("[Beispiel] SMR-Interview: Haverkamp zur Ostmark", "conflicts") in share_stances
    # The claim's own article is never among its sources.
    assert not Evidence.objects.filter(claim__in=[meeting, share], source__article=talks).exists()


def test_unknown_connector_names_are_reported(only, claim, checker):
    only("archive", "nosuch")
    run = wait_done(sources_collect(claim=claim, user=checker))
    assert run.status == CollectionRun.Status.PARTIAL
    assert run.errors[0]["code"] == "unknown_connector"


def test_snapshot_of_each_fetched_page_is_kept(news, only, claim, checker):
    only("gdelt")
    wait_done(sources_collect(claim=claim, user=checker))
    shots = Snapshot.objects.filter(url__startswith=news.url("/news/"))
    assert shots.count() == 4 and all(len(s.sha256) == 64 for s in shots)
    gdelt = [params(r) for r in news.requests if r.path == "/gdelt"]
    assert gdelt and gdelt[0]["mode"] == "ArtList"
