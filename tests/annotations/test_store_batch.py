"""``AnnotationStore.add_many``: a batch (an import) is saved whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations import store as store_module
from annotations.model import Annotation, Selector
from annotations.store import AnnotationStore, StoreError

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

        monkeypatch.setattr(store_module, "append_journal", full_disk)
        with pytest.raises(StoreError, match="No space left"):
            store.add_many([make(4), make(8)])
        assert len(store) == 1
        monkeypatch.undo()
        assert store.add_many([make(12), make(16)]) == 2
    with AnnotationStore(path) as again:
        assert len(again) == 3
