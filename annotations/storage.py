"""The on-disk layout of postil's annotations: a TinyDB JSON file plus an append-only journal.

Why not TinyDB's own ``JSONStorage``: it rewrites its file in place without a lock, so a crash
between write and truncate leaves trailing garbage (TinyDB issue #301) and two writers lose each
other's changes; and rewriting tens of MB on every save cannot meet a 200 ms budget.

The layout, all in one folder:

``annotations.json``
    A plain TinyDB file (``{"table": {"doc_id": {...}}}``). Only ever replaced whole: written to
    a temporary file in the same folder, fsynced, renamed over, and the folder fsynced.
``annotations.json.journal``
    JSON lines: a header ``{"postil_journal": 1, "epoch": token}``, then one line per committed
    transaction: ``{"tx": [{"t": table, "id": doc_id, "doc": {...}}, ...]}`` (no ``"doc"``
    means delete). A save appends one line and fsyncs, so its cost does not grow with the
    database. Replaying the journal is idempotent, which makes compaction (new base file, then
    a new journal with a fresh epoch) safe to interrupt at any point; the epoch tells a reader
    holding an offset that the journal was restarted. A torn last line (a writer killed
    mid-append, never acknowledged) is ignored and cut off by the next writer.
``annotations.json.lock``
    The inter-process lock (``filelock``) held around every read-modify-write.

:class:`PostilStorage` is a TinyDB ``Storage`` over this layout, so a user reads everything,
journal included, with ``TinyDB(path, storage=PostilStorage)``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb.storages import Storage

from annotations.errors import StoreError

#: The layout version this code writes; files with a newer one are refused, never rewritten.
#: 2: annotations carry ``article_key``, the identity of their article (see annotations.identity).
SCHEMA_VERSION = 2
#: Table holding the single schema record (doc id "1").
META_TABLE = "_postil"
#: Table holding the annotations, one document per annotation.
ANNOTATIONS_TABLE = "annotations"
#: Seconds to wait for another process's lock before giving up with a clear message.
LOCK_TIMEOUT = 30.0

Tables = dict[str, dict[str, dict[str, Any]]]


def journal_path(path: Path) -> Path:
    """The journal beside the TinyDB file ``path``."""
    return path.with_name(path.name + ".journal")


def lock_path(path: Path) -> Path:
    """The lock file beside the TinyDB file ``path``."""
    return path.with_name(path.name + ".lock")


def file_lock(path: Path) -> FileLock:
    """The inter-process lock for the database at ``path`` (not thread-local: the store
    serialises its own threads with a mutex and may release from another thread)."""
    return FileLock(lock_path(path), timeout=LOCK_TIMEOUT, mode=0o600, thread_local=False)


@contextmanager
def locked(lock: FileLock, path: Path) -> Iterator[None]:
    """Hold ``lock``, turning a timeout or an unwritable folder into a one-line StoreError."""
    try:
        lock.acquire()
    except Timeout:
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


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) if missing; a folder we create is 0700."""
    if folder.is_dir():
        return
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask
        fsync_dir(folder.parent)  # the new folder's entry survives a power cut too
    except OSError as error:
        raise StoreError(
            f"cannot create the folder {folder} ({error.strerror or error}); "
            "create it or pass --db with another path"
        ) from None


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old file or the new one.

    Temporary file in the same folder (so the rename is atomic), created 0600, fsynced,
    renamed over, then the folder fsynced so the rename itself survives a power cut.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def remove_orphan_temps(path: Path) -> None:
    """Delete temporary files a killed writer left beside ``path`` (call with the lock held:
    every writer of temporary files holds it, so any that exist now are orphans)."""
    for pattern in (f".{path.name}.*.tmp", f".{journal_path(path).name}.*.tmp"):
        for orphan in path.parent.glob(pattern):
            with suppress(OSError):
                orphan.unlink()


def encode_tables(tables: Tables) -> bytes:
    """The TinyDB file's bytes: compact JSON, UTF-8 kept readable."""
    return json.dumps(tables, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


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
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _read_bytes(path: Path, what: str = "") -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise StoreError(f"{path} is a folder, not an annotation file; pass --db FILE") from None
    except OSError as error:
        raise StoreError(
            f"cannot read {path} ({error.strerror or error}); fix its permissions "
            f"(chmod u+rw {path}) or pass --db with another file"
        ) from None


def parse_base(path: Path, raw: bytes) -> Tables:
    """The tables of a TinyDB file's bytes; StoreError if they are not a TinyDB document."""
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw.decode("utf-8"))
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
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
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
        if not isinstance(version, int) or version < 1:
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
class JournalTail:
    """What a journal read found after a given offset."""

    epoch: str | None  # the header's token: a new one each time the journal is restarted
    transactions: list[list[dict[str, Any]]]
    end: int  # offset just past the last complete, valid line
    size: int  # the file's size when read (> end when a torn line follows)


