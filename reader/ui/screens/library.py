"""The library: every article with its title, source, date, size and highlight count.

Filter-as-you-type with Textual's fuzzy matcher over title and source. Summaries of large
libraries load in a thread so thousands of files list at once and fill in as they are read.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.fuzzy import Matcher
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.library import Entry, Summary
from reader.text.wording import plural
from reader.ui.screens.library_actions import KeptActions
from reader.ui.screens.type_ahead import TypeAhead
from reader.ui.workers import ReportsWorkerErrors

#: Summaries read before the first frame (from the cache, else the files); the rest in a worker.
EAGER_SUMMARIES = 50
#: Rows per batch the worker sends back to the list.
BATCH = 500
#: Rows listed at most: a folder of thousands lists its first ones, and typing narrows it.
SHOWN = 300


class LibraryScreen(KeptActions, TypeAhead, ReportsWorkerErrors, Screen[None]):
    """The first screen: pick an article to read."""

    HELP_GROUP = "Library"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "filter", "Filter", id="library.filter"),
        Binding("t", "app.tags", "Tags", id="library.tags"),
        Binding("f", "app.find", "Find", id="library.find"),
        Binding("E", "app.mentions", "Entities", id="library.entities"),
        Binding("x", "export_all", "Export all", id="library.export"),
        Binding("A", "add_article", "Add", id="library.add"),
        Binding("r", "toggle_read", "Read/unread", show=False, id="library.read"),
        Binding("z", "toggle_archived", "Archive", show=False, id="library.archive"),
        Binding("delete", "remove_article", "Remove", show=False, id="library.remove"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="library.clear"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[Entry] = []
        self._summaries: dict[str, Summary] = {}
        self._shown: set[str] = set()
        self._counts: dict[str, int] = {}

    def compose(self) -> ComposeResult:
        yield Static("postil · Library", classes="screen-title")
        yield Input(placeholder="/ to filter by title or source", id="filter")
        yield OptionList(id="articles")
        yield Static(id="library-status")
        yield Footer()

    def on_mount(self) -> None:
        library = self.app.workspace.library
        self._counts = self.app.workspace.store.counts_by_article()
        self._entries = library.entries
        for entry in self._entries[:EAGER_SUMMARIES]:
            self._summaries[entry.id] = library.summary(entry)
        self._render_list()
        self.query_one("#articles", OptionList).focus()
        if len(self._entries) > EAGER_SUMMARIES:
            self.call_after_refresh(self._load_rest)  # after the first frame: threads share the GIL
        else:
            self.call_after_refresh(self._save_summaries)

    def _save_summaries(self) -> None:
        self.run_worker(
            self.app.workspace.library.summaries.save,
            thread=True,
            group="summaries",
            exit_on_error=False,
        )

    @work(thread=True, exclusive=True, group="summaries", exit_on_error=False)
    def _load_rest(self) -> None:
        """Summarise the rest of a large library (cached ones are instant) in batches."""
        library = self.app.workspace.library
        batch: list[tuple[str, Summary]] = []
        for entry in self._entries[EAGER_SUMMARIES:]:
            batch.append((entry.id, library.summary(entry)))
            if len(batch) >= BATCH:
                self.app.call_from_thread(self._apply, batch)
                batch = []
        if batch:
            self.app.call_from_thread(self._apply, batch)
        library.summaries.save()

    def _apply(self, batch: list[tuple[str, Summary]]) -> None:
        """Fill in summaries: rows change in place unless a filter must re-rank them."""
        self._summaries.update(batch)
        if self.query_one("#filter", Input).value.strip():
            self._render_list()
            return
        option_list = self.query_one("#articles", OptionList)
        for article_id, summary in batch:
            if article_id in self._shown:
                prompt = self._prompt(article_id, summary, None)
                option_list.replace_option_prompt(article_id, prompt)

    def _prompt(self, article_id: str, summary: Summary | None, matcher: Matcher | None) -> Content:
        if summary is None:
            return Content.assemble((article_id.rsplit("/", 1)[-1], "bold"), "\n", "reading…")
        title = matcher.highlight(summary.title) if matcher else Content(summary.title)
        count = self._counts.get(article_id, 0)
        meta = summary.meta + (f" · {plural(count, 'highlight')}" if count else "")
        meta += self.state_label(article_id)
        style = "$error" if summary.error else "$foreground-muted"
        return Content.assemble(title.stylize("bold"), "\n", (meta, style))

    def _render_list(self) -> None:
        """List the articles (the best matches first when filtering), at most :data:`SHOWN`."""
        option_list = self.query_one("#articles", OptionList)
        query = self.query_one("#filter", Input).value.strip()
        highlighted = option_list.highlighted_option.id if option_list.highlighted_option else None
        matcher = Matcher(query) if query else None
        rows = self._matching(matcher)
        options: list[Option | None] = []
        for entry in rows[:SHOWN]:
            if options:
                options.append(None)  # a faint rule between articles
            summary = self._summaries.get(entry.id)
            options.append(Option(self._prompt(entry.id, summary, matcher), id=entry.id))
        if len(rows) > SHOWN:
            more = f"… and {len(rows) - SHOWN:,} more: type / and a few letters to narrow the list"
            options += [None, Option(Content.styled(more, "$foreground-muted"), disabled=True)]
        option_list.set_options(options)
        self._shown = {entry.id for entry in rows[:SHOWN]}
        if highlighted is not None and highlighted in self._shown:
            option_list.highlighted = option_list.get_option_index(highlighted)
        elif rows:
            option_list.highlighted = 0
        total = len(self._entries)
        shown = f"{len(rows):,} of {total:,}" if query else f"{total:,}"
        highlights = sum(self._counts.values())
        self.query_one("#library-status", Static).update(
            f" {shown} article{'s' * (total != 1)} · {plural(highlights, 'highlight')} · "
            "Enter opens · / filters · ? keys"
        )

    def _matching(self, matcher: Matcher | None) -> list[Entry]:
        """Entries in library order, or those matching ``matcher``, best first."""
        if matcher is None:
            return self._entries
        scored: list[tuple[float, int, Entry]] = []
        for index, entry in enumerate(self._entries):
            summary = self._summaries.get(entry.id)
            title = summary.title if summary else entry.name
            score = matcher.match(title)
            if score <= 0 and summary is not None:
                score = matcher.match(summary.meta) * 0.5
            if score > 0:
                scored.append((-score, index, entry))
        scored.sort()
        return [entry for *_, entry in scored]

    # ------------------------------------------------------------- events

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self._render_list()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        option_list = self.query_one("#articles", OptionList)
        if option_list.highlighted is not None:
            option_list.action_select()

    def type_ahead_box(self) -> Input:
        return self.query_one("#filter", Input)

    def on_key(self, event: events.Key) -> None:
        """Up/down keep moving the list while the filter has focus."""
        if self.type_ahead(event):
            return
        filter_input = self.query_one("#filter", Input)
        option_list = self.query_one("#articles", OptionList)
        moves = {
            "down": option_list.action_cursor_down,
            "up": option_list.action_cursor_up,
            "pagedown": option_list.action_page_down,
            "pageup": option_list.action_page_up,
        }
        if filter_input.has_focus and event.key in moves:
            event.stop()
            moves[event.key]()

    @on(OptionList.OptionSelected, "#articles")
    def _open(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.app.open_article(event.option.id)

    def action_filter(self) -> None:
        self.open_type_ahead()

    def action_clear_filter(self) -> None:
        filter_input = self.query_one("#filter", Input)
        if filter_input.value:
            filter_input.value = ""
        self.query_one("#articles", OptionList).focus()

    def reload_entries(self) -> None:
        """The library's entries changed (an add or a remove): list them again."""
        library = self.app.workspace.library
        self._entries = library.entries
        for entry in self._entries:
            if entry.id not in self._summaries:
                self._summaries[entry.id] = library.summary(entry)
        self._render_list()

    def action_export_all(self) -> None:
        self.app.export_highlights(self.app.workspace.store.all(), "postil notes")

    def store_changed(self) -> None:
        """Another screen or process changed annotations: refresh the counts."""
        self._counts = self.app.workspace.store.counts_by_article()
        self._render_list()

    def on_screen_resume(self) -> None:
        self.store_changed()
