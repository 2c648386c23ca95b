"""Styling one visual line: entity colours, links, highlights, search matches, selection, caret.

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
    #: The article's links (value: the URL), drawn underlined.
    links: SpanIndex = field(default_factory=SpanIndex)
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
            label, highlight, match, selected, caret, linked = key
            colors = self._palette
            style = base
            if label is not None:
                style += Style(color=colors.entities.get(str(label)))
            if linked:
                style += Style(underline=True)
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
        line = _LineSpans.of(deco, start, end)
        caret = deco.caret
        result: list[Segment] = []
        for a, b in pairwise(sorted(line.cuts(deco))):
            if a < b:
                key = (*line.layers_at(deco, a), caret == a, line.linked_at(deco, a))
                result.append(Segment(text[a:b], self._style(base, key)))
        if caret is not None and end <= caret < max(next_start, end + 1):
            selected = deco.selection is not None and deco.selection[0] <= caret < deco.selection[1]
            result.append(Segment(" ", self._style(base, (None, None, 0, selected, True, False))))
        return result


@dataclass
class _LineSpans:
    """What of the decorations overlaps one line ``[start, end)``: found once per line."""

    start: int
    end: int
    entities: range
    links: range
    highlights: list[tuple[int, int, str]]
    matches: list[tuple[int, tuple[int, int]]]

    @classmethod
    def of(cls, deco: Decorations, start: int, end: int) -> _LineSpans:
        entities = deco.entities
        shown = deco.show_entities and len(entities)
        return cls(
            start,
            end,
            entities.overlapping(start, end) if shown else range(0),
            deco.links.overlapping(start, end) if len(deco.links) else range(0),
            [h for h in deco.highlights if h[0] < end and h[1] > start],
            [(i, m) for i, m in enumerate(deco.matches) if m[0] < end and m[1] > start],
        )

    def cuts(self, deco: Decorations) -> set[int]:
        """Every offset in the line where some decoration starts or ends."""
        start, end = self.start, self.end
        spans = [(deco.entities.starts[i], deco.entities.ends[i]) for i in self.entities]
        spans += [(deco.links.starts[i], deco.links.ends[i]) for i in self.links]
        spans += [(h[0], h[1]) for h in self.highlights]
        spans += [m for _, m in self.matches]
        if deco.selection is not None:
            spans.append(deco.selection)
        if deco.caret is not None and start <= deco.caret < end:
            spans.append((deco.caret, deco.caret + 1))
        cuts = {start, end}
        for a, b in spans:
            cuts.add(min(end, max(start, a)))
            cuts.add(min(end, max(start, b)))
        return cuts

    def layers_at(self, deco: Decorations, a: int) -> tuple[str | None, str | None, int, bool]:
        """(entity label, highlight colour, match: 0 none / 1 / 2 current, selected) at ``a``."""
        label = None
        entities = deco.entities
        for i in self.entities:
            if entities.starts[i] <= a < entities.ends[i]:
                if entities.values[i] not in deco.hidden_labels:
                    label = entities.values[i]
                break
        highlight = None
        for h_start, h_end, color in self.highlights:
            if h_start <= a < h_end:
                highlight = color  # later ones paint over earlier
        match = 0
        for i, (m_start, m_end) in self.matches:
            if m_start <= a < m_end:
                match = 2 if i == deco.current_match else 1
        selected = deco.selection is not None and deco.selection[0] <= a < deco.selection[1]
        return label, highlight, match, selected

    def linked_at(self, deco: Decorations, a: int) -> bool:
        links = deco.links
        return any(links.starts[i] <= a < links.ends[i] for i in self.links)
