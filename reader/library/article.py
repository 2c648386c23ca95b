"""An article as the reader shows it, and how one is loaded from a file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.library.cleaning import Cleaned, clean
from reader.library.decoding import decode_bytes, read_bytes
from reader.library.errors import ArticleError
from reader.library.frontmatter import authors_of
from reader.library.inert import display_name
from reader.library.paragraphs import Source, normalize, split_paragraphs
from reader.library.seeds import article_id_for
from reader.library.words import count_words
from reader.web.page import Link

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
#: Saved web pages: their article is extracted (reader.web) and read as Markdown.
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})


@dataclass(frozen=True)
class Article:
    """One article: its displayed text (what annotation offsets index) and what is known of it."""

    id: str
    path: Path
    title: str
    source: str | None
    date: str | None
    text: str
    words: int
    hidden_lines: int
    encoding: str
    authors: tuple[str, ...] = ()
    #: Where the article is from on the web: its canonical URL when known, else the one fetched.
    url: str | None = None
    language: str | None = None
    #: Links over :attr:`text` (a Markdown or web article's ``[text](url)``).
    links: tuple[Link, ...] = ()
    #: For a kept article: the feed it came from, and when it was added (ISO 8601).
    feed: str | None = None
    added: str | None = None


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
    source = split_paragraphs(normalize(raw), markdown=markdown)
    if not source.paragraphs:
        raise ArticleError(f"no text in file (only white space): {name}")
    cleaned = clean(source)
    if not cleaned.paragraphs and not cleaned.title:
        raise ArticleError(f"no article text (only page furniture such as menus or ads): {name}")
    text = "\n".join(cleaned.paragraphs)
    front = source.front
    return Article(
        id=article_id,
        path=path,
        title=cleaned.title or path.stem,
        source=cleaned.source,
        date=cleaned.date,
        text=text,
        words=count_words(text),
        hidden_lines=cleaned.hidden,
        encoding=encoding,
        authors=authors_of(front.get("authors") or front.get("author")),
        url=front.get("canonical_url") or front.get("url") or None,
        language=front.get("language") or front.get("lang") or None,
        links=_links(source, cleaned) if source.links else (),
        feed=front.get("feed") or None,
        added=front.get("added") or None,
    )


def load_article(path: Path, article_id: str | None = None) -> Article:
    """Load the article in ``path``; raises :class:`ArticleError` with a one-line reason.

    Without ``article_id`` the id is ``seeds/<name>`` for an embedded seed, else the resolved
    absolute path, so the same file gets the same id on every run.
    """
    path = Path(path).expanduser()
    data = read_bytes(path)
    return article_from_bytes(data, path, article_id or article_id_for(path))
