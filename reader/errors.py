"""The errors a user can cause and fix: the CLI prints them as one line and exits 1."""

from __future__ import annotations

from annotations.store import StoreError
from reader.entities import BackendError
from reader.library import ArticleError, LibraryError


class CommandError(Exception):
    """A command could not do what was asked (e.g. a quote not found in the article)."""


#: Everything ``postil`` reports as ``postil: <message>`` with exit status 1.
UserError = (StoreError, LibraryError, ArticleError, BackendError, CommandError, OSError)
