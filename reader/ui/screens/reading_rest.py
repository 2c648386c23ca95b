"""What the article screen does with a big article: show its start, read the rest meanwhile.

A mixin of :class:`~reader.ui.screens.article.ArticleScreen`. A text of any size opens on its
first :data:`HEAD_CHARS` (a preview read from the file's first 32 KB, or the head of a text
read before): that is wrapped and drawn in a millisecond. A worker reads, cleans and wraps
the whole (``Library.load``, ``Layout.build``), then it replaces the start in place. Until
then (``_reading``) motions, ``G``, search and ``n`` work on what is shown, the status says
"reading the rest…", and highlighting waits: highlights anchor in the whole reading text,
the one ``postil show --json`` prints, so none is made or located in a part of it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.widgets import Static

from reader.library import ArticleError
from reader.text.wrap import Layout
from reader.ui.screens.highlighting import HighlightActions

if TYPE_CHECKING:
    from reader.library import Article
    from reader.mentions.index import ArticleEntities
    from reader.ui.widgets.article_view import ArticleView

#: Texts longer than this open with this much of their start, the whole wrapped in a worker
#: (a few screens: wrapping more before the first frame only delays it).
HEAD_CHARS = 32 * 1024
#: A changed article file bigger than this is read again in a worker, its start shown meanwhile.
RELOAD_IN_WORKER = 1_000_000
#: Texts longer than this get their entities around the caret only (see _recognize_around) ...
WHOLE_TEXT_ENTITIES = 2_000_000
#: ... this many characters each side of it.
ENTITY_WINDOW = 20_000


def paragraph_window(text: str, offset: int, radius: int) -> tuple[int, int]:
    """Whole paragraphs covering ``offset`` ± ``radius`` characters."""
    start = text.rfind("\n", 0, max(0, offset - radius)) + 1
    end = text.find("\n", min(len(text), offset + radius))
    return start, len(text) if end < 0 else end


def file_stamp(path: Path) -> tuple[int, int] | None:
    """``(mtime_ns, size)`` of ``path``, ``None`` if it cannot be read."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def head(text: str, size: int) -> str:
    """The whole paragraphs of ``text`` within its first ``size`` characters (``text`` itself
    when it is no longer): all the first screens need, wrapped in a millisecond."""
    if len(text) <= size:
        return text
    cut = text.rfind("\n", 0, size)
    return text[:cut] if cut > 0 else text[:size]


class ReadingRest(HighlightActions):
    """Show the start of a big article at once, the whole when it is read."""

    article_id: str
    #: The start of a big article is shown while the whole is read.
    _reading: bool
    #: The article file's (mtime, size) when it was read (``file_check`` compares).
    _stamp: tuple[int, int] | None
    #: The part of a very big text whose entities are shown (see :meth:`_recognize_around`).
    _entity_window: tuple[int, int]

    if TYPE_CHECKING:

        @property
        def view(self) -> ArticleView: ...

        def _meta(self, article: Article) -> str: ...

        def _begin(self) -> None: ...

        def _update_status(self) -> None: ...

        def _show_entities(self, found: ArticleEntities) -> None: ...

        def _recognize(self, article: Article) -> object: ...

        def search_again(self) -> None: ...

        def clear_matches(self) -> None: ...

        def say(self, note: str) -> None: ...

    @work(thread=True, exclusive=True, group="reading", exit_on_error=False)
    def _read_rest(self) -> None:
        """Read the whole of a big article, and wrap it, while its start is on screen."""
        stamp = file_stamp(self.article.path) if self.article is not None else None
        try:
            article = self.postil.workspace.library.load(self.article_id)
        except (ArticleError, LookupError) as error:
            self.app.call_from_thread(self._reading_failed, str(error))
            return
        layout = Layout.build(article.text, self.view.measure())
        self.app.call_from_thread(self._rest_read, article, layout, stamp)

    def _rest_read(self, article: Article, layout: Layout, stamp: tuple[int, int] | None) -> None:
        """Show the whole text in place of its start: the caret and the view stay where they
        are (at the new end after ``G``), a search made meanwhile is run over all of it."""
        self._reading = False
        self._stamp = stamp
        self.article = article
        self.view.set_text(article.text, layout)
        self.query_one("#article-title", Static).update(article.title)
        self.query_one("#article-meta", Static).update(self._meta(article))
        self.search_again()
        self._update_status()
        self._begin()

    def _reading_failed(self, error: str) -> None:
        self.notify(
            f"{error}. Only the start of the article is shown.", severity="error", timeout=10
        )

    def search_scope(self) -> str:
        return " in the part read so far (the rest follows)" if self._reading else ""

    def action_annotate(self) -> None:
        """Highlights anchor in the whole text: they wait until it is read (seconds)."""
        if self._reading:
            self.say("still reading the article: highlighting works once it is all read")
            return
        super().action_annotate()

    def read_again(self) -> None:
        """The big file changed on disk: read it again in the worker, as when it opened."""
        self._reading = True
        self.clear_matches()
        self._read_rest()
        self.notify("The article changed on disk: reading it again…")

    def _recognize_around(self, article: Article, caret: int) -> None:
        """Entities of the paragraphs around ``caret`` only: all of a 100 MB text would take
        minutes and more memory than the text (a screen is ~4,000 characters). Run again when
        the caret leaves them."""
        from reader.mentions.grouping import group_mentions
        from reader.mentions.index import ArticleEntities

        text = article.text
        start, end = paragraph_window(text, caret, ENTITY_WINDOW)
        draft = self.postil.workspace.entities.recognizer()(text[start:end])
        spans = [(e.start + start, e.end + start, e.label) for e in draft]
        self._entity_window = (start, end)
        found = ArticleEntities(spans, group_mentions(text, spans))
        self.app.call_from_thread(self._show_entities, found)

    def _follow_entities(self, caret: int) -> None:
        """In a text too big to recognize whole, recognize where the caret went."""
        start, end = self._entity_window
        text = self.view.text
        if len(text) > WHOLE_TEXT_ENTITIES and not start <= caret <= end and self.article:
            self._entity_window = (0, len(text))  # asked once, until the worker answers
            self._recognize(self.article)
