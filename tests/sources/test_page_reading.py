"""Sources are read quickly (no fallback extractors, dates from markup); thin pages are read thoroughly."""

from claims.models import Snapshot
from claims.services.articles import THIN_TEXT_CHARS, page_read
from tests.claims.ingest.conftest import GERMAN_PAGE

ENGLISH_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Council approves budget | Sample Herald</title>
<meta name="author" content="Sam Example">
<meta property="article:published_time" content="2026-10-14">
<meta property="og:site_name" content="Sample Herald"></head>
<body><header><a href="/">Home</a> <a href="/politics">Politics</a></header>
<main><article><h1>Council approves budget</h1>
<p>The city council approved the budget for next year by 23 votes to 12 on Tuesday, the mayor's office said.</p>
<p>It is the third budget in a row to pass without the opposition's votes; spending rises by 4.2 percent to
1.8 billion dollars, according to the draft.</p>
<div class="related"><a href="/a">Related: the second budget</a> <a href="/b">Related: the first budget</a></div>
<p>A fifth of the money goes to schools, a quarter to transport. (Sample page written for tests.)</p>
</article></main><footer>Imprint · Privacy</footer></body></html>"""

THIN_PAGE = """<!doctype html><html><head><title>Kurzmeldung</title></head><body><article>
<p>Der Stadtrat tagt am Dienstag zum dritten Mal.</p></article></body></html>"""


def snapshot(html: str, url: str = "https://news.example.org/2026/story") -> Snapshot:
    return Snapshot(url=url, final_url=url, content_type="text/html", charset="utf-8", body=html.encode())


def test_quick_reading_finds_what_the_thorough_one_finds_on_article_pages():
    for html in (GERMAN_PAGE, ENGLISH_PAGE):
        quick, thorough = page_read(snapshot(html), quick=True), page_read(snapshot(html))
        assert quick["text"] == thorough["text"]
        assert quick["title"] == thorough["title"] and quick["byline"] == thorough["byline"]
        assert quick["publisher"] == thorough["publisher"] != ""
        assert quick["published_at"] == thorough["published_at"] is not None  # from the markup
    english = page_read(snapshot(ENGLISH_PAGE), quick=True)
    assert "23 votes to 12" in english["text"] and "Imprint" not in english["text"]
    assert english["published_at"].date().isoformat() == "2026-10-14"


def test_a_thin_page_is_read_thoroughly():
    quick = page_read(snapshot(THIN_PAGE), quick=True)
    assert 0 < len(quick["text"]) < THIN_TEXT_CHARS
    assert quick == page_read(snapshot(THIN_PAGE))


def test_addresses_as_hosts_are_read_like_names():
    # Page reading falls back to the domain-suffix list for hosts it cannot split.
    by_address = page_read(snapshot(ENGLISH_PAGE, url="http://192.0.2.7:8080/story"), quick=True)
    assert by_address["text"] == page_read(snapshot(ENGLISH_PAGE), quick=True)["text"]


def test_without_metadata_only_the_text_is_read():
    for html in (GERMAN_PAGE, ENGLISH_PAGE, THIN_PAGE):
        text_only = page_read(snapshot(html), quick=True, metadata=False)
        assert text_only["text"] == page_read(snapshot(html), quick=True)["text"] != ""
        assert text_only["title"] == text_only["publisher"] == "" and text_only["published_at"] is None


DATELINE_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves budget</title>
</head><body><main><article><h1>Council approves budget</h1><p class="dateline">Published 14 October 2026</p>
<p>The city council approved the budget for next year by 23 votes to 12 on Tuesday, the mayor's office said.</p>
<p>It is the third budget in a row to pass without the opposition's votes; spending rises by 4.2 percent to
1.8 billion dollars, according to the draft. A fifth of the money goes to schools. (Sample page for tests.)</p>
</article></main></body></html>"""


def test_articles_read_quickly_keep_text_title_and_date():
    # Articles are read quickly too, and thoroughly when the quick reading finds no date.
    for html in (GERMAN_PAGE, ENGLISH_PAGE, DATELINE_PAGE):
        quick, thorough = page_read(snapshot(html), quick=True, need_date=True), page_read(snapshot(html))
        assert quick == thorough
        assert quick["published_at"] is not None
