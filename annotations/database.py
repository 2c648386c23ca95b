"""The files of one sharded annotation database and what this process has read of them.

Reading costs what is asked for: opening reads the manifest (counts) and the main journal
(bounded by :attr:`Database.journal_limit`), a shard is read when one of its articles, keys or
tags is asked for, and at most :data:`LOADED_DOCS_MAX` documents stay in memory (the least
recently used shards are dropped, and read again when needed).

Writing costs what it changes: a save appends one line to the main journal and fsyncs it (see
:mod:`annotations.ops`). When the main journal passes its limit, a *checkpoint* appends each
shard's operations to that shard's journal, writes the manifest with the counts, and restarts
the main journal; a shard's journal is folded into its file when it passes half the file's
size. Every step is atomic or idempotent, so a process killed anywhere leaves a database that
reads as every acknowledged save (see :mod:`annotations.manifest` for the epochs).

No locking here: :class:`annotations.store.AnnotationStore` holds the inter-process lock
around every call that reads files or writes them.
"""

from __future__ import annotations

import copy
import json
import os
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

from annotations import shard_index
from annotations.errors import StoreError
from annotations.files import atomic_write, ensure_private_dir, free_name, read_regular
from annotations.id_scan import ids_named
from annotations.identity import Identify
from annotations.journal import (
    JournalTail,
    append_journal,
    cut_journal,
    journal_header,
    journal_state,
    read_journal,
)
from annotations.journal import start_journal as start_journal
from annotations.manifest import Manifest
from annotations.manifest_index import (
    INDEXED,
    ManifestIndex,
    Pending,
    index_is_current,
    read_index,
    write_index,
)
from annotations.migration import (
    legacy_docs,
    manifest_for,
    migrate,
    other_tables,
    sharded,
    write_manifest,
)
from annotations.ops import MainCheck, Transaction, by_shard, check_legacy_ops, check_shard_ops
from annotations.shards import Shard, is_shard_name, shard_path, shards_dir
from annotations.storage import (
    ANNOTATIONS_TABLE,
    META_TABLE,
    SCHEMA_VERSION,
    Stamp,
    Tables,
    apply_ops,
    journal_path,
    load_snapshot,
    parse_base,
    remove_orphan_temps,
    schema_of,
    stamp,
)
from annotations.summary import Contribution, Summary

#: Documents kept in memory at most (about 50 MB); more shards are read again when needed.
LOADED_DOCS_MAX = 20_000
#: Checkpoint once the main journal holds this many bytes: it is what every process opening
#: the database reads and checks, so it stays small; a checkpoint costs one append per shard.
JOURNAL_LIMIT = 512 * 1024

Warn = Callable[[str], None]


def io_error(path: Path, error: OSError, doing: str) -> StoreError:
    return StoreError(
        f"cannot {doing} {path} ({error.strerror or error}); "
        "check the disk and the folder's permissions"
    )


