"""Each network connector against a local server answering in that API's documented format."""

import json

import pytest

from claims.models import Snapshot, Source
from tests.httpserver import Response
from tests.sources.conftest import article_with_claims, claim_containing, params
from workers.sources.base import ConnectorError
from workers.sources.factcheck_tools import FactCheckToolsConnector
from workers.sources.gdelt import GdeltConnector, parse_seendate
from workers.sources.mediawiki import MediaWikiConnector
from workers.sources.query import query_build

pytestmark = pytest.mark.django_db

CLAIM_TEXT = ("Für Außenministerin Lena Brandt war es in diesem Jahr das dritte Treffen mit ihrem "
              "Amtskollegen Piet Haverkamp.")


@pytest.fixture
def claim():
    article = article_with_claims(text=f"Wien (Testagentur) - {CLAIM_TEXT} Das sagte das Ministerium.",
                                  title="Minister treffen sich in Wien")
    return claim_containing(article, "dritte Treffen")


def json_response(data, status=200):
    return Response(status=status, body=json.dumps(data), content_type="application/json; charset=utf-8")


# --- MediaWiki ---------------------------------------------------------------------------------------

def mediawiki_api(language):
    def answer(request):
        p = params(request)
        if p.get("list") == "search":
            assert p["format"] == "json" and p["srsearch"]
            return json_response({"batchcomplete": True, "query": {"searchinfo": {"totalhits": 1}, "search": [
                {"ns": 0, "title": "Piet Haverkamp", "pageid": 42, "snippet": "<span>Haverkamp</span>",
                 "timestamp": "2026-11-01T10:00:00Z"}]}})
        assert p.get("prop") == "extracts|info" and p["titles"] == "Piet Haverkamp"
        return json_response({"batchcomplete": True, "query": {"pages": [{
            "pageid": 42, "ns": 0, "title": "Piet Haverkamp", "contentmodel": "wikitext",
            "fullurl": f"https://{language}.wiki.test/wiki/Piet_Haverkamp",
            "extract": {"de": "Piet Haverkamp (* 1970) ist Außenminister von Südmark. Mit Lena Brandt traf er "
                             "sich 2026 dreimal.",
                       "en": "Piet Haverkamp (born 1970) is the foreign minister of Suedmark."}[language],
        }]}})
    return answer


def test_mediawiki_search_then_extracts(web, settings, claim):
    web.add("/de/api.php", mediawiki_api("de"))
    web.add("/en/api.php", mediawiki_api("en"))
    settings.MEDIAWIKI_URLS = [f"de={web.url('/de/api.php')}", f"en={web.url('/en/api.php')}"]
    found = MediaWikiConnector(timeout=5).search(query_build(claim))
    assert {c.url for c in found} == {"https://de.wiki.test/wiki/Piet_Haverkamp",
                                      "https://en.wiki.test/wiki/Piet_Haverkamp"}
    source = Source.objects.get(url="https://de.wiki.test/wiki/Piet_Haverkamp")
    assert source.kind == "encyclopedia" and "Außenminister von Südmark" in source.text
    assert source.snapshot.sha256 and source.snapshot.fetched_at  # the API answer is archived
    assert source.passages.exists()
    # The English wiki was asked by names (the other language), the German one with key words as well.
    searches = [params(r)["srsearch"] for r in web.requests if "srsearch" in r.target]
    assert any("Haverkamp" in s for s in searches), searches


def test_mediawiki_formatversion_1_pages_are_read_too(web, settings, claim):
    def answer(request):
        if params(request).get("list") == "search":
            return json_response({"query": {"search": [{"title": "Ostmark"}]}})
        return json_response({"query": {"pages": {"7": {"pageid": 7, "title": "Ostmark",
                                                         "fullurl": "https://de.wiki.test/wiki/Ostmark",
                                                         "extract": "Die Ostmark ist eine Region."}}}})
    web.add("/api.php", answer)
    settings.MEDIAWIKI_URLS = [f"de={web.url('/api.php')}"]
    settings.SOURCES_CROSS_LANGUAGE = False
    found = MediaWikiConnector(timeout=5).search(query_build(claim))
    assert [c.url for c in found] == ["https://de.wiki.test/wiki/Ostmark"]


def test_mediawiki_junk_in_one_page_does_not_lose_the_others(web, settings, claim):
    # JSON may escape a NUL into a title; a page URL may be unusable. The good page is still stored.
    def answer(request):
        if params(request).get("list") == "search":
            return json_response({"query": {"search": [{"title": "Ostmark"}, {"title": "Westmark"}]}})
        return json_response({"query": {"pages": [
            {"title": "Ost\u0000mark", "fullurl": "https://de.wiki.test/wiki/Ostmark", "extract": "Die Ostmark."},
            {"title": "Kaputt", "fullurl": "javascript:alert(1)", "extract": "Kaputt."},
            {"title": "Westmark", "fullurl": "https://de.wiki.test/wiki/Westmark", "extract": "Die Westmark."},
        ]}})
    web.add("/api.php", answer)
    settings.MEDIAWIKI_URLS = [f"de={web.url('/api.php')}"]
    settings.SOURCES_CROSS_LANGUAGE = False
    found = MediaWikiConnector(timeout=5).search(query_build(claim))
    assert [c.url for c in found] == ["https://de.wiki.test/wiki/Ostmark", "https://de.wiki.test/wiki/Westmark"]
    assert Source.objects.get(url="https://de.wiki.test/wiki/Ostmark").title == "Ostmark"


