"""The session's background update waits for a busy index instead of leaving it empty.

A highlight sync (another thread) or another postil's small update holds the index's lock for
a moment; the update used to give up at once, and the session searched an empty index.
"""

from __future__ import annotations

import threading

import pytest

from reader.search.index import IndexBusy, SearchIndex
from reader.ui import indexing
from reader.ui.indexing import BackgroundIndex
from reader.workspace import Workspace


def _busy_then_free(monkeypatch: pytest.MonkeyPatch, busy_calls: int) -> list[str]:
    calls: list[str] = []
    real = SearchIndex.update

    def update(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(kwargs.get("check", "quick"))
        if len(calls) <= busy_calls:
            raise IndexBusy("another postil is updating the search index")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(SearchIndex, "update", update)
    return calls


def test_a_briefly_busy_index_is_waited_for(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _busy_then_free(monkeypatch, busy_calls=3)
    state = BackgroundIndex()
    assert state.claim()
    state.run(workspace)
    assert state.error is None and state.finished and not state.running
    assert calls == ["quick"] * 4 + ["full"]
    results = workspace.entities.search_index().search("person:musk", 10, None)
    assert results, "the index was built once the lock was free"


def test_an_index_busy_for_long_is_searched_as_it_is(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indexing, "BUSY_WAIT", 0.3)
    _busy_then_free(monkeypatch, busy_calls=10_000)
    state = BackgroundIndex()
    assert state.claim()
    state.run(workspace)
    assert state.error is not None and "searching the index as it is" in state.error
    assert state.finished and not state.running


def test_quitting_ends_the_wait(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    _busy_then_free(monkeypatch, busy_calls=10_000)
    state = BackgroundIndex()
    assert state.claim()
    threading.Timer(0.2, state.cancel).start()
    state.run(workspace)  # returns soon after cancel, not after BUSY_WAIT
    assert state.finished
