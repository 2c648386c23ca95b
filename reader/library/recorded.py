"""A kept article's summary, recorded in its own front matter when postil writes it.

Why: with no summary cache, ``postil list`` of 50,000 kept articles read and cleaned every one
of them (boilerplate, paragraphs, headline, word count, fingerprint): minutes of CPU for what
``wc -w`` does in seconds. The writer (:mod:`reader.collection.kept`) cleans the final document
once, with the same code a list would, and records the :class:`Summary` as the last line of the
front matter::

    postil_listing: {"check": "...", "code": "...", "title": "...", "words": 812, ...}

A list then reads the file (as ``wc`` does) and uses that line instead of cleaning, but only if

- ``check`` is the BLAKE2b of the file's name and every other byte of the file: a hand edit
  anywhere (body or header) or a new name makes the article be cleaned again, as before;
- ``code`` is the digest of the cleaning code's source (:func:`code_digest`): a postil that
  cleans differently does not take an older postil's word for it;
- every field has its type and inert text (as a cached summary,
  :func:`~reader.library.summaries.trusted_summary`), the key has its shape, and the line is
  at most :data:`MAX_LINE` bytes (which bounds every string in it).

The check is no secret: a forged line passes it. So the line is only display, bounded and
inert, on its own article's row: what a forged ``title:`` in the front matter shows already.
Anything else (a page without the line, an older postil's file, a .txt) is cleaned as before.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from stat import S_ISREG
from typing import Any

import orjson

from reader.library.errors import ArticleError
from reader.library.summaries import Summary, code_digest, record_of, trusted_summary

#: The front matter key of the line (namespaced: ``summary`` means an abstract to some tools).
KEY = "postil_listing"
_PREFIX = KEY.encode() + b": "
#: A longer line is not read: what a forged one can show is bounded by it (a written one
#: longer than this is not written: its article is cleaned by a list, as before).
MAX_LINE = 16 * 1024
#: The front matter must close within this many bytes for its line to be looked for.
MAX_HEAD = 64 * 1024
#: Articles bigger than this get no line (a list reads only their start: see library.BIG_FILE).
MAX_RECORDED = 2 * 1024 * 1024
_KEY_SHAPE = re.compile(r"url:\S{1,4096}|text:[0-9a-f]{20}")
_CLOSING = b"\n---\n"
_READ = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_READ |= getattr(os, "O_BINARY", 0)


def _check(name: str, before: bytes | memoryview, after: bytes | memoryview) -> str:
    """The BLAKE2b of the file's name (a title may come from it, and its suffix says how it
    is read) and of its bytes ``before`` and ``after`` its line (and the line's newline)."""
    digest = hashlib.blake2b(name.encode("utf-8", "surrogateescape") + b"\0", digest_size=16)
    digest.update(before)
    digest.update(after)
    return digest.hexdigest()


def _line_span(data: bytes) -> tuple[int, int] | None:
    """Where the last front matter line starts and ends, in the layout postil writes."""
    if not data.startswith(b"---\n"):
        return None
    end = data.find(_CLOSING, 0, MAX_HEAD)
    if end < 0:
        return None
    return data.rfind(b"\n", 0, end) + 1, end


def _summary_of(fields: Any) -> Summary | None:
    """The summary in ``fields`` if it is one a list may show: every field of its type, its
    text inert (:func:`trusted_summary`), no error (a written one never has one) and its key
    of the shape postil makes (a URL's or a text fingerprint's)."""
    summary = trusted_summary(fields)
    if summary is None or summary.error is not None:
        return None
    return summary if summary.key is None or _KEY_SHAPE.fullmatch(summary.key) else None


def recorded_summary(data: bytes, name: str) -> Summary | None:
    """The summary recorded in ``data`` (the whole file named ``name``), if it is there and
    holds."""
    span = _line_span(data)
    if span is None:
        return None
    start, end = span
    if not data.startswith(_PREFIX, start) or end - start > MAX_LINE:
        return None
    try:
        fields = orjson.loads(data[start + len(_PREFIX) : end])
    except orjson.JSONDecodeError:
        return None
    if type(fields) is not dict or fields.pop("code", None) != code_digest():
        return None
    view = memoryview(data)
    if fields.pop("check", None) != _check(name, view[:start], view[end + 1 :]):
        return None
    return _summary_of(fields)


def recorded_in_file(path: str, info: os.stat_result) -> Summary | None:
    """The summary the file at ``path`` records (:func:`recorded_summary`), read in two
    system calls and no cleaning code imported; None if it has none or the file is not as
    ``info`` (its stat) says, for the caller to read it in full and say why it cannot be
    opened."""
    if not (path.endswith(".md") and 0 < info.st_size <= MAX_RECORDED):
        return None
    if not S_ISREG(info.st_mode):
        return None
    try:
        handle = os.open(path, _READ)
    except OSError:
        return None
    try:
        data = os.read(handle, info.st_size + 1)  # a byte more: one that grew is seen so
    except OSError:
        return None
    finally:
        os.close(handle)
    if len(data) != info.st_size:
        return None
    return recorded_summary(data, os.path.basename(path))


def with_recorded_summary(document: bytes, path: Path) -> bytes:
    """``document`` (to be written to ``path``) with its summary recorded, or as it is when it
    gets none (too big, no front matter, no article text, a summary over the bounds).

    The summary is made from the document with a placeholder line where the line goes, so the
    cleaning sees the front matter it will see in the file (the line's content is read by
    nothing but :func:`recorded_summary`)."""
    from reader.library.article import article_from_bytes

    span = _line_span(document) if len(document) <= MAX_RECORDED else None
    if span is None:
        return document
    cut = span[1] + 1  # after the last line's newline: the line goes before the closing ---
    placeholder = document[:cut] + _PREFIX + b"{}\n" + document[cut:]
    try:
        summary = Summary.of(article_from_bytes(placeholder, path, "new"))
    except ArticleError:
        return document
    fields = record_of(summary)  # in the summary's field order: the quicker check reading it
    if _summary_of(fields) is None:
        return document
    head, tail = document[:cut], document[cut:]
    fields = {"code": code_digest(), "check": _check(path.name, head, tail), **fields}
    line = _PREFIX + json.dumps(fields, ensure_ascii=False).encode("utf-8")
    return head + line + b"\n" + tail if len(line) <= MAX_LINE else document
