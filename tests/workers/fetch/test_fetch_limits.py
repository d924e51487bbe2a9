"""Size caps, compression bombs, timeouts and the deadline, HTTP framing lies, per-host limits."""

from __future__ import annotations

import socket
import threading
import time
import zlib

import pytest

from tests.httpserver import Response, chunks, endless, gzip_stream
from tests.workers.fetch.fetch_helpers import make_policy
from workers.fetch import BadEncoding, BadResponse, ConnectError, Timeout, TooLarge, fetch

HTML = "text/html; charset=utf-8"
MB = 1024 * 1024


def test_fifty_megabyte_page_with_length_is_refused_before_reading(server, policy):
    server.add("/big", Response(body=endless(b"a" * 65536, 50 * MB), content_length=50 * MB, content_type=HTML))
    started = time.monotonic()
    with pytest.raises(TooLarge) as info:
        fetch(server.url("/big"), policy=policy)
    assert time.monotonic() - started < 1
    assert info.value.code == "too_large"
    assert "50 MB" in info.value.message and "10 MB" in info.value.message


def test_fifty_megabyte_page_without_length_stops_at_the_cap(server, policy):
    server.add("/big", Response(body=endless(b"<p>aaaa</p>" * 6000, 50 * MB), content_type=HTML))
    started = time.monotonic()
    with pytest.raises(TooLarge) as info:
        fetch(server.url("/big"), policy=policy)
    assert time.monotonic() - started < 3
    assert "10 MB" in info.value.message


def test_endless_chunked_body_stops_at_the_cap(server):
    server.add("/endless", Response(body=endless(b"x" * 4096), chunked=True, content_type=HTML))
    with pytest.raises(TooLarge):
        fetch(server.url("/endless"), policy=make_policy(server.netloc, max_bytes=2 * MB))


def test_cap_is_exact(server):
    server.add("/ok", Response(body=b"a" * 1000, content_type="text/plain"))
    server.add("/over", Response(body=b"a" * 1001, content_type="text/plain"))
    policy = make_policy(server.netloc, max_bytes=1000)
    assert len(fetch(server.url("/ok"), accept=("text",), policy=policy).raw) == 1000
    with pytest.raises(TooLarge):
        fetch(server.url("/over"), accept=("text",), policy=policy)


def test_streamed_gzip_bomb_of_ten_gigabytes_is_refused_quickly(server, policy):
    server.add(
        "/bomb",
        Response(
            body=gzip_stream(10 * 1024 * MB),
            chunked=True,
            headers={"Content-Encoding": "gzip"},
            content_type=HTML,
        ),
    )
    started = time.monotonic()
    with pytest.raises(TooLarge) as info:
        fetch(server.url("/bomb"), policy=policy)
    assert time.monotonic() - started < 3
    assert "after decompression" in info.value.message


@pytest.mark.parametrize("wbits", [zlib.MAX_WBITS, -zlib.MAX_WBITS], ids=["zlib", "raw"])
def test_deflate_bomb_with_small_content_length_is_refused(server, policy, wbits):
    comp = zlib.compressobj(9, zlib.DEFLATED, wbits)
    bomb = b"".join(comp.compress(b"\0" * MB) for _ in range(40)) + comp.flush()
    assert len(bomb) < 100_000
    server.add("/bomb", Response(body=bomb, headers={"Content-Encoding": "deflate"}, content_type=HTML))
    with pytest.raises(TooLarge):
        fetch(server.url("/bomb"), policy=policy)


def test_gzip_and_deflate_bodies_are_decoded_and_archived_decoded(server, policy):
    page = ("<html><body>" + "<p>Absatz mit Inhalt.</p>" * 200 + "</body></html>").encode()
    gz = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    server.add(
        "/gz", Response(body=gz.compress(page) + gz.flush(), headers={"Content-Encoding": "gzip"}, content_type=HTML)
    )
    server.add("/df", Response(body=zlib.compress(page), headers={"Content-Encoding": "deflate"}, content_type=HTML))
    for path in ("/gz", "/df"):
        result = fetch(server.url(path), policy=policy)
        assert result.raw == page
        assert result.text == page.decode()


