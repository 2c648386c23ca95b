"""``AnnotationStore.add_many``: a batch (an import) is saved whole or not at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotations import database as database_module
from annotations.id_scan import ids_named
from annotations.model import Annotation, Selector
from annotations.shards import placement, shard_of
from annotations.store import AnnotationStore, StoreError
from tests.annotations.plain_files import shard_docs

TEXT = "one two three four five six seven eight nine ten"


def make(start: int) -> Annotation:
    return Annotation.create(
        article="a.txt", article_title="A", selector=Selector.from_text(TEXT, start, start + 3)
    )


def test_a_batch_is_one_record_and_repeating_it_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    batch = [make(0), make(4), make(8)]
    with AnnotationStore(path) as store:
        assert store.add_many(batch) == 3
        journal = path.with_name("db.json.journal")
        size = journal.stat().st_size
        assert store.add_many(batch) == 0
        assert journal.stat().st_size == size
        newer = batch[0].edited(note="changed")
        assert store.add_many([newer, batch[1]]) == 1
    with AnnotationStore(path) as again:
        assert {a.id: a for a in again.all()} == {a.id: a for a in [newer, *batch[1:]]}


def test_a_failed_batch_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "db.json"
    with AnnotationStore(path) as store:
        store.add(make(0))

        def full_disk(*_: object, **__: object) -> int:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(database_module, "append_journal", full_disk)
        with pytest.raises(StoreError, match="No space left"):
            store.add_many([make(4), make(8)])
        assert len(store) == 1
        monkeypatch.undo()
        assert store.add_many([make(12), make(16)]) == 2
    with AnnotationStore(path) as again:
        assert len(again) == 3


def test_a_batch_updates_each_highlight_in_the_shard_it_lives_in(tmp_path: Path) -> None:
    """A highlight relinked to another article stays in its first shard: a batch holding a
    newer version of it must replace it there, not add a second copy in its new home."""
    path = tmp_path / "db.json"
    with AnnotationStore(path, shards=8) as store:
        kept = store.add(make(0))
        moved = next(
            store.relink(kept.id, f"b{n}.txt", "")
            for n in range(99)
            if shard_of(placement({"article": f"b{n}.txt"}), 8)
            != shard_of(placement({"article": "a.txt"}), 8)
        )
        store.compact()  # now only in the shard files, which the next store has not read
    newer = moved.edited(note="newer")
    with AnnotationStore(path, shards=8) as store:
        assert store.add_many([newer, make(4)]) == 2
    with AnnotationStore(path, shards=8) as again:
        assert len(again) == 2
        assert again.get(kept.id) == newer
        docs = shard_docs(path).values()
        assert [doc["note"] for doc in docs if doc["id"] == kept.id] == ["newer"]


def test_get_many_finds_stored_ids_in_unread_shards_and_only_those(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    anns = [make(n).edited(note=f"n{n}") for n in range(0, 40, 4)]
    spread = [
        Annotation.create(article=f"x{n}.txt", article_title="X", selector=a.selector)
        for n, a in enumerate(anns)
    ]
    with AnnotationStore(path, shards=8) as store:
        store.add_many(spread)
        store.compact()
    with AnnotationStore(path, shards=8) as store:
        wanted = [a.id for a in spread[::2]] + ["not-stored", 'with "quotes" \u00e9']
        assert store.get_many(wanted) == {a.id: a for a in spread[::2]}


def test_ids_named_reads_every_way_json_writes_an_id() -> None:
    raw = json.dumps({"1": {"id": 'a"b\\c', "x": {"id": "\u00e9\U0001f600"}}}).encode()
    spaced = b'{"id" :  "plain", "note": "say \\"id\\": \\"fake\\""}'
    assert ids_named(raw) == {'a"b\\c', "\u00e9\U0001f600"}
    assert ids_named(spaced) == {"plain"}
    assert ids_named(json.dumps({"id": "\u00e9"}, ensure_ascii=False).encode()) == {"\u00e9"}


@given(st.lists(st.text(), min_size=1, max_size=5), st.booleans(), st.booleans())
def test_ids_named_finds_any_id_however_it_is_written(
    ids: list[str], ascii_only: bool, spaced: bool
) -> None:
    docs = {str(n): {"id": ann_id, "note": f'"id": {ann_id!r}'} for n, ann_id in enumerate(ids)}
    separators = (", ", ": ") if spaced else (",", ":")
    raw = json.dumps({"annotations": docs}, ensure_ascii=ascii_only, separators=separators)
    assert set(ids) <= ids_named(raw.encode("utf-8", "surrogatepass"))
