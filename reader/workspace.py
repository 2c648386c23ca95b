"""The library, the annotation store and how they meet: one object the CLI and the TUI share.

Both front ends go through here, so ``postil export`` and the TUI's export key write the same
Markdown, and a highlight located in the TUI is located the same way in ``postil list``.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from annotations.errors import NotFoundError, StoreError
from annotations.fingerprint import ClosedStore
from reader.library import ArticleError, Library
from reader.library.entries import Entries
from reader.library.inert import one_line

if TYPE_CHECKING:
    from annotations.anchoring import Anchor
    from annotations.export import ArticleRef
    from annotations.model import Annotation
    from annotations.store import AnnotationStore
    from reader.library import Article, Entry
    from reader.mentions.index import EntityIndex

#: Opens the annotation store: what a workspace holds until the store is first needed.
StoreOpener = Callable[[], "AnnotationStore"]
#: Lists the library: what a workspace holds until the library is first needed.
LibraryLister = Callable[[], Library]


def default_export_dir(configured: Path | None = None) -> Path:
    """Where the TUI writes exports: ``$POSTIL_EXPORT_DIR``, else ``configured`` (the settings'
    ``export_dir``), else ``~/Documents/postil``."""
    from_env = os.environ.get("POSTIL_EXPORT_DIR")
    if from_env:
        return Path(from_env).expanduser()
    if configured is not None:
        return configured
    return Path(platformdirs.user_documents_dir()) / "postil"


def slugify(title: str, limit: int = 60) -> str:
    """A file-name-safe slug of ``title`` (lowercase words joined by ``-``)."""
    slug = re.sub(r"[^\w]+", "-", title.lower(), flags=re.UNICODE).strip("-")
    return slug[:limit].rstrip("-") or "notes"


def export_name(title: str, key: str) -> str:
    """``<slug>-<short id>.md``: readable, and unique and stable per ``key`` (an article id).

    The slug alone collides (two titles sharing their first 60 characters; ``---``, ``|`` and
    ``..`` all slug to nothing); 40 bits of a hash of the key do not, in any real library.
    """
    import hashlib  # not on the way to the first frame

    short = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=5).hexdigest()
    return f"{slugify(title)}-{short}.md"


@dataclass(frozen=True)
class Located:
    """An article's annotations, found in its current text: anchored in text order, then the
    orphaned ones. Immutable: each change makes a new value the screen shows whole."""

    anchored: list[tuple[Annotation, Anchor]] = field(default_factory=list)
    orphaned: list[Annotation] = field(default_factory=list)

    def find(self, annotation_id: str) -> Annotation | None:
        for annotation, _ in self.anchored:
            if annotation.id == annotation_id:
                return annotation
        for annotation in self.orphaned:
            if annotation.id == annotation_id:
                return annotation
        return None

    def anchor_of(self, annotation_id: str) -> Anchor | None:
        for annotation, anchor in self.anchored:
            if annotation.id == annotation_id:
                return anchor
        return None

    def with_anchored(self, annotation: Annotation) -> Located:
        """``annotation`` placed at its selector's offsets (replacing any older version)."""
        from annotations.anchoring import Anchor

        rest = self.without(annotation.id)
        anchored = [*rest.anchored, (annotation, Anchor(annotation.start, annotation.end, "exact"))]
        anchored.sort(key=lambda pair: (pair[1].start, pair[1].end))
        return Located(anchored, rest.orphaned)

    def with_replaced(self, edited: Annotation) -> Located:
        """``edited`` in place of the annotation with its id, wherever that one is."""
        return Located(
            [(edited if a.id == edited.id else a, anchor) for a, anchor in self.anchored],
            [edited if a.id == edited.id else a for a in self.orphaned],
        )

    def without(self, annotation_id: str) -> Located:
        return Located(
            [(a, anchor) for a, anchor in self.anchored if a.id != annotation_id],
            [a for a in self.orphaned if a.id != annotation_id],
        )


class StoreOpenError(StoreError):
    """The store, opened after the TUI's first frame, could not be.

    The TUI then ends the session with this one line (:meth:`PostilApp.store_unavailable`,
    from the app opening the store or from any background job that met it first); raised in
    a key's handler (a key typed ahead of the first frame), Textual prints an exception's
    ``__rich__`` instead of a traceback, so it is one line there too.
    """

    def __rich__(self) -> str:
        return f"postil: {one_line(str(self))}"  # Rich wraps it at the terminal's width


