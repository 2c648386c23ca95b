"""Reading one article: the text, its entities and highlights, search, and the side panels.

The text is on screen before anything slow happens: entity recognition and locating saved
highlights run in threads once the first frame is out, and paint in when they finish.
Highlighting itself (the part that writes) is :mod:`reader.ui.screens.highlighting`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static

from annotations.model import Annotation
from reader.colors import ENTITY_GROUPS
from reader.library import ArticleError
from reader.mentions.grouping import Named, find_named
from reader.text.loose_match import loose_pattern
from reader.text.match_cursor import MatchCursor
from reader.text.wording import plural
from reader.ui.screens.highlighting import HighlightActions
from reader.ui.screens.type_ahead import TypeAhead
from reader.ui.widgets.annotations_panel import AnnotationsPanel
from reader.ui.widgets.article_view import ArticleView, Highlight
from reader.ui.widgets.entities_panel import EntitiesPanel
from reader.ui.widgets.legend import Legend
from reader.ui.workers import ReportsWorkerErrors
from reader.workspace import Located

if TYPE_CHECKING:
    from reader.library import Article
    from reader.mentions.index import ArticleEntities

#: Texts longer than this get the entities around the caret first (a few ms), then all.
WINDOW_FIRST = 200_000


def _paragraph_window(text: str, offset: int, radius: int) -> tuple[int, int]:
    """Whole paragraphs covering ``offset`` ± ``radius`` characters."""
    start = text.rfind("\n", 0, max(0, offset - radius)) + 1
    end = text.find("\n", min(len(text), offset + radius))
    return start, len(text) if end < 0 else end


class ArticleScreen(HighlightActions, TypeAhead, ReportsWorkerErrors, Screen[None]):
    """One article, readable, searchable and annotatable."""

    HELP_GROUP = "Article"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "annotate", "Highlight", id="article.annotate"),
        Binding("D", "delete_highlight", "Delete highlight", show=False, id="article.delete"),
        Binding("u", "undo", "Undo delete", show=False, id="article.undo"),
        Binding("p", "toggle_panel('highlights')", "Highlights", id="article.panel"),
        Binding("E", "toggle_panel('entities')", "Entity list", id="article.entity-panel"),
        Binding("slash", "search", "Search", id="article.search"),
        Binding("n", "step(1)", "Next match", show=False, id="article.next"),
        Binding("N", "step(-1)", "Previous match", show=False, id="article.previous"),
        Binding("e", "toggle_entities", "Colours", id="article.entities"),
        Binding("x", "export", "Export", show=False, id="article.export"),
        Binding("t", "app.tags", "Tags", show=False, id="article.tags"),
        Binding("f", "app.find", "Find", show=False, id="article.find"),
        Binding("escape", "back", "Back", show=False, id="article.back"),
        *[
            Binding(str(i + 1), f"toggle_kind({i})", f"Colour {name} on/off", show=False)
            for i, (name, _) in enumerate(ENTITY_GROUPS)
        ],
    ]

    def __init__(
        self,
        article_id: str,
        *,
        offset: int | None = None,
        annotation_id: str | None = None,
        entity: tuple[str, str] | None = None,
    ) -> None:
        """Open ``article_id``; put the caret at ``offset``, on a highlight, or on the first
        mention of ``entity`` (label, key) with n / N stepping through its mentions."""
        super().__init__()
        self.article_id = article_id
        self._initial_offset = offset
        self._jump_to = annotation_id
        self._pending_entity = entity
        self.article: Article | None = None
        self.located = Located()
        self.named: list[Named] = []
        self._cursor = MatchCursor()
        self._deleted: list[Annotation] = []
        self._file_missing = False
        self._finished = False  # the end was reached (the article is marked read once)
        self._caret = 0  # where the caret last was, remembered when the screen goes

    # ------------------------------------------------------------- building

    def compose(self) -> ComposeResult:
        try:
            self.article = self.app.workspace.library.load(self.article_id)
        except (ArticleError, LookupError) as error:
            yield Static(f"Cannot open this article: {error}", id="article-error", markup=False)
            yield Footer()
            return
        article = self.article
        meta = [p for p in (article.source, article.date) if p]
        meta.append(f"{article.words:,} words")
        if article.hidden_lines:
            hidden = article.hidden_lines
            meta.append(f"{plural(hidden, 'boilerplate line')} hidden")
        yield Static(article.title, id="article-title", markup=False)
        yield Static(" · ".join(meta), id="article-meta", markup=False)
        yield Legend(id="legend")
        yield AnnotationsPanel(id="panel", classes="side-panel")
        yield EntitiesPanel(id="entities-panel", classes="side-panel")
        yield ArticleView(article.text, id="body")
        yield Input(
            placeholder="search this article (Enter; n / N for next / previous)", id="search"
        )
        yield Static(id="status")
        yield Footer()

    def on_mount(self) -> None:
        if self.article is None:
            return
        view = self.query_one(ArticleView)
        view.focus()
        if self._initial_offset is None and self._jump_to is None and not self._pending_entity:
            from reader.ui.reading import saved_position

            self._initial_offset = saved_position(self.app, self.article.id)
        self._caret = self._initial_offset or 0
        if self._initial_offset is not None:
            self.call_after_refresh(view.move_caret, self._initial_offset, center=True)
        # Threads share the GIL: start the slow work once the text is on screen.
        self.call_after_refresh(self._recognize, self.article)
        self.call_after_refresh(self._locate)

    @work(thread=True, exclusive=True, group="entities", exit_on_error=False)
    def _recognize(self, article: Article) -> None:
        """Colour entities: for a long text, the part on screen first, then all of it."""
        index = self.app.workspace.entities
        view = self.query_one(ArticleView)
        text = article.text
        if len(text) > WINDOW_FIRST:
            start, end = _paragraph_window(text, view.caret, WINDOW_FIRST // 4)
            draft = index.recognizer()(text[start:end])
            spans = [(e.start + start, e.end + start, e.label) for e in draft]
            self.app.call_from_thread(view.set_entities, spans)
        found = index.of(article)
        warning = index.take_warning()
        if warning:
            self.app.call_from_thread(self.notify, warning, severity="warning", timeout=10)
        self.app.call_from_thread(self._show_entities, found)

    def _show_entities(self, found: ArticleEntities) -> None:
        self.query_one(ArticleView).set_entities(found.spans)
        self.named = found.named
        self._refresh_entities_panel()
        if self._pending_entity is not None:
            label, key = self._pending_entity
            self._pending_entity = None
            self._step_through(label, key, jump=False)

    def _refresh_entities_panel(self) -> None:
        legend = self.query_one(Legend)
        hidden = (
            legend.hidden_labels
            if legend.enabled
            else frozenset(label for _, labels in ENTITY_GROUPS for label in labels)
        )
        self.query_one(EntitiesPanel).show(self.named, hidden_labels=hidden)

    @work(thread=True, exclusive=True, group="locate", exit_on_error=False)
    def _locate(self) -> None:
        if self.article is None:
            return
        located = self.app.workspace.locate(self.article)
        self.app.call_from_thread(self._show_located, located)
        if self._jump_to is not None:
            self.app.call_from_thread(self._jump, self._jump_to)
            self._jump_to = None

    def _jump(self, annotation_id: str) -> None:
        """Put the caret on a highlight (used when opened from the tags or find screen)."""
        anchor = self.located.anchor_of(annotation_id)
        if anchor is not None:
            self.query_one(ArticleView).move_caret(anchor.start, center=True)
        else:
            self.notify("That highlight is orphaned here: see the panel (p).", severity="warning")

    def _show_located(self, located: Located, selected: str | None = None) -> None:
        self.located = located
        view = self.query_one(ArticleView)
        view.set_highlights(
            [Highlight(a.id, anchor.start, anchor.end, a.color) for a, anchor in located.anchored]
        )
        layout = view.text_layout
        self.query_one(AnnotationsPanel).show(
            [(a, layout.paragraph_of_offset(anchor.start) + 1) for a, anchor in located.anchored],
            located.orphaned,
            selected=selected,
        )
        self._update_status()

    def store_changed(self) -> None:
        self._locate()

    def file_check(self) -> None:
        """Called on the app's timer: follow the article file if it changed or vanished."""
        if self.article is None:
            return
        try:
            current = self.app.workspace.library.load(self.article_id)
        except (ArticleError, LookupError) as error:
            if not self._file_missing:
                self._file_missing = True
                self.notify(
                    f"{error}. Showing the version read earlier; your highlights are kept.",
                    severity="warning",
                    timeout=10,
                )
            return
        self._file_missing = False
        if current is self.article or current.text == self.article.text:
            self.article = current  # re-read (evicted from memory) but the same text
            return
        self.article = current
        self.query_one(ArticleView).set_text(current.text)
        self._cursor.clear()
        self.named = []
        self._refresh_entities_panel()
        self._recognize(current)
        self._locate()
        self.notify("The article changed on disk and was reloaded; highlights found again.")

    # ------------------------------------------------------------- status

    @on(ArticleView.CaretMoved)
    def _caret_moved(self) -> None:
        self._update_status()
        view = self.query_one(ArticleView)
        self._caret = view.caret
        if not self._finished and view.caret >= len(view.text.rstrip()) - 1:
            from reader.ui.reading import remember

            self._finished = True
            remember(self.app, self.article_id, view.caret, finished=True)

    def on_unmount(self) -> None:
        """Leaving the article: remember where the reader was."""
        if self.article is not None:
            from reader.ui.reading import remember

            remember(self.app, self.article.id, self._caret)

    def _update_status(self) -> None:
        view = self.query_one(ArticleView)
        layout = view.text_layout
        paragraph = layout.paragraph_of_offset(view.caret) + 1
        percent = round(100 * view.caret / max(1, len(view.text)))
        parts = [f"¶{paragraph}/{len(layout.paragraph_starts)}", f"{percent}%"]
        if view.selection is not None:
            start, end = view.selection
            parts.append(f"selected {end - start} chars: a highlights, esc clears")
        elif (highlight := view.highlight_at(view.caret)) is not None:
            annotation = self.located.find(highlight.id)
            if annotation is not None:
                tags = " ".join(f"#{t}" for t in annotation.tags)
                note = annotation.note.splitlines()[0] if annotation.note else ""
                parts.append(f"highlight {tags} {note}".strip() + " · a edits, D deletes")
        count = len(self.located.anchored)
        parts.append(plural(count, "highlight"))
        if self.located.orphaned:
            parts.append(f"{len(self.located.orphaned)} orphaned (p)")
        if stepping := self._cursor.status():
            parts.append(f"{stepping} (n / N)")
        self.query_one("#status", Static).update(" · ".join(parts))

    # ------------------------------------------------------------- search and mentions

    def type_ahead_box(self) -> Input | None:
        return self.query_one("#search", Input) if self.article is not None else None

    def on_key(self, event: events.Key) -> None:
        self.type_ahead(event)

    def action_search(self) -> None:
        self.open_type_ahead()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        view = self.query_one(ArticleView)
        query = event.value.strip()
        self.query_one("#search", Input).remove_class("visible")
        view.focus()
        if not query:
            self._show_matches(None)
            return
        pattern = loose_pattern(query, ignore_case=True)
        spans = [m.span() for m in pattern.finditer(view.text)] if pattern else []
        if not spans:
            self.notify(f"Not found: {query}", severity="warning")
            self._cursor.clear()
            self._show_matches(None)
            return
        self._show_matches(self._cursor.set(f"“{query}”", spans, view.caret))

    def _step_through(self, label: str, key: str, *, jump: bool = True) -> None:
        """Make a named thing's mentions what n / N step through."""
        thing = find_named(self.named, label, key)
        if thing is None:
            self.notify("Not mentioned in this article.", severity="warning")
            return
        view = self.query_one(ArticleView)
        first = self._cursor.set(thing.name, list(thing.spans), view.caret)
        self._show_matches(first if jump else None)
        self.query_one(EntitiesPanel).highlight(thing.label, thing.key)

    def _show_matches(self, goto: tuple[int, int] | None) -> None:
        view = self.query_one(ArticleView)
        view.set_matches(self._cursor.spans, self._cursor.current)
        if goto is not None:
            view.move_caret(goto[0], center=True)
        self._update_status()

    def action_step(self, delta: int) -> None:
        """n / N: the next or previous match or mention (n with nothing to step: search)."""
        span = self._cursor.step(delta)
        if span is None:
            if delta > 0:
                self.action_search()
            return
        self._show_matches(span)

    @on(EntitiesPanel.Chosen)
    def _entity_chosen(self, event: EntitiesPanel.Chosen) -> None:
        if event.action == "library":
            self.app.action_mentions(event.label, event.key)
            return
        self._step_through(event.label, event.key)

    # ------------------------------------------------------------- display

    def action_toggle_entities(self) -> None:
        legend = self.query_one(Legend)
        legend.enabled = not legend.enabled
        legend.refresh_legend()
        self._apply_legend()

    def action_toggle_kind(self, index: int) -> None:
        self.query_one(Legend).toggle_group(index)
        self._apply_legend()

    @on(Legend.Changed)
    def _apply_legend(self) -> None:
        legend = self.query_one(Legend)
        self.query_one(ArticleView).set_entity_display(legend.enabled, legend.hidden_labels)
        self._refresh_entities_panel()

    def action_toggle_panel(self, which: str) -> None:
        """Show the highlights or the entities panel (one at a time), or hide it."""
        panel = self.query_one(AnnotationsPanel if which == "highlights" else EntitiesPanel)
        showing = not panel.has_class("visible")
        for side in self.query(".side-panel"):
            side.set_class(side is panel and showing, "visible")
        if showing:
            panel.query_one(OptionList).focus()
        else:
            self.query_one(ArticleView).focus()

    def action_back(self) -> None:
        """Escape peels one layer: search box, panel focus, selection, then the article."""
        if self.article is None:
            self.dismiss()
            return
        view = self.query_one(ArticleView)
        search = self.query_one("#search", Input)
        if search.has_focus:
            search.remove_class("visible")
            view.focus()
        elif any(panel.has_focus_within for panel in self.query(".side-panel")):
            view.focus()
        elif view.selection is not None or view.selecting:
            view.clear_selection()
        elif self._cursor.status():
            self._cursor.clear()
            self._show_matches(None)
        else:
            self.dismiss()

    def action_export(self) -> None:
        if self.article is None:
            return
        annotations = [a for a, _ in self.located.anchored] + self.located.orphaned
        self.app.export_highlights(annotations, self.article.title)

    def palette_commands(self) -> list[SystemCommand]:
        """Commands this screen adds to the command palette."""
        return [
            SystemCommand(
                "Export this article", "Markdown to the export folder", self.action_export
            ),
            SystemCommand(
                "Toggle entity colours",
                "Colour people, places, dates...",
                self.action_toggle_entities,
            ),
            SystemCommand(
                "Highlights panel",
                "This article's highlights",
                lambda: self.action_toggle_panel("highlights"),
            ),
            SystemCommand(
                "Entities panel",
                "People, organisations, places... with mention counts",
                lambda: self.action_toggle_panel("entities"),
            ),
            SystemCommand("Search this article", "Find text in the article", self.action_search),
        ]

    def check_action(self, action: str, parameters: tuple[Any, ...]) -> bool | None:
        return self.article is not None or action == "back"
