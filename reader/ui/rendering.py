"""Styling one visual line: entity colours, highlights, search matches, selection and caret.

This is the hot path of the reader (it runs for each line on screen at each refresh), so it
works on offsets with bisect over sorted spans and caches composed styles; it never looks at
text outside the line it draws.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from rich.segment import Segment
from rich.style import Style

from reader.colors import palette


@dataclass
class SpanIndex:
    """Sorted, non-overlapping ``(start, end, value)`` spans with fast lookup by offset."""

    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    values: list[str] = field(default_factory=list)

    @classmethod
    def from_spans(cls, spans: Sequence[tuple[int, int, str]]) -> SpanIndex:
        ordered = sorted(spans)
        return cls([s for s, _, _ in ordered], [e for _, e, _ in ordered], [v for *_, v in ordered])

    def __len__(self) -> int:
        return len(self.starts)

    def overlapping(self, start: int, end: int) -> range:
        """Indexes of spans that overlap ``[start, end)``."""
        first = max(0, bisect_right(self.starts, start) - 1)
        if first < len(self.ends) and self.ends[first] <= start:
            first += 1
        last = bisect_left(self.starts, end)
        return range(first, last)


@dataclass
class Decorations:
    """Everything drawn over the plain text, in text offsets."""

    entities: SpanIndex = field(default_factory=SpanIndex)
    hidden_labels: frozenset[str] = frozenset()
    show_entities: bool = True
    #: ``(start, end, colour)`` of saved highlights, sorted; later ones paint over earlier.
    highlights: list[tuple[int, int, str]] = field(default_factory=list)
    matches: list[tuple[int, int]] = field(default_factory=list)
    current_match: int | None = None
    selection: tuple[int, int] | None = None
    caret: int | None = None


class LineStyler:
    """Turns a line's offset range into Rich segments, caching composed styles.

    Colours come from the dark or the light :class:`~reader.colors.Palette`; the view makes a
    new styler when the theme changes.
    """

    def __init__(self, *, dark: bool = True) -> None:
        self._styles: dict[tuple[object, ...], Style] = {}
        self._palette = palette(dark=dark)

    def _style(self, base: Style, key: tuple[object, ...]) -> Style:
        cache_key = (base, *key)
        style = self._styles.get(cache_key)
        if style is None:
            label, highlight, match, selected, caret = key
            colors = self._palette
            style = base
            if label is not None:
                style += Style(color=colors.entities.get(str(label)))
            if highlight is not None:
                highlights = colors.highlights
                style += Style(bgcolor=highlights.get(str(highlight), highlights["yellow"]))
            if match == 2:
                style += Style(bgcolor=colors.current_search, bold=True, underline=True)
            elif match == 1:
                style += Style(bgcolor=colors.search)
            if selected:
                style += Style(bgcolor=colors.selection)
            if caret:
                style += Style(reverse=True)
            self._styles[cache_key] = style
        return style

    def segments(
        self, text: str, start: int, end: int, next_start: int, deco: Decorations, base: Style
    ) -> list[Segment]:
        """Segments for ``text[start:end]``; ``next_start`` is where the next line begins.

        A caret between ``end`` and ``next_start`` (at a line break or paragraph end) is drawn
        as a reversed space after the text.
        """
        cuts = {start, end}
        entity_index = deco.entities
        entity_range = range(0)
        if deco.show_entities and len(entity_index):
            entity_range = entity_index.overlapping(start, end)
            for i in entity_range:
                cuts.add(max(start, entity_index.starts[i]))
                cuts.add(min(end, entity_index.ends[i]))
        highlights = [h for h in deco.highlights if h[0] < end and h[1] > start]
        for h_start, h_end, _ in highlights:
            cuts.add(max(start, h_start))
            cuts.add(min(end, h_end))
        matches = (
            [(i, m) for i, m in enumerate(deco.matches) if m[0] < end and m[1] > start]
            if deco.matches
            else []
        )
        for _, (m_start, m_end) in matches:
            cuts.add(max(start, m_start))
            cuts.add(min(end, m_end))
        if deco.selection is not None:
            cuts.add(min(end, max(start, deco.selection[0])))
            cuts.add(min(end, max(start, deco.selection[1])))
        caret = deco.caret
        if caret is not None and start <= caret < end:
            cuts.add(caret)
            cuts.add(caret + 1)
        points = sorted(cuts)
        result: list[Segment] = []
        for a, b in pairwise(points):
            if a >= b:
                continue
            label = None
            for i in entity_range:
                if entity_index.starts[i] <= a < entity_index.ends[i]:
                    if entity_index.values[i] not in deco.hidden_labels:
                        label = entity_index.values[i]
                    break
            highlight = None
            for h_start, h_end, color in highlights:
                if h_start <= a < h_end:
                    highlight = color
            match = 0
            for i, (m_start, m_end) in matches:
                if m_start <= a < m_end:
                    match = 2 if i == deco.current_match else 1
            selected = deco.selection is not None and deco.selection[0] <= a < deco.selection[1]
            key = (label, highlight, match, selected, caret == a)
            result.append(Segment(text[a:b], self._style(base, key)))
        if caret is not None and end <= caret < max(next_start, end + 1):
            selected = deco.selection is not None and deco.selection[0] <= caret < deco.selection[1]
            result.append(Segment(" ", self._style(base, (None, None, 0, selected, True))))
        return result