def test_corrupt_or_unknown_content_encoding_is_refused(server, policy):
    server.add(
        "/corrupt",
        Response(body=b"\x1f\x8b\x08\x00garbage-garbage", headers={"Content-Encoding": "gzip"}, content_type=HTML),
    )
    server.add("/zstd", Response(body=b"....", headers={"Content-Encoding": "zstd"}, content_type=HTML))
    server.add("/stacked", Response(body=b"....", headers={"Content-Encoding": "gzip, gzip"}, content_type=HTML))
    for path in ("/corrupt", "/zstd", "/stacked"):
        with pytest.raises(BadEncoding) as info:
            fetch(server.url(path), policy=policy)
        assert info.value.code == "bad_encoding"


def test_one_byte_every_nine_seconds_hits_the_deadline(server):
    server.add("/drip", Response(body=b"<p>slow</p>", interval=9, content_type=HTML))
    policy = make_policy(server.netloc, read_timeout=10, deadline=2)
    started = time.monotonic()
    with pytest.raises(Timeout) as info:
        fetch(server.url("/drip"), policy=policy)
    took = time.monotonic() - started
    assert 1.9 < took < 3
    assert "2 s time limit" in info.value.message
    assert info.value.code == "timeout"


def test_deadline_fires_although_every_read_is_within_the_read_timeout(server):
    server.add("/drip", Response(body=chunks(b"<p>" + b"a" * 100 + b"</p>", 1), interval=0.2, content_type=HTML))
    policy = make_policy(server.netloc, read_timeout=1, deadline=1.5)
    started = time.monotonic()
    with pytest.raises(Timeout) as info:
        fetch(server.url("/drip"), policy=policy)
    assert 1.4 < time.monotonic() - started < 2.5
    assert "time limit" in info.value.message


def test_trickled_response_headers_hit_the_deadline(server):
    head = b"HTTP/1.1 200 OK\r\n" + b"X-Pad: " + b"a" * 200 + b"\r\nContent-Length: 0\r\n\r\n"
    server.add("/slowloris", Response(raw=head, interval=0.2))
    policy = make_policy(server.netloc, read_timeout=1, deadline=1.5)
    started = time.monotonic()
    with pytest.raises(Timeout):
        fetch(server.url("/slowloris"), policy=policy)
    assert time.monotonic() - started < 2.5


def test_read_timeout(server):
    server.add("/stall", Response(body=b"<p>late</p>", delay=3, content_type=HTML))
    policy = make_policy(server.netloc, read_timeout=0.5, deadline=5)
    started = time.monotonic()
    with pytest.raises(Timeout) as info:
        fetch(server.url("/stall"), policy=policy)
    assert time.monotonic() - started < 1.5
    assert "sent nothing for 0.5 s" in info.value.message


def test_content_length_longer_than_body_is_a_bad_response(server, policy):
    server.add("/short", Response(body=b"<p>only this</p>", content_length=5000, content_type=HTML))
    with pytest.raises(BadResponse) as info:
        fetch(server.url("/short"), policy=policy)
    assert info.value.code == "bad_response"
    assert "shorter than announced" in info.value.message


def test_content_length_shorter_than_body_reads_only_the_announced_bytes(server, policy):
    server.add("/long", Response(body=b"<p>12345</p>TRAILING JUNK", content_length=12, content_type=HTML))
    assert fetch(server.url("/long"), policy=policy).raw == b"<p>12345</p>"


def test_conflicting_content_lengths_are_refused(server, policy):
    raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\nhello!!"
    server.add("/two", Response(raw=raw))
    with pytest.raises(BadResponse):
        fetch(server.url("/two"), policy=policy)