def journal_header(epoch: str) -> bytes:
    return json.dumps({"postil_journal": 1, "epoch": epoch}).encode("utf-8") + b"\n"


def _valid_ops(record: Any) -> list[dict[str, Any]]:
    ops = record["tx"]
    if not isinstance(ops, list) or not all(
        isinstance(op, dict) and isinstance(op.get("t"), str) and isinstance(op.get("id"), str)
        for op in ops
    ):
        raise ValueError("not a transaction")
    return ops


def read_journal(path: Path, offset: int = 0, epoch: str | None = None) -> JournalTail | None:
    """Complete transactions in the journal ``path`` from ``offset`` on.

    With ``epoch``, returns None if the journal was restarted since (its header differs), so
    the caller re-reads everything instead of trusting an offset into another file. An
    incomplete or unparsable *last* line is a save that never returned (the writer died
    mid-append) and is skipped; a bad line before a good one is real damage: StoreError.
    """
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        return None if epoch is not None else JournalTail(None, [], 0, 0)
    except OSError as error:
        raise StoreError(
            f"cannot read {path} ({error.strerror or error}); fix its permissions "
            f"(chmod u+rw {path})"
        ) from None
    with handle:
        first = handle.readline()
        found: str | None = None
        header_end = 0
        if first.endswith(b"\n"):
            with suppress(ValueError, AttributeError):
                found = json.loads(first).get("epoch")
            if found is not None:
                header_end = len(first)
        if epoch is not None and found != epoch:
            return None
        start = max(offset, header_end)
        handle.seek(start)
        raw = handle.read()
    transactions: list[list[dict[str, Any]]] = []
    pos = end = start
    lines = raw.split(b"\n")
    for index, line in enumerate(lines[:-1]):  # text after the last newline: a torn write
        try:
            transactions.append(_valid_ops(json.loads(line)))
        except (ValueError, KeyError, TypeError):
            if index == len(lines) - 2 and not lines[-1]:
                break  # the final line is garbage (partly flushed write): torn, skip it
            raise StoreError(
                f"{path} is damaged (bad record at byte {pos}); restore it from a backup, "
                "or delete it to lose the changes it holds"
            ) from None
        pos += len(line) + 1
        end = pos
    return JournalTail(found, transactions, end, start + len(raw))


def start_journal(path: Path) -> JournalTail:
    """Replace the journal with an empty one under a fresh epoch (after its contents went
    into the base file, or when there is none yet)."""
    epoch = os.urandom(8).hex()
    header = journal_header(epoch)
    atomic_write(path, header)
    return JournalTail(epoch, [], len(header), len(header))


def append_journal(path: Path, ops: list[dict[str, Any]], valid_end: int) -> int:
    """Append one transaction durably; cut any torn tail past ``valid_end`` first.

    Returns the new end offset. Call with the lock held, after reading up to ``valid_end``
    of a journal that :func:`start_journal` created.
    """
    line = json.dumps({"tx": ops}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    data = line + b"\n"
    fd = os.open(path, os.O_WRONLY)
    try:
        if os.fstat(fd).st_size != valid_end:
            os.ftruncate(fd, valid_end)
        os.lseek(fd, valid_end, os.SEEK_SET)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)
    return valid_end + len(data)


@dataclass
class Snapshot:
    """The database as read from disk: tables with the journal applied, and where it ended."""

    tables: Tables
    base_stamp: Stamp
    journal: JournalTail


def load_snapshot(path: Path) -> Snapshot:
    """Read the base file and replay the journal. Call with the lock held."""
    base_stamp = stamp(path)
    raw = _read_bytes(path)
    tables = parse_base(path, raw) if raw is not None else {}
    tail = read_journal(journal_path(path))
    assert tail is not None  # without an expected epoch a missing journal reads as empty
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
    """A TinyDB storage over postil's layout: reads the base file plus its journal, writes by
    atomic replacement under postil's lock. ``TinyDB(path, storage=PostilStorage)``."""

    def __init__(self, path: str | os.PathLike[str], create_dirs: bool = False, **_: Any) -> None:
        self.path = Path(path).expanduser()
        if create_dirs:
            ensure_private_dir(self.path.parent)
        self._lock = file_lock(self.path)

    def read(self) -> Tables | None:
        """Everything, journal included; None for a missing or empty file (TinyDB's 'empty')."""
        with locked(self._lock, self.path):
            tables = load_snapshot(self.path).tables
        return tables or None

    def write(self, data: Tables) -> None:
        """Replace the whole database atomically and durably (journal folded in)."""
        with locked(self._lock, self.path):
            compact(self.path, data)
