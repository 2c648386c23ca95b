"""The library's first frame holds the articles; the filter box and key footer follow it.

Making the filter box and the footer was about a sixth of the work of the app's first frame
(issue 14, start-up), and neither says anything on it: the box is empty and the footer shows
no keys until Textual has learnt them. They are mounted right after that frame, in place (a
blank of the box's size holds its row, so nothing moves), and "/" typed before then still
filters.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from textual.widgets import Input

from annotations.store import AnnotationStore
from reader.library import Library, SummaryCache
from reader.ui.app import create_app
from reader.ui.screens.filtered_list import FilteredListScreen
from reader.ui.screens.library import LibraryScreen
from reader.ui.widgets.key_footer import KeyFooter
from reader.workspace import Workspace
from tests.ui.pilot import settle, type_text, wait_until


async def test_the_box_and_footer_come_right_after_the_first_frame(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    at_first_frame: list[tuple[int, int, int]] = []
    mount_chrome = FilteredListScreen._mount_chrome

    async def recording(screen: FilteredListScreen) -> None:
        """Runs after the screen's first refresh: what that frame held."""
        at_first_frame.append(
            (
                len(screen.query(Input)),
                len(screen.query(KeyFooter)),
                screen.main_list.option_count,
            )
        )
        await mount_chrome(screen)

    monkeypatch.setattr(FilteredListScreen, "_mount_chrome", recording)
    app = create_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert at_first_frame == [(0, 0, 5)]  # the five seeds
        footer = screen.query_one(KeyFooter)
        await wait_until(pilot, lambda: footer.children)
        box = screen.query_one("#filter", Input)
        assert box.region.y == 1 and box.region.height == 3  # the row its blank held
        assert not screen.query("#filter-slot")


async def test_slash_before_the_box_is_mounted_still_filters(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def not_yet(screen: FilteredListScreen) -> None:
        return None

    monkeypatch.setattr(FilteredListScreen, "_mount_chrome", not_yet)
    app = create_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen) and not screen.query(Input)
        await pilot.press("slash")
        await type_text(pilot, "hong")
        await settle(pilot)
        assert screen.filter_box.value == "hong"
        assert screen.main_list.option_count < 5  # narrowed, the best match first
        assert "Hong Kong" in str(screen.main_list.get_option_at_index(0).prompt)


async def test_a_fresh_kept_listing_is_remembered_after_the_first_frame(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hashing and writing a fresh listing of a big kept folder is no part of the first frame
    (34 ms of it at 50,000 articles): the app remembers it once that frame is out."""
    articles = tmp_path / "kept" / "articles"
    articles.mkdir(parents=True)
    for name in ("2026-b.md", "2026-a.md"):
        (articles / name).write_text("# A kept article\n\nIts only paragraph.\n")
    when = time.time_ns() - 60 * 10**9  # a folder time old enough to be trusted
    os.utime(articles, ns=(when, when))
    summaries = SummaryCache(tmp_path / "cache" / "library.json")
    listing = tmp_path / "cache" / "kept-listing"
    library = Library.default(summaries, kept=articles.parent, remember_later=True)
    assert len(library.entries) == 7 and not listing.exists()
    workspace = Workspace(library=library, store=AnnotationStore(tmp_path / "notes.json"))
    async with create_app(workspace).run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await wait_until(pilot, listing.is_file)
    again = Library.default(summaries, kept=articles.parent)
    assert [e.id for e in again.entries][-2:] == ["library/2026-a", "library/2026-b"]
