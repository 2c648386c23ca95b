"""The garbage collector paused for the TUI's start-up always comes back on."""

from __future__ import annotations

import gc

import pytest

from reader import collector
from reader.cli import main


def test_resume_undoes_pause_and_only_pause() -> None:
    collector.pause()
    assert not gc.isenabled()
    collector.resume()
    assert gc.isenabled()
    gc.disable()  # someone else's choice: resume without a pause leaves it alone
    try:
        collector.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_reader_that_never_starts_leaves_the_collector_on(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--no-such-option"]) == 2
    assert "no-such-option" in capsys.readouterr().err
    assert gc.isenabled()


async def test_the_first_frame_resumes_it(workspace) -> None:  # type: ignore[no-untyped-def]
    from reader.ui.app import create_app

    collector.pause()
    app = create_app(workspace)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert gc.isenabled()
