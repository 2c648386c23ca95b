"""An article as the reader shows it, and how one is loaded from a file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.library.cleaning import clean
from reader.library.decoding import decode_bytes, read_bytes
from reader.library.errors import ArticleError
from reader.library.inert import display_name
from reader.library.paragraphs import normalize, split_paragraphs
from reader.library.seeds import article_id_for
from reader.library.words import count_words

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})


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


def article_from_bytes(data: bytes, path: Path, article_id: str) -> Article:
    """Decode and clean ``data`` (the content of ``path``) into an :class:`Article`."""
    name = display_name(path.name)
    if not data:
        raise ArticleError(f"empty file: {name}")
    raw, encoding = decode_bytes(data, name)
    markdown = path.suffix.lower() in MARKDOWN_SUFFIXES
    source = split_paragraphs(normalize(raw), markdown=markdown)
    if not source.paragraphs:
        raise ArticleError(f"no text in file (only white space): {name}")
    cleaned = clean(source)
    if not cleaned.paragraphs and not cleaned.title:
        raise ArticleError(f"no article text (only page furniture such as menus or ads): {name}")
    text = "\n".join(cleaned.paragraphs)
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
    )


def load_article(path: Path, article_id: str | None = None) -> Article:
    """Load the article in ``path``; raises :class:`ArticleError` with a one-line reason.

    Without ``article_id`` the id is ``seeds/<name>`` for an embedded seed, else the resolved
    absolute path, so the same file gets the same id on every run.
    """
    path = Path(path).expanduser()
    data = read_bytes(path)
    return article_from_bytes(data, path, article_id or article_id_for(path))
