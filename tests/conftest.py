"""Shared fixtures: a workspace over the seeds with a private annotation file per test."""

from __future__ import annotations

import gc
import os
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


def pytest_configure(config: pytest.Config) -> None:
    """One full garbage collection when a process ends its session, not five.

    Before it looks for exceptions raised in ``__del__`` at the end, pytest collects five times
    in a row (a number Trio found for PyPy); with a UI worker's heap that took 1.1 of its CPU-s at
    exit against 0.4 for one collection, in each of the five processes of a run. One collection
    frees the cycles the session left (a second finds only what a finalizer of the first made),
    and the exceptions of every ``__del__`` it runs are still reported. The key is pytest's own
    (private); without it pytest keeps its default.
    """
    try:
        from _pytest.unraisableexception import gc_collect_iterations_key
    except ImportError:  # a pytest without it
        return
    config.stash[gc_collect_iterations_key] = 1