class Workspace:
    """A library of articles and the store of annotations about them.

    The store may be given as a :data:`StoreOpener`: it is then opened when first used. The
    TUI draws the library before it opens the store (importing the store's machinery is a
    fifth of the start-up work postil adds to Textual's), and the library's highlight counts
    follow a frame later. The library may be given as a :data:`LibraryLister` too: ``postil
    search --no-update`` reads the index alone, and listing a kept library of 50,000 articles
    was two thirds of that command's time.
    """

    def __init__(
        self,
        library: Library | LibraryLister,
        store: AnnotationStore | StoreOpener,
        export_dir: Path | None = None,
        #: Permissions of exported files: 0600 (they hold private notes) unless settings say.
        export_mode: int = 0o600,
        #: Entities of articles; else an index made on first use with the recognizer ``ner``
        #: names (``--ner`` or the settings; None: the built-in one).
        entities: EntityIndex | None = None,
        ner: str | None = None,
        #: The store's database file, when known before the store is opened.
        store_path: Path | None = None,
    ) -> None:
        self._library = library if isinstance(library, Library) else None
        self._lister = None if isinstance(library, Library) else library
        self.export_dir = export_dir if export_dir is not None else default_export_dir()
        self.export_mode = export_mode
        self._entities = entities
        self._ner = ner
        self._opener: StoreOpener | None = store if callable(store) else None
        self._store: AnnotationStore | None = None if callable(store) else store
        self.store_path = store_path
        self._opening = threading.Lock()
        self._making_entities = threading.Lock()  # apart: a big store opens for seconds

    @property
    def library(self) -> Library:
        """The library, listed now if it was given as a lister and not listed yet."""
        if self._library is None:
            assert self._lister is not None
            self._library = self._lister()
        return self._library

    @library.setter
    def library(self, library: Library) -> None:
        self._library = library

    @property
    def store(self) -> AnnotationStore:
        """The annotation store, opened now if it was not yet (see :meth:`open_store`)."""
        store = self._store
        return store if store is not None else self.open_store()

    def open_store(self) -> AnnotationStore:
        """Open the store if it is not open yet (``StoreError`` if it cannot be: the next use
        tries again). Opened once, whichever thread asks first."""
        with self._opening:
            if self._store is None:
                assert self._opener is not None
                self._store = self._opener()
            return self._store

    def store_or_files(self) -> AnnotationStore | ClosedStore:
        """The store if it is open (or its file is not known), else its file and how to open
        it: a search's index update opens it only if its files changed."""
        if self._store is not None or self.store_path is None:
            return self.store
        return ClosedStore(self.store_path, self.open_store)

    @property
    def entities(self) -> EntityIndex:
        """The articles' entities (the index, and its code, made when first needed, once:
        workers and the UI share it)."""
        if self._entities is None:
            with self._making_entities:
                if self._entities is None:
                    from reader.mentions.index import EntityIndex

                    self._entities = EntityIndex(self._ner) if self._ner else EntityIndex()
        return self._entities

    @property
    def store_is_open(self) -> bool:
        """Whether the store was opened (given open, or opened on a first use)."""
        return self._store is not None

    def annotations_of(self, article: Article) -> list[Annotation]:
        """``article``'s annotations: those made in it where it is now (its id), and those made
        in the same article anywhere else (its key: a copy, or the file before a move)."""
        from reader.collection.keys import article_key

        found = {a.id: a for a in self.store.for_article(article.id)}
        for annotation in self.store.for_key(article_key(article)):
            found.setdefault(annotation.id, annotation)
        return sorted(found.values(), key=lambda a: (a.start, a.end, a.id))

    def _relinked(self, article: Article, key: str, annotation: Annotation) -> Annotation:
        """``annotation`` with its key set to ``key`` (``article``'s), and its id too when the
        article it was made in is gone from where it was (moved or renamed, not copied)."""
        where = annotation.article
        if where != article.id and not self.library.exists(where):
            where = article.id
        if (where, key) == (annotation.article, annotation.article_key):
            return annotation
        try:
            return self.store.relink(annotation.id, where, key)
        except StoreError:  # deleted meanwhile, read-only or busy: linked another time
            return annotation

    def locate(self, article: Article) -> Located:
        """Find each of ``article``'s annotations in its current text.

        Annotations found somewhere other than where they were saved have their selector moved
        there and saved, so the next open is an exact hit. Nothing is ever dropped: what cannot
        be found is returned as orphaned. Those found get the article's identity recorded (see
        :meth:`annotations_of`).
        """
        from annotations.anchoring import anchor_all, reanchored  # edlib: not needed to list
        from reader.collection.keys import article_key

        key = article_key(article)
        anchored: list[tuple[Annotation, Anchor]] = []
        orphaned: list[Annotation] = []
        for annotation, anchor in anchor_all(article.text, self.annotations_of(article)):
            if anchor is None:
                orphaned.append(annotation)
                continue
            annotation = self._relinked(article, key, annotation)
            moved = reanchored(article.text, annotation, anchor)
            if moved is not annotation:
                try:
                    annotation = self.store.move(annotation.id, moved.place)
                except NotFoundError:  # deleted by another postil meanwhile
                    continue
                except StoreError:  # read-only or busy: shown where it is, saved another time
                    annotation = moved
            anchored.append((annotation, anchor))
        anchored.sort(key=lambda pair: (pair[1].start, pair[1].end))
        return Located(anchored, orphaned)

    def article_ref(self, article_id: str, fallback_title: str = "") -> ArticleRef:
        """Title, source and text of ``article_id``, or what the annotations remember of it."""
        from annotations.export import ArticleRef  # export code loads when first used

        try:
            article = self.library.load(article_id)
        except (ArticleError, KeyError, LookupError, OSError):
            return ArticleRef(id=article_id, title=fallback_title or article_id, source=article_id)
        return ArticleRef(
            id=article.id,
            title=article.title,
            source=article.id,
            text=article.text,
            authors=article.authors,
            site=article.source,
            published=article.date,
            url=article.url,
        )

    def export_markdown(
        self, annotations: Iterable[Annotation], *, exported: str | None = None
    ) -> str:
        """Markdown for ``annotations``, a section per article, in library order.

        Each article's highlights are located in its current text first, so paragraph numbers
        and order follow the article as it is now (nothing is saved: exporting never writes
        the store) and those not found are listed as orphaned.
        """
        with self._texts_kept():
            return self._export_markdown(annotations, exported)

    @contextmanager
    def _texts_kept(self) -> Iterator[None]:
        """The library keeps the articles it reads in the text cache while an export runs
        (:mod:`reader.library.text_cache`): the next export of the same articles reads none
        that did not change. Only then: a list summarising thousands of articles for the
        first time must not write thousands of cache files. What it read is written as the
        export ends, in one pack (:mod:`reader.library.text_packs`)."""
        from reader.library.text_cache import TextCache, default_text_cache_dir

        before = self.library.texts
        kept = self.library.texts = before or TextCache(default_text_cache_dir())
        try:
            yield
        finally:
            kept.flush()
            self.library.texts = before

    def _export_markdown(self, annotations: Iterable[Annotation], exported: str | None) -> str:
        from annotations.export import anchored_section, to_markdown

        by_article: defaultdict[str, list[Annotation]] = defaultdict(list)
        for annotation in annotations:
            by_article[annotation.article].append(annotation)
        position = _library_position(self.library.entries)
        sections: list[tuple[ArticleRef, Sequence[Annotation]]] = []
        orphaned: set[str] = set()
        for article_id in sorted(by_article, key=lambda a: (position(a), a)):
            group = by_article[article_id]
            section, lost = anchored_section(
                self.article_ref(article_id, group[0].article_title), group
            )
            sections.append(section)
            orphaned |= lost
        return to_markdown(sections, exported=exported, orphaned_ids=orphaned)

    def export_file(self, annotations: Sequence[Annotation], title: str) -> Path:
        """Write ``annotations`` as Markdown to the export folder; the path written.

        The name is unique and stable per article (:func:`export_name`), so a re-export
        updates its own file and never another article's; the folder is made 0700, the file
        written atomically (:func:`annotations.storage.atomic_write`) with :attr:`export_mode`.
        """
        from annotations.files import atomic_write, make_private_dirs

        articles = sorted({annotation.article for annotation in annotations})
        key = articles[0] if len(articles) == 1 else "collection:" + title
        path = self.export_dir / export_name(title, key)
        markdown = self.export_markdown(annotations)
        make_private_dirs(self.export_dir)
        _refuse_foreign_export(path, markdown)
        atomic_write(path, markdown.encode("utf-8"), self.export_mode)
        return path


