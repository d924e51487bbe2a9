"""Content types, character sets, text cleanup, binary detection, conditional GET, result fields."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime

import pytest

from tests.httpserver import Request, Response
from workers.fetch import (
    BadContentType,
    BadEncoding,
    BadResponse,
    BinaryContent,
    HTTPStatusError,
    fetch,
)

GERMAN = (
    "<html><head><title>Nachrichten</title></head><body>"
    "<p>„Grüße aus Köln“, sagte die Bürgermeisterin am Dienstag. Die Straßenbahn fährt "
    "wieder über die Brücke, nachdem die Bauarbeiten früher als geplant beendet wurden.</p>"
    "<p>Über 3.000 Fahrgäste nutzen täglich die Verbindung; die Verkehrsbetriebe räumten "
    "Verspätungen ein und kündigten größere Züge an.</p></body></html>"
)
JAPANESE = (
    "<html><head><title>ニュース</title></head><body>"
    "<p>東京都は本日、新しい交通計画を発表しました。市民の皆さまの協力により、"
    "渋滞は昨年より大幅に減少しています。担当者は「さらに改善を続けたい」と述べました。</p>"
    "<p>日本語の文章を正しく判定できるかどうかを確認するための段落です。</p></body></html>"
)


def test_windows_1252_without_any_charset_is_detected(server, policy):
    server.add("/", Response(body=GERMAN.encode("cp1252"), content_type="text/html"))
    result = fetch(server.url("/"), policy=policy)
    assert "„Grüße aus Köln“" in result.text
    assert result.charset == "cp1252"
    assert result.raw == GERMAN.encode("cp1252")


def test_latin1_label_decodes_as_windows_1252_like_browsers(server, policy):
    body = '<meta charset="iso-8859-1"><p>\x84Grüße\x93</p>'.encode("latin-1")
    server.add("/", Response(body=body, content_type="text/html"))
    assert "„Grüße“" in fetch(server.url("/"), policy=policy).text


@pytest.mark.parametrize(
    "how",
    ["header", "meta", "http-equiv", "undeclared"],
)
def test_shift_jis(server, policy, how):
    page = JAPANESE
    content_type = "text/html"
    if how == "header":
        content_type = "text/html; charset=Shift_JIS"
    elif how == "meta":
        page = page.replace("<head>", '<head><meta charset="shift_jis">')
    elif how == "http-equiv":
        page = page.replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')
    server.add("/", Response(body=page.encode("shift_jis"), content_type=content_type))
    result = fetch(server.url("/"), policy=policy)
    assert "東京都は本日、新しい交通計画を発表しました。" in result.text
    assert result.charset in ("cp932", "shift_jis")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(server, policy, codec):
    bom = "\ufeff".encode(codec)
    server.add("/", Response(body=bom + GERMAN.encode(codec), content_type="text/html"))
    result = fetch(server.url("/"), policy=policy)
    assert result.text == GERMAN
    assert result.charset == codec


def test_bom_wins_over_a_wrong_header(server, policy):
    server.add("/", Response(body=b"\xef\xbb\xbf" + GERMAN.encode(), content_type="text/html; charset=iso-8859-1"))
    assert fetch(server.url("/"), policy=policy).text == GERMAN


def test_header_charset_wins_over_meta(server, policy):
    body = '<meta charset="utf-8"><p>Grüße</p>'.encode("cp1252")
    server.add("/", Response(body=body, content_type="text/html; charset=windows-1252"))
    assert "Grüße" in fetch(server.url("/"), policy=policy).text


def test_commented_out_meta_is_ignored(server, policy):
    body = '<!-- <meta charset="koi8-r"> --><meta charset="utf-8"><p>Grüße</p>'.encode()
    server.add("/", Response(body=body, content_type="text/html"))
    result = fetch(server.url("/"), policy=policy)
    assert result.charset == "utf-8" and "Grüße" in result.text


def test_xml_declaration_sets_the_feed_charset(server, policy):
    feed = '<?xml version="1.0" encoding="ISO-8859-15"?><rss><channel><title>Preis: 5 €</title></channel></rss>'
    server.add("/feed", Response(body=feed.encode("iso-8859-15"), content_type="application/rss+xml"))
    result = fetch(server.url("/feed"), accept=("feed",), policy=policy)
    assert "5 €" in result.text
    assert result.kind == "feed"


def test_json_is_utf8(server, policy):
    server.add("/api", Response(body='{"name": "Müller"}'.encode(), content_type="application/json"))
    result = fetch(server.url("/api"), accept=("json",), policy=policy)
    assert result.text == '{"name": "Müller"}'


def test_nul_and_control_bytes_are_removed_from_text(server, policy):
    body = ("<p>Hallo\x00 Welt\x00</p>\t<p>Zeile\r\nzwei\x07\x1b\x7f</p>" + "<p>Text</p>" * 20).encode()
    server.add("/", Response(body=body, content_type="text/html; charset=utf-8"))
    result = fetch(server.url("/"), policy=policy)
    assert "\x00" not in result.text
    assert result.text.startswith("<p>Hallo Welt</p>\t<p>Zeile\r\nzwei</p>")
    assert result.raw == body  # the archive keeps the bytes as served


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + os.urandom(2000)


@pytest.mark.parametrize("content_type", ["text/html", "text/html; charset=utf-8"])
def test_png_served_as_html_is_refused(server, policy, content_type):
    server.add("/img", Response(body=PNG, content_type=content_type))
    with pytest.raises(BinaryContent) as info:
        fetch(server.url("/img"), policy=policy)
    assert info.value.code == "binary_content"
    assert "PNG image" in info.value.message and "text/html" in info.value.message


@pytest.mark.parametrize("content_type", ["text/html", "text/html; charset=utf-8", "text/html; charset=windows-1252"])
def test_random_binary_served_as_html_is_refused(server, policy, content_type):
    blob = bytes(range(256)) * 4 + os.urandom(4000)
    server.add("/bin", Response(body=blob, content_type=content_type))
    with pytest.raises((BinaryContent, BadEncoding)) as info:
        fetch(server.url("/bin"), policy=policy)
    assert "binary" in info.value.message


@pytest.mark.parametrize(
    ("content_type", "accept"),
    [
        ("image/png", ("html",)),
        ("application/octet-stream", ("html", "feed")),
        ("application/json", ("html",)),
        ("text/html", ("json",)),
        ("application/pdf", ("html",)),
        ("application/x-msdownload", ("html",)),
    ],
)
def test_content_types_not_accepted_are_refused_before_the_body(server, policy, content_type, accept):
    server.add("/x", Response(body=b"x" * 100, content_type=content_type))
    with pytest.raises(BadContentType) as info:
        fetch(server.url("/x"), accept=accept, policy=policy)
    assert info.value.code == "bad_content_type"
    assert content_type in info.value.message


def test_accept_lists_several_kinds_and_suffix_types(server, policy):
    server.add("/ld", Response(body=b'{"@type": "ClaimReview"}', content_type="application/vnd.api+json"))
    server.add("/atom", Response(body=b"<feed></feed>", content_type="application/atom+xml; charset=utf-8"))
    assert fetch(server.url("/ld"), accept=("html", "json"), policy=policy).kind == "json"
    assert fetch(server.url("/atom"), accept=("html", "feed"), policy=policy).kind == "feed"


def test_pdf_is_returned_as_bytes_only(server, policy):
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    server.add("/doc.pdf", Response(body=pdf, content_type="application/pdf"))
    result = fetch(server.url("/doc.pdf"), accept=("html", "pdf"), policy=policy)
    assert result.kind == "pdf" and result.text is None and result.charset is None and result.raw == pdf
    server.add("/fake.pdf", Response(body=b"<html>not a pdf</html>", content_type="application/pdf"))
    with pytest.raises(BadContentType):
        fetch(server.url("/fake.pdf"), accept=("pdf",), policy=policy)


def test_missing_content_type_is_sniffed_conservatively(server, policy):
    server.add("/page", Response(body=b"<!DOCTYPE html><html><p>hi</p></html>"))
    server.add("/blob", Response(body=b"\x00\x01\x02 binary"))
    assert fetch(server.url("/page"), policy=policy).content_type == "text/html"
    with pytest.raises(BadContentType) as info:
        fetch(server.url("/blob"), policy=policy)
    assert "did not say" in info.value.message


def test_result_fields(server, policy):
    body = GERMAN.encode()
    server.add("/r", Response.redirect("/page", status=301))
    server.add(
        "/page",
        Response(
            body=body,
            content_type="text/html; charset=UTF-8",
            headers={"ETag": '"v1"', "Last-Modified": "Tue, 01 Sep 2026 10:00:00 GMT", "X-Dup": "a"},
        ),
    )
    before = datetime.now(UTC)
    result = fetch(server.url("/r"), policy=policy)
    assert result.url == server.url("/r") and result.final_url == server.url("/page")
    assert result.status == 200
    assert result.headers["etag"] == '"v1"' and result.headers["content-type"] == "text/html; charset=UTF-8"
    assert all(name == name.lower() for name in result.headers)
    assert result.content_type == "text/html" and result.kind == "html" and result.charset == "utf-8"
    assert result.raw == body and result.text == GERMAN
    assert result.sha256 == hashlib.sha256(body).hexdigest()
    assert result.fetched_at.tzinfo is UTC and before <= result.fetched_at <= datetime.now(UTC)
    assert result.etag == '"v1"' and result.last_modified == "Tue, 01 Sep 2026 10:00:00 GMT"
    assert result.not_modified is False and result.elapsed > 0
    assert len(result.redirects) == 1 and result.redirects[0].status == 301


def _conditional(request: Request) -> Response:
    if request.headers.get("if-none-match") == '"v2"' or request.headers.get("if-modified-since"):
        return Response(status=304, headers={"ETag": '"v2"'})
    return Response(body=b"<p>fresh</p>", content_type="text/html", headers={"ETag": '"v2"'})


def test_conditional_get_304_is_a_not_modified_result(server, policy):
    server.add("/c", _conditional)
    fresh = fetch(server.url("/c"), policy=policy)
    assert fresh.not_modified is False and fresh.etag == '"v2"'
    again = fetch(server.url("/c"), etag=fresh.etag, policy=policy)
    assert again.not_modified is True and again.status == 304
    assert again.raw == b"" and again.text is None and again.sha256 is None
    assert again.etag == '"v2"'
    assert server.requests[-1].headers["if-none-match"] == '"v2"'
    since = datetime(2026, 9, 1, 10, 0, tzinfo=UTC)
    by_date = fetch(server.url("/c"), last_modified=since, policy=policy)
    assert by_date.not_modified is True
    assert server.requests[-1].headers["if-modified-since"] == "Tue, 01 Sep 2026 10:00:00 GMT"
    assert by_date.last_modified == "Tue, 01 Sep 2026 10:00:00 GMT"


@pytest.mark.parametrize("status", [404, 410, 500, 503, 300, 305])
def test_error_statuses(server, policy, status):
    server.add("/", Response(status=status, body=b"<p>nope</p>", content_type="text/html"))
    with pytest.raises(HTTPStatusError) as info:
        fetch(server.url("/"), policy=policy)
    assert info.value.status == status and info.value.code == "http_status"
    assert str(status) in info.value.message
    assert info.value.as_dict()["status"] == status


def test_redirect_without_location(server, policy):
    server.add("/", Response(status=302))
    with pytest.raises(BadResponse) as info:
        fetch(server.url("/"), policy=policy)
    assert "Location" in info.value.message


def test_redirect_with_relative_and_utf8_location(server, policy):
    # The test server writes headers as Latin-1; this makes it send UTF-8 bytes, as many real servers do.
    utf8_location = "../straße?q=ü".encode().decode("latin-1")
    server.add("/a/b", Response(headers=[("Location", utf8_location)], status=302))
    server.add("/stra%C3%9Fe", Response(body=b"<p>ok</p>", content_type="text/html"))
    result = fetch(server.url("/a/b"), policy=policy)
    assert result.final_url == server.url("/stra%C3%9Fe?q=%C3%BC")


def test_unknown_accept_kind_is_a_programming_error(server, policy):
    with pytest.raises(ValueError, match="unknown content kind"):
        fetch(server.url("/"), accept=("htlm",), policy=policy)
