"""From the single-file layouts (schema 0-2) to the sharded one (schema 3), once, with a backup.

Every record is checked before anything is written: a malformed file is reported and left
alone, with no backup beside it. Then the old file and its journal are copied byte for byte to
``annotations.json.schema<N>.bak`` (and ``.bak.journal``), the shards are written, and the
manifest replaces the old file: that rename is the moment the database changes layout. A
migration stopped before it leaves the old file as it was (the next start migrates again,
clearing the shards folder first); stopped after it, the old journal has an epoch the manifest
does not name and is ignored (its lines are in the shards).

:func:`write_layout` is also how tests and benchmarks build large databases directly.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from annotations.errors import StoreError
from annotations.files import atomic_write, ensure_private_dir, free_name
from annotations.identity import Identify, fill_article_keys
from annotations.journal import start_journal
from annotations.manifest import Manifest, new_epoch
from annotations.manifest_index import write_index
from annotations.shard_index import compact_shard
from annotations.shards import decode, placement, shard_of, shard_path, shards_dir
from annotations.storage import (
    ANNOTATIONS_TABLE,
    META_TABLE,
    Stamp,
    Tables,
    encode_tables,
    journal_path,
    stamp,
)
from annotations.summary import Summary

Doc = dict[str, Any]
#: Tables of the single-file layouts that hold annotations.
LEGACY_TABLES = ("_default", ANNOTATIONS_TABLE)


def legacy_docs(
    path: Path, tables: Tables, version: int, identify: Identify | None
) -> dict[str, Doc]:
    """The annotation documents of an old file, checked and keyed (see annotations.identity).

    Schema 2 files keep their document ids; older ones (annotations maybe in ``_default``)
    are numbered afresh, as their migration always did.
    """
    if version >= 2:
        docs = dict(tables.get(ANNOTATIONS_TABLE, {}))
    else:
        old = [doc for name in LEGACY_TABLES for doc in tables.get(name, {}).values()]
        docs = {str(number): doc for number, doc in enumerate(old, start=1)}
    for doc_id, doc in docs.items():
        decode(path, doc_id, doc)
    fill_article_keys(docs, identify)
    return docs


def other_tables(tables: Tables) -> Tables:
    """Tables of other programs in an old file: carried into the manifest."""
    return {k: v for k, v in tables.items() if k not in (META_TABLE, *LEGACY_TABLES)}


def sharded(docs: dict[str, Doc], shards: int) -> dict[str, dict[str, Doc]]:
    """``docs`` grouped by the shard each is placed in."""
    groups: dict[str, dict[str, Doc]] = {}
    for doc_id, doc in docs.items():
        groups.setdefault(shard_of(placement(doc), shards), {})[doc_id] = doc
    return groups


def manifest_for(groups: dict[str, dict[str, Doc]], shards: int, tables: Tables) -> Manifest:
    """The manifest of freshly written shards: their summary and the next free document id."""
    summary = Summary.of_docs((name, doc) for name, docs in groups.items() for doc in docs.values())
    ids = [int(i) for docs in groups.values() for i in docs if i.isascii() and i.isdigit()]
    return Manifest(shards, new_epoch(), max(ids, default=0) + 1, summary, tables)


def write_manifest(path: Path, manifest: Manifest) -> Stamp:
    """Replace the database file with ``manifest`` atomically; its new stamp."""
    atomic_write(path, encode_tables(manifest.to_tables()))
    written = stamp(path)
    write_index(path, manifest, written)  # derived: its own failure is ignored
    return written


def clear_shards(path: Path) -> None:
    """Remove what an interrupted migration left in the shards folder (call with the lock held,
    while the database file still has the old layout: nothing there is in use)."""
    folder = shards_dir(path)
    if not folder.is_dir():
        return
    for entry in folder.iterdir():
        if entry.name.endswith((".json", ".journal", ".index", ".tmp")) and entry.is_file():
            with suppress(OSError):
                entry.unlink()


def write_layout(path: Path, groups: dict[str, dict[str, Doc]], manifest: Manifest) -> Stamp:
    """Write shards, then the manifest (the commit point), then a new main journal."""
    clear_shards(path)
    ensure_private_dir(shards_dir(path))
    for name, docs in sorted(groups.items()):
        compact_shard(shard_path(path, name), docs)
    written = write_manifest(path, manifest)
    start_journal(journal_path(path), manifest.journal)
    return written


def back_up(path: Path, version: int) -> None:
    """Byte-for-byte copies of the old file and its journal, never over an earlier backup."""
    backup = free_name(path.with_name(f"{path.name}.schema{version}.bak"))
    pairs = ((path, backup), (journal_path(path), backup.with_name(backup.name + ".journal")))
    for source, target in pairs:
        if source.exists() and source.stat().st_size:
            atomic_write(target, source.read_bytes())


def migrate(
    path: Path, tables: Tables, version: int, identify: Identify | None, shards: int
) -> None:
    """Migrate the old file at ``path`` (its tables read with their journal) to schema 3."""
    docs = legacy_docs(path, tables, version, identify)
    groups = sharded(docs, shards)
    manifest = manifest_for(groups, shards, other_tables(tables))
    _guarded(lambda: back_up(path, version), path, "back up")
    _guarded(lambda: write_layout(path, groups, manifest), path, "write")


def _guarded(action: Callable[[], object], path: Path, doing: str) -> None:
    try:
        action()
    except OSError as error:
        raise StoreError(
            f"cannot {doing} {path} ({error.strerror or error}); "
            "check the disk and the folder's permissions"
        ) from None
