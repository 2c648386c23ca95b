"""What a response (or a file, or stdin) holds: a page, a feed, text, or something unreadable.

The declared Content-Type is often wrong (feeds served as text/html, pages as
application/octet-stream), so the first bytes decide where they are clear and the header only
where they are not. A PDF or an image is named, so the one-line error says what it was.
"""

from __future__ import annotations

import re

#: Kinds postil reads.
HTML, FEED, TEXT = "html", "feed", "text"

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"OggS", "an audio or video file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x00\x00\x00", "a video or binary file"),
)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|div|p)[\s>]", re.IGNORECASE)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_XML_TYPES = ("application/xml", "text/xml")


def media_type(content_type: str | None) -> str:
    """``text/html`` of ``text/html; charset=utf-8``, lowercased; ``""`` when absent."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def _binary(head: bytes) -> str | None:
    """What the first bytes say a binary file is, or ``None`` when they look like text."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if head[8:12] == b"WEBP" and head.startswith(b"RIFF"):
        return "a WebP image"
    if b"\x00" in head[:1024] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "a binary file"
    return None


def sniff(data: bytes, content_type: str | None = None) -> tuple[str, str | None]:
    """``(kind, what)``: kind is :data:`HTML`, :data:`FEED`, :data:`TEXT`, or ``"other"``, in
    which case ``what`` names it ("a PDF document", "a PNG image")."""
    declared = media_type(content_type)
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    what = _binary(data[:2048])
    if what is not None:
        return "other", what
    if (
        declared.startswith(("image/", "audio/", "video/", "font/"))
        or declared == "application/pdf"
    ):
        return "other", f"a file of type {declared}"
    if _FEED_ROOT.search(head[:1024]):
        return FEED, None
    if declared in _FEED_TYPES:
        return FEED, None
    if _HTML_ROOT.search(head[:1024]) or declared in ("text/html", "application/xhtml+xml"):
        return HTML, None
    if declared in _XML_TYPES or head.startswith(b"<?xml"):
        return FEED, None  # an XML document that is not a page: try it as a feed
    return TEXT, None
