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

from reader.colors import ENTITY_GROUPS, entity_color
from reader.mentions.grouping import Named
from reader.text.wording import plural
from reader.ui.widgets.lists import PostilList


def option_id(label: str, key: str) -> str:
    """The option id of a named thing (label and key cannot contain a tab)."""
    return f"{label}\t{key}"


class NamedMessage(Message):
    """Something to do with one named thing of the panel."""

    def __init__(self, label: str, key: str) -> None:
        super().__init__()
        self.label = label
        self.key = key


class EntitiesPanel(Vertical):
    """Named things grouped by kind; Enter steps through one's mentions, m finds other articles."""

    HELP_GROUP = "Entities panel"

    DEFAULT_CSS = """
    EntitiesPanel #entities-title {
        text-style: bold;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "m",
            "library",
            "In other articles",
            id="entities.library",
            tooltip="Which other articles mention it",
        ),
    ]

    class Step(NamedMessage):
        """Make this thing's mentions what n / N step through, starting with the first."""

    class ShowMentions(NamedMessage):
        """Show the other articles that mention this thing."""

    def compose(self) -> ComposeResult:
        yield Label("Entities", id="entities-title")
        yield PostilList(id="entities-list")

    #: What :meth:`show` listed last, listed again when the panel's width changes.
    _shown: tuple[Sequence[Named], frozenset[str]] | None = None
    #: The width the headings were fitted to.
    _fitted_width = 0

    def on_resize(self) -> None:
        """Headings are fitted to the width (a long one drops the word "mentions"); a change
        of height alone lists nothing again."""
        if self._shown is not None and self._list_width() != self._fitted_width:
            self.show(self._shown[0], hidden_labels=self._shown[1])

    def _list_width(self) -> int:
        """The room for an option's text (the list's width less an option's padding)."""
        return self.query_one(PostilList).scrollable_content_region.width - 2

    def show(self, named: Sequence[Named], *, hidden_labels: frozenset[str] = frozenset()) -> None:
        """List ``named`` by legend group (most mentioned first inside a group)."""
        self._shown = (named, hidden_labels)
        option_list = self.query_one(PostilList)
        keep = option_list.highlighted_option.id if option_list.highlighted_option else None
        dark = self.app.current_theme.dark
        width = self._fitted_width = self._list_width()
        options: list[Option | None] = []
        for group, labels in ENTITY_GROUPS:
            members = [n for n in named if n.label in labels]
            if not members:
                continue
            mentions = sum(n.count for n in members)
            muted = bool(set(labels) & hidden_labels)
            if options:
                options.append(None)
            color = entity_color(labels[0], dark=dark)
            counts = f"  {len(members)} · {plural(mentions, 'mention')}"
            if 0 < width < len(group) + len(counts):
                counts = f"  {len(members)} · {mentions}"  # a narrow panel: one line still
            heading = Content.assemble(
                (group, f"bold {color}" if not muted else "dim strike"),
                (counts, "$text-muted"),
            )
            options.append(Option(heading, disabled=True))
            for thing in members:
                prompt = self._prompt(thing, dark)
                options.append(Option(prompt, id=option_id(thing.label, thing.key)))
        option_list.set_options(options)
        if keep is not None and keep in {o.id for o in options if o is not None}:
            option_list.highlighted = option_list.get_option_index(keep)
        total = sum(n.count for n in named)
        self.query_one("#entities-title", Label).update(
            f"Entities ({len(named)} · {plural(total, 'mention')})"
            if named
            else "Entities: recognizing…"
        )

    def highlight(self, label: str, key: str) -> None:
        """Move the list's cursor to a named thing (when it was chosen elsewhere)."""
        option_list = self.query_one(PostilList)
        try:
            option_list.highlighted = option_list.get_option_index(option_id(label, key))
        except OptionDoesNotExist:  # not recognized in this text
            return

    @staticmethod
    def _prompt(thing: Named, dark: bool) -> Content:
        color = entity_color(thing.label, dark=dark)
        count = f"×{thing.count}" if thing.count > 1 else ""
        return Content.assemble("  ", (thing.name, color), ("  " + count, "$text-muted"))

    @property
    def current(self) -> tuple[str, str] | None:
        """(label, key) of the thing under the list's cursor."""
        option = self.query_one(PostilList).highlighted_option
        if option is None or not option.id:
            return None
        label, key = option.id.split("\t", 1)
        return label, key

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.current is not None:
            self.post_message(self.Step(*self.current))

    def action_library(self) -> None:
        if self.current is not None:
            self.post_message(self.ShowMentions(*self.current))
