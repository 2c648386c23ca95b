"""Every list answers the same keys; Esc peels one layer; the palette offers each screen's keys."""

from __future__ import annotations

from textual.command import CommandPalette

from annotations.model import Annotation, Selector
from reader.ui.app import create_app
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.tags import TagsScreen
from reader.ui.widgets.lists import PostilList
from reader.workspace import Workspace
from tests.ui.pilot import settle, type_text


def _tag_everything(workspace: Workspace) -> None:
    """Six tags on one highlight, so the tags list is long enough to move in."""
    article = workspace.library.load("seeds/004_d4847e1b1b2a2bef.txt")
    start = article.text.index("great firewall")
    workspace.store.add(
        Annotation.create(
            article=article.id,
            article_title=article.title,
            selector=Selector.from_text(article.text, start, start + 14),
            tags=("alpha", "bravo", "charlie", "delta", "echo", "foxtrot"),
        )
    )


async def test_vim_keys_move_in_the_library_and_the_tags_list(workspace: Workspace) -> None:
    _tag_everything(workspace)
    app = create_app(workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        articles = app.screen.query_one("#list", PostilList)
        last = articles.option_count - 1  # rows are separated by rules (None), not options
        await pilot.press("j")
        assert articles.highlighted == 1
        await pilot.press("k")
        assert articles.highlighted == 0
        await pilot.press("G")
        assert articles.highlighted == last
        await pilot.press("g")
        assert articles.highlighted == 0
        await pilot.press("ctrl+d")
        assert 0 < articles.highlighted <= last
        await pilot.press("ctrl+u")
        assert articles.highlighted == 0
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TagsScreen)
        tags = app.screen.main_list
        await pilot.press("G")
        assert tags.highlighted_option.id == "foxtrot"
        await pilot.press("k", "k")
        assert tags.highlighted_option.id == "delta"


async def test_escape_clears_the_filter_then_leaves_the_list(workspace: Workspace) -> None:
    _tag_everything(workspace)
    app = create_app(workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TagsScreen)
        await pilot.press("slash")
        await type_text(pilot, "ch")
        await pilot.pause()
        assert [screen.main_list.get_option_at_index(0).id] == ["charlie"]
        await pilot.press("enter")  # Enter in the box chooses the row: its highlights
        assert app.focused is screen.query_one("#tag-highlights")
        await pilot.press("escape")  # the filter's text first
        assert screen.filter_box.value == "" and screen.main_list.option_count == 6
        assert app.focused is screen.main_list
        await pilot.press("escape")  # then the screen
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("escape")  # the library is the bottom: it says so and stays
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert any("q quits" in n.message for n in app._notifications)


async def test_the_palette_finds_export_in_the_library(workspace: Workspace) -> None:
    app = create_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        commands = list(app.get_system_commands(app.screen))
        titles = [c.title for c in commands]
        assert "Export all" in titles and "Tags" in titles and "Entities" in titles
        assert titles.count("Tags") == 1  # t and ctrl+t run one action: offered once
        assert "Down" not in titles  # motions are keys, not commands
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await type_text(pilot, "export")
        await settle(pilot)  # the palette's search is a worker: wait for it, not a fixed time
        await pilot.press("enter")
        await settle(pilot)
        assert any("No highlights to export" in n.message for n in app._notifications)


async def test_help_groups_are_named_for_people(workspace: Workspace) -> None:
    app = create_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-keys").render())
        assert "OptionList" not in text and "Lists" in text and "Library" in text
        assert "↓, j" in text and "^d" in text  # ctrl+d: half a page
        assert "[library.export]" in text  # the id [keys] in config.toml remaps it by
