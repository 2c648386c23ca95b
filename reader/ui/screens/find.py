"""Find highlights again across all articles: by text (quote, note, title) or by #tag."""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, Input, Label, Static

from reader.text.wording import plural
from reader.ui.screens.base import PostilScreen
from reader.ui.widgets.highlight_list import HighlightList


class FindScreen(PostilScreen):
    """Type to search; ``#tag`` lists a tag's highlights; Enter opens the article there."""

    HELP_GROUP = "Find highlights"

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", "Back", id="find.back")]

    def compose(self) -> ComposeResult:
        yield Static("postil · Find highlights", classes="screen-title")
        yield Input(placeholder="find highlights: words from quote or note, or #tag", id="find")
        yield HighlightList(id="found")
        yield Label("", id="find-status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#find", Input).focus()
        self._search("")
        self.postil.store_changed.subscribe(self, self.store_changed)

    @on(Input.Changed, "#find")
    def _changed(self, event: Input.Changed) -> None:
        self._search(event.value)

    def _search(self, query: str) -> None:
        store = self.postil.workspace.store
        query = query.strip()
        if query.startswith("#") and " " not in query:
            found = store.by_tag(query.lstrip("#").lower())
        elif query:
            found = store.search(query)
        else:
            found = store.all()
        self.query_one(HighlightList).show(found)
        if not len(store):
            status = " No highlights yet: open an article, select a passage (v, or drag), press a."
        else:
            status = f" {plural(len(found), 'highlight')} · ↓ to the list · Enter opens"
        self.query_one("#find-status", Label).update(status)

    def on_key(self, event: events.Key) -> None:
        if event.key == "down" and self.query_one("#find", Input).has_focus:
            event.stop()
            self.query_one(HighlightList).focus()

    @on(Input.Submitted, "#find")
    def _submitted(self) -> None:
        self.query_one(HighlightList).focus()

    def action_back(self) -> None:
        if self.query_one(HighlightList).has_focus:
            self.query_one("#find", Input).focus()
        else:
            self.dismiss()

    def store_changed(self, _: None = None) -> None:
        self._search(self.query_one("#find", Input).value)
