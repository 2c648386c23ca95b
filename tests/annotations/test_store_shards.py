"""The sharded layout at small sizes: what is read for what, checkpoints and folds, and every
step of a checkpoint interrupted. Plain JSON reads of the files are the oracle
(tests/annotations/plain_files.py)."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from tinydb import TinyDB

from annotations import database
from annotations.model import Annotation, Selector
from annotations.shards import placement, shard_of, shard_path
from annotations.storage import journal_path
from annotations.store import AnnotationStore, StoreError
from tests.annotations.plain_files import shard_docs, shard_files, shard_journal_lines

TEXT = "The council voted 7 to 2 to approve the bridge on Monday after a long debate. " * 4
SHARDS = 8


def _ann(article: str, start: int, tags: str = "", key: str = "") -> Annotation:
    return Annotation.create(
        article=article,
        article_title=f"Title of {article}",
        selector=Selector.from_text(TEXT, start, start + 9),
        tags=tags,
        article_key=key,
    )


def _articles_in_two_shards() -> tuple[str, str]:
    """Two article ids that hash to different shards."""
    first = "a0.txt"
    other = next(f"a{n}.txt" for n in range(1, 99) if _shard(f"a{n}.txt") != _shard(first))
    return first, other


def _shard(article: str) -> str:
    return shard_of(placement({"article": article}), SHARDS)


def _filled(path: Path, count: int = 30, **kw: Any) -> tuple[AnnotationStore, list[Annotation]]:
    store = AnnotationStore(path, shards=SHARDS, **kw)
    anns = [store.add(_ann(f"a{n % 7}.txt", n % 40, tags=f"t{n % 3}, all")) for n in range(count)]
    return store, anns


def _expected_tags(anns: list[Annotation]) -> dict[str, int]:
    return dict(sorted(Counter(tag for ann in anns for tag in ann.tags).items()))


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_counts_and_totals_read_no_shard(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    store, anns = _filled(path)
    store.compact()
    for shard in shard_files(path):
        shard.write_bytes(b"damaged beyond JSON")
    before = _files(tmp_path)
    again = AnnotationStore(path)
    assert again.tags() == _expected_tags(anns)
    assert again.counts_by_article() == dict(sorted(Counter(a.article for a in anns).items()))
    assert len(again) == len(anns)
    with pytest.raises(StoreError, match="damaged") as info:
        again.for_article("a1.txt")
    assert str(shard_path(path, _shard("a1.txt"))) in str(info.value)
    assert "\n" not in str(info.value)
    assert _files(tmp_path) == before


def test_one_article_reads_only_the_shards_holding_it(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    mine, other = _articles_in_two_shards()
    store = AnnotationStore(path, shards=SHARDS)
    kept = store.add(_ann(mine, 3, tags="mine", key="url:example.org/mine"))
    store.add(_ann(other, 5, tags="other"))
    store.compact()
    shard_path(path, _shard(other)).write_bytes(b"[1, 2")  # damage only the other shard
    again = AnnotationStore(path)
    assert again.for_article(mine) == [kept]
    assert again.for_key("url:example.org/mine") == [kept]
    assert again.by_tag("mine") == [kept]
    assert again.get(kept.id) == kept
    assert again.titles([mine]) == {mine: kept.article_title}
    with pytest.raises(StoreError):
        again.all()


def test_checkpoints_move_the_main_journal_into_the_shards(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    _store, anns = _filled(path, 60, compact_bytes=4000)
    assert journal_path(path).stat().st_size < 4000 + 2000  # checkpointed along the way
    assert shard_journal_lines(path) or shard_docs(path)  # the saves are in the shards now
    again = AnnotationStore(path)
    assert {a.id: a for a in again.all()} == {a.id: a for a in anns}
    assert again.tags() == _expected_tags(anns)
    doc_ids = [json.loads(line)["tx"][0]["id"] for line in shard_journal_lines(path)]
    assert doc_ids  # shard journals hold plain single-file operations (no shard names)
    assert all("s" not in op for line in shard_journal_lines(path) for op in json.loads(line)["tx"])


def test_a_shard_journal_is_folded_into_its_file_once_large(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    store = AnnotationStore(path, shards=SHARDS, compact_bytes=3000)
    anns = [store.add(_ann("same.txt", n % 40, tags="x")) for n in range(80)]
    folded = shard_docs(path)
    assert len(folded) > 10  # the shard's file holds what its journal held
    assert {doc["id"] for doc in folded.values()} <= {a.id for a in anns}
    assert len(AnnotationStore(path).for_article("same.txt")) == 80


STEPS = ["second shard append", "manifest", "journal restart"]


@pytest.mark.parametrize("step", STEPS)
def test_a_checkpoint_stopped_at_any_step_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    path = tmp_path / "a.json"
    store = AnnotationStore(path, shards=SHARDS, compact_bytes=10**9)
    anns = [store.add(_ann(f"a{n % 7}.txt", n, tags=f"t{n % 2}")) for n in range(20)]
    appends = []
    real_append = database.append_journal

    def failing_append(target: Path, *args: Any) -> int:
        if target != journal_path(path):
            appends.append(target)
            if step == "second shard append" and len(appends) == 2:
                raise OSError(28, "No space left on device")
        return real_append(target, *args)

    def failing(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(database, "append_journal", failing_append)
    if step == "manifest":
        monkeypatch.setattr(database, "write_manifest", failing)
    if step == "journal restart":
        monkeypatch.setattr(database, "start_journal", failing)
    with pytest.raises(StoreError, match="No space"):
        store.compact()
    monkeypatch.undo()  # the disk has room again
    again = AnnotationStore(path)  # another process, after this one died
    assert {a.id: a for a in again.all()} == {a.id: a for a in anns}
    assert again.tags() == _expected_tags(anns) and len(again) == 20
    if step == "journal restart":  # the old journal's lines are in the shards: kept aside
        assert list(tmp_path.glob("a.json.journal.stale*")) and again.warnings
    more = again.add(_ann("a1.txt", 50, tags="t9"))
    again.compact()
    assert AnnotationStore(path).get(more.id) == more
    assert AnnotationStore(path).tags() == _expected_tags([*anns, more])


def test_a_missing_shard_file_is_reported_not_read_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    store, _ = _filled(path)
    store.compact()
    shard_path(path, _shard("a2.txt")).unlink()
    again = AnnotationStore(path)
    with pytest.raises(StoreError, match="is missing") as info:
        again.for_article("a2.txt")
    assert "\n" not in str(info.value) and ".shards" in str(info.value)


def test_an_unreadable_summary_is_counted_again(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    store, anns = _filled(path)
    store.close()
    data = json.loads(path.read_bytes())
    data["_summary"]["1"]["tags"] = {"all": {"00": "lots"}}
    path.write_text(json.dumps(data))
    again = AnnotationStore(path)
    assert again.tags() == _expected_tags(anns)
    counted = json.loads(path.read_bytes())["_summary"]["1"]["tags"]
    assert {tag: sum(by.values()) for tag, by in counted.items()} == _expected_tags(anns)


def test_few_shards_in_memory_and_answers_stay_right(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "LOADED_DOCS_MAX", 3)
    path = tmp_path / "a.json"
    store, anns = _filled(path, 40)
    store.compact()
    again = AnnotationStore(path)
    assert {a.id for a in again.all()} == {a.id for a in anns}
    loaded = again._db.loaded.values()
    assert sum(map(len, loaded)) <= 3 or len(loaded) == 1  # the rest were let go
    victim = anns[5]
    edited = again.update(victim.edited(note="edited", tags="fresh"))
    again.for_article("a0.txt")  # other shards read in between
    assert again.delete(anns[6].id) == anns[6]
    reopened = AnnotationStore(path)
    assert reopened.get(victim.id) == edited and reopened.get(anns[6].id) is None
    assert reopened.tags()["fresh"] == 1


def test_saving_a_new_highlight_reads_no_shard_and_a_retry_is_still_a_no_op(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.json"
    store, _ = _filled(path)
    store.compact()
    ann = _ann("a3.txt", 7)
    fresh = AnnotationStore(path)
    fresh.add(ann)
    assert fresh._db.loaded == {}  # appended without reading the shard
    again = AnnotationStore(path)
    assert again.add(ann) == ann and len(again) == 31  # the same one again: nothing new
    with pytest.raises(StoreError, match="already"):
        AnnotationStore(path).add(ann.edited(note="another under the same id"))


def test_each_shard_is_a_plain_tinydb_file(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    store, anns = _filled(path)
    store.close()
    found = []
    for shard in shard_files(path):
        with TinyDB(shard, access_mode="r") as db:
            found += [Annotation.from_dict(doc) for doc in db.table("annotations").all()]
    assert {a.id: a for a in found} == {a.id: a for a in anns}


def test_a_refused_save_never_lets_a_later_one_reuse_a_document_id(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    long_lived = AnnotationStore(path)  # the TUI's store
    first = long_lived.add(_ann("a.txt", 0))
    raw = path.read_bytes()
    path.unlink()
    path.write_bytes(raw)  # the same manifest under a new inode: a full re-read follows
    journal = journal_path(path)
    journal.rename(tmp_path / "aside")
    os.mkfifo(journal)
    with pytest.raises(StoreError, match="regular file"):
        long_lived.add(_ann("a.txt", 1))
    journal.unlink()
    (tmp_path / "aside").rename(journal)
    third = long_lived.add(_ann("a.txt", 2))
    assert {a.id for a in AnnotationStore(path).all()} == {first.id, third.id}


def test_deleting_a_highlight_shown_earlier_reads_its_shard_not_every_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The TUI deletes what it showed, maybe after its shard was dropped from memory: the
    store remembers where it saw it, so no shard file is searched for the id."""
    path = tmp_path / "a.json"
    first, other = _articles_in_two_shards()
    with AnnotationStore(path, shards=SHARDS) as store:
        for n in range(3):
            store.add(_ann(first, n))
            store.add(_ann(other, n))
        store.compact()
    monkeypatch.setattr(database, "LOADED_DOCS_MAX", 0)  # one shard in memory at a time
    store = AnnotationStore(path, shards=SHARDS)
    shown = store.for_article(first)
    store.for_article(other)
    assert _shard(first) not in store._db.loaded
    searched: list[str] = []
    monkeypatch.setattr(
        database.Database, "mentions", lambda self, name, ann_id: searched.append(name)
    )
    assert store.delete(shown[0].id) == shown[0]
    store.close()
    assert searched == []
    assert [a.id for a in AnnotationStore(path, read_only=True).for_article(first)] == [
        a.id for a in shown[1:]
    ]
