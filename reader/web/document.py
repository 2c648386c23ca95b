"""An extracted page as a Markdown document with front matter: the form postil reads a page in.

A kept article is written in exactly this form, and a ``.html`` file opened without adding it is
turned into it in memory, so a page reads the same whichever way it came in.
"""

from __future__ import annotations

from collections.abc import Mapping

from reader.library.frontmatter import Value, render
from reader.web.page import ExtractedPage


def page_fields(page: ExtractedPage, url: str | None = None) -> dict[str, Value]:
    """The front matter fields an extracted page gives, in the order they are written."""
    return {
        "title": page.title,
        "authors": list(page.authors),
        "site": page.site,
        "published": page.published,
        "url": url,
        "canonical_url": page.canonical_url,
        "language": page.language,
        "description": page.description,
    }


def page_document(page: ExtractedPage, fields: Mapping[str, Value]) -> str:
    """Front matter (``fields``) followed by the page's body as Markdown."""
    return render(fields) + page.markdown.strip() + "\n"


def html_document(data: bytes, name: str) -> bytes:
    """The Markdown document of an HTML file's bytes; ``ArticleError`` when nothing is found."""
    from reader.library.errors import ArticleError
    from reader.web.extract import ExtractionError, extract_html

    try:
        page = extract_html(data)
    except ExtractionError as error:
        raise ArticleError(f"{error}: {name}") from None
    if not page.markdown.strip():
        raise ArticleError(f"no article text found in the page: {name}")
    return page_document(page, page_fields(page)).encode("utf-8")
