"""Body handling: content types, Content-Encoding, character sets, text cleanup.

All of it is pure (no network) so it can be tested and reused on archived
bytes.
"""

from __future__ import annotations

import codecs
import re
import zlib

from .errors import BadContentType, BadEncoding, BinaryContent, TooLarge

# --------------------------------------------------------------------------
# Content types
# --------------------------------------------------------------------------

#: Content kinds a caller can accept, and the media types each one covers.
KINDS: dict[str, tuple[str, ...]] = {
    "html": ("text/html", "application/xhtml+xml"),
    "feed": (
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+json",
    ),
    "json": ("application/json", "text/json", "application/ld+json"),
    "text": ("text/plain",),
    "pdf": ("application/pdf",),
}
KINDS["xml"] = KINDS["feed"]

#: Kinds whose body is returned as text.
TEXT_KINDS = frozenset({"html", "feed", "xml", "json", "text"})


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """``'text/html; charset="UTF-8"'`` -> ``('text/html', 'UTF-8')``."""
    if not value:
        return None, None
    mime, _, params = value.partition(";")
    mime = mime.strip().lower()
    if not re.match(r"^[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+$", mime):
        mime = None
    charset = None
    m = re.search(r"""charset\s*=\s*["']?\s*([^"';\s]+)""", params, re.I)
    if m:
        charset = m.group(1)
    return mime, charset


def kind_of(mime: str, accept: tuple[str, ...]) -> str | None:
    """The accepted kind that ``mime`` belongs to, or None.

    ``accept`` holds kind names or literal media types ("image/png").
    ``+json`` / ``+xml`` suffix types count as json / feed.
    """
    for kind in accept:
        if "/" in kind:
            if mime == kind.lower():
                return "text" if mime.startswith("text/") else "binary"
            continue
        if mime in KINDS[kind]:
            return kind
        if kind == "json" and mime.endswith("+json"):
            return kind
        if kind in ("feed", "xml") and mime.endswith("+xml") and mime != "application/xhtml+xml":
            return kind
    return None


def validate_accept(accept) -> tuple[str, ...]:
    if isinstance(accept, str):
        accept = (accept,)
    accept = tuple(accept)
    if not accept:
        raise ValueError("accept must name at least one content kind")
    for kind in accept:
        if "/" not in kind and kind not in KINDS:
            raise ValueError(f"unknown content kind {kind!r}; known: {', '.join(sorted(KINDS))} or a media type")
    return accept


def accept_header(accept: tuple[str, ...]) -> str:
    types: list[str] = []
    for kind in accept:
        for mime in KINDS.get(kind, (kind,)):
            if mime not in types:
                types.append(mime)
    return ", ".join([*types, "*/*;q=0.1"])


def check_content_type(mime: str | None, accept: tuple[str, ...], *, url: str) -> str:
    """Return the matching kind or raise :class:`BadContentType`."""
    if mime is None:
        raise BadContentType("The server did not say what type of content it sent.", url=url)
    kind = kind_of(mime, accept)
    if kind is None:
        wanted = ", ".join(accept)
        raise BadContentType(f"The server sent '{mime}', which is not an accepted type here ({wanted}).", url=url)
    return kind


_SNIFF = (
    (re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body)", re.I), "text/html"),
    (re.compile(rb"^%PDF-"), "application/pdf"),
    (re.compile(rb"^\s*(<\?xml|<rss|<feed|<rdf:RDF)", re.I), "application/xml"),
    (re.compile(rb"^\s*[\[{]"), "application/json"),
)


def sniff_mime(body: bytes) -> str | None:
    """Guess a media type for a response without Content-Type (only a few safe ones)."""
    head = body[:1024]
    for bom in (codecs.BOM_UTF8,):
        if head.startswith(bom):
            head = head[len(bom) :]
    for pattern, mime in _SNIFF:
        if pattern.match(head):
            return mime
    return None


# --------------------------------------------------------------------------
# Content-Encoding
# --------------------------------------------------------------------------

