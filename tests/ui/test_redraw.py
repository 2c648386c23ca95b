"""Redrawing only what changed: the footer of keys and the article's lines.

Both skip work (a footer rebuilt only when its keys change, lines redrawn from a cache after a
caret motion), so both are checked against doing the work in full.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import ComposeResult
from textual.dom import DOMNode
from textual.strip import Strip
from textual.widgets._footer import FooterKey

from reader.ui.app import create_app
from reader.ui.dialogs.annotate import AnnotateDialog
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.key_footer import KeyFooter
from reader.workspace import Workspace
from tests.ui.pilot import ARTICLE, annotated_workspace, settle, wait_until


def _footer_text(footer: KeyFooter) -> str:
    return " ".join(str(key.render()) for key in footer.children)


async def test_the_footer_is_rebuilt_when_its_keys_change_and_only_then(
    workspace: Workspace,
) -> None:
    app = create_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(KeyFooter)
        await wait_until(pilot, lambda: footer.children)  # composed after the first refresh
        keys = list(footer.children)
        assert "t Tags" in _footer_text(footer)
        app.screen.refresh_bindings()  # nothing changed: the same key widgets stay
        await settle(pilot)
        assert list(footer.children) == keys
        app.set_keymap({"library.tags": "T"})
        await wait_until(pilot, lambda: "T Tags" in _footer_text(footer))
        assert "T Tags" in _footer_text(footer) and "t Tags" not in _footer_text(footer)


async def test_each_screen_builds_its_footer_once(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild asked for while a screen opens, for keys that have settled back to those
    shown by the time it runs, is skipped (every footer was built twice)."""
    builds: list[str] = []
    compose = KeyFooter.compose

    def counting(footer: KeyFooter) -> ComposeResult:
        if footer._bindings_ready:  # the first compose, before any bindings, is empty
            builds.append(type(footer.screen).__name__)
        return compose(footer)

    monkeypatch.setattr(KeyFooter, "compose", counting)
    app = create_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await wait_until(pilot, lambda: app.screen.query_one(KeyFooter).children)
        await pilot.press("enter")
        await settle(pilot)
        await wait_until(pilot, lambda: app.screen.query_one(KeyFooter).children)
        await pilot.press("p")  # the panel's keys: a real change, one build
        await settle(pilot)
    assert builds == ["LibraryScreen", "ArticleScreen", "ArticleScreen"]


async def test_footer_keys_are_styled_once_when_the_footer_is_built(workspace: Workspace) -> None:
    """A key bound to the footer's (not compact) state is not made compact and back first:
    that was two style passes per key every time a screen's footer was built. (The palette key
    is Textual's own, compact, and made so once.)"""
    app = create_app(workspace)
    restyled: list[str] = []
    update_styles = app.update_styles

    def counting(node: DOMNode, animate: bool = True) -> None:
        if isinstance(node, FooterKey) and not node.has_class("-command-palette"):
            restyled.append(node.key)
        update_styles(node, animate=animate)

    app.update_styles = counting  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(KeyFooter)
        await wait_until(pilot, lambda: footer.children)
        await pilot.press("enter")  # an article: another footer, built with its keys
        await settle(pilot)
        assert app.screen.query_one(KeyFooter).children
        assert restyled == []
        palette = [key for key in footer.query(FooterKey) if key.has_class("-command-palette")]
        assert all(key.has_class("-compact") for key in palette)  # as Textual shows it


def _lines(view: ArticleView) -> list[Strip]:
    return [view.render_line(y) for y in range(view.size.height)]


async def test_lines_drawn_from_the_cache_are_the_lines_drawn_afresh(tmp_path: Path) -> None:
    app = create_app(annotated_workspace(tmp_path), open_article=ARTICLE)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        # Caret motions, a selection made and let go, entity colours off and on, one kind
        # off, jumps to the end and back, the theme: after each, every line on screen is what
        # a fresh drawing gives.
        steps = ["j", "j", "w", "v", "w", "w", "escape", "e", "e", "2", "l", "k", "G", "g"]
        for key in steps:
            await pilot.press(key)
            await pilot.pause()
            cached = _lines(view)
            view._strips.clear()
            assert _lines(view) == cached, f"stale line after {key!r}"
        app.theme = "textual-light"
        await settle(pilot)
        cached = _lines(view)
        view._strips.clear()
        assert _lines(view) == cached


async def test_a_screen_or_dialog_is_styled_whole_once_when_it_opens(workspace: Workspace) -> None:
    """A screen starts with its breakpoint classes and a dialog focuses its first field
    directly, so opening either restyles it in whole once (when Textual shows it): a class set
    at the first resize, and focus passing through the dialog's scrolling body, each restyled
    every widget in it again (four passes over the highlight dialog)."""
    app = create_app(workspace)
    whole: list[str] = []
    update_styles = app.update_styles

    def counting(node: DOMNode, animate: bool = True) -> None:
        if node.children:  # a container: it and everything in it are restyled
            whole.append(type(node).__name__)
        update_styles(node, animate=animate)

    app.update_styles = counting  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        whole.clear()
        await pilot.press("enter")
        await settle(pilot)
        assert whole == ["ArticleScreen"]
        assert app.screen.has_class("-narrow") and not app.screen.has_class("-wide")
        await pilot.press("v", "w")
        await settle(pilot)
        whole.clear()
        await pilot.press("a")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, AnnotateDialog)
        assert whole == ["AnnotateDialog"]
        assert dialog.has_class("-wide") and dialog.has_class("-short")  # 80 >= 70, 24 < 30
        assert app.focused is dialog.query_one("#tags")


@pytest.mark.parametrize(("width", "shown"), [(80, False), (120, True)])
async def test_the_palette_hint_is_shown_only_where_the_keys_leave_room(
    workspace: Workspace, width: int, shown: bool
) -> None:
    app = create_app(workspace)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(KeyFooter)
        await wait_until(pilot, lambda: footer.children)  # composed after the first refresh
        keys = list(footer.query(FooterKey))
        assert any(k.has_class("-command-palette") for k in keys) is shown
        # Every key the screen shows is drawn whole inside the footer: none under the hint.
        right = footer.region.right - (12 if shown else 0)
        assert all(k.region.right <= right for k in keys if not k.has_class("-command-palette"))


async def test_keys_that_do_not_fit_are_left_out_whole_keeping_quit_and_help(
    workspace: Workspace,
) -> None:
    app = create_app(workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("E")  # the entity list's keys: more than 80 columns of them
        await settle(pilot)
        footer = app.screen.query_one(KeyFooter)
        await pilot.pause()
        shown = [k for k in footer.query(FooterKey) if k.display]
        hidden = [k for k in footer.query(FooterKey) if not k.display]
        assert hidden  # some keys were left out ...
        assert all(k.region.right <= footer.region.right for k in shown)  # ... none cut
        assert [k.key for k in shown[-2:]] == ["q", "question_mark"]
        await pilot.resize_terminal(160, 24)  # room again: every key comes back
        await settle(pilot)
        await wait_until(pilot, lambda: all(k.display for k in footer.query(FooterKey)))
        assert any(k.has_class("-command-palette") for k in footer.query(FooterKey))
