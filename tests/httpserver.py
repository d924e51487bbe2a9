"""A small, reusable, threaded HTTP/1.1 test server on 127.0.0.1.

Tests must never touch the internet; anything that fetches URLs is tested
against this server instead.  It is deliberately low-level (it writes the
status line, headers and body bytes itself) so tests can produce exactly the
misbehaviour they need: lying Content-Length, endless chunked bodies,
one-byte-every-N-seconds drips, compression bombs, redirects, raw garbage.

Quick use::

    from tests.httpserver import LocalHTTPServer, Response

    with LocalHTTPServer() as server:
        server.add("/page", Response(body="<p>Hallo</p>", content_type="text/html; charset=utf-8"))
        server.add("/old", Response.redirect("/page"))              # 302 to a path or absolute URL
        server.add("/drip", Response(body=chunks(b"abc", 1), interval=9))  # one byte every 9 s
        server.add("/dyn", lambda request: Response(body=request.headers.get("user-agent", "")))
        url = server.url("/page")                                    # http://127.0.0.1:<port>/page
        ...
        server.requests        # list of Request(method, target, path, headers) in arrival order
        server.max_concurrent  # highest number of requests received and not yet answered at the same time

Routes match the request path without the query string; an unknown path gets
a 404.  ``add(path, ...)`` with a list of responses serves them in turn (the
last one repeats).  Every response is sent with ``Connection: close`` unless
the route sets a Connection header itself.

Bodies may be ``bytes``, ``str`` (UTF-8 encoded), or any iterable of bytes
(streamed lazily, so a "50 MB" or "endless" body costs nothing unless it is
read).  Framing:

* ``bytes``/``str`` body: ``Content-Length`` is set to the real length unless
  ``content_length=`` overrides it (use that to lie);
* iterable body: chunked if ``chunked=True``, else close-delimited (no
  length) unless ``content_length=`` is given;
* ``raw=b"..."`` writes those bytes verbatim and nothing else (one byte per
  ``interval`` if that is set: a slow-headers attack).

Helpers: :func:`chunks` (split bytes into pieces), :func:`endless` (repeat a
piece up to a bound), :func:`gzip_stream` (lazily gzip a long run of one
byte: a streamed compression bomb) and :func:`self_signed_cert` (openssl-made
certificate for HTTPS tests; pass ``ssl_context=`` to the server).

The server stops with the ``with`` block (or :meth:`LocalHTTPServer.stop`);
sleeping drips wake up at once and handler threads are daemons.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import ssl
import subprocess
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path

__all__ = [
    "LocalHTTPServer",
    "Request",
    "Response",
    "chunks",
    "endless",
    "gzip_stream",
    "self_signed_cert",
]


@dataclass
class Request:
    method: str
    target: str  # request target as sent, e.g. "/a?b=1"
    path: str  # target without the query string
    headers: dict[str, str]  # lower-cased names
    client_port: int = 0
    body: bytes = b""  # the Content-Length body (POSTs such as webhook deliveries), at most 1 MiB


@dataclass
class Response:
    status: int = 200
    body: bytes | str | Iterable[bytes] | None = b""
    headers: dict[str, str] | list[tuple[str, str]] = field(default_factory=dict)
    content_type: str | None = None  # shortcut for a Content-Type header
    content_length: int | None = None  # override (lie) for bytes bodies; sets a length for iterables
    chunked: bool = False  # for iterable bodies
    interval: float = 0.0  # pause before each body piece (drips); bytes/raw bodies go one byte at a time
    delay: float = 0.0  # pause before the status line
    hold: float = 0.0  # keep the connection open this long after the body
    raw: bytes | None = None  # write exactly this and nothing else
    reason: str | None = None

    @classmethod
    def redirect(cls, location: str, status: int = 302) -> Response:
        return cls(status=status, headers={"Location": location})

    def header_list(self) -> list[tuple[str, str]]:
        items = list(self.headers.items()) if isinstance(self.headers, dict) else list(self.headers)
        if self.content_type is not None:
            items.append(("Content-Type", self.content_type))
        return items


Handler = Callable[[Request], Response]


def chunks(data: bytes, size: int) -> Iterator[bytes]:
    """``data`` in pieces of ``size`` bytes."""
    for i in range(0, len(data), size):
        yield data[i : i + size]


def endless(piece: bytes = b"x" * 65536, limit: int = 1 << 31) -> Iterator[bytes]:
    """``piece`` over and over, at most ``limit`` bytes in total (a safety bound)."""
    sent = 0
    while sent < limit:
        yield piece
        sent += len(piece)


def gzip_stream(total: int, byte: bytes = b"\0", step: int = 1 << 20) -> Iterator[bytes]:
    """Lazily gzip ``total`` repetitions of ``byte`` (10 GB costs nothing unless read)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = byte * step
    done = 0
    while done < total:
        n = min(step, total - done)
        out = comp.compress(block if n == step else byte * n)
        done += n
        if out:
            yield out
    yield comp.flush()


