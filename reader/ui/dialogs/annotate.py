"""The highlight dialog: colour, tags (with completion from existing tags) and a note."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static, TextArea

from annotations.model import COLORS, DEFAULT_COLOR, normalize_tags
from reader.colors import HIGHLIGHT_BACKGROUNDS


@dataclass(frozen=True)
class Draft:
    """What the dialog returns: the user's choices, not yet saved."""

    color: str
    tags: tuple[str, ...]
    note: str


class TagSuggester(Suggester):
    """Completes the tag being typed (after the last comma) from tags already in use."""

    def __init__(self, tags: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=False)
        self._tags = tags

    async def get_suggestion(self, value: str) -> str | None:
        head, _, current = value.rpartition(",")
        current = current.lstrip().lstrip("#").lower()
        if not current:
            return None
        typed = set(normalize_tags(head))
        for tag in self._tags:
            if tag.startswith(current) and tag != current and tag not in typed:
                prefix = f"{head}, " if head else ""
                return f"{prefix}{tag}"
        return None


class AnnotateDialog(ModalScreen[Draft | None]):
    """Ask for colour, tags and note; dismiss with a :class:`Draft` or ``None``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="dialog.save"),
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
    ]

    def __init__(
        self,
        quote: str,
        *,
        tags_in_use: dict[str, int],
        draft: Draft | None = None,
        editing: bool = False,
    ) -> None:
        super().__init__()
        self._quote = quote
        self._tags_in_use = tags_in_use
        self._draft = draft or Draft(DEFAULT_COLOR, (), "")
        self._editing = editing

    def compose(self) -> ComposeResult:
        quote = self._quote if len(self._quote) <= 300 else self._quote[:297] + "…"
        popular = sorted(self._tags_in_use, key=lambda t: (-self._tags_in_use[t], t))[:12]
        with Vertical(id="annotate-dialog", classes="dialog"):
            yield Label("Edit highlight" if self._editing else "New highlight", classes="title")
            yield Static(quote, id="quote", markup=False)
            yield Label("Colour")
            with RadioSet(id="color"):
                for color in COLORS:
                    yield RadioButton(
                        f"[on {HIGHLIGHT_BACKGROUNDS[color]}] {color} [/]",
                        value=color == self._draft.color,
                        name=color,
                    )
            yield Label("Tags (comma separated; → accepts a suggestion)")
            yield Input(
                ", ".join(self._draft.tags),
                placeholder="e.g. gdpr, china",
                id="tags",
                suggester=TagSuggester(popular + sorted(self._tags_in_use)),
            )
            if popular:
                yield Static("in use: " + ", ".join(popular), id="tags-in-use", markup=False)
            yield Label("Note")
            yield TextArea(self._draft.note, id="note", soft_wrap=True)
            with Horizontal(classes="buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="save")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#tags", Input).focus()

    @on(Input.Submitted, "#tags")
    def _tags_done(self) -> None:
        self.query_one("#note", TextArea).focus()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        radio = self.query_one("#color", RadioSet)
        pressed = radio.pressed_button
        color = pressed.name if pressed is not None and pressed.name else DEFAULT_COLOR
        tags = tuple(normalize_tags(self.query_one("#tags", Input).value))
        note = self.query_one("#note", TextArea).text.strip()
        self.dismiss(Draft(color, tags, note))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
