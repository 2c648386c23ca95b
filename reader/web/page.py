"""The result of extracting an article from a web page.

A plain, frozen value so the library, the CLI and the fetcher can pass it around and store it
without caring how it was extracted (reader/web/extract.py builds it).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Link:
    """A hyperlink in the article text: ``text[start:end]`` is its anchor text.

    Offsets index ``ExtractedPage.text`` (the plain reading text), not the Markdown, so the
    reader can style the anchor where it is shown. ``url`` is always an absolute http(s) URL.
    """

    start: int
    end: int
    url: str


@dataclass(frozen=True)
class ExtractedPage:
    """An article extracted from HTML: its body as Markdown and plain text, and its metadata.

    Every text field has had control characters and escape sequences removed and is bounded in
    length, because it comes from an untrusted page and ends up on a terminal.
    """

    title: str | None
    authors: tuple[str, ...]
    site: str | None
    # ISO 8601 date or datetime as found, normalised to YYYY-MM-DD[THH:MM[:SS][Z|+HH:MM]].
    published: str | None
    canonical_url: str | None
    language: str | None
    description: str | None
    # The article body as Markdown: paragraphs separated by one blank line, headings as '## ',
    # list items as '- ', block quotes as '> ', links as [text](url) with absolute http(s) URLs.
    markdown: str
    # The charset actually used to decode the bytes (e.g. 'utf-8', 'cp1252', 'shift_jis').
    encoding: str
    # The same body as plain reading text (Markdown syntax removed, paragraphs separated by one
    # blank line) and the links in it, as offsets into that text.
    text: str = ""
    links: tuple[Link, ...] = ()
