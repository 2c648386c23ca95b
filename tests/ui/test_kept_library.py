"""The TUI's kept library: A adds in a worker, r / z mark, delete asks, position remembered."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from annotations.model import Annotation, Selector
from annotations.store import AnnotationStore
from reader.collection.adding import Adder
from reader.collection.kept import Collection, Outcome
from reader.library import Library
from reader.library.entries import kept_stem
from reader.ui.app import create_app
from reader.ui.dialogs.confirm import ConfirmDialog
from reader.ui.reading import saved_position
from reader.ui.screens.article import ArticleScreen
from reader.ui.widgets.article_view import ArticleView
from reader.workspace import Workspace
from tests.ui.pilot import SIZE, settle, type_text, wait_until

TEXT = (
    "Council to publish every contract\n\n"
    "The city council voted on Tuesday to publish every contract worth more than £500.\n\n"
    "Officials said the first list would appear in May, once auditors had checked it.\n"
)


def _workspace(tmp_path: Path) -> Workspace:
    return Workspace(
        library=Library.default(kept=tmp_path / "library"),
        store=AnnotationStore(tmp_path / "annotations.json"),
    )


async def _add_in_the_reader(pilot: Pilot, source: Path) -> None:
    """``A``, the file's path, Enter: the add runs in a worker, then the list is rebuilt."""
    await settle(pilot)
    await pilot.press("A")
    await pilot.pause()
    await type_text(pilot, str(source))
    await pilot.press("enter")
    await settle(pilot)


async def test_add_mark_and_remove(tmp_path: Path) -> None:
    source = tmp_path / "council.txt"
    source.write_text(TEXT)
    app = create_app(_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await _add_in_the_reader(pilot, source)
        options = app.screen.query_one("#list", OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        kept = [i for i in ids if i and i.startswith("library/")]
        assert len(kept) == 1
        options.highlighted = options.get_option_index(kept[0])
        collection = Collection(tmp_path / "library")
        stem = kept_stem(kept[0])
        await pilot.press("r")
        assert collection.state(stem).state == "read"
        assert "read" in str(options.get_option(kept[0]).prompt)
        await pilot.press("z")
        assert collection.state(stem).state == "archived"
        await pilot.press("delete")
        # On a loaded machine the dialog can take more than one idle pause to come up, and a
        # "y" sent before it went to the list (a flaky failure of a full run).
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await settle(pilot)
        assert collection.stems() == []


async def test_an_added_article_is_searchable_at_once(tmp_path: Path) -> None:
    """The add indexes the article it added (the index exists), nothing else."""
    source = tmp_path / "council.txt"
    source.write_text(TEXT)
    workspace = _workspace(tmp_path)
    index = workspace.entities.search_index()
    index.update(workspace.library)
    before = index.indexed()
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await _add_in_the_reader(pilot, source)
    assert index.indexed() == before + 1
    [found] = index.search("auditors").results
    assert found.id.startswith("library/") and found.title == "Council to publish every contract"


async def test_the_reading_position_is_restored(tmp_path: Path) -> None:
    source = tmp_path / "council.txt"
    source.write_text(TEXT)
    workspace = _workspace(tmp_path)
    from reader.collection.adding import Adder

    [outcome] = Adder(Collection(tmp_path / "library")).add(str(source))
    workspace.library.reload_kept()
    app = create_app(workspace, open_article=outcome.article_id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        view.move_caret(40)
        await pilot.pause()
        await pilot.press("escape")
        await settle(pilot)
        app.saver.flush()
        assert saved_position(app, outcome.article_id) == 40
        app.open_article(outcome.article_id)
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.query_one(ArticleView).caret == 40
        await pilot.press("G")
        await settle(pilot)
        app.saver.flush()
        stem = kept_stem(outcome.article_id)
        assert Collection(tmp_path / "library").state(stem).state == "read"


async def test_articles_added_by_another_process_are_listed(tmp_path: Path) -> None:
    """``postil add`` in another terminal while the reader is open: the list grows at the
    next look at the library folder (every two seconds), and says so."""
    source = tmp_path / "council.txt"
    source.write_text(TEXT)
    app = create_app(_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        options = app.screen.query_one("#list", OptionList)
        before = options.option_count
        done = subprocess.run(
            [sys.executable, "-m", "reader", "add", str(source)],
            capture_output=True,
            text=True,
            env={**os.environ, "POSTIL_LIBRARY": str(tmp_path / "library")},
        )
        assert done.returncode == 0, done.stderr
        app._check_store()  # what the two-second timer runs
        await settle(pilot)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert options.option_count > before
        assert any(i and i.startswith("library/") for i in ids)
        assert any("1 article added" in n.message for n in app._notifications)


async def test_a_highlight_of_a_removed_article_shows_what_was_written(tmp_path: Path) -> None:
    """Removing an added article keeps its highlights; opening one (here from the tags
    screen) says the article is gone and shows the quote, tags and note, and Esc goes back."""
    source = tmp_path / "council.txt"
    source.write_text(TEXT)
    workspace = _workspace(tmp_path)
    collection = Collection(tmp_path / "library")
    [added] = Adder(collection).add(str(source))
    assert isinstance(added, Outcome) and added.status == "added"
    [stem] = collection.stems()
    article = workspace.library.load(f"library/{stem}")
    quote = "publish every contract worth more than £500"
    start = article.text.index(quote)
    workspace.store.add(
        Annotation.create(
            article=article.id,
            article_title=article.title,
            selector=Selector.from_text(article.text, start, start + len(quote)),
            tags=("council",),
            note="Ask for the list in May.",
        )
    )
    collection.remove(stem)
    app = create_app(_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        reason = str(app.screen.query_one("#article-error", Static).render())
        kept = str(app.screen.query_one("#article-kept", Static).render())
        assert "no longer in the library" in reason and "Esc goes back" in reason
        assert quote in kept and "#council" in kept and "Ask for the list in May." in kept
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ArticleScreen)


PAGE = """<html><head><title>Council to publish every contract</title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Borough News">
<meta property="article:published_time" content="2026-11-30T09:00:00Z"></head>
<body><article><h1>Council to publish every contract</h1>
<p>The city council voted on Tuesday to publish every contract worth more than £500.</p>
<p>Officials said the first list would appear in May, once auditors had checked it.</p>
</article></body></html>"""


async def test_the_row_the_search_result_and_the_header_name_the_authors(tmp_path: Path) -> None:
    """A saved page's byline reads the same in its row, in a search result and in the header
    of the article that result opens."""
    source = tmp_path / "council.html"
    source.write_text(PAGE, encoding="utf-8")
    app = create_app(_workspace(tmp_path))
    byline = "Borough News · Jane Roe · 2026-11-30 · "
    async with app.run_test(size=SIZE) as pilot:
        await _add_in_the_reader(pilot, source)
        options = app.screen.query_one("#list", OptionList)
        [kept] = [o for o in options.options if o.id and o.id.startswith("library/")]
        assert byline in str(kept.prompt)
        await pilot.press("s")
        await type_text(pilot, "auditors")
        results = app.screen.query_one("#results", OptionList)
        await wait_until(pilot, lambda: results.option_count > 0)
        assert f"{byline}1 match" in str(results.get_option_at_index(0).prompt)
        await pilot.press("down", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        await settle(pilot)
        assert str(app.screen.query_one("#article-meta", Static).render()).startswith(byline)
