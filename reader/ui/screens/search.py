"""Search everything: the full text of every article, every highlight's quote, note and tags,
and entity names, ranked, as you type.

Results are grouped by article: the article's title, then its first matches in context. Enter
on an article or one of its matches opens the article there, with every match of the article
marked and n / N stepping through them. Searches run in a worker, 150 ms after the last key.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING, ClassVar, cast

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from annotations.shown_dates import shown_date
from reader.library.inert import make_inert
from reader.text.bylines import shown_authors
from reader.text.wording import plural
from reader.ui.widgets.indented import indented
from reader.ui.widgets.key_footer import KeyFooter
from reader.ui.widgets.lists import text_width
from reader.ui.widgets.text_fields import TextInput
from reader.ui.workers import ReportsWorkerErrors

if TYPE_CHECKING:
    from textual.timer import Timer

    from reader.search.passages import Passage
    from reader.search.results import ArticleResult, SearchResults
    from reader.ui.app import PostilApp

#: Articles shown, and passages (matches close together share one) shown under each.
SHOWN_ARTICLES = 50
SHOWN_PASSAGES = 3
#: Seconds after the last key before the search runs.
DEBOUNCE = 0.15
HINT = (
    'words, "a phrase", -word, OR, word*, #tag, person:/org:/place:name, site:, author:, '
    "after:/before:2024-06-01, is:annotated"
)


class SearchScreen(ReportsWorkerErrors, Screen[None]):
    """One search box over articles, highlights and entities."""

    HELP_GROUP = "Search everything"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="search.back"),
    ]

    DEFAULT_CSS = """
    SearchScreen #query { margin: 0 1; }
    SearchScreen #results { height: 1fr; border: none; padding: 0 1; }
    SearchScreen #search-status { height: 1; width: 100%; background: $panel; color: $text-muted; }
    """

    def __init__(self) -> None:
        super().__init__()
        self._timer: Timer | None = None
        self._searched_while_indexing = False
        self._shown: SearchResults | None = None
        self._width = 0  # the width the shown snippets are wrapped to

    @property
    def postil(self) -> PostilApp:
        return cast("PostilApp", self.app)

    def compose(self) -> ComposeResult:
        yield Static("postil · Search everything", classes="screen-title")
        yield TextInput(placeholder=HINT, id="query")
        yield OptionList(id="results")
        yield Static(" Type to search.", id="search-status", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#query", Input).focus()
        self.postil.start_indexing()
        self._sync_highlights()
        self.set_interval(0.3, self._watch_indexing)

    # ------------------------------------------------------------- searching

    @on(Input.Changed, "#query")
    def _changed(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE, self._search)

    def _search(self, keep_place: bool = False) -> None:
        """Search for the query as typed (``keep_place``: the same query again, so the row
        the reader was on stays highlighted)."""
        query = self.query_one("#query", Input).value
        if not query.strip():
            self._show(None)
            return
        self._run(query, keep_place)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _run(self, query: str, keep_place: bool = False) -> None:
        if self.postil.indexing.running:
            # Searched a partial index: search again when it is whole. Set here, not by the
            # timer seeing it run, which misses an update shorter than its 0.3 s period.
            self._searched_while_indexing = True
        workspace = self.postil.workspace
        scope = workspace.library.ids()
        results = workspace.entities.search_index().search(query, SHOWN_ARTICLES, scope)
        self.app.call_from_thread(self._show, results, keep_place)

    @work(thread=True, group="highlights", exit_on_error=False)
    def _sync_highlights(self) -> None:
        from reader.search.index import IndexBusy

        if self.postil.indexing.running:
            return  # the session's update syncs the highlights too
        workspace = self.postil.workspace
        try:
            workspace.entities.search_index().update_highlights(workspace.store)
        except IndexBusy:
            return  # the background update syncs them too

    def store_changed(self) -> None:
        self._sync_highlights()

    def _watch_indexing(self) -> None:
        state = self.postil.indexing
        notice = state.take_notice()
        if notice:
            self.notify(notice.capitalize() + ".", timeout=8)
        if state.running:
            self._status(state.status())
        elif self._searched_while_indexing:  # it finished: search the whole index again
            self._searched_while_indexing = False
            self._search(keep_place=True)

    # ------------------------------------------------------------- showing

    def _status(self, extra: str = "") -> None:
        state = self.postil.indexing
        line = " · ".join(p for p in (self._summary, extra or state.status()) if p)
        self.query_one("#search-status", Static).update(" " + line)

    _summary = "Type to search."

    def _show(self, results: SearchResults | None, keep_place: bool = False) -> None:
        """Show ``results`` (``keep_place``: keep the highlighted row, found by its article
        and match, where the new rows still have it; else the first row)."""
        options = self.query_one("#results", OptionList)
        place = _highlighted_id(options) if keep_place else None
        self._shown = results
        if results is None:
            options.clear_options()
            self._summary = "Type to search."
            self._status()
            return
        rows: list[Option] = []
        width = self._width = text_width(options)
        for result in results.results:
            rows.append(Option(_title(result, width), id=f"{result.id}\t-1"))
            for passage in result.passages[:SHOWN_PASSAGES]:
                line = _passage_line(passage, width)
                rows.append(Option(line, id=f"{result.id}\t{passage.first}"))
        options.set_options(rows)
        if rows:
            options.highlighted = _row_of(options, place)
        found = plural(results.total, "article")
        warning = "".join(f" · {w}" for w in results.warnings)
        self._summary = f"{found} · ↓ to the results · Enter opens at the match{warning}"
        self._status()

    def on_resize(self) -> None:
        """Snippets are wrapped to the list's width: wrap them again at a new one (a change
        of height alone leaves the rows as they are)."""
        options = self.query_one("#results", OptionList)
        if self._shown is not None and text_width(options) != self._width:
            self._show(self._shown, keep_place=True)

    # ------------------------------------------------------------- opening

    @on(OptionList.OptionSelected, "#results")
    def _open(self, event: OptionList.OptionSelected) -> None:
        if not event.option.id:
            return
        article_id, number = event.option.id.rsplit("\t", 1)
        shown = self._shown.results if self._shown is not None else []
        result = next((r for r in shown if r.id == article_id), None)
        if result is None:
            return
        spans = [(m.start, m.end) for m in result.matches]
        chosen = result.matches[max(0, int(number))] if result.matches else None
        query = self.query_one("#query", Input).value.strip()
        self.postil.open_article(
            article_id,
            offset=chosen.start if chosen else None,
            matches=(f"“{query}”", spans) if spans else None,
        )

    def on_key(self, event: events.Key) -> None:
        if event.key == "down" and self.query_one("#query", Input).has_focus:
            event.stop()
            self.query_one("#results", OptionList).focus()

    @on(Input.Submitted, "#query")
    def _submitted(self) -> None:
        self.query_one("#results", OptionList).focus()

    def action_back(self) -> None:
        if self.query_one("#results", OptionList).has_focus:
            self.query_one("#query", Input).focus()
        else:
            self.dismiss()


def _title(result: ArticleResult, width: int) -> Content:
    """The article's title, then its byline and count of matches: after the title when they
    fit on its last line, else on a line of their own (the list wrapped "… 23 matches"
    between "23" and "matches", under the title)."""
    count = plural(result.total_matches, "match", "matches")
    byline = (result.source, shown_authors(result.authors), shown_date(result.date), count)
    meta = Content.styled(
        make_inert(" · ".join(p for p in byline if p), keep_newlines=False), "$text-muted"
    )
    title = Content.styled(make_inert(result.title, keep_newlines=False), "bold")
    if width <= INDENT + 10:  # not laid out yet: the list wraps it
        return title + "  " + meta
    lines = title.wrap(width)
    if lines[-1].cell_length + 2 + meta.cell_length <= width:
        lines[-1] = lines[-1] + "  " + meta
    else:
        lines.append(meta.truncate(width, ellipsis=True))
    return Content("\n").join(lines)


def _highlighted_id(options: OptionList) -> str | None:
    """The id of the highlighted row (its article's id and its match's number, a tab
    between), if any."""
    if options.highlighted is None or options.highlighted >= options.option_count:
        return None
    return options.get_option_at_index(options.highlighted).id


def _row_of(options: OptionList, place: str | None) -> int:
    """The row of ``place``; else its article's title row, if the article is still found
    (its matches may have changed); else the first row."""
    if place is None:
        return 0
    for row_id in (place, place.rsplit("\t", 1)[0] + "\t-1"):
        with suppress(OptionDoesNotExist):
            return options.get_option_index(row_id)
    return 0


#: Columns before a match's snippet, on each of its lines: the matches stand under their
#: article's title, a highlight's with a pencil.
INDENT = 4


def _passage_line(passage: Passage, width: int) -> Content:
    """A passage, each match in it marked, wrapped to ``width`` with every line indented:
    wrapped by the list, a snippet's second line started at the left edge, where it read as
    a title."""
    parts: list[str | tuple[str, str]] = [
        (text, "bold reverse") if marked else text for text, marked in passage.pieces()
    ]
    if passage.note:
        parts.append((f"  — {make_inert(passage.note, keep_newlines=False)[:80]}", "italic"))
    body = Content.assemble(*parts)
    mark = Content.styled(
        ("  ✎ " if passage.kind == "highlight" else "").ljust(INDENT), "$text-muted"
    )
    return indented(mark, body, width)