# --- Google Fact Check Tools ----------------------------------------------------------------------------

FACTCHECK_ANSWER = {"claims": [{
    "text": "Brandt und Haverkamp haben sich dieses Jahr dreimal getroffen",
    "claimant": "Lena Brandt", "claimDate": "2026-11-10T00:00:00Z",
    "claimReview": [{"publisher": {"name": "Faktencheck Beispiel", "site": "faktencheck.example"},
                     "url": "https://faktencheck.example/brandt-haverkamp", "title": "Drei Treffen? Stimmt.",
                     "reviewDate": "2026-11-12T09:00:00Z", "textualRating": "Richtig", "languageCode": "de"}],
}], "nextPageToken": "abc"}


def test_factcheck_tools_keeps_the_rating_and_never_stores_the_key(web, settings, claim):
    web.add("/v1alpha1/claims:search", lambda r: json_response(FACTCHECK_ANSWER))
    settings.FACTCHECK_TOOLS_URL = web.url("/v1alpha1/claims:search")
    settings.FACTCHECK_TOOLS_API_KEY = "secret-key-123"
    settings.SOURCES_CROSS_LANGUAGE = False
    found = FactCheckToolsConnector(timeout=5).search(query_build(claim))
    assert [c.kind for c in found] == ["fact_check"]
    source = Source.objects.get(url="https://faktencheck.example/brandt-haverkamp")
    assert source.kind == "fact_check" and source.publisher == "Faktencheck Beispiel"
    assert "Rating: Richtig" in source.text and "Lena Brandt" in source.text
    assert source.published_at.year == 2026
    request = params(web.requests[0])
    assert request["key"] == "secret-key-123" and request["languageCode"] == "de" and request["query"]
    assert "secret-key-123" not in source.snapshot.url + source.snapshot.final_url
    assert not Snapshot.objects.filter(url__contains="secret-key-123").exists()


def test_factcheck_tools_junk_in_one_review_does_not_lose_the_others(web, settings, claim):
    good = FACTCHECK_ANSWER["claims"][0]["claimReview"][0]
    junk = [{**good, "url": "https://faktencheck.example/nul", "title": "Drei\u0000 Treffen",
             "publisher": {"name": "Fakten\u0000check"}},
            {**good, "url": "https://faktencheck.example/date", "title": "Datum?",
             "reviewDate": "2026-13-45T09:00:00Z"},
            {**good, "url": "ftp://faktencheck.example/bad-scheme"}]
    answer = {"claims": [{**FACTCHECK_ANSWER["claims"][0], "claimReview": [*junk, good]}]}
    web.add("/v1alpha1/claims:search", lambda r: json_response(answer))
    settings.FACTCHECK_TOOLS_URL = web.url("/v1alpha1/claims:search")
    settings.FACTCHECK_TOOLS_API_KEY = "secret-key-123"
    settings.SOURCES_CROSS_LANGUAGE = False
    found = FactCheckToolsConnector(timeout=5).search(query_build(claim))
    assert [c.url for c in found] == ["https://faktencheck.example/nul", "https://faktencheck.example/date",
                                      "https://faktencheck.example/brandt-haverkamp"]
    nul = Source.objects.get(url="https://faktencheck.example/nul")
    assert (nul.title, nul.publisher) == ("Drei Treffen", "Faktencheck")
    assert Source.objects.get(url="https://faktencheck.example/date").published_at is None


def test_factcheck_tools_is_off_without_a_key(settings):
    settings.FACTCHECK_TOOLS_API_KEY = ""
    assert not FactCheckToolsConnector.configured()


def test_factcheck_tools_error_message_hides_the_key(web, settings, claim):
    web.add("/v1alpha1/claims:search", Response(status=403, body=b"forbidden"))
    settings.FACTCHECK_TOOLS_URL = web.url("/v1alpha1/claims:search")
    settings.FACTCHECK_TOOLS_API_KEY = "secret-key-123"
    with pytest.raises(ConnectorError) as info:
        FactCheckToolsConnector(timeout=5).search(query_build(claim))
    assert "secret-key-123" not in info.value.message


# --- GDELT DOC 2.0 ----------------------------------------------------------------------------------------

