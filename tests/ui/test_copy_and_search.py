"""y and ctrl+c copy and say so; search says "no match", starts fresh, remembers, and its
status never goes stale."""

from __future__ import annotations

from pathlib import Path

from reader.ui.app import create_app
from reader.ui.screens.article import ArticleScreen
from reader.ui.widgets.search_box import SearchBox
from tests.ui.pilot import ARTICLE, annotated_workspace, settle, type_text


async def _article(pilot) -> ArticleScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ArticleScreen)
    return screen


def _messages(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.message for n in app._notifications]


async def test_y_and_ctrl_c_copy_the_selection_then_the_highlight(tmp_path: Path) -> None:
    app = create_app(annotated_workspace(tmp_path), open_article=ARTICLE)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _article(pilot)
        view = screen.view
        await pilot.press("v", "w", "w", "y")
        start, end = view.selection
        assert app.clipboard == view.text[start:end]
        assert any("Copied the selection" in m for m in _messages(app))
        await pilot.press("escape", "w", "v", "w", "ctrl+c")
        start, end = view.selection
        assert app.clipboard == view.text[start:end]
        assert not any("quit" in m.lower() for m in _messages(app))  # not "Do you want to quit?"
        await pilot.press("escape")
        annotation, anchor = screen.located.anchored[0]
        view.move_caret(anchor.start + 2)
        await pilot.press("y")
        assert app.clipboard == annotation.quote
        await pilot.press("Y")
        assert app.clipboard.startswith("# TikTok quits Hong Kong")
        assert annotation.quote in app.clipboard and "#hong-kong" in app.clipboard
        assert "---" not in app.clipboard  # no export front matter


async def test_ctrl_c_with_nothing_to_copy_says_so_and_how_to_quit(tmp_path: Path) -> None:
    app = create_app(annotated_workspace(tmp_path), open_article=ARTICLE)
    async with app.run_test(size=(120, 40)) as pilot:
        await _article(pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.is_running and app.clipboard == ""
        assert any("Nothing to copy" in m and "q quits" in m for m in _messages(app))


async def test_search_says_no_match_starts_fresh_and_remembers(tmp_path: Path) -> None:
    app = create_app(annotated_workspace(tmp_path), open_article=ARTICLE)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _article(pilot)
        box = screen.query_one(SearchBox)
        await pilot.press("slash")
        await type_text(pilot, "zebra")
        await pilot.press("enter")
        await pilot.pause()
        assert "no match for “zebra”" in screen.status.text
        await pilot.press("slash")
        await pilot.pause()
        assert box.value == ""  # a fresh query, not appended to the old one
        await pilot.press("up")
        assert box.value == "zebra"
        await pilot.press("down")
        assert box.value == ""
        await type_text(pilot, "twitter")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.status.matches.startswith("“twitter” 1/")
        assert "no match" not in screen.status.text  # the caret moved: the note went
        await pilot.press("j")
        await pilot.pause()
        count = len(screen._cursor.spans)
        assert screen.status.matches == f"“twitter” {count} matches · n N"  # not a stale 1/N
        await pilot.press("n")
        assert screen.status.matches.startswith("“twitter” 2/")


async def test_match_count_stays_visible_beside_a_long_highlight_note(tmp_path: Path) -> None:
    app = create_app(annotated_workspace(tmp_path), open_article=ARTICLE)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _article(pilot)
        await pilot.press("slash")
        await type_text(pilot, "Major US internet")
        await pilot.press("enter")
        await pilot.pause()
        matches = screen.query_one("#status-matches")
        assert matches.region.x < 40 and matches.region.width >= len(screen.status.matches)
        assert "highlight" in screen.status.context  # the caret is on a highlight too
