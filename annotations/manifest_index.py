"""An index beside the manifest, so reading one article costs the same at any size.

The manifest (:mod:`annotations.manifest`) holds the counts of every article and article key
by shard: 1.75 MB at a million highlights, which every process parsed (and checked) to learn
which shard holds one article's highlights. ``annotations.json.index`` holds the same, split
into :data:`BUCKETS` lines by a hash of the name, after a head line with what the manifest's
schema record says (shards, journal epoch, next document id), the tables of other programs and
where each bucket starts::

    {"postil_index": 1, "manifest": [inode, size, mtime_ns], "record": {...}, "tables": {...},
     "offsets": [0, 812, ...]}
    {"articles": {"<id>": {"3f": 40}}, "keys": {...}}      one line per bucket

A read-only store (``postil export --article``, ``show``) reads the head and the one or two
buckets it needs instead of parsing the manifest; the manifest is parsed only if something
needs all the counts (``postil tags``, ``list``). Writers always read the manifest whole.

It is derived data, like the summary it copies: written after the manifest each time postil
writes one (without fsync: it is rebuilt at the next write), valid only for the manifest whose
stamp (inode, size, modification time: the manifest is only ever replaced whole) it names. An
index that is missing, stale, unreadable or damaged in any way is ignored and the manifest read
as before, so the guarantees of the store never rest on it.
"""

from __future__ import annotations

import json
import zlib
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from annotations.errors import StoreError
from annotations.files import atomic_write, read_regular
from annotations.manifest import Manifest
from annotations.shards import MAX_SHARDS, is_shard_name
from annotations.storage import SCHEMA_VERSION, Stamp, Tables
from annotations.summary import Breakdown, Contribution, Summary

#: Buckets of names: at a million highlights (~40,000 articles and keys) ~7 KB each.
BUCKETS = 256
#: The kinds the index holds (tags are few: they are read from the manifest).
INDEXED = ("articles", "keys")
_VERSION = 1


def index_path(path: Path) -> Path:
    """The index of the database file ``path``."""
    return path.with_name(path.name + ".index")


def bucket_of(name: str) -> int:
    return zlib.crc32(name.encode("utf-8", "surrogatepass")) % BUCKETS


def write_index(path: Path, manifest: Manifest, manifest_stamp: Stamp) -> None:
    """Write the index of ``manifest`` (just written at ``path`` with ``manifest_stamp``);
    a failure is ignored (readers then parse the manifest). None is written for a manifest
    whose counts are unreadable: its readers must count them again from the shards."""
    summary = manifest.summary
    if manifest_stamp is None or summary is None:
        return
    buckets: list[dict[str, Breakdown]] = [{kind: {} for kind in INDEXED} for _ in range(BUCKETS)]
    for kind in INDEXED:
        for name, by_shard in getattr(summary, kind).items():
            buckets[bucket_of(name)][kind][name] = by_shard
    lines = [_line(bucket) for bucket in buckets]
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    record = {"shards": manifest.shards, "journal": manifest.journal, "next_doc": manifest.next_doc}
    head = {
        "postil_index": _VERSION,
        "schema": SCHEMA_VERSION,
        "manifest": list(manifest_stamp),
        "record": record,
        "tables": manifest.tables,
        "offsets": offsets,
    }
    with suppress(OSError):
        atomic_write(index_path(path), _line(head) + b"".join(lines), durable=False)


def _line(data: object) -> bytes:
    return json.dumps(data, separators=(",", ":")).encode("ascii") + b"\n"


