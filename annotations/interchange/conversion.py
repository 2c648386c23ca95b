"""A record read from a file as a postil annotation of a given article.

The record's own quote, context and positions make the selector unless the caller found the
passage in the article's text (then that selector, with context taken from the text, is
used). Everything else is carried over as read, so a postil export read back gives the very
annotation that was exported.
"""

from __future__ import annotations

from annotations.interchange.records import ForeignNote
from annotations.model import Annotation, Selector


def record_selector(note: ForeignNote) -> Selector:
    """The selector the record itself describes (positions made up from the quote if absent)."""
    start = note.start if note.start is not None else 0
    end = note.end if note.end is not None else start + len(note.exact)
    return Selector(exact=note.exact, prefix=note.prefix, suffix=note.suffix, start=start, end=end)


def to_annotation(
    note: ForeignNote, article: str, selector: Selector | None = None, article_key: str = ""
) -> Annotation:
    """``note`` as an annotation of ``article`` (identity ``article_key``), at ``selector`` if
    given, else as recorded."""
    return Annotation(
        id=note.id,
        article=article,
        article_title=note.title,
        selector=selector or record_selector(note),
        color=note.color,
        tags=note.tags,
        note=note.note,
        created=note.created,
        updated=note.updated,
        article_key=article_key,
        origin=note.origin,
        creator=note.creator,
    )
