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


#: Inherited scrolling actions that do nothing in postil (the text wraps: no sideways scroll).
_NOT_IN_POSTIL = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})


class HelpScreen(ModalScreen[None]):
    """A scrollable table of keys: the screen's own, its focused widget's and the app's."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q,f1", "dismiss", "Close", id="help.close")
    ]

    def __init__(self, screen: Screen[Any]) -> None:
        super().__init__()
        self._screen = screen

    def _rows(self) -> list[tuple[str, str, str]]:
        """``(group, keys, description)``: one row per action, its keys together."""
        rows: dict[tuple[str, str], tuple[str, list[str], str]] = {}
        nodes = list(self._screen.focused.ancestors_with_self) if self._screen.focused else []
        for node in [*nodes, self._screen, self.app]:
            group = getattr(type(node), "HELP_GROUP", type(node).__name__)
            for bindings in node._bindings.key_to_bindings.values():
                for item in bindings:
                    if not item.description or item.action in _NOT_IN_POSTIL:
                        continue
                    row = rows.setdefault((group, item.action), (group, [], item.description))
                    keys = _key_names(item, self.app)
                    if keys not in row[1]:
                        row[1].append(keys)
        return [(group, ", ".join(keys), text) for group, keys, text in rows.values()]

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
