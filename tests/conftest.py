"""Shared fixtures: a workspace over the seeds with a private annotation file per test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from annotations.store import AnnotationStore
from reader.library import Library
from reader.workspace import Workspace
from tests.scale import examples

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Randomized tests without their own count draw the quick or the thorough number (tests/scale.py),
# and no deadline: a loaded CI machine makes a 200 ms deadline fail code that is not slow.
settings.register_profile(
    "postil",
    max_examples=examples(100),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("postil")

# The suite starts Python many times (xdist workers, CLI and crash tests in subprocesses, process
# pools). With PYTHONDONTWRITEBYTECODE set, every one of them compiled the project from source
# and pytest re-rewrote every test module, in every process and every run.
# Compiled files go to the git-ignored __pycache__ folders (written atomically).
sys.dont_write_bytecode = False


@pytest.fixture(autouse=True)
def _private_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user data, cache, export folder or settings."""
    monkeypatch.setenv("POSTIL_DB", str(tmp_path / "env-db" / "annotations.json"))
    monkeypatch.setenv("POSTIL_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("POSTIL_EXPORT_DIR", str(tmp_path / "exports"))
    monkeypatch.setenv("POSTIL_CONFIG", str(tmp_path / "config" / "config.toml"))
    # The search index is built when a test opens search, not on a timer mid-test.
    monkeypatch.setenv("POSTIL_BACKGROUND_INDEX", "0")
    # Subprocesses (CLI, crash and process-pool tests) reuse compiled bytecode (see above).
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)


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
