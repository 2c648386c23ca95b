"""The whole user story, driven by keys and mouse through Textual's Pilot."""

from __future__ import annotations

from pathlib import Path

from textual import events

from annotations.model import Annotation, Selector
from annotations.store import AnnotationStore
from reader.library import Library
from reader.text.motions import snap_to_words
from reader.ui.app import create_app
from reader.ui.screens.article import ArticleScreen
from reader.ui.screens.library import SHOWN, LibraryScreen
from reader.ui.widgets.annotations_panel import AnnotationsPanel
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.legend import Legend
from reader.workspace import Workspace
from tests.ui.pilot import SIZE, drag_in_text, open_highlighted_article, settle, type_text


async def test_library_lists_the_seeds_and_filters(workspace: Workspace) -> None:
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        articles = screen.query_one("#list")
        assert articles.option_count == 5
        await pilot.press("slash")
        await type_text(pilot, "hong kong")
        await pilot.pause()
        assert articles.option_count >= 1
        assert "Hong Kong" in str(articles.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert "Hong Kong" in app.screen.article.title


async def test_select_by_keyboard_annotate_reopen_and_export(workspace: Workspace) -> None:
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # first article
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        view = screen.query_one(ArticleView)
        text = view.text
        # Caret to the second word, select three words by keyboard.
        await pilot.press("w", "v", "w", "w", "w", "left", "left")
        # the selection ends inside "has"; the highlight takes whole words
        expected = text[slice(*snap_to_words(text, *view.selection))]
        assert expected.split()[-1] == "“has" and len(expected.split()) == 3
        await pilot.press("a")
        await pilot.pause()
        await type_text(pilot, "GDPR, china")
        await pilot.press("enter")
        await type_text(pilot, "Watch this claim.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        stored = workspace.store.for_article(screen.article.id)
        assert [a.quote for a in stored] == [expected.strip()]
        assert stored[0].tags == ("gdpr", "china")
        assert stored[0].note == "Watch this claim."
        assert view.highlights and view.highlights[0].id == stored[0].id
        await pilot.press("p")
        await pilot.pause()
        panel = screen.query_one(AnnotationsPanel)
        assert panel.query_one("OptionList").option_count == 1
        article_id = screen.article.id
        await pilot.press("q")

    # A new app on the same file renders the highlight.
    again = Workspace(
        library=Library.default(),
        store=AnnotationStore(workspace.store.path),
        export_dir=workspace.export_dir,
    )
    app2 = create_app(again, open_article=article_id)
    async with app2.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app2.screen.query_one(ArticleView)
        assert [h.id for h in view.highlights] == [stored[0].id]
        await pilot.press("x")
        await settle(pilot)
    exported = list(workspace.export_dir.glob("*.md"))
    assert len(exported) == 1
    markdown = exported[0].read_text(encoding="utf-8")
    assert "Watch this claim." in markdown
    assert "#gdpr" in markdown and "#china" in markdown
    assert " ".join(expected.split()) in " ".join(markdown.split())


async def test_mouse_drag_selects_a_passage(workspace: Workspace) -> None:
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_highlighted_article(pilot)
        view = app.screen.query_one(ArticleView)
        await drag_in_text(pilot, view, (4, 0), (20, 1))
        layout = view.text_layout
        assert view.selection is not None
        start, end = view.selection
        assert start == layout.offset_at(0, 4)
        assert end == layout.offset_at(1, 20)  # up to the cell the pointer was let go on


async def test_escape_goes_back_and_help_lists_bindings(workspace: Workspace) -> None:
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_highlighted_article(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        help_text = str(app.screen.query_one("#help-keys").render())
        assert "Highlight" in help_text and "Next sentence" in help_text
        await pilot.press("escape")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_clicking_a_kind_in_the_legend_toggles_it(workspace: Workspace) -> None:
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_highlighted_article(pilot)
        legend = app.screen.query_one(Legend)
        view = app.screen.query_one(ArticleView)
        text = str(legend.render())
        column = text.index("places") + (legend.size.width - len(text)) // 2
        await pilot.click(Legend, offset=(column + 1, 0))
        await pilot.pause()
        assert app.screen.hidden_groups == {3} and "GPE" in view.decorations.hidden_labels
        assert "strike" in str(legend.render().spans)
        await pilot.press("4")
        assert "GPE" not in view.decorations.hidden_labels


async def test_keys_typed_in_one_burst_after_slash_land_in_the_box(workspace: Workspace) -> None:
    """As from a paste or tmux: "/" and the query arrive before focus moves."""

    def burst(app, text: str) -> None:
        app.post_message(events.Key("slash", "/"))
        for char in text:
            app.post_message(events.Key(char, char))

    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "hong")
        await pilot.pause()
        assert app.screen.query_one("#filter").value == "hong"
        await pilot.press("escape", "escape", "enter")
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        view.move_caret(40)
        burst(app, "hong")  # unguarded, "h" would move the caret and "n" jump to a match
        await pilot.pause()
        assert app.screen.query_one("#search").value == "hong"
        assert view.caret == 40


async def test_a_big_folder_lists_its_first_articles_and_filtering_finds_the_rest(
    tmp_path: Path, db_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    count = SHOWN + 100
    for n in range(count):
        (folder / f"{n:04}.txt").write_text(
            f"Council vote number {n} decided\n\nThe council met on Monday, item {n}.\n",
            encoding="utf-8",
        )
    workspace = Workspace(library=Library.from_paths([folder]), store=AnnotationStore(db_path))
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        articles = app.screen.query_one("#list")
        assert articles.option_count == SHOWN + 1  # and a "… and 100 more" line
        assert "100 more" in str(articles.get_option_at_index(SHOWN).prompt)
        await pilot.press("slash", *f"vote number {count - 1}")
        await pilot.pause()
        assert f"number {count - 1}" in str(articles.get_option_at_index(0).prompt)


async def test_search_with_straight_quotes_finds_curly_ones(workspace: Workspace) -> None:
    app = create_app(workspace, open_article="seeds/004_d4847e1b1b2a2bef.txt")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await type_text(pilot, "beijing's \"great")
        await pilot.press("enter")
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert view.text[view.caret :].startswith("Beijing’s “great firewall”")
        assert "1/1" in app.screen.status.text


async def test_the_command_palette_opens_an_article_by_title(workspace: Workspace) -> None:
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "open sovereignty")
        await settle(pilot)  # the palette's search is a worker: wait for it, not a fixed time
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.article.title == "TikTok Ban: A Battle for Digital Sovereignty?"


async def test_tags_typed_in_a_burst_before_ctrl_s_are_all_saved(workspace: Workspace) -> None:
    app = create_app(workspace, open_article="seeds/004_d4847e1b1b2a2bef.txt")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s", "a")
        await pilot.pause()
        for char in "musk":  # as from a paste: ctrl+s arrives before the box has read them
            app.post_message(events.Key(char, char))
        app.post_message(events.Key("ctrl+s", None))
        await settle(pilot)
        assert [a.tags for a in workspace.store.all()] == [("musk",)]


async def test_after_a_burst_keys_follow_focus_again(workspace: Workspace) -> None:
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key, char in (("slash", "/"), *((c, c) for c in "hong"), ("enter", None)):
            app.post_message(events.Key(key, char))
        await settle(pilot)
        screen = app.screen  # Enter in the filter opened the best match
        assert isinstance(screen, ArticleScreen) and "Hong Kong" in screen.article.title
        await pilot.press("j", "j")  # and keys move the caret, not type into a box
        assert screen.query_one(ArticleView).caret > 0
        assert screen.query_one("#search").value == ""


async def test_tags_and_find_open_the_article_at_the_highlight(workspace: Workspace) -> None:
    article = workspace.library.load("seeds/004_d4847e1b1b2a2bef.txt")
    start = article.text.index("great firewall")
    annotation = workspace.store.add(
        Annotation.create(
            article=article.id,
            article_title=article.title,
            selector=Selector.from_text(article.text, start, start + len("great firewall")),
            tags="censorship",
        )
    )
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        for keys in (("t", "enter", "enter"), ("f", *"firewall", "down", "enter")):
            await settle(pilot)
            await pilot.press(*keys)
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, ArticleScreen), keys
            assert screen.query_one(ArticleView).caret == annotation.start
            for _ in range(4):  # back out: article, then the tags or find screen
                if isinstance(app.screen, LibraryScreen):
                    break
                await pilot.press("escape")
                await settle(pilot)
            assert isinstance(app.screen, LibraryScreen)
