"""AnnotationStore: the annotations of one reader, in a TinyDB file that never loses a save.

Every mutating call is one transaction under an inter-process lock: catch up with what other
processes wrote, append one journal line, fsync, then update memory. It is durable when it
returns, and its cost does not grow with the database (see :mod:`annotations.storage`).

Reads are served from memory. ``refresh()`` (the TUI calls it on a timer) only stats two files
unless another process changed them, and then reads just the new journal lines; a full re-read
happens only after a compaction or an outside rewrite of the base file.

A store is read-only when asked (``read_only=True``: the CLI's list, tags, show and export,
which then never create or change a file, and run without the lock where it cannot be made,
as on a read-only file system) or when the file or its folder cannot be written (a file
without its owner's write bit counts as read-only even for root): reads work, and every save
is a one-line StoreError that says so. Warnings that do not stop the store (a rejected last
journal line kept aside) are collected in :attr:`AnnotationStore.warnings` for the front ends
to show.
"""

from __future__ import annotations

import gc
import os
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from annotations.errors import NotFoundError, StoreError
from annotations.files import (
    atomic_write,
    ensure_private_dir,
    free_name,
    read_only_reason,
    real_path,
)
from annotations.identity import Identify, fill_article_keys
from annotations.journal import (
    JournalTail,
    append_journal,
    cut_journal,
    journal_header,
    read_journal,
)
from annotations.model import Annotation, Selector, normalize_tag
from annotations.storage import (
    ANNOTATIONS_TABLE,
    META_TABLE,
    SCHEMA_VERSION,
    Snapshot,
    Stamp,
    Tables,
    apply_ops,
    compact,
    file_lock,
    journal_path,
    load_snapshot,
    locked,
    remove_orphan_temps,
    schema_of,
    stamp,
)

__all__ = ["AnnotationStore", "NotFoundError", "StoreError", "default_db_path"]

#: Fold the journal into the base file once it is this large *and* half the base's size, so
#: compaction (a full rewrite) stays rare relative to the saves it absorbs.
COMPACT_MIN_BYTES = 4 * 1024 * 1024
#: On close, fold a non-empty journal in if the base is small enough to rewrite quickly, so
#: plain readers of the JSON file mostly see current data.
CLOSE_COMPACT_MAX_BASE = 8 * 1024 * 1024


def default_db_path() -> Path:
    """``$POSTIL_DB`` if set, else ``annotations.json`` in the user data folder."""
    env = os.environ.get("POSTIL_DB")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("postil", appauthor=False)) / "annotations.json"


def _io_error(path: Path, error: OSError, doing: str) -> StoreError:
    return StoreError(
        f"cannot {doing} {path} ({error.strerror or error}); "
        "check the disk and the folder's permissions"
    )


