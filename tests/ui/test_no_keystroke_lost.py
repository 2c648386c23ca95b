"""What is typed in the highlight dialog survives Esc, and the dialog works in small terminals."""

from __future__ import annotations

from typing import Any

import pytest
from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Button

from reader.ui.app import create_app
from reader.ui.dialogs.annotate import AnnotateDialog
from reader.ui.dialogs.confirm import ConfirmDialog
from reader.ui.screens.article import ArticleScreen
from reader.workspace import Workspace
from tests.ui.pilot import open_highlighted_article, settle, type_text


async def _open_dialog(pilot: Pilot[Any]) -> None:
    """Open the article, select from the caret to the next word and open the dialog."""
    await open_highlighted_article(pilot)
    await pilot.press("v", "w", "a")
    await pilot.pause()


async def test_esc_keeps_the_draft_for_the_next_a_on_the_same_passage(
    workspace: Workspace,
) -> None:
    app = create_app(workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_highlighted_article(pilot)
        await pilot.press("w", "v", "w", "w", "a")
        await pilot.pause()
        await type_text(pilot, "china")
        await pilot.press("enter")
        await type_text(pilot, "Do not lose me.")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert not workspace.store.all()
        assert "draft kept" in screen.status.text
        await pilot.press("a")  # the selection is still there
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AnnotateDialog)
        assert "your draft" in str(dialog.query_one(".title").render())
        assert dialog.current().note == "Do not lose me." and dialog.current().tags == ("china",)
        await pilot.press("ctrl+s")
        await settle(pilot)
        (saved,) = workspace.store.all()
        assert saved.note == "Do not lose me." and saved.tags == ("china",)
        assert app.drafts == {}


async def test_a_burst_with_tab_puts_each_part_in_its_field(workspace: Workspace) -> None:
    """Tags, Tab, a note, typed faster than the dialog draws (a fast typist on a busy
    machine, or tmux send-keys): the note goes into the note, not onto the end of the tags.
    Tab was a binding checked only after the key came back from the tags field, by when the
    keys after it had been sent to the tags field too."""
    app = create_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_dialog(pilot)
        await type_text(pilot, "privacy\tA note.")
        dialog = app.screen
        assert isinstance(dialog, AnnotateDialog)
        assert dialog.current().tags == ("privacy",) and dialog.current().note == "A note."
        await pilot.press("shift+tab")
        assert app.focused is not None and app.focused.id == "tags"


async def test_discard_forgets_the_draft_and_quitting_with_one_asks(workspace: Workspace) -> None:
    app = create_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_dialog(pilot)
        await type_text(pilot, "kept")
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.drafts) == 1
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)  # not gone without a word
        await pilot.press("n", "a")
        await pilot.pause()
        await pilot.click("#discard")
        await pilot.pause()
        assert app.drafts == {}


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_dialog_fits_and_saves_by_key_in_a_small_terminal(
    workspace: Workspace, size: tuple[int, int]
) -> None:
    app = create_app(workspace)
    async with app.run_test(size=size) as pilot:
        await open_highlighted_article(pilot)
        await pilot.press("V", "a")  # a whole paragraph: the longest quote the dialog shows
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AnnotateDialog)
        width, height = size
        box = dialog.query_one("#annotate-dialog").region
        assert box.right <= width and box.bottom <= height
        for button in dialog.query(Button):  # the buttons stay in sight, inside the box
            assert box.contains_region(button.region), button.id
        note = dialog.query_one("#note")
        await type_text(pilot, "tag")
        await pilot.press("enter")
        await type_text(pilot, "typed into the note")
        await pilot.pause()
        assert app.focused is note
        await pilot.press("ctrl+s")
        await settle(pilot)
        (saved,) = workspace.store.all()
        assert saved.tags == ("tag",) and saved.note == "typed into the note"


async def test_a_note_typed_in_the_same_burst_as_enter_goes_to_the_note(
    workspace: Workspace,
) -> None:
    """As from a paste or tmux: Enter in the tags box and the note arrive together."""
    app = create_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_dialog(pilot)
        for key, char in (*((c, c) for c in "hk"), ("enter", None), *((c, c) for c in "note")):
            app.post_message(events.Key(key, char))
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, AnnotateDialog)
        assert dialog.current().tags == ("hk",) and dialog.current().note == "note"


def _burst(app: App[Any], *keys: str) -> None:
    """Post ``keys`` at once, as keys that arrive together do (a character for a printable
    key, none for an editing key)."""
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))


async def test_editing_keys_in_a_burst_take_effect_in_order(workspace: Workspace) -> None:
    """Backspace, ctrl+u and the arrows used to run after the characters typed behind them
    (Textual issue #6605): "teh", two backspaces, "he" left "teh" in a field."""
    app = create_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_dialog(pilot)
        dialog = app.screen
        assert isinstance(dialog, AnnotateDialog)
        _burst(app, "t", "e", "h", "backspace", "backspace", "h", "e", "left", "y")
        await pilot.pause()
        assert dialog.current().tags == ("thye",)
        await pilot.press("enter")  # on to the note
        _burst(app, "a", "b", "d", "backspace", "c", "ctrl+u", "n", "o", "t", "e")
        await pilot.pause()
        assert dialog.current().note == "note"


def test_only_a_fields_own_editing_keys_run_in_place() -> None:
    """Scrolling keys a field inherits ("down" leaves the search box for the results), priority
    keys (the tags box's Enter) and keys with an id (the keymap may move them) bubble as before."""
    from reader.ui.dialogs.annotate import TagsInput
    from reader.ui.widgets.search_box import SearchBox
    from reader.ui.widgets.text_fields import NoteArea, TextInput, _key_actions

    field = _key_actions(TextInput)
    assert field["backspace"] == "delete_left" and field["ctrl+u"] == "delete_left_all"
    assert "down" not in field and "pagedown" not in field
    assert "enter" not in _key_actions(TagsInput)  # its priority Enter goes on to the note
    assert "up" not in _key_actions(SearchBox)  # "search.earlier": remappable
    assert _key_actions(NoteArea)["down"] == "cursor_down"  # a TextArea's own
