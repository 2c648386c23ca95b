"""What the article screen does to find things: search, and step through matches or mentions.

A mixin of :class:`~reader.ui.screens.article.ArticleScreen`. One cursor serves a search and
an entity's mentions, so ``n`` / ``N`` mean the same thing after ``/twitter`` and after
choosing "Elon Musk" in the entities panel. Every outcome is said on the status line: the
match count stays on its left, and "no match" is said there instead of nothing happening.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import events, on

from reader.mentions.grouping import Named, find_named
from reader.text.loose_match import loose_pattern
from reader.text.match_cursor import MatchCursor
from reader.ui.screens.type_ahead import TypeAhead
from reader.ui.widgets.entities_panel import EntitiesPanel
from reader.ui.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from reader.ui.widgets.article_view import ArticleView


class SearchActions(TypeAhead):
    """Search, n / N, and the entities panel's choices, for a screen with an article view."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cursor = MatchCursor()
        #: A search made before the whole text was there (run again once it is).
        self._partial_query = ""
        #: The article's named things (from the recognizer), for the entities panel.
        self.named: list[Named] = []
        #: The last named thing stepped through: an entities panel opened later starts on it,
        #: as one open then would have moved to it.
        self.stepped: tuple[str, str] | None = None

    if TYPE_CHECKING:

        @property
        def view(self) -> ArticleView: ...

        def _update_status(self) -> None: ...

        def say(self, note: str) -> None: ...

        def close_panel_if_narrow(self) -> None: ...

        @property
        def entities_panel(self) -> EntitiesPanel | None: ...

    def type_ahead_box(self) -> SearchBox | None:
        boxes = self.query(SearchBox)
        return boxes.first() if boxes else None

    def on_key(self, event: events.Key) -> None:
        self.type_ahead(event)

    def open_type_ahead(self) -> None:
        """``/`` opens the box empty, the previous query one ``↑`` away."""
        box = self.type_ahead_box()
        if box is not None:
            box.start()
        super().open_type_ahead()

    def action_search(self) -> None:
        self.open_type_ahead()

    @on(SearchBox.Submitted)
    def _search_submitted(self, event: SearchBox.Submitted) -> None:
        view = self.view
        box = self.query_one(SearchBox)
        query = event.value.strip()
        box.remove_class("visible")
        view.focus()
        if not query:
            return
        box.remember(query)
        self._partial_query = query if self.search_scope() else ""
        spans = self._find(query)
        cursor = self._cursor
        if not spans:
            cursor.clear()
            self._show_matches(None)
            self.say(
                f"no match for “{query}”{self.search_scope()} (↑ in the search box brings it back)"
            )
            return
        self._show_matches(cursor.set(f"“{query}”", spans, view.caret))

    def _find(self, query: str) -> list[tuple[int, int]]:
        pattern = loose_pattern(query, ignore_case=True)
        return [m.span() for m in pattern.finditer(self.view.text)] if pattern else []

    def search_scope(self) -> str:
        """Said after "no match" when the search did not cover the whole text (a screen that
        shows a big article while reading the rest says so); the match count then ends in
        "so far"."""
        return ""

    def search_again(self) -> None:
        """The rest of a big file was read: a search made before, if it is still what n / N
        step through (or found nothing and was not cleared), is run again, without a jump."""
        query, self._partial_query = self._partial_query, ""
        if not query or self._cursor.what not in ("", f"“{query}”"):
            return
        spans = self._find(query)
        if spans:
            self._cursor.set(f"“{query}”", spans, self.view.caret)
            self._show_matches(None)
            self.say(f"{len(spans)} matches for “{query}” in the whole text: n / N")

    def step_through(self, label: str, key: str, *, jump: bool = True) -> None:
        """Make a named thing's mentions what n / N step through."""
        thing = find_named(self.named, label, key)
        if thing is None:
            self.say("not mentioned in this article")
            return
        first = self._cursor.set(thing.name, list(thing.spans), self.view.caret)
        self._show_matches(first if jump else None)
        self.stepped = (thing.label, thing.key)
        panel = self.entities_panel
        if panel is not None:
            panel.highlight(thing.label, thing.key)

    def _show_matches(self, goto: tuple[int, int] | None) -> None:
        cursor = self._cursor
        view = self.view
        view.set_matches(cursor.spans, cursor.current)
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

    def matches_status(self) -> str:
        """``“twitter” 2/5 · n N`` on a match; ``“twitter” 5 matches · n N`` elsewhere."""
        cursor = self._cursor
        if cursor.current is None:
            return ""
        partial = " so far" if self._partial_query and self.search_scope() else ""
        span = cursor.spans[cursor.current]
        if span[0] == self.view.caret:
            return f"{cursor.status()}{partial} · n N"
        count = len(cursor.spans)
        return f"{cursor.what} {count} {'match' if count == 1 else 'matches'}{partial} · n N"

    def clear_matches(self) -> None:
        self._partial_query = ""
        self._cursor.clear()
        self._show_matches(None)

    @on(EntitiesPanel.Step)
    def _entity_step(self, event: EntitiesPanel.Step) -> None:
        self.step_through(event.label, event.key)
        self.close_panel_if_narrow()

    @on(EntitiesPanel.ShowMentions)
    def _entity_mentions(self, event: EntitiesPanel.ShowMentions) -> None:
        self.postil.action_mentions(event.label, event.key)
