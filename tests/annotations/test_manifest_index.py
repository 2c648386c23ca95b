"""The manifest's index: a read-only store finds one article's shards without parsing the
manifest, answers exactly as without the index, and never trusts an index that is stale,
damaged or missing (the manifest is read instead)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from annotations import database, manifest_index
from annotations.manifest import Manifest
from annotations.manifest_index import index_path
from annotations.model import Annotation, Selector
from annotations.shards import shard_of
from annotations.store import AnnotationStore
from tests.annotations.parse_counting import count_parses

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


def _filled(path: Path, count: int = 40) -> list[Annotation]:
    """Highlights over 9 articles (some keyed), checkpointed: the manifest and its index hold
    them all."""
    with AnnotationStore(path, shards=SHARDS) as store:
        anns = [
            store.add(_ann(f"a{n % 9}.txt", n % 40, f"t{n % 3}", f"k{n % 4}" if n % 2 else ""))
            for n in range(count)
        ]
        store.compact()
    return anns


def _answers(store: AnnotationStore) -> list[object]:
    """Everything a reader asks, in a comparable form."""
    ids = lambda anns: [a.id for a in anns]  # noqa: E731
    return [
        *(ids(store.for_article(f"a{n}.txt")) for n in range(10)),
        *(ids(store.for_key(f"k{n}")) for n in range(5)),
        ids(store.by_tag("t1")),
        store.tags(),
        store.counts_by_article(),
        len(store),
        ids(store.all()),
    ]


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Each parse of a database file (manifest or shard) by the store."""
    return count_parses(monkeypatch, database)


def test_one_article_is_read_without_parsing_the_manifest(
    tmp_path: Path, parses: list[Path]
) -> None:
    path = tmp_path / "a.json"
    anns = _filled(path)
    assert index_path(path).is_file()
    parses.clear()
    store = AnnotationStore(path, read_only=True)
    found = store.for_article("a3.txt") + store.for_key("k1")
    store.close()
    assert {a.id for a in found} == {a.id for a in anns if a.article == "a3.txt"} | {
        a.id for a in anns if a.article_key == "k1"
    }
    assert path not in parses, "the manifest was parsed for one article"
    assert store.tags()  # counts of everything: then it is parsed
    assert path in parses


