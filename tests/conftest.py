"""Shared fixtures: a workspace over the seeds with a private annotation file per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.store import AnnotationStore
from reader.library import Library
from reader.workspace import Workspace

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(autouse=True)
def _private_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user data, cache, export folder or settings."""
    monkeypatch.setenv("POSTIL_DB", str(tmp_path / "env-db" / "annotations.json"))
    monkeypatch.setenv("POSTIL_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("POSTIL_EXPORT_DIR", str(tmp_path / "exports"))
    monkeypatch.setenv("POSTIL_CONFIG", str(tmp_path / "config" / "config.toml"))
    # The search index is built when a test opens search, not on a timer mid-test.
    monkeypatch.setenv("POSTIL_BACKGROUND_INDEX", "0")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "annotations.json"


@pytest.fixture
def workspace(db_path: Path, tmp_path: Path) -> Workspace:
    return Workspace(
        library=Library.default(),
        store=AnnotationStore(db_path),
        export_dir=tmp_path / "exports",
    )
