"""Every key of the screen the reader came from, read from its live bindings."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static

from reader.ui.keys import key_rows


class HelpScreen(ModalScreen[None]):
    """A scrollable table of keys: the focused widget's, the screen's and the app's, each with
    the id that ``[keys]`` in ``config.toml`` remaps it by."""

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }
    HelpScreen > VerticalScroll {
        width: 84;
        max-width: 100%;
        height: 90%;
        border: thick $primary;
        background: $surface;
        padding: 0 1;
    }
    HelpScreen .title {
        text-style: bold;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q,f1", "dismiss", "Close", id="help.close"),
        Binding("j", "scroll('down')", "Down", show=False, id="help.down"),
        Binding("k", "scroll('up')", "Up", show=False, id="help.up"),
    ]

    def __init__(self, screen: Screen[Any]) -> None:
        super().__init__()
        self._screen = screen

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Label(
                "Keys here (esc closes · ctrl+p runs any of them by name)",
                classes="title",
            )
            yield Static(self._table(), id="help-keys")

    def _table(self) -> Content:
        lines: list[Content] = []
        group = None
        for row in key_rows(self._screen):
            if row.group != group:
                group = row.group
                lines.append(Content.assemble("\n", (group, "bold $text-primary")))
            keys = ", ".join(row.keys)
            binding_id = f"  [{row.binding.id}]" if row.binding.id else ""
            lines.append(
                Content.assemble(
                    (f"  {keys:<22}", "bold"), row.description, (binding_id, "$text-muted")
                )
            )
        return Content("\n").join(lines)

    def action_scroll(self, direction: str) -> None:
        scroller = self.query_one(VerticalScroll)
        if direction == "down":
            scroller.scroll_down()
        else:
            scroller.scroll_up()