class AnnotationStore:
    """All annotations in one database file; thread-safe and safe across processes."""

    def __init__(
        self,
        path: Path | str,
        *,
        compact_bytes: int = COMPACT_MIN_BYTES,
        read_only: bool = False,
        identify: Identify | None = None,
    ) -> None:
        self.path = real_path(path)
        self._identify = identify  # keys highlights of older files (annotations.identity)
        self._compact_bytes = compact_bytes
        #: Things worth telling the user that did not stop the store, one line each.
        self.warnings: list[str] = []
        self._mutex = threading.RLock()
        self._closed = False
        self._tables: Tables = {}
        self._anns: dict[str, Annotation] = {}
        self._doc_of: dict[str, str] = {}  # annotation id -> TinyDB document id
        self._ann_of: dict[str, str] = {}  # TinyDB document id -> annotation id
        self._by_article: dict[str, dict[str, Annotation]] = {}
        self._by_key: dict[str, dict[str, Annotation]] = {}
        self._tag_counts: Counter[str] = Counter()
        self._next_doc = 1
        self._base_stamp: Stamp = None
        self._journal_epoch: str | None = None
        self._outside_changes = 0  # catch-ups that found other processes' writes
        self._reported_changes = 0  # ... as of the last refresh()
        self._journal_end = 0
        self._journal_size = 0
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a folder, not an annotation file; pass --db FILE")
        if not read_only:
            ensure_private_dir(self.path.parent)
        self._read_only = "it was opened read-only" if read_only else read_only_reason(self.path)
        self._lock = file_lock(self.path)
        with self._mutex, self._locked(), _bulk_load():
            self._open()

    @property
    def read_only(self) -> bool:
        """Whether saves are refused (see the module's notes)."""
        return self._read_only is not None

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """The inter-process lock; a read-only store reads without it if it cannot be made."""
        if self._read_only is None:
            with locked(self._lock, self.path):
                yield
            return
        if not self.path.exists():  # nothing to read: no lock file (nor folder) made for it
            yield
            return
        try:
            self._lock.acquire()
        except OSError:  # no lock file on a read-only file system: read as it is
            yield
            return
        try:
            yield
        finally:
            self._lock.release()

    # ----------------------------------------------------------------- opening

    def _open(self) -> None:
        """Load, validate, migrate if old, create if missing. Never writes over a bad file,
        and never writes at all when read-only (an old file is migrated in memory only)."""
        if self._read_only is None:
            remove_orphan_temps(self.path)
        snapshot = load_snapshot(self.path, _check_records)
        version = schema_of(self.path, snapshot.tables)
        if self._read_only is not None:
            if version < SCHEMA_VERSION:
                snapshot.tables = self._migrated(snapshot.tables)
        elif version < SCHEMA_VERSION:
            self._migrate(snapshot.tables, version)
            snapshot = load_snapshot(self.path, _check_records)
        elif snapshot.base_stamp is None or not snapshot.tables:
            self._write_base(self._fresh_tables(snapshot.tables))
            snapshot = load_snapshot(self.path, _check_records)
        self._adopt(snapshot)

    def _adopt(self, snapshot: Snapshot) -> None:
        """Take a full read as the in-memory state; give it a journal if it has none."""
        self._install(snapshot.tables)
        self._base_stamp = snapshot.base_stamp
        self._set_journal(snapshot.journal)
        self._set_aside(snapshot.journal)
        if snapshot.journal.epoch is None and self._read_only is None:
            self._compact()  # no journal (deleted?) or one without a header

    def _set_aside(self, tail: JournalTail) -> None:
        """Keep a complete but invalid last journal line in a side file, cut it, and say so.

        It is not a torn write (those have no newline), so it may be a save that was
        acknowledged and then damaged: it is never dropped silently. Read-only, it is only
        reported (and ignored, as any reader must).
        """
        if tail.rejected is None:
            return
        journal = journal_path(self.path)
        where = f"{journal} (byte {tail.end})"
        if self._read_only is not None:
            self._warn(f"the last line of {where} is not a valid record; it was ignored")
            return
        side = free_name(journal.with_name(journal.name + ".rejected"))
        try:
            atomic_write(side, tail.rejected)
            cut_journal(journal, tail.end)
        except OSError as error:
            raise _io_error(side, error, "keep a rejected journal line in") from None
        tail.size = tail.end
        self._journal_size = tail.end
        self._warn(f"the last line of {where} is not a valid record; it was kept in {side}")

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def _set_journal(self, tail: JournalTail) -> None:
        self._journal_epoch = tail.epoch
        self._journal_end = tail.end
        self._journal_size = tail.size

    @staticmethod
    def _fresh_tables(tables: Tables) -> Tables:
        fresh: Tables = {META_TABLE: {"1": {"schema": SCHEMA_VERSION}}, ANNOTATIONS_TABLE: {}}
        fresh[ANNOTATIONS_TABLE].update(tables.get(ANNOTATIONS_TABLE, {}))
        return fresh

    def _write_base(self, tables: Tables) -> None:
        try:
            compact(self.path, tables)
        except OSError as error:
            raise _io_error(self.path, error, "write") from None

    def _migrated(self, tables: Tables) -> Tables:
        """Schema 0 (annotations without a schema record, maybe in ``_default``) or 1 (without
        article keys) -> current, in memory."""
        old_docs = [
            *tables.get("_default", {}).values(),
            *tables.get(ANNOTATIONS_TABLE, {}).values(),
        ]
        docs = {str(number): doc for number, doc in enumerate(old_docs, start=1)}
        for doc_id, doc in docs.items():  # a malformed file is reported, never rewritten
            self._decode(doc_id, doc)
        fill_article_keys(docs, self._identify)
        return self._fresh_tables({ANNOTATIONS_TABLE: docs})

    def _migrate(self, tables: Tables, version: int) -> None:
        """Migrate the file to the current schema, keeping a byte-for-byte backup first.

        Every record is checked before anything is written: a malformed file is reported and
        left alone, with no backup beside it."""
        migrated = self._migrated(tables)
        backup = free_name(self.path.with_name(f"{self.path.name}.schema{version}.bak"))
        try:
            for source, target in (
                (self.path, backup),
                (journal_path(self.path), backup.with_name(backup.name + ".journal")),
            ):
                if source.exists() and source.stat().st_size:
                    atomic_write(target, source.read_bytes())
        except OSError as error:
            raise _io_error(backup, error, "back up to") from None
        self._write_base(migrated)

    def _install(self, tables: Tables) -> None:
        """Rebuild the in-memory indexes from raw tables (after open or a full re-read)."""
        anns: dict[str, Annotation] = {}
        doc_of: dict[str, str] = {}
        for doc_id, doc in tables.get(ANNOTATIONS_TABLE, {}).items():
            ann = self._decode(doc_id, doc)
            anns[ann.id] = ann
            doc_of[ann.id] = doc_id
        self._tables = tables
        self._anns = anns
        self._doc_of = doc_of
        self._ann_of = {doc_id: ann_id for ann_id, doc_id in doc_of.items()}
        self._by_article = {}
        self._by_key = {}
        self._tag_counts = Counter()
        for ann in anns.values():
            self._index(ann)
        numeric = [int(key) for key in tables.get(ANNOTATIONS_TABLE, {}) if _is_number(key)]
        self._next_doc = max(numeric, default=0) + 1

    def _decode(self, doc_id: str, doc: dict[str, Any]) -> Annotation:
        try:
            return Annotation.from_dict(doc)
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError):
            raise StoreError(
                f"{self.path} holds a malformed annotation (document {doc_id}); "
                "restore the file from a backup or fix that entry"
            ) from None

    # ----------------------------------------------------------------- indexes

    def _index(self, ann: Annotation) -> None:
        self._anns[ann.id] = ann
        self._by_article.setdefault(ann.article, {})[ann.id] = ann
        if ann.article_key:
            self._by_key.setdefault(ann.article_key, {})[ann.id] = ann
        counts = self._tag_counts
        for tag in ann.tags:
            counts[tag] += 1

    def _unindex(self, ann_id: str) -> Annotation | None:
        ann = self._anns.pop(ann_id, None)
        if ann is None:
            return None
        article = self._by_article.get(ann.article, {})
        article.pop(ann_id, None)
        if not article:
            self._by_article.pop(ann.article, None)
        keyed = self._by_key.get(ann.article_key, {})
        keyed.pop(ann_id, None)
        if not keyed:
            self._by_key.pop(ann.article_key, None)
        self._tag_counts.subtract(ann.tags)
        for tag in ann.tags:
            if self._tag_counts[tag] <= 0:
                del self._tag_counts[tag]
        return ann

    def _apply(self, ops: list[dict[str, Any]]) -> None:
        """Apply journal operations to the raw tables and the indexes."""
        apply_ops(self._tables, ops)
        for op in ops:
            if op["t"] != ANNOTATIONS_TABLE:
                continue
            doc_id = op["id"]
            if _is_number(doc_id):
                self._next_doc = max(self._next_doc, int(doc_id) + 1)
            old = self._ann_of.pop(doc_id, None)
            if old is not None:
                self._unindex(old)
                self._doc_of.pop(old, None)
            if "doc" in op:
                ann = self._decode(doc_id, op["doc"])
                stale = self._doc_of.get(ann.id)
                if stale is not None and stale != doc_id:  # same annotation, other document
                    self._tables[ANNOTATIONS_TABLE].pop(stale, None)
                    self._ann_of.pop(stale, None)
                    self._unindex(ann.id)
                self._doc_of[ann.id] = doc_id
                self._ann_of[doc_id] = ann.id
                self._index(ann)

    # ----------------------------------------------------------------- syncing

    def _changed_on_disk(self) -> bool:
        if stamp(self.path) != self._base_stamp:
            return True
        try:
            return os.stat(journal_path(self.path)).st_size != self._journal_size
        except FileNotFoundError:
            return self._journal_size != 0

    def _catch_up(self) -> bool:
        """With the lock held: take in other processes' writes. True if anything changed."""
        base = stamp(self.path)
        if base is None:
            raise StoreError(
                f"{self.path} was deleted while postil was using it; "
                "restore it from a backup or restart postil to start a new one"
            )
        if self.path.is_symlink():  # moved and linked back: never replace the link by a file
            raise StoreError(
                f"{self.path} was replaced by a symlink while postil was using it; "
                "restart postil to use the file it points to"
            )
        tail = None
        if base == self._base_stamp:  # same base: only new journal lines, if same journal
            tail = read_journal(
                journal_path(self.path), self._journal_end, self._journal_epoch, _check_records
            )
        if tail is None or tail.size < self._journal_end:
            return self._reread()
        self._journal_size = tail.size
        self._journal_end = tail.end
        for ops in tail.transactions:
            self._apply(ops)
        self._set_aside(tail)
        self._outside_changes += bool(tail.transactions)
        return bool(tail.transactions)

    def _reread(self) -> bool:
        """A full re-read after a compaction or an outside rewrite. True if anything changed.

        The file this store opened had postil's schema record (open writes it); one without
        it now was replaced or truncated behind postil's back: damage, never adopted as a new
        empty database.
        """
        with _bulk_load():
            snapshot = load_snapshot(self.path, _check_records)
            schema_of(self.path, snapshot.tables)
            if META_TABLE not in snapshot.tables:
                if self._read_only is None:
                    raise StoreError(
                        f"{self.path} was replaced or emptied while postil was using it; "
                        "restore it from a backup, or restart postil to use it as it is now"
                    )
                snapshot.tables = self._migrated(snapshot.tables)
            before = self._tables
            self._adopt(snapshot)
        changed = before != self._tables
        self._outside_changes += changed
        return changed

    @contextmanager
    def _transaction(self) -> Iterator[list[dict[str, Any]]]:
        """Lock, catch up, let the caller queue operations, then commit them durably."""
        with self._mutex:
            self._check_open()
            self._check_writable()
            with locked(self._lock, self.path):
                self._catch_up()
                ops: list[dict[str, Any]] = []
                yield ops
                if ops:
                    self._commit(ops)

    def _commit(self, ops: list[dict[str, Any]]) -> None:
        try:
            end = append_journal(journal_path(self.path), ops, self._journal_end)
        except OSError as error:
            raise _io_error(journal_path(self.path), error, "save to") from None
        self._journal_end = self._journal_size = end
        self._apply(ops)
        base_size = self._base_stamp[1] if self._base_stamp else 0
        if end >= max(self._compact_bytes, base_size // 2):
            # the save is already durable in the journal: a failed compaction must not
            # report it as failed; the next save tries again
            with suppress(StoreError):
                self._compact()

    def _compact(self) -> None:
        try:
            self._base_stamp, journal = compact(self.path, self._tables)
        except OSError as error:
            raise _io_error(self.path, error, "write") from None
        self._set_journal(journal)

    def _journal_header_end(self) -> int:
        """Size of an empty journal (its header line only)."""
        return len(journal_header(self._journal_epoch)) if self._journal_epoch else 0

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"the annotation store {self.path} is closed; reopen it")

    def _check_writable(self) -> None:
        """StoreError before any write if saving is refused (re-checked each time: a file can
        be made read-only while postil has it open)."""
        reason = self._read_only or read_only_reason(self.path)
        if reason is not None:
            raise StoreError(
                f"cannot save to {self.path}: {reason}; make it writable "
                f"(chmod u+w) or pass --db with another file"
            )

    # ----------------------------------------------------------------- writing

    def _put_op(self, ann: Annotation) -> dict[str, Any]:
        doc_id = self._doc_of.get(ann.id)
        if doc_id is None:
            doc_id = str(self._next_doc)
            self._next_doc += 1
        return {"t": ANNOTATIONS_TABLE, "id": doc_id, "doc": ann.to_dict()}

    def _missing(self, ann_id: str) -> NotFoundError:
        return NotFoundError(
            f"annotation {ann_id} is not in {self.path} (deleted, maybe by another postil); "
            "reload and try again"
        )

    def add(self, ann: Annotation) -> Annotation:
        """Save a new annotation; durable when this returns.

        Saving the very same annotation again is a no-op, so a save that is retried after an
        error (which may have happened after the write) is safe.
        """
        with self._transaction() as ops:
            existing = self._anns.get(ann.id)
            if existing == ann:
                return ann
            if existing is not None:
                raise StoreError(f"annotation {ann.id} is already in {self.path}; use update")
            ops.append(self._put_op(ann))
        return ann

    def add_many(self, anns: Sequence[Annotation]) -> int:
        """Save new annotations and new versions of stored ones in one transaction.

        All or nothing: the batch is one journal record, durable when this returns, and a
        crash part-way leaves none of it (a torn last record is ignored on reading). Returns
        how many documents were written (identical ones are skipped).
        """
        batch = {ann.id: ann for ann in anns}  # one document per id: the last version wins
        with self._transaction() as ops:
            ops += [self._put_op(ann) for ann in batch.values() if self._anns.get(ann.id) != ann]
            written = len(ops)
        return written

    def update(self, ann: Annotation) -> Annotation:
        """Replace the annotation with ``ann.id``; NotFoundError if it is gone."""
        with self._transaction() as ops:
            if ann.id not in self._anns:
                raise self._missing(ann.id)
            ops.append(self._put_op(ann))
        return ann

    def move(self, ann_id: str, selector: Selector) -> Annotation:
        """Record where an annotation's passage is now (found again after the article changed).

        Only the place changes, on the version current in the file, so re-anchoring never
        undoes an edit made meanwhile here or by another process; ``updated`` stays (following
        the article is not an edit by the reader). The reader's quote is never overwritten:
        a ``selector`` with other text is kept as the annotation's ``current`` place
        (:meth:`Annotation.placed`).
        """
        with self._transaction() as ops:
            stored = self._anns.get(ann_id)
            if stored is None:
                raise self._missing(ann_id)
            moved = stored.placed(selector)
            if moved is not stored:
                ops.append(self._put_op(moved))
        return moved

    def relink(self, ann_id: str, article: str, article_key: str) -> Annotation:
        """Record where an annotation's article is now and what it is (its key), on the version
        current in the file; like :meth:`move`, not an edit (``updated`` stays)."""
        with self._transaction() as ops:
            current = self._anns.get(ann_id)
            if current is None:
                raise self._missing(ann_id)
            linked = replace(current, article=article, article_key=article_key)
            if linked != current:
                ops.append(self._put_op(linked))
        return linked

    def delete(self, ann_id: str) -> Annotation:
        """Delete by id and return what was deleted (so the caller can undo with restore)."""
        with self._transaction() as ops:
            ann = self._anns.get(ann_id)
            if ann is None:
                raise self._missing(ann_id)
            ops.append({"t": ANNOTATIONS_TABLE, "id": self._doc_of[ann_id]})
        return ann

    def restore(self, ann: Annotation) -> Annotation:
        """Undo a delete: put ``ann`` back with its id (replacing it if it still exists)."""
        with self._transaction() as ops:
            ops.append(self._put_op(ann))
        return ann

    def _retag(self, change: Callable[[tuple[str, ...]], list[str]], tag: str) -> int:
        with self._transaction() as ops:
            for ann in list(self._anns.values()):
                if tag in ann.tags:
                    ops.append(self._put_op(ann.edited(tags=change(ann.tags))))
            return len(ops)

    def rename_tag(self, old: str, new: str) -> int:
        """Rename tag ``old`` to ``new`` everywhere (merging if ``new`` exists); count changed."""
        old_tag, new_tag = normalize_tag(old), normalize_tag(new)
        if not new_tag:
            raise StoreError(f"{new!r} is not a usable tag name; use letters, digits, - or /")
        if old_tag == new_tag:
            return 0
        return self._retag(lambda tags: [new_tag if t == old_tag else t for t in tags], old_tag)

    def delete_tag(self, tag: str) -> int:
        """Remove ``tag`` from every annotation (the annotations stay); count changed."""
        name = normalize_tag(tag)
        return self._retag(lambda tags: [t for t in tags if t != name], name)

    # ----------------------------------------------------------------- reading

    def get(self, ann_id: str) -> Annotation | None:
        with self._mutex:
            return self._anns.get(ann_id)

    def all(self) -> list[Annotation]:
        """Every annotation, by article then position."""
        with self._mutex:
            return sorted(self._anns.values(), key=lambda a: (a.article, a.start, a.end, a.id))

    def for_article(self, article_id: str) -> list[Annotation]:
        """The annotations of one article, by position (no scan of the others)."""
        with self._mutex:
            found = list(self._by_article.get(article_id, {}).values())
        return sorted(found, key=lambda a: (a.start, a.end, a.id))

    def for_key(self, article_key: str) -> list[Annotation]:
        """The annotations of the article with this identity, wherever they were made."""
        with self._mutex:
            found = list(self._by_key.get(article_key, {}).values()) if article_key else []
        return sorted(found, key=lambda a: (a.start, a.end, a.id))

    def by_tag(self, tag: str) -> list[Annotation]:
        """Annotations carrying ``tag`` (normalised as stored), by article then position."""
        name = normalize_tag(tag)
        return [ann for ann in self.all() if name in ann.tags]

    def search(self, text: str) -> list[Annotation]:
        """Case-insensitive substring search in quote, note, tags and article title."""
        needle = text.casefold().strip()
        if not needle:
            return self.all()
        return [ann for ann in self.all() if needle in _haystack(ann)]

    def tags(self) -> dict[str, int]:
        """Tag -> number of annotations carrying it, sorted by tag."""
        with self._mutex:
            return dict(sorted(self._tag_counts.items()))

    def counts_by_article(self) -> dict[str, int]:
        """Article id -> number of annotations, sorted by article id."""
        with self._mutex:
            return {article: len(anns) for article, anns in sorted(self._by_article.items())}

    def __len__(self) -> int:
        with self._mutex:
            return len(self._anns)

    def __iter__(self) -> Iterator[Annotation]:
        return iter(self.all())

    # ----------------------------------------------------------------- life cycle

    def refresh(self) -> bool:
        """Take in changes other processes made; True if anything changed. Cheap when idle:
        two ``stat`` calls and no parsing unless a file changed. Never waits for a save in
        another thread (the UI calls it on a timer); changes a save took in along the way
        are reported here too."""
        if not self._mutex.acquire(blocking=False):
            return False  # a save is running (it catches up itself); the next call reports it
        try:
            self._check_open()
            if self._changed_on_disk():
                with self._locked():
                    self._catch_up()
            changed = self._outside_changes != self._reported_changes
            self._reported_changes = self._outside_changes
            return changed
        finally:
            self._mutex.release()

    def compact(self) -> None:
        """Fold the journal into the base file now (a full rewrite: slow on huge databases)."""
        with self._mutex:
            self._check_open()
            self._check_writable()
            with locked(self._lock, self.path):
                self._catch_up()
                if self._journal_end > self._journal_header_end():
                    self._compact()

    def close(self) -> None:
        """Fold a small database's journal in (so plain JSON readers see it) and stop."""
        with self._mutex:
            if self._closed:
                return
            try:
                base_size = self._base_stamp[1] if self._base_stamp else 0
                if (
                    self._read_only is None
                    and self._journal_size > self._journal_header_end()
                    and base_size <= CLOSE_COMPACT_MAX_BASE
                ):
                    with suppress(StoreError):  # every save is durable already
                        self.compact()
            finally:
                self._closed = True

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


