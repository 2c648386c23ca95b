"""The list every postil screen uses: Textual's OptionList with vim's keys too."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.ui.keys import motion


class PostilList(OptionList):
    """An OptionList where ``j k g G ctrl+d ctrl+u`` move as in vim (and less, and lazygit),
    so every list of postil answers the same keys as the article text.

    The row under the cursor is a grey tint (not Textual's blue block), so the entity, tag
    and highlight colours in it keep their contrast (tests/ui/test_colors.py).
    """

    HELP_GROUP = "Lists"

    DEFAULT_CSS = """
    PostilList, PostilList:focus {
        height: 1fr;
        border: none;
        padding: 0 1;
        background-tint: $foreground 0%;
    }
    PostilList > .option-list--option-highlighted {
        color: $foreground;
        background: $foreground 5%;
    }
    PostilList:focus > .option-list--option-highlighted {
        color: $foreground;
        background: $foreground 8%;
        text-style: bold;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        motion("down,j", "cursor_down", "Down", "list.down"),
        motion("up,k", "cursor_up", "Up", "list.up"),
        motion("home,g", "first", "First", "list.first"),
        motion("end,G", "last", "Last", "list.last"),
        motion("pagedown", "page_down", "Page down", "list.page-down"),
        motion("pageup", "page_up", "Page up", "list.page-up"),
        motion("ctrl+d", "half_page(1)", "Half page down", "list.half-down"),
        motion("ctrl+u", "half_page(-1)", "Half page up", "list.half-up"),
        Binding("enter", "select", "Open", show=False, id="list.select"),
    ]

    def _option_lines(self, index: int) -> int:
        option = self.get_option_at_index(index)
        return str(option.prompt).count("\n") + 1

    def action_half_page(self, direction: int) -> None:
        """Move the highlight about half the list's height, to an option that can be chosen."""
        if not self.option_count:
            return
        index = self.highlighted if self.highlighted is not None else 0
        budget = max(1, self.scrollable_content_region.height // 2)
        while budget > 0 and 0 <= index + direction < self.option_count:
            index += direction
            budget -= self._option_lines(index)
        while 0 < index < self.option_count - 1 and self.get_option_at_index(index).disabled:
            index += direction
        if not self.get_option_at_index(index).disabled:
            self.highlighted = index


def text_width(options: OptionList) -> int:
    """The cells a row of ``options`` has: less the scrollbar, whether it shows yet or not
    (rows made for the width are made before it shows)."""
    return options.content_region.width - options.styles.scrollbar_size_vertical


class FittedList(PostilList):
    """A list whose rows are made for its width (wrapped or laid out in columns by the
    screen, so the list wraps nothing), and made again when a resize changes the width."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._make: Callable[[int], list[Option]] | None = None
        self._fitted = -1

    @property
    def text_width(self) -> int:
        """The cells a row has (:func:`text_width`)."""
        return text_width(self)

    def fit(self, make: Callable[[int], list[Option]]) -> None:
        """Show the rows ``make`` gives for the list's width (now, and after each resize)."""
        self._make = make
        self._fitted = self.text_width
        self.set_options(make(self._fitted))

    def on_resize(self) -> None:
        if self._make is None or self.text_width == self._fitted:
            return
        at = self.highlighted
        self.fit(self._make)
        if at is not None and at < self.option_count:
            self.highlighted = at
