"""An annotation file of the single-file layout (schema 2) is migrated once to the sharded
layout (schema 3), with a backup, and nothing in it is lost (fixture: tests/data/store_v2,
made by the single-file code; see its README)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from tinydb import Query, TinyDB

from annotations import migration
from annotations.storage import SCHEMA_VERSION, PostilStorage
from annotations.store import AnnotationStore, StoreError
from tests.annotations.plain_files import shard_docs

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "store_v2"


def _replayed() -> dict[str, dict[str, Any]]:
    """The fixture's annotations by id: its base file with its journal replayed, read here
    independently of the store."""
    docs = dict(json.loads((FIXTURE / "annotations.json").read_text())["annotations"])
    for line in (FIXTURE / "annotations.json.journal").read_text().splitlines()[1:]:
        for op in json.loads(line)["tx"]:
            if "doc" in op:
                docs[op["id"]] = op["doc"]
            else:
                docs.pop(op["id"], None)
    return {doc["id"]: doc for doc in docs.values()}


def _copy(folder: Path) -> Path:
    for name in ("annotations.json", "annotations.json.journal"):
        shutil.copy(FIXTURE / name, folder / name)
    return folder / "annotations.json"


def test_every_highlight_of_the_fixture_is_read_exactly(tmp_path: Path) -> None:
    expected = _replayed()
    assert len(expected) == 5 and any("current" in doc for doc in expected.values())
    store = AnnotationStore(_copy(tmp_path))
    assert {a.id: a.to_dict() for a in store.all()} == expected
    tags = {"china": 2, "hong-kong": 1, "local": 1, "platforms": 1, "policy": 1, "us": 2}
    assert store.tags() == tags


def test_it_is_migrated_once_to_shards_with_a_byte_for_byte_backup(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    expected = _replayed()
    store = AnnotationStore(path)
    assert {a.id: a.to_dict() for a in store.all()} == expected
    for name in ("annotations.json", "annotations.json.journal"):
        backup = tmp_path / name.replace("annotations.json", "annotations.json.schema2.bak")
        assert backup.read_bytes() == (FIXTURE / name).read_bytes()
    store.close()
    manifest = json.loads(path.read_bytes())
    assert manifest["_postil"]["1"]["schema"] == SCHEMA_VERSION == 3
    assert "annotations" not in manifest
    old_ids = dict(json.loads((FIXTURE / "annotations.json").read_text())["annotations"])
    docs = shard_docs(path)  # closed small: everything folded into the shard files
    assert {doc["id"]: doc for doc in docs.values()} == expected
    assert set(old_ids) <= set(docs) | {"5"}  # document ids kept (5 was deleted)
    again = AnnotationStore(path)
    assert {a.id: a.to_dict() for a in again.all()} == expected
    assert not list(tmp_path.glob("*.schema3.bak*"))  # migrated once


def test_tinydb_reads_the_migrated_database(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    AnnotationStore(path).close()
    with TinyDB(path, storage=PostilStorage) as db:
        rows = db.table("annotations").search(Query().tags.any(["us"]))
    assert sorted(row["id"] for row in rows) == sorted(
        doc["id"] for doc in _replayed().values() if "us" in doc["tags"]
    )


def test_read_only_it_is_read_in_memory_and_nothing_is_written(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    store = AnnotationStore(path, read_only=True)
    assert {a.id: a.to_dict() for a in store.all()} == _replayed()
    assert store.tags()["china"] == 2
    store.close()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.suffix != ".lock"} == before


def test_a_migration_stopped_midway_is_done_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _copy(tmp_path)
    written: list[Path] = []
    real = migration.compact_shard

    def dies_on_second_shard(target: Path, docs: Any) -> Any:
        written.append(target)
        if len(written) == 2:
            raise OSError(5, "Input/output error")
        return real(target, docs)

    monkeypatch.setattr(migration, "compact_shard", dies_on_second_shard)
    with pytest.raises(StoreError, match="Input/output"):
        AnnotationStore(path)
    assert path.read_bytes() == (FIXTURE / "annotations.json").read_bytes()  # still schema 2
    monkeypatch.undo()
    store = AnnotationStore(path)
    assert {a.id: a.to_dict() for a in store.all()} == _replayed()
    backups = sorted(p.name for p in tmp_path.glob("annotations.json.schema2.bak*"))
    assert len(backups) == 4  # each attempt kept its own pair; none overwritten
