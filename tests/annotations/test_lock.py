"""The flock-based inter-process lock: exclusive across processes, re-entrant within one,
released when its holder dies, and a timeout is a one-line StoreError."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotations.lock import FlockLock, LockTimeout
from annotations.storage import locked
from annotations.store import StoreError

HOLDER = """
import sys, time
from pathlib import Path
from annotations.lock import FlockLock
lock = FlockLock(Path(sys.argv[1]), timeout=5)
lock.acquire()
print("held", flush=True)
time.sleep(60)
"""


def _holder(path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline() == "held\n"
    return child


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_another_process_holding_it_times_out_then_its_death_frees_it(tmp_path: Path) -> None:
    path = tmp_path / "a.json.lock"
    child = _holder(path)
    try:
        lock = FlockLock(path, timeout=0.2)
        started = time.monotonic()
        with pytest.raises(LockTimeout):
            lock.acquire()
        assert time.monotonic() - started >= 0.2
        with (
            pytest.raises(StoreError, match="locked by another postil") as info,
            locked(FlockLock(path, timeout=0.1), tmp_path / "a.json"),
        ):
            pass
        assert "\n" not in str(info.value)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    lock = FlockLock(path, timeout=0.5)  # kill -9 released it: no stale lock
    lock.acquire()
    lock.release()


def test_reentrant_and_private(tmp_path: Path) -> None:
    path = tmp_path / "a.lock"
    lock = FlockLock(path, timeout=1)
    lock.acquire()
    lock.acquire()
    lock.release()
    other = FlockLock(path, timeout=0.05)
    with pytest.raises(LockTimeout):  # still held once (flock is per open file description)
        other.acquire()
    lock.release()
    other.acquire()
    other.release()
    assert (path.stat().st_mode & 0o777) == 0o600


def test_a_symlink_planted_at_the_lock_path_is_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    (tmp_path / "a.lock").symlink_to(target)
    with (
        pytest.raises(StoreError, match="cannot lock"),
        locked(FlockLock(tmp_path / "a.lock", timeout=1), tmp_path / "a.json"),
    ):
        pass
    assert not target.exists()


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_a_timeout_of_zero_tries_once_whatever_the_locks_own(tmp_path: Path) -> None:
    """The library's archived list is rebuilt only if its lock is free now: never waited for."""
    path = tmp_path / "library.lock"
    child = _holder(path)
    try:
        lock = FlockLock(path, timeout=30)
        started = time.monotonic()
        with pytest.raises(LockTimeout):
            lock.acquire(timeout=0)
        assert time.monotonic() - started < 5
    finally:
        child.kill()
        child.wait()
    lock.acquire(timeout=0)
    lock.release()
