"""The theme is remembered in config.toml; [keys] remaps bindings, or warns once."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import Footer

from reader.settings import Settings, load_settings
from reader.ui.app import create_app
from reader.ui.screens.find import FindScreen
from reader.ui.screens.help import HelpScreen
from reader.workspace import Workspace
from tests.ui.pilot import settle, wait_until


def _config() -> Path:
    return Path(os.environ["POSTIL_CONFIG"])


def _messages(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.message for n in app._notifications]


async def test_a_chosen_theme_is_written_and_used_at_the_next_start(workspace: Workspace) -> None:
    config = _config()
    config.parent.mkdir(parents=True)
    config.write_text('# mine\nner = "builtin"\n\n[keys]\n"library.find" = "F"\n')
    app = create_app(workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
        app.theme = "textual-light"
        await settle(pilot)
    text = config.read_text()
    assert text.startswith('# mine\nner = "builtin"\n') and '"library.find" = "F"' in text
    assert load_settings(config).theme == "textual-light"
    assert [p.name for p in config.parent.iterdir()] == ["config.toml"]  # no temporary left
    again = create_app(workspace)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert again.theme == "textual-light"
        assert not _messages(again)


async def test_an_unknown_theme_is_one_warning(workspace: Workspace) -> None:
    app = create_app(workspace, settings=Settings(theme="no-such-theme"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
        assert [m for m in _messages(app) if "no-such-theme" in m]


async def test_keys_remap_a_binding_everywhere_it_is_shown(workspace: Workspace) -> None:
    keys = {"library.export": "X", "library.tags": "T"}
    app = create_app(workspace, settings=Settings(keys=keys))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(Footer)
        await wait_until(pilot, lambda: footer.children)  # recomposed after a refresh
        shown = " ".join(str(key.render()) for key in footer.children)
        assert "T Tags" in shown and "t Tags" not in shown
        await pilot.press("x")  # the old key does nothing now
        await pilot.pause()
        assert not _messages(app)
        await pilot.press("X")
        await pilot.pause()
        assert any("No highlights to export" in m for m in _messages(app))
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        help_text = str(app.screen.query_one("#help-keys").render())
        assert "X                     Export all" in help_text


async def test_unknown_ids_and_clashes_are_one_warning_not_a_crash(workspace: Workspace) -> None:
    keys = {"nope.nothing": "z", "library.tags": "f"}  # f is Find's
    app = create_app(workspace, settings=Settings(keys=keys))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        warnings = [m for m in _messages(app) if "[keys]" in m]
        assert len(warnings) == 1
        assert "'nope.nothing'" in warnings[0] and "f would be both" in warnings[0]
        await pilot.press("f")  # still Find: the clashing remap was not applied
        await settle(pilot)
        assert isinstance(app.screen, FindScreen)
