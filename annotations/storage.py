"""The on-disk layout of postil's annotations: TinyDB JSON files plus append-only journals.

Why not TinyDB's own ``JSONStorage``: it rewrites its file in place without a lock, so a crash
between write and truncate leaves trailing garbage (TinyDB issue #301) and two writers lose each
other's changes; and rewriting hundreds of MB on every save cannot meet a 200 ms budget.

The layout (schema 3), all beside ``annotations.json``:

``annotations.json``
    The manifest (:mod:`annotations.manifest`): a small TinyDB file with the schema record,
    the shard count, and the counts by tag, article and article key that ``postil tags``,
    ``postil list`` and the library read without touching a highlight.
``annotations.json.shards/<name>.json`` and ``<name>.json.journal``
    The highlights, split by article over up to 256 shards (:mod:`annotations.shards`), each a
    plain TinyDB file (``{"annotations": {"doc_id": {...}}}``) with its own journal.
``annotations.json.index``
    Derived data: the manifest's counts by article and key split into small parts, so a reader
    of one article parses neither the whole manifest (:mod:`annotations.manifest_index`).
``annotations.json.shards/<name>.json.index``
    Derived data: where each article's documents are in the shard file, so a reader of one
    article parses those, not the whole shard (:mod:`annotations.shard_index`).
``annotations.json.journal``
    The main journal, JSON lines: a header ``{"postil_journal": 1, "epoch": token}``, then one
    line per committed transaction (:mod:`annotations.ops`). A save appends one line and
    fsyncs, so its cost does not grow with the database. Replaying a journal is idempotent,
    which makes every fold (a checkpoint into the shards' journals, a shard journal into its
    file) safe to interrupt at any point; the epoch tells a reader holding an offset that the
    journal was restarted. A torn last line (a writer killed mid-append, never acknowledged)
    is ignored and cut off by the next writer; a complete but invalid last line is kept aside
    in a side file (see :mod:`annotations.journal`).
``annotations.json.lock``
    The inter-process lock (``flock``, :mod:`annotations.lock`) held around every
    read-modify-write.

Every file is only ever replaced whole (written to a temporary file in the same folder,
fsynced, renamed over, the folder fsynced) or appended to. Files are opened only if they are
regular files (:mod:`annotations.files`); a database reached through a symlink is used at its
real path. Schema 2 and older kept everything in ``annotations.json`` and its journal; such a
file is migrated once, with a backup (:mod:`annotations.migration`).

:class:`PostilStorage` is a TinyDB ``Storage`` over this layout, so a user reads everything,
journals included, with ``TinyDB(path, storage=PostilStorage)``; each shard is also a TinyDB
file that ``TinyDB(shard, access_mode="r")`` reads as it was at its last fold.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from annotations.errors import StoreError
from annotations.file_names import journal_path as journal_path  # re-exported, as below
from annotations.file_names import lock_path
from annotations.files import atomic_write as atomic_write  # re-exported: used from here too
from annotations.files import ensure_private_dir as ensure_private_dir
from annotations.files import read_regular
from annotations.journal import Check, read_journal, start_journal
from annotations.journal import JournalTail as JournalTail
from annotations.journal import append_journal as append_journal
from annotations.journal import journal_header as journal_header
from annotations.lock import InterProcessLock, LockTimeout, make_lock

#: The layout version this code writes; files with a newer one are refused, never rewritten.
#: 2: annotations carry ``article_key``, the identity of their article (see annotations.identity).
#: 3: the annotations are in shards beside a manifest (see annotations.manifest).
SCHEMA_VERSION = 3
#: Table holding the single schema record (doc id "1").
META_TABLE = "_postil"
#: Table holding the annotations, one document per annotation.
ANNOTATIONS_TABLE = "annotations"
#: Seconds to wait for another process's lock before giving up with a clear message.
LOCK_TIMEOUT = 30.0

Tables = dict[str, dict[str, dict[str, Any]]]


def file_lock(path: Path) -> InterProcessLock:
    """The inter-process lock for the database at ``path`` (not thread-local: the store
    serialises its own threads with a mutex and may release from another thread)."""
    return make_lock(lock_path(path), LOCK_TIMEOUT)


@contextmanager
def locked(lock: InterProcessLock, path: Path) -> Iterator[None]:
    """Hold ``lock``, turning a timeout or an unwritable folder into a one-line StoreError."""
    try:
        lock.acquire()
    except LockTimeout:
        raise StoreError(
            f"{path} is locked by another postil process for over {LOCK_TIMEOUT:.0f} s; "
            f"close it, or delete {lock_path(path)} if no postil is running"
        ) from None
    except OSError as error:
        raise StoreError(
            f"cannot lock {path} ({error.strerror or error}); check the folder's permissions"
        ) from None
    try:
        yield
    finally:
        lock.release()


def remove_orphan_temps(path: Path) -> None:
    """Delete temporary files a killed writer left beside ``path`` (call with the lock held:
    every writer of temporary files holds it, so any that exist now are orphans)."""
    for pattern in (f".{path.name}.*.tmp", f".{journal_path(path).name}.*.tmp"):
        for orphan in path.parent.glob(pattern):
            with suppress(OSError):
                orphan.unlink()


def encode_tables(tables: Tables) -> bytes:
    """The TinyDB file's bytes: compact JSON, UTF-8 kept readable.

    Text that is not valid Unicode (a lone surrogate in a table postil does not own) cannot be
    UTF-8: then everything is written as ASCII escapes, which read back exactly.
    """
    text = json.dumps(tables, ensure_ascii=False, separators=(",", ":"))
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(tables, separators=(",", ":")).encode("ascii")


def apply_ops(tables: Tables, ops: list[dict[str, Any]]) -> None:
    """Apply one transaction's operations to ``tables`` in place (idempotent on replay)."""
    for op in ops:
        table = tables.setdefault(op["t"], {})
        if "doc" in op:
            table[op["id"]] = op["doc"]
        else:
            table.pop(op["id"], None)


