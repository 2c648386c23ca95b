"""The article's search box: starts empty each time, with earlier queries a key away."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType

from reader.ui.widgets.text_fields import TextInput

#: Queries remembered per session.
HISTORY = 50


class SearchBox(TextInput):
    """``/`` opens it empty (as vim and less do); up / down bring back earlier queries."""

    HELP_GROUP = "Search box"

    DEFAULT_CSS = """
    SearchBox {
        dock: bottom;
        display: none;
    }
    SearchBox.visible {
        display: block;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "history(-1)", "Earlier query", show=False, id="search.earlier"),
        Binding("down", "history(1)", "Later query", show=False, id="search.later"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(
            placeholder="search this article (Enter; ↑ earlier searches; n / N next / previous)",
            id=id,
        )
        self.history: list[str] = []
        self._position = 0

    def start(self) -> None:
        """Open empty; the history cursor sits after the newest query."""
        self.value = ""
        self._position = len(self.history)
        self.add_class("visible")

    def remember(self, query: str) -> None:
        if query in self.history:
            self.history.remove(query)
        self.history = [*self.history, query][-HISTORY:]

    def action_history(self, delta: int) -> None:
        if not self.history:
            return
        self._position = max(0, min(len(self.history), self._position + delta))
        self.value = self.history[self._position] if self._position < len(self.history) else ""
        self.cursor_position = len(self.value)
