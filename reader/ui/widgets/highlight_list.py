"""A list of highlights across articles (used by the tags and find screens)."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from annotations.model import Annotation
from reader.ui.typed_app import postil_of
from reader.ui.widgets.highlight_rows import MARGIN, details_line, excerpt, rows, swatch
from reader.ui.widgets.indented import indented
from reader.ui.widgets.lists import FittedList


class HighlightList(FittedList):
    """Each option is one highlight: its article, quote, tags and note. Choosing one opens
    its article at the highlight, wherever the list is shown (tags, find)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._annotations: dict[str, Annotation] = {}

    def show(self, annotations: Sequence[Annotation]) -> None:
        self._annotations = {a.id: a for a in annotations}
        self.fit(lambda width: [Option(self._prompt(a, width), id=a.id) for a in annotations])
        if annotations:
            self.highlighted = 0

    @on(OptionList.OptionSelected)
    def _open(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        annotation = postil_of(self).workspace.store.get(event.option.id or "")
        if annotation is not None:
            postil_of(self).open_article(annotation.article, annotation_id=annotation.id)

    def _prompt(self, annotation: Annotation, width: int) -> Content:
        dark = self.app.current_theme.dark
        title = Content.styled(excerpt(annotation.article_title, 70), "bold")
        return rows(
            indented(Content.assemble(swatch(annotation, dark=dark), " "), title, width),
            indented(MARGIN, excerpt(annotation.quote, 100), width),
            details_line(annotation, 70, width),
        )

    @property
    def current(self) -> Annotation | None:
        """The highlight under the list's cursor."""
        option = self.highlighted_option
        return self._annotations.get(option.id or "") if option is not None else None
