"""The side panel listing the open article's people, bodies, places... with mention counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from reader.colors import ENTITY_COLORS, ENTITY_GROUPS
from reader.mentions.grouping import Named


def option_id(label: str, key: str) -> str:
    """The option id of a named thing (label and key cannot contain a tab)."""
    return f"{label}\t{key}"


class EntitiesPanel(Vertical):
    """Named things grouped by kind; Enter steps through one's mentions, m finds other articles."""

    HELP_GROUP = "Entities panel"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("m", "library", "In other articles", id="entities.library"),
    ]

    class Chosen(Message):
        """The user picked a named thing (``action`` is "step" or "library")."""

        def __init__(self, label: str, key: str, action: str) -> None:
            super().__init__()
            self.label = label
            self.key = key
            self.action = action

    def compose(self) -> ComposeResult:
        yield Label("Entities", id="entities-title")
        yield OptionList(id="entities-list")

    def show(self, named: Sequence[Named], *, hidden_labels: frozenset[str] = frozenset()) -> None:
        """List ``named`` by legend group (most mentioned first inside a group)."""
        option_list = self.query_one(OptionList)
        keep = option_list.highlighted_option.id if option_list.highlighted_option else None
        options: list[Option | None] = []
        for group, labels in ENTITY_GROUPS:
            members = [n for n in named if n.label in labels]
            if not members:
                continue
            mentions = sum(n.count for n in members)
            muted = bool(set(labels) & hidden_labels)
            if options:
                options.append(None)
            heading = Content.assemble(
                (group, f"bold {ENTITY_COLORS[labels[0]]}" if not muted else "dim strike"),
                (f"  {len(members)} · {mentions} mentions", "$foreground-muted"),
            )
            options.append(Option(heading, disabled=True))
            for thing in members:
                options.append(Option(self._prompt(thing), id=option_id(thing.label, thing.key)))
        option_list.set_options(options)
        if keep is not None and keep in {o.id for o in options if o is not None}:
            option_list.highlighted = option_list.get_option_index(keep)
        total = sum(n.count for n in named)
        self.query_one("#entities-title", Label).update(
            f"Entities ({len(named)} · {total} mentions)" if named else "Entities: recognizing…"
        )

    def highlight(self, label: str, key: str) -> None:
        """Move the list's cursor to a named thing (when it was chosen elsewhere)."""
        option_list = self.query_one(OptionList)
        try:
            option_list.highlighted = option_list.get_option_index(option_id(label, key))
        except OptionDoesNotExist:  # not recognized in this text
            return

    @staticmethod
    def _prompt(thing: Named) -> Content:
        color = ENTITY_COLORS.get(thing.label, "")
        count = f"×{thing.count}" if thing.count > 1 else ""
        return Content.assemble("  ", (thing.name, color), ("  " + count, "$foreground-muted"))

    def _chosen(self, action: str) -> None:
        option = self.query_one(OptionList).highlighted_option
        if option is not None and option.id:
            label, key = option.id.split("\t", 1)
            self.post_message(self.Chosen(label, key, action))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._chosen("step")

    def action_library(self) -> None:
        self._chosen("library")
