"""Esc peels one layer at a time; panels sit beside the text or replace it; focus is predictable.

The focus rules tested here are the ones the README's "Focus" section states.
"""

from __future__ import annotations

from pathlib import Path

from textual import events

from reader.ui.app import create_app
from reader.ui.dialogs.annotate import AnnotateDialog
from reader.ui.screens.article import ArticleScreen
from reader.ui.screens.library import LibraryScreen
from reader.ui.widgets.annotations_panel import AnnotationsPanel
from reader.ui.widgets.entities_panel import EntitiesPanel, option_id
from reader.ui.widgets.lists import PostilList
from reader.ui.widgets.status_bar import StatusBar
from tests.ui.pilot import ARTICLE, HIGHLIGHTS, annotated_workspace, settle


async def _open(pilot) -> ArticleScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ArticleScreen)
    return screen


async def test_escape_closes_the_panel_then_the_selection_then_the_article(
    tmp_path: Path,
) -> None:
    app = create_app(annotated_workspace(tmp_path), open_article=ARTICLE)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        view = screen.view
        await pilot.press("v", "w", "w", "p")
        await pilot.pause()
        panel = screen.query_one(AnnotationsPanel)
        assert panel.has_class("visible") and app.focused is panel.query_one(PostilList)
        await pilot.press("escape")
        await pilot.pause()
        assert not panel.has_class("visible") and app.focused is view
        assert view.selection is not None  # one layer only
        assert "closed the highlights panel" in screen.query_one(StatusBar).text
        await pilot.press("escape")
        await pilot.pause()
        assert view.selection is None and "selection cleared" in screen.status.text
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)


async def test_in_a_wide_terminal_a_jump_keeps_focus_in_the_panel_so_e_edits(
    tmp_path: Path,
) -> None:
    app = create_app(annotated_workspace(tmp_path), open_article=ARTICLE)
    async with app.run_test(size=(200, 50)) as pilot:
        screen = await _open(pilot)
        view = screen.view
        await pilot.press("p")
        await pilot.pause()
        assert view.text_layout.width == 88  # the full measure, with the panel beside it
        await pilot.press("j", "enter")
        await pilot.pause()
        second = screen.located.anchored[1][1]
        assert view.caret == second.start
        panel = screen.query_one(AnnotationsPanel)
        assert panel.has_class("visible") and app.focused is panel.query_one(PostilList)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, AnnotateDialog)
        quote = screen.located.anchored[1][0].quote
        assert quote in str(app.screen.query_one("#quote").render())
        await pilot.press("escape")  # unchanged: nothing kept, focus back in the panel
        await pilot.pause()
        assert app.drafts == {} and app.focused is panel.query_one(PostilList)
        await pilot.press("tab")
        assert app.focused is view


async def test_at_80x24_the_panel_replaces_the_text_and_a_jump_brings_it_back(
    tmp_path: Path,
) -> None:
    app = create_app(annotated_workspace(tmp_path), open_article=ARTICLE)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        view = screen.view
        legend = screen.query_one("Legend")
        assert legend.region.bottom <= 3  # title, source line and legend: three lines
        assert view.text_layout.width >= 60
        await pilot.press("p")
        await pilot.pause()
        assert not view.display  # replaced, not squeezed
        assert screen.query_one(AnnotationsPanel).size.width >= 60
        await pilot.press("j", "enter")
        await pilot.pause()
        assert view.display and app.focused is view and not screen.panel
        assert view.caret == screen.located.anchored[1][1].start
        assert view.text_layout.width >= 60


async def test_the_legend_fits_one_line_at_60_columns(tmp_path: Path) -> None:
    app = create_app(annotated_workspace(tmp_path), open_article=ARTICLE)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await _open(pilot)
        legend = screen.query_one("Legend")
        assert legend.size.height == 1
        assert str(legend.render()).split() == [str(i) for i in range(1, 9)]
        assert screen.view.region.y == 3


async def test_a_on_a_highlight_edits_it(tmp_path: Path) -> None:
    """a on a highlight edits it (the caret's highlight), from the text."""
    app = create_app(annotated_workspace(tmp_path), open_article=ARTICLE)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        annotation, anchor = screen.located.anchored[0]
        screen.view.move_caret(anchor.start + 3)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AnnotateDialog)
        assert annotation.quote in str(app.screen.query_one("#quote").render())
        assert annotation.quote in {quote for quote, *_ in HIGHLIGHTS}


async def test_panels_are_made_when_first_opened_and_keys_in_a_burst_end_as_the_last_asked(
    tmp_path: Path,
) -> None:
    """The panels are not mounted with the article (most readings open none), and keys
    arriving while one mounts leave the panel the last key asked for, with focus in it."""
    app = create_app(annotated_workspace(tmp_path), open_article=ARTICLE)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        assert not screen.query(AnnotationsPanel) and not screen.query(EntitiesPanel)
        for key in ("p", "E", "E", "p"):  # one burst: no wait for a mount between them
            app.post_message(events.Key(key, key))
        await settle(pilot)
        highlights, entities = screen.query_one(AnnotationsPanel), screen.query_one(EntitiesPanel)
        assert screen.panel == "highlights"
        assert highlights.has_class("visible") and not entities.has_class("visible")
        assert app.focused is highlights.query_one(PostilList)
        assert highlights.query_one(PostilList).option_count == len(HIGHLIGHTS)


async def test_the_entities_panel_opened_later_is_on_the_entity_n_steps_through(
    tmp_path: Path,
) -> None:
    app = create_app(annotated_workspace(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(ArticleScreen(ARTICLE, entity=("ORG", "tiktok")))
        screen = await _open(pilot)
        assert screen.stepped == ("ORG", "tiktok")
        await pilot.press("E")
        await settle(pilot)
        entities = screen.query_one(EntitiesPanel).query_one(PostilList)
        assert entities.highlighted_option is not None
        assert entities.highlighted_option.id == option_id("ORG", "tiktok")
