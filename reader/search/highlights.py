"""Keeping the index's copy of the highlights in step with the annotation store.

Highlights live in the store (TinyDB); the index holds their quote, note and tags so one search
finds them with the articles. Each is indexed with a stamp of what can change (its ``updated``
time and its offsets), so a sync compares stamps and rewrites only highlights that changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
