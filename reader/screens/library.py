"""The library: every article with its title, source, date, size and highlight count.

Filter-as-you-type with Textual's fuzzy matcher over title and source. Summaries of large
libraries load in a thread so thousands of files list at once and fill in as they are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.fuzzy import Matcher
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.library import Article, ArticleError, Entry

#: Summaries read synchronously before the first frame; the rest load in a worker.
EAGER_SUMMARIES = 50


@dataclass
class Summary:
    """What the list shows of one article."""

    entry: Entry
    title: str
    meta: str
    error: str | None = None

    @classmethod
    def pending(cls, entry: Entry) -> Summary:
        return cls(entry, entry.name, "reading…")

    @classmethod
    def of(cls, entry: Entry, article: Article) -> Summary:
        parts = [p for p in (article.source, article.date) if p]
        parts.append(f"{article.words:,} words")
        return cls(entry, article.title, " · ".join(parts))

    @classmethod
    def failed(cls, entry: Entry, error: Exception) -> Summary:
        return cls(entry, entry.name, f"cannot open: {error}", error=str(error))


class LibraryScreen(Screen[None]):
    """The first screen: pick an article to read."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "filter", "Filter", id="library.filter"),
        Binding("t", "app.tags", "Tags", id="library.tags"),
        Binding("f", "app.find", "Find", id="library.find"),
        Binding("x", "export_all", "Export all", id="library.export"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="library.clear"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._summaries: list[Summary] = []
        self._counts: dict[str, int] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="/ to filter by title or source", id="filter")
        yield OptionList(id="articles")
        yield Static(id="library-status")
        yield Footer()

    def on_mount(self) -> None:
        workspace = self.app.workspace
        self._counts = workspace.store.counts_by_article()
        entries = workspace.library.entries
        for index, entry in enumerate(entries):
            if index < EAGER_SUMMARIES:
                self._summaries.append(self._summarise(entry))
            else:
                self._summaries.append(Summary.pending(entry))
        self._render_list()
        self.query_one("#articles", OptionList).focus()
        if len(entries) > EAGER_SUMMARIES:
            self._load_rest()

    def _summarise(self, entry: Entry) -> Summary:
        try:
            return Summary.of(entry, self.app.workspace.library.load(entry))
        except ArticleError as error:
            return Summary.failed(entry, error)

    @work(thread=True, exclusive=True)
    def _load_rest(self) -> None:
        batch: list[tuple[int, Summary]] = []
        for index in range(EAGER_SUMMARIES, len(self._summaries)):
            batch.append((index, self._summarise(self._summaries[index].entry)))
            if len(batch) >= 200:
                self.app.call_from_thread(self._apply, batch)
                batch = []
        if batch:
            self.app.call_from_thread(self._apply, batch)

    def _apply(self, batch: list[tuple[int, Summary]]) -> None:
        for index, summary in batch:
            self._summaries[index] = summary
        self._render_list()

    def _prompt(self, summary: Summary, matcher: Matcher | None) -> Content:
        title = matcher.highlight(summary.title) if matcher else Content(summary.title)
        count = self._counts.get(summary.entry.id, 0)
        meta = summary.meta + (f" · {count} highlight{'s' * (count != 1)}" if count else "")
        style = "$error" if summary.error else "$text-muted"
        return Content.assemble(title.stylize("bold"), "\n", (meta, style))

    def _render_list(self) -> None:
        option_list = self.query_one("#articles", OptionList)
        query = self.query_one("#filter", Input).value.strip()
        highlighted = option_list.highlighted_option.id if option_list.highlighted_option else None
        matcher = Matcher(query) if query else None
        rows: list[tuple[float, int, Summary]] = []
        for index, summary in enumerate(self._summaries):
            score = 1.0
            if matcher is not None:
                score = max(matcher.match(summary.title), matcher.match(summary.meta) * 0.5)
                if score <= 0:
                    continue
            rows.append((-score, index, summary))
        rows.sort(key=lambda row: (row[0], row[1]) if matcher else row[1])
        option_list.clear_options()
        option_list.add_options(
            Option(self._prompt(summary, matcher), id=summary.entry.id) for _, _, summary in rows
        )
        if highlighted is not None and highlighted in {s.entry.id for *_, s in rows}:
            option_list.highlighted = option_list.get_option_index(highlighted)
        elif rows:
            option_list.highlighted = 0
        total = len(self._summaries)
        shown = f"{len(rows)} of {total}" if matcher else f"{total}"
        highlights = sum(self._counts.values())
        self.query_one("#library-status", Static).update(
            f" {shown} article{'s' * (total != 1)} · {highlights} highlights · "
            "Enter opens · / filters · ? keys"
        )

    # ------------------------------------------------------------- events

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self._render_list()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        option_list = self.query_one("#articles", OptionList)
        if option_list.highlighted is not None:
            option_list.action_select()

    def on_key(self, event: events.Key) -> None:
        """Up/down keep moving the list while the filter has focus."""
        filter_input = self.query_one("#filter", Input)
        option_list = self.query_one("#articles", OptionList)
        if filter_input.has_focus and event.key in ("down", "up", "pagedown", "pageup"):
            event.stop()
            getattr(option_list, f"action_cursor_{event.key.replace('page', 'page_')}")()

    @on(OptionList.OptionSelected, "#articles")
    def _open(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.app.open_article(event.option.id)

    def action_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_clear_filter(self) -> None:
        filter_input = self.query_one("#filter", Input)
        if filter_input.value:
            filter_input.value = ""
        self.query_one("#articles", OptionList).focus()

    def action_export_all(self) -> None:
        workspace = self.app.workspace
        annotations = workspace.store.all()
        if not annotations:
            self.notify("Nothing to export yet: highlight a passage first.")
            return
        path = workspace.export_file(annotations, "postil notes")
        self.notify(f"Exported {len(annotations)} highlights to {path}", timeout=8)

    def store_changed(self) -> None:
        """Another screen or process changed annotations: refresh the counts."""
        self._counts = self.app.workspace.store.counts_by_article()
        self._render_list()

    def on_screen_resume(self) -> None:
        self.store_changed()
