"""Keys typed right after "/" belong in the box "/" opens.

Textual moves focus after the current message, so keys that arrive in the same burst as "/"
(a fast typist, a paste, a terminal multiplexer) would still go to the list or the text, where
"h" moves the caret and "n" jumps to a match. A screen calls :meth:`TypeAhead.type_ahead`
first thing in ``on_key``: "/" opens the box at once, and printable keys that arrive before
the box has focus are typed into it.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from reader.ui.screens.base import PostilScreen


class TypeAhead(PostilScreen):
    """Mixin for a screen with one search or filter box that "/" opens."""

    _typing_into: Input | None = None

    def type_ahead_box(self) -> Input | None:
        """The box "/" opens (``None``: no box right now)."""
        raise NotImplementedError

    def open_type_ahead(self) -> None:
        """Show and focus the box; keys until it has focus are typed into it."""
        box = self.type_ahead_box()
        if box is None:
            return
        box.add_class("visible")
        self._typing_into = box
        box.focus()  # Textual moves focus when its queue reaches this...
        self.app.call_later(self._end_type_ahead, box)  # ...so this runs right after

    def _end_type_ahead(self, box: Input) -> None:
        """The box has focus (or focus went elsewhere): keys go where focus says again."""
        if self._typing_into is box:
            self._typing_into = None

    def type_ahead(self, event: events.Key) -> bool:
        """Route ``event`` for the box if it belongs there; ``True`` if it was handled."""
        box = self._typing_into
        if box is not None and (box.has_focus or not box.is_attached):
            self._typing_into = box = None  # the box gets its own keys now
        if box is None:
            if event.key == "slash" and not isinstance(self.focused, Input):
                self.open_type_ahead()
                event.stop()
                event.prevent_default()
                return True
            return False
        if event.is_printable and event.character:
            box.insert_text_at_cursor(event.character)
        elif event.key == "enter":
            box.post_message(Input.Submitted(box, box.value))
        else:
            return False
        event.stop()
        event.prevent_default()
        return True
