"""What every Pilot-driven test needs: let the app finish its background work, open an article."""

from __future__ import annotations

from contextlib import suppress

from textual.pilot import Pilot
from textual.worker import WorkerFailed

from reader.ui.screens.article import ArticleScreen
from reader.ui.widgets.article_view import ArticleView

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


async def drag_in_text(
    pilot: Pilot, view: ArticleView, start: tuple[int, int], end: tuple[int, int]
) -> None:
    """Drag the mouse over the article text from cell ``start`` to cell ``end`` (column, row),
    columns counted from the text's left edge (the centring margin is added here)."""
    pad = view._left_pad() + view.gutter.left
    await pilot.mouse_down(view, offset=(pad + start[0], start[1]))
    await pilot.hover(view, offset=(pad + end[0], end[1]))
    await pilot.mouse_up(view, offset=(pad + end[0], end[1]))
    await pilot.pause()
