"""An index beside each shard file, so one article's highlights are read without the rest.

A shard holds the highlights of many articles: at a million highlights about 4,000 of 80
articles (2.3 MB), and parsing all of it to show or export one article made that cost grow
with the store. ``3f.json.index`` beside ``3f.json`` says where each article's documents
are in the shard file, by article id and by article key (what ``for_article`` and
``for_key`` ask for)::

    <crc32>{"postil_shard_index": 1, "base": [inode, size, mtime_ns],
     "articles": {"<id>": [offset, length, crc32]}, "keys": {"<key>": [...]}}
    [["<doc id>", start, end], ...]         one line per name: its documents' byte ranges

(the head line starts with the CRC-32 of the rest of it, in 8 hex digits; each name's line
has its own in the head, so damage anywhere in what is read is noticed).

A reader parses the head line (a few names per article), the one line of the name it wants,
and each of its documents' bytes (``os.pread``): a cost that follows the article, not the
shard. The shard file itself is unchanged: the same bytes as before, a TinyDB file.

Like the manifest's index (:mod:`annotations.manifest_index`) it is derived data: written
(without fsync) after each write of its shard file, valid only for the shard file whose
stamp (inode, size, modification time: shard files are only ever replaced whole) it names,
and only written when the shard's annotation ids are unique (so documents read on their
own mean what the whole file means). An index that is missing, stale or damaged in any way
is ignored and the shard parsed whole, so no guarantee of the store rests on it; a document
read through it is checked to be of the name asked for.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any

from annotations.errors import StoreError
from annotations.files import atomic_write, open_regular, read_regular
from annotations.journal import JournalTail, start_journal
from annotations.storage import Stamp, fast_loads, journal_path, stamp

Doc = dict[str, Any]
#: (document id, start, end): where a document's JSON object is in its shard file.
Span = tuple[str, int, int]
#: The kinds of name indexed, with the document field each is read from.
FIELDS = {"articles": "article", "keys": "article_key"}
#: Longest head line read (about 30 bytes a name: far more than a shard's articles).
HEAD_MAX = 8 * 1024 * 1024
_VERSION = 1
_OPEN = b'{"annotations":{'


def index_path(shard: Path) -> Path:
    """The index of the shard file ``shard``."""
    return shard.with_name(shard.name + ".index")


def encode_shard(docs: dict[str, Doc]) -> tuple[bytes, list[Span]]:
    """The shard file's bytes (exactly what :func:`annotations.storage.encode_tables` writes
    for ``{"annotations": docs}``) and where each document's object is in them."""
    try:
        return _encode(docs, ensure_ascii=False)
    except UnicodeEncodeError:  # a lone surrogate: everything as ASCII escapes, as there
        return _encode(docs, ensure_ascii=True)


def _encode(docs: dict[str, Doc], *, ensure_ascii: bool) -> tuple[bytes, list[Span]]:
    dump = json.JSONEncoder(ensure_ascii=ensure_ascii, separators=(",", ":")).encode
    parts, at = [_OPEN], len(_OPEN)
    spans: list[Span] = []
    for doc_id, doc in docs.items():
        key = (b"," if spans else b"") + dump(doc_id).encode("utf-8") + b":"
        value = dump(doc).encode("utf-8")
        at += len(key)
        spans.append((doc_id, at, at + len(value)))
        at += len(value)
        parts += (key, value)
    parts.append(b"}}")
    return b"".join(parts), spans


def compact_shard(path: Path, docs: dict[str, Doc]) -> tuple[Stamp, JournalTail]:
    """Write ``docs`` as shard file ``path`` with its index, then restart its journal (as
    :func:`annotations.storage.compact` does: interrupted between the steps, the old journal
    replays onto the new file and changes nothing)."""
    data, spans = encode_shard(docs)
    atomic_write(path, data)
    written = stamp(path)
    write_index(path, docs, spans, written)
    return written, start_journal(journal_path(path))


def write_index(path: Path, docs: dict[str, Doc], spans: list[Span], base: Stamp) -> None:
    """Write the index of shard file ``path`` (written with ``base`` as its stamp, ``spans``
    from :func:`encode_shard`); a failure is ignored (readers then parse the shard)."""
    ids = [doc.get("id") for doc in docs.values()]
    if base is None or not all(isinstance(i, str) for i in ids) or len(set(ids)) != len(ids):
        return  # documents on their own would not mean what the file means
    lines: list[bytes] = []
    names: dict[str, dict[str, list[int]]] = {}
    at = 0
    for kind, found in _names(docs, spans).items():
        names[kind] = {}
        for name, where in found.items():
            line = _line(where)
            names[kind][name] = [at, len(line), zlib.crc32(line)]
            lines.append(line)
            at += len(line)
    head = _line({"postil_shard_index": _VERSION, "base": list(base), **names})
    data = b"%08x" % zlib.crc32(head) + head + b"".join(lines)
    with suppress(OSError, ValueError):
        atomic_write(index_path(path), data, durable=False)


