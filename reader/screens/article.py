"""Reading one article: the text, its entities, its highlights, search and the highlight panel.

The text is on screen before anything slow happens: entity recognition and locating saved
highlights run in threads and paint in when they finish.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from annotations.anchoring import Anchor
from annotations.export import paragraph_number
from annotations.model import Annotation, Selector
from reader.dialogs.annotate import AnnotateDialog, Draft
from reader.library import Article, ArticleError
from reader.motions import trim_selection
from reader.palette import ENTITY_GROUPS
from reader.widgets.annotations_panel import AnnotationsPanel
from reader.widgets.article_view import ArticleView, Highlight
from reader.widgets.legend import Legend
from reader.workspace import Located

#: Texts longer than this get the entities around the caret first (a few ms), then all.
WINDOW_FIRST = 200_000


def _paragraph_window(text: str, offset: int, radius: int) -> tuple[int, int]:
    """Whole paragraphs covering ``offset`` ± ``radius`` characters."""
    start = text.rfind("\n", 0, max(0, offset - radius)) + 1
    end = text.find("\n", min(len(text), offset + radius))
    return start, len(text) if end < 0 else end


class ArticleScreen(Screen[None]):
    """One article, readable, searchable and annotatable."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "annotate", "Highlight", id="article.annotate"),
        Binding("D", "delete_highlight", "Delete highlight", show=False, id="article.delete"),
        Binding("u", "undo", "Undo delete", show=False, id="article.undo"),
        Binding("p", "toggle_panel", "Panel", id="article.panel"),
        Binding("slash", "search", "Search", id="article.search"),
        Binding("n", "search_next", "Next match", show=False, id="article.search-next"),
        Binding("N", "search_previous", "Prev match", show=False, id="article.search-prev"),
        Binding("e", "toggle_entities", "Entities", id="article.entities"),
        Binding("x", "export", "Export", id="article.export"),
        Binding("t", "app.tags", "Tags", show=False, id="article.tags"),
        Binding("f", "app.find", "Find", show=False, id="article.find"),
        Binding("escape", "back", "Back", id="article.back"),
        *[
            Binding(str(i + 1), f"toggle_kind({i})", f"Toggle {name}", show=False)
            for i, (name, _) in enumerate(ENTITY_GROUPS)
        ],
    ]

    def __init__(
        self, article_id: str, *, offset: int | None = None, annotation_id: str | None = None
    ) -> None:
        super().__init__()
        self.article_id = article_id
        self._initial_offset = offset
        self._jump_to = annotation_id
        self.article: Article | None = None
        self.located = Located()
        self._matches: list[tuple[int, int]] = []
        self._current_match: int | None = None
        self._deleted: list[Annotation] = []

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
            meta.append(f"{article.hidden_lines} boilerplate lines hidden")
        yield Static(article.title, id="article-title", markup=False)
        yield Static(" · ".join(meta), id="article-meta", markup=False)
        yield Legend(id="legend")
        yield AnnotationsPanel(id="panel")
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
        if self._initial_offset is not None:
            self.call_after_refresh(view.move_caret, self._initial_offset, center=True)
        # Threads share the GIL: start the slow work once the text is on screen.
        self.call_after_refresh(self._recognize, self.article.text)
        self.call_after_refresh(self._locate)

    @work(thread=True, exclusive=True, group="entities")
    def _recognize(self, text: str) -> None:
        """Colour entities: for a long text, the part on screen first, then all of it."""
        recognizer, warning = self.app.workspace.recognizer()
        if warning:
            self.app.call_from_thread(self.notify, warning, severity="warning", timeout=8)
        view = self.query_one(ArticleView)
        if len(text) > WINDOW_FIRST:
            start, end = _paragraph_window(text, view.caret, WINDOW_FIRST // 4)
            draft = recognizer(text[start:end])
            spans = [(e.start + start, e.end + start, e.label) for e in draft]
            self.app.call_from_thread(view.set_entities, spans)
        entities = recognizer(text)
        self.app.call_from_thread(view.set_entities, [(e.start, e.end, e.label) for e in entities])

    @work(thread=True, exclusive=True, group="locate")
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
        for annotation, anchor in self.located.anchored:
            if annotation.id == annotation_id:
                self.query_one(ArticleView).move_caret(anchor.start, center=True)
                return
        self.notify("That highlight is orphaned here: see the panel (p).", severity="warning")

    def _show_located(self, located: Located, selected: str | None = None) -> None:
        self.located = located
        view = self.query_one(ArticleView)
        view.set_highlights(
            [Highlight(a.id, anchor.start, anchor.end, a.color) for a, anchor in located.anchored]
        )
        text = view.text
        self.query_one(AnnotationsPanel).show(
            [(a, paragraph_number(text, anchor.start)) for a, anchor in located.anchored],
            located.orphaned,
            selected=selected,
        )
        self._update_status()

    def store_changed(self) -> None:
        self._locate()

    # ------------------------------------------------------------- status

    @on(ArticleView.CaretMoved)
    def _caret_moved(self) -> None:
        self._update_status()

    def _update_status(self) -> None:
        view = self.query_one(ArticleView)
        text = view.text
        paragraphs = text.count("\n") + 1
        percent = round(100 * view.caret / max(1, len(text)))
        parts = [f"¶{paragraph_number(text, view.caret)}/{paragraphs}", f"{percent}%"]
        if view.selection is not None:
            start, end = view.selection
            parts.append(f"selected {end - start} chars: a to highlight, esc to clear")
        elif (highlight := view.highlight_at(view.caret)) is not None:
            annotation = self._annotation(highlight.id)
            if annotation is not None:
                tags = " ".join(f"#{t}" for t in annotation.tags)
                note = annotation.note.splitlines()[0] if annotation.note else ""
                parts.append(f"highlight {tags} {note}".strip() + " · a edits, D deletes")
        count = len(self.located.anchored)
        parts.append(f"{count} highlight{'s' * (count != 1)}")
        if self.located.orphaned:
            parts.append(f"{len(self.located.orphaned)} orphaned (p)")
        if self._matches:
            current = (self._current_match or 0) + 1
            parts.append(f"match {current}/{len(self._matches)}")
        self.query_one("#status", Static).update(" · ".join(parts))

    def _annotation(self, annotation_id: str) -> Annotation | None:
        for annotation, _ in self.located.anchored:
            if annotation.id == annotation_id:
                return annotation
        for annotation in self.located.orphaned:
            if annotation.id == annotation_id:
                return annotation
        return None

    # ------------------------------------------------------------- annotating

    def action_annotate(self) -> None:
        view = self.query_one(ArticleView)
        if view.selection is not None:
            start, end = trim_selection(view.text, *view.selection)
            if start >= end:
                self.notify("The selection is only white space.", severity="warning")
                return
            self._ask_new(start, end)
            return
        highlight = view.highlight_at(view.caret)
        if highlight is not None:
            self._ask_edit(highlight.id)
            return
        self.notify(
            "Select a passage first: v starts a selection (s a sentence, V a paragraph), "
            "or drag with the mouse.",
            severity="warning",
        )

    def _ask_new(self, start: int, end: int) -> None:
        assert self.article is not None
        article = self.article
        selector = Selector.from_text(article.text, start, end)

        def done(draft: Draft | None) -> None:
            if draft is None:
                return
            annotation = Annotation.create(
                article=article.id,
                article_title=article.title,
                selector=selector,
                color=draft.color,
                tags=draft.tags,
                note=draft.note,
            )
            view = self.query_one(ArticleView)
            view.clear_selection()
            self._add_local(annotation)
            self.app.save_in_background(
                lambda: self.app.workspace.store.add(annotation),
                lambda _: self.notify("Highlight saved."),
                description="save the highlight",
            )

        self.app.push_screen(
            AnnotateDialog(selector.exact, tags_in_use=self.app.workspace.store.tags()), done
        )

    def _ask_edit(self, annotation_id: str) -> None:
        annotation = self._annotation(annotation_id)
        if annotation is None:
            return

        def done(draft: Draft | None) -> None:
            if draft is None:
                return
            edited = annotation.edited(color=draft.color, tags=draft.tags, note=draft.note)
            self._replace_local(edited)
            self.app.save_in_background(
                lambda: self.app.workspace.store.update(edited),
                lambda _: self.notify("Highlight updated."),
                description="update the highlight",
            )

        self.app.push_screen(
            AnnotateDialog(
                annotation.quote,
                tags_in_use=self.app.workspace.store.tags(),
                draft=Draft(annotation.color, annotation.tags, annotation.note),
                editing=True,
            ),
            done,
        )

    def _add_local(self, annotation: Annotation) -> None:
        anchored = [
            *self.located.anchored,
            (annotation, Anchor(annotation.start, annotation.end, "exact")),
        ]
        anchored.sort(key=lambda pair: (pair[1].start, pair[1].end))
        self._show_located(Located(anchored, self.located.orphaned), selected=annotation.id)

    def _replace_local(self, edited: Annotation) -> None:
        anchored = [
            (edited if a.id == edited.id else a, anchor) for a, anchor in self.located.anchored
        ]
        orphaned = [edited if a.id == edited.id else a for a in self.located.orphaned]
        self._show_located(Located(anchored, orphaned), selected=edited.id)

    def _remove_local(self, annotation_id: str) -> None:
        anchored = [(a, anchor) for a, anchor in self.located.anchored if a.id != annotation_id]
        orphaned = [a for a in self.located.orphaned if a.id != annotation_id]
        self._show_located(Located(anchored, orphaned))

    def _delete(self, annotation_id: str) -> None:
        annotation = self._annotation(annotation_id)
        if annotation is None:
            return
        self._remove_local(annotation_id)
        self._deleted.append(annotation)
        self.app.save_in_background(
            lambda: self.app.workspace.store.delete(annotation_id),
            lambda _: self.notify("Highlight deleted: u undoes."),
            description="delete the highlight",
        )

    def action_delete_highlight(self) -> None:
        view = self.query_one(ArticleView)
        highlight = view.highlight_at(view.caret)
        if highlight is None:
            self.notify("No highlight under the caret.", severity="warning")
            return
        self._delete(highlight.id)

    def action_undo(self) -> None:
        if not self._deleted:
            self.notify("Nothing to undo.")
            return
        annotation = self._deleted.pop()
        self.app.save_in_background(
            lambda: self.app.workspace.store.restore(annotation),
            lambda _: (self._locate(), self.notify("Highlight restored.")),
            description="restore the highlight",
        )

    @on(AnnotationsPanel.Chosen)
    def _panel_choice(self, event: AnnotationsPanel.Chosen) -> None:
        view = self.query_one(ArticleView)
        if event.action == "delete":
            self._delete(event.annotation_id)
            return
        if event.action == "edit":
            self._ask_edit(event.annotation_id)
            return
        if event.action == "reattach":
            self._reattach(event.annotation_id)
            return
        for annotation, anchor in self.located.anchored:
            if annotation.id == event.annotation_id:
                view.focus()
                view.move_caret(anchor.start, center=True)
                return
        self.notify(
            "This highlight's passage was not found in the current text. Select the passage "
            "and press r on it in the panel to re-attach it.",
            severity="warning",
            timeout=8,
        )

    def _reattach(self, annotation_id: str) -> None:
        view = self.query_one(ArticleView)
        annotation = self._annotation(annotation_id)
        if annotation is None or view.selection is None:
            self.notify("Select the passage in the text first, then press r here.")
            return
        start, end = trim_selection(view.text, *view.selection)
        moved = annotation.edited(selector=Selector.from_text(view.text, start, end))
        self._remove_local(annotation_id)
        self._add_local(moved)
        view.clear_selection()
        self.app.save_in_background(
            lambda: self.app.workspace.store.update(moved),
            lambda _: self.notify("Highlight re-attached."),
            description="re-attach the highlight",
        )

    # ------------------------------------------------------------- search

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.add_class("visible")
        search.focus()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        view = self.query_one(ArticleView)
        query = event.value.strip()
        self.query_one("#search", Input).remove_class("visible")
        view.focus()
        if not query:
            self._matches, self._current_match = [], None
            view.set_matches([], None)
            self._update_status()
            return
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        self._matches = [m.span() for m in pattern.finditer(view.text)]
        if not self._matches:
            view.set_matches([], None)
            self.notify(f"Not found: {query}", severity="warning")
            self._update_status()
            return
        after = [i for i, (start, _) in enumerate(self._matches) if start >= view.caret]
        self._goto_match(after[0] if after else 0)

    def _goto_match(self, index: int) -> None:
        view = self.query_one(ArticleView)
        self._current_match = index % len(self._matches)
        view.set_matches(self._matches, self._current_match)
        view.move_caret(self._matches[self._current_match][0], center=True)

    def action_search_next(self) -> None:
        if self._matches:
            self._goto_match((self._current_match or 0) + 1)
        else:
            self.action_search()

    def action_search_previous(self) -> None:
        if self._matches:
            self._goto_match((self._current_match or 0) - 1)

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

    def action_toggle_panel(self) -> None:
        panel = self.query_one(AnnotationsPanel)
        panel.toggle_class("visible")
        if panel.has_class("visible"):
            panel.query_one("OptionList").focus()
        else:
            self.query_one(ArticleView).focus()

    def action_back(self) -> None:
        """Escape peels one layer: selection, search box, panel focus, then the article."""
        if self.article is None:
            self.dismiss()
            return
        view = self.query_one(ArticleView)
        search = self.query_one("#search", Input)
        if search.has_focus:
            search.remove_class("visible")
            view.focus()
        elif self.query_one(AnnotationsPanel).has_focus_within:
            view.focus()
        elif view.selection is not None or view.selecting:
            view.clear_selection()
        else:
            self.dismiss()

    def action_export(self) -> None:
        if self.article is None:
            return
        annotations = [a for a, _ in self.located.anchored] + self.located.orphaned
        if not annotations:
            self.notify("No highlights in this article to export yet.")
            return
        path = self.app.workspace.export_file(annotations, self.article.title)
        self.notify(f"Exported {len(annotations)} highlights to {path}", timeout=8)

    def palette_commands(self) -> list[SystemCommand]:
        """Commands this screen adds to the command palette."""
        return [
            SystemCommand(
                "Export this article", "Markdown to the export folder", self.action_export
            ),
            SystemCommand(
                "Toggle entity colours", "Colour people, places...", self.action_toggle_entities
            ),
            SystemCommand(
                "Toggle highlights panel",
                "List this article's highlights",
                self.action_toggle_panel,
            ),
            SystemCommand("Search this article", "Find text in the article", self.action_search),
        ]

    def check_action(self, action: str, parameters: tuple[Any, ...]) -> bool | None:
        return not (self.article is None and action not in {"back"})
