"""The errors a user can cause and fix: the CLI prints them as one line and exits 1."""

from __future__ import annotations


class CommandError(Exception):
    """A command could not do what was asked (e.g. a quote not found in the article)."""


def user_errors() -> tuple[type[Exception], ...]:
    """Everything ``postil`` reports as ``postil: <message>`` with exit status 1.

    A function, not a constant, so the modules that define these errors (the entity recognizer
    among them) load only when an error is being reported, never on the way to the first frame.
    """
    from annotations.interchange.records import ImportFormatError
    from annotations.store import StoreError
    from reader.collection.kept import CollectionError
    from reader.entities import BackendError
    from reader.library import ArticleError, LibraryError
    from reader.settings import ConfigError
    from reader.web.errors import FetchError

    return (
        StoreError,
        LibraryError,
        ArticleError,
        BackendError,
        ConfigError,
        CommandError,
        CollectionError,
        FetchError,
        ImportFormatError,
        OSError,
    )
