"""The library: every article with its title, source, date, size and highlight count.

Filter-as-you-type with Textual's fuzzy matcher over title and source. Summaries of large
libraries load in a thread so thousands of files list at once and fill in as they are read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on, work
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.fuzzy import Matcher
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.library import Entry, Summary
from reader.text.wording import plural
from reader.ui.screens.filtered_list import FilteredListScreen
from reader.ui.screens.library_actions import KeptActions

#: Summaries read before the first frame (from the cache, else the files); the rest in a worker.
EAGER_SUMMARIES = 50
#: Rows per batch the worker sends back to the list.
BATCH = 500
#: Rows listed at most: a folder of thousands lists its first ones, and typing narrows it.
#: Every row is laid out again at each key typed in the filter: 300 rows made typing lag
#: (about 0.3 s a key on two cores); 100 is three dozen screens of articles.
SHOWN = 100


class LibraryScreen(KeptActions, FilteredListScreen):
    """The first screen: pick an article to read."""

    DEFAULT_CSS = """
    LibraryScreen #refresh-progress {
        display: none;
        padding: 0 1;
    }
    LibraryScreen #refresh-progress.-busy {
        display: block;
    }
    """

    HELP_GROUP = "Library"
    SCREEN_TITLE = "postil · Library"
    FILTER_PLACEHOLDER = "/ to filter by title or source"
    CHROME_LATER = True  # the app's first frame: the articles first

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "s",
            "app.search",
            "Search",
            id="library.search",
            tooltip="Words, phrases, people, notes and tags in every article",
        ),
        Binding("t", "app.tags", "Tags", id="library.tags", tooltip="Every tag, with counts"),
        Binding("f", "app.find", "Find", id="library.find", tooltip="Find highlights by text"),
        Binding(
            "E",
            "app.mentions",
            "Entities",
            id="library.entities",
            tooltip="Who and what the articles mention",
        ),
        Binding(
            "x",
            "export_all",
            "Export all",
            show=False,  # in ? and the palette; the footer keeps room for q and ?
            id="library.export",
            tooltip="Every highlight as Markdown, to the export folder",
        ),
        Binding(
            "A",
            "add_article",
            "Add",
            id="library.add",
            tooltip="Add a page or feed URL, a file or a folder to the library",
        ),
        Binding(
            "R",
            "refresh_feeds",
            "Refresh",
            show=False,
            id="library.refresh",
            tooltip="Fetch the new items of every feed you subscribed to",
        ),
        Binding(
            "r",
            "toggle_read",
            "Read/unread",
            show=False,
            id="library.read",
            tooltip="Mark the article read, or unread again",
        ),
        Binding(
            "z",
            "toggle_archived",
            "Archive",
            show=False,
            id="library.archive",
            tooltip="Archive the article (it leaves the list), or bring it back",
        ),
        Binding(
            "delete",
            "remove_article",
            "Remove",
            show=False,
            id="library.remove",
            tooltip="Remove an added article (asks; its highlights are kept)",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._entries: Sequence[Entry] = []
        self._summaries: dict[str, Summary] = {}
        self._shown: set[str] = set()
        self._counts: dict[str, int] = {}
        self._counts_known = False
        #: Highlights by article identity, for a moved file (its highlights follow what it is).
        self._key_counts: dict[str, int] = {}
        #: The last filter and the entries it matched: a query typed further can only match
        #: fewer of them (every character must still appear, in order), so it scores only those.
        self._narrowed: tuple[str, list[tuple[int, Entry]]] | None = None

    def on_mount(self) -> None:
        library = self.postil.workspace.library
        self._count_highlights()
        self._entries = library.entries
        for entry in self._entries[:EAGER_SUMMARIES]:
            self._summaries[entry.id] = library.summary(entry)
        self._render_list()
        self.main_list.focus()
        self.postil.store_changed.subscribe(self, self.store_changed)
        self.postil.library_changed.subscribe(self, self._library_changed)
        if len(self._entries) > EAGER_SUMMARIES:
            self.call_after_refresh(self._load_rest)  # after the first frame: threads share the GIL
        else:
            self.call_after_refresh(self._save_summaries)

    def _save_summaries(self) -> None:
        self.run_worker(
            self.postil.workspace.library.summaries.save,
            thread=True,
            group="summaries",
            exit_on_error=False,
        )

    @work(thread=True, exclusive=True, group="summaries", exit_on_error=False)
    def _load_rest(self) -> None:
        """Summarise the rest of a large library (cached ones are instant) in batches."""
        library = self.postil.workspace.library
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
        self._narrowed = None  # a title just read may match now
        if self.filter_text:
            self._render_list()
            return
        option_list = self.main_list
        for article_id, summary in batch:
            if article_id in self._shown:
                prompt = self._prompt(article_id, summary, None)
                option_list.replace_option_prompt(article_id, prompt)

    def _prompt(self, article_id: str, summary: Summary | None, matcher: Matcher | None) -> Content:
        if summary is None:
            return Content.assemble((article_id.rsplit("/", 1)[-1], "bold"), "\n", "reading…")
        title = matcher.highlight(summary.title) if matcher else Content(summary.title)
        count = self._counts.get(article_id, 0)
        if not count and summary.key:  # a moved file: its highlights follow what it is
            count = self._key_counts.get(summary.key, 0)
        meta = summary.meta + (f" · {plural(count, 'highlight')}" if count else "")
        meta += self.state_label(article_id)
        style = "$text-error" if summary.error else "$text-muted"
        return Content.assemble(title.stylize("bold"), "\n", (meta, style))

    def refilter(self, query: str) -> None:
        self._render_list()

    def _render_list(self) -> None:
        """List the articles (the best matches first when filtering), at most :data:`SHOWN`."""
        option_list = self.main_list
        query = self.filter_text
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
            options += [None, Option(Content.styled(more, "$text-muted"), disabled=True)]
        option_list.set_options(options)
        self._shown = {entry.id for entry in rows[:SHOWN]}
        if highlighted is not None and highlighted in self._shown:
            option_list.highlighted = option_list.get_option_index(highlighted)
        elif rows:
            option_list.highlighted = 0
        total = len(self._entries)
        shown = f"{len(rows):,} of {total:,}" if query else f"{total:,}"
        highlights = sum(self._counts.values())
        counted = f"{plural(highlights, 'highlight')} · " if self._counts_known else ""
        self.set_status(
            f" {shown} article{'s' * (total != 1)} · {counted}Enter opens · / filters · ? keys"
        )

    def _matching(self, matcher: Matcher | None) -> Sequence[Entry]:
        """Entries in library order, or those matching ``matcher``, best first."""
        if matcher is None:
            self._narrowed = None
            return self._entries
        query = matcher.query
        if self._narrowed is not None and query.startswith(self._narrowed[0]):
            candidates = self._narrowed[1]
        else:
            candidates = list(enumerate(self._entries))
        scored: list[tuple[float, int, Entry]] = []
        for index, entry in candidates:
            summary = self._summaries.get(entry.id)
            title = summary.title if summary else entry.name
            score = matcher.match(title)
            if score <= 0 and summary is not None:
                score = matcher.match(summary.meta) * 0.5
            if score > 0:
                scored.append((-score, index, entry))
        scored.sort()
        self._narrowed = (query, sorted((index, entry) for _, index, entry in scored))
        return [entry for *_, entry in scored]

    # ------------------------------------------------------------- events

    @on(OptionList.OptionSelected, "#list")
    def _open(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.postil.open_article(event.option.id)

    def leave(self) -> None:
        """The library is the bottom screen: Esc has nothing to close."""
        self.notify("This is the library: q quits.")

    def reload_entries(self) -> None:
        """The library's entries changed (an add or a remove): list them again."""
        library = self.postil.workspace.library
        self._entries = library.entries
        self._narrowed = None
        for entry in self._entries:
            if entry.id not in self._summaries:
                self._summaries[entry.id] = library.summary(entry)
        self._render_list()

    def _library_changed(self, _: None = None) -> None:
        """Another process added or removed kept articles: list them (and say how many)."""
        before = len(self._entries)
        self.reload_entries()
        added = len(self._entries) - before
        if added > 0:
            self.notify(f"{plural(added, 'article')} added to the library elsewhere.")

    def action_export_all(self) -> None:
        self.postil.export_highlights(self.postil.workspace.store.all(), "postil notes")

    def copy_text(self) -> tuple[str, str] | None:
        option = self.main_list.highlighted_option
        if option is None or option.id is None:
            return None
        return option.id, "the article's path"

    def store_changed(self, _: None = None) -> None:
        """Another screen or process changed annotations: refresh the counts."""
        self._count_highlights()
        self._render_list()

    def _count_highlights(self) -> None:
        """Highlights per article, once the store is open (the app opens it after the first
        frame and then says the store changed; until then the rows show no counts)."""
        workspace = self.postil.workspace
        if not workspace.store_is_open:
            return
        store = workspace.store
        self._counts_known = True
        self._counts = store.counts_by_article()
        self._key_counts = store.counts_by_key()

    def on_screen_resume(self) -> None:
        self.store_changed()