Stamp = tuple[int, int, int] | None


def stamp(path: Path) -> Stamp:
    """(inode, size, mtime_ns) of ``path``, or None if it is missing: cheap change detection."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise StoreError(f"cannot look at {path} ({error.strerror or error})") from None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


# Integers of 19 digits or more: orjson reads those past 64 bits as floats, json as ints. They
# are found by mapping every digit to "0" and anything else to " " (bytes.translate, in C) and
# looking for 19 zeros: ~15x faster than a regex over a shard full of numbers.
_DIGITS_ONLY = bytes(0x30 if 0x30 <= byte <= 0x39 else 0x20 for byte in range(256))
_LONG_NUMBER = b"0" * 19


def fast_loads(raw: bytes) -> Any:
    """``raw`` parsed by orjson (2-3x faster than json on a shard or a manifest), or None when
    orjson is missing or might read it otherwise than ``json`` does: anything orjson refuses
    (``NaN``, lone surrogates, nesting past 1,024, bad UTF-8) and long integers. Whatever it
    returns, ``json.loads`` returns too, so the files mean the same either way."""
    try:
        import orjson
    except ImportError:  # pragma: no cover - orjson is a dependency; JSON still works without
        return None
    if _LONG_NUMBER in raw.translate(_DIGITS_ONLY):
        return None
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None


def parse_base(path: Path, raw: bytes) -> Tables:
    """The tables of a TinyDB file's bytes; StoreError if they are not a TinyDB document."""
    if not raw.strip():
        return {}
    try:
        data = fast_loads(raw)
        if data is None:
            data = json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise StoreError(
            f"{path} is damaged (JSON nested too deeply); restore it from a backup "
            "or move it away to start a new one"
        ) from None
    except UnicodeDecodeError:
        raise StoreError(
            f"{path} is not a postil annotation file (not UTF-8 text); "
            "move it away or pass --db with another file"
        ) from None
    except json.JSONDecodeError as error:
        raise StoreError(
            f"{path} is damaged (invalid JSON at line {error.lineno}, column {error.colno}); "
            "restore it from a backup or move it away to start a new one"
        ) from None
    if not isinstance(data, dict) or not all(
        isinstance(table, dict) and all(map(isinstance, table.values(), repeat(dict)))
        for table in data.values()
    ):
        kind = type(data).__name__ if not isinstance(data, dict) else "object of other data"
        raise StoreError(
            f"{path} is not a postil annotation file (it holds a JSON {kind}); "
            "move it away or pass --db with another file"
        )
    return data


