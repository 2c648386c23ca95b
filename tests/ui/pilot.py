"""What every Pilot-driven test needs: let the app finish its background work, open an article."""

from __future__ import annotations

from textual.pilot import Pilot

from reader.screens.article import ArticleScreen

#: The terminal size of the UI tests (the size the README's screenshots have).
SIZE = (120, 40)


async def settle(pilot: Pilot) -> None:
    """Wait for workers (recognition, locating, summaries) and the refresh after them."""
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
