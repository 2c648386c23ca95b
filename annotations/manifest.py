"""The database file of the sharded layout (schema 3): a small TinyDB file, the manifest.

``annotations.json`` no longer holds the highlights (its shards do, see
:mod:`annotations.shards`); it holds what every process needs first and fast::

    {"_postil": {"1": {"schema": 3, "shards": 256, "journal": "<epoch>", "next_doc": 1234}},
     "_summary": {"1": {"articles": {...}, "keys": {...}, "tags": {...}}},
     ...any table another program added through TinyDB, kept as it was}

``journal`` is the epoch of the main journal whose lines come after this manifest: a journal
with another epoch holds lines already folded into the shards (a checkpoint stopped between
writing this file and restarting the journal) and is ignored. ``next_doc`` is the next free
document id: ids are unique across shards, so the shards read together are one TinyDB table.
The summary (:mod:`annotations.summary`) is derived data: if it cannot be read it is counted
again from the shards.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from annotations.errors import StoreError
from annotations.shards import MAX_SHARDS
from annotations.storage import ANNOTATIONS_TABLE, META_TABLE, SCHEMA_VERSION, Tables
from annotations.summary import Summary

#: The table holding the summary (one document, id "1").
SUMMARY_TABLE = "_summary"


@dataclass
class Manifest:
    """What the database file says: shard count, journal epoch, next id, summary, other tables."""

    shards: int
    journal: str
    next_doc: int
    summary: Summary | None  # None: unreadable, to be counted again from the shards
    tables: Tables  # tables of other programs

    @classmethod
    def new(cls, shards: int, tables: Tables | None = None) -> Manifest:
        return cls(shards, new_epoch(), 1, Summary.empty(), dict(tables or {}))

    def to_tables(self) -> Tables:
        record = {
            "schema": SCHEMA_VERSION,
            "shards": self.shards,
            "journal": self.journal,
            "next_doc": self.next_doc,
        }
        summary = (self.summary or Summary.empty()).to_json()
        return {META_TABLE: {"1": record}, SUMMARY_TABLE: {"1": summary}, **self.tables}

    @classmethod
    def from_tables(cls, path: Path, tables: Tables) -> Manifest:
        """The manifest in a schema 3 file's tables; StoreError if its record is unreadable."""
        record = tables[META_TABLE].get("1", {})
        shards, journal, next_doc = (record.get(k) for k in ("shards", "journal", "next_doc"))
        if not (
            type(shards) is int
            and 1 <= shards <= MAX_SHARDS
            and isinstance(journal, str)
            and journal
            and type(next_doc) is int
            and next_doc >= 1
        ):
            raise StoreError(
                f"{path} has an unreadable schema record; restore it from a backup "
                "or move it away to start a new one"
            )
        if ANNOTATIONS_TABLE in tables:
            raise StoreError(
                f"{path} holds annotations beside its shards (a file of two layouts); "
                "restore it from a backup"
            )
        try:
            summary: Summary | None = Summary.from_json(tables.get(SUMMARY_TABLE, {}).get("1"))
        except ValueError:
            summary = None
        others = {k: v for k, v in tables.items() if k not in (META_TABLE, SUMMARY_TABLE)}
        return cls(shards, journal, next_doc, summary, others)


def new_epoch() -> str:
    """A fresh journal epoch: 64 random bits as hex."""
    return os.urandom(8).hex()
