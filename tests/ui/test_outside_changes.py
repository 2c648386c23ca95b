"""The TUI follows the world: highlights saved by another postil, an article file that changes
or disappears while it is open, and saves that finish before quitting."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from annotations.model import Annotation, Selector
from annotations.store import AnnotationStore, StoreError
from reader.library import Library
from reader.ui.app import create_app
from reader.ui.screens.article import ArticleScreen
from reader.ui.widgets.article_view import ArticleView
from reader.workspace import Workspace
from tests.ui.pilot import SIZE, open_highlighted_article, settle, type_text

SEED = Path(__file__).resolve().parents[2] / "seeds" / "004_d4847e1b1b2a2bef.txt"


def _own_copy(tmp_path: Path, db: Path) -> tuple[Workspace, Path]:
    path = tmp_path / "articles" / "hong-kong.txt"
    path.parent.mkdir()
    shutil.copy(SEED, path)
    workspace = Workspace(
        library=Library.from_paths([path.parent]),
        store=AnnotationStore(db),
        export_dir=tmp_path / "exports",
    )
    return workspace, path


async def test_a_highlight_saved_by_another_process_appears(workspace: Workspace) -> None:
    app = create_app(workspace, open_article="seeds/004_d4847e1b1b2a2bef.txt")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        view = screen.query_one(ArticleView)
        assert view.highlights == []
        other = AnnotationStore(workspace.store.path)  # as `postil annotate` would
        text = screen.article.text
        start = text.index("great firewall")
        other.add(
            Annotation.create(
                article=screen.article.id,
                article_title=screen.article.title,
                selector=Selector.from_text(text, start, start + len("great firewall")),
            )
        )
        app._check_store()  # what the app's timer does every two seconds
        await settle(pilot)
        assert [(h.start, h.end) for h in view.highlights] == [(start, start + 14)]


async def test_an_article_that_changes_on_disk_is_reloaded_with_its_highlights(
    tmp_path: Path, db_path: Path
) -> None:
    workspace, path = _own_copy(tmp_path, db_path)
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_highlighted_article(pilot)
        screen = app.screen
        view = screen.query_one(ArticleView)
        text = view.text
        start = text.index("great firewall")
        workspace.store.add(
            Annotation.create(
                article=screen.article.id,
                article_title=screen.article.title,
                selector=Selector.from_text(text, start, start + 14),
            )
        )
        screen.store_changed()
        await settle(pilot)
        path.write_text(
            "A new first paragraph, inserted by an editor.\n\n" + path.read_text("utf-8"),
            encoding="utf-8",
        )
        screen.file_check()  # what the screen's timer does every two seconds
        await settle(pilot)
        assert view.text.startswith("A new first paragraph")
        (highlight,) = view.highlights
        assert view.text[highlight.start : highlight.end] == "great firewall"
        assert workspace.store.all()[0].start == highlight.start  # re-anchored and saved


async def test_an_article_deleted_while_open_stays_readable(tmp_path: Path, db_path: Path) -> None:
    workspace, path = _own_copy(tmp_path, db_path)
    app = create_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_highlighted_article(pilot)
        view = app.screen.query_one(ArticleView)
        before = view.text
        path.unlink()
        app.screen.file_check()
        app.screen.file_check()
        await settle(pilot)
        assert view.text == before
        messages = [n.message for n in app._notifications]
        assert sum("file not found" in m for m in messages) == 1  # said once, not every tick
        await pilot.press("v", "w", "w", "a")
        await pilot.pause()
        await type_text(pilot, "kept")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert [a.tags for a in workspace.store.all()] == [("kept",)]


async def test_quitting_waits_for_queued_saves(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    add = workspace.store.add

    def slow_add(annotation: Annotation) -> Annotation:  # a slow disk
        time.sleep(0.5)
        return add(annotation)

    monkeypatch.setattr(workspace.store, "add", slow_add)
    app = create_app(workspace, open_article="seeds/004_d4847e1b1b2a2bef.txt")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s", "a")
        await pilot.pause()
        await type_text(pilot, "last-second")
        await pilot.press("ctrl+s", "q")
        await pilot.pause()
    assert [a.tags for a in AnnotationStore(workspace.store.path).all()] == [("last-second",)]


def _failing(times: int, real):
    """``real``, failing the first ``times`` calls as a full disk would."""
    calls = {"n": 0}

    def call(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] <= times:
            raise StoreError("cannot save to annotations.json.journal (No space left on device)")
        return real(*args, **kwargs)

    return call


async def test_a_failed_save_is_kept_and_retried_until_it_lands(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workspace.store, "add", _failing(2, workspace.store.add))
    app = create_app(workspace, open_article="seeds/004_d4847e1b1b2a2bef.txt")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s", "a")
        await pilot.pause()
        await type_text(pilot, "retried")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert len(app.saver.failed) == 1
        assert any("No space left" in n.message for n in app._notifications)
        assert app.screen.query_one(ArticleView).highlights  # still shown
        for _ in range(2):  # the app's timer
            app._check_store()
            await pilot.pause(0.1)
            await settle(pilot)
        assert app.saver.failed == []
        assert [a.tags for a in workspace.store.all()] == [("retried",)]


def test_quitting_with_an_unsaveable_highlight_asks_and_prints_it(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from reader.cli import main

    def broken_add(self, annotation):
        raise StoreError("cannot save to annotations.json.journal (Read-only file system)")

    monkeypatch.setattr(AnnotationStore, "add", broken_add)

    async def drive(pilot) -> None:
        await settle(pilot)
        await pilot.press("s", "a")
        await pilot.pause()
        await type_text(pilot, "precious")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert "could not be saved" in str(pilot.app.screen.query_one("Label").render())
        await pilot.press("y")

    from reader.ui.app import PostilApp

    run = PostilApp.run
    monkeypatch.setattr(
        PostilApp, "run", lambda self, **kw: run(self, headless=True, auto_pilot=drive)
    )
    code = main(["--db", str(db_path), "--open", "hong kong"])
    err = capsys.readouterr().err
    assert code == 1
    assert "could not be saved" in err.splitlines()[0]
    saved = json.loads(err.splitlines()[1])
    assert saved["tags"] == ["precious"] and saved["article"].endswith("004_d4847e1b1b2a2bef.txt")


async def test_a_failing_recognizer_costs_the_colours_not_the_session(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str):
        raise ValueError("a bug in a rule")

    monkeypatch.setattr(workspace.entities, "recognizer", lambda: broken)
    app = create_app(workspace, open_article="seeds/004_d4847e1b1b2a2bef.txt")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert any("a bug in a rule" in n.message for n in app._notifications)
        await pilot.press("j", "s", "a")  # reading and highlighting still work
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert len(workspace.store.all()) == 1


async def test_an_export_folder_that_cannot_be_written_is_one_message(
    workspace: Workspace, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    workspace.export_dir = blocker / "exports"
    app = create_app(workspace, open_article="seeds/004_d4847e1b1b2a2bef.txt")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s", "a")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        assert any("Could not export" in n.message for n in app._notifications)
        assert isinstance(app.screen, ArticleScreen)
