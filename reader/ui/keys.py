"""What the keys are, read from Textual's live bindings: for the help screen and the palette.

Both read :attr:`Screen.active_bindings` (what the footer reads too), so a key remapped in
``[keys]`` of ``config.toml`` shows the same everywhere, and an action disabled on a screen
is neither listed nor offered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from textual.binding import Binding

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.screen import Screen

#: Motions and scrolling: listed in help, but not offered as palette commands.
MOVE = Binding.Group("Move")

#: Help groups for Textual's own widgets, named for what a reader does there.
_GROUPS_BY_TYPE = {
    "Input": "Typing in a box",
    "TextArea": "Typing a note",
    "OptionList": "Lists",
    "RadioSet": "Choosing",
    "Button": "Buttons",
}

#: Inherited scrolling actions that do nothing in postil (the text wraps: no sideways scroll).
_NOT_IN_POSTIL = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})


def help_group(node: DOMNode) -> str:
    """The heading a node's keys are listed under: its ``HELP_GROUP``, else a plain name."""
    return group_of(type(node))


def group_of(node_type: type) -> str:
    """:func:`help_group` for a class."""
    for cls in node_type.__mro__:
        group = cls.__dict__.get("HELP_GROUP")
        if isinstance(group, str):
            return group
        if cls.__name__ in _GROUPS_BY_TYPE:
            return _GROUPS_BY_TYPE[cls.__name__]
    return "Other"


@dataclass
class KeyRow:
    """One action of a screen with every key that runs it."""

    group: str
    description: str
    action: str
    node: DOMNode
    binding: Binding
    keys: list[str] = field(default_factory=list)

    @property
    def in_palette(self) -> bool:
        return self.binding.group is not MOVE and not self.binding.system


def _target(node: DOMNode, action: str) -> tuple[int, str]:
    """Where an action runs, so ``app.tags`` bound on a screen and ``tags`` on the app are one."""
    namespace, _, name = action.rpartition(".")
    if namespace == "app":
        return id(node.app), name
    if namespace == "screen":
        return id(node.screen), name
    return id(node), action


def key_rows(screen: Screen[Any]) -> list[KeyRow]:
    """The actions the keys run on ``screen`` now (focused widget first, app last)."""
    rows: dict[tuple[int, str], KeyRow] = {}
    app = screen.app
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.description or binding.action in _NOT_IN_POSTIL:
            continue
        target = _target(active.node, binding.action)
        row = rows.get(target)
        if row is None:
            row = rows[target] = KeyRow(
                help_group(active.node), binding.description, binding.action, active.node, binding
            )
        shown = app.get_key_display(binding.with_key(key))
        if shown not in row.keys:
            row.keys.append(shown)
    return list(rows.values())


def motion(keys: str, action: str, description: str, binding_id: str) -> Binding:
    """A hidden binding that moves (the caret, a list's highlight): in help, not the palette."""
    return Binding(keys, action, description, show=False, id=binding_id, group=MOVE)
