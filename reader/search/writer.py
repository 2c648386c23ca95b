"""Writes to the index from one thread of one process: tantivy first, then the catalogue.

Changes are buffered and committed together every :data:`COMMIT_EVERY` articles. tantivy is
committed before SQLite, so after a crash the catalogue never claims an article the text index
lacks; an article tantivy has but the catalogue does not is simply indexed again next time
(documents are replaced by id, so that is harmless).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reader.search.catalog import Catalog, FolderStamp, HighlightRow, IndexedArticle, Recognised

if TYPE_CHECKING:
    import tantivy

    from annotations.model import Annotation
    from reader.library import Article

#: Articles buffered between commits (a commit costs tens of milliseconds).
COMMIT_EVERY = 2000
#: Memory tantivy may use for buffered documents (it flushes to a segment beyond it).
WRITER_HEAP = 32_000_000


@dataclass
class IndexWriter:
    """Buffered changes to the text index and the catalogue."""

    index: tantivy.Index
    catalog: Catalog
    _writer: tantivy.IndexWriter | None = None
    _articles: list[tuple[IndexedArticle, str, str | None, str]] = field(default_factory=list)
    #: Analyses written since the last commit, by content (without their names: see
    #: :meth:`waiting`): duplicates in one run reuse them.
    pending: dict[str, Recognised] = field(default_factory=dict)
    #: The contents whose analyses this writer committed: with :attr:`pending`, every
    #: analysis the catalogue gained since a worker looked (the update lock makes this writer
    #: the only one), so what a worker recognised is known new without asking SQLite.
    saved: set[str] = field(default_factory=set)
    _dropped: list[str] = field(default_factory=list)
    _highlights: list[HighlightRow] = field(default_factory=list)
    _dropped_highlights: list[str] = field(default_factory=list)
    #: Documents written, and the contents of articles removed or replaced (whose analyses
    #: may be used by no article any more).
    written: int = 0
    left: set[str] = field(default_factory=set)
    #: Folder stamps to record, folders to forget, rows of an earlier catalogue given folders.
    _folders: list[FolderStamp] = field(default_factory=list)
    _gone_folders: list[str] = field(default_factory=list)
    _refolder: list[tuple[str, str]] = field(default_factory=list)
    #: Catalogue facts to record with the next commit (:meth:`set_meta`).
    _meta: dict[str, str] = field(default_factory=dict)

    def _tantivy(self) -> tantivy.IndexWriter:
        if self._writer is None:
            self._writer = self.index.writer(WRITER_HEAP, 1)
        return self._writer

    def put_article(
        self,
        article: Article,
        stamp: IndexedArticle,
        recognised: Recognised,
        new: bool,
        fields: dict[str, Any] | None = None,
    ) -> None:
        """Index ``article`` (replacing what its id had); ``new`` analyses are saved too.
        ``fields``: its document's (:func:`~reader.search.documents.article_fields`), if
        made already."""
        # The documents' modules (dates, names) are imported by the first write: a search
        # whose update finds nothing to write does without them.
        from reader.search.documents import article_document, article_fields, fields_digest

        if fields is None:
            fields = article_fields(article, stamp.hash)
        writer = self._tantivy()
        writer.delete_documents_by_term("id", article.id)
        writer.add_document(article_document(fields, recognised.names))
        self.written += 1
        if new:
            self.pending[recognised.hash] = recognised.stored()
        self.keep_article(article, stamp, fields_digest(fields))

    def keep_article(self, article: Article, stamp: IndexedArticle, document: str) -> None:
        """Record ``article``'s catalogue row: its file's stamp and the key of its document
        (written, or found as it was: then tantivy is not touched)."""
        from reader.search.documents import article_state

        self._articles.append((stamp, article.title, article_state(article), document))
        if len(self._articles) >= COMMIT_EVERY:
            self.commit()

    def waiting(self, content: str) -> Recognised | None:
        """The analysis of ``content`` written since the last commit, with its names."""
        stored = self.pending.get(content)
        return (
            None if stored is None else Recognised.unpacked(stored.hash, stored.words, stored.blob)
        )

    def drop_articles(self, articles: list[IndexedArticle]) -> None:
        if not articles:  # no tantivy writer (nor its commit) for nothing
            return
        writer = self._tantivy()
        for article in articles:
            writer.delete_documents_by_term("id", article.id)
            self._dropped.append(article.id)
            self.left.add(article.hash)

    def put_highlight(self, annotation: Annotation, row: HighlightRow) -> None:
        from reader.search.documents import highlight_document

        writer = self._tantivy()
        writer.delete_documents_by_term("id", annotation.id)
        writer.add_document(highlight_document(annotation))
        self.written += 1
        self._highlights.append(row)

    def drop_highlights(self, ids: list[str]) -> None:
        writer = self._tantivy()
        for ann_id in ids:
            writer.delete_documents_by_term("id", ann_id)
        self._dropped_highlights.extend(ids)

    def record_folders(
        self, stamps: list[FolderStamp], gone: list[str], refolder: list[tuple[str, str]]
    ) -> None:
        """Record what an update found of folders, with its last commit (after the articles:
        a stamp never vouches for an article not committed yet)."""
        self._folders += stamps
        self._gone_folders += gone
        self._refolder += refolder

    def set_meta(self, key: str, value: str) -> None:
        """Record ``value`` under ``key`` in the catalogue, in the same transaction as the
        changes buffered with it."""
        self._meta[key] = value

    def commit(self) -> None:
        """Make the buffered changes durable and visible to searches."""
        rows = self._articles or self._folders or self._gone_folders or self._refolder
        if self._writer is not None:
            self._writer.commit()
        elif not (rows or self._meta):  # no document written, nor any row to write
            return
        with self.catalog.transaction() as db:
            book = self.catalog.book(db)
            for recognised in self.pending.values():
                Catalog.put_analysis(db, recognised, book)
            changing = [stamp.id for stamp, *_ in self._articles] + self._dropped
            before = book.counted(changing) if book is not None else {}
            for stamp, title, state, document in self._articles:
                Catalog.put_article(db, stamp, title, state, document)
            Catalog.drop_articles(db, self._dropped)
            if book is not None:
                book.articles_changed(before, book.counted(changing))
                book.write()
            for row in self._highlights:
                Catalog.put_highlight(db, row)
            Catalog.drop_highlights(db, self._dropped_highlights)
            Catalog.set_folders(db, self._refolder)
            Catalog.put_folders(db, self._folders)
            Catalog.drop_empty_folders(db, self._gone_folders)
            Catalog.put_meta(db, self._meta.items())
        self.saved.update(self.pending)
        for buffer in (self.pending, self._articles, self._dropped, self._highlights):
            buffer.clear()
        for done in (self._dropped_highlights, self._folders, self._gone_folders, self._refolder):
            done.clear()
        self._meta.clear()
        if self._writer is not None:
            self.index.reload()

    def close(self) -> None:
        """Commit, drop analyses no article may use any more, and let tantivy finish the
        segment merges its commits started.

        Every commit adds a segment, and tantivy merges the smallest ones once eight are
        alike. A writer dropped during a merge abandons it: that merge is started again, in
        full, by every later update (measured at 50,000 articles: 0.1-1 s of CPU each, beside
        a 12 ms commit) and the segments pile up. Waiting costs nothing when no merge runs,
        and a merge once done leaves the small segments few."""
        if self._writer is None:  # no document written: only what was found of folders
            self.commit()
            return
        self.commit()
        if self.left:
            with self.catalog.transaction() as db:
                Catalog.drop_unused_analyses(db, self.left)
        self._writer.wait_merging_threads()
        self._writer = None
