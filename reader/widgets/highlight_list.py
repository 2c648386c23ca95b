"""A list of highlights across articles (used by the tags and find screens)."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from annotations.model import Annotation
from reader.palette import HIGHLIGHT_BACKGROUNDS


def _excerpt(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
        swatch = (" ", f"on {HIGHLIGHT_BACKGROUNDS.get(annotation.color, '#5f5000')}")
        lines = [
            Content.assemble(swatch, " ", (_excerpt(annotation.article_title, 70), "bold")),
            Content.assemble("   ", _excerpt(annotation.quote, 100)),
        ]
        details = " ".join(f"#{tag}" for tag in annotation.tags)
        if annotation.note:
            details = f"{details}  {_excerpt(annotation.note, 70)}".strip()
        if details:
            lines.append(Content.assemble("   ", (details, "$accent")))
        return Content("\n").join(lines)
