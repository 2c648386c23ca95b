"""What a page's bytes really are, before anyone tries to read them as HTML.

A server's Content-Type is often wrong and a saved file's extension says nothing, so the first
bytes decide: a PDF, an image or an archive is refused with a message that names it (the user
learns what they fetched, not that "extraction failed"); so is a feed, which is subscribed to,
not read as a page.
"""

from __future__ import annotations

import re

from reader.web.errors import ExtractionError

#: Leading bytes of formats that are sometimes served or saved as ".html".
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (or an office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"MZ", "a Windows program"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg audio/video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"\x1aE\xdf\xa3", "a WebM/Matroska video"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_RIFF = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}
_FEED = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.DOTALL)
#: Bytes that never occur in text: C0 controls other than tab, newlines, form feed and ESC.
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def refuse_non_html(data: bytes) -> None:
    """Raise :class:`ExtractionError` unless ``data`` may be an HTML page."""
    if not data.strip():
        raise ExtractionError("empty page (no bytes to read)")
    head = data[:64]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            raise ExtractionError(f"not HTML (looks like {name})")
    if head.startswith(b"RIFF") and head[8:12] in _RIFF:
        raise ExtractionError(f"not HTML (looks like {_RIFF[head[8:12]]})")
    if head[4:8] == b"ftyp":
        raise ExtractionError("not HTML (looks like an MP4/MOV video or HEIC image)")
    sample = data[:4096].lstrip(b"\xef\xbb\xbf")
    if _FEED.match(sample):
        raise ExtractionError("not HTML (looks like an RSS/Atom feed: subscribe to it instead)")
    if _looks_binary(data[:8192]):
        raise ExtractionError("not HTML (binary data)")


def _looks_binary(sample: bytes) -> bool:
    """True for bytes full of controls that text never has; UTF-16/32 pages are not binary."""
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")) or _mostly_wide_ascii(sample):
        return False
    odd = len(_BINARY.findall(sample))
    return odd > 4 + len(sample) // 50


def _mostly_wide_ascii(sample: bytes) -> bool:
    """UTF-16 without a BOM: ASCII markup with a NUL beside every character."""
    if len(sample) < 8:
        return False
    zeros = max(sample[0::2].count(0), sample[1::2].count(0))
    return zeros > 0.4 * (len(sample) // 2)