# Brotli is optional (the ``brotli`` package, 1.2 or later): it is advertised and
# decoded only when the module can bound the output of each decoding step.
_brotli = None
_BR_LIMIT_ARG = ""
try:
    import brotli as _brotli_module
except ImportError:
    _brotli_module = None
if _brotli_module is not None:
    for _arg in ("output_buffer_limit", "max_output_length"):
        try:
            _brotli_module.Decompressor().process(b"", **{_arg: 1})
        except TypeError:  # unknown keyword in this version: try the other name
            continue
        _brotli, _BR_LIMIT_ARG = _brotli_module, _arg
        break

_STEP = 64 * 1024  # decode at most this much per step


def accept_encoding_header() -> str:
    return "gzip, deflate, br" if _brotli is not None else "gzip, deflate"


class BodyDecoder:
    """Incrementally undo one Content-Encoding, refusing output past ``limit``.

    ``feed(chunk)`` returns decoded bytes; raises :class:`TooLarge` as soon
    as the decoded total would exceed ``limit``, after decoding at most
    ``_STEP`` bytes beyond what was already accepted (so a bomb never
    allocates more than the cap plus one step).
    """

    def __init__(self, encoding: str | None, limit: int, *, url: str):
        self.url = url
        self.limit = limit
        self.total = 0
        self._encoding = _normalise_encoding(encoding, url=url)
        self._zlib = None
        self._br = None
        self._pending_deflate = b""
        self._finished = False
        if self._encoding == "gzip":
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self._encoding == "br":
            self._br = _brotli.Decompressor()

    def _count(self, data: bytes) -> bytes:
        self.total += len(data)
        if self.total > self.limit:
            raise TooLarge(
                f"The content is larger than the {human_size(self.limit)} limit after decompression.", url=self.url
            )
        return data

    def feed(self, chunk: bytes) -> bytes:
        if self._encoding is None:
            return self._count(chunk)
        try:
            if self._encoding == "br":
                return self._feed_br(chunk)
            return self._feed_zlib(chunk)
        except zlib.error as exc:
            raise BadEncoding(
                f"The {self._encoding}-compressed content is corrupt.", url=self.url, detail=str(exc)
            ) from None
        except Exception as exc:
            if _brotli is not None and isinstance(exc, _brotli.error):
                raise BadEncoding("The br-compressed content is corrupt.", url=self.url, detail=str(exc)) from None
            raise

    def _feed_zlib(self, chunk: bytes) -> bytes:
        if self._zlib is None:  # deflate: decide between zlib-wrapped and raw on the first 2 bytes
            self._pending_deflate += chunk
            if len(self._pending_deflate) < 2:
                return b""
            chunk, self._pending_deflate = self._pending_deflate, b""
            cmf, flg = chunk[0], chunk[1]
            wrapped = (cmf & 0x0F) == 8 and ((cmf << 8) | flg) % 31 == 0
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        out = []
        data = chunk
        while data:
            if self._zlib.eof:
                # Concatenated gzip members are legal; anything else after the end is ignored.
                rest = self._zlib.unused_data + data
                if self._encoding == "gzip" and rest[:2] == b"\x1f\x8b":
                    self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    data = rest
                    continue
                self._finished = True
                break
            piece = self._zlib.decompress(data, _STEP)
            out.append(self._count(piece))
            data = self._zlib.unconsumed_tail
        return b"".join(out)

    def _br_step(self, data: bytes) -> bytes:
        return self._br.process(data, **{_BR_LIMIT_ARG: _STEP})

    def _feed_br(self, chunk: bytes) -> bytes:
        out = [self._count(self._br_step(chunk))]
        while not self._br.can_accept_more_data():
            piece = self._br_step(b"")
            if not piece:
                break
            out.append(self._count(piece))
        return b"".join(out)

    def finish(self) -> bytes:
        if self._encoding is None:
            return b""
        try:
            if self._encoding == "br":
                out = []
                while not self._br.is_finished():
                    piece = self._br_step(b"")
                    if not piece:
                        break
                    out.append(self._count(piece))
                if not self._br.is_finished():
                    raise BadEncoding("The br-compressed content is truncated.", url=self.url)
                return b"".join(out)
            if self._zlib is None:  # deflate with fewer than 2 bytes
                if self._pending_deflate:
                    raise BadEncoding("The deflate-compressed content is truncated.", url=self.url)
                return b""
            out = []
            while not self._zlib.eof and self._zlib.unconsumed_tail:
                out.append(self._count(self._zlib.decompress(self._zlib.unconsumed_tail, _STEP)))
            if not self._zlib.eof:
                # Lenient like browsers: a missing gzip trailer is tolerated if data came out.
                tail = self._zlib.flush(_STEP)
                out.append(self._count(tail))
                if self.total == 0:
                    raise BadEncoding(f"The {self._encoding}-compressed content is truncated.", url=self.url)
            return b"".join(out)
        except zlib.error as exc:
            raise BadEncoding(
                f"The {self._encoding}-compressed content is corrupt.", url=self.url, detail=str(exc)
            ) from None
        except Exception as exc:
            if _brotli is not None and isinstance(exc, _brotli.error):
                raise BadEncoding("The br-compressed content is corrupt.", url=self.url, detail=str(exc)) from None
            raise


