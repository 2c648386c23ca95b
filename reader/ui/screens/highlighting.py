"""What the article screen does with highlights: create, edit, delete and undo, re-attach.

A mixin of :class:`~reader.ui.screens.article.ArticleScreen`, kept apart because it is the one
part that writes: every change is shown at once and queued to the store through the app's
serial saver, which reports on screen only once the save is durable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotations.model import Annotation, Selector
from reader.text.motions import snap_to_words
from reader.ui.dialogs.annotate import AnnotateDialog, Draft
from reader.ui.widgets.annotations_panel import AnnotationsPanel
from reader.ui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from reader.library import Article
    from reader.ui.screens.base import PostilScreen
    from reader.workspace import Located

    _Base = PostilScreen
else:
    _Base = object


class HighlightActions(_Base):
    """Highlight, edit, delete, undo and re-attach, for a screen with an :class:`ArticleView`."""

    article: Article | None
    located: Located
    _deleted: list[Annotation]

    if TYPE_CHECKING:

        def _show_located(self, located: Located, selected: str | None = None) -> None: ...

        def _locate(self) -> object: ...

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

    def _ask_new(self, start: int, end: int) -> None:
        article = self.article
        assert article is not None
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
            self.query_one(ArticleView).clear_selection()
            self._show_located(self.located.with_anchored(annotation), selected=annotation.id)
            self.postil.save_in_background(
                lambda: self.postil.workspace.store.add(annotation),
                lambda _: self._saved("Highlight saved."),
                description="save the highlight",
                payload=annotation,
            )

        tags = self.postil.workspace.store.tags()
        self.app.push_screen(AnnotateDialog(selector.exact, tags_in_use=tags), done)

    def _ask_edit(self, annotation_id: str) -> None:
        annotation = self.located.find(annotation_id)
        if annotation is None:
            return

        def done(draft: Draft | None) -> None:
            if draft is None:
                return
            edited = annotation.edited(color=draft.color, tags=draft.tags, note=draft.note)
            self._show_located(self.located.with_replaced(edited), selected=edited.id)
            self.postil.save_in_background(
                lambda: self.postil.workspace.store.update(edited),
                lambda _: self._saved("Highlight updated."),
                description="update the highlight",
                payload=edited,
            )

        dialog = AnnotateDialog(
            annotation.quote,
            tags_in_use=self.postil.workspace.store.tags(),
            draft=Draft(annotation.color, annotation.tags, annotation.note),
            editing=True,
        )
        self.app.push_screen(dialog, done)

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

    def on_annotations_panel_chosen(self, event: AnnotationsPanel.Chosen) -> None:
        """A highlight picked in the panel: jump to it, edit, delete or re-attach it."""
        if event.action == "delete":
            self._delete(event.annotation_id)
        elif event.action == "edit":
            self._ask_edit(event.annotation_id)
        elif event.action == "reattach":
            self._reattach(event.annotation_id)
        elif (anchor := self.located.anchor_of(event.annotation_id)) is not None:
            view = self.query_one(ArticleView)
            view.focus()
            view.move_caret(anchor.start, center=True)
        else:
            self.notify(
                "This highlight's passage was not found in the current text. Select the "
                "passage and press r on it here to re-attach it.",
                severity="warning",
                timeout=8,
            )
