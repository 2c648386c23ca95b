"""Find highlights again across all articles: by text (quote, note, title) or by #tag."""

from __future__ import annotations

from textual.app import ComposeResult

from reader.text.wording import plural
from reader.ui.screens.filtered_list import FilteredListScreen
from reader.ui.widgets.highlight_list import HighlightList
from reader.ui.widgets.highlight_rows import quote_copy


class FindScreen(FilteredListScreen):
    """Type to search; ``#tag`` lists a tag's highlights; Enter opens the article there."""

    HELP_GROUP = "Find highlights"
    SCREEN_TITLE = "postil · Find highlights"
    FILTER_PLACEHOLDER = "find highlights: words from quote or note, or #tag"

    def compose_lists(self) -> ComposeResult:
        yield HighlightList(id="list")

    def on_mount(self) -> None:
        self.filter_box.focus()
        self.refilter("")
        self.postil.store_changed.subscribe(self, self.store_changed)

    def refilter(self, query: str) -> None:
        store = self.postil.workspace.store
        if query.startswith("#") and " " not in query:
            found = store.by_tag(query.lstrip("#").lower())
        elif query:
            found = store.search(query)
        else:
            found = store.all()
        self.query_one(HighlightList).show(found)
        if not len(store):
            status = " No highlights yet: open an article, select a passage (v, or drag), press a."
        else:
            status = f" {plural(len(found), 'highlight')} · ↓ to the list · Enter opens"
        self.set_status(status)

    def copy_text(self) -> tuple[str, str] | None:
        return quote_copy(self.query_one(HighlightList).current)

    def store_changed(self, _: None = None) -> None:
        self.refilter(self.filter_box.value.strip())