def self_signed_cert(directory: str | Path, hostname: str) -> tuple[str, str]:
    """Make a self-signed certificate for ``hostname`` with openssl; returns (certfile, keyfile).

    The certificate doubles as its own CA file for the client side.
    """
    directory = Path(directory)
    cert, key = directory / f"{hostname}.crt", directory / f"{hostname}.key"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            f"/CN={hostname}",
            "-addext",
            f"subjectAltName=DNS:{hostname}",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
        ],
        check=True,
        capture_output=True,
    )
    return str(cert), str(key)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    owner: LocalHTTPServer


class _RequestHandler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        owner = self.server.owner
        sock: socket.socket = self.request
        if owner.ssl_context is not None:
            try:
                sock.settimeout(5)
                sock = owner.ssl_context.wrap_socket(sock, server_side=True)
            except (OSError, ssl.SSLError):
                return
        sock.settimeout(owner.request_timeout)
        try:
            request = self._read_request(sock)
        except (OSError, ValueError):
            return
        if request is None:
            return
        owner._enter(request)
        answered: list[bool] = []

        def answer() -> None:  # once, when the answer starts (or the handling ends without one)
            if not answered:
                answered.append(True)
                owner._answering()

        try:
            response = owner._respond(request)
            self._write(sock, response, owner, answer)
        except OSError:
            pass  # client went away (e.g. it stopped reading at a size cap)
        finally:
            answer()
            owner._leave()
            with contextlib.suppress(OSError):
                sock.close()

    def _read_request(self, sock: socket.socket) -> Request | None:
        data = b""
        while b"\r\n\r\n" not in data:
            piece = sock.recv(65536)
            if not piece:
                return None
            data += piece
            if len(data) > 1 << 20:
                raise ValueError("request head too large")
        raw_head, _, body = data.partition(b"\r\n\r\n")
        head = raw_head.decode("latin-1")
        lines = head.split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = min(int(headers.get("content-length", "0") or 0), 1 << 20)
        while len(body) < length:
            piece = sock.recv(65536)
            if not piece:
                break
            body += piece
        return Request(method, target, target.split("?", 1)[0], headers, self.client_address[1], body[:length])

    def _write(self, sock: socket.socket, response: Response, owner: LocalHTTPServer, answer) -> None:
        if response.delay and owner._stopping.wait(response.delay):
            return
        answer()
        if response.raw is not None:
            if response.interval:  # trickle the raw bytes one at a time
                for piece in chunks(response.raw, 1):
                    if owner._stopping.wait(response.interval):
                        return
                    sock.sendall(piece)
            else:
                sock.sendall(response.raw)
            return
        body = response.body
        if isinstance(body, str):
            body = body.encode("utf-8")
        headers = response.header_list()
        names = {k.lower() for k, _ in headers}
        iterable = body is not None and not isinstance(body, (bytes, bytearray))
        if response.content_length is not None:
            headers.append(("Content-Length", str(response.content_length)))
        elif iterable and response.chunked:
            headers.append(("Transfer-Encoding", "chunked"))
        elif not iterable and response.status not in (204, 304):
            headers.append(("Content-Length", str(len(body or b""))))
        if "connection" not in names:
            headers.append(("Connection", "close"))
        reason = response.reason
        if reason is None:
            try:
                reason = HTTPStatus(response.status).phrase
            except ValueError:
                reason = "Unknown"
        head = f"HTTP/1.1 {response.status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
        sock.sendall(head.encode("latin-1"))
        if not iterable:
            if body:
                if response.interval:
                    for piece in chunks(bytes(body), 1):
                        if owner._stopping.wait(response.interval):
                            return
                        sock.sendall(piece)
                else:
                    sock.sendall(body)
        else:
            for piece in body:
                if response.interval and owner._stopping.wait(response.interval):
                    return
                if owner._stopping.is_set():
                    return
                if response.chunked and response.content_length is None:
                    if piece:
                        sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
                else:
                    sock.sendall(piece)
            if response.chunked and response.content_length is None:
                sock.sendall(b"0\r\n\r\n")
        if response.hold:
            owner._stopping.wait(response.hold)


