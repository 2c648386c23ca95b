"""The article body: a line-API widget with a caret, a selection, entities and highlights.

Like Textualize/toolong it renders only the lines on screen (``render_line``), so a 1 MB
article opens as fast as a short one. Selection is the widget's own (caret + mark, by
keyboard or mouse drag) rather than Textual's screen selection, because a highlight needs exact
offsets into the displayed text, which the widget's layout already knows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.text import motions
from reader.text.wrap import GAP, Layout
from reader.ui.keys import motion
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
    """Wrapped, centred article text with a caret and a selection, rendered line by line.

    The view state is reactive: ``caret`` and ``mark`` (the selection runs from the mark to
    the caret), ``selecting`` (``v`` pressed: motions extend it), and the entity display
    (``show_entities``, ``hidden_labels``, bound to the screen's). Each watcher updates what
    is drawn; a change of caret or selection is told to the screen as :class:`CaretMoved`.
    """

    HELP_GROUP = "Reading and selecting"

    ALLOW_SELECT = False

    DEFAULT_CSS = """
    ArticleView {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;
        padding: 0 1;
        height: 1fr;
    }
    ArticleView:focus {
        background-tint: $foreground 0%;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        motion("down,j", "caret_down", "Down", "reader.down"),
        motion("up,k", "caret_up", "Up", "reader.up"),
        motion("left,h", "caret_left", "Left", "reader.left"),
        motion("right,l", "caret_right", "Right", "reader.right"),
        motion("w,ctrl+right", "word_next", "Next word", "reader.word-next"),
        motion("b,ctrl+left", "word_previous", "Previous word", "reader.word-prev"),
        motion(")", "sentence_next", "Next sentence", "reader.sentence-next"),
        motion("(", "sentence_previous", "Previous sentence", "reader.sentence-prev"),
        motion("}", "paragraph_next", "Next paragraph", "reader.para-next"),
        motion("{", "paragraph_previous", "Previous paragraph", "reader.para-prev"),
        motion("pagedown,space,ctrl+f", "page(1)", "Page down", "reader.page-down"),
        motion("pageup,ctrl+b", "page(-1)", "Page up", "reader.page-up"),
        motion("ctrl+d", "half_page(1)", "Half page down", "reader.half-down"),
        motion("ctrl+u", "half_page(-1)", "Half page up", "reader.half-up"),
        motion("g,ctrl+home", "top", "Top", "reader.top"),
        motion("G,ctrl+end", "bottom", "Bottom", "reader.bottom"),
        motion("home", "line_start", "Line start", "reader.line-start"),
        motion("end", "line_end", "Line end", "reader.line-end"),
        motion("ctrl+e", "scroll_line(1)", "Scroll down", "reader.scroll-down"),
        motion("ctrl+y", "scroll_line(-1)", "Scroll up", "reader.scroll-up"),
        Binding("v", "toggle_select", "Select", id="reader.select", tooltip="Start a selection"),
        Binding("s", "select_sentence", "Select sentence", show=False, id="reader.select-sentence"),
        Binding(
            "V", "select_paragraph", "Select paragraph", show=False, id="reader.select-paragraph"
        ),
        motion("shift+right", "extend('right')", "Extend right", "reader.extend-right"),
        motion("shift+left", "extend('left')", "Extend left", "reader.extend-left"),
        motion("shift+down", "extend('down')", "Extend down", "reader.extend-down"),
        motion("shift+up", "extend('up')", "Extend up", "reader.extend-up"),
        motion("ctrl+shift+right", "extend('word_next')", "Extend a word", "reader.extend-word"),
        motion(
            "ctrl+shift+left", "extend('word_previous')", "Extend a word back", "reader.extend-back"
        ),
    ]

    #: Where the caret is, as an offset into the text.
    caret: reactive[int] = reactive(0, repaint=False)
    #: Where the selection started, vim's and Emacs's mark (``None``: no selection).
    mark: reactive[int | None] = reactive(None, repaint=False)
    #: ``v`` was pressed: the selection grows with the caret, even before it moves.
    selecting: reactive[bool] = reactive(False, repaint=False)
    show_entities: reactive[bool] = reactive(True)
    hidden_labels: reactive[frozenset[str]] = reactive(frozenset())

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
        self._dragging = False
        self._goal_column: int | None = None
        self._highlights: list[Highlight] = []
        #: ``G`` was the last motion: a longer text (the rest of a big file) keeps the caret at
        #: its end, as ``less`` does at the end of a growing file.
        self._wants_end = False
        #: The base style and the text's width during one :meth:`render_lines` pass.
        self._frame: tuple[Style, int] | None = None
        #: Rendered lines, as toolong keeps them: a scroll or a repaint after a caret move
        #: styles only the lines it has not drawn yet. ``_drawn`` changes whenever anything
        #: but the caret changes what a line looks like, so an old entry is never reused.
        self._strips: LRUCache[tuple[object, ...], Strip] = LRUCache(1024)
        self._drawn = 0

    # ----------------------------------------------------------------- state

    def validate_caret(self, caret: int) -> int:
        return max(0, min(caret, len(self.text)))

    def watch_caret(self, old: int, new: int) -> None:
        self._selection_changed(old)

    def watch_mark(self) -> None:
        self._selection_changed(None)

    def watch_selecting(self, selecting: bool) -> None:
        if selecting and self.mark is None:
            self.mark = self.caret

    def watch_show_entities(self, show: bool) -> None:
        self.decorations.show_entities = show
        self._repaint()

    def watch_hidden_labels(self, hidden: frozenset[str]) -> None:
        self.decorations.hidden_labels = hidden
        self._repaint()

    def _selection_changed(self, old_caret: int | None) -> None:
        """Draw the new caret and selection: a caret that moved alone repaints only the lines
        it left and reached (a key held down repainted the whole screen each time)."""
        mark, caret = self.mark, self.caret
        self.decorations.caret = caret
        # Between mark and caret, as in a text editor: "v w" selects one word.
        start, end = (min(mark, caret), max(mark, caret)) if mark is not None else (0, 0)
        selection = (start, end) if end > start else None
        if old_caret is None or selection != self.decorations.selection:
            self.decorations.selection = selection
            self._repaint()
        else:
            self._repaint_around(old_caret)
            self._repaint_around(caret)
        self.post_message(self.CaretMoved(self))

    def _repaint(self) -> None:
        """Something other than the caret changed how lines look: draw every line afresh."""
        self._drawn += 1
        self.refresh()

    def _repaint_around(self, offset: int) -> None:
        """Repaint the line holding ``offset``, and its neighbours: a caret at a line's end
        is drawn on that line, at a line break on the next."""
        line = self.text_layout.line_of_offset(min(offset, len(self.text)))
        self.refresh_lines(max(0, line - 1), 3)

    def set_text(self, text: str, layout: Layout | None = None) -> None:
        """Show a new version of the article (its file changed, or the rest of a big one was
        read): same caret offset, clamped, or the new end after ``G`` at the old one; entities,
        highlights, matches and the selection are cleared until set again.

        ``layout``: ``text`` already wrapped (in a worker: 3 s for 100 MB), used if its
        width is still the view's.
        """
        caret = len(text) if self._wants_end else min(self.caret, len(text))
        self.text = text
        self.decorations = Decorations(
            caret=caret, show_entities=self.show_entities, hidden_labels=self.hidden_labels
        )
        self.selecting = False
        self.mark = None
        self._highlights = []
        fits = layout is not None and layout.text is text and layout.width == self._measure()
        self.layout_cache = layout if fits else Layout.build(text, self._measure())
        self.virtual_size = Size(self.scrollable_content_region.width, self.text_layout.line_count)
        self.caret = caret
        self.scroll_to_caret()
        self._repaint()

    def measure(self) -> int:
        """The width the text is wrapped at now (for a layout built ahead, see set_text)."""
        return self._measure()

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
        self._repaint()

    def set_links(self, links: Sequence[tuple[int, int, str]]) -> None:
        """The article's links, ``(start, end, url)``: underlined, their URL told on request."""
        self.decorations.links = SpanIndex.from_spans(links)
        self._repaint()

    def link_at(self, offset: int) -> str | None:
        """The URL of the link at ``offset``, if there is one."""
        links = self.decorations.links
        for i in links.overlapping(offset, offset + 1):
            return links.values[i]
        return None

    def set_highlights(self, highlights: Sequence[Highlight]) -> None:
        self._highlights = sorted(highlights, key=lambda h: (h.start, h.end))
        self.decorations.highlights = [(h.start, h.end, h.color) for h in self._highlights]
        self._repaint()

    def set_matches(self, matches: Sequence[tuple[int, int]], current: int | None) -> None:
        self.decorations.matches = list(matches)
        self.decorations.current_match = current
        self._repaint()

    def on_mount(self) -> None:
        self.restyle()

    def restyle(self) -> None:
        """Compose styles from the theme's colour set (dark or light), e.g. after a change."""
        self._styler = LineStyler(dark=self.app.current_theme.dark)
        self._repaint()

    def highlight_at(self, offset: int) -> Highlight | None:
        """The innermost (last drawn) highlight covering ``offset``."""
        found = None
        for highlight in self._highlights:
            if highlight.start <= offset < highlight.end:
                found = highlight
        return found

    def clear_selection(self) -> None:
        self.selecting = False
        self.mark = None

    def select(self, start: int, end: int) -> None:
        """Select ``[start, end)``; the caret goes to its end."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        self.selecting = True
        self.mark = start
        self.move_caret(end)

    def move_caret(self, offset: int, *, center: bool = False) -> None:
        """Put the caret at ``offset`` and keep it in view. A selection being made (``v``)
        follows it; a finished one (a drag, ``s``) is let go, as in an editor."""
        if not self.selecting:
            self.mark = None
        self._wants_end = False
        self.caret = offset
        self.scroll_to_caret(center=center)

    # ----------------------------------------------------------------- layout

    def _measure(self) -> int:
        """The wrapping width. Before the first layout pass the view has no width yet, and
        something (the caret's first repaint, the status line) already asks for the layout:
        the full measure is what a terminal of 90 columns or more will have, where a
        10-column guess wrapped the first screen's text into thousands of lines and again
        at the real width (half of the time from Enter to the first frame of a big file)."""
        width = self.scrollable_content_region.width
        return MEASURE if width <= 0 else max(10, min(MEASURE, width - 1))

    def _left_pad(self, width: int | None = None) -> int:
        if width is None:
            width = self.scrollable_content_region.width
        return max(0, (width - self.text_layout.width) // 2)

    def on_resize(self, event: events.Resize) -> None:
        measure = self._measure()
        if self.layout_cache is None or self.layout_cache.width != measure:
            self.layout_cache = Layout.build(self.text, measure)
            self._drawn += 1
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
            self._scroll_to_line(line - height // 3)
        elif line < top + margin:
            self._scroll_to_line(line - margin)
        elif line >= top + height - margin:
            self._scroll_to_line(line - height + margin + 1)

    def _scroll_to_line(self, line: float) -> None:
        """Put visual ``line`` at the top, now, whether or not the scrollbar is shown yet.

        Textual drops a scroll (``allow_vertical_scroll``) while the scrollbar is hidden, and
        it is hidden until the layout pass after ``virtual_size`` grew: a key pressed between
        the text growing (opening, a longer text, more of a big file) and that pass moved the
        caret but left the view where it was. ``force`` scrolls anyway; the offset is still
        clamped to the virtual size, which is already right.
        """
        self.scroll_to(y=max(0, line), animate=False, immediate=True, force=True)

    def render_lines(self, crop: Region) -> list[Strip]:
        """Render the lines on screen, looking up the base style and the width once per frame:
        Textual computes each afresh, and they cost more than styling a line of text."""
        self._frame = (self.rich_style, self.scrollable_content_region.width)
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def render_line(self, y: int) -> Strip:
        layout = self.text_layout
        line = round(self.scroll_y) + y
        base, width = self._frame or (self.rich_style, self.scrollable_content_region.width)
        if line >= layout.line_count or layout.starts[line] == GAP:
            return Strip.blank(width, base)
        start, end = layout.starts[line], layout.ends[line]
        next_start = layout.starts[line + 1] if line + 1 < layout.line_count else len(self.text)
        if next_start == GAP:
            next_start = end + 1
        caret = self.decorations.caret
        caret_here = caret if caret is not None and start <= caret <= next_start else None
        key = (line, width, base, self._drawn, caret_here)
        strip = self._strips.get(key)
        if strip is None:
            segments = [Segment(" " * self._left_pad(width), base)]
            deco = self.decorations
            segments += self._styler.segments(self.text, start, end, next_start, deco, base)
            strip = Strip(segments).adjust_cell_length(width, base)
            self._strips[key] = strip
        return strip

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

    def action_page(self, direction: int) -> None:
        self._scroll_and_move(direction * max(1, self.scrollable_content_region.height - 2))

    def action_half_page(self, direction: int) -> None:
        self._scroll_and_move(direction * max(1, self.scrollable_content_region.height // 2))

    def _scroll_and_move(self, lines: int) -> None:
        """Scroll ``lines`` and move the caret as many lines, keeping its column (as vim)."""
        self._scroll_to_line(self.scroll_y + lines)
        self._move(self._vertical(lines), keep_goal=True)

    def action_top(self) -> None:
        self._move(0)

    def action_bottom(self) -> None:
        self._move(len(self.text))
        self._wants_end = True

    def action_line_start(self) -> None:
        layout = self.text_layout
        self._move(layout.starts[layout.line_of_offset(self.caret)])

    def action_line_end(self) -> None:
        layout = self.text_layout
        self._move(layout.ends[layout.line_of_offset(self.caret)])

    def action_scroll_line(self, lines: int) -> None:
        self._scroll_to_line(self.scroll_y + lines)

    def action_toggle_select(self) -> None:
        if self.selecting or self.mark is not None:
            self.clear_selection()
        else:
            self.selecting = True

    def action_extend(self, motion: str) -> None:
        """shift+motion: select from here to where the motion goes."""
        self.selecting = True
        step = f"caret_{motion}" if motion in {"left", "right", "up", "down"} else motion
        getattr(self, f"action_{step}")()

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
        self.selecting = False
        self._goal_column = None
        self._wants_end = False
        self.mark = offset
        self.caret = offset
        self.scroll_to_caret()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._dragging:
            self.caret = self._offset_at_mouse(event)
            self.scroll_to_caret()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if not self._dragging:
            return
        self._dragging = False
        self.release_mouse()
        self.caret = offset = self._offset_at_mouse(event)
        if offset == self.mark:  # a click, not a drag: no selection
            self.mark = None
        self.scroll_to_caret()

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
