"""The session's background update waits for a busy index instead of leaving it empty.

A highlight sync (another thread) or another postil's small update holds the index's lock for
a moment; the update used to give up at once, and the session searched an empty index.
"""

from __future__ import annotations

import threading
import time

import pytest

from annotations.lock import make_lock
from reader.ui import indexing
from reader.ui.indexing import BackgroundIndex
from reader.workspace import Workspace


def _hold_lock(workspace: Workspace, seconds: float) -> None:
    """Hold the index's update lock, as another writer would, for ``seconds``."""
    lock = make_lock(workspace.entities.search_index().folder / "update.lock", 0)
    lock.acquire()
    threading.Timer(seconds, lock.release).start()


def test_a_briefly_busy_index_is_waited_for(workspace: Workspace) -> None:
    _hold_lock(workspace, 0.5)
    state = BackgroundIndex()
    assert state.claim()
    started = time.monotonic()
    state.run(workspace)
    assert time.monotonic() - started >= 0.4, "it waited for the lock"
    assert state.error is None and state.finished and not state.running
    results = workspace.entities.search_index().search("person:musk", 10, None)
    assert results, "the index was built once the lock was free"


def test_an_index_busy_for_long_is_searched_as_it_is(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indexing, "BUSY_WAIT", 0.3)
    _hold_lock(workspace, 3.0)
    state = BackgroundIndex()
    assert state.claim()
    state.run(workspace)
    assert state.error is not None and "searching the index as it is" in state.error
    assert state.finished and not state.running


def test_quitting_ends_the_wait(workspace: Workspace) -> None:
    _hold_lock(workspace, 4.0)
    state = BackgroundIndex()
    assert state.claim()
    threading.Timer(0.2, state.cancel).start()
    state.run(workspace)
    # Gave up when cancelled: waiting on, it would have had the lock at 4 s (BUSY_WAIT is 5).
    assert state.finished and state.error is not None
    assert "searching the index as it is" in state.error
