"""The footer of key hints, rebuilt only when the keys it shows change."""

from __future__ import annotations

from collections.abc import Hashable

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget
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
        self._fitted_width = 0

    def compose(self) -> ComposeResult:
        """Textual's keys, each bound key starting in the footer's own compact state, fitted
        to the footer's width (:meth:`_fit`).

        A key starts compact and is then bound to the footer's state, which is not compact: its
        class was set and removed again, two style passes per key on every rebuild (an eighth of
        the work of opening an article). Starting in the footer's state, neither happens. The
        palette key is not bound (Textual shows it compact) and is left as it is.
        """
        widgets = list(super().compose())
        for widget in widgets:
            bound = getattr(widget, "_reactive_connect", None) or {}  # Textual's, read only
            if isinstance(widget, FooterKey) and "compact" in bound:
                widget.set_reactive(FooterKey.compact, self.compact)
        self._fitted_width = self.app.size.width
        yield from self._fit(widgets, self._fitted_width)

    async def recompose(self) -> None:
        """Rebuild, unless the keys are those the footer already shows."""
        ready = self.is_attached and getattr(self, "_bindings_ready", True)  # Textual's own flag
        keys = shown_keys(self.screen) if ready else None
        if keys is not None and keys == self._built:
            return
        self._built = keys
        await super().recompose()

    def on_resize(self, event: events.Resize) -> None:
        """Fit the keys again where the new width would show other keys than the last."""
        if self._fit_plan(self.app.size.width) != self._fit_plan(self._fitted_width):
            self._built = None  # the same keys, shown otherwise: rebuild
            self.refresh(recompose=True)

    def _fit(self, widgets: list[Widget], width: int) -> list[Widget]:
        """``widgets`` fitted to ``width``, decided before they are laid out, so the first
        frame is already right (fitted after a refresh, a snapshot could catch the frame
        before). The palette's hint is left out where the keys leave no room for it: docked
        at the right, it was drawn over the last keys of a narrow terminal ("/ Search" under
        "^p palette" at 80 columns); ctrl+p still opens the palette, and "?" lists it. Keys
        that still do not fit are left out, from the right but for the last two ("q Quit", "?
        Keys"), where they ran off the edge cut in half ("e Colo" with the entity list open)."""
        palette, hidden = self._fit_plan(width, widgets)
        keys = _screen_keys(widgets)
        for index in hidden:
            keys[index].display = False
        return [w for w in widgets if palette or not _is_palette(w)]

    def _fit_plan(
        self, width: int, widgets: list[Widget] | None = None
    ) -> tuple[bool, tuple[int, ...]]:
        """Whether the palette's hint fits at ``width``, and which keys (by index) do not."""
        keys = _screen_keys(widgets if widgets is not None else list(self.children))
        widths = [cell_len(k.key_display) + cell_len(k.description) + _KEY_MARGIN for k in keys]
        overflow = sum(widths) - width
        hidden = []
        for index in range(len(keys) - 3, 0, -1):  # never the first key, nor the last two
            if overflow <= 0:
                break
            hidden.append(index)
            overflow -= widths[index]
        return sum(widths) + _PALETTE_HINT_WIDTH <= width, tuple(hidden)


#: A key's width beyond its key and description, as Textual lays it out (" / Filter ").
_KEY_MARGIN = 3


def _is_palette(widget: Widget) -> bool:
    return isinstance(widget, FooterKey) and widget.has_class("-command-palette")


def _screen_keys(widgets: list[Widget]) -> list[FooterKey]:
    """The screen's keys, without the palette's hint (Textual's own, docked apart). Each is a
    child of the footer: postil binds no key groups, which Textual nests."""
    return [w for w in widgets if isinstance(w, FooterKey) and not _is_palette(w)]
