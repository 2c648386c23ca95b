"""An annotation file of the single-file layout (schema 2) is read whole and nothing in it is
lost (fixture: tests/data/store_v2, see its README)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from annotations.store import AnnotationStore

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
