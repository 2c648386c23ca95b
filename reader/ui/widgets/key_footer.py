"""The footer of key hints, rebuilt only when the keys it shows change."""

from __future__ import annotations

from collections.abc import Hashable

from textual import events
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


#: The palette's key hint as Textual draws it ("^p palette", docked at the right).
_PALETTE_HINT_WIDTH = 12


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
        self.call_after_refresh(self._fit_keys)

    def on_resize(self, event: events.Resize) -> None:
        if any(not key.display for key in self._keys()):
            self._built = None  # keys were left out for a narrower footer: build them anew
            self.refresh(recompose=True)
        else:
            self.call_after_refresh(self._fit_keys)

    def _keys(self) -> list[FooterKey]:
        """The screen's keys, without the palette's hint (Textual's own, docked apart). Each
        is a child of the footer: postil binds no key groups, which Textual nests."""
        return [
            k
            for k in self.children
            if isinstance(k, FooterKey) and not k.has_class("-command-palette")
        ]

    def _fit_keys(self) -> None:
        """Show the palette's hint only where the keys leave room for it: docked at the
        right, it was drawn over the last keys of a narrow terminal ("/ Search" under "^p
        palette" at 80 columns). Ctrl+P still opens the palette, and "?" lists it. Keys that
        still do not fit are left out, from the right but for the last two ("q Quit", "? Keys"),
        instead of running off the edge cut in half ("e Colo" with the entity list open)."""
        keys = self._keys()
        if not keys or any(k.outer_size.width == 0 for k in keys):
            return  # not laid out yet: a later resize or rebuild comes back here
        widths = [k.outer_size.width for k in keys]
        fits = sum(widths) + _PALETTE_HINT_WIDTH <= self.size.width
        if fits != self.show_command_palette:
            self.show_command_palette = fits
            self._built = None  # the same keys, shown otherwise: rebuild
            self.refresh(recompose=True)
            return
        overflow = sum(widths) - self.size.width
        for index in range(len(keys) - 3, 0, -1):  # never the first key, nor the last two
            if overflow <= 0:
                break
            keys[index].display = False
            overflow -= widths[index]
