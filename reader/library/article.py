"""An article as the reader shows it, and how one is loaded from a file."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from reader.library.cleaning import Cleaned, clean
from reader.library.decoding import checked_size, decode_bytes, read_bytes
from reader.library.errors import ArticleError
from reader.library.frontmatter import authors_of
from reader.library.heap import fix_mmap_threshold
from reader.library.inert import display_name, utf8_is_inert
from reader.library.packed import KeptParagraphs
from reader.library.paragraphs import Source, normalize, split_paragraphs
from reader.library.sections import SECTION_FROM, head_source, read_source
from reader.library.seeds import article_id_for
from reader.library.words import count_words
from reader.web.page import Link

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
#: Saved web pages: their article is extracted (reader.web) and read as Markdown.
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
#: How much of a big file's start is read to list it before it is read (its words estimated).
PREVIEW_BYTES = 64 * 1024
#: How much of a big file is read and shown before the rest: nine screens of 120 x 40, which
#: clean and wrap in a few milliseconds (64 KB took a quarter of Enter to the first frame).
FIRST_SCREEN_BYTES = 32 * 1024


@dataclass(frozen=True)
class Article:
    """One article: its displayed text (what annotation offsets index) and what is known of it."""

    id: str
    path: Path
    title: str
    source: str | None
    date: str | None
    #: Not in the repr: Textual describes a worker by the repr of its arguments, and the repr
    #: of a 100 MB article cost 300 MB and seconds each time one was passed to a worker.
    text: str = field(repr=False)
    words: int
    hidden_lines: int
    encoding: str
    authors: tuple[str, ...] = ()
    #: Where the article is from on the web: its canonical URL when known, else the one fetched.
    url: str | None = None
    language: str | None = None
    #: Links over :attr:`text` (a Markdown or web article's ``[text](url)``).
    links: tuple[Link, ...] = field(default=(), repr=False)
    #: For a kept article: the feed it came from, and when it was added (ISO 8601).
    feed: str | None = None
    added: str | None = None

    @cached_property
    def fingerprint(self) -> str:
        """The fingerprint of :attr:`text` (:func:`reader.collection.keys.fingerprint`),
        computed once: a pass over the whole text, a second for a 10 MB one."""
        from reader.collection.keys import fingerprint

        return fingerprint(self.text)


def _links(source: Source, cleaned: Cleaned) -> tuple[Link, ...]:
    """The visible paragraphs' links as offsets into the displayed text."""
    links: list[Link] = []
    offset = 0
    for paragraph, index in zip(cleaned.paragraphs, cleaned.kept, strict=False):
        for start, end, url in source.links.get(index, ()):
            links.append(Link(offset + start, offset + end, url))
        offset += len(paragraph) + 1
    return tuple(links)


def article_from_bytes(data: bytes, path: Path, article_id: str) -> Article:
    """Decode and clean ``data`` (the content of ``path``) into an :class:`Article`."""
    name = display_name(path.name)
    if not data:
        raise ArticleError(f"empty file: {name}")
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        from reader.web.document import html_document

        data = html_document(data, name)
    raw, encoding = decode_bytes(data, name)
    markdown = suffix in MARKDOWN_SUFFIXES or suffix in HTML_SUFFIXES
    inert = encoding == "utf-8" and utf8_is_inert(data)  # strict UTF-8: checked on its bytes
    return article_from_source(
        split_paragraphs(normalize(raw, inert), markdown), path, article_id, encoding
    )


def article_from_source(source: Source, path: Path, article_id: str, encoding: str) -> Article:
    """Clean the paragraphs of ``source`` (read from ``path``) into an :class:`Article`."""
    name = display_name(path.name)
    if not source.paragraphs:
        raise ArticleError(f"no text in file (only white space): {name}")
    cleaned = clean(source)
    if not cleaned.paragraphs and not cleaned.title:
        raise ArticleError(f"no article text (only page furniture such as menus or ads): {name}")
    links = _links(source, cleaned) if source.links else ()
    visible = cleaned.paragraphs
    if isinstance(visible, KeptParagraphs):  # a big file: no list of 35 million words
        words = sum(map(count_words, visible))
        text = visible.join()
    else:
        text = "\n".join(visible)
        words = count_words(text)
    front = source.front
    return Article(
        id=article_id,
        path=path,
        title=cleaned.title or path.stem,
        source=cleaned.source,
        date=cleaned.date,
        text=text,
        words=words,
        hidden_lines=cleaned.hidden,
        encoding=encoding,
        authors=authors_of(front.get("authors") or front.get("author")),
        url=front.get("canonical_url") or front.get("url") or None,
        language=front.get("language") or front.get("lang") or None,
        links=links,
        feed=front.get("feed") or None,
        added=front.get("added") or None,
    )


def read_article(path: Path, article_id: str, info: os.stat_result | None = None) -> Article:
    """The article in ``path`` (``info``: its ``os.stat`` if taken already): read whole, or a
    section at a time past ``SECTION_FROM``."""
    size = checked_size(path, info)
    suffix = path.suffix.lower()
    if size <= SECTION_FROM or suffix in HTML_SUFFIXES:  # a page is extracted whole
        return article_from_bytes(read_bytes(path, size), path, article_id)
    fix_mmap_threshold()  # its buffers are returned to the system when freed (see heap)
    source, encoding = read_source(path, display_name(path.name), suffix in MARKDOWN_SUFFIXES)
    return article_from_source(source, path, article_id, encoding)


def article_preview(path: Path, article_id: str, budget: int = PREVIEW_BYTES) -> Article | None:
    """The article as its first ``budget`` bytes show it (``None``: the file is no bigger, or
    a web page, which is extracted whole): what the reader shows while the rest is read.

    Its text is, but for rare cleaning decisions that look at the whole (a line after the
    last body paragraph), the start of the finished one; its word count is the head's.
    """
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES or checked_size(path) <= budget:
        return None
    name = display_name(path.name)
    source, encoding, whole = head_source(path, budget, name, suffix in MARKDOWN_SUFFIXES)
    return None if whole else article_from_source(source, path, article_id, encoding)


def load_article(path: Path, article_id: str | None = None) -> Article:
    """Load the article in ``path``; raises :class:`ArticleError` with a one-line reason.

    Without ``article_id`` the id is ``seeds/<name>`` for an embedded seed, else the resolved
    absolute path, so the same file gets the same id on every run.
    """
    path = Path(path).expanduser()
    return read_article(path, article_id or article_id_for(path))
