"""How a highlight is written in a list: colour swatch, a short quote, tags and the note.

Shared by the highlights panel of an article and the highlight lists of the tags and find
screens, so a highlight looks the same wherever it is listed. Each line is wrapped at the
list's width under its own start (:mod:`.indented`).
"""

from __future__ import annotations

from textual.content import Content

from annotations.model import Annotation
from reader.colors import highlight_color
from reader.ui.widgets.indented import indented

#: Where a highlight's quote and details start, under its swatch.
MARGIN = "   "


def excerpt(text: str, limit: int) -> str:
    """``text`` on one line, cut at ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def swatch(annotation: Annotation, *, dark: bool) -> tuple[str, str]:
    """A one-cell block of the highlight's colour, as the text shows it on this theme."""
    return " ", f"on {highlight_color(annotation.color, dark=dark)}"


def provenance(annotation: Annotation) -> str:
    """``from Hypothesis, user alice@hypothes.is`` for an imported highlight, else ``""``."""
    origin, creator = annotation.origin, annotation.creator
    if origin and creator:
        text = f"from {origin}, user {creator}"
    elif origin or creator:
        text = f"from {origin}" if origin else f"by {creator}"
    else:
        return ""
    return excerpt(text, 60)


def details_line(annotation: Annotation, note_limit: int, width: int) -> Content | None:
    """``#tag #tag  start of the note  · from Hypothesis, user …``, indented and wrapped at
    ``width``; ``None`` when there is nothing to say."""
    details = " ".join(f"#{tag}" for tag in annotation.tags)
    if annotation.note:
        details = f"{details}  {excerpt(annotation.note, note_limit)}".strip()
    origin = provenance(annotation)
    if origin:
        details = f"{details}  · {origin}".strip()
    if not details:
        return None
    return indented(MARGIN, Content.styled(details, "$text-primary"), width)


def rows(*lines: Content | None) -> Content:
    """The non-empty ``lines`` as one multi-line prompt."""
    return Content("\n").join(line for line in lines if line is not None)


def quote_copy(annotation: Annotation | None) -> tuple[str, str] | None:
    """What ``y`` copies of a listed highlight: its quote."""
    return (annotation.quote, "the highlight's quote") if annotation is not None else None
