"""AnnotationStore behaviour in one process: round-trip, queries, tags, undo, files on disk."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest
from tinydb import Query, TinyDB

from annotations.model import Annotation, Selector
from annotations.shards import placement, shard_of
from annotations.storage import (
    SCHEMA_VERSION,
    PostilStorage,
    append_journal,
    journal_path,
    read_journal,
    start_journal,
)
from annotations.store import AnnotationStore, NotFoundError, StoreError, default_db_path
from tests.annotations.plain_files import shard_docs, shard_journal_lines

TEXT = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. " * 3


def make(article: str = "a.txt", start: int = 4, end: int = 9, **kw: object) -> Annotation:
    return Annotation.create(
        article=article,
        article_title=kw.pop("title", "Foxes and Dogs"),  # type: ignore[arg-type]
        selector=Selector.from_text(TEXT, start, end),
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def store(tmp_path: Path) -> AnnotationStore:
    return AnnotationStore(tmp_path / "db" / "annotations.json")


def test_round_trip_survives_reopen(store: AnnotationStore) -> None:
    ann = make(tags="Hong Kong, gdpr", note="Ünïcode note\nsecond line", color="green")
    assert store.add(ann) == ann
    assert store.get(ann.id) == ann
    store.close()
    again = AnnotationStore(store.path)
    assert again.get(ann.id) == ann
    assert again.all() == [ann]


def test_round_trip_without_close_replays_journal(store: AnnotationStore) -> None:
    anns = [make(start=i, end=i + 3) for i in range(5)]
    for ann in anns:
        store.add(ann)
    assert journal_path(store.path).stat().st_size > 0
    assert AnnotationStore(store.path).all() == anns


def test_sorting_and_article_queries(store: AnnotationStore) -> None:
    late, early = make("b.txt", 20, 25), make("b.txt", 0, 3)
    other = make("a.txt", 30, 35)
    for ann in (late, early, other):
        store.add(ann)
    assert store.all() == [other, early, late]
    assert store.for_article("b.txt") == [early, late]
    assert store.for_article("missing") == []
    assert store.counts_by_article() == {"a.txt": 1, "b.txt": 2}


def test_update_delete_restore(store: AnnotationStore) -> None:
    ann = store.add(make(tags="x"))
    edited = store.update(ann.edited(note="changed", tags="y"))
    assert store.get(ann.id) == edited
    assert store.tags() == {"y": 1}
    removed = store.delete(ann.id)
    assert removed == edited and store.get(ann.id) is None and store.tags() == {}
    store.restore(removed)
    assert store.get(ann.id) == edited
    assert AnnotationStore(store.path).get(ann.id) == edited


def test_missing_ids_are_one_line_errors(store: AnnotationStore) -> None:
    ann = make()
    with pytest.raises(NotFoundError) as info:
        store.update(ann)
    assert ann.id in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(NotFoundError):
        store.delete("nope")
    store.add(ann)
    assert store.add(ann) == ann  # the same annotation again (a retried save): a no-op
    assert len(store) == 1
    with pytest.raises(StoreError):  # another annotation under the same id
        store.add(ann.edited(note="different"))


def test_tag_rename_merge_and_delete(store: AnnotationStore) -> None:
    a = store.add(make(tags="china, gdpr"))
    b = store.add(make(start=10, end=15, tags="gdpr"))
    c = store.add(make(start=20, end=25, tags="privacy"))
    assert store.tags() == {"china": 1, "gdpr": 2, "privacy": 1}
    assert store.rename_tag("#GDPR", "privacy") == 2
    assert store.tags() == {"china": 1, "privacy": 3}
    assert store.get(a.id).tags == ("china", "privacy")  # type: ignore[union-attr]
    assert [x.id for x in store.by_tag("#Privacy")] == [a.id, b.id, c.id]
    assert store.rename_tag("china", "china") == 0
    assert store.delete_tag("privacy") == 3
    assert store.tags() == {"china": 1}
    assert store.get(b.id).tags == ()  # type: ignore[union-attr]
    reopened = AnnotationStore(store.path)
    assert reopened.tags() == {"china": 1}


def test_search_is_case_insensitive_over_all_text_fields(store: AnnotationStore) -> None:
    quote = store.add(make(start=4, end=9))  # "quick"
    note = store.add(make(start=10, end=15, note="See the TREATY"))
    tag = store.add(make(start=16, end=19, tags="Beijing"))
    title = store.add(make("b.txt", 0, 3, title="Hong Kong Rules"))
    assert store.search("QUICK") == [quote]
    assert store.search("treaty") == [note]
    assert store.search("beijing") == [tag]
    assert store.search("hong kong") == [title]
    assert store.search("absent") == []


def test_files_are_private(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path / "new" / "deeper" / "annotations.json")
    store.add(make())
    store.compact()
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(journal_path(store.path).stat().st_mode) == 0o600
    lock = store.path.with_name("annotations.json.lock")
    assert stat.S_IMODE(lock.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700
    assert not [p for p in store.path.parent.iterdir() if p.name.endswith(".tmp")]


def test_default_path_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("POSTIL_DB", str(tmp_path / "x.json"))
    assert default_db_path() == tmp_path / "x.json"
    monkeypatch.delenv("POSTIL_DB")
    assert default_db_path().name == "annotations.json"
    assert "postil" in str(default_db_path())


def test_refresh_sees_other_store_and_is_cheap_when_idle(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    mine, theirs = AnnotationStore(path), AnnotationStore(path)
    assert mine.refresh() is False
    ann = theirs.add(make())
    assert mine.refresh() is True and mine.get(ann.id) == ann
    assert mine.refresh() is False
    theirs.delete(ann.id)
    theirs.compact()  # base replaced, journal emptied: a full re-read
    assert mine.refresh() is True and mine.get(ann.id) is None
    # a save that takes in another process's write still lets refresh() report it
    theirs.add(make(start=3, end=4))
    mine.add(make(start=5, end=6))
    assert mine.refresh() is True and mine.refresh() is False


def test_writes_catch_up_before_committing(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    one, two = AnnotationStore(path), AnnotationStore(path)
    a, b = one.add(make()), two.add(make(start=1, end=2))
    c = one.add(make(start=2, end=3))  # takes in b first, so nothing of two's is lost
    assert {x.id for x in one.all()} == {a.id, b.id, c.id}
    assert len(AnnotationStore(path)) == 3


def test_compaction_keeps_everything(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path / "annotations.json", compact_bytes=2000)
    anns = [store.add(make(start=i, end=i + 2)) for i in range(30)]
    assert journal_path(store.path).stat().st_size < 2000  # compacted at least once
    store.delete(anns[0].id)
    assert AnnotationStore(store.path).all() == sorted(
        anns[1:], key=lambda a: (a.article, a.start, a.end, a.id)
    )


def test_threads_do_not_lose_writes(store: AnnotationStore) -> None:
    def work(offset: int) -> None:
        for i in range(25):
            store.add(make(start=offset + i, end=offset + i + 1))

    threads = [threading.Thread(target=work, args=(n * 25,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(store) == 100 and len(AnnotationStore(store.path)) == 100


def test_readable_with_tinydb_and_postil_storage(store: AnnotationStore) -> None:
    ann = store.add(make(tags="gdpr"))
    store.add(make("b.txt", 0, 3))
    db = TinyDB(store.path, storage=PostilStorage)
    rows = db.table("annotations").search(Query().tags.any(["gdpr"]))
    assert [Annotation.from_dict(row) for row in rows] == [ann]
    # a TinyDB write through PostilStorage is seen by the store and keeps the schema
    db.table("annotations").remove(Query().article == "b.txt")
    assert store.refresh() is True and store.all() == [ann]
    assert json.loads(store.path.read_text())["_postil"]["1"]["schema"] == SCHEMA_VERSION


def test_plain_json_after_close(store: AnnotationStore) -> None:
    ann = store.add(make())
    store.close()
    docs = shard_docs(store.path)
    assert [Annotation.from_dict(d) for d in docs.values()] == [ann]
    tail = read_journal(journal_path(store.path))
    assert tail is not None and tail.transactions == [] and tail.epoch
    assert shard_journal_lines(store.path) == []  # every journal folded in: plain JSON is current
    with pytest.raises(StoreError):
        store.add(make())


def test_restarted_journal_is_never_read_from_a_stale_offset(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    mine = AnnotationStore(path)
    old = mine.add(make())
    # another process's checkpoint: a manifest naming a new journal epoch, and that journal
    # restarted; the manifest is rewritten in place so its stat looks unchanged, as an
    # inode-reusing rewrite within one timestamp tick could look: offsets must not be trusted
    before = os.stat(path)
    data = json.loads(path.read_bytes())
    data["_postil"]["1"]["journal"] = epoch = "f" * len(data["_postil"]["1"]["journal"])
    with path.open("r+b") as handle:
        handle.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(path).st_size == before.st_size and os.stat(path).st_ino == before.st_ino
    tail = start_journal(journal_path(path), epoch)
    new = make(start=1, end=2)
    op = {"t": "annotations", "s": shard_of(placement(new.to_dict()), 256), "id": "7"}
    append_journal(journal_path(path), [{**op, "doc": new.to_dict()}], tail.end)
    assert mine.refresh() is True
    assert mine.get(new.id) == new and mine.get(old.id) is None  # old was only in the old journal


def test_deleted_journal_is_recreated(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    store = AnnotationStore(path)
    store.add(make())
    store.compact()
    journal_path(path).unlink()
    again = AnnotationStore(path)
    ann = again.add(make(start=1, end=2))
    assert len(AnnotationStore(path)) == 2 and AnnotationStore(path).get(ann.id) == ann


def test_tinydb_can_start_a_database_postil_then_opens(tmp_path: Path) -> None:
    path = tmp_path / "fresh.json"
    ann = make()
    with TinyDB(path, storage=PostilStorage) as db:
        assert db.table("annotations").all() == []
        db.table("annotations").insert(ann.to_dict())
    assert AnnotationStore(path).all() == [ann]


def test_failed_compaction_does_not_fail_a_durable_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = AnnotationStore(tmp_path / "annotations.json", compact_bytes=1)

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("annotations.database.write_manifest", full_disk)
    ann = store.add(make())
    store.close()
    monkeypatch.undo()
    assert AnnotationStore(store.path).get(ann.id) == ann


def test_move_changes_only_the_selector_of_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    text = "alpha beta gamma delta epsilon"
    first = AnnotationStore(path)
    other = AnnotationStore(path)
    ann = first.add(
        Annotation.create(
            article="a.txt", article_title="A", selector=Selector.from_text(text, 6, 10)
        )
    )
    other.refresh()
    other.update(ann.edited(note="written in another process"))
    moved = first.move(ann.id, Selector.from_text("x " + text, 8, 12))
    assert moved.note == "written in another process"
    assert moved.updated == other.get(ann.id).updated
    assert AnnotationStore(path).get(ann.id).selector.start == 8
