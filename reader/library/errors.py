"""The two errors the library raises: each carries one line a user can read and act on.

The CLI prints them as ``postil: <message>``; the TUI lists an article it cannot open with the
message as the reason. They are never meant to carry a traceback to the user.
"""

from __future__ import annotations


class ArticleError(Exception):
    """One article cannot be opened, e.g. ``binary file (not text): x.bin``."""


class LibraryError(LookupError):
    """The library cannot be built or queried: missing path, nothing found, unknown query.

    A :class:`LookupError`, so callers that treat "no such article" generically catch it too.
    """
