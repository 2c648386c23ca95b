"""AnnotationStore: the annotations of one reader, in TinyDB files that never lose a save.

Every mutating call is one transaction under an inter-process lock: catch up with what other
processes wrote, append one journal line, fsync, then update memory. It is durable when it
returns, and its cost does not grow with the database: the annotations are split over shards
by article (:mod:`annotations.shards`), opening reads only a small manifest with the counts and
the main journal, and a shard is read when something in it is asked for
(:mod:`annotations.database`). So ``postil annotate``, ``postil tags`` and the TUI's first
frame cost the same with a thousand highlights or a million.

``refresh()`` (the TUI calls it on a timer) only stats two files unless another process
changed them, and then reads just the new journal lines; a full re-read of the manifest
happens only after a checkpoint or an outside rewrite.

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
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path
from typing import Any

from annotations.database import JOURNAL_LIMIT, Database
from annotations.errors import NotFoundError, StoreError
from annotations.files import ensure_private_dir, read_only_reason, real_path
from annotations.identity import Identify
from annotations.model import Annotation, Selector, normalize_tag
from annotations.ops import delete_op, put_op
from annotations.paths import default_db_path
from annotations.shards import DEFAULT_SHARDS, Shard, is_shard_name, placement, shard_of
from annotations.storage import Tables, file_lock, locked
from annotations.summary import Contribution

__all__ = ["AnnotationStore", "NotFoundError", "StoreError", "default_db_path"]

#: Checkpoint (fold the main journal into the shards) once it is this large: see
#: :data:`annotations.database.JOURNAL_LIMIT`.
COMPACT_MIN_BYTES = JOURNAL_LIMIT
#: On close, fold every journal in if the database has at most this many highlights and the
#: main journal touches at most CLOSE_FOLD_SHARDS shards (each fold is a few fsyncs), so
#: plain readers of the JSON files mostly see current data.
CLOSE_COMPACT_MAX = 10_000
CLOSE_FOLD_SHARDS = 32
#: Most annotation ids whose shard a store remembers (about 100 bytes each): what callers were
#: shown, so deleting one of them later reads its shard, not a search of every shard file.
REMEMBERED_MAX = 200_000


class AnnotationStore:
    """All annotations of one database; thread-safe and safe across processes."""

    def __init__(
        self,
        path: Path | str,
        *,
        compact_bytes: int = COMPACT_MIN_BYTES,
        read_only: bool = False,
        identify: Identify | None = None,
        shards: int = DEFAULT_SHARDS,
    ) -> None:
        self.path = real_path(path)
        #: Things worth telling the user that did not stop the store, one line each.
        self.warnings: list[str] = []
        self._mutex = threading.RLock()
        self._closed = False
        self._reported_changes = 0  # outside changes as of the last refresh()
        self._shard_of: dict[str, str] = {}  # annotation id -> the shard it was seen in
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a folder, not an annotation file; pass --db FILE")
        if not read_only:
            ensure_private_dir(self.path.parent)
        self._read_only = "it was opened read-only" if read_only else read_only_reason(self.path)
        self._lock = file_lock(self.path)
        self._db = Database(
            self.path,
            writable=self._read_only is None,
            warn=self._warn,
            identify=identify,  # keys highlights of older files (annotations.identity)
            journal_limit=compact_bytes,
            shards=shards,
        )
        with self._mutex, self._locked(), _bulk_load():
            self._db.open()

    @property
    def read_only(self) -> bool:
        """Whether saves are refused (see the module's notes)."""
        return self._read_only is not None

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

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

    @contextmanager
    def _reading(self) -> Iterator[Database]:
        """The database, caught up with other processes, for reading shards from disk."""
        with self._mutex:
            self._check_open()
            with self._locked(), _bulk_load():
                if self._db.changed_on_disk():
                    self._db.catch_up()
                yield self._db

    @contextmanager
    def _transaction(self) -> Iterator[list[dict[str, Any]]]:
        """Lock, catch up, let the caller queue operations, then commit them durably."""
        with self._mutex:
            self._check_open()
            self._check_writable()
            with locked(self._lock, self.path), _bulk_load():
                self._db.catch_up()
                ops: list[dict[str, Any]] = []
                yield ops
                if ops:
                    self._db.commit(ops)

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

    # ----------------------------------------------------------------- finding

    def _home(self, ann: Annotation) -> Shard:
        """The shard a new annotation goes to (where the same one would already be)."""
        name = shard_of(placement(ann.to_dict()), self._db.manifest.shards)
        return self._db.shard(name)

    def _remember(self, name: str, ann_ids: Iterable[str]) -> None:
        """Note that ``ann_ids`` were seen in shard ``name`` (a hint: checked when used)."""
        if len(self._shard_of) > REMEMBERED_MAX:
            self._shard_of.clear()
        self._shard_of.update(dict.fromkeys(ann_ids, name))

    def _where(self, ann_id: str, hint: Annotation | None = None) -> Shard | None:
        """The shard holding ``ann_id``: a loaded one, the one it was last seen in, the one
        ``hint`` would be placed in, else whichever shard file mentions the id (lock held,
        caught up). An annotation never leaves its shard, but each guess is checked."""
        for shard in self._db.loaded.values():
            if ann_id in shard.doc_of:
                return shard
        seen = self._shard_of.get(ann_id)
        if seen is not None and is_shard_name(seen, self._db.manifest.shards):
            shard = self._db.shard(seen)
            if ann_id in shard.doc_of:
                return shard
        if hint is not None:
            home = self._home(hint)
            if ann_id in home.doc_of:
                return home
        for name in self._candidates(ann_id):
            shard = self._db.shard(name)
            if ann_id in shard.doc_of:
                return shard
        return None

    def _candidates(self, ann_id: str) -> list[str]:
        """Shards whose files or pending operations mention ``ann_id`` (a byte search: much
        cheaper than reading every shard)."""
        return [name for name in self._db.shard_names() if self._db.mentions(name, ann_id)]

    # ----------------------------------------------------------------- writing

    def _put_op(self, shard: Shard, ann: Annotation) -> dict[str, Any]:
        self._remember(shard.name, (ann.id,))
        doc_id = shard.doc_of.get(ann.id)
        was = None if doc_id is None else Contribution.of(shard.docs[doc_id])
        return put_op(shard.name, doc_id or self._db.allocate(), ann.to_dict(), was)

    def _missing(self, ann_id: str) -> NotFoundError:
        return NotFoundError(
            f"annotation {ann_id} is not in {self.path} (deleted, maybe by another postil); "
            "reload and try again"
        )

    def _stored(self, ann_id: str, hint: Annotation | None = None) -> tuple[Shard, Annotation]:
        shard = self._where(ann_id, hint)
        found = None if shard is None else shard.find(ann_id)
        if shard is None or found is None:
            raise self._missing(ann_id)
        return shard, found

    def add(self, ann: Annotation) -> Annotation:
        """Save a new annotation; durable when this returns.

        Saving the very same annotation again is a no-op, so a save that is retried after an
        error (which may have happened after the write) is safe.
        """
        with self._transaction() as ops:
            name = shard_of(placement(ann.to_dict()), self._db.manifest.shards)
            if name not in self._db.loaded and not self._db.mentions(name, ann.id):
                # a new id (its shard's files never name it): saved without reading the shard
                ops.append(put_op(name, self._db.allocate(), ann.to_dict(), None))
                self._remember(name, (ann.id,))
                return ann
            shard = self._db.shard(name)
            existing = shard.find(ann.id)
            if existing == ann:
                return ann
            if existing is not None:
                raise StoreError(f"annotation {ann.id} is already in {self.path}; use update")
            ops.append(self._put_op(shard, ann))
        return ann

    def add_many(self, anns: Sequence[Annotation]) -> int:
        """Save new annotations and new versions of stored ones in one transaction.

        All or nothing: the batch is one journal record, durable when this returns, and a
        crash part-way leaves none of it (a torn last record is ignored on reading). Returns
        how many documents were written (identical ones are skipped). Each shard's files are
        scanned once for the whole batch; new annotations go to their shard unread, as with
        :meth:`add`.
        """
        batch = {ann.id: ann for ann in anns}  # one document per id: the last version wins
        with self._transaction() as ops:
            held = self._db.holding(set(batch))
            where = {ann_id: name for name, ids in held.items() for ann_id in ids}
            for ann in batch.values():
                shard = self._db.shard(where[ann.id]) if ann.id in where else None
                if shard is not None and ann.id in shard.doc_of:
                    if shard.find(ann.id) != ann:
                        ops.append(self._put_op(shard, ann))
                    continue
                name = shard_of(placement(ann.to_dict()), self._db.manifest.shards)
                home = self._db.loaded.get(name)
                if home is not None:
                    ops.append(self._put_op(home, ann))
                else:
                    ops.append(put_op(name, self._db.allocate(), ann.to_dict(), None))
                    self._remember(name, (ann.id,))
            written = len(ops)
        return written

    def update(self, ann: Annotation) -> Annotation:
        """Replace the annotation with ``ann.id``; NotFoundError if it is gone."""
        with self._transaction() as ops:
            shard, _ = self._stored(ann.id, ann)
            ops.append(self._put_op(shard, ann))
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
            shard, stored = self._stored(ann_id)
            moved = stored.placed(selector)
            if moved is not stored:
                ops.append(self._put_op(shard, moved))
        return moved

    def relink(self, ann_id: str, article: str, article_key: str) -> Annotation:
        """Record where an annotation's article is now and what it is (its key), on the version
        current in the file; like :meth:`move`, not an edit (``updated`` stays)."""
        with self._transaction() as ops:
            shard, current = self._stored(ann_id)
            linked = replace(current, article=article, article_key=article_key)
            if linked != current:
                ops.append(self._put_op(shard, linked))
        return linked

    def delete(self, ann_id: str) -> Annotation:
        """Delete by id and return what was deleted (so the caller can undo with restore)."""
        with self._transaction() as ops:
            shard, ann = self._stored(ann_id)
            doc_id = shard.doc_of[ann_id]
            ops.append(delete_op(shard.name, doc_id, Contribution.of(shard.docs[doc_id])))
        return ann

    def restore(self, ann: Annotation) -> Annotation:
        """Undo a delete: put ``ann`` back with its id (replacing it if it still exists)."""
        with self._transaction() as ops:
            shard = self._where(ann.id, ann) or self._home(ann)
            ops.append(self._put_op(shard, ann))
        return ann

    def _retag(self, change: Callable[[tuple[str, ...]], list[str]], tag: str) -> int:
        with self._transaction() as ops:
            for shard in self._db.each_shard(self._db.shards_of("tags", tag)):
                for ann in shard.select(lambda doc: _has_tag(doc, tag)):
                    ops.append(self._put_op(shard, ann.edited(tags=change(ann.tags))))
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

    def replace_tables(self, tables: Tables) -> None:
        """Make the database hold exactly ``tables`` (a TinyDB write), as one transaction."""
        from annotations.rewrite import diff_ops

        with self._transaction() as ops:
            ops.extend(diff_ops(self._db, tables))

    # ----------------------------------------------------------------- reading

    def _select(
        self,
        shards: Callable[[Database], list[str] | None],
        keep: Callable[[dict[str, Any]], bool] | None = None,
        want: tuple[str, str] | None = None,
    ) -> list[Annotation]:
        """The annotations ``keep`` accepts in the shards ``shards(db)`` names (all: None),
        chosen once caught up with other processes. ``want`` (a kind and a name that ``keep``
        requires) lets a shard be read in part (:meth:`Database.part`)."""
        found: list[Annotation] = []
        with self._reading() as db:
            for shard in db.each_shard(shards(db), want):
                selected = shard.select(keep)
                self._remember(shard.name, (ann.id for ann in selected))
                found += selected
        return found

    def get(self, ann_id: str) -> Annotation | None:
        with self._reading():
            shard = self._where(ann_id)
            return None if shard is None else shard.find(ann_id)

    def get_many(self, ann_ids: Iterable[str]) -> dict[str, Annotation]:
        """Id -> annotation for those of ``ann_ids`` that are stored (an import's look-up):
        each shard's files scanned once for all of them, only the shards holding them read."""
        wanted = set(ann_ids)
        found: dict[str, Annotation] = {}
        with self._reading() as db:
            for name, ids in db.holding(wanted).items():
                shard = db.shard(name)
                for ann_id in ids:
                    ann = shard.find(ann_id)
                    if ann is not None:
                        found[ann_id] = ann
        return found

    def all(self) -> list[Annotation]:
        """Every annotation, by article then position (reads every shard)."""
        return sorted(self._select(lambda db: None), key=_by_article)

    def for_article(self, article_id: str) -> list[Annotation]:
        """The annotations of one article, by position (reads only the shards holding it)."""
        found = self._select(
            lambda db: db.shards_of("articles", article_id),
            lambda doc: doc.get("article") == article_id,
            ("articles", article_id),
        )
        return sorted(found, key=_by_position)

    def for_key(self, article_key: str) -> list[Annotation]:
        """The annotations of the article with this identity, wherever they were made."""
        if not article_key:
            return []
        found = self._select(
            lambda db: db.shards_of("keys", article_key),
            lambda doc: doc.get("article_key") == article_key,
            ("keys", article_key),
        )
        return sorted(found, key=_by_position)

    def by_tag(self, tag: str) -> list[Annotation]:
        """Annotations carrying ``tag`` (normalised as stored), by article then position."""
        name = normalize_tag(tag)
        found = self._select(lambda db: db.shards_of("tags", name), lambda doc: _has_tag(doc, name))
        return sorted(found, key=_by_article)

    def titles(self, article_ids: list[str]) -> dict[str, str]:
        """Article id -> the title its first highlight remembers (for articles that are gone)."""
        return {article: ann.article_title for article, ann in self.firsts(article_ids).items()}

    def firsts(self, article_ids: list[str]) -> dict[str, Annotation]:
        """Article id -> its first highlight by position, reading each shard that holds
        these articles once (not once per article)."""
        wanted = set(article_ids)
        first: dict[str, Annotation] = {}

        def names(db: Database) -> list[str]:
            return sorted({n for a in wanted for n in db.shards_of("articles", a)})

        for ann in self._select(names, lambda doc: doc.get("article") in wanted):
            best = first.get(ann.article)
            if best is None or _by_position(ann) < _by_position(best):
                first[ann.article] = ann
        return first

    def search(self, text: str) -> list[Annotation]:
        """Case-insensitive substring search in quote, note, tags and article title."""
        needle = text.casefold().strip()
        if not needle:
            return self.all()
        return [ann for ann in self.all() if needle in _haystack(ann)]

    def tags(self) -> dict[str, int]:
        """Tag -> number of annotations carrying it, sorted by tag (reads no shard)."""
        with self._mutex:
            return self._db.summary.totals("tags")

    def counts_by_article(self) -> dict[str, int]:
        """Article id -> number of annotations, sorted by article id (reads no shard)."""
        with self._mutex:
            return self._db.summary.totals("articles")

    def counts_by_key(self) -> dict[str, int]:
        """Article identity -> number of annotations, wherever they were made (reads no
        shard): what ``len(for_key(key))`` gives, for every key at once."""
        with self._mutex:
            return self._db.summary.totals("keys")

    def tinydb_tables(self) -> Tables:
        """Everything as one TinyDB document: what ``TinyDB(path, storage=PostilStorage)``
        reads (every shard)."""
        with self._reading() as db:
            return db.tinydb_tables()

    def __len__(self) -> int:
        with self._mutex:
            return self._db.summary.total()

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
            if self._db.changed_on_disk():
                with self._locked(), _bulk_load():
                    self._db.catch_up()
            changed = self._db.outside_changes != self._reported_changes
            self._reported_changes = self._db.outside_changes
            return changed
        finally:
            self._mutex.release()

    def compact(self, *, touched_only: bool = False) -> None:
        """Fold every journal into its file now (rewrites the shards that have changes; with
        ``touched_only``, those the main journal changed)."""
        with self._mutex:
            self._check_open()
            self._check_writable()
            with locked(self._lock, self.path), _bulk_load():
                self._db.catch_up()
                self._db.compact(touched_only=touched_only)

    def close(self) -> None:
        """Fold a small database's journals in (so plain JSON readers see them) and stop."""
        with self._mutex:
            if self._closed:
                return
            try:
                writable = self._read_only is None  # first: a reader need not count them all
                small = writable and len(self) <= CLOSE_COMPACT_MAX
                if small and self._db.touched() <= CLOSE_FOLD_SHARDS:
                    with suppress(StoreError):  # every save is durable already
                        self.compact(touched_only=True)
            finally:
                self._closed = True

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


@contextmanager
def _bulk_load() -> Iterator[None]:
    """Pause the cyclic garbage collector while a read builds ~10^5 objects.

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


def _by_article(ann: Annotation) -> tuple[str, int, int, str]:
    return (ann.article, ann.start, ann.end, ann.id)


def _by_position(ann: Annotation) -> tuple[int, int, str]:
    return (ann.start, ann.end, ann.id)


def _has_tag(doc: dict[str, Any], name: str) -> bool:
    """Whether a stored document carries tag ``name`` (stored tags may be unnormalised)."""
    tags = doc.get("tags")
    return isinstance(tags, list) and any(
        isinstance(tag, str) and normalize_tag(tag) == name for tag in tags
    )


def _haystack(ann: Annotation) -> str:
    parts: tuple[str, ...] = (ann.quote, ann.note, " ".join(ann.tags), ann.article_title)
    if ann.current is not None:  # a moved highlight is found by its text then and now
        parts += (ann.current.exact,)
    return "\n".join(parts).casefold()