def schema_of(path: Path, tables: Tables) -> int:
    """The file's schema version: 0 for a pre-versioned annotations file, else its record.

    Raises StoreError for a newer version (never rewritten) or a foreign TinyDB file.
    """
    meta = tables.get(META_TABLE)
    if meta is not None:
        version = meta.get("1", {}).get("schema")
        if type(version) is not int or version < 1:
            raise StoreError(
                f"{path} has an unreadable schema record; restore it from a backup "
                "or move it away to start a new one"
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{path} was written by a newer postil (schema {version}, this one reads up to "
                f"{SCHEMA_VERSION}); upgrade postil or pass --db with another file"
            )
        return version
    if not tables:
        return SCHEMA_VERSION  # an empty or brand-new file: nothing to migrate
    legacy_tables = {"_default", ANNOTATIONS_TABLE}
    docs = [doc for name in legacy_tables for doc in tables.get(name, {}).values()]
    if set(tables) <= legacy_tables and all(
        {"id", "article", "selector"} <= doc.keys() for doc in docs
    ):
        return 0
    raise StoreError(
        f"{path} is a TinyDB file of something other than postil annotations; "
        "move it away or pass --db with another file"
    )


@dataclass
class Snapshot:
    """The database as read from disk: tables with the journal applied, and where it ended."""

    tables: Tables
    base_stamp: Stamp
    journal: JournalTail


def load_snapshot(path: Path, check: Check | None = None) -> Snapshot:
    """Read the base file and replay the journal. Call with the lock held.

    An empty base file beside a journal that postil started is damage, not a new database:
    postil writes the base file whole before it starts a journal, so the pair means the file
    was truncated (by a full disk, a bad copy, another program).
    """
    base_stamp = stamp(path)
    raw = read_regular(path)
    tail = read_journal(journal_path(path), check=check)
    assert tail is not None  # without an expected epoch a missing journal reads as empty
    if raw is not None and not raw.strip() and tail.epoch is not None:
        raise StoreError(
            f"{path} is empty but its journal is there: the file was truncated; restore it "
            "from a backup, or move it and its .journal away to start a new one"
        )
    tables = parse_base(path, raw) if raw is not None else {}
    for ops in tail.transactions:
        apply_ops(tables, ops)
    return Snapshot(tables, base_stamp, tail)


def compact(path: Path, tables: Tables) -> tuple[Stamp, JournalTail]:
    """Write ``tables`` as the new base file and restart the journal.

    Interrupted between the two steps, the old journal replays onto a base that already
    holds its effects, which changes nothing (replay is idempotent).
    """
    atomic_write(path, encode_tables(tables))
    base_stamp = stamp(path)
    return base_stamp, start_journal(journal_path(path))


class PostilStorage(Storage):
    """A TinyDB storage over postil's layout: ``TinyDB(path, storage=PostilStorage)``.

    Reads every shard with its journal and the main journal, as one TinyDB document (one
    ``annotations`` table); writes save what differs as one transaction, under postil's lock,
    so a TinyDB script and a running postil never lose each other's changes.
    """

    def __init__(self, path: str | os.PathLike[str], create_dirs: bool = False, **_: Any) -> None:
        self.path = Path(path).expanduser()
        if create_dirs:
            ensure_private_dir(self.path.parent)

    def read(self) -> Tables | None:
        """Everything; None for a missing or empty database (TinyDB's 'empty')."""
        from annotations.store import AnnotationStore

        store = AnnotationStore(self.path, read_only=True)
        try:
            tables = store.tinydb_tables()
        finally:
            store.close()
        return tables if any(tables[name] for name in tables if name != META_TABLE) else None

    def write(self, data: Tables) -> None:
        """Make the database hold ``data``, atomically and durably."""
        from annotations.store import AnnotationStore

        store = AnnotationStore(self.path)
        try:
            store.replace_tables(data)
        finally:
            store.close()
