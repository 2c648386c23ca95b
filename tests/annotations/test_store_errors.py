"""Damaged, foreign, newer and unreadable files: one-line errors; the bytes stay as they were."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from annotations.model import Annotation, Selector
from annotations.storage import SCHEMA_VERSION, journal_path
from annotations.store import AnnotationStore, StoreError
from tests.annotations.plain_files import shard_docs

ANN = Annotation.create(
    article="a.txt", article_title="A", selector=Selector.from_text("hello world", 0, 5)
).to_dict()

BAD_FILES = {
    "truncated": (b'{"_postil": {"1": {"schema": 1}}, "annotations": {"1": {"id": "x', "damaged"),
    "json list": (b"[1, 2, 3]", "not a postil annotation file"),
    "other tinydb": (b'{"_default": {"1": {"name": "Ann", "age": 3}}}', "something other"),
    "other json object": (b'{"version": 3, "items": [1]}', "not a postil annotation file"),
    "newer schema": (
        json.dumps({"_postil": {"1": {"schema": 99}}, "annotations": {}}).encode(),
        "newer postil",
    ),
    "binary": (b"\xff\xfe\x00garbage", "not UTF-8"),
    "bad annotation": (
        json.dumps({"_postil": {"1": {"schema": 1}}, "annotations": {"1": {"id": "x"}}}).encode(),
        "malformed annotation",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_refused_and_left_alone(tmp_path: Path, name: str) -> None:
    raw, expected = BAD_FILES[name]
    path = tmp_path / "annotations.json"
    path.write_bytes(raw)
    with pytest.raises(StoreError) as info:
        AnnotationStore(path)
    message = str(info.value)
    assert expected in message and str(path) in message and "\n" not in message
    assert path.read_bytes() == raw
    assert not journal_path(path).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "annotations.json",
        "annotations.json.lock",
    ]


def test_damaged_journal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    AnnotationStore(path).add(Annotation.from_dict(ANN))
    journal = journal_path(path)
    raw = b"not json\n" + journal.read_bytes()
    journal.write_bytes(raw)
    with pytest.raises(StoreError, match="damaged") as info:
        AnnotationStore(path)
    assert str(journal) in str(info.value)
    assert journal.read_bytes() == raw


def test_torn_journal_tail_is_ignored_and_cut(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    store = AnnotationStore(path)
    first = store.add(Annotation.from_dict(ANN))
    with journal_path(path).open("ab") as handle:
        handle.write(b'{"tx": [{"t": "annotations", "id": "9", "doc"')  # killed mid-append
    again = AnnotationStore(path)
    assert again.all() == [first]
    second = again.update(first.edited(note="after the tear"))
    assert AnnotationStore(path).get(first.id) == second


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "annotations.json"
    path.write_bytes(b"{}")
    real = os.open

    def denied(name: object, flags: int, *args: object) -> int:
        if Path(str(name)) == path:
            raise PermissionError(13, "Permission denied")
        return real(name, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(StoreError, match="Permission denied") as info:
        AnnotationStore(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)
    assert path.read_bytes() == b"{}"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_by_mode(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    path.write_bytes(b"{}")
    path.chmod(0)
    with pytest.raises(StoreError, match="cannot read"):
        AnnotationStore(path)


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        AnnotationStore(tmp_path)


def test_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    path.write_bytes(b"")
    assert len(AnnotationStore(path)) == 0
    assert json.loads(path.read_text())["_postil"]["1"]["schema"] == SCHEMA_VERSION


def test_schema0_file_is_migrated_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    raw = json.dumps({"_default": {"1": ANN}}).encode()
    path.write_bytes(raw)
    store = AnnotationStore(path)
    assert store.all() == [Annotation.from_dict(ANN)]
    assert (tmp_path / "annotations.json.schema0.bak").read_bytes() == raw
    data = json.loads(path.read_text())
    assert data["_postil"]["1"]["schema"] == SCHEMA_VERSION
    assert list(shard_docs(path).values()) == [ANN]
    assert "_default" not in data and "annotations" not in data


def test_migration_keeps_colliding_documents_and_earlier_backups(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    other = Annotation.create(
        article="b.txt", article_title="B", selector=Selector.from_text("hello world", 6, 11)
    ).to_dict()
    (tmp_path / "annotations.json.schema0.bak").write_bytes(b"older backup")
    raw = json.dumps({"_default": {"1": ANN}, "annotations": {"1": other}}).encode()
    path.write_bytes(raw)
    store = AnnotationStore(path)
    assert {a.id for a in store.all()} == {ANN["id"], other["id"]}
    assert (tmp_path / "annotations.json.schema0.bak").read_bytes() == b"older backup"
    backups = [p for p in tmp_path.iterdir() if p.name.startswith("annotations.json.schema0.bak.")]
    assert [p.read_bytes() for p in backups] == [raw]


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("note", None, TypeError),
        ("note", 3, TypeError),
        ("article_title", ["a"], TypeError),
        ("color", b"yellow", TypeError),
        ("note", "caf\u00e9 \ud800", ValueError),  # a lone surrogate, in non-ASCII text
        ("id", "\udfff", ValueError),
    ],
)
def test_a_record_with_a_field_of_the_wrong_kind_is_refused(
    field: str, value: object, error: type[Exception]
) -> None:
    record = dict(ANN, **{field: value})
    with pytest.raises(error):
        Annotation.from_dict(record)
    selector = dict(ANN["selector"], prefix=value)
    with pytest.raises(error):
        Annotation.from_dict(dict(ANN, selector=selector))
