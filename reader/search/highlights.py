"""Keeping the index's copy of the highlights in step with the annotation store.

Highlights live in the store (TinyDB); the index holds their quote, note and tags so one search
finds them with the articles. Each is indexed with a stamp of what can change (its ``updated``
time and its offsets), so a sync compares stamps and rewrites only highlights that changed.

A store not opened yet (``postil search``) is opened only when its files changed since the
last sync that opened it (:mod:`annotations.fingerprint`): the catalogue keeps the fingerprint
that sync saw, committed with the highlights it wrote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotations.fingerprint import ClosedStore, store_fingerprint
from reader.search.catalog import Catalog, HighlightRow

if TYPE_CHECKING:
    from annotations.model import Annotation
    from annotations.store import AnnotationStore
    from reader.search.writer import IndexWriter


def highlight_row(annotation: Annotation) -> HighlightRow:
    stamp = f"{annotation.updated}|{annotation.start}|{annotation.end}|{annotation.article}"
    return HighlightRow(
        annotation.id, annotation.article, stamp, annotation.start, annotation.end, annotation.tags
    )


#: The catalogue's key for the fingerprint of the store files last read whole.
STORE_SEEN = "store-seen"


def sync_store(
    writer: IndexWriter, catalog: Catalog, store: AnnotationStore | ClosedStore | None
) -> int:
    """:func:`sync_highlights`, unless ``store`` is closed and its files are as the last sync
    of a closed store found them; how many highlights changed."""
    if store is None:
        return 0
    if not isinstance(store, ClosedStore):
        # A store opened earlier may not have read what another process saved since: the
        # next sync of a closed store reads its files whatever their fingerprint.
        if catalog.meta(STORE_SEEN):
            writer.set_meta(STORE_SEEN, "")
        return sync_highlights(writer, catalog, store)
    seen = store_fingerprint(store.path)  # before the store is read: a later save changes it
    if seen is not None and seen == catalog.meta(STORE_SEEN):
        return 0
    changed = sync_highlights(writer, catalog, store.open())
    writer.set_meta(STORE_SEEN, seen or "")
    return changed


def sync_highlights(writer: IndexWriter, catalog: Catalog, store: AnnotationStore) -> int:
    """Index the store's new and changed highlights, drop deleted ones; how many changed."""
    indexed = catalog.highlight_stamps()
    current = store.all()
    changed = 0
    for annotation in current:
        row = highlight_row(annotation)
        if indexed.pop(annotation.id, None) != row.stamp:
            writer.put_highlight(annotation, row)
            changed += 1
    if indexed:
        writer.drop_highlights(list(indexed))
    return changed + len(indexed)
