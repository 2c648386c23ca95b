"""The highlight dialog: colour, tags (with completion from existing tags) and a note.

Nothing typed here is lost: Esc closes the dialog but hands back what was typed (the screen
keeps it as a draft for the next ``a`` on the same passage); only "Discard" throws it away.
The body scrolls and the buttons stay in sight, so the dialog works at 80x24 and at 60x20.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.suggester import Suggester
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static, TextArea

from annotations.model import COLORS, DEFAULT_COLOR, normalize_tags
from reader.colors import highlight_color
from reader.ui.dialogs.base import Dialog
from reader.ui.widgets.text_fields import NoteArea, TextInput


@dataclass(frozen=True)
class Draft:
    """What the dialog returns: the user's choices, not yet saved."""

    color: str
    tags: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class Outcome:
    """How the dialog ended: saved, or closed with what was typed (``changed``: differs from
    what it opened with, so worth keeping as a draft)."""

    draft: Draft
    saved: bool
    changed: bool


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


class TagsInput(TextInput):
    """The tags box: Enter goes on to the note at once, so a note typed (or pasted) right
    after Enter lands in the note, not in the tags.

    A priority binding runs when the app reads the key, before it hands the next keys to the
    focused widget; keys typed before Enter are already queued in this box and stay here.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter", "to_note", "Next: the note", show=False, priority=True, id="dialog.to-note"
        ),
    ]

    def action_to_note(self) -> None:
        self.screen.set_focus(self.screen.query_one("#note", TextArea))


class AnnotateDialog(Dialog[Outcome | None]):
    """Ask for colour, tags and note; dismiss with an :class:`Outcome`, or ``None`` when the
    reader discards what was typed."""

    HELP_GROUP = "Highlight dialog"

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-wide")]  # noqa: RUF012 (read by Textual)
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]  # noqa: RUF012

    DEFAULT_CSS = """
    AnnotateDialog #annotate-dialog {
        height: auto;
        max-height: 100%;
    }
    AnnotateDialog #quote {
        color: $text-muted;
        border-left: outer $primary;
        padding-left: 1;
        max-height: 6;
    }
    AnnotateDialog.-short #quote {
        max-height: 2;
    }
    AnnotateDialog #color {
        layout: horizontal;
        height: auto;
        width: 100%;
        border: none;
        padding: 0;
    }
    AnnotateDialog.-narrow #color {
        layout: grid;
        grid-size: 3;
    }
    AnnotateDialog #tags-in-use {
        color: $text-muted;
    }
    AnnotateDialog #note {
        height: 6;
    }
    AnnotateDialog.-short #note {
        height: 3;
    }
    AnnotateDialog .buttons {
        dock: bottom;
        background: $surface;
    }
    """

    AUTO_FOCUS = "#tags"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="dialog.save"),
        Binding("escape", "close", "Close (keeps a draft)", id="dialog.cancel"),
    ]

    def __init__(
        self,
        quote: str,
        *,
        tags_in_use: dict[str, int],
        draft: Draft | None = None,
        editing: bool = False,
        restored: bool = False,
    ) -> None:
        """``draft`` fills the fields (the highlight's values, or a draft kept earlier:
        ``restored``)."""
        super().__init__()
        self._quote = quote
        self._tags_in_use = tags_in_use
        self._draft = draft or Draft(DEFAULT_COLOR, (), "")
        self._editing = editing
        self._restored = restored

    def compose(self) -> ComposeResult:
        quote = self._quote if len(self._quote) <= 300 else self._quote[:297] + "…"
        dark = self.app.current_theme.dark
        popular = sorted(self._tags_in_use, key=lambda t: (-self._tags_in_use[t], t))[:12]
        title = "Edit highlight" if self._editing else "New highlight"
        if self._restored:
            title += " · your draft, kept from before"
        with VerticalScroll(id="annotate-dialog", classes="dialog"):
            yield Label(title, classes="title", markup=False)
            yield Static(quote, id="quote", markup=False)
            with RadioSet(id="color"):
                for color in COLORS:
                    yield RadioButton(
                        f"[on {highlight_color(color, dark=dark)}] {color} [/]",
                        value=color == self._draft.color,
                        name=color,
                    )
            yield Label("Tags (comma separated; → accepts a suggestion)")
            yield TagsInput(
                ", ".join(self._draft.tags),
                placeholder="e.g. gdpr, china",
                id="tags",
                suggester=TagSuggester(popular + sorted(self._tags_in_use)),
            )
            if popular:
                yield Static("in use: " + ", ".join(popular), id="tags-in-use", markup=False)
            yield Label("Note (Enter: new line)")
            yield NoteArea(self._draft.note, id="note", soft_wrap=True)
            with Horizontal(classes="buttons"):
                yield Button("Save ctrl+s", variant="primary", id="save")
                yield Button("Discard", variant="error", id="discard")
                yield Button("Close esc", id="close")

    def current(self) -> Draft:
        """What the fields say now."""
        pressed = self.query_one("#color", RadioSet).pressed_button
        color = pressed.name if pressed is not None and pressed.name else DEFAULT_COLOR
        tags = tuple(normalize_tags(self.query_one("#tags", Input).value))
        note = self.query_one("#note", TextArea).text.strip()
        return Draft(color, tags, note)

    def _outcome(self, *, saved: bool) -> Outcome:
        draft = self.current()
        return Outcome(draft, saved=saved, changed=draft != self._draft or self._restored)

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        self.dismiss(self._outcome(saved=True))

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        self.dismiss(self._outcome(saved=False))

    @on(Button.Pressed, "#discard")
    def _discard(self) -> None:
        self.dismiss(None)
