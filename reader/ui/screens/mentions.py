"""Entities across the library: who and what the articles mention, and which articles do.

Left, every named thing of the library: the names first, then the dates and figures ("two" in
three articles is no lead), one line each: name, kind and how many articles, in columns that
fit the list's width (:mod:`reader.text.columns`). Filter as you type, or by kind with the
search's words (``person:``, ``org: acme``, ``date:``). Right, the articles that mention the
highlighted one, most mentions first (below the list on a narrow terminal). Enter opens an
article at the first mention, with n / N stepping through the others. The mentions come from
the search index (kept between sessions): only articles added or changed since are
recognised, in a worker.
"""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.fuzzy import Matcher
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from reader.colors import entity_color, label_name
from reader.mentions.grouping import FIGURE_LABELS
from reader.mentions.library import LibraryNamed
from reader.search.query import entity_kind_filter
from reader.text.columns import Columns, fit_columns
from reader.text.wording import plural
from reader.ui.screens.filtered_list import FilteredListScreen
from reader.ui.widgets.entities_panel import option_id
from reader.ui.widgets.lists import FittedList, PostilList

#: Rows shown at most in the list of named things (a filter narrows it), and in the list of
#: a thing's articles (most mentions first).
SHOWN = 400
#: Terminal columns from which the two lists stand side by side (below, one above the other:
#: side by side at 80 columns the list of things had 28 cells, too few for a name and kind).
SIDE_BY_SIDE = 110