def test_gdelt_article_list(web, settings, claim):
    web.add("/api/v2/doc/doc", lambda r: json_response({"articles": [
        {"url": "https://news.example/a", "url_mobile": "", "title": "Minister treffen sich erneut",
         "seendate": "20261118T101500Z", "socialimage": "", "domain": "news.example", "language": "German",
         "sourcecountry": "Austria"},
        {"url": "https://news.example/b", "title": "Ministers meet again", "seendate": "20261118T111500Z",
         "domain": "news.example", "language": "English", "sourcecountry": "United Kingdom"},
    ]}))
    settings.GDELT_URL = web.url("/api/v2/doc/doc")
    found = GdeltConnector(timeout=5).search(query_build(claim))
    assert [(c.url, c.language, c.publisher) for c in found] == [
        ("https://news.example/a", "de", "news.example"), ("https://news.example/b", "en", "news.example")]
    assert found[0].published_at == parse_seendate("20261118T101500Z")
    request = params(web.requests[0])
    assert request["mode"] == "ArtList" and request["format"] == "json"
    assert '"Lena Brandt"' in request["query"] and request["startdatetime"] < request["enddatetime"]


def test_gdelt_without_matches_answers_an_empty_object(web, settings, claim):
    web.add("/api/v2/doc/doc", lambda r: json_response({}))
    settings.GDELT_URL = web.url("/api/v2/doc/doc")
    assert GdeltConnector(timeout=5).search(query_build(claim)) == []


# --- garbage and timeouts ------------------------------------------------------------------------------

@pytest.mark.parametrize("answer", [
    Response(body="<html>The specified phrase is too short.</html>", content_type="text/html"),
    Response(body="{not json", content_type="application/json"),
    Response(body='["a", "list"]', content_type="application/json"),
    Response(body='{"articles": "nope"}', content_type="application/json"),
    Response(status=500, body="boom"),
])
def test_garbage_is_a_connector_error(web, settings, claim, answer):
    web.add("/api/v2/doc/doc", answer)
    settings.GDELT_URL = web.url("/api/v2/doc/doc")
    with pytest.raises(ConnectorError) as info:
        GdeltConnector(timeout=5).search(query_build(claim))
    assert info.value.code != "timeout" and info.value.message


def test_a_slow_api_times_out_within_the_connector_limit(web, settings, claim):
    import time

    web.add("/api/v2/doc/doc", Response(body="{}", content_type="application/json", delay=5))
    settings.GDELT_URL = web.url("/api/v2/doc/doc")
    started = time.monotonic()
    with pytest.raises(ConnectorError) as info:
        GdeltConnector(timeout=0.8).search(query_build(claim))
    assert info.value.code == "timeout"
    assert time.monotonic() - started < 3


# --- followed feeds and the desk archive -----------------------------------------------------------------

def test_feeds_connector_finds_items_by_names_and_words(claim):
    from claims.models import Feed, FeedItem
    from workers.sources.feeds import FeedsConnector

    feed = Feed.objects.create(url="https://wire.example/feed.xml", publisher="Beispielwire", language="de")
    stored = article_with_claims(text="Lena Brandt traf Piet Haverkamp zum dritten Mal in diesem Jahr.",
                                 title="Drittes Treffen", url="https://wire.example/stored")
    now = claim.article.published_at
    FeedItem.objects.create(feed=feed, guid="1", url="https://wire.example/stored", title="Drittes Treffen",
                            summary="Brandt und Haverkamp in Wien", published_at=now, article=stored)
    FeedItem.objects.create(feed=feed, guid="2", url="https://wire.example/new", title="Haverkamp: Gespräche gut",
                            summary="Der Minister äußerte sich zum Treffen.", published_at=now)
    FeedItem.objects.create(feed=feed, guid="3", url="https://wire.example/other", title="Wetter",
                            summary="Regen am Wochenende.", published_at=now)
    FeedItem.objects.create(feed=feed, guid="4", url="https://wire.example/old", title="Haverkamp früher",
                            summary="Haverkamp Brandt Treffen", published_at=now.replace(year=now.year - 1))
    found = {c.url: c for c in FeedsConnector(timeout=5).search(query_build(claim))}
    assert set(found) == {"https://wire.example/stored", "https://wire.example/new"}
    assert found["https://wire.example/stored"].source_id  # already in the archive: not fetched again
    assert found["https://wire.example/new"].source_id is None and found["https://wire.example/new"].kind == "feed"


def test_archive_finds_a_german_claims_english_report_and_never_the_own_article(claim):
    from workers.sources.archive import ArchiveConnector

    report = Source.objects.create(url="https://wire.example/en", language="en", title="Ministers meet",
                                   text="Foreign ministers Lena Brandt and Piet Haverkamp met for the third time.")
    from claims.services.sources import passages_index

    passages_index(source=report)
    found = ArchiveConnector(timeout=5).search(query_build(claim))
    assert [c.source_id for c in found] == [report.pk]
