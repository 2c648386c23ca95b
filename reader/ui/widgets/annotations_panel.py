"""The side panel listing an article's highlights in text order, orphans last."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from annotations.model import Annotation
from reader.ui.widgets.highlight_rows import details_line, excerpt, rows, swatch


class AnnotationsPanel(Vertical):
    """Highlights of the open article; Enter jumps, e edits, d deletes, r re-attaches."""

    HELP_GROUP = "Highlights panel"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "edit", "Edit", id="panel.edit"),
        Binding("d,delete", "delete", "Delete", id="panel.delete"),
        Binding("r", "reattach", "Re-attach", id="panel.reattach"),
    ]

    class Chosen(Message):
        """The user picked a highlight (``action`` is "jump", "edit", "delete" or "reattach")."""

        def __init__(self, annotation_id: str, action: str) -> None:
            super().__init__()
            self.annotation_id = annotation_id
            self.action = action

    def compose(self) -> ComposeResult:
        yield Label("Highlights", id="panel-title")
        yield OptionList(id="panel-list")

    def show(
        self,
        anchored: list[tuple[Annotation, int]],
        orphaned: list[Annotation],
        selected: str | None = None,
    ) -> None:
        """List ``anchored`` (annotation, paragraph number) in order, then ``orphaned``."""
        option_list = self.query_one(OptionList)
        keep = selected or (
            option_list.highlighted_option.id if option_list.highlighted_option else None
        )
        options: list[Option] = []
        for annotation, paragraph in anchored:
            options.append(Option(self._prompt(annotation, f"¶{paragraph}"), id=annotation.id))
        for annotation in orphaned:
            options.append(Option(self._prompt(annotation, "orphaned"), id=annotation.id))
        option_list.clear_options()
        option_list.add_options(options)
        ids = [option.id for option in options]
        if keep in ids:
            option_list.highlighted = ids.index(keep)
        elif options:
            option_list.highlighted = 0
        title = f"Highlights ({len(anchored)})"
        if orphaned:
            title += f" · {len(orphaned)} orphaned"
        self.query_one("#panel-title", Label).update(title)

    @staticmethod
    def _prompt(annotation: Annotation, locator: str) -> Content:
        locator_style = "$error" if locator == "orphaned" else "$foreground-muted"
        quote = excerpt(annotation.quote, 80)
        first = Content.assemble(swatch(annotation), " ", (locator, locator_style), " ", quote)
        return rows(first, details_line(annotation, 60))

    def _chosen(self, action: str) -> None:
        option = self.query_one(OptionList).highlighted_option
        if option is not None and option.id is not None:
            self.post_message(self.Chosen(option.id, action))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Chosen(event.option.id, "jump"))

    def action_edit(self) -> None:
        self._chosen("edit")

    def action_delete(self) -> None:
        self._chosen("delete")

    def action_reattach(self) -> None:
        self._chosen("reattach")
