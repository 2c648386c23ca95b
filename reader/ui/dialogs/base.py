"""What every postil dialog looks like: a bordered box in the middle, as large as it needs and
never larger than the terminal; its body scrolls and its buttons stay in sight."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.binding import Binding, BindingType
from textual.screen import ModalScreen

from reader.ui.breakpoints import start_at_breakpoints

T = TypeVar("T")


class Dialog(ModalScreen[T]):
    """A modal box: ``.dialog`` holds the content, ``.buttons`` the row of buttons.

    A dialog names the field that has focus first in ``AUTO_FOCUS`` (Textual's), rather than
    moving focus in ``on_mount``: Textual would first focus the first focusable widget (the
    scrolling body), and each move restyles the whole dialog (18 ms of the highlight
    dialog's 180).

    Tab and shift+tab move between the fields as priority bindings, checked as the key
    arrives: Textual's own are checked after the focused field has had the key, and keys
    typed in the meantime (a fast typist on a busy machine, a pasted "tag<Tab>note") went to
    the field Tab was leaving.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "app.focus_next", "Next field", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", "Previous field", show=False, priority=True),
    ]

    DEFAULT_CSS = """
    Dialog {
        align: center middle;
    }
    Dialog .dialog {
        width: 76;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: thick $primary;
        background: $surface;
        padding: 0 1;
    }
    Dialog .dialog.small {
        width: 60;
    }
    Dialog .title {
        text-style: bold;
    }
    Dialog .buttons {
        height: auto;
        align-horizontal: right;
    }
    Dialog .buttons Button {
        margin-left: 2;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        start_at_breakpoints(self)
