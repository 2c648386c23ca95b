"""A list of highlights across articles (used by the tags and find screens)."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from annotations.model import Annotation
from reader.widgets.highlight_rows import details_line, excerpt, rows, swatch


class HighlightList(OptionList):
    """Each option is one highlight: its article, quote, tags and note; the id is the
    annotation id, so a screen can open the article at it."""

    def show(self, annotations: Sequence[Annotation]) -> None:
        self.clear_options()
        self.add_options(Option(self._prompt(a), id=a.id) for a in annotations)
        if annotations:
            self.highlighted = 0

    @staticmethod
    def _prompt(annotation: Annotation) -> Content:
        return rows(
            Content.assemble(
                swatch(annotation), " ", (excerpt(annotation.article_title, 70), "bold")
            ),
            Content.assemble("   ", excerpt(annotation.quote, 100)),
            details_line(annotation, 70),
        )
