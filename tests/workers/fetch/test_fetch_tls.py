"""HTTPS to a pinned address still verifies the real host name (SNI + certificate)."""

from __future__ import annotations

import shutil
import socket
import ssl
import threading

import pytest

from tests.httpserver import LocalHTTPServer, Response, self_signed_cert
from tests.workers.fetch.fetch_helpers import make_policy, map_resolver
from workers.fetch import TLSError, fetch

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")


def _tls_server(certfile: str, keyfile: str, seen_names: list) -> LocalHTTPServer:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certfile, keyfile)
    ctx.sni_callback = lambda sslobj, name, context: seen_names.append(name)
    return LocalHTTPServer(ssl_context=ctx)


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    directory = tmp_path_factory.mktemp("certs")
    return {name: self_signed_cert(directory, name) for name in ("news.test", "other.test")}


def _policy(port, cafile, **overrides):
    resolver = map_resolver({"news.test": "127.0.0.1"})
    return make_policy(f"news.test:{port}", resolver=resolver, ca_bundle=cafile, **overrides)


def test_https_to_pinned_address_verifies_the_host_name(certs):
    cert, key = certs["news.test"]
    names: list = []
    with _tls_server(cert, key, names) as server:
        server.add("/", Response(body="<p>sicher</p>", content_type="text/html; charset=utf-8"))
        result = fetch(f"https://news.test:{server.port}/", policy=_policy(server.port, cert))
        assert result.text == "<p>sicher</p>"
        assert result.peer == "127.0.0.1"
        assert names == ["news.test"]  # SNI carried the real name, not the IP
        assert server.requests[0].headers["host"] == f"news.test:{server.port}"


def test_certificate_for_another_name_is_refused(certs):
    cert, key = certs["other.test"]
    with _tls_server(cert, key, []) as server:
        server.add("/", Response(body="<p>x</p>", content_type="text/html"))
        with pytest.raises(TLSError) as info:
            fetch(f"https://news.test:{server.port}/", policy=_policy(server.port, cert))
        assert info.value.code == "tls_error"
        assert "could not be verified" in info.value.message
        assert server.requests == []


def test_untrusted_certificate_is_refused(certs):
    cert, key = certs["news.test"]
    with _tls_server(cert, key, []) as server:
        server.add("/", Response(body="<p>x</p>", content_type="text/html"))
        with pytest.raises(TLSError):
            fetch(f"https://news.test:{server.port}/", policy=_policy(server.port, None))


def test_https_to_a_plain_http_server_fails_cleanly(certs):
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def answer_in_plain_http():
        conn, _ = listener.accept()
        with conn:
            conn.recv(4096)
            conn.sendall(b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n")

    thread = threading.Thread(target=answer_in_plain_http, daemon=True)
    thread.start()
    try:
        with pytest.raises(TLSError) as info:
            fetch(f"https://news.test:{port}/", policy=_policy(port, certs["news.test"][0]))
        assert "TLS handshake" in info.value.message
    finally:
        thread.join(5)
        listener.close()
