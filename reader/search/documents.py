"""Index documents from articles and highlights: what each field of the schema gets.

The article model is read through ``getattr`` for the fields a web-fetched article may carry
(``url``, ``authors``, ``site``, ``published``, ``state``), so files and web pages index alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from reader.mentions.aliases import names_of
from reader.mentions.grouping import mention_key
from reader.search.dates import article_day
from reader.search.schema import ARTICLE, HIGHLIGHT, entity_field

if TYPE_CHECKING:
    import tantivy

    from annotations.model import Annotation
    from reader.library import Article


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def article_sites(article: Article) -> list[str]:
    """What ``site:`` matches: the source named in the text, the web site, the URL's host."""
    sites = [_text(article.source), _text(getattr(article, "site", None))]
    url = _text(getattr(article, "url", None))
    if url:
        with suppress(ValueError):  # a malformed URL has no host
            sites.append(urlsplit(url).hostname or "")
    return [site for site in sites if site]


def article_state(article: Article) -> str | None:
    """The reading state (``unread``, ...) when the library keeps one."""
    state = getattr(article, "state", None)
    return state if isinstance(state, str) and state else None


@cache
def _field_of(label: str) -> str:
    """:func:`entity_field`, once per label (an article has 65 names)."""
    return entity_field(label)


def article_fields(article: Article, content: str) -> dict[str, Any]:
    """Every field of ``article``'s document but its entities (which are its content's, and
    change only with the recognizer): ``content`` is the hash of its reading text."""
    fields: dict[str, Any] = {
        "kind": ARTICLE,
        "id": article.id,
        "article": article.id,
        "hash": content,
        "path": str(article.path),
        "title": article.title,
        "body": article.text,
        "site": article_sites(article),
        "author": [a for a in getattr(article, "authors", ()) or () if isinstance(a, str)],
    }
    for name, value in (
        ("url", getattr(article, "url", None)),
        ("source", article.source),
        ("date", article.date),
        ("state", article_state(article)),
    ):
        if isinstance(value, str) and value:
            fields[name] = value
    day = article_day(getattr(article, "published", None)) or article_day(article.date)
    if day is not None:
        fields["day"] = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return fields


def fields_digest(fields: dict[str, Any]) -> str:
    """A key of the document ``fields`` make (the body by its hash, which they hold): equal
    keys, equal documents. An article read again (the cleaning code changed: every file is
    read again) whose key is as written keeps its document, not written again."""
    import hashlib

    shown = repr(sorted((name, value) for name, value in fields.items() if name != "body"))
    return hashlib.blake2b(shown.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def article_document(fields: dict[str, Any], names: Iterable[tuple[str, str]]) -> tantivy.Document:
    """The document of an article's ``fields`` (:func:`article_fields`), with the
    ``(label, name)`` of each named thing it mentions."""
    import tantivy

    by_label: dict[str, list[str]] = {}  # by label, then by field: a call per label, not name
    for label, name in names:
        found = by_label.get(label)
        if found is None:
            found = by_label[label] = []
        found.append(name)
        found.extend(names_of(mention_key(name)))  # "US" is found as "United States" too
    entities = {_field_of(label): found for label, found in by_label.items()}
    return tantivy.Document(**fields, **entities)


def highlight_document(annotation: Annotation) -> tantivy.Document:
    """The document of a highlight: its quote, note and tags, pointing at its article."""
    import tantivy

    return tantivy.Document(
        kind=HIGHLIGHT,
        id=annotation.id,
        article=annotation.article,
        title=annotation.article_title,
        body=annotation.quote,
        note=annotation.note,
        tag=list(annotation.tags),
    )