def _normalise_encoding(value: str | None, *, url: str) -> str | None:
    if not value:
        return None
    codings = [c.strip().lower() for c in value.split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    if not codings:
        return None
    if len(codings) > 1:
        raise BadEncoding(f"Stacked content encodings ({value}) are not supported.", url=url)
    coding = codings[0]
    if coding in ("gzip", "x-gzip"):
        return "gzip"
    if coding == "deflate":
        return "deflate"
    if coding == "br" and _brotli is not None:
        return "br"
    raise BadEncoding(f"The content encoding '{coding}' is not supported.", url=url)


def human_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.3g} MB"
    if n >= 1024:
        return f"{n / 1024:.3g} KB"
    return f"{n} bytes"


# --------------------------------------------------------------------------
# Character sets
# --------------------------------------------------------------------------

# WHATWG Encoding Standard: labels browsers decode with a superset codec.
_LABEL_OVERRIDES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "ansi_x3.4-1968": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "csshiftjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "x-user-defined": "cp1252",
    "unicode": "utf-16-le",
    "utf-16": "utf-16-le",  # without a BOM, WHATWG's "utf-16" is little-endian
}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: same first two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_META_RE = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)""", re.I)
_XML_DECL_RE = re.compile(rb"""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")


def normalise_charset(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None if unknown/unsafe."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    key = _LABEL_OVERRIDES.get(key, key)
    try:
        info = codecs.lookup(key)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None  # e.g. "rot13", "base64": not character sets
    name = info.name
    if name in ("utf-7",):  # XSS-prone and never needed; treat as unknown
        return None
    return name


def sniff_bom(body: bytes) -> tuple[str | None, int]:
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name, len(bom)
    return None, 0


def _prescan(body: bytes, kind: str) -> str | None:
    head = body[:4096]
    if kind == "html":
        # Drop comments so a commented-out <meta> does not count.
        head = re.sub(rb"<!--.*?-->", b"", head, flags=re.S)
        m = _META_RE.search(head)
        if m:
            name = normalise_charset(m.group(1).decode("ascii"))
            if name and name.startswith(("utf-16", "utf-32")):
                return "utf-8"  # an ASCII-readable meta cannot be right about UTF-16
            return name
        return None
    if kind in ("feed", "xml") or head.lstrip().startswith(b"<?xml"):
        m = _XML_DECL_RE.match(head)
        if m:
            name = normalise_charset(m.group(1).decode("ascii"))
            if name and name.startswith(("utf-16", "utf-32")):
                return None
            return name
    return None


def _detect(body: bytes) -> str | None:
    sample = body[: 256 * 1024]
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 4 and len(body) > len(sample):
            return "utf-8"  # only a multi-byte sequence cut by the sample boundary
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - pinned in requirements.txt
        return None
    best = from_bytes(sample).best()
    if best is None:
        return None
    # Code pages that decode this body to the very same text are grouped; prefer
    # windows-1252, by far the most common of them on the web (and the WHATWG default).
    if "cp1252" in (getattr(best, "could_be_from_charset", None) or ()):
        return "cp1252"
    return normalise_charset(best.encoding)


def choose_charset(body: bytes, declared: str | None, kind: str) -> tuple[str | None, str]:
    """Pick the character set of ``body``.

    Order: a byte-order mark (authoritative, as in the WHATWG and XML specs),
    then the Content-Type ``charset``, then ``<meta charset>`` /
    ``<meta http-equiv>`` (HTML) or the XML declaration (feeds), then
    detection (strict UTF-8 first, then charset-normalizer).

    Returns ``(codec name or None, source)`` with source one of "bom",
    "header", "meta", "xml", "detected", "none".
    """
    bom_charset, _ = sniff_bom(body)
    if bom_charset:
        return bom_charset, "bom"
    name = normalise_charset(declared)
    if name:
        return name, "header"
    name = _prescan(body, kind)
    if name:
        return name, "xml" if kind in ("feed", "xml") else "meta"
    if kind == "json":
        # RFC 8259: JSON is UTF-8; tolerate legacy UTF-16/32 without BOM.
        if len(body) >= 4 and body[0] == 0 and body[1] == 0:
            return "utf-32-be", "detected"
        if len(body) >= 4 and body[1] == 0 and body[2] == 0:
            return "utf-32-le", "detected"
        if len(body) >= 2 and body[0] == 0:
            return "utf-16-be", "detected"
        if len(body) >= 2 and body[1] == 0:
            return "utf-16-le", "detected"
        return "utf-8", "detected"
    if not body:
        return "utf-8", "detected"
    name = _detect(body)
    if name:
        return name, "detected"
    return None, "none"


# --------------------------------------------------------------------------
# Binary detection and text cleanup
# --------------------------------------------------------------------------

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ", "a Windows executable"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
)

