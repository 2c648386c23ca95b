"""Entities of articles, recognized once per text, and which articles mention what.

One object per session holds the chosen recognizer (the built-in one, or a spaCy pipeline
loaded on first use) and remembers each article's entities while its text is unchanged, so the
article screen, its entities panel and the library-wide index share one recognition.
Thread-safe: the UI calls it from worker threads.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.entities import Entity
    from reader.library import Article, Library
    from reader.mentions.grouping import Named, Span
    from reader.mentions.library import LibraryNamed
    from reader.search.builder import Progress
    from reader.search.index import SearchIndex

    Recognizer = Callable[[str], list[Entity]]


def recognizer_for(spec: str) -> tuple[Recognizer, str | None]:
    """The recognizer ``spec`` names; one that cannot be loaded falls back to the built-in
    recognizer, with the one-line reason as a warning."""
    from reader.entities import BackendError, load_recognizer, recognize

    try:
        return load_recognizer(spec), None
    except BackendError as error:
        return recognize, f"{error}; using the built-in recognizer"


#: Articles whose entities are remembered (the open one, recent ones): a bounded memory.
REMEMBERED = 64


@dataclass(frozen=True)
class ArticleEntities:
    """An article's entity spans (for colour) and the named things they make (for panels)."""

    spans: list[Span]
    named: list[Named]


@dataclass
class EntityIndex:
    """Recognition results by article, valid while the article's text is the same."""

    #: ``"builtin"`` or ``"spacy:<pipeline>"`` (``--ner``, settings).
    spec: str = "builtin"
    _recognizer: Recognizer | None = field(default=None, init=False, repr=False)
    _warning: str | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _by_article: OrderedDict[str, tuple[tuple[int, int], ArticleEntities]] = field(
        default_factory=OrderedDict, init=False, repr=False
    )
    _search: SearchIndex | None = field(default=None, init=False, repr=False)

    def recognizer(self) -> Recognizer:
        """The chosen recognizer, loaded on first use (a spaCy pipeline takes seconds)."""
        with self._lock:
            if self._recognizer is None:
                self._recognizer, self._warning = recognizer_for(self.spec)
            return self._recognizer

    def take_warning(self) -> str | None:
        """Why the chosen recognizer could not be used, once (for the UI to show once)."""
        with self._lock:
            warning, self._warning = self._warning, None
            return warning

    def of(self, article: Article) -> ArticleEntities:
        """Entities of ``article``, recognized once per text."""
        stamp = (len(article.text), hash(article.text))
        with self._lock:
            cached = self._by_article.get(article.id)
            if cached is not None and cached[0] == stamp:
                self._by_article.move_to_end(article.id)
                return cached[1]
        # with the recognizer, after the first frame
        from reader.mentions.grouping import group_mentions

        found = self.recognizer()(article.text)
        spans = [(e.start, e.end, e.label) for e in found]
        result = ArticleEntities(spans, group_mentions(article.text, spans))
        with self._lock:
            self._by_article[article.id] = (stamp, result)
            while len(self._by_article) > REMEMBERED:
                self._by_article.popitem(last=False)
        return result

    def search_index(self) -> SearchIndex:
        """The persisted search index of this recognizer's entities, opened on first use."""
        with self._lock:
            if self._search is None:
                from reader.search.index import SearchIndex

                self._search = SearchIndex(spec=self.spec)
            return self._search

    def library_mentions(
        self,
        library: Library,
        progress: Progress | None = None,
        listing: Callable[[], None] | None = None,
    ) -> tuple[list[LibraryNamed], dict[str, str]]:
        """Which articles of ``library`` mention what, and their titles, from the search index.

        The index is brought up to date first: only articles added or changed since it was
        last updated are read, and only new contents recognised (on every core). An update
        already running (the TUI's background one, or ``postil index``) is waited for. Then
        ``listing()`` is called, and the list is read from the totals the index keeps (a row
        per thing and name: tens of milliseconds at 10,000 articles; made once in a catalogue
        of an earlier postil), and kept until the index changes.
        """
        index = self.search_index()
        index.update(library, progress=progress, wait=math.inf)
        if listing is not None:
            listing()
        scope = frozenset(library.ids())  # asked for every indexed article: a set
        titles = {key: title for key, title in index.catalog.titles().items() if key in scope}
        return index.mentions(scope), titles