class Database:
    """The manifest, the main journal and the shards read so far (see the module's notes)."""

    def __init__(
        self,
        path: Path,
        *,
        writable: bool,
        warn: Warn,
        identify: Identify | None = None,
        journal_limit: int = JOURNAL_LIMIT,
        shards: int = 256,
    ) -> None:
        self.path = path
        self.journal = journal_path(path)
        self.writable = writable
        self.warn = warn
        self.identify = identify
        self.journal_limit = journal_limit
        self.new_shards = shards
        self.manifest = Manifest.new(shards)
        self.manifest_stamp: Stamp = None
        self.tables: Tables = {}
        self._summary: Summary | None = Summary.empty()
        #: A read-only store opened from the manifest's index: the index, the manifest's bytes
        #: (parsed only if all the counts are needed) and the counts changed since.
        self._lazy: tuple[ManifestIndex, bytes, Pending] | None = None
        self.next_doc = 1
        self.pending: list[Transaction] = []
        self.loaded: OrderedDict[str, Shard] = OrderedDict()
        self.memory_only = False  # an old layout read without writing: every shard in memory
        self.outside_changes = 0
        self.journal_epoch: str | None = None
        self.journal_end = 0
        self.journal_size = 0
        self._backfill_tried: set[str] = set()  # shards indexed, or found unindexable, here

    # ------------------------------------------------------------------ opening

    def open(self) -> None:
        """Read the manifest and the main journal; create, or migrate an old layout."""
        if self.writable:
            remove_orphan_temps(self.path)
        manifest_stamp = stamp(self.path)
        if not self.writable and self._open_indexed(manifest_stamp):
            return
        raw = read_regular(self.path)
        tables = parse_base(self.path, raw) if raw is not None else {}
        version = schema_of(self.path, tables)
        if version < SCHEMA_VERSION:
            self._open_legacy()
        elif not tables:
            self._open_new(raw)
        else:
            manifest = Manifest.from_tables(self.path, tables)
            self.adopt(manifest, manifest_stamp)
            if self.writable and not index_is_current(self.path, manifest_stamp):
                write_index(self.path, manifest, manifest_stamp)

    def _open_indexed(self, manifest_stamp: Stamp) -> bool:
        """Open from the manifest's index (:mod:`annotations.manifest_index`) if it has one for
        the manifest as it is: the counts are parsed only when something needs them all."""
        index = read_index(self.path, manifest_stamp)
        if index is None:
            return False
        raw = read_regular(self.path)
        if raw is None or stamp(self.path) != manifest_stamp:
            return False  # replaced meanwhile: read it the usual way
        self.adopt(index.manifest(), manifest_stamp, lazy=(index, raw))
        return True

    @property
    def summary(self) -> Summary:
        """The counts (:mod:`annotations.summary`); read from the manifest's bytes the first
        time when the store was opened from its index."""
        if self._lazy is not None:
            _, raw, pending = self._lazy
            summary = Manifest.from_tables(self.path, parse_base(self.path, raw)).summary
            self._lazy = None  # only now: a damaged manifest is reported again, never zeros
            self._summary = pending.replay(summary or Summary.empty())
            if summary is None:
                self._recount()
        assert self._summary is not None
        return self._summary

    @summary.setter
    def summary(self, summary: Summary) -> None:
        self._lazy, self._summary = None, summary

    def shards_of(self, kind: str, name: str) -> list[str]:
        """The shards holding annotations with this article, key or tag."""
        if self._lazy is not None and kind in INDEXED:
            index, _, pending = self._lazy
            found = index.shards_of(kind, name)
            if found is not None:
                return sorted(set(found) | pending.shards_of(kind, name))
        return self.summary.shards_of(kind, name)

    def _open_new(self, raw: bytes | None) -> None:
        tail = read_journal(self.journal)
        assert tail is not None
        if raw is not None and not raw.strip() and tail.epoch is not None:
            raise StoreError(
                f"{self.path} is empty but its journal is there: the file was truncated; "
                "restore it from a backup, or move it and its .journal away to start a new one"
            )
        if tail.transactions:  # the journal of a single-file database beside no tables
            self._open_legacy()
            return
        if not self.writable:
            self.adopt(Manifest.new(self.new_shards), None)
            return
        manifest = Manifest.new(self.new_shards)
        try:
            written = write_manifest(self.path, manifest)
            start_journal(self.journal, manifest.journal)
        except OSError as error:
            raise io_error(self.path, error, "write") from None
        self.adopt(manifest, written)

    def _open_legacy(self) -> None:
        """A single-file database: migrated (with a backup), or read into memory when read-only."""
        snapshot = load_snapshot(self.path, check_legacy_ops)
        version = schema_of(self.path, snapshot.tables)
        if self.writable:
            migrate(self.path, snapshot.tables, version, self.identify, self.new_shards)
            self.open()
            return
        docs = legacy_docs(self.path, snapshot.tables, version, self.identify)
        groups = sharded(docs, self.new_shards)
        self.adopt(manifest_for(groups, self.new_shards, other_tables(snapshot.tables)), None)
        self.manifest_stamp = snapshot.base_stamp
        self.journal_size = snapshot.journal.size
        self.memory_only = True
        for name, group in groups.items():
            shard = self.loaded[name] = Shard(name, shard_path(self.path, name))
            shard.apply([{"id": doc_id, "doc": doc} for doc_id, doc in group.items()])

    def adopt(
        self,
        manifest: Manifest,
        manifest_stamp: Stamp,
        lazy: tuple[ManifestIndex, bytes] | None = None,
    ) -> None:
        """Take ``manifest`` and the main journal after it as the state; forget loaded shards.
        With ``lazy`` (its index and bytes) its counts are read when first needed.

        The journal is read first: if it cannot be (a FIFO planted there, damage), the state
        stays as it was, so a later save can never reuse the document ids it holds.
        """
        tail = self._main_journal(manifest)
        self.manifest, self.manifest_stamp = manifest, manifest_stamp
        self.tables = copy.deepcopy(manifest.tables)
        self.summary = manifest.summary or Summary.empty()  # the manifest's is not used again
        if lazy is not None:
            self._lazy = (*lazy, Pending())
        self.next_doc = manifest.next_doc
        self.pending = []
        self.loaded = OrderedDict()
        self.memory_only = False
        self._set_journal(tail)
        for ops in tail.transactions:
            self.apply(ops)
        self.set_aside(self.journal, tail)
        if manifest.summary is None and self._lazy is None:
            self._recount()

    def _main_journal(self, manifest: Manifest) -> JournalTail:
        """The main journal's lines after ``manifest``.

        A journal started under another epoch holds lines that are already in the shards (a
        checkpoint stopped between writing the manifest and restarting the journal) or that
        belong with another manifest (one restored from a backup): it is replaced by an empty
        one, its lines kept in a side file if it had any. A journal without a header is not
        one postil wrote: damage, left as it is. None at all reads as empty.
        """
        size, epoch = journal_state(self.journal)
        if size and epoch is None:
            raise StoreError(
                f"{self.journal} is damaged (its first line is not a journal header); restore "
                "it from a backup, or delete it to lose the changes it holds"
            )
        if epoch == manifest.journal:
            tail = read_journal(self.journal, 0, epoch, MainCheck(manifest.shards), check_all=True)
            assert tail is not None
            return tail
        if not self.writable:
            return JournalTail(epoch, [], size, size)
        try:
            if epoch is not None and size > len(journal_header(epoch)):
                side = free_name(self.journal.with_name(self.journal.name + ".stale"))
                atomic_write(side, self.journal.read_bytes())
                self.warn(
                    f"{self.journal} was started for another state of {self.path.name}; "
                    f"it was kept in {side}"
                )
            return start_journal(self.journal, manifest.journal)
        except OSError as error:
            raise io_error(self.journal, error, "write") from None

    def _set_journal(self, tail: JournalTail) -> None:
        self.journal_epoch, self.journal_end, self.journal_size = tail.epoch, tail.end, tail.size

    def set_aside(self, journal: Path, tail: JournalTail) -> None:
        """Keep a complete but invalid last journal line in a side file, cut it, and say so.

        It is not a torn write (those have no newline), so it may be a save that was
        acknowledged and then damaged: it is never dropped silently. Read-only, it is only
        reported (and ignored, as any reader must).
        """
        if tail.rejected is None:
            return
        where = f"{journal} (byte {tail.end})"
        if not self.writable:
            self.warn(f"the last line of {where} is not a valid record; it was ignored")
            return
        side = free_name(journal.with_name(journal.name + ".rejected"))
        try:
            atomic_write(side, tail.rejected)
            cut_journal(journal, tail.end)
        except OSError as error:
            raise io_error(side, error, "keep a rejected journal line in") from None
        tail.size = tail.end
        if journal == self.journal:
            self.journal_size = tail.end
        self.warn(f"the last line of {where} is not a valid record; it was kept in {side}")

    # ------------------------------------------------------------------ applying

    def apply(self, ops: Transaction) -> None:
        """Apply one main-journal transaction to the counts, loaded shards and other tables."""
        for op in ops:
            if op["t"] != ANNOTATIONS_TABLE:
                apply_ops(self.tables, [op])
                continue
            name = op["s"]
            if "was" in op:
                self._count(name, Contribution.from_json(op["was"]), -1)
            if "doc" in op:
                self._count(name, Contribution.of(op["doc"]), 1)
            shard = self.loaded.get(name)
            if shard is not None:
                shard.apply([op])
            doc_id = op["id"]
            if doc_id.isascii() and doc_id.isdigit() and len(doc_id) < 16:
                self.next_doc = max(self.next_doc, int(doc_id) + 1)
        self.pending.append(ops)

    def _count(self, shard: str, part: Contribution, sign: int) -> None:
        if self._lazy is not None:
            self._lazy[2].add(shard, part, sign)
        else:
            self.summary.add(shard, part, sign)

    def allocate(self) -> str:
        """A document id no other document has."""
        doc_id = self.next_doc
        self.next_doc += 1
        return str(doc_id)

    # ------------------------------------------------------------------ syncing

    def changed_on_disk(self) -> bool:
        if stamp(self.path) != self.manifest_stamp:
            return True
        try:
            return os.stat(self.journal).st_size != self.journal_size
        except FileNotFoundError:
            return self.journal_size != 0

    def catch_up(self) -> bool:
        """Take in other processes' writes (lock held). True if anything changed."""
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
        if base == self.manifest_stamp and self.journal_epoch and not self.memory_only:
            check = MainCheck(self.manifest.shards)
            tail = read_journal(
                self.journal, self.journal_end, self.journal_epoch, check, check_all=True
            )
        if tail is None or tail.size < self.journal_end:
            return self.reread()
        self.journal_size, self.journal_end = tail.size, tail.end
        for ops in tail.transactions:
            self.apply(ops)
        self.set_aside(self.journal, tail)
        self.outside_changes += bool(tail.transactions)
        return bool(tail.transactions)

    def reread(self) -> bool:
        """A full re-read after a checkpoint or an outside rewrite. True if anything changed.

        The file this database opened had postil's schema record (opening writes it); one
        without it now was replaced or truncated behind postil's back: damage, never adopted
        as a new empty database.
        """
        docs = {name: dict(shard.docs) for name, shard in self.loaded.items()}
        # counts not read yet (opened from the index) count as changed: not parsed for this
        before = None if self._lazy is not None else self.summary.copy(), docs, self.pending
        manifest_stamp = stamp(self.path)
        raw = read_regular(self.path)
        tables = parse_base(self.path, raw) if raw is not None else {}
        version = schema_of(self.path, tables)
        if META_TABLE not in tables or version < SCHEMA_VERSION:
            if self.writable:
                raise StoreError(
                    f"{self.path} was replaced or emptied while postil was using it; "
                    "restore it from a backup, or restart postil to use it as it is now"
                )
            if tables:
                self._open_legacy()
            else:
                self.adopt(Manifest.new(self.new_shards), None)
        else:
            self.adopt(Manifest.from_tables(self.path, tables), manifest_stamp)
        after = {name: dict(self.shard(name).docs) for name in docs}
        # another process's checkpoint moves journal lines into shards not read here: then
        # this says "changed" even if it was only lines seen already (a cheap extra refresh)
        changed = before != (self.summary, after, self.pending)
        self.outside_changes += changed
        return changed

    # ------------------------------------------------------------------ shards

    def shard(self, name: str) -> Shard:
        """Shard ``name`` with every saved change (lock held, caught up)."""
        shard = self.loaded.get(name)
        if shard is not None:
            self.loaded.move_to_end(name)
            return shard
        path = shard_path(self.path, name)
        if self.memory_only:
            shard = Shard(name, path)
        elif stamp(path) is not None:
            snapshot = load_snapshot(path, check_shard_ops)
            shard = Shard.from_snapshot(name, path, snapshot)
            self.set_aside(journal_path(path), snapshot.journal)
            shard.set_journal(snapshot.journal.epoch, snapshot.journal.end, snapshot.journal.size)
            if not snapshot.journal.transactions:
                self._backfill(shard)
        elif self._checkpointed(name):
            raise StoreError(
                f"{path} is missing, with {self._checkpointed(name)} highlights; restore it "
                f"from a backup (the folder {shards_dir(self.path)} belongs with {self.path})"
            )
        else:
            shard = Shard(name, path)
        for ops in self.pending:
            shard.apply([op for op in ops if op.get("s") == name])
        self.loaded[name] = shard
        self._evict()
        return shard

    def _backfill(self, shard: Shard) -> None:
        """Index a shard file written before shard indexes existed (once per process and
        shard: a file another program wrote may never be indexable)."""
        if not self.writable or shard.name in self._backfill_tried:
            return
        if not shard_index.index_is_current(shard.path, shard.base_stamp):
            shard_index.backfill_index(shard.path, shard.docs, shard.base_stamp)
            self._backfill_tried.add(shard.name)

    def part(self, name: str, kind: str, value: str) -> Shard | None:
        """Shard ``name`` holding only the documents whose ``kind`` (``articles``, ``keys``)
        is ``value``, with every saved change, read through the shard's index
        (:mod:`annotations.shard_index`) without parsing the rest of it; None if the shard is
        in memory already or its index cannot be used (then it is read whole)."""
        if name in self.loaded or self.memory_only:
            return None
        path = shard_path(self.path, name)
        docs = shard_index.read_docs(path, kind, value)
        if docs is None:
            return None
        tail = read_journal(journal_path(path), check=check_shard_ops)
        if tail is None or tail.rejected is not None:
            return None  # read whole: that keeps a rejected last line aside and says so
        ops = [op for ops in tail.transactions for op in ops]
        if any(op.get("t") != ANNOTATIONS_TABLE for op in ops):
            return None  # damage: reported by the whole read
        shard = Shard(name, path)
        shard.apply([{"id": doc_id, "doc": doc} for doc_id, doc in docs.items()])
        shard.apply(ops)
        for pending in self.pending:
            shard.apply([op for op in pending if op.get("s") == name])
        return shard

    def _checkpointed(self, name: str) -> int:
        """How many annotations the manifest counted in shard ``name`` (so its file must
        exist): the counts now, less what the main journal's operations changed there."""
        count = self.summary.shard_sizes().get(name, 0)
        for ops in self.pending:
            for op in ops:
                if op.get("s") == name:
                    count += ("was" in op) - ("doc" in op)
        return count

    def _evict(self) -> None:
        if self.memory_only:
            return
        total = sum(len(shard) for shard in self.loaded.values())
        while total > LOADED_DOCS_MAX and len(self.loaded) > 1:
            _, dropped = self.loaded.popitem(last=False)
            total -= len(dropped)

    def shard_names(self) -> list[str]:
        """Every shard that may hold annotations: on disk, counted, or in the main journal."""
        names = set(self.summary.shard_sizes()) | set(self.loaded)
        folder = shards_dir(self.path)
        if folder.is_dir() and not self.memory_only:
            names |= {entry.name[:-5] for entry in folder.iterdir() if entry.name.endswith(".json")}
        names |= {op["s"] for ops in self.pending for op in ops if "s" in op}
        return sorted(name for name in names if is_shard_name(name, self.manifest.shards))

    def each_shard(
        self, names: list[str] | None = None, want: tuple[str, str] | None = None
    ) -> Iterator[Shard]:
        """The shards ``names`` (else all), one at a time, so memory stays bounded. With
        ``want`` (a kind and a name, as :meth:`part` takes), a shard not in memory may hold
        only that name's documents: a caller filtering by it reads what it needs."""
        for name in self.shard_names() if names is None else names:
            part = None if want is None else self.part(name, *want)
            yield self.shard(name) if part is None else part

    def mentions(self, name: str, ann_id: str) -> bool:
        """Whether shard ``name`` may hold ``ann_id``: loaded and holding it, or its files or
        pending operations name it (a byte search, much cheaper than reading the shard)."""
        if name in self.loaded:
            return ann_id in self.loaded[name].doc_of
        for ops in self.pending:
            if any(op.get("s") == name and op.get("doc", {}).get("id") == ann_id for op in ops):
                return True
        needles = [
            json.dumps(ann_id, ensure_ascii=flag).encode("utf-8", "surrogatepass")
            for flag in (False, True)
        ]
        path = shard_path(self.path, name)
        for raw in (read_regular(path), read_regular(journal_path(path))):
            if raw is not None and any(needle in raw for needle in needles):
                return True
        return False

    def holding(self, ann_ids: set[str]) -> dict[str, set[str]]:
        """Shard name -> which of ``ann_ids`` it may hold (a candidate: read it to be sure),
        scanning each unloaded shard's files once for all the ids (:mod:`annotations.id_scan`)
        instead of once per id."""
        found: dict[str, set[str]] = {}
        for name in self.shard_names():
            shard = self.loaded.get(name)
            if shard is not None:
                hits = ann_ids & shard.doc_of.keys()
            else:
                named = {
                    op["doc"].get("id")
                    for ops in self.pending
                    for op in ops
                    if op.get("s") == name and "doc" in op
                }
                path = shard_path(self.path, name)
                for raw in (read_regular(path), read_regular(journal_path(path))):
                    if raw is not None:
                        named |= ids_named(raw)
                hits = ann_ids & named
            if hits:
                found[name] = hits
        return found

    def touched(self) -> int:
        """How many shards the main journal's operations change."""
        return len({op["s"] for ops in self.pending for op in ops if "s" in op})

    def _recount(self) -> None:
        """Count the summary again from the shards (it was unreadable), and save it."""
        self.summary = Summary.of_docs(
            (shard.name, doc) for shard in self.each_shard() for doc in shard.docs.values()
        )
        if self.writable:
            with suppress(StoreError):
                self.checkpoint()

    # ------------------------------------------------------------------ writing

    def commit(self, ops: Transaction) -> None:
        """Append one transaction durably, apply it, and checkpoint if the journal is full."""
        try:
            end = append_journal(self.journal, ops, self.journal_end)
        except OSError as error:
            raise io_error(self.journal, error, "save to") from None
        self.journal_end = self.journal_size = end
        self.apply(ops)
        if end >= self.journal_limit:
            # the save is already durable in the journal: a failed checkpoint must not report
            # it as failed; the next save tries again
            with suppress(StoreError):
                self.checkpoint()

    def checkpoint(self) -> None:
        """Move the main journal's operations into the shards' journals, write the manifest
        with the counts, restart the main journal, and fold shard journals grown large."""
        groups = by_shard(self.pending)
        try:
            for name, ops in groups.items():
                self._append_to_shard(name, ops)
            manifest = Manifest(
                self.manifest.shards,
                os.urandom(8).hex(),
                self.next_doc,
                self.summary,  # written now; not kept apart
                copy.deepcopy(self.tables),
            )
            self.manifest_stamp = write_manifest(self.path, manifest)
        except OSError as error:
            raise io_error(self.path, error, "write") from None
        self.manifest, self.pending = manifest, []
        self.journal_epoch = None  # until restarted: the next catch-up re-reads
        try:
            self._set_journal(start_journal(self.journal, manifest.journal))
        except OSError as error:
            raise io_error(self.journal, error, "write") from None
        for name in groups:
            self._fold_if_large(name)

    def _append_to_shard(self, name: str, ops: Transaction) -> None:
        path = shard_path(self.path, name)
        shard = self.loaded.get(name)
        if shard is not None and shard.base_stamp is not None:
            end = shard.journal_end
        else:
            end = self._ready_shard_journal(name, path)
        end = append_journal(journal_path(path), ops, end)
        if shard is not None:
            shard.set_journal(shard.journal_epoch, end, end)

    def _ready_shard_journal(self, name: str, path: Path) -> int:
        """The valid end of shard ``name``'s journal, creating the shard if it is new."""
        if stamp(path) is None:
            ensure_private_dir(shards_dir(self.path))
            base, tail = shard_index.compact_shard(path, {})
        else:
            found = read_journal(journal_path(path), check=check_shard_ops)
            assert found is not None
            if found.epoch is None:  # no journal (deleted?): fold what there is, start one
                shard = self.shard(name)
                base, tail = shard_index.compact_shard(path, shard.docs)
            else:
                self.set_aside(journal_path(path), found)
                base, tail = stamp(path), found
        loaded = self.loaded.get(name)
        if loaded is not None:
            loaded.base_stamp = base
            loaded.set_journal(tail.epoch, tail.end, tail.end)
        return tail.end

    def _fold_if_large(self, name: str) -> None:
        path = shard_path(self.path, name)
        journal, base = stamp(journal_path(path)), stamp(path)
        if journal is None or base is None:
            return
        if journal[1] < max(self.journal_limit // 2, base[1] // 2):
            return
        self.fold(name)

    def fold(self, name: str) -> None:
        """Fold shard ``name``'s journal into its file (a rewrite of that shard only)."""
        shard = self.shard(name)
        try:
            base, tail = shard_index.compact_shard(shard.path, shard.docs)
        except OSError as error:
            raise io_error(shard.path, error, "write") from None
        shard.base_stamp = base
        shard.set_journal(tail.epoch, tail.end, tail.size)

    def compact(self, *, touched_only: bool = False) -> None:
        """Checkpoint, then fold every shard journal that holds lines (only those of shards
        the main journal changed, with ``touched_only``)."""
        touched = sorted({op["s"] for ops in self.pending for op in ops if "s" in op})
        if self.pending or self.manifest.summary is None:
            self.checkpoint()
        for name in touched if touched_only else self.shard_names():
            path = shard_path(self.path, name)
            tail = read_journal(journal_path(path)) if stamp(path) is not None else None
            if tail is not None and (tail.transactions or tail.epoch is None):
                self.fold(name)

    # ------------------------------------------------------------------ reading

    def tinydb_tables(self) -> Tables:
        """Everything as one TinyDB document (what :class:`PostilStorage` reads)."""
        docs: dict[str, dict[str, Any]] = {}
        for shard in self.each_shard():
            docs.update(shard.docs)
        return {
            META_TABLE: {"1": {"schema": SCHEMA_VERSION}},
            ANNOTATIONS_TABLE: docs,
            **self.tables,
        }
