"""The shards' indexes: one article's highlights are read without parsing the rest of their
shard, the answers are exactly those of a whole read, and an index that is missing, stale or
damaged is never trusted (the shard is parsed whole instead)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from tinydb import TinyDB

from annotations import shard_index, storage
from annotations.migration import clear_shards
from annotations.model import Annotation, Selector
from annotations.shard_index import encode_shard, index_path
from annotations.shards import shard_of
from annotations.storage import encode_tables
from annotations.store import AnnotationStore
from tests.annotations.parse_counting import count_parses

TEXT = "The council voted 7 to 2 to approve the bridge on Monday after a long debate. " * 4
SHARDS = 2  # few shards: each holds many articles, as at a million highlights
#: An article without a key: its highlights are in the shard its id names.
ARTICLE = "a2.txt"


def _ann(article: str, start: int, key: str = "", note: str = "") -> Annotation:
    return Annotation.create(
        article=article,
        article_title=f"Title of {article}",
        selector=Selector.from_text(TEXT, start, start + 9),
        tags="t1",
        note=note,
        article_key=key,
    )


def _filled(path: Path, count: int = 60) -> list[Annotation]:
    """Highlights of 12 articles (half keyed) in 2 shards, folded: every shard file indexed."""
    with AnnotationStore(path, shards=SHARDS) as store:
        anns = [
            store.add(_ann(f"a{n % 12}.txt", n % 40, f"k{n % 6}" if n % 2 else ""))
            for n in range(count)
        ]
        store.compact()
    return anns


def _shards(path: Path) -> list[Path]:
    return sorted(path.with_name(path.name + ".shards").glob("*.json"))


def _home(path: Path) -> Path:
    """The shard file holding ARTICLE's highlights."""
    return path.with_name(path.name + ".shards") / f"{shard_of(ARTICLE, SHARDS)}.json"


def _answers(path: Path) -> list[list[dict[str, object]]]:
    """What a reader of each article and key gets, in full."""
    store = AnnotationStore(path, read_only=True)
    try:
        articles = [store.for_article(f"a{n}.txt") for n in range(13)]
        keys = [store.for_key(f"k{n}") for n in range(7)]
        return [[a.to_dict() for a in anns] for anns in articles + keys]
    finally:
        store.close()


def _unindexed(path: Path) -> list[list[dict[str, object]]]:
    """The answers with every shard read whole (its index moved away and put back)."""
    saved = {shard: index_path(shard).read_bytes() for shard in _shards(path)}
    for shard in saved:
        index_path(shard).unlink()
    try:
        return _answers(path)
    finally:
        for shard, raw in saved.items():
            index_path(shard).write_bytes(raw)


