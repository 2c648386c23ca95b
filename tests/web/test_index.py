"""The duplicate index is read incrementally: appends by other processes are seen, torn lines
skipped, and a batch commit keeps every article once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from reader.collection.index import KeyIndex
from reader.collection.kept import Collection, CollectionError, NewArticle, Outcome


def _new(n: int, key: str | None = None) -> NewArticle:
    document = f'---\ntitle: "Story {n}"\nfingerprint: "{n}"\n---\n\nStory {n}.\n'.encode()
    keys = (key or f"text:{n}",)
    return NewArticle(f"Story {n}", document, b"original", "txt", keys, datetime.now(UTC))


def test_a_batch_keeps_each_article_once_in_order(tmp_path: Path) -> None:
    collection = Collection(tmp_path)
    results = collection.commit_many([_new(1), _new(2), _new(3, key="text:1")])
    statuses = [r.status for r in results if isinstance(r, Outcome)]
    assert statuses == ["added", "added", "exists"]
    assert len(collection.stems()) == 2
    again = Collection(tmp_path).commit(_new(2))
    assert again.status == "exists"


def test_appends_of_another_process_are_seen(tmp_path: Path) -> None:
    first, second = Collection(tmp_path), Collection(tmp_path)
    assert first.commit(_new(1)).status == "added"
    assert "text:1" in second.known_keys()
    assert second.commit(_new(2)).status == "added"
    assert first.commit(_new(2)).status == "exists"  # taken in from the file's new bytes


def test_a_torn_line_is_skipped_and_the_next_record_kept(tmp_path: Path) -> None:
    collection = Collection(tmp_path)
    collection.commit(_new(1))
    with (tmp_path / "index.jsonl").open("ab") as handle:
        handle.write(b'{"id": "torn", "ke')  # an add killed while appending
    later = Collection(tmp_path)
    assert later.commit(_new(2)).status == "added"
    index = KeyIndex(tmp_path / "index.jsonl")
    keys = index.update(locked=True)
    assert keys["text:1"] and keys["text:2"] and "torn" not in index.stems


def test_an_unindexed_article_is_found_by_the_first_commit(tmp_path: Path) -> None:
    collection = Collection(tmp_path)
    collection.commit(_new(1))
    (tmp_path / "index.jsonl").unlink()  # as if killed before its index line
    assert Collection(tmp_path).commit(_new(1)).status == "exists"


def test_a_replaced_index_is_read_again(tmp_path: Path) -> None:
    index_path = tmp_path / "index.jsonl"
    index_path.write_text('{"id": "a", "keys": ["k1"]}\n{"id": "b", "keys": ["k2"]}\n')
    index = KeyIndex(index_path)
    assert set(index.update(locked=False)) == {"k1", "k2"}
    index_path.write_text('{"id": "c", "keys": ["k3"]}\n')
    assert set(index.update(locked=False)) == {"k3"}


def test_an_unwritable_article_fails_alone(tmp_path: Path, monkeypatch) -> None:
    from reader.collection import kept

    real = kept.atomic_write

    def full_disk(path: Path, data: bytes, **options: bool) -> None:
        if "story-2" in path.name:
            raise OSError(28, "No space left on device")
        real(path, data, **options)

    monkeypatch.setattr(kept, "atomic_write", full_disk)
    collection = Collection(tmp_path)
    results = collection.commit_many([_new(1), _new(2), _new(3)])
    assert isinstance(results[1], CollectionError) and "No space" in str(results[1])
    assert [getattr(r, "status", None) for r in (results[0], results[2])] == ["added", "added"]
    assert len(collection.stems()) == 2
    assert len(list(collection.articles.glob("*.gz"))) == 2
