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
from reader.ui.widgets.indented import indented
from reader.ui.widgets.lists import FittedList, PostilList


class HighlightMessage(Message):
    """Something to do with one highlight of the panel."""

    def __init__(self, annotation_id: str) -> None:
        super().__init__()
        self.annotation_id = annotation_id


class AnnotationsPanel(Vertical):
    """Highlights of the open article; Enter jumps, e edits, d deletes, r re-attaches."""

    HELP_GROUP = "Highlights panel"

    DEFAULT_CSS = """
    AnnotationsPanel #panel-title {
        text-style: bold;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "edit", "Edit", id="panel.edit", tooltip="Edit this highlight"),
        Binding("d,delete", "delete", "Delete", id="panel.delete", tooltip="Delete it (u undoes)"),
        Binding(
            "r",
            "reattach",
            "Re-attach",
            id="panel.reattach",
            tooltip="Move it to the passage selected in the text",
        ),
        Binding(
            "Y",
            "copy_markdown",
            "Copy Markdown",
            show=False,
            id="panel.copy-markdown",
            tooltip="Its quote, note and tags as Markdown",
        ),
    ]

    class Jump(HighlightMessage):
        """Show this highlight in the text."""

    class Edit(HighlightMessage):
        """Open this highlight's dialog."""

    class Delete(HighlightMessage):
        """Delete this highlight."""

    class Reattach(HighlightMessage):
        """Point this highlight at the selected passage."""

    class CopyMarkdown(HighlightMessage):
        """Copy this highlight as Markdown."""

    def compose(self) -> ComposeResult:
        yield Label("Highlights", id="panel-title")
        yield FittedList(id="panel-list")

    @property
    def current(self) -> str | None:
        """The id of the highlight under the list's cursor."""
        option = self.query_one(PostilList).highlighted_option
        return option.id if option is not None else None

    def show(
        self,
        anchored: list[tuple[Annotation, int]],
        orphaned: list[Annotation],
        selected: str | None = None,
    ) -> None:
        """List ``anchored`` (annotation, paragraph number) in order, then ``orphaned``."""
        option_list = self.query_one(FittedList)
        keep = selected or self.current
        dark = self.app.current_theme.dark
        listed = [(a, f"¶{paragraph}") for a, paragraph in anchored]
        listed += [(a, "orphaned") for a in orphaned]

        def make(width: int) -> list[Option]:
            options = [Option(self._prompt(a, at, dark, width), id=a.id) for a, at in listed]
            if not options:
                empty = "No highlights yet: select a passage (v, s, V or drag) and press a."
                options.append(Option(Content.styled(empty, "$text-muted"), disabled=True))
            return options

        option_list.fit(make)
        options = option_list.options
        ids = [option.id for option in options]
        if keep in ids:
            option_list.highlighted = ids.index(keep)
        elif anchored or orphaned:
            option_list.highlighted = 0
        title = f"Highlights ({len(anchored)})"
        if orphaned:
            title += f" · {len(orphaned)} orphaned"
        self.query_one("#panel-title", Label).update(title)

    @staticmethod
    def _prompt(annotation: Annotation, locator: str, dark: bool, width: int) -> Content:
        """``▌ ¶3 the quote…`` (wrapped under the quote's start) and the details line."""
        locator_style = "$text-error" if locator == "orphaned" else "$text-muted"
        head = Content.assemble(swatch(annotation, dark=dark), " ", (locator, locator_style), " ")
        first = indented(head, excerpt(annotation.quote, 80), width)
        return rows(first, details_line(annotation, 60, width))

    def _post(self, message: type[HighlightMessage]) -> None:
        if self.current is not None:
            self.post_message(message(self.current))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._post(self.Jump)

    def action_edit(self) -> None:
        self._post(self.Edit)

    def action_delete(self) -> None:
        self._post(self.Delete)

    def action_reattach(self) -> None:
        self._post(self.Reattach)

    def action_copy_markdown(self) -> None:
        self._post(self.CopyMarkdown)
