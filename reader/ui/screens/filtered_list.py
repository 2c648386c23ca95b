"""The shape shared by the library, tags, find and entities screens: a title, a filter box, one
or two lists, a status line and the footer, with the same keys on each.

``/`` filters (typing goes into the box even in a fast burst, see :mod:`.type_ahead`); up,
down and page keys still move the list while the box has focus; Enter in the box chooses the
highlighted row; Esc peels one layer: the box's text, then the second list, then the screen.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.css.query import NoMatches
from textual.widget import Widget
from textual.widgets import Input, Static

from reader.ui.screens.base import PostilScreen
from reader.ui.screens.type_ahead import TypeAhead
from reader.ui.widgets.lists import PostilList
from reader.ui.widgets.text_fields import TextInput

#: Keys that keep moving the list while the filter box has focus.
_LIST_KEYS = {
    "down": PostilList.action_cursor_down,
    "up": PostilList.action_cursor_up,
    "pagedown": PostilList.action_page_down,
    "pageup": PostilList.action_page_up,
}


def _key_footer() -> Widget:
    """The footer, its code (Textual's Footer) imported when the first one is made."""
    from reader.ui.widgets.key_footer import KeyFooter

    return KeyFooter()


class FilteredListScreen(TypeAhead, PostilScreen):
    """A title, a filter box, lists (:meth:`compose_lists`), a status line and the footer."""

    DEFAULT_CSS = """
    FilteredListScreen .screen-title {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $foreground;
        text-style: bold;
    }
    FilteredListScreen #filter {
        margin: 0 1;
    }
    FilteredListScreen #filter-slot {
        height: 3;  /* the filter box's: tall border, one line */
        margin: 0 1;
    }
    FilteredListScreen #list-status {
        height: 1;
        background: $panel;
        color: $foreground;
    }
    """

    #: The title bar's text.
    SCREEN_TITLE: ClassVar[str] = "postil"
    #: What the filter box says while empty.
    FILTER_PLACEHOLDER: ClassVar[str] = "/ to filter"
    #: Mount the filter box and the key footer just after the screen's first frame, not in
    #: it (the library's, which is the app's first frame): making them is about a sixth of
    #: that frame's work. Until then a blank of the box's size holds its place, so nothing
    #: moves; the footer shows no keys on a first frame anyway (Textual learns them after).
    CHROME_LATER: ClassVar[bool] = False

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "filter", "Filter", id="list.filter"),
        Binding("escape", "back", "Back", show=False, id="list.back"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(self.SCREEN_TITLE, classes="screen-title", markup=False)
        if self.CHROME_LATER:
            yield Static(id="filter-slot")
        else:
            yield TextInput(placeholder=self.FILTER_PLACEHOLDER, id="filter")
        yield from self.compose_lists()
        yield Static(id="list-status", markup=False)
        if not self.CHROME_LATER:
            yield _key_footer()

    def on_mount(self) -> None:
        if self.CHROME_LATER:
            self.call_after_refresh(self._mount_chrome)

    async def _mount_chrome(self) -> None:
        if not self.is_attached:  # the app quit before its second frame
            return
        if not self.query("#filter"):  # "/" may have mounted it already
            self._mount_filter_box()
        await self.mount(_key_footer())
        self.refresh_bindings()  # a footer learns the keys from this signal, sent before it came

    def compose_lists(self) -> ComposeResult:
        """The lists between the filter box and the status line (one by default)."""
        yield PostilList(id="list")

    @property
    def filter_box(self) -> Input:
        """The filter box: mounted in its slot now if it was not yet (see CHROME_LATER)."""
        try:
            return self.query_one("#filter", Input)
        except NoMatches:
            return self._mount_filter_box()

    def _mount_filter_box(self) -> Input:
        """The filter box, mounted in place of the blank that held its row."""
        slot = self.query_one("#filter-slot")
        box = TextInput(placeholder=self.FILTER_PLACEHOLDER, id="filter")
        self.mount(box, after=slot)
        slot.remove()
        return box

    @property
    def filter_text(self) -> str:
        """The filter, stripped (empty while the box is not mounted: nothing typed yet)."""
        try:
            return self.query_one("#filter", Input).value.strip()
        except NoMatches:
            return ""

    @property
    def main_list(self) -> PostilList:
        """The first list: where the filter's up / down keys and Enter go."""
        return self.query(PostilList).first()

    def refilter(self, query: str) -> None:
        """Show what matches ``query`` (stripped; empty: everything)."""
        raise NotImplementedError

    def set_status(self, text: str) -> None:
        self.query_one("#list-status", Static).update(text)

    # ------------------------------------------------------------- events

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.refilter(event.value.strip())

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        """Enter in the box does what Enter on the highlighted row does (fzf-like)."""
        self.main_list.focus()
        if self.main_list.highlighted is not None:
            self.main_list.action_select()

    def type_ahead_box(self) -> Input:
        return self.filter_box

    def on_key(self, event: events.Key) -> None:
        if self.type_ahead(event):
            return
        move = _LIST_KEYS.get(event.key)
        if move is not None and self.filter_box.has_focus:
            event.stop()
            move(self.main_list)

    def action_filter(self) -> None:
        self.open_type_ahead()

    def action_back(self) -> None:
        """Esc: clear the filter, else leave a second list, else leave the screen."""
        box = self.filter_box
        if box.value:
            box.value = ""
            self.main_list.focus()
        elif isinstance(self.focused, PostilList) and self.focused is not self.main_list:
            self.main_list.focus()
        else:
            self.leave()

    def leave(self) -> None:
        """What Esc does when there is nothing left to close here."""
        self.dismiss()
