"""Shared fixtures: a workspace over the seeds with a private annotation file per test."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
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

# Scratch files live in memory when the machine has a RAM file system and no TMPDIR was chosen.
# The suite writes, syncs and deletes tens of thousands of small files; on a disk mounted with
# `discard` every delete waits for the device (removing one earlier run's 11,000 files took 7 s at
# pytest's exit, and the store's property tests delete a folder per example). The stores still
# call fsync and rename as they would on disk; only the device behind them is faster.
_SHM = "/dev/shm"
if "TMPDIR" not in os.environ and os.path.isdir(_SHM) and os.access(_SHM, os.W_OK | os.X_OK):
    os.environ["TMPDIR"] = _SHM  # subprocesses too
    tempfile.tempdir = None  # forget a temporary folder chosen before


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """Two xdist workers per core for ``-n auto`` (``PYTEST_XDIST_AUTO_NUM_WORKERS`` still wins).

    A Pilot-driven test spends about half its time idle: after every key Textual's Pilot sleeps
    until the app has been idle for a moment. With one worker per core those waits leave the
    core idle; with two, one worker's wait is the other's turn (on 2 cores: 104 s instead of
    119 s for the whole suite).
    """
    forced = os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS")
    if forced:
        return int(forced)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return 2 * (cores or 1)


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


def pytest_collection_finish(session: pytest.Session) -> None:
    """Keep the cyclic garbage collector from taking a tenth of the suite's CPU.

    Textual apps allocate heavily, and with the default thresholds a UI test worker ran about
    thirty full collections, each walking every module, class and collected test again (3 of
    15 CPU-s in a sample of UI and store tests). What collection created is frozen out of the
    collector's way, and young objects are collected in larger batches (1.6 CPU-s in the same
    sample; a worker peaks at about 130 MB instead of 115).
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)
