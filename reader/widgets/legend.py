"""The entity legend: one swatch per kind; a click or a number key toggles that kind."""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from reader.palette import ENTITY_COLORS, ENTITY_GROUPS


class Legend(Static):
    """Shows which entity kinds are coloured; kinds switched off are struck through."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
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

    def refresh_legend(self) -> None:
        parts: list[Content | str | tuple[str, str]] = []
        if not self.enabled:
            parts.append(("entity colours off (e)", "$foreground-muted"))
        else:
            for index, (name, labels) in enumerate(ENTITY_GROUPS):
                color = ENTITY_COLORS[labels[0]]
                style = f"bold {color}" if index not in self.hidden_groups else "dim strike"
                parts.extend([(f"{index + 1}", "$foreground-muted"), (f" {name}", style), "  "])
        self.update(Content.assemble(*parts))

    def on_click(self, event: events.Click) -> None:
        """Clicking a kind's name toggles it (the legend is laid out left to right)."""
        if not self.enabled:
            return
        x = event.x
        position = 0
        for index, (name, _) in enumerate(ENTITY_GROUPS):
            width = len(f"{index + 1} {name}  ")
            if position <= x < position + width:
                self.toggle_group(index)
                self.post_message(self.Changed())
                return
            position += width

    class Changed(Message):
        """The set of hidden kinds changed."""