def _library_position(entries: Sequence[Entry]) -> Callable[[str], int]:
    """Where an article is in the library (after every entry if it is not in it), asked of
    :meth:`Entries.position` where it can be: listing the entries would make every entry of a
    kept library of 50,000, for an export of one article."""
    if isinstance(entries, Entries):
        end = len(entries)

        def position(article_id: str) -> int:
            found = entries.position(article_id)
            return end if found is None else found

        return position
    order: dict[str, int] = {}
    for index, entry in enumerate(entries):
        order.setdefault(entry.id, index)
    return lambda article_id: order.get(article_id, len(entries))


def _refuse_foreign_export(path: Path, markdown: str) -> None:
    """FileExistsError if ``path`` holds something other than an earlier export of the same
    article (its ``source:``, or for a collection its ``title:``, differs): never overwritten."""
    try:  # non-blocking: a FIFO planted there must not hang the export
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except FileNotFoundError:
        return
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise FileExistsError(errno.EEXIST, "something that is not a file is in the way")
        head = handle.read(4096).decode("utf-8", "replace")
    key = "source: " if "\nsource: " in markdown.split("\n---", 1)[0] else "title: "
    mine = _front_matter_line(markdown, key)
    if mine is None or _front_matter_line(head, key) != mine:
        raise FileExistsError(
            errno.EEXIST, "a file that is not this article's export is in the way", str(path)
        )


def _front_matter_line(markdown: str, key: str) -> str | None:
    if not markdown.startswith("---\n"):
        return None
    for line in markdown[4:].split("\n"):
        if line == "---":
            return None
        if line.startswith(key):
            return line
    return None
