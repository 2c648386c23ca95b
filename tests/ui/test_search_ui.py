"""The search screen: results as you type, grouped by article; Enter opens at the match."""

from __future__ import annotations

import re
import time

from reader.ui.app import create_app
from reader.ui.screens.article import ArticleScreen
from reader.ui.screens.search import SearchScreen
from reader.ui.widgets.article_view import ArticleView
from reader.workspace import Workspace
from tests.ui.pilot import SIZE, settle, type_text, wait_until


async def _results(pilot, query: str):  # type: ignore[no-untyped-def]
    await type_text(pilot, query)
    # The index is built on first use, then the search runs: on a loaded two-core CI machine the
    # build (recognition of every seed) has taken over 10 s, so the wait is generous; it ends as
    # soon as results show.
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        await pilot.pause(0.1)
        await settle(pilot)
        options = pilot.app.screen.query_one("#results")
        if options.option_count:
            return options
    raise AssertionError("no results")


async def test_s_searches_and_enter_opens_the_article_at_the_match(workspace: Workspace) -> None:
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, SearchScreen)
        options = await _results(pilot, "person:musk")
        assert "1 article" in str(app.screen.query_one("#search-status").render())
        assert "Elon Musk" in str(options.get_option_at_index(1).prompt)
        await pilot.press("down", "down", "down", "enter")  # the article's second match
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        view = screen.query_one(ArticleView)
        assert view.text[view.caret : view.caret + 4] == "Musk"
        assert "2/3" in screen.status.matches
        await pilot.press("n")
        assert "3/3" in screen.status.matches
        assert view.text[view.caret : view.caret + 4] == "Musk"


async def test_a_malformed_query_says_why_and_still_searches(workspace: Workspace) -> None:
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        await _results(pilot, 'tiktok before:soon "shein')
        # A partial query's results may show before the whole one's.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            status = str(app.screen.query_one("#search-status").render())
            if "before:soon is not a date" in status:
                break
            await pilot.pause(0.1)
        assert "before:soon is not a date" in status


async def test_the_palette_offers_search(workspace: Workspace) -> None:
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert "Words, phrases, people" in commands["Search"]  # the library's s key
        app.action_search()
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, SearchScreen)


async def test_the_index_is_built_in_the_background_after_the_first_frame(
    workspace: Workspace, monkeypatch
) -> None:
    import reader.ui.app

    monkeypatch.setenv("POSTIL_BACKGROUND_INDEX", "1")
    monkeypatch.setattr(reader.ui.app, "INDEX_DELAY", 0.1)
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        assert not app.indexing.finished  # the library is on screen first
        deadline = time.monotonic() + 90  # generous: a loaded CI machine (see _results)
        while not app.indexing.finished and time.monotonic() < deadline:
            await pilot.pause(0.1)
        assert app.indexing.finished
        assert app.indexing.error is None
        assert workspace.entities.search_index().indexed() == len(workspace.library.entries)


async def test_a_snippet_wraps_under_itself_and_again_when_the_terminal_narrows(
    workspace: Workspace,
) -> None:
    # Wrapped by the list, a match's second line started at the left edge, under the titles,
    # where it read as one. Each line of a snippet is indented, and the list wraps none again.
    # A title's byline and count of matches were wrapped by the list too, at 80 columns
    # "… companies…  23" over "matches": they follow the title only where they fit.
    app = create_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("s")
        options = await _results(pilot, "data OR tiktok")
        for size in ((80, 24), (120, 40)):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            shown = [
                options.render_line(y).text.rstrip()
                for y in range(options.scrollable_content_region.height)
            ]
            snippets = [str(options.get_option_at_index(i).prompt).split("\n") for i in (1, 2)]
            assert any(len(lines) > 1 for lines in snippets)  # some snippet takes two lines
            for lines in snippets:
                for line in lines:
                    assert line.startswith("    ") and line.rstrip() in shown, (size, line)
            title = str(options.get_option_at_index(0).prompt).split("\n")
            assert all(line.rstrip() in shown for line in title), (size, title)
            assert re.search(r"(^| )\d+ matches$", title[-1]), (size, title)


async def test_the_search_again_on_the_whole_index_keeps_the_row_the_reader_is_on(
    workspace: Workspace,
) -> None:
    # A search typed while the index was being built runs again once it is whole; the reader
    # had gone down the results meanwhile, and was sent back to the first row.
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        options = await _results(pilot, "data OR tiktok")
        await pilot.press("down", "down", "down", "down", "down")
        assert options.has_focus and options.highlighted == 4
        place = options.get_option_at_index(4).id
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        before = screen._shown
        screen._searched_while_indexing = True  # as if the first search saw a partial index
        screen._watch_indexing()  # the index is whole: the same query runs again
        await wait_until(pilot, lambda: screen._shown is not before, 30)
        await settle(pilot)
        assert options.has_focus
        assert options.get_option_at_index(options.highlighted).id == place


async def test_words_close_together_share_one_snippet_with_each_marked(
    workspace: Workspace,
) -> None:
    # "data privacy" matched both words of one sentence, and the sentence was shown twice,
    # a few characters apart, where another passage could have been.
    app = create_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("s")
        options = await _results(pilot, "data privacy")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen) and screen._shown is not None
        for result in screen._shown.results:
            rows = [
                str(options.get_option(f"{result.id}\t{p.first}").prompt).replace("\n", "")
                for p in result.passages[:3]
            ]
            for k, row in enumerate(rows):  # no two passages of an article show the same words
                words = row.split()
                pieces = {" ".join(words[i : i + 6]) for i in range(len(words) - 5)}
                assert not any(piece in other for piece in pieces for other in rows[k + 1 :])
        assert any(p.count > 1 for r in screen._shown.results for p in r.passages)
        passage = next(p for r in screen._shown.results for p in r.passages if p.count > 1)
        marked = [passage.snippet[s:e].casefold() for s, e in passage.marks]
        assert "data" in marked and "privacy" in marked
