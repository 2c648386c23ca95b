"""Reading one article: the text, its entities and highlights, and the side panels.

The text is on screen before anything slow happens: entity recognition and locating saved
highlights run in threads once the first frame is out, and paint in when they finish.
Highlighting (the part that writes) is :mod:`.highlighting`; search and stepping through
matches or mentions is :mod:`.searching`; showing a big article's start while the rest is
read is :mod:`.reading_rest`.

View state is reactive: which panel is open, whether entities are coloured and which kinds
are hidden. The legend and the text are bound to the screen's reactives (``data_bind``), and
each ``watch_`` method does the rest, so a key, a click and the palette all change one value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widgets import Static

from annotations.inert import one_line
from annotations.shown_dates import shown_date
from reader.colors import ENTITY_GROUPS
from reader.library import ArticleError
from reader.text.bylines import shown_authors
from reader.text.wording import plural
from reader.ui.screens.base import PostilScreen
from reader.ui.screens.highlighting import HighlightActions
from reader.ui.screens.reading_rest import (
    HEAD_CHARS,
    RELOAD_IN_WORKER,
    WHOLE_TEXT_ENTITIES,
    ReadingRest,
    file_stamp,
    head,
    paragraph_window,
)
from reader.ui.screens.searching import SearchActions
from reader.ui.screens.unavailable import unavailable_text
from reader.ui.widgets.annotations_panel import AnnotationsPanel
from reader.ui.widgets.article_view import ArticleView, Highlight
from reader.ui.widgets.entities_panel import EntitiesPanel
from reader.ui.widgets.key_footer import KeyFooter
from reader.ui.widgets.legend import Legend
from reader.ui.widgets.lists import PostilList
from reader.ui.widgets.search_box import SearchBox
from reader.ui.widgets.status_bar import StatusBar
from reader.workspace import Located

if TYPE_CHECKING:
    from reader.library import Article
    from reader.mentions.index import ArticleEntities

#: How often the open article's file is checked for changes (seconds).
FILE_CHECK_INTERVAL = 2.0
#: Texts longer than this get the entities around the caret first (a few ms), then all.
WINDOW_FIRST = 200_000
#: From this width a panel sits beside the text; below it, the text would be squeezed under
#: a readable measure (about 60 columns), so the panel takes the text's place instead.
WIDE = 110
#: The panels, by the name ``p`` and ``E`` open them with.
PANELS: dict[str, type[AnnotationsPanel] | type[EntitiesPanel]] = {
    "highlights": AnnotationsPanel,
    "entities": EntitiesPanel,
}


def _kind_bindings() -> list[Binding]:
    return [
        Binding(
            str(i + 1), f"toggle_kind({i})", f"Colour {name} on/off", show=False, id=f"kind.{i + 1}"
        )
        for i, (name, _) in enumerate(ENTITY_GROUPS)
    ]


class ArticleScreen(ReadingRest, HighlightActions, SearchActions, PostilScreen):
    """One article, readable, searchable and annotatable."""

    HELP_GROUP = "Article"

    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (Textual reads it from the class)
        (0, "-narrow"),
        (WIDE, "-wide"),
    ]

    DEFAULT_CSS = """
    ArticleScreen #article-title, ArticleScreen #article-meta {
        width: 100%;
        height: 1;
        padding: 0 2;
        text-align: center;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    ArticleScreen #article-title {
        text-style: bold;
        color: $foreground;
    }
    ArticleScreen #article-meta {
        color: $text-muted;
    }
    ArticleScreen .side-panel {
        dock: right;
        width: 46;
        display: none;
        border-left: tall $panel-lighten-2;
        padding: 0 1;
    }
    ArticleScreen .side-panel.visible {
        display: block;
    }
    ArticleScreen.-narrow .side-panel {
        width: 100%;
        border-left: none;
    }
    ArticleScreen.-narrow ArticleView.-under-panel {
        display: none;
    }
    ArticleScreen #article-unavailable {
        padding: 1 4;
    }
    ArticleScreen #article-error {
        color: $text-error;
        margin-bottom: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "annotate", "Highlight", id="article.annotate", tooltip="Highlight or edit"),
        Binding("D", "delete_highlight", "Delete highlight", show=False, id="article.delete"),
        Binding("u", "undo", "Undo delete", show=False, id="article.undo"),
        Binding(
            "p",
            "toggle_panel('highlights')",
            "Highlights",
            id="article.panel",
            tooltip="This article's highlights, beside the text",
        ),
        Binding(
            "E",
            "toggle_panel('entities')",
            "Entity list",
            id="article.entity-panel",
            tooltip="People, organisations, places… with mention counts",
        ),
        Binding("slash", "search", "Search", id="article.search", tooltip="Find in this article"),
        Binding("n", "step(1)", "Next match", show=False, id="article.next"),
        Binding("N", "step(-1)", "Previous match", show=False, id="article.previous"),
        Binding(
            "e",
            "toggle_entities",
            "Colours",
            id="article.entities",
            tooltip="Entity colours on or off",
        ),
        Binding(
            "x",
            "export",
            "Export",
            show=False,
            id="article.export",
            tooltip="This article's highlights as Markdown, to the export folder",
        ),
        Binding(
            "Y",
            "copy_markdown",
            "Copy as Markdown",
            show=False,
            id="article.copy-markdown",
            tooltip="The highlight at the caret: quote, note and tags",
        ),
        Binding("t", "app.tags", "Tags", show=False, id="article.tags"),
        Binding("f", "app.find", "Find", show=False, id="article.find"),
        Binding("escape", "back", "Back", show=False, id="article.back"),
        *_kind_bindings(),
    ]

    #: The open side panel: "highlights", "entities" or "" (none).
    panel: reactive[str] = reactive("")
    #: Entity colours on at all (``e``).
    show_entities: reactive[bool] = reactive(True)
    #: Legend groups switched off (``1``…``8``, or a click on the legend).
    hidden_groups: reactive[frozenset[int]] = reactive(frozenset())

    def __init__(
        self,
        article_id: str,
        *,
        offset: int | None = None,
        annotation_id: str | None = None,
        entity: tuple[str, str] | None = None,
        matches: tuple[str, list[tuple[int, int]]] | None = None,
    ) -> None:
        """Open ``article_id``; put the caret at ``offset``, on a highlight, or on the first
        mention of ``entity`` (label, key) with n / N stepping through its mentions, or
        through ``matches`` (what they match, their spans) from the one at ``offset``."""
        super().__init__()
        self.article_id = article_id
        self._initial_offset = offset
        self._jump_to = annotation_id
        self._pending_entity = entity
        self._pending_matches = matches
        self.article: Article | None = None
        self.located = Located()
        self._deleted = []
        self._file_missing = False
        self._finished = False  # the end was reached (the article is marked read once)
        self._last_caret = -1  # where the caret was: remembered when the screen goes
        #: A big article's start is shown while the whole is read (see :meth:`_read_rest`).
        self._reading = False
        #: The part of a very big text whose entities are shown (see :meth:`_recognize_around`).
        self._entity_window = (0, -1)
        #: The article file's (mtime, size) when it was read: :meth:`file_check` compares.
        self._stamp: tuple[int, int] | None = None
        #: The side panels opened so far (see :meth:`watch_panel`), by name.
        self._panels: dict[str, AnnotationsPanel | EntitiesPanel] = {}

    # ------------------------------------------------------------- building

    def compose(self) -> ComposeResult:
        library = self.postil.workspace.library
        try:
            preview = library.preview(self.article_id)
            self.article = preview or library.load(self.article_id)
        except (ArticleError, LookupError) as error:
            workspace = self.postil.workspace
            kept = workspace.store.for_article(self.article_id) if workspace.store_is_open else []
            reason, kept_text = unavailable_text(error, kept)
            with VerticalScroll(id="article-unavailable"):
                yield Static(reason, id="article-error", markup=False)
                yield Static(kept_text, id="article-kept", markup=False)
            yield KeyFooter()
            return
        article = self.article
        shown = head(article.text, HEAD_CHARS)
        # a big text, read now or before, shows its start while a worker wraps the whole
        self._reading = preview is not None or shown is not article.text
        self._stamp = file_stamp(article.path)
        yield Static(article.title, id="article-title", markup=False)
        yield Static(self._meta(article), id="article-meta", markup=False)
        yield Legend().data_bind(ArticleScreen.show_entities, ArticleScreen.hidden_groups)
        yield ArticleView(shown, id="body").data_bind(ArticleScreen.show_entities)
        yield SearchBox(id="search")
        yield StatusBar()
        yield KeyFooter()

    def _meta(self, article: Article) -> str:
        """``source · authors · date · N words · M boilerplate lines hidden`` (as the library's
        row says it; words unknown while read)."""
        byline = shown_authors(article.authors)
        meta = [p for p in (article.source, byline, shown_date(article.date)) if p]
        meta.append("counting words…" if self._reading else f"{article.words:,} words")
        if article.hidden_lines and not self._reading:
            meta.append(f"{plural(article.hidden_lines, 'boilerplate line')} hidden")
        return " · ".join(meta)

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def status(self) -> StatusBar:
        return self.query_one(StatusBar)

    @property
    def highlights_panel(self) -> AnnotationsPanel | None:
        """The highlights panel once it was opened and mounted (filled from then on)."""
        panel = self._panels.get("highlights")
        return panel if isinstance(panel, AnnotationsPanel) and panel.is_mounted else None

    @property
    def entities_panel(self) -> EntitiesPanel | None:
        """The entities panel once it was opened and mounted (filled from then on)."""
        panel = self._panels.get("entities")
        return panel if isinstance(panel, EntitiesPanel) and panel.is_mounted else None

    def on_mount(self) -> None:
        if self.article is None:
            return
        view = self.view
        view.focus()
        view.set_links([(link.start, link.end, link.url) for link in self.article.links])
        self.postil.store_changed.subscribe(self, self.store_changed)
        self.set_interval(FILE_CHECK_INTERVAL, self.file_check)
        if self._reading:
            self.call_after_refresh(self._read_rest)
        else:
            self._begin()

    def _begin(self) -> None:
        """With the whole text there: put the caret where asked, then colour entities and
        find the saved highlights (threads, after the text is on screen)."""
        assert self.article is not None
        view = self.view
        no_target = self._jump_to is None and not self._pending_entity
        if self._initial_offset is None and no_target and self._pending_matches is None:
            from reader.ui.reading import saved_position

            self._initial_offset = saved_position(self.postil, self.article.id)
        if self._pending_matches is not None:
            what, spans = self._pending_matches
            first = self._cursor.set(what, spans, self._initial_offset or 0)
            self.call_after_refresh(self._show_matches, first)
        elif self._initial_offset is not None and view.caret == 0:  # not moved while read
            self.call_after_refresh(view.move_caret, self._initial_offset, center=True)
        # Threads share the GIL: start the slow work once the text is on screen.
        self.call_after_refresh(self._recognize, self.article)
        self.call_after_refresh(self._locate)

    def theme_changed(self) -> None:
        """Entity and highlight colours come from the dark or the light set."""
        if self.article is None:
            return
        self.view.restyle()
        self.query_one(Legend).refresh()
        self._refresh_entities_panel()
        self._show_located(self.located)

    @work(thread=True, exclusive=True, group="entities", exit_on_error=False)
    def _recognize(self, article: Article) -> None:
        """Colour entities: for a long text, the part on screen first, then all of it."""
        index = self.postil.workspace.entities
        view = self.view
        text = article.text
        if len(text) > WHOLE_TEXT_ENTITIES:
            self._recognize_around(article, view.caret)
            return
        if len(text) > WINDOW_FIRST:
            start, end = paragraph_window(text, view.caret, WINDOW_FIRST // 4)
            draft = index.recognizer()(text[start:end])
            spans = [(e.start + start, e.end + start, e.label) for e in draft]
            self.app.call_from_thread(view.set_entities, spans)
        found = index.of(article)
        warning = index.take_warning()
        if warning:
            self.app.call_from_thread(self.notify, warning, severity="warning", timeout=10)
        self.app.call_from_thread(self._show_entities, found)

    def _show_entities(self, found: ArticleEntities) -> None:
        self.view.set_entities(found.spans)
        self.named = found.named
        self._refresh_entities_panel()
        if self._pending_entity is not None:
            label, key = self._pending_entity
            self._pending_entity = None
            self.step_through(label, key, jump=False)

    def _refresh_entities_panel(self) -> None:
        panel = self.entities_panel
        if panel is None:  # filled when first opened
            return
        hidden = (
            self._hidden_labels()
            if self.show_entities
            else frozenset(label for _, labels in ENTITY_GROUPS for label in labels)
        )
        panel.show(self.named, hidden_labels=hidden)

    @work(thread=True, exclusive=True, group="locate", exit_on_error=False)
    def _locate(self) -> None:
        if self.article is None:
            return
        located = self.postil.workspace.locate(self.article)
        self.app.call_from_thread(self._show_located, located)
        if self._jump_to is not None:
            self.app.call_from_thread(self._jump, self._jump_to)
            self._jump_to = None

    def _jump(self, annotation_id: str) -> None:
        """Put the caret on a highlight (used when opened from the tags or find screen)."""
        anchor = self.located.anchor_of(annotation_id)
        if anchor is not None:
            self.view.move_caret(anchor.start, center=True)
        else:
            self.notify("That highlight is orphaned here: see the panel (p).", severity="warning")

    def _show_located(self, located: Located, selected: str | None = None) -> None:
        self.located = located
        view = self.view
        view.set_highlights(
            [Highlight(a.id, anchor.start, anchor.end, a.color) for a, anchor in located.anchored]
        )
        self._fill_highlights_panel(selected)
        self._update_status()

    def _fill_highlights_panel(self, selected: str | None = None) -> None:
        """List the located highlights in the panel, if it was opened (else when it is)."""
        panel = self.highlights_panel
        if panel is None:
            return
        located, layout = self.located, self.view.text_layout
        panel.show(
            [(a, layout.paragraph_of_offset(anchor.start) + 1) for a, anchor in located.anchored],
            located.orphaned,
            selected=selected,
        )

    def store_changed(self, _: None = None) -> None:
        self._locate()

    def file_check(self) -> None:
        """On a timer while on screen: follow the article file if it changed or vanished."""
        if self.article is None or not self.is_current or self._reading:
            return
        stamp = file_stamp(self.article.path)
        if stamp is not None and stamp == self._stamp:
            return  # unchanged: nothing read (a big one may have left the library's memory)
        if stamp is not None and stamp[1] > RELOAD_IN_WORKER:
            self.read_again()
            return
        try:
            current = self.postil.workspace.library.load(self.article_id)
        except (ArticleError, LookupError) as error:
            if not self._file_missing:
                self._file_missing = True
                self.notify(
                    f"{error}. Showing the version read earlier; your highlights are kept.",
                    severity="warning",
                    timeout=10,
                )
            return
        self._file_missing = False
        self._stamp = stamp
        if current is self.article or current.text == self.article.text:
            self.article = current  # re-read (evicted from memory) but the same text
            return
        self.article = current
        self.view.set_text(current.text)
        self.view.set_links([(link.start, link.end, link.url) for link in current.links])
        self.clear_matches()
        self.named = []
        self._refresh_entities_panel()
        self._recognize(current)
        self._locate()
        self.notify("The article changed on disk and was reloaded; highlights found again.")

    # ------------------------------------------------------------- status

    @on(ArticleView.CaretMoved)
    def _caret_moved(self) -> None:
        caret = self.view.caret
        if caret != self._last_caret:  # a motion: yesterday's news goes
            self._last_caret = caret
            self.status.note = ""
        self._update_status()
        if self._reading:
            return
        self._follow_entities(caret)
        if not self._finished and caret >= len(self.view.text.rstrip()) - 1:
            from reader.ui.reading import remember

            self._finished = True
            remember(self.postil, self.article_id, caret, finished=True)

    def on_unmount(self) -> None:
        """Leaving the article: remember where the reader was."""
        if self.article is not None and self._last_caret >= 0 and not self._reading:
            from reader.ui.reading import remember

            remember(self.postil, self.article.id, self._last_caret)

    def say(self, note: str) -> None:
        """A passing note on the status line, until the caret next moves."""
        self.status.note = note

    def _update_status(self) -> None:
        view = self.view
        layout = view.text_layout
        paragraph = layout.paragraph_of_offset(view.caret) + 1
        percent = round(100 * view.caret / max(1, len(view.text)))
        position = [f"¶{paragraph}/{len(layout.paragraph_starts)}", f"{percent}%"]
        if self._reading:
            position.append("reading the rest…")
        position.append(plural(len(self.located.anchored), "highlight"))
        if self.located.orphaned:
            position.append(f"{len(self.located.orphaned)} orphaned (p)")
        bar = self.status
        bar.position = " · ".join(position)
        bar.context = self._under_caret()
        bar.matches = self.matches_status()

    def _under_caret(self) -> str:
        """What is under the caret, and what can be done with it."""
        view = self.view
        if view.selection is not None:
            start, end = view.selection
            return f"selected {end - start} chars · a highlights · y copies · esc clears"
        if view.selecting:
            return "selecting: move to extend · esc cancels"
        highlight = view.highlight_at(view.caret)
        annotation = self.located.find(highlight.id) if highlight is not None else None
        if annotation is None:
            url = view.link_at(view.caret)
            return f"link {one_line(url, 300)}" if url else ""
        tags = " ".join(f"#{t}" for t in annotation.tags)
        note = annotation.note.splitlines()[0] if annotation.note else ""
        return f"highlight {tags} {note}".strip() + " · a edits · D deletes · y copies"

    # ------------------------------------------------------------- display

    def _hidden_labels(self) -> frozenset[str]:
        return frozenset(label for i in self.hidden_groups for label in ENTITY_GROUPS[i][1])

    def watch_show_entities(self) -> None:
        if self.article is not None:
            self._refresh_entities_panel()

    def watch_hidden_groups(self) -> None:
        if self.article is not None:
            self.view.hidden_labels = self._hidden_labels()
            self._refresh_entities_panel()

    def action_toggle_entities(self) -> None:
        self.show_entities = not self.show_entities

    def action_toggle_kind(self, index: int) -> None:
        if self.show_entities and 0 <= index < len(ENTITY_GROUPS):
            self.hidden_groups = self.hidden_groups ^ {index}

    @on(Legend.Toggled)
    def _legend_clicked(self, event: Legend.Toggled) -> None:
        self.action_toggle_kind(event.index)

    def action_toggle_panel(self, which: str) -> None:
        """Show the highlights or the entities panel (one at a time), or hide it."""
        self.panel = "" if self.panel == which else which

    def watch_panel(self, old: str, new: str) -> None:
        """Show the panel asked for and give it focus; closing one gives focus to the text.

        A panel is mounted the first time it is asked for (:meth:`_mount_panel`): most
        articles are read without one, and the two, hidden, were a fifth of the work of
        opening an article."""
        if self.article is None:
            return
        if new and new not in self._panels:
            panel = self._panels[new] = PANELS[new](classes="side-panel")
            self.call_next(self._mount_panel, new, panel)
        self._show_panel(new)

    def _show_panel(self, name: str) -> None:
        """Make ``name`` the visible panel, focused ("": none, the text focused)."""
        for each, panel in self._panels.items():
            panel.set_class(each == name, "visible")
        # on the text, not the screen: a class on the screen restyles every widget in it
        self.view.set_class(bool(name), "-under-panel")
        if not name:
            self.view.focus()
            return
        lists = self._panels[name].query(PostilList)
        if lists:  # else it is still mounting: focused once it is
            lists.first().focus()

    async def _mount_panel(self, name: str, panel: AnnotationsPanel | EntitiesPanel) -> None:
        """Mount ``panel`` where compose would have put it (before the text), fill it with
        what the article has now, and focus it if it is still the one asked for."""
        await self.mount(panel, before=self.view)
        if isinstance(panel, AnnotationsPanel):
            self._fill_highlights_panel()
        else:
            self._refresh_entities_panel()
            if self.stepped is not None:
                panel.highlight(*self.stepped)
        if self.panel == name:
            panel.query_one(PostilList).focus()

    def close_panel_if_narrow(self) -> None:
        """After a jump from a panel that covers the text, show the text (focus on it)."""
        if self.has_class("-narrow"):
            self.panel = ""

    def action_back(self) -> None:
        """Esc peels one layer: search box, panel, selection, matches, then the article."""
        if self.article is None:
            self.dismiss()
            return
        view = self.view
        box = self.query_one(SearchBox)
        if box.has_class("visible"):
            box.remove_class("visible")
            view.focus()
        elif self.panel:
            self.say(f"closed the {self.panel} panel (esc again leaves the article)")
            self.panel = ""
        elif view.selection is not None or view.selecting:
            view.clear_selection()
            self.say("selection cleared")
        elif self.matches_status():
            self.clear_matches()
            self.say("search cleared")
        else:
            self.dismiss()

    def action_export(self) -> None:
        if self.article is None:
            return
        annotations = [a for a, _ in self.located.anchored] + self.located.orphaned
        self.postil.export_highlights(annotations, self.article.title)

    def check_action(self, action: str, parameters: tuple[Any, ...]) -> bool | None:
        return self.article is not None or action in {"back", "copy"}
