"""Shards: the annotations split over TinyDB files by article, each file with its own journal.

An annotation is placed, when it is first saved, in the shard named by a hash of its article's
key (or of the article's id when it has no key yet), so all highlights of an article are
usually in one file and opening an article reads one shard (only that article's part of it,
through the shard's index). It stays in that shard for good: a later change of article or key
(a file moved, an article identified) is recorded where it is, and the summary's per-shard
counts say where to look.

On disk, beside the database file ``annotations.json``::

    annotations.json.shards/3f.json          a plain TinyDB file: {"annotations": {id: {...}}}
    annotations.json.shards/3f.json.journal  changes not yet folded into it (JSON lines)
    annotations.json.shards/3f.json.index    where each article's documents are in it
                                             (derived: :mod:`annotations.shard_index`)

A shard's journal has the format of the main journal (:mod:`annotations.journal`), without
the shard names and counts the main journal carries: it only receives lines at checkpoints.
Annotation objects are built from a shard's documents when they are asked for, and each is
checked then (a malformed document is reported when it is read, in one line).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from annotations.errors import StoreError
from annotations.file_names import shards_dir as shards_dir  # re-exported: used from here
from annotations.model import Annotation
from annotations.storage import ANNOTATIONS_TABLE, Snapshot, Stamp, Tables

#: Shards of a new database: at 1,000,000 highlights about 4,000 (2.3 MB) each.
DEFAULT_SHARDS = 256
#: Most shards a database may declare (names up to three hex digits).
MAX_SHARDS = 4096

Doc = dict[str, Any]
Op = dict[str, Any]


def shard_name(index: int, count: int) -> str:
    """The name of shard ``index`` of ``count``: lowercase hex, all of one width."""
    width = len(f"{count - 1:x}")
    return f"{index:0{width}x}"


def shard_of(key: str, count: int) -> str:
    """The shard for a placement key (an article key, else an article id)."""
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return shard_name(int.from_bytes(digest, "big") % count, count)


def placement(doc: Mapping[str, Any]) -> str:
    """What decides a new annotation's shard: its article's key, else its article's id."""
    key = doc.get("article_key")
    return key if isinstance(key, str) and key else str(doc.get("article", ""))


def is_shard_name(name: object, count: int) -> bool:
    if not isinstance(name, str) or len(name) != len(shard_name(0, count)):
        return False
    try:
        return name == name.lower() and 0 <= int(name, 16) < count
    except ValueError:
        return False


def shard_path(path: Path, name: str) -> Path:
    """The TinyDB file of shard ``name`` of the database file ``path``."""
    return shards_dir(path) / f"{name}.json"


def malformed(path: Path, doc_id: str) -> StoreError:
    return StoreError(
        f"{path} holds a malformed annotation (document {doc_id}); "
        "restore the file from a backup or fix that entry"
    )


def decode(path: Path, doc_id: str, doc: object) -> Annotation:
    """The annotation of a stored document, or a one-line StoreError naming the file."""
    try:
        if not isinstance(doc, dict):
            raise TypeError("not an object")
        return Annotation.from_dict(doc)
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError):
        raise malformed(path, doc_id) from None


class Shard:
    """One shard's annotations as stored documents, with their objects built when asked."""

    def __init__(self, name: str, path: Path) -> None:
        self.name = name
        self.path = path
        self.docs: dict[str, Doc] = {}
        self.doc_of: dict[str, str] = {}  # annotation id -> document id
        self._built: dict[str, Annotation] = {}
        self.base_stamp: Stamp = None
        self.journal_epoch: str | None = None
        self.journal_end = 0
        self.journal_size = 0

    @classmethod
    def from_snapshot(cls, name: str, path: Path, snapshot: Snapshot) -> Shard:
        """The shard read from its files (base with its journal replayed)."""
        unknown = set(snapshot.tables) - {ANNOTATIONS_TABLE}
        if unknown:
            raise StoreError(
                f"{path} is not a postil shard (it holds the table {sorted(unknown)[0]!r}); "
                "restore it from a backup"
            )
        shard = cls(name, path)
        shard.base_stamp = snapshot.base_stamp
        shard.set_journal(snapshot.journal.epoch, snapshot.journal.end, snapshot.journal.size)
        table = snapshot.tables.get(ANNOTATIONS_TABLE, {})
        ids: list[Any] = [doc.get("id") if type(doc) is dict else None for doc in table.values()]
        if set(map(type, ids)) <= {str} and len(set(ids)) == len(ids):
            # the usual shard: one document per annotation, each with its id (~4,000 at a
            # million highlights), taken whole instead of one _put at a time
            shard.docs, shard.doc_of = dict(table), dict(zip(ids, table, strict=True))
            return shard
        for doc_id, doc in table.items():
            shard._put(doc_id, doc)
        return shard

    def set_journal(self, epoch: str | None, end: int, size: int) -> None:
        self.journal_epoch, self.journal_end, self.journal_size = epoch, end, size

    def tables(self) -> Tables:
        return {ANNOTATIONS_TABLE: self.docs}

    def apply(self, ops: list[Op]) -> None:
        """Apply journal operations on annotations (other keys of an operation are ignored)."""
        for op in ops:
            old = self.docs.pop(op["id"], None)
            self._built.pop(op["id"], None)
            if old is not None and self.doc_of.get(old["id"]) == op["id"]:
                del self.doc_of[old["id"]]
            if "doc" in op:
                self._put(op["id"], op["doc"])

    def _put(self, doc_id: str, doc: Doc) -> None:
        ann_id = doc.get("id") if isinstance(doc, dict) else None
        if not isinstance(ann_id, str):
            raise malformed(self.path, doc_id)
        stale = self.doc_of.get(ann_id)
        if stale is not None and stale != doc_id:  # the same annotation, another document
            self.docs.pop(stale, None)
            self._built.pop(stale, None)
        self.docs[doc_id] = doc
        self.doc_of[ann_id] = doc_id

    def annotation(self, doc_id: str) -> Annotation:
        """The annotation of document ``doc_id``, built (and checked) the first time."""
        built = self._built.get(doc_id)
        if built is None:
            built = self._built[doc_id] = decode(self.path, doc_id, self.docs[doc_id])
        return built

    def find(self, ann_id: str) -> Annotation | None:
        doc_id = self.doc_of.get(ann_id)
        return None if doc_id is None else self.annotation(doc_id)

    def select(self, keep: Callable[[Doc], bool] | None = None) -> list[Annotation]:
        """The annotations whose documents ``keep`` accepts (all without it)."""
        return [
            self.annotation(doc_id)
            for doc_id, doc in self.docs.items()
            if keep is None or keep(doc)
        ]

    def __len__(self) -> int:
        return len(self.docs)
