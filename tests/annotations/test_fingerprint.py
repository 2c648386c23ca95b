"""The store's fingerprint: three ``stat`` calls that change whenever the annotations do
(annotations/fingerprint.py), so a search can leave an unchanged store closed."""

from __future__ import annotations

import os
import time
from pathlib import Path

from annotations.file_names import journal_path, shards_dir
from annotations.fingerprint import store_fingerprint
from annotations.model import Annotation, Selector
from annotations.store import AnnotationStore

TEXT = "The council voted 7 to 2 to approve the bridge on Monday after a long debate."


def _ann(start: int) -> Annotation:
    return Annotation.create(
        article="a.txt", article_title="A", selector=Selector.from_text(TEXT, start, start + 9)
    )


def _back_to(path: Path, when: int) -> None:
    """Every file of the store timed ``when``: a save then shows in sizes and files alone."""
    for file in (path, journal_path(path), shards_dir(path), *shards_dir(path).glob("*")):
        if file.exists():
            os.utime(file, ns=(when, when))


LONG_AGO = time.time_ns() - 3_600_000_000_000


def test_a_store_not_made_yet_has_a_fingerprint(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    assert store_fingerprint(path) == f"{path}|-|-|-"


def test_every_kind_of_change_changes_it_even_at_the_same_times(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    store = AnnotationStore(path, shards=4, compact_bytes=3000)
    first = store.add(_ann(0))
    _back_to(path, LONG_AGO)
    seen = {store_fingerprint(path)}
    for change in (
        lambda: store.add(_ann(4)),  # an append to the journal
        lambda: store.update(first.edited(note="a note")),
        lambda: store.delete(first.id),
        lambda: store.add_many([_ann(n % 60) for n in range(60)]),  # checkpoints on the way
    ):
        change()
        _back_to(path, LONG_AGO)
        now = store_fingerprint(path)
        assert now is not None and now not in seen
        seen.add(now)
    store.close()


def test_a_file_put_back_from_a_backup_changes_it(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    store = AnnotationStore(path)
    store.add(_ann(0))
    store.close()
    _back_to(path, LONG_AGO)
    before = store_fingerprint(path)
    copy = tmp_path / "copy"
    copy.write_bytes(journal_path(path).read_bytes())
    os.replace(copy, journal_path(path))  # the same bytes, another file
    _back_to(path, LONG_AGO)
    assert store_fingerprint(path) != before


def test_a_time_too_recent_gives_none(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    AnnotationStore(path).add(_ann(0))
    assert store_fingerprint(path) is None  # just written: a change could follow unseen
    _back_to(path, LONG_AGO)
    assert store_fingerprint(path) is not None


def test_a_file_that_cannot_be_looked_at_gives_none(tmp_path: Path) -> None:
    path = tmp_path / "not-a-folder" / "annotations.json"
    path.parent.write_text("a file where the folder should be")
    assert store_fingerprint(path) is None
