"""The entity legend: one swatch per kind; a click or a number key toggles that kind."""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from reader.colors import ENTITY_GROUPS, entity_color

#: Shorter names for narrow terminals, so the legend stays on one line at 80 columns.
_SHORT_NAMES = ("people", "groups", "orgs", "places", "dates", "money", "numbers", "laws")


class Legend(Widget):
    """Which entity kinds are coloured; kinds switched off are struck through.

    One line whatever the width: full names when they fit, short ones at 80 columns, and only
    the coloured numbers below that. Each kind is a click target (an ``@click`` action in the
    content), so clicking works wherever the text lands.
    """

    DEFAULT_CSS = """
    Legend {
        height: 1;
        width: 100%;
        text-align: center;
        text-wrap: nowrap;
    }
    """

    #: Entity colours on at all (``e``); bound to the article screen's.
    show_entities: reactive[bool] = reactive(True)
    #: Indexes into :data:`ENTITY_GROUPS` switched off; bound to the article screen's.
    hidden_groups: reactive[frozenset[int]] = reactive(frozenset())

    class Toggled(Message):
        """A kind was clicked: the screen switches it (as the number keys do)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def action_toggle_group(self, index: int) -> None:
        if self.show_entities:
            self.post_message(self.Toggled(index))

    def render(self) -> RenderResult:
        if not self.show_entities:
            return Content.styled("entity colours off (e turns them on)", "$text-muted")
        dark = self.app.current_theme.dark
        width = self.content_region.width or 200
        for names in ([name for name, _ in ENTITY_GROUPS], _SHORT_NAMES, None):
            content = self._assemble(names, dark)
            if content.cell_length <= width:
                break
        return content

    def _assemble(self, names: list[str] | tuple[str, ...] | None, dark: bool) -> Content:
        parts: list[Content | str | tuple[str, str]] = []
        for index, (_, labels) in enumerate(ENTITY_GROUPS):
            color = entity_color(labels[0], dark=dark)
            shown = index not in self.hidden_groups
            style = f"{'bold ' + color if shown else 'dim strike'} @click=toggle_group({index})"
            if parts:
                parts.append("  " if names else " ")
            if names is None:
                parts.append((str(index + 1), style))
                continue
            parts.append((f"{index + 1} ", f"$text-muted @click=toggle_group({index})"))
            parts.append((names[index], style))
        return Content.assemble(*parts)
