"""The errors of the web side, each a reason a user can read on one line."""

from __future__ import annotations

from reader.library.errors import ArticleError


class ExtractionError(ArticleError):
    """A page cannot be turned into an article: "no article text in page", "not HTML (looks
    like a PDF)", ... An :class:`ArticleError`, so the CLI and TUI report it like any article
    that cannot be opened (one line, no traceback)."""


class FetchError(Exception):
    """A URL could not be fetched or is not something postil can read (a PDF, an image...)."""
