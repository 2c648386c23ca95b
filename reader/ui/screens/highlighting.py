"""What the article screen does with highlights: create, edit, delete and undo, re-attach.

A mixin of :class:`~reader.ui.screens.article.ArticleScreen`, kept apart because it is the one
part that writes: every change is shown at once and queued to the store through the app's
serial saver, which reports on screen only once the save is durable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import on

from annotations.model import Annotation, Selector
from reader.text.motions import snap_to_words
from reader.ui.dialogs.annotate import AnnotateDialog, Draft, Outcome
from reader.ui.screens.base import PostilScreen
from reader.ui.widgets.annotations_panel import AnnotationsPanel
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.highlight_rows import quote_copy

if TYPE_CHECKING:
    from reader.library import Article
    from reader.workspace import Located


class HighlightActions(PostilScreen):
    """Highlight, edit, delete, undo and re-attach, for a screen with an :class:`ArticleView`."""

    article: Article | None
    located: Located
    _deleted: list[Annotation]

    if TYPE_CHECKING:

        def _show_located(self, located: Located, selected: str | None = None) -> None: ...

        def _locate(self) -> object: ...

        def say(self, note: str) -> None: ...

        def close_panel_if_narrow(self) -> None: ...

        @property
        def highlights_panel(self) -> AnnotationsPanel | None: ...

    def _saved(self, message: str) -> None:
        """A write is durable: say so, and show the store's state (a locate that ran while
        the write was queued may have shown the state before it)."""
        self.notify(message)
        self._locate()

    def _selected_span(self) -> tuple[int, int] | None:
        """The selection, widened to whole words and without outer white space."""
        view = self.query_one(ArticleView)
        if view.selection is None:
            return None
        start, end = snap_to_words(view.text, *view.selection)
        return (start, end) if start < end else None

    def action_annotate(self) -> None:
        view = self.query_one(ArticleView)
        if view.selection is not None:
            span = self._selected_span()
            if span is None:
                self.notify("The selection is only white space.", severity="warning")
                return
            self._ask_new(*span)
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

    def _ask(
        self,
        key: str,
        quote: str,
        opened_with: Draft | None,
        save: Callable[[Draft], None],
        *,
        editing: bool = False,
    ) -> None:
        """Open the dialog with the draft kept under ``key``, else ``opened_with``. Saved:
        ``save`` it. Closed with changes: keep them as the draft. Discarded: forget it."""
        drafts = self.postil.drafts
        kept = drafts.get(key)

        def done(outcome: Outcome | None) -> None:
            if outcome is None:
                if drafts.pop(key, None) is not None:
                    self.say("draft discarded")
            elif outcome.saved:
                drafts.pop(key, None)
                save(outcome.draft)
            elif outcome.changed:
                drafts[key] = outcome.draft
                self.say("draft kept: a on the same passage opens it again")

        dialog = AnnotateDialog(
            quote,
            tags_in_use=self.postil.workspace.store.tags(),
            draft=kept or opened_with,
            editing=editing,
            restored=kept is not None,
        )
        self.app.push_screen(dialog, done)

    def _ask_new(self, start: int, end: int) -> None:
        article = self.article
        assert article is not None
        selector = Selector.from_text(article.text, start, end)

        def save(draft: Draft) -> None:
            annotation = Annotation.create(
                article=article.id,
                article_title=article.title,
                selector=selector,
                color=draft.color,
                tags=draft.tags,
                note=draft.note,
            )
            self.query_one(ArticleView).clear_selection()
            self._show_located(self.located.with_anchored(annotation), selected=annotation.id)
            self.postil.save_in_background(
                lambda: self.postil.workspace.store.add(annotation),
                lambda _: self._saved("Highlight saved."),
                description="save the highlight",
                payload=annotation,
            )

        self._ask(f"new:{article.id}:{start}-{end}", selector.exact, None, save)

    def _ask_edit(self, annotation_id: str) -> None:
        annotation = self.located.find(annotation_id)
        if annotation is None:
            return

        def save(draft: Draft) -> None:
            edited = annotation.edited(color=draft.color, tags=draft.tags, note=draft.note)
            self._show_located(self.located.with_replaced(edited), selected=edited.id)
            self.postil.save_in_background(
                lambda: self.postil.workspace.store.update(edited),
                lambda _: self._saved("Highlight updated."),
                description="update the highlight",
                payload=edited,
            )

        opened_with = Draft(annotation.color, annotation.tags, annotation.note)
        self._ask(f"edit:{annotation.id}", annotation.quote, opened_with, save, editing=True)

    def _delete(self, annotation_id: str) -> None:
        annotation = self.located.find(annotation_id)
        if annotation is None:
            return
        self._show_located(self.located.without(annotation_id))
        self._deleted.append(annotation)
        self.postil.save_in_background(
            lambda: self.postil.workspace.store.delete(annotation_id),
            lambda _: self._saved("Highlight deleted: u undoes."),
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
        self.postil.save_in_background(
            lambda: self.postil.workspace.store.restore(annotation),
            lambda _: self._saved("Highlight restored."),
            description="restore the highlight",
            payload=annotation,
        )

    def _reattach(self, annotation_id: str) -> None:
        """Point a highlight (an orphan, usually) at the passage selected now."""
        annotation = self.located.find(annotation_id)
        span = self._selected_span()
        if annotation is None or span is None:
            self.notify(
                "Select the passage in the text first (v, or drag), then press r on the "
                "highlight in the panel.",
                severity="warning",
            )
            return
        view = self.query_one(ArticleView)
        moved = annotation.edited(selector=Selector.from_text(view.text, *span))
        view.clear_selection()
        self._show_located(self.located.with_anchored(moved), selected=moved.id)
        self.postil.save_in_background(
            lambda: self.postil.workspace.store.update(moved),
            lambda _: self._saved("Highlight re-attached."),
            description="re-attach the highlight",
            payload=moved,
        )

    # ------------------------------------------------------------- the panel's choices

    @on(AnnotationsPanel.Jump)
    def _panel_jump(self, event: AnnotationsPanel.Jump) -> None:
        """Show the highlight in the text. Beside the text, the panel keeps focus (so e, d, r
        and y act on it next); covering the text, the panel closes and the text has focus."""
        anchor = self.located.anchor_of(event.annotation_id)
        if anchor is None:
            self.say("this highlight's passage is not in the current text: select it and press r")
            return
        self.query_one(ArticleView).move_caret(anchor.start, center=True)
        self.close_panel_if_narrow()

    @on(AnnotationsPanel.Edit)
    def _panel_edit(self, event: AnnotationsPanel.Edit) -> None:
        self._ask_edit(event.annotation_id)

    @on(AnnotationsPanel.Delete)
    def _panel_delete(self, event: AnnotationsPanel.Delete) -> None:
        self._delete(event.annotation_id)

    @on(AnnotationsPanel.Reattach)
    def _panel_reattach(self, event: AnnotationsPanel.Reattach) -> None:
        self._reattach(event.annotation_id)

    @on(AnnotationsPanel.CopyMarkdown)
    def _panel_copy_markdown(self, event: AnnotationsPanel.CopyMarkdown) -> None:
        self._copy_markdown(event.annotation_id)

    # ------------------------------------------------------------- copying

    def _highlight_in_focus(self) -> Annotation | None:
        """The highlight the reader is on: the panel's row if the panel has focus, else the
        one under the caret."""
        panel = self.highlights_panel
        if panel is not None and panel.has_focus_within and panel.current is not None:
            return self.located.find(panel.current)
        view = self.query_one(ArticleView)
        highlight = view.highlight_at(view.caret)
        return self.located.find(highlight.id) if highlight is not None else None

    def copy_text(self) -> tuple[str, str] | None:
        """y: the selection, else the highlight in focus (its quote)."""
        view = self.query_one(ArticleView)
        if view.selection is not None:
            start, end = view.selection
            return view.text[start:end], "the selection"
        annotation = self._highlight_in_focus()
        return quote_copy(annotation)

    def action_copy_markdown(self) -> None:
        annotation = self._highlight_in_focus()
        if annotation is None:
            self.notify("No highlight here: Y copies the one at the caret.", severity="warning")
            return
        self._copy_markdown(annotation.id)

    def _copy_markdown(self, annotation_id: str) -> None:
        """The highlight as its export writes it (title, source, quote, note, tags), without
        the export file's front matter."""
        annotation = self.located.find(annotation_id)
        if annotation is None:
            return
        markdown = self.postil.workspace.export_markdown([annotation])
        _, _, body = markdown.partition("\n---\n")
        text = body.strip() + "\n"
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied the highlight as Markdown ({len(text):,} characters).")
