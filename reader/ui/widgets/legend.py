"""The entity legend: one swatch per kind; a click or a number key toggles that kind."""

from __future__ import annotations

from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from reader.colors import ENTITY_COLORS, ENTITY_GROUPS


class Legend(Static):
    """Shows which entity kinds are coloured; kinds switched off are struck through.

    Each kind is a click target (a ``@click`` action in the content), so clicking works
    wherever the text lands: centred, or wrapped onto two lines in a narrow terminal.
    """

    class Changed(Message):
        """The kinds shown changed (by a click; keys go through the screen)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.auto_links = False  # keep each kind's own colour, not Textual's link style
        self.hidden_groups: set[int] = set()
        self.enabled = True

    def on_mount(self) -> None:
        self.refresh_legend()

    @property
    def hidden_labels(self) -> frozenset[str]:
        return frozenset(label for index in self.hidden_groups for label in ENTITY_GROUPS[index][1])

    def toggle_group(self, index: int) -> None:
        if 0 <= index < len(ENTITY_GROUPS):
            self.hidden_groups ^= {index}
            self.refresh_legend()

    def action_toggle_group(self, index: int) -> None:
        """A click on a kind: switch it, and tell the screen."""
        if self.enabled:
            self.toggle_group(index)
            self.post_message(self.Changed())

    def refresh_legend(self) -> None:
        if not self.enabled:
            self.update(Content.styled("entity colours off (e turns them on)", "$foreground-muted"))
            return
        parts: list[Content | str | tuple[str, str]] = []
        for index, (name, labels) in enumerate(ENTITY_GROUPS):
            color = ENTITY_COLORS[labels[0]]
            shown = index not in self.hidden_groups
            click = f"@click=toggle_group({index})"
            if parts:
                parts.append("  ")
            parts.append((f"{index + 1} ", f"$foreground-muted {click}"))
            parts.append((name, f"{'bold ' + color if shown else 'dim strike'} {click}"))
        self.update(Content.assemble(*parts))