@dataclass
class ManifestIndex:
    """The index of one manifest, read: its head parsed, its buckets parsed when asked for."""

    shards: int
    journal: str
    next_doc: int
    tables: Tables
    raw: bytes
    start: int  # where the buckets begin in ``raw``
    offsets: list[int]
    _buckets: dict[int, dict[str, Breakdown] | None] = field(default_factory=dict)

    def manifest(self) -> Manifest:
        """The manifest it stands for, without its summary (None: counted elsewhere)."""
        return Manifest(self.shards, self.journal, self.next_doc, None, dict(self.tables))

    def shards_of(self, kind: str, name: str) -> list[str] | None:
        """The shards the manifest counts ``name`` (an article or key) in; None if that part
        of the index is damaged."""
        number = bucket_of(name)
        if number not in self._buckets:
            self._buckets[number] = self._bucket(number)
        bucket = self._buckets[number]
        if bucket is None:
            return None
        return sorted(bucket[kind].get(name, {}))

    def _bucket(self, number: int) -> dict[str, Breakdown] | None:
        begin, end = self.offsets[number], self.offsets[number + 1]
        try:
            data = json.loads(self.raw[self.start + begin : self.start + end])
        except (ValueError, RecursionError):
            return None
        if not isinstance(data, dict) or set(data) != set(INDEXED):
            return None
        try:
            Summary.from_json({**data, "tags": {}})  # whole numbers by shard, or ValueError
        except ValueError:
            return None
        names_ok = all(bucket_of(name) == number for kind in INDEXED for name in data[kind])
        shards_ok = all(
            is_shard_name(shard, self.shards)
            for kind in INDEXED
            for by_shard in data[kind].values()
            for shard in by_shard
        )
        return data if names_ok and shards_ok else None


def index_is_current(path: Path, manifest_stamp: Stamp) -> bool:
    """Whether the index names the manifest with ``manifest_stamp`` (its head line only: a
    writer that opened the manifest writes the index again if not, e.g. after a crash between
    the two writes or for a database written before indexes existed)."""
    try:
        with index_path(path).open("rb") as handle:
            head = json.loads(handle.readline())
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(head, dict) and head.get("manifest") == list(manifest_stamp or ())


def read_index(path: Path, manifest_stamp: Stamp) -> ManifestIndex | None:
    """The index of the manifest at ``path`` with ``manifest_stamp``; None if there is none
    for that manifest or it cannot be trusted."""
    if manifest_stamp is None:
        return None
    try:
        raw = read_regular(index_path(path))
    except StoreError:  # unreadable: the manifest is read instead
        return None
    if raw is None:
        return None
    end = raw.find(b"\n")
    try:
        head = json.loads(raw[:end])
    except (ValueError, RecursionError):
        return None
    if not _head_ok(head, manifest_stamp, len(raw) - end - 1):
        return None
    record = head["record"]
    return ManifestIndex(
        record["shards"],
        record["journal"],
        record["next_doc"],
        head["tables"],
        raw,
        end + 1,
        head["offsets"],
    )


def _head_ok(head: Any, manifest_stamp: Stamp, size: int) -> bool:
    """Whether ``head`` is an index head for the manifest with ``manifest_stamp``, with
    buckets filling the ``size`` bytes after it."""
    if not isinstance(head, dict) or head.get("postil_index") != _VERSION:
        return False
    if head.get("schema") != SCHEMA_VERSION or head.get("manifest") != list(manifest_stamp or ()):
        return False
    record, tables, offsets = head.get("record"), head.get("tables"), head.get("offsets")
    if not isinstance(record, dict) or not isinstance(tables, dict):
        return False
    shards, journal, next_doc = (record.get(k) for k in ("shards", "journal", "next_doc"))
    if not (type(shards) is int and 1 <= shards <= MAX_SHARDS):
        return False
    if not (isinstance(journal, str) and journal and type(next_doc) is int and next_doc >= 1):
        return False
    if not all(isinstance(name, str) and isinstance(t, dict) for name, t in tables.items()):
        return False
    if not isinstance(offsets, list) or len(offsets) != BUCKETS + 1:
        return False
    if not all(type(o) is int for o in offsets) or offsets[0] != 0 or offsets[-1] != size:
        return False
    return all(a <= b for a, b in pairwise(offsets))


@dataclass
class Pending:
    """Counts changed by main-journal operations since the indexed manifest: the shards they
    put names in (a superset is harmless: readers filter the documents), and every change in
    order, to replay onto the manifest's counts if they are read whole."""

    changes: list[tuple[str, Contribution, int]] = field(default_factory=list)

    def add(self, shard: str, part: Contribution, sign: int) -> None:
        self.changes.append((shard, part, sign))

    def shards_of(self, kind: str, name: str) -> set[str]:
        return {
            shard
            for shard, part, sign in self.changes
            if sign > 0 and name == (part.article if kind == "articles" else part.key)
        }

    def replay(self, summary: Summary) -> Summary:
        for shard, part, sign in self.changes:
            summary.add(shard, part, sign)
        return summary
