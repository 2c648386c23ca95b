"""The garbage collector paused for the TUI's start-up always comes back on, with what
start-up made collected once and frozen out of later collections."""

from __future__ import annotations

import gc

import pytest

from reader import collector
from reader.cli import main


@pytest.fixture
def gc_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """``gc.collect`` and ``gc.freeze`` recorded, not done: freezing the test worker's heap
    would keep every later test's garbage (the suite freezes its own, tests/conftest.py)."""
    calls: list[str] = []
    monkeypatch.setattr(gc, "collect", lambda *_: calls.append("collect") or 0)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    return calls


def test_resume_undoes_pause_and_only_pause(gc_calls: list[str]) -> None:
    collector.pause()
    assert not gc.isenabled()
    collector.resume()
    assert gc.isenabled()
    assert gc_calls == ["collect", "freeze"]  # collected first: no garbage is frozen
    gc.disable()  # someone else's choice: resume without a pause leaves it alone
    try:
        collector.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert gc_calls == ["collect", "freeze"]


def test_a_reader_that_never_starts_leaves_the_collector_on(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--no-such-option"]) == 2
    assert "no-such-option" in capsys.readouterr().err
    assert gc.isenabled()


async def test_the_first_frame_resumes_it_once_the_store_is_open(  # type: ignore[no-untyped-def]
    workspace, gc_calls: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui.app import create_app

    store_open_at_freeze: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: store_open_at_freeze.append(workspace.store_is_open))
    collector.pause()
    app = create_app(workspace)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert gc.isenabled()
        assert store_open_at_freeze == [True]  # the highlights are frozen with the rest


def test_an_app_that_was_never_paused_freezes_nothing(gc_calls: list[str]) -> None:
    """A test's or a script's app: its objects die with it, so none may be frozen."""
    collector.resume()
    assert gc_calls == []
