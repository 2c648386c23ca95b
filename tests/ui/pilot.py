"""What every Pilot-driven test needs: let the app finish its background work, open an article."""

from __future__ import annotations

from contextlib import suppress

from textual.pilot import Pilot
from textual.worker import WorkerFailed

from reader.screens.article import ArticleScreen

#: The terminal size of the UI tests (the size the README's screenshots have).
SIZE = (120, 40)


async def settle(pilot: Pilot) -> None:
    """Wait for workers (recognition, locating, summaries) and the refresh after them.

    A worker that failed is the app's to report (tests check its notification).
    """
    with suppress(WorkerFailed):
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_highlighted_article(pilot: Pilot) -> ArticleScreen:
    """From the library, open the highlighted article and wait until it is ready."""
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ArticleScreen)
    return screen