# Control characters that never appear in real text (keeps \t \n \f \r and ESC for ISO-2022).
_BAD_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\ufffd]")
# What is stripped from returned text: all C0 controls except \t \n \r, and DEL.
_STRIP_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")

BINARY_THRESHOLD = 0.05  # share of bad control / replacement characters in the sample


def binary_magic(body: bytes) -> str | None:
    for magic, what in _MAGIC:
        if body.startswith(magic):
            if magic == b"MZ" and b"This program" not in body[:512]:
                continue  # "MZ" alone is too weak a signal
            return what
    return None


def decode_text(body: bytes, *, declared: str | None, kind: str, mime: str, url: str) -> tuple[str, str]:
    """Decode ``body`` to clean text.  Returns ``(text, codec name)``.

    Raises :class:`BinaryContent` when the body is evidently binary and
    :class:`BadEncoding` when no character set can be found.
    """
    what = binary_magic(body)
    if what and not (kind == "binary"):
        raise BinaryContent(f"The content was served as {mime} but is {what}.", url=url)
    charset, _source = choose_charset(body, declared, kind)
    if charset is None:
        raise BadEncoding(
            f"The content was served as {mime} but its character set could not be determined; it may be binary.",
            url=url,
        )
    text = body.decode(charset, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    sample = text[:16384]
    if sample:
        bad = len(_BAD_CONTROL_RE.findall(sample))
        if bad / len(sample) > BINARY_THRESHOLD:
            raise BinaryContent(
                f"The content was served as {mime} but looks binary "
                f"({bad} control or undecodable characters in the first {len(sample)}).",
                url=url,
            )
    return clean_text(text), charset


def clean_text(text: str) -> str:
    """Remove NUL and other C0 control characters (keeping tab, LF, CR) and DEL, and replace lone
    surrogates (JSON may escape half a pair) with "?": PostgreSQL stores neither."""
    text = _STRIP_RE.sub("", text)
    if _SURROGATE_RE.search(text):
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text
