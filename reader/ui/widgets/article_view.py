"""The article body: a line-API widget with a caret, a selection, entities and highlights.

Like Textualize/toolong it renders only the lines on screen (``render_line``), so a 1 MB
article opens as fast as a short one. Selection is the widget's own (caret + anchor, by
keyboard or mouse drag) rather than Textual's screen selection, because a highlight needs exact
offsets into the displayed text, which the widget's layout already knows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.text import motions
from reader.text.wrap import GAP, Layout
from reader.ui.rendering import Decorations, LineStyler, SpanIndex

#: The reading measure: wrapped lines are at most this many cells wide.
MEASURE = 88


@dataclass(frozen=True)
class Highlight:
    """A saved highlight as the view draws it."""

    id: str
    start: int
    end: int
    color: str


class ArticleView(ScrollView, can_focus=True):
    """Wrapped, centred article text with a caret and a selection, rendered line by line."""

    HELP_GROUP = "Reading and selecting"

    ALLOW_SELECT = False

    DEFAULT_CSS = """
    ArticleView {
        overflow-x: hidden;
        overflow-y: auto;
        padding: 0 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "caret_down", "Down", show=False, id="reader.down"),
        Binding("up,k", "caret_up", "Up", show=False, id="reader.up"),
        Binding("left,h", "caret_left", "Left", show=False, id="reader.left"),
        Binding("right,l", "caret_right", "Right", show=False, id="reader.right"),
        Binding("w,ctrl+right", "word_next", "Next word", show=False, id="reader.word-next"),
        Binding("b,ctrl+left", "word_previous", "Prev word", show=False, id="reader.word-prev"),
        Binding(")", "sentence_next", "Next sentence", show=False, id="reader.sentence-next"),
        Binding("(", "sentence_previous", "Prev sentence", show=False, id="reader.sentence-prev"),
        Binding("}", "paragraph_next", "Next paragraph", show=False, id="reader.para-next"),
        Binding("{", "paragraph_previous", "Prev paragraph", show=False, id="reader.para-prev"),
        Binding(
            "pagedown,space,ctrl+f", "page_down", "Page down", show=False, id="reader.page-down"
        ),
        Binding("pageup,ctrl+b", "page_up", "Page up", show=False, id="reader.page-up"),
        Binding("g,ctrl+home", "top", "Top", show=False, id="reader.top"),
        Binding("G,ctrl+end", "bottom", "Bottom", show=False, id="reader.bottom"),
        Binding("home", "line_start", "Line start", show=False, id="reader.line-start"),
        Binding("end", "line_end", "Line end", show=False, id="reader.line-end"),
        Binding("ctrl+e", "scroll_line_down", "Scroll down", show=False, id="reader.scroll-down"),
        Binding("ctrl+y", "scroll_line_up", "Scroll up", show=False, id="reader.scroll-up"),
        Binding("v", "toggle_select", "Select", id="reader.select"),
        Binding("s", "select_sentence", "Select sentence", show=False, id="reader.select-sentence"),
        Binding(
            "V", "select_paragraph", "Select paragraph", show=False, id="reader.select-paragraph"
        ),
        Binding("shift+right", "extend('right')", "Extend right", show=False),
        Binding("shift+left", "extend('left')", "Extend left", show=False),
        Binding("shift+down", "extend('down')", "Extend down", show=False),
        Binding("shift+up", "extend('up')", "Extend up", show=False),
        Binding("ctrl+shift+right", "extend('word_next')", "Extend word", show=False),
        Binding("ctrl+shift+left", "extend('word_previous')", "Extend word back", show=False),
    ]

    class CaretMoved(Message):
        """The caret moved or the selection changed."""

        def __init__(self, view: ArticleView) -> None:
            super().__init__()
            self.view = view

    def __init__(self, text: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = text
        self.decorations = Decorations(caret=0)
        self.layout_cache: Layout | None = None
        self._styler = LineStyler()
        self._anchor: int | None = None
        self._selecting = False
        self._dragging = False
        self._goal_column: int | None = None
        self._highlights: list[Highlight] = []

    # ----------------------------------------------------------------- state

    def set_text(self, text: str) -> None:
        """Show a new version of the article (its file changed): same caret offset, clamped;
        entities, highlights, matches and the selection are cleared until set again."""
        caret = min(self.caret, len(text))
        self.text = text
        self.decorations = Decorations(caret=caret)
        self._anchor = None
        self._selecting = False
        self._highlights = []
        self.layout_cache = Layout.build(text, self._measure())
        self.virtual_size = Size(self.scrollable_content_region.width, self.layout_cache.line_count)
        self.scroll_to_caret()
        self.refresh()

    @property
    def caret(self) -> int:
        return self.decorations.caret or 0

    @property
    def selecting(self) -> bool:
        """True while in selection mode (``v``), even before the caret has moved."""
        return self._selecting or self._anchor is not None

    @property
    def selection(self) -> tuple[int, int] | None:
        """The selected ``[start, end)`` range, or ``None``."""
        return self.decorations.selection

    @property
    def text_layout(self) -> Layout:
        if self.layout_cache is None:
            self.layout_cache = Layout.build(self.text, self._measure())
        return self.layout_cache

    @property
    def highlights(self) -> list[Highlight]:
        return self._highlights

    def set_entities(self, spans: Sequence[tuple[int, int, str]]) -> None:
        self.decorations.entities = SpanIndex.from_spans(spans)
        self.refresh()

    def set_entity_display(self, show: bool, hidden: frozenset[str] = frozenset()) -> None:
        self.decorations.show_entities = show
        self.decorations.hidden_labels = hidden
        self.refresh()

    def set_highlights(self, highlights: Sequence[Highlight]) -> None:
        self._highlights = sorted(highlights, key=lambda h: (h.start, h.end))
        self.decorations.highlights = [(h.start, h.end, h.color) for h in self._highlights]
        self.refresh()

    def set_matches(self, matches: Sequence[tuple[int, int]], current: int | None) -> None:
        self.decorations.matches = list(matches)
        self.decorations.current_match = current
        self.refresh()

    def highlight_at(self, offset: int) -> Highlight | None:
        """The innermost (last drawn) highlight covering ``offset``."""
        found = None
        for highlight in self._highlights:
            if highlight.start <= offset < highlight.end:
                found = highlight
        return found

    def clear_selection(self) -> None:
        self._anchor = None
        self._selecting = False
        self._update_selection()

    def select(self, start: int, end: int) -> None:
        """Select ``[start, end)``; the caret goes to its end."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        self._anchor = start
        self._selecting = True
        self.move_caret(end, keep_selection=True)

    def move_caret(
        self, offset: int, *, keep_selection: bool = False, center: bool = False
    ) -> None:
        """Put the caret at ``offset``; extend the selection if one is being made."""
        offset = max(0, min(offset, len(self.text)))
        self.decorations.caret = offset
        if not keep_selection and not self._selecting:
            self._anchor = None
        self._update_selection()
        self.scroll_to_caret(center=center)

    def _update_selection(self) -> None:
        anchor, caret = self._anchor, self.caret
        if anchor is None:
            self.decorations.selection = None
        else:
            # Between anchor and caret, as in a text editor: "v w" selects one word.
            start, end = min(anchor, caret), max(anchor, caret)
            self.decorations.selection = (start, end) if end > start else None
        self.refresh()
        self.post_message(self.CaretMoved(self))

    # ----------------------------------------------------------------- layout

    def _measure(self) -> int:
        return max(10, min(MEASURE, self.scrollable_content_region.width - 1))

    def _left_pad(self) -> int:
        return max(0, (self.scrollable_content_region.width - self.text_layout.width) // 2)

    def on_resize(self, event: events.Resize) -> None:
        measure = self._measure()
        if self.layout_cache is None or self.layout_cache.width != measure:
            self.layout_cache = Layout.build(self.text, measure)
        self.virtual_size = Size(self.scrollable_content_region.width, self.text_layout.line_count)
        self.scroll_to_caret()

    def scroll_to_caret(self, *, center: bool = False) -> None:
        if not self.size.height:
            return
        line = self.text_layout.line_of_offset(self.caret)
        height = self.scrollable_content_region.height
        top = round(self.scroll_y)
        margin = min(3, max(0, height // 4))
        if center:
            self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)
        elif line < top + margin:
            self.scroll_to(y=max(0, line - margin), animate=False, immediate=True)
        elif line >= top + height - margin:
            self.scroll_to(y=line - height + margin + 1, animate=False, immediate=True)

    def render_line(self, y: int) -> Strip:
        layout = self.text_layout
        line = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if line >= layout.line_count or layout.starts[line] == GAP:
            return Strip.blank(width, base)
        start, end = layout.starts[line], layout.ends[line]
        next_start = layout.starts[line + 1] if line + 1 < layout.line_count else len(self.text)
        if next_start == GAP:
            next_start = end + 1
        segments = [Segment(" " * self._left_pad(), base)]
        segments += self._styler.segments(self.text, start, end, next_start, self.decorations, base)
        return Strip(segments).adjust_cell_length(width, base)

    # ----------------------------------------------------------------- keys

    def _vertical(self, delta: int) -> int:
        layout = self.text_layout
        line = layout.line_of_offset(self.caret)
        if self._goal_column is None:
            self._goal_column = layout.column_of_offset(self.caret)
        target = min(max(0, line + delta), layout.line_count - 1)
        step = 1 if delta > 0 else -1
        while 0 < target < layout.line_count - 1 and layout.starts[target] == GAP:
            target += step
        return layout.offset_at(target, self._goal_column)

    def _move(self, offset: int, *, keep_goal: bool = False) -> None:
        if not keep_goal:
            self._goal_column = None
        self.move_caret(offset)

    def action_caret_down(self) -> None:
        self._move(self._vertical(1), keep_goal=True)

    def action_caret_up(self) -> None:
        self._move(self._vertical(-1), keep_goal=True)

    def action_caret_left(self) -> None:
        self._move(self.caret - 1)

    def action_caret_right(self) -> None:
        self._move(self.caret + 1)

    def action_word_next(self) -> None:
        self._move(motions.next_word(self.text, self.caret))

    def action_word_previous(self) -> None:
        self._move(motions.previous_word(self.text, self.caret))

    def action_sentence_next(self) -> None:
        self._move(motions.next_sentence(self.text, self.caret))

    def action_sentence_previous(self) -> None:
        self._move(motions.previous_sentence(self.text, self.caret))

    def action_paragraph_next(self) -> None:
        self._move(motions.next_paragraph(self.text, self.caret))

    def action_paragraph_previous(self) -> None:
        self._move(motions.previous_paragraph(self.text, self.caret))

    def action_page_down(self) -> None:
        page = max(1, self.scrollable_content_region.height - 2)
        self.scroll_to(y=self.scroll_y + page, animate=False, immediate=True)
        self._move(self._vertical(page), keep_goal=True)

    def action_page_up(self) -> None:
        page = max(1, self.scrollable_content_region.height - 2)
        self.scroll_to(y=max(0, self.scroll_y - page), animate=False, immediate=True)
        self._move(self._vertical(-page), keep_goal=True)

    def action_top(self) -> None:
        self._move(0)

    def action_bottom(self) -> None:
        self._move(len(self.text))

    def action_line_start(self) -> None:
        layout = self.text_layout
        self._move(layout.starts[layout.line_of_offset(self.caret)])

    def action_line_end(self) -> None:
        layout = self.text_layout
        self._move(layout.ends[layout.line_of_offset(self.caret)])

    def action_scroll_line_down(self) -> None:
        self.scroll_to(y=self.scroll_y + 1, animate=False)

    def action_scroll_line_up(self) -> None:
        self.scroll_to(y=max(0, self.scroll_y - 1), animate=False)

    def action_toggle_select(self) -> None:
        if self._selecting or self._anchor is not None:
            self.clear_selection()
        else:
            self._anchor = self.caret
            self._selecting = True
            self._update_selection()

    def action_extend(self, motion: str) -> None:
        if self._anchor is None:
            self._anchor = self.caret
        self._selecting = True
        getattr(
            self, f"action_{'caret_' if motion in {'left', 'right', 'up', 'down'} else ''}{motion}"
        )()

    def action_select_sentence(self) -> None:
        self.select(*motions.sentence_bounds(self.text, self.caret))

    def action_select_paragraph(self) -> None:
        self.select(*motions.paragraph_bounds(self.text, self.caret))

    # ----------------------------------------------------------------- mouse

    def _offset_at_mouse(self, event: events.MouseEvent) -> int:
        offset = event.get_content_offset_capture(self)
        line = round(self.scroll_y) + offset.y
        return self.text_layout.offset_at(line, offset.x - self._left_pad())

    def on_mouse_down(self, event: events.MouseDown) -> None:
        if event.button != 1:
            return
        self.focus()
        self._dragging = True
        self.capture_mouse()
        offset = self._offset_at_mouse(event)
        self._selecting = False
        self._anchor = offset
        self._goal_column = None
        self.move_caret(offset, keep_selection=True)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._dragging:
            self.move_caret(self._offset_at_mouse(event), keep_selection=True)

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if not self._dragging:
            return
        self._dragging = False
        self.release_mouse()
        offset = self._offset_at_mouse(event)
        if offset == self._anchor:
            self._anchor = None
            self.move_caret(offset)
        else:
            self.move_caret(offset, keep_selection=True)

    def on_click(self, event: events.Click) -> None:
        if event.chain == 2:
            start = motions.previous_word(self.text, self.caret + 1)
            end = start
            while end < len(self.text) and (self.text[end].isalnum() or self.text[end] in "-'’"):
                end += 1
            if end > start:
                self.select(start, end)
        elif event.chain >= 3:
            self.action_select_paragraph()
