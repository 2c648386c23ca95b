"""What every Pilot-driven test needs: let the app finish its background work, open an article."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TypeVar

from textual import events
from textual.keys import _character_to_key
from textual.pilot import Pilot
from textual.screen import Screen
from textual.worker import WorkerFailed

from annotations.model import Annotation, Selector
from annotations.store import AnnotationStore
from reader.library import Library
from reader.ui.screens.article import ArticleScreen
from reader.ui.widgets.article_view import ArticleView
from reader.workspace import Workspace

#: The terminal size of the UI tests (the size the README's screenshots have).
SIZE = (120, 40)

#: A screen type a step of a test waits for.
S = TypeVar("S", bound=Screen)


async def settle(pilot: Pilot) -> None:
    """Wait for workers (recognition, locating, summaries) and the refresh after them.

    A worker that failed is the app's to report (tests check its notification).
    """
    with suppress(WorkerFailed):
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def wait_until(pilot: Pilot, condition: Callable[[], object], timeout: float = 30) -> None:
    """Pause until ``condition()`` is true: for what Textual does after a refresh (a footer
    recomposed, a list rebuilt), which an idle check can miss on a loaded machine."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {condition}")
        await pilot.pause(0.02)


async def type_text(pilot: Pilot, text: str) -> None:
    """Type ``text`` into whatever has focus as one quick burst, as a fast typist or a paste would.

    ``Pilot.press`` waits for the app to go idle twice after every key (two 20 ms windows at
    least, often four), which made typing a path or a note most of some tests' time. Here the
    same key events go through the same queue in the same order, and one wait follows the
    burst. Keys that act (Enter, Escape, shortcuts) still go through ``press``.
    """
    for char in text:
        key = char if char.isalnum() else _character_to_key(char)
        pilot.app.post_message(events.Key(key, char))
    await pilot.pause()


async def screen_after(pilot: Pilot, key: str, kind: type[S]) -> S:
    """Wait for the app, press ``key``, and return the screen it opens once ready."""
    await settle(pilot)
    await pilot.press(key)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, kind)
    return screen


async def open_highlighted_article(pilot: Pilot) -> ArticleScreen:
    """From the library, open the highlighted article and wait until it is ready."""
    return await screen_after(pilot, "enter", ArticleScreen)


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


#: The Hong Kong seed, and the two highlights :func:`annotated_workspace` puts on it.
ARTICLE = "seeds/004_d4847e1b1b2a2bef.txt"
HIGHLIGHTS = (
    (
        "Major US internet companies including Facebook, Microsoft, Google, Twitter "
        "and Zoom have all announced",
        "yellow",
        ("platforms",),
        "All four at once.",
    ),
    ("sweeping new security rules imposed by Beijing", "green", ("hong-kong",), ""),
)


def annotated_workspace(tmp_path: Path) -> Workspace:
    """The seeds, with two highlights on the Hong Kong article (in a private store)."""
    library = Library.default()
    store = AnnotationStore(tmp_path / "annotations.json")
    article = library.load(ARTICLE)
    for quote, color, tags, note in HIGHLIGHTS:
        start = article.text.index(quote)
        store.add(
            Annotation.create(
                article=article.id,
                article_title=article.title,
                selector=Selector.from_text(article.text, start, start + len(quote)),
                color=color,
                tags=tags,
                note=note,
            )
        )
    return Workspace(library=library, store=store, export_dir=tmp_path / "exports")