def _names(docs: dict[str, Doc], spans: Iterable[Span]) -> dict[str, dict[str, list[Span]]]:
    """Kind -> name -> the spans of its documents."""
    found: dict[str, dict[str, list[Span]]] = {kind: {} for kind in FIELDS}
    for span in spans:
        doc = docs[span[0]]
        for kind, field in FIELDS.items():
            name = doc.get(field)
            if isinstance(name, str):
                found[kind].setdefault(name, []).append(span)
    return found


def _line(data: object) -> bytes:
    return json.dumps(data, separators=(",", ":")).encode("ascii") + b"\n"


def index_is_current(path: Path, base: Stamp) -> bool:
    """Whether shard file ``path`` with stamp ``base`` has its index (the head line only)."""
    found = _head(index_path(path))
    return found is not None and base is not None and found[0]["base"] == list(base)


def backfill_index(path: Path, docs: dict[str, Doc], base: Stamp) -> None:
    """Write the missing index of shard file ``path`` (stamp ``base``, holding exactly
    ``docs``: a shard written before indexes existed) if its bytes are what postil writes
    for them, so the offsets are right; anything else is left unindexed."""
    data, spans = encode_shard(docs)
    if base is None or len(data) != base[1]:
        return
    with suppress(StoreError):
        if read_regular(path) == data and stamp(path) == base:
            write_index(path, docs, spans, base)


def read_docs(path: Path, kind: str, name: str) -> dict[str, Doc] | None:
    """Document id -> document, for the documents of shard file ``path`` whose ``kind``
    (``articles`` or ``keys``) is ``name``, read through the index without parsing the rest;
    None if there is no index for the file as it is, or anything in it is not as expected."""
    try:
        return _read_docs(path, kind, name)
    except (OSError, StoreError, ValueError, TypeError, KeyError, RecursionError):
        return None


def _read_docs(path: Path, kind: str, name: str) -> dict[str, Doc] | None:
    index = index_path(path)
    found = _head(index)
    if found is None or not isinstance(found[0].get(kind), dict):
        return None
    head, head_size = found
    entry = head[kind].get(name)
    spans = [] if entry is None else _spans(index, head_size, entry)
    if spans is None:
        return None
    fd = open_regular(path)
    if fd is None:
        return None
    try:
        st = os.fstat(fd)
        if [st.st_ino, st.st_size, st.st_mtime_ns] != head["base"]:
            return None  # the shard was written since: its index is stale
        docs: dict[str, Doc] = {}
        for doc_id, start, end in spans:
            doc = _loads(os.pread(fd, end - start, start))
            if type(doc) is not dict or doc.get(FIELDS[kind]) != name:
                return None
            if not isinstance(doc.get("id"), str) or doc_id in docs:
                return None
            docs[doc_id] = doc
        return docs
    finally:
        os.close(fd)


def _head_line(index: Path) -> bytes | None:
    fd = open_regular(index)
    if fd is None:
        return None
    with os.fdopen(fd, "rb") as handle:
        line = handle.readline(HEAD_MAX)
    return line if line.endswith(b"\n") else None


def _head(index: Path) -> tuple[dict[str, Any], int] | None:
    """The index's head line, parsed and checked, and its size; None if missing or not one."""
    try:
        line = _head_line(index)
        if line is None or line[:8] != b"%08x" % zlib.crc32(line[8:]):
            return None
        head = _loads(line[8:])
    except (OSError, StoreError, ValueError, RecursionError):
        return None
    if not isinstance(head, dict) or head.get("postil_shard_index") != _VERSION:
        return None
    base = head.get("base")
    if not (isinstance(base, list) and len(base) == 3 and all(type(n) is int for n in base)):
        return None
    return head, len(line)


def _spans(index: Path, start: int, entry: object) -> list[Span] | None:
    """The spans on the line of one name (``entry``: its offset and length after the head)."""
    if not (isinstance(entry, list) and len(entry) == 3 and all(type(n) is int for n in entry)):
        return None
    offset, length, crc = entry
    if offset < 0 or not 0 < length <= HEAD_MAX:
        return None
    fd = open_regular(index)
    if fd is None:
        return None
    try:
        raw = os.pread(fd, length, start + offset)
    finally:
        os.close(fd)
    if len(raw) != length or zlib.crc32(raw) != crc:
        return None
    data = _loads(raw)
    if not isinstance(data, list):
        return None
    spans: list[Span] = []
    for item in data:
        if not (isinstance(item, list) and len(item) == 3 and isinstance(item[0], str)):
            return None
        doc_id, begin, end = item
        if not (type(begin) is int and type(end) is int and 0 <= begin < end):
            return None
        spans.append((doc_id, begin, end))
    return spans


def _loads(raw: bytes) -> Any:
    """JSON, parsed as :func:`annotations.storage.parse_base` parses a shard."""
    data = fast_loads(raw)
    return json.loads(raw.decode("utf-8")) if data is None else data