def test_truncated_chunked_body_is_a_bad_response(server, policy):
    raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n10\r\nabc"
    server.add("/cut", Response(raw=raw))
    with pytest.raises(BadResponse):
        fetch(server.url("/cut"), policy=policy)


def test_garbage_instead_of_http_is_a_bad_response(server, policy):
    server.add("/junk", Response(raw=b"SSH-2.0-OpenSSH_9.6\r\n\r\n"))
    with pytest.raises(BadResponse) as info:
        fetch(server.url("/junk"), policy=policy)
    assert "invalid HTTP response" in info.value.message


def test_connection_refused():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ConnectError) as info:
        fetch(f"http://127.0.0.1:{port}/", policy=make_policy(f"127.0.0.1:{port}"))
    assert info.value.code == "connect_error"


def _run_parallel(n, func):
    errors, results = [], []

    def run():
        try:
            results.append(func())
        except Exception as exc:  # collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    return results, errors


def test_per_host_concurrency_limit(server):
    server.add("/slow", Response(body=b"<p>x</p>", delay=0.25, content_type=HTML))
    policy = make_policy(server.netloc, per_host_limit=2)
    results, errors = _run_parallel(8, lambda: fetch(server.url("/slow"), policy=policy))
    assert errors == [] and len(results) == 8
    assert server.max_concurrent == 2


def test_default_per_host_limit_is_four(server):
    server.add("/slow", Response(body=b"<p>x</p>", delay=0.25, content_type=HTML))
    policy = make_policy(server.netloc).replace(per_host_limit=4)
    results, errors = _run_parallel(10, lambda: fetch(server.url("/slow"), policy=policy))
    assert errors == [] and len(results) == 10
    assert server.max_concurrent == 4


def test_waiting_for_a_host_slot_counts_against_the_deadline(server):
    server.add("/slow", Response(body=b"<p>x</p>", delay=1.0, content_type=HTML))
    policy = make_policy(server.netloc, per_host_limit=1, deadline=1.5)
    results, errors = _run_parallel(3, lambda: fetch(server.url("/slow"), policy=policy))
    assert len(results) == 1
    assert len(errors) == 2 and all(isinstance(e, Timeout) for e in errors)


def test_politeness_delay_spaces_requests_to_the_same_host(server):
    server.add("/", Response(body=b"<p>x</p>", content_type=HTML))
    policy = make_policy(server.netloc, politeness_delay=0.2)
    started = time.monotonic()
    for _ in range(3):
        fetch(server.url("/"), policy=policy)
    assert time.monotonic() - started >= 0.4


def _brotli():
    from workers.fetching import content

    return content._brotli


@pytest.mark.skipif(_brotli() is None, reason="brotli >= 1.2 not installed")
def test_brotli_body_is_decoded_and_brotli_bomb_is_refused(server, policy):
    br = _brotli()
    page = ("<p>" + "Brotli-Text " * 500 + "</p>").encode()
    server.add("/br", Response(body=br.compress(page), headers={"Content-Encoding": "br"}, content_type=HTML))
    server.add(
        "/bomb", Response(body=br.compress(b"\0" * 64 * MB), headers={"Content-Encoding": "br"}, content_type=HTML)
    )
    assert fetch(server.url("/br"), policy=policy).raw == page
    assert "br" in server.requests[0].headers["accept-encoding"]
    with pytest.raises(TooLarge):
        fetch(server.url("/bomb"), policy=policy)


@pytest.mark.skipif(_brotli() is not None, reason="brotli is installed")
def test_brotli_without_the_module_is_not_advertised_and_refused(server, policy):
    server.add("/br", Response(body=b"\x0b\x02\x80hello\x03", headers={"Content-Encoding": "br"}, content_type=HTML))
    with pytest.raises(BadEncoding) as info:
        fetch(server.url("/br"), policy=policy)
    assert "'br' is not supported" in info.value.message
    assert "br" not in server.requests[0].headers["accept-encoding"]
