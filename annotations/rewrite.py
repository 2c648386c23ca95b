"""A write through :class:`annotations.storage.PostilStorage`: TinyDB hands over every table
whole; the store saves only what differs, as one transaction (atomic like any save).

Annotations keep their shard; new ones are placed like any new highlight. Tables of other
programs are kept in the manifest. Every new annotation is checked first: a malformed one is
refused in one line and nothing is written.
"""

from __future__ import annotations

from typing import Any

from annotations.database import Database
from annotations.manifest import SUMMARY_TABLE
from annotations.ops import Op, delete_op, put_op, table_op
from annotations.shards import decode, placement, shard_of
from annotations.storage import ANNOTATIONS_TABLE, META_TABLE, Tables
from annotations.summary import Contribution

Doc = dict[str, Any]


def diff_ops(db: Database, tables: Tables) -> list[Op]:
    """The operations that turn the database into ``tables`` (lock held, caught up)."""
    return [*_annotation_ops(db, tables.get(ANNOTATIONS_TABLE, {})), *_table_ops(db, tables)]


def _annotation_ops(db: Database, wanted: dict[str, Doc]) -> list[Op]:
    current: dict[str, tuple[str, Doc]] = {}
    for shard in db.each_shard():
        for doc_id, doc in shard.docs.items():
            decode(shard.path, doc_id, doc)
            current[doc_id] = (shard.name, doc)
    ops: list[Op] = []
    for doc_id, doc in wanted.items():
        decode(db.path, doc_id, doc)
        old = current.get(doc_id)
        if old is None:
            ops.append(put_op(shard_of(placement(doc), db.manifest.shards), doc_id, doc, None))
        elif old[1] != doc:
            ops.append(put_op(old[0], doc_id, doc, Contribution.of(old[1])))
    for doc_id, (name, doc) in current.items():
        if doc_id not in wanted:
            ops.append(delete_op(name, doc_id, Contribution.of(doc)))
    return ops


def _table_ops(db: Database, tables: Tables) -> list[Op]:
    ops: list[Op] = []
    names = (set(db.tables) | set(tables)) - {META_TABLE, SUMMARY_TABLE, ANNOTATIONS_TABLE}
    for name in sorted(names):
        old, new = db.tables.get(name, {}), tables.get(name, {})
        ops += [table_op(name, i, doc) for i, doc in new.items() if old.get(i) != doc]
        ops += [table_op(name, i, None) for i in old if i not in new]
    return ops
