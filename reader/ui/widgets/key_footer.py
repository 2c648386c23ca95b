"""The footer of key hints, rebuilt only when the keys it shows change."""

from __future__ import annotations

from collections.abc import Hashable

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


def shown_keys(screen: Screen[object]) -> tuple[Hashable, ...]:
    """What a footer on ``screen`` would show: each binding's key as displayed, label, action,
    state and group (all bindings, shown or not: the palette key is shown apart)."""
    app = screen.app
    return tuple(
        (
            key,
            app.get_key_display(binding),
            binding.description,
            binding.action,
            binding.show,
            enabled,
            tooltip,
            binding.group,
        )
        for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items()
    )


class KeyFooter(Footer):
    """Textual's footer, without the rebuilds that change nothing.

    Textual rebuilds the whole footer (a widget and two style passes per key) on every
    ``bindings_updated`` signal, and a screen sends four or five of them while it opens (focus,
    stack, app focus), almost always with the same keys. Those rebuilds were a third of the
    work of opening an article. Here a rebuild happens only when the keys shown, their labels
    or their enabled state differ from those the footer shows. It is decided when the rebuild
    runs (after the next refresh), not when the signal comes: a passing state while a screen
    opens (focus moving) has settled back by then.
    """

    def __init__(self) -> None:
        super().__init__()
        self._built: tuple[Hashable, ...] | None = None

    def compose(self) -> ComposeResult:
        """Textual's keys, each bound key starting in the footer's own compact state.

        A key starts compact and is then bound to the footer's state, which is not compact: its
        class was set and removed again, two style passes per key on every rebuild (an eighth of
        the work of opening an article). Starting in the footer's state, neither happens. The
        palette key is not bound (Textual shows it compact) and is left as it is.
        """
        for widget in super().compose():
            bound = getattr(widget, "_reactive_connect", None) or {}  # Textual's, read only
            if isinstance(widget, FooterKey) and "compact" in bound:
                widget.set_reactive(FooterKey.compact, self.compact)
            yield widget

    async def recompose(self) -> None:
        """Rebuild, unless the keys are those the footer already shows."""
        ready = self.is_attached and getattr(self, "_bindings_ready", True)  # Textual's own flag
        keys = shown_keys(self.screen) if ready else None
        if keys is not None and keys == self._built:
            return
        self._built = keys
        await super().recompose()