def test_answers_are_the_same_with_and_without_the_index(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    _filled(path)
    with AnnotationStore(path) as writer:  # saves after the checkpoint: in the main journal
        moved = writer.for_article("a2.txt")[0]
        writer.relink(moved.id, "a5.txt", "k9")
        writer.delete(writer.for_article("a4.txt")[0].id)
        writer.add(_ann("new.txt", 3, "t1", "k2"))
    indexed = _answers(AnnotationStore(path, read_only=True))
    index_path(path).unlink()
    assert indexed == _answers(AnnotationStore(path, read_only=True))


def test_a_reader_sees_what_a_writer_saves_after_it_opened(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    _filled(path)
    reader = AnnotationStore(path, read_only=True)
    assert reader.for_article("late.txt") == []
    with AnnotationStore(path) as writer:
        late = writer.add(_ann("late.txt", 5, key="k-late"))
        assert [a.id for a in reader.for_article("late.txt")] == [late.id]
        writer.compact()  # the manifest replaced: the reader reads it again
    assert [a.id for a in reader.for_key("k-late")] == [late.id]
    assert reader.counts_by_article()["late.txt"] == 1


def _index_for_another_manifest(path: Path) -> None:
    """The index of the state before a checkpoint, put back after it (as a crash between the
    manifest's write and the index's would leave it, or a restored backup)."""
    old = index_path(path).read_bytes()
    with AnnotationStore(path) as writer:
        held = writer._db.shards_of("articles", "a3.txt")
        key = next(f"key{n}" for n in range(99) if shard_of(f"key{n}", SHARDS) not in held)
        writer.add(_ann("a3.txt", 7, key=key))  # in a shard the old index does not name
        writer.compact()
    index_path(path).write_bytes(old)


@pytest.mark.parametrize(
    "damage",
    [
        _index_for_another_manifest,
        lambda path: index_path(path).write_bytes(b"{not json"),
        lambda path: index_path(path).write_bytes(b""),
        lambda path: index_path(path).write_bytes(index_path(path).read_bytes()[:-300]),
        lambda path: index_path(path).write_bytes(
            index_path(path).read_bytes().replace(b'"a3.txt":{', b'"a3.txt":{"zz":1,', 1)
        ),
        lambda path: index_path(path).write_bytes(
            index_path(path).read_bytes().replace(b'"a3.txt"', b'"a4.txt"', 1)
        ),
        lambda path: index_path(path).write_bytes(
            index_path(path).read_bytes().replace(b'"a3.txt":{', b'"a3.txt":{"0":-1,', 1)
        ),
    ],
)
def test_a_stale_or_damaged_index_is_never_trusted(tmp_path: Path, damage: object) -> None:
    path = tmp_path / "a.json"
    _filled(path)
    damage(path)  # type: ignore[operator]
    found = AnnotationStore(path, read_only=True).for_article("a3.txt")
    index_path(path).unlink()
    expected = AnnotationStore(path, read_only=True).for_article("a3.txt")  # the manifest read
    assert [a.id for a in found] == [a.id for a in expected]


def test_a_damaged_bucket_falls_back_to_the_manifest(tmp_path: Path, parses: list[Path]) -> None:
    path = tmp_path / "a.json"
    anns = _filled(path)
    raw = index_path(path).read_bytes()
    head, *buckets = raw.split(b"\n")
    number = manifest_index.bucket_of("a3.txt")
    buckets[number] = re.sub(rb'("a3\.txt":\{")[0-7]', rb"\g<1>9", buckets[number])  # no shard 9
    assert len(buckets[number]) == len(raw.split(b"\n")[number + 1])
    index_path(path).write_bytes(b"\n".join([head, *buckets]))
    parses.clear()
    found = AnnotationStore(path, read_only=True).for_article("a3.txt")
    assert sorted(a.id for a in found) == sorted(a.id for a in anns if a.article == "a3.txt")
    assert path in parses


def test_a_writer_writes_a_missing_or_stale_index(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    _filled(path)
    index_path(path).unlink()
    AnnotationStore(path, read_only=True).close()
    assert not index_path(path).exists(), "a reader wrote a file"
    AnnotationStore(path).close()
    head = json.loads(index_path(path).read_bytes().split(b"\n")[0])
    assert head["manifest"] == list(database.stamp(path) or ())


def test_no_index_is_written_for_unreadable_counts(tmp_path: Path) -> None:
    """Readers of such a manifest count again from the shards: an index of no counts would
    hide every highlight."""
    path = tmp_path / "a.json"
    _filled(path)
    index_path(path).unlink()
    manifest = Manifest.new(SHARDS)
    manifest.summary = None
    manifest_index.write_index(path, manifest, database.stamp(path))
    assert not index_path(path).exists()


def test_a_shard_naming_one_highlight_twice_keeps_the_later_document(tmp_path: Path) -> None:
    """Shards are taken whole when each document is a distinct highlight; one that names a
    highlight in two documents (an outside edit) is read document by document, as before."""
    path = tmp_path / "a.json"
    with AnnotationStore(path, shards=SHARDS) as store:
        ann = store.add(_ann("a1.txt", 3))
        store.compact()
    shard = next((tmp_path / "a.json.shards").glob("*.json"))
    data = json.loads(shard.read_bytes())
    ((doc_id, doc),) = data["annotations"].items()
    data["annotations"][str(int(doc_id) + 100)] = {**doc, "note": "the later one"}
    shard.write_text(json.dumps(data), encoding="utf-8")
    (found,) = AnnotationStore(path, read_only=True).for_article("a1.txt")
    assert found.id == ann.id and found.note == "the later one"