class MentionsScreen(FilteredListScreen):
    """Which articles mention what; opened on one named thing or on the whole list."""

    HELP_GROUP = "Entities across the library"
    SCREEN_TITLE = "postil · Entities across the library"
    FILTER_PLACEHOLDER = "/ filters: a name, or a kind (person: org: place: date: …)"

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (SIDE_BY_SIDE, "-wide")]  # noqa: RUF012

    DEFAULT_CSS = """
    MentionsScreen #list {
        width: 2fr;
    }
    MentionsScreen #mention-articles {
        width: 3fr;
    }
    MentionsScreen.-narrow #lists {
        layout: vertical;
    }
    MentionsScreen.-narrow #list, MentionsScreen.-narrow #mention-articles {
        width: 1fr;
    }
    MentionsScreen.-narrow #mention-articles {
        border-top: solid $panel-lighten-2;
    }
    """

    def __init__(self, label: str | None = None, key: str | None = None) -> None:
        super().__init__()
        self._wanted = (label, key) if label and key else None
        self._index: list[LibraryNamed] = []
        #: The same things by option id: the cursor's thing without a walk of the list
        #: (51,000 things at 50,000 articles).
        self._by_option: dict[str, LibraryNamed] = {}
        self._titles: dict[str, str] = {}
        #: What the list of things shows now (names, then dates and figures), and the
        #: filter's matcher (a resize makes the rows again from them).
        self._shown: tuple[list[LibraryNamed], list[LibraryNamed]] = ([], [])
        self._matcher: Matcher | None = None
        self._digits = 1  # of the largest count shown

    def compose_lists(self) -> ComposeResult:
        with Horizontal(id="lists"):
            yield FittedList(id="list")
            yield PostilList(id="mention-articles")

    def on_mount(self) -> None:
        self.set_status(" Recognizing entities…")
        self.main_list.focus()
        self._index_library()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _index_library(self) -> None:
        """Read the mentions from the search index, updating it first (only changed articles
        are read; new ones recognised)."""
        workspace = self.postil.workspace

        def progress(done: int, total: int) -> None:
            if done % 10 == 0 or done == total:
                message = f" Recognizing entities: {done:,}/{total:,} articles…"
                self.app.call_from_thread(self.set_status, message)

        def listing() -> None:  # on a large library, the merge takes a moment the first time
            self.app.call_from_thread(self.set_status, " Listing the library's named things…")

        index, titles = workspace.entities.library_mentions(workspace.library, progress, listing)
        self.app.call_from_thread(self._show_index, index, titles)

    def _show_index(self, index: list[LibraryNamed], titles: dict[str, str]) -> None:
        self._index, self._titles = index, titles
        self._by_option = {option_id(n.label, n.key): n for n in index}
        if self._wanted is not None:
            label, key = self._wanted
            wanted = next((n for n in index if n.has_key(label, key)), None)
            if wanted is not None:
                self.filter_box.value = wanted.name  # renders the list
                self._highlight(option_id(wanted.label, wanted.key))
                return
        self._render_named()

    # ------------------------------------------------------------- lists

    def refilter(self, query: str) -> None:
        self._render_named()

    def _render_named(self) -> None:
        labels, query = entity_kind_filter(self.filter_box.value)
        matcher = Matcher(query) if query else None
        rows = [n for n in self._index if labels is None or n.label in labels]
        if matcher is not None:
            scored = [(matcher.match(n.name), n) for n in rows]
            rows = [n for score, n in sorted(scored, key=lambda p: -p[0]) if score > 0]
        names = [n for n in rows if n.label not in FIGURE_LABELS]
        figures = [n for n in rows if n.label in FIGURE_LABELS]
        counted = self._counted(len(names), len(figures), len(rows) > SHOWN)
        self._shown = (names[:SHOWN], figures[: max(0, SHOWN - len(names))])
        self._matcher = matcher
        named_list = self.query_one("#list", FittedList)
        named_list.fit(self._named_options)
        if named_list.option_count:
            named_list.highlighted = 0
        self.set_status(f" {counted} · Enter on an article opens it at the first mention")
        self._show_articles()

    def _named_options(self, width: int) -> list[Option]:
        """The rows of :attr:`_shown`, in ``width`` cells."""
        names, figures = self._shown
        columns = self._columns([*names, *figures], width)
        options = [Option(self._prompt(n, columns), id=option_id(n.label, n.key)) for n in names]
        if names and figures:  # "two" or "Friday" is no name: after the names, under a heading
            heading = Content.styled("dates and figures", "bold $text-muted")
            options.append(Option(heading, disabled=True))
        options += [Option(self._prompt(n, columns), id=option_id(n.label, n.key)) for n in figures]
        return options

    def _columns(self, rows: list[LibraryNamed], width: int) -> Columns:
        """Columns for ``rows`` in ``width`` cells (and the digits their counts are aligned
        to, kept for :meth:`_articles`)."""
        self._digits = max((len(f"{n.count:,}") for n in rows), default=1)
        return fit_columns(
            width,
            {label_name(n.label) for n in rows},
            {label_name(n.label, short=True) for n in rows},
            {self._articles(n.count) for n in rows},
        )

    def _articles(self, count: int) -> str:
        """``" 7 articles"``, ``" 1 article "``: the numbers right-aligned, the nouns in line
        after them (every row as wide)."""
        return f"{count:>{self._digits},} {'article' if count == 1 else 'articles':<8}"

    def _counted(self, names: int, figures: int, cut: bool) -> str:
        """What the list holds, e.g. ``128 names and 43 dates and figures in 5 articles``."""
        parts = [plural(names, "name")] if names or not figures else []
        if figures:
            parts.append(plural(figures, "date or figure", "dates and figures"))
        shown = f" (first {SHOWN} shown)" if cut else ""
        return f"{' and '.join(parts)}{shown} in {plural(len(self._titles), 'article')}"

    def _prompt(self, named: LibraryNamed, columns: Columns) -> Content:
        """One line: the name (cut to its column), its kind and its articles."""
        matcher = self._matcher
        name = matcher.highlight(named.name) if matcher else Content(named.name)
        name = name.truncate(columns.name, ellipsis=True)
        kind = label_name(named.label, short=not columns.long_kinds)
        return Content.assemble(
            name.stylize(f"bold {entity_color(named.label, dark=self.app.current_theme.dark)}"),
            " " * (columns.name - name.cell_length + 2),
            (kind.ljust(columns.kind + 2), "$text-muted"),
            (self._articles(named.count), "$text-muted"),
        )

    def _current(self) -> LibraryNamed | None:
        option = self.query_one("#list", PostilList).highlighted_option
        if option is None or not option.id:
            return None
        return self._by_option.get(option.id)

    def _show_articles(self) -> None:
        named = self._current()
        articles = self.query_one("#mention-articles", PostilList)
        if named is None:
            articles.clear_options()
            return
        rows = named.articles
        options = [
            Option(
                Content.assemble(
                    (self._titles.get(article_id, article_id), "bold"),
                    "\n",
                    (plural(count, "mention"), "$text-muted"),
                ),
                id=f"{article_id}\t{first}",
            )
            for article_id, first, count in rows[:SHOWN]
        ]
        if len(rows) > SHOWN:  # 47,451 rows took the UI 3.5 s to lay out, on every move
            more = f"… {len(rows) - SHOWN:,} more articles (postil mentions --json lists all)"
            options.append(Option(Content.styled(more, "$text-muted"), disabled=True))
        articles.set_options(options)
        articles.highlighted = 0

    def _highlight(self, wanted_id: str) -> None:
        named_list = self.query_one("#list", PostilList)
        try:
            named_list.highlighted = named_list.get_option_index(wanted_id)
        except OptionDoesNotExist:
            return
        self._show_articles()

    # ------------------------------------------------------------- events

    @on(OptionList.OptionHighlighted, "#list")
    def _named_highlighted(self) -> None:
        self._show_articles()

    @on(OptionList.OptionSelected, "#list")
    def _named_selected(self) -> None:
        self.query_one("#mention-articles", PostilList).focus()

    @on(OptionList.OptionSelected, "#mention-articles")
    def _open(self, event: OptionList.OptionSelected) -> None:
        named = self._current()
        if named is None or not event.option.id:
            return
        article_id, first = event.option.id.rsplit("\t", 1)
        self.postil.open_article(article_id, offset=int(first), entity=(named.label, named.key))

    def copy_text(self) -> tuple[str, str] | None:
        named = self._current()
        return (named.name, f"“{named.name}”") if named is not None else None
