"""What every postil screen shares: typed access to the app, copying, redraw on a new theme."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.screen import Screen

from reader.ui.breakpoints import start_at_breakpoints
from reader.ui.typed_app import postil_of
from reader.ui.workers import ReportsWorkerErrors

if TYPE_CHECKING:
    from reader.ui.app import PostilApp


class PostilScreen(ReportsWorkerErrors, Screen[None]):
    """A full screen of postil (dialogs are :class:`~textual.screen.ModalScreen` instead)."""

    HELP_GROUP: ClassVar[str] = "This screen"

    def __init__(self) -> None:
        super().__init__()
        start_at_breakpoints(self)

    BINDINGS: ClassVar[list[BindingType]] = [
        # Textual's own ctrl+c copies its mouse selection, which postil's lists and text do not
        # use; postil's copy is y, and ctrl+c does the same (see README, "Copying").
        Binding("y,ctrl+c", "copy", "Copy", show=False, id="screen.copy"),
    ]

    @property
    def postil(self) -> PostilApp:
        return postil_of(self)

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _: self.theme_changed())

    def theme_changed(self) -> None:
        """The theme changed: redraw what uses postil's own colours (dark or light set)."""

    def copy_text(self) -> tuple[str, str] | None:
        """What ``y`` copies here, and what to call it: ``(text, "the quote")``."""
        return None

    def action_copy(self) -> None:
        """Copy to the system clipboard (OSC 52) and say what was copied."""
        found = self.copy_text()
        if found is None:
            self.notify("Nothing to copy here (q quits).", severity="warning")
            return
        text, what = found
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied {what} ({len(text):,} characters).")
