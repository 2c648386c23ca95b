"""Every key binding of the screen the user came from, generated from the live bindings."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static


def _key_names(binding: Binding, app: Any) -> str:
    return ", ".join(app.get_key_display(Binding(key, "")) for key in binding.key.split(","))


class HelpScreen(ModalScreen[None]):
    """A scrollable table of keys: the screen's own, its focused widget's and the app's."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q,f1", "dismiss", "Close", id="help.close")
    ]

    def __init__(self, screen: Screen[Any]) -> None:
        super().__init__()
        self._screen = screen

    def _rows(self) -> list[tuple[str, str, str]]:
        rows: list[tuple[str, str, str]] = []
        seen: set[tuple[str, str]] = set()
        nodes = list(self._screen.focused.ancestors_with_self) if self._screen.focused else []
        nodes = [*nodes, self._screen, self.app]
        for node in nodes:
            group = type(node).__name__
            for binding in node._bindings.key_to_bindings.values():
                for item in binding:
                    if not item.description or (item.key, item.action) in seen:
                        continue
                    seen.add((item.key, item.action))
                    rows.append((group, _key_names(item, self.app), item.description))
        return rows

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help"):
            yield Label("Keys (Esc closes; ctrl+p opens the command palette)", classes="title")
            group = None
            lines: list[Content] = []
            for owner, keys, description in self._rows():
                if owner != group:
                    group = owner
                    lines.append(Content.assemble("\n", (owner, "bold $accent")))
                lines.append(Content.assemble((f"  {keys:<24}", "bold"), description))
            yield Static(Content("\n").join(lines), id="help-keys")
