"""The article page: claim spans highlighted from offsets and linked; hostile text stays inert; ingest form."""

import importlib.util

import pytest
from django.urls import reverse

from claims.admin.widgets.highlight import Mark, highlight, passage_html, quantity_marks
from claims.models import Article, Claim, Evidence, Feed, Source
from tests.claims.admin.conftest import messages_of
from tests.claims.admin.sample import sample_article

HOSTILE = (
    'Vorspann <script>alert("x")</script> und <svg onload=alert(1)> sowie <img src=x onerror=alert(2)>. '
    'Die Stadt hat 5 "neue" <b>Schulen</b> & mehr gebaut. Ende.'
)


def test_article_page_marks_and_links_every_claim(client_for, checker, article, claims):
    html = client_for(checker).get(reverse("admin:claims_article_change", args=[article.pk])).content.decode()
    for claim in claims:
        link = reverse("admin:claims_claim_change", args=[claim.pk])
        assert f'<a class="fc-link" href="{link}"><mark class="fc-claim"' in html
        assert f'data-start="{claim.start}" data-end="{claim.end}"' in html
    assert '<mark class="fc-qty" title="48000000 EUR">48 Millionen Euro</mark>' in html


def test_hostile_article_and_source_text_is_shown_escaped(client_for, checker):
    # given: an article and a source whose text is markup meant to run in the editor's browser
    article = sample_article(text=HOSTILE, title='<script>alert("t")</script>', publisher="<svg onload=alert(3)>")
    sentence = 'Die Stadt hat 5 "neue" <b>Schulen</b> & mehr gebaut.'
    start = HOSTILE.index(sentence)
    claim = Claim.objects.create(article=article, text=sentence, start=start, end=start + len(sentence),
                                 speaker="<i>Sprecher</i>", quantities=[{"text": "5", "start": 14, "end": 15}])
    source = Source.objects.create(url="javascript:alert(4)", title="<script>alert(5)</script>", text=HOSTILE)
    Evidence.objects.create(claim=claim, source=source, passage=HOSTILE[:60], start=0, end=60, relevance=0.5)
    client = client_for(checker)
    pages = [
        reverse("admin:claims_article_change", args=[article.pk]),
        reverse("admin:claims_claim_change", args=[claim.pk]),
        reverse("admin:claims_source_change", args=[source.pk]),
        reverse("admin:claims_evidence_changelist"),
        reverse("admin:claims_claim_changelist"),
        reverse("admin:claims_article_changelist"),
    ]
    for url in pages:
        # when
        response = client.get(url)
        # then
        html = response.content.decode()
        assert response.status_code == 200, url
        for raw in ("<script>alert", "<svg onload", "<img src=x", "<b>Schulen", "<i>Sprecher",
                    'href="javascript:'):
            assert raw not in html, (url, raw)
    claim_page = client.get(pages[1]).content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in claim_page
    assert "&lt;b&gt;Schulen&lt;/b&gt; &amp; mehr" in claim_page


def test_highlight_escapes_every_slice_and_drops_bad_offsets():
    text = "a<b>c & d"
    marks = [Mark(1, 4, "claim", href="/x?a=1&b=2", title='"t"'), Mark(2, 9, "qty"), Mark(-1, 2, "qty"),
             Mark(7, 99, "qty"), Mark(5, 5, "qty"), Mark(5, 6, "bogus")]
    html = str(highlight(text, marks))
    assert html == ('a<a class="fc-link" href="/x?a=1&amp;b=2"><mark class="fc-claim" title="&quot;t&quot;" '
                    'data-start="1" data-end="4">&lt;b&gt;</mark></a>c &amp; d')


def test_quantities_are_found_by_offset_or_by_their_text():
    sentence = "Es kostete 48 Millionen Euro und 3 Jahre."
    by_offset = quantity_marks(sentence, [{"text": "48 Millionen Euro", "start": 11, "end": 28}])
    by_article_offset = quantity_marks(sentence, [{"text": "3", "start": 133, "end": 134}], offset=100)
    by_text = quantity_marks(sentence, [{"raw": "3 Jahre", "start": 0, "end": 1}])
    assert [(m.start, m.end) for m in by_offset] == [(11, 28)]
    assert [(m.start, m.end) for m in by_article_offset] == [(33, 34)]
    assert [(m.start, m.end) for m in by_text] == [(33, 40)]
    assert quantity_marks(sentence, ["nonsense", {"value": 1}]) == []
    assert str(passage_html("Es waren 1.234 Fälle, 5 %.")).count("<mark") == 2


def test_article_page_survives_claims_whose_offsets_no_longer_fit(client_for, checker, article):
    Claim.objects.create(article=article, text="weg", start=len(article.text) - 3, end=len(article.text) + 50)
    claim = Claim.objects.create(article=article, text="nicht da", start=0, end=8)
    assert client_for(checker).get(reverse("admin:claims_article_change", args=[article.pk])).status_code == 200
    page = client_for(checker).get(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert page.status_code == 200 and '<mark class="fc-claim" title="claim">nicht da</mark>' in page.content.decode()


@pytest.mark.skipif(importlib.util.find_spec("claims.services.articles") is None,
                    reason="the ingest service (claims.services.articles) is not in this checkout")
def test_ingest_form_calls_the_ingest_service(client_for, reporter, readonly):
    url = reverse("admin:claims_article_ingest")
    client = client_for(reporter)
    assert b"Ingest an article" in client.get(reverse("admin:claims_article_changelist")).content
    neither = client.post(url, {"title": "leer"})
    assert neither.status_code == 200 and b"Give either a URL or the article text" in neither.content
    text = "Beispieltext (Testdaten). Die Gemeinde meldet 40 neue Wohnungen."
    created = client.post(url, {"text": text, "title": "Wohnungen", "language": "de", "publisher": "Beispiel"})
    article = Article.objects.get(title="Wohnungen")
    assert created.status_code == 302 and created["Location"] == reverse("admin:claims_article_change",
                                                                         args=[article.pk])
    assert messages_of(created) == ["Article queued for ingest."]
    again = client.post(url, {"text": text})
    assert messages_of(again) == ["This article is already on the desk; here it is."]
    assert client_for(readonly).get(url).status_code == 403


@pytest.mark.parametrize("url, interval, problem", [
    ("http://169.254.169.254/latest/feed", 900, "link-local"),
    ("ftp://example.org/feed.xml", 900, "scheme"),
    ("https://example.org/" + "ä" * 1000, 900, "2048"),
    ("https://example.org/feed.xml", 0, "once a minute"),
])
def test_feed_form_refuses_what_the_feed_service_refuses(client_for, publisher, url, interval, problem):
    response = client_for(publisher).post(reverse("admin:claims_feed_add"),
                                          {"url": url, "poll_interval": interval, "active": "on"})
    assert response.status_code == 200 and problem in response.content.decode()
    assert not Feed.objects.exists()


def test_feed_form_stores_the_canonical_url_once(client_for, publisher):
    client = client_for(publisher)
    add = reverse("admin:claims_feed_add")
    first = client.post(add, {"url": "https://Example.ORG/feed.xml?utm_source=x#top", "poll_interval": 900,
                              "active": "on"})
    assert first.status_code == 302
    assert list(Feed.objects.values_list("url", flat=True)) == ["https://example.org/feed.xml"]
    again = client.post(add, {"url": "https://example.org/feed.xml", "poll_interval": 900, "active": "on"})
    assert again.status_code == 200 and Feed.objects.count() == 1
