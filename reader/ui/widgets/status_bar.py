"""The article's status line: what n / N step through, a passing note, where the caret is.

Three parts, so the one that matters most never scrolls off: matches on the left (never cut),
then a note or what is under the caret (cut with an ellipsis when long), and the position and
highlight count on the right. The note is for one moment ("no match", "selection cleared"):
the screen clears it at the next caret motion, so nothing stale stays on the line.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.widgets import Static


class StatusBar(Horizontal):
    """Matches · note or context · position; each part a reactive the screen sets."""

    DEFAULT_CSS = """
    StatusBar {
        height: 1;
        background: $panel;
        color: $foreground;
    }
    StatusBar > Static {
        width: auto;
        height: 1;
        text-wrap: nowrap;
        padding: 0 1;
    }
    StatusBar > #status-matches {
        text-style: bold;
        color: $text-primary;
    }
    StatusBar > #status-note {
        width: 1fr;
        text-overflow: ellipsis;
    }
    StatusBar > #status-position {
        color: $text-muted;
    }
    """

    #: What n / N step through, e.g. “twitter” 2/5.
    matches: reactive[str] = reactive("")
    #: A passing message; shown instead of the context until cleared.
    note: reactive[str] = reactive("")
    #: What is under the caret: the selection, a highlight.
    context: reactive[str] = reactive("")
    #: Paragraph, percentage, highlight count.
    position: reactive[str] = reactive("")

    def compose(self) -> ComposeResult:
        yield Static(id="status-matches", markup=False)
        yield Static(id="status-note", markup=False)
        yield Static(id="status-position", markup=False)

    def watch_matches(self, old: str, matches: str) -> None:
        part = self.query_one("#status-matches", Static)
        part.update(matches, layout=cell_len(old) != cell_len(matches))
        part.display = bool(matches)

    def watch_note(self) -> None:
        self._show_note()

    def watch_context(self) -> None:
        self._show_note()

    def _show_note(self) -> None:
        # The note takes the width left (1fr): what it says never changes the layout.
        self.query_one("#status-note", Static).update(self.note or self.context, layout=False)

    def watch_position(self, old: str, position: str) -> None:
        # Sized to its text: laid out again only when that width changes (a caret motion
        # re-laid out the whole screen, most of the cost of a key held down).
        part = self.query_one("#status-position", Static)
        part.update(position, layout=cell_len(old) != cell_len(position))

    @property
    def text(self) -> str:
        """The line as shown (for tests and for reading aloud)."""
        parts = (self.matches, self.note or self.context, self.position)
        return " · ".join(part for part in parts if part)
