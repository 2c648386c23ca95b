"""Operations of the main journal in the sharded layout, and the checks that read them back.

A line of ``annotations.json.journal`` is one transaction::

    {"tx": [{"t": "annotations", "s": "3f", "id": "12", "doc": {...}, "was": {...}}, ...]}

``s`` names the shard the document lives in; ``doc`` is what is saved there (no ``doc``: a
delete); ``was`` is the replaced document's :class:`~annotations.summary.Contribution`
(article, key, tags), present when a document is replaced or deleted, so the counts follow
without reading the old version. Operations on other tables (``"t"``: another name, no
``s``) are kept in the manifest. At a checkpoint each shard's operations are appended to that
shard's journal without ``s`` and ``was``, in the single-file format (:mod:`annotations.journal`).
"""

from __future__ import annotations

from typing import Any

from annotations.manifest import SUMMARY_TABLE
from annotations.model import Annotation
from annotations.shards import is_shard_name
from annotations.storage import ANNOTATIONS_TABLE, META_TABLE
from annotations.summary import Contribution

Op = dict[str, Any]
Transaction = list[Op]


def put_op(shard: str, doc_id: str, doc: dict[str, Any], was: Contribution | None) -> Op:
    op: Op = {"t": ANNOTATIONS_TABLE, "s": shard, "id": doc_id, "doc": doc}
    if was is not None:
        op["was"] = was.to_json()
    return op


def delete_op(shard: str, doc_id: str, was: Contribution) -> Op:
    return {"t": ANNOTATIONS_TABLE, "s": shard, "id": doc_id, "was": was.to_json()}


def table_op(table: str, doc_id: str, doc: dict[str, Any] | None) -> Op:
    """An operation on a table of another program (kept in the manifest)."""
    op: Op = {"t": table, "id": doc_id}
    if doc is not None:
        op["doc"] = doc
    return op


class MainCheck:
    """Checks a transaction of the main journal of a database with ``shards`` shards (raises
    ValueError, TypeError, KeyError... for a record this store would refuse)."""

    def __init__(self, shards: int) -> None:
        self.shards = shards

    def __call__(self, ops: Transaction) -> None:
        for op in ops:
            table = op["t"]
            if table in (META_TABLE, SUMMARY_TABLE):
                raise ValueError(f"{table} is never journaled")
            if table != ANNOTATIONS_TABLE:
                # Only highlights live in shards; every reader of the journal takes an op
                # with a shard for a highlight (a damaged table name must not pass as one).
                if "s" in op:
                    raise ValueError(f"an operation on {table!r} with a shard")
                continue
            if not is_shard_name(op.get("s"), self.shards):
                raise ValueError("an operation without its shard")
            if "doc" in op:
                Annotation.from_dict(op["doc"])
            if "was" in op:
                Contribution.from_json(op["was"])


def check_shard_ops(ops: Transaction) -> None:
    """Checks a transaction of a shard's journal: annotations only, each one valid."""
    for op in ops:
        if op["t"] != ANNOTATIONS_TABLE:
            raise ValueError("a shard holds annotations only")
        if "doc" in op:
            Annotation.from_dict(op["doc"])


def check_legacy_ops(ops: Transaction) -> None:
    """Checks a transaction of a single-file (schema 0-2) journal, as postil did then."""
    for op in ops:
        doc = op.get("doc")
        if doc is None:
            continue
        if op["t"] == ANNOTATIONS_TABLE:
            Annotation.from_dict(doc)
        elif op["t"] == META_TABLE and type(doc.get("schema")) is not int:
            raise ValueError("a schema record without a whole number")


def by_shard(ops: list[Transaction]) -> dict[str, Transaction]:
    """The annotation operations of ``ops``, per shard, in order, as a shard journal has them."""
    groups: dict[str, Transaction] = {}
    for transaction in ops:
        for op in transaction:
            if op["t"] == ANNOTATIONS_TABLE:
                plain = {k: v for k, v in op.items() if k not in ("s", "was")}
                groups.setdefault(op["s"], []).append(plain)
    return dict(sorted(groups.items()))
