"""Snapshot tests (pytest-textual-snapshot) of what a reader sees, screen by screen.

Every screen and dialog is taken at 80x24 and at 120x40, each on textual-dark and on
textual-light, so a layout or colour regression shows on the size and theme where it happens.
The dialogs are the highlight dialog, the add prompt and the quit confirmation; the article
screen is also taken when its article is gone (what it says, and the highlights kept for it).

Update after an intended change of the look with ``pytest tests/ui --snapshot-update`` and
review the SVGs in ``__snapshots__`` before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from annotations.model import Annotation, Selector
from reader.settings import Settings
from reader.ui.app import create_app
from tests.ui.pilot import ARTICLE, annotated_workspace, settle, type_text, wait_until

SMALL_DARK = pytest.param((80, 24), "textual-dark", id="80x24-dark")
LARGE_LIGHT = pytest.param((120, 40), "textual-light", id="120x40-light")
SMALL_LIGHT = pytest.param((80, 24), "textual-light", id="80x24-light")
LARGE_DARK = pytest.param((120, 40), "textual-dark", id="120x40-dark")
#: Every size and theme, each snapshot test runs at.
EVERY = [SMALL_DARK, SMALL_LIGHT, LARGE_DARK, LARGE_LIGHT]


def _steps(*keys: str) -> Callable[[Pilot], Awaitable[None]]:
    """Wait for the app, press ``keys`` (each followed by the work it starts)."""

    async def run(pilot: Pilot) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        for box in pilot.app.screen.query(Input):
            box.cursor_blink = False  # a blinking cursor makes the snapshot a coin toss
        await pilot.pause()  # and the layout after the last breakpoint class

    return run


def _check(snap_compare, tmp_path: Path, size, theme, *keys: str, article: bool) -> bool:  # type: ignore[no-untyped-def]
    # The theme as config.toml gives it: switching after the start restyled every widget.
    app = create_app(
        annotated_workspace(tmp_path),
        open_article=ARTICLE if article else None,
        settings=Settings(theme=theme),
    )
    return snap_compare(app, terminal_size=size, run_before=_steps(*keys))


@pytest.mark.parametrize(("size", "theme"), EVERY)
def test_library(snap_compare, tmp_path: Path, size, theme) -> None:  # type: ignore[no-untyped-def]
    assert _check(snap_compare, tmp_path, size, theme, article=False)


@pytest.mark.parametrize(("size", "theme"), EVERY)
def test_article(snap_compare, tmp_path: Path, size, theme) -> None:  # type: ignore[no-untyped-def]
    assert _check(snap_compare, tmp_path, size, theme, article=True)


@pytest.mark.parametrize(("size", "theme"), EVERY)
def test_highlights_panel(snap_compare, tmp_path: Path, size, theme) -> None:  # type: ignore[no-untyped-def]
    assert _check(snap_compare, tmp_path, size, theme, "p", article=True)


@pytest.mark.parametrize(("size", "theme"), EVERY)
def test_highlight_dialog(snap_compare, tmp_path: Path, size, theme) -> None:  # type: ignore[no-untyped-def]
    assert _check(snap_compare, tmp_path, size, theme, "V", "a", article=True)


@pytest.mark.parametrize(("size", "theme"), EVERY)
def test_help(snap_compare, tmp_path: Path, size, theme) -> None:  # type: ignore[no-untyped-def]
    assert _check(snap_compare, tmp_path, size, theme, "question_mark", article=True)


@pytest.mark.parametrize(("size", "theme"), EVERY)
def test_tags(snap_compare, tmp_path: Path, size, theme) -> None:  # type: ignore[no-untyped-def]
    assert _check(snap_compare, tmp_path, size, theme, "t", article=False)


@pytest.mark.parametrize(("size", "theme"), EVERY)
def test_find(snap_compare, tmp_path: Path, size, theme) -> None:  # type: ignore[no-untyped-def]
    assert _check(snap_compare, tmp_path, size, theme, "f", article=False)


@pytest.mark.parametrize(("size", "theme"), EVERY)
def test_entities_across_the_library(snap_compare, tmp_path: Path, size, theme) -> None:  # type: ignore[no-untyped-def]
    assert _check(snap_compare, tmp_path, size, theme, "E", article=False)


def _search(query: str) -> Callable[[Pilot], Awaitable[None]]:
    """Open the search screen, type ``query`` and wait for its results (the index of the
    seeds is built on first use)."""

    async def run(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("s")
        await type_text(pilot, query)
        await wait_until(pilot, lambda: pilot.app.screen.query_one("#results").option_count, 90)
        await settle(pilot)
        for box in pilot.app.screen.query(Input):
            box.cursor_blink = False
        await pilot.pause()

    return run


@pytest.mark.parametrize(("size", "theme"), EVERY)
def test_search(snap_compare, tmp_path: Path, size, theme) -> None:  # type: ignore[no-untyped-def]
    app = create_app(annotated_workspace(tmp_path), settings=Settings(theme=theme))
    assert snap_compare(app, terminal_size=size, run_before=_search("person:musk"))


@pytest.mark.parametrize(("size", "theme"), EVERY)
def test_add_prompt(snap_compare, tmp_path: Path, size, theme) -> None:  # type: ignore[no-untyped-def]
    assert _check(snap_compare, tmp_path, size, theme, "A", article=False)


@pytest.mark.parametrize(("size", "theme"), EVERY)
def test_quit_with_a_draft_asks(snap_compare, tmp_path: Path, size, theme) -> None:  # type: ignore[no-untyped-def]
    keys = ("v", "w", "a", "k", "e", "p", "t", "escape", "q")  # a draft kept, then quitting
    assert _check(snap_compare, tmp_path, size, theme, *keys, article=True)


#: An article that is no longer in the library, and the highlight kept for it.
GONE = "library/gone-1a2b3c"
GONE_TEXT = "The council will publish every contract worth more than £500 from May."


@pytest.mark.parametrize(("size", "theme"), EVERY)
def test_article_no_longer_in_the_library(snap_compare, tmp_path: Path, size, theme) -> None:  # type: ignore[no-untyped-def]
    workspace = annotated_workspace(tmp_path)
    quote = "every contract worth more than £500"
    start = GONE_TEXT.index(quote)
    workspace.store.add(
        Annotation.create(
            article=GONE,
            article_title="Council contracts",
            selector=Selector.from_text(GONE_TEXT, start, start + len(quote)),
            tags=("council",),
            note="Ask for the list in May.",
        )
    )
    app = create_app(workspace, open_article=GONE, settings=Settings(theme=theme))
    assert snap_compare(app, terminal_size=size, run_before=_steps())