@contextmanager
def _bulk_load() -> Iterator[None]:
    """Pause the cyclic garbage collector while a full read builds ~10^5 objects.

    Nothing built there is cyclic garbage, yet each GC generation fills up and is scanned
    again and again: at 100,000 annotations this cut opening from ~3.3 s to ~2 s.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _check_records(ops: list[dict[str, Any]]) -> None:
    """Raise if a transaction holds an annotation or schema record this store would refuse
    (so a journal's last line that is well-formed JSON but a bad record is set aside)."""
    for op in ops:
        doc = op.get("doc")
        if doc is None:
            continue
        if op["t"] == ANNOTATIONS_TABLE:
            Annotation.from_dict(doc)
        elif op["t"] == META_TABLE and type(doc.get("schema")) is not int:
            raise ValueError("a schema record without a whole number")


def _is_number(doc_id: str) -> bool:
    """A document id TinyDB would have made: a short run of ASCII digits."""
    return doc_id.isascii() and doc_id.isdigit() and len(doc_id) < 16


def _haystack(ann: Annotation) -> str:
    parts: tuple[str, ...] = (ann.quote, ann.note, " ".join(ann.tags), ann.article_title)
    if ann.current is not None:  # a moved highlight is found by its text then and now
        parts += (ann.current.exact,)
    return "\n".join(parts).casefold()