@pytest.fixture
def shard_parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Each shard file parsed whole."""
    return count_parses(monkeypatch, storage)


@pytest.mark.parametrize(
    "docs",
    [
        {},
        {"1": {"id": "x", "article": "a.txt", "note": 'é \u2028 "q" \\'}},
        {"1": {"id": "x", "article": "a.txt"}, "22": {"id": "y", "note": "lone \udc80"}},
    ],
)
def test_a_shard_file_has_the_bytes_it_always_had(docs: dict[str, dict[str, str]]) -> None:
    data, spans = encode_shard(docs)
    assert data == encode_tables({"annotations": docs})
    assert {doc_id: json.loads(data[start:end]) for doc_id, start, end in spans} == docs


def test_one_article_is_read_without_parsing_its_shard(
    tmp_path: Path, shard_parses: list[Path]
) -> None:
    path = tmp_path / "a.json"
    anns = _filled(path)
    assert all(index_path(shard).is_file() for shard in _shards(path))
    shard_parses.clear()
    store = AnnotationStore(path, read_only=True)
    by_article, by_key = store.for_article(ARTICLE), store.for_key("k1")
    assert [a.id for a in by_article] == [a.id for a in _sorted(anns) if a.article == ARTICLE]
    assert {a.id for a in by_key} == {a.id for a in anns if a.article_key == "k1"}
    assert shard_parses == [], "a shard was parsed whole for one article"
    assert len(store.all()) == len(anns) and shard_parses  # everything: then they are
    store.close()


def _sorted(anns: list[Annotation]) -> list[Annotation]:
    return sorted(anns, key=lambda a: (a.start, a.end, a.id))


def test_answers_are_the_same_with_changes_not_folded_in(tmp_path: Path) -> None:
    """Changes in the shards' journals (a checkpoint) and in the main journal (saves since)
    are applied to the documents read through the index as to a whole shard."""
    path = tmp_path / "a.json"
    _filled(path)
    with AnnotationStore(path, compact_bytes=10**9) as writer:
        first = writer.for_article("a2.txt")
        writer.relink(first[0].id, "a5.txt", "k9")  # to another article and key
        writer.update(first[1].edited(note="edited"))
        writer.delete(writer.for_article("a4.txt")[0].id)
        writer.add(_ann("a3.txt", 30, "k1", "new"))
        writer._db.checkpoint()  # into the shards' journals, not folded
        writer.update(writer.for_article("a3.txt")[0].edited(note="after the checkpoint"))
        writer.relink(writer.for_key("k3")[0].id, "a12.txt", "k6")
        writer.delete(writer.for_key("k5")[0].id)
    assert any(
        shard.with_name(shard.name + ".journal").stat().st_size > 60 for shard in _shards(path)
    )
    assert _answers(path) == _unindexed(path)


def test_a_reader_sees_an_other_process_s_save_at_once(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    _filled(path)
    reader = AnnotationStore(path, read_only=True)
    before = len(reader.for_article("a1.txt"))
    with AnnotationStore(path) as writer:
        writer.add(_ann("a1.txt", 11))
        assert len(reader.for_article("a1.txt")) == before + 1
        writer.compact()  # folded: the shard and its index written again
    assert len(reader.for_article("a1.txt")) == before + 1
    reader.close()


def _stale(shard: Path) -> None:
    """The index of the shard before its last write (a crash between the two writes): the
    shard now holds a highlight of ARTICLE that the index does not name."""
    old = index_path(shard).read_bytes()
    path = shard.parent.with_name(shard.parent.name.removesuffix(".shards"))
    with AnnotationStore(path) as writer:
        writer.add(_ann(ARTICLE, 1, note="written after the index"))
        writer.compact()
    assert index_path(shard).read_bytes() != old
    index_path(shard).write_bytes(old)


def _edit(old: bytes, new: bytes) -> Callable[[Path], None]:
    def damage(shard: Path) -> None:
        raw = index_path(shard).read_bytes()
        assert old in raw
        index_path(shard).write_bytes(raw.replace(old, new, 1))

    return damage


def _swap_spans(shard: Path) -> None:
    """Each name's line holding another name's documents (right shape, wrong documents)."""
    head, *lines = index_path(shard).read_bytes().split(b"\n")
    index_path(shard).write_bytes(b"\n".join([head, *lines[1:-1], lines[0], b""]))


@pytest.mark.parametrize(
    "damage",
    [
        _stale,
        _swap_spans,
        lambda shard: index_path(shard).write_bytes(b"{not json\n"),
        lambda shard: index_path(shard).write_bytes(b""),
        lambda shard: index_path(shard).write_bytes(index_path(shard).read_bytes()[:-40]),
        _edit(b'"postil_shard_index":1', b'"postil_shard_index":2'),
        _edit(b'"base":[', b'"base":[1,'),
        _edit(b'"a2.txt":[', b'"a2.txt":[1'),
        _edit(b'"a2.txt":[', b'"a4.txt":['),
        _edit(b'"articles":{', b'"articles":{"a0.txt":[0,5],"a2.txt":[0,5],'),
    ],
    ids=["stale", "swapped", "garbage", "empty", "cut", "version", "base", "entry", "name", "line"],
)
def test_a_stale_or_damaged_index_is_never_trusted(
    tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    path = tmp_path / "a.json"
    _filled(path)
    damage(_home(path))
    assert _answers(path) == _unindexed(path)
    assert _answers(path) == _unindexed(path)


def test_documents_not_of_the_article_are_not_trusted(tmp_path: Path) -> None:
    """A shard file changed in place with its stamp kept (which postil never does): the
    documents the index names are of another article now, and the shard is read whole."""
    path = tmp_path / "a.json"
    _filled(path)
    shard = _home(path)
    before = os.stat(shard)
    raw = shard.read_bytes()
    with shard.open("r+b") as handle:  # same inode, same size
        handle.write(raw.replace(b'"article":"a2.txt"', b'"article":"a9.txt"'))
    os.utime(shard, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert shard_index.index_is_current(shard, storage.stamp(shard))
    assert shard_index.read_docs(shard, "articles", ARTICLE) is None
    assert _answers(path) == _unindexed(path)
    assert _answers(path)[2] == []


def test_a_shard_written_by_plain_tinydb_is_read_whole(tmp_path: Path) -> None:
    """An outside edit (TinyDB's own formatting) makes the index stale; no writer indexes
    such a file (its bytes are not what postil writes), and it reads as it is."""
    path = tmp_path / "a.json"
    _filled(path)
    shard = _home(path)
    with TinyDB(shard) as db:
        table = db.table("annotations")
        doc = next(d for d in table.all() if d["article"] == ARTICLE)
        table.update({"note": "edited in TinyDB"}, doc_ids=[doc.doc_id])
    AnnotationStore(path).for_article(ARTICLE)  # a writer reads it whole
    assert not shard_index.index_is_current(shard, storage.stamp(shard))
    notes = [a.note for a in AnnotationStore(path, read_only=True).for_article(ARTICLE)]
    assert "edited in TinyDB" in notes


def test_a_writer_indexes_a_shard_written_before_indexes(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    _filled(path)
    shard = _home(path)
    index_path(shard).unlink()
    AnnotationStore(path, read_only=True).for_article(ARTICLE)
    assert not index_path(shard).exists(), "a reader wrote a file"
    AnnotationStore(path).for_article(ARTICLE)
    assert shard_index.index_is_current(shard, storage.stamp(shard))
    assert _answers(path) == _unindexed(path)


def test_an_interrupted_migration_clears_the_indexes(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    _filled(path)
    clear_shards(path)
    assert list((tmp_path / "a.json.shards").iterdir()) == []


def test_a_shard_naming_one_highlight_twice_is_not_indexed(tmp_path: Path) -> None:
    """Read on their own, two documents of one highlight would both count: such a shard
    (an outside edit) is only read whole, where the later document wins."""
    shard = tmp_path / "00.json"
    doc = _ann("a1.txt", 3).to_dict()
    docs = {"1": doc, "2": {**doc, "note": "the later one"}}
    data, spans = encode_shard(docs)
    shard.write_bytes(data)
    shard_index.write_index(shard, docs, spans, storage.stamp(shard))
    assert not index_path(shard).exists()
    assert shard_index.read_docs(shard, "articles", "a1.txt") is None