class LocalHTTPServer:
    """Threaded HTTP (or HTTPS, with ``ssl_context``) server on 127.0.0.1:<free port>."""

    def __init__(self, *, ssl_context: ssl.SSLContext | None = None, request_timeout: float = 10.0):
        self.ssl_context = ssl_context
        self.request_timeout = request_timeout
        self.requests: list[Request] = []
        self.active = 0
        self.max_concurrent = 0
        # Received, not yet answered: a client holds its connection slot at least that long. (Counting up to
        # the end of the write over-counts: the client may read the answer, release its slot and send the
        # next request before this thread gets back to _leave().)
        self._unanswered = 0
        self._routes: dict[str, list[Response | Handler]] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -----------------------------------------------------------
    def start(self) -> LocalHTTPServer:
        server = _Server(("127.0.0.1", 0), _RequestHandler)
        server.owner = self
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> LocalHTTPServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- addressing ----------------------------------------------------------
    @property
    def host(self) -> str:
        return "127.0.0.1"

    @property
    def port(self) -> int:
        assert self._server is not None, "server not started"
        return self._server.server_address[1]

    @property
    def netloc(self) -> str:
        return f"{self.host}:{self.port}"

    def url(self, path: str = "/", *, host: str | None = None) -> str:
        scheme = "https" if self.ssl_context is not None else "http"
        return f"{scheme}://{host or self.host}:{self.port}{path}"

    # -- routes --------------------------------------------------------------
    def add(self, path: str, response: Response | Handler | list[Response | Handler]) -> LocalHTTPServer:
        """Serve ``response`` (or a handler ``f(request) -> Response``) at ``path``."""
        items = list(response) if isinstance(response, list) else [response]
        with self._lock:
            self._routes[path] = items
        return self

    def hits(self, path: str) -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    def _respond(self, request: Request) -> Response:
        with self._lock:
            items = self._routes.get(request.path)
            if items is None:
                item: Response | Handler = Response(status=404, body=b"not found", content_type="text/plain")
            else:
                item = items.pop(0) if len(items) > 1 else items[0]
        return item(request) if callable(item) and not isinstance(item, Response) else item

    def _enter(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)
            self.active += 1
            self._unanswered += 1
            self.max_concurrent = max(self.max_concurrent, self._unanswered)

    def _answering(self) -> None:
        with self._lock:
            self._unanswered -= 1

    def _leave(self) -> None:
        with self._lock:
            self.active -= 1

    def wait_idle(self, timeout: float = 5.0) -> None:
        """Wait until no request is being handled (after a client hung up)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self._lock:
                if self.active == 0:
                    return
            time.sleep(0.01)
