"""Errors of the annotation store: one line each, naming the file and what to do.

The CLI prints ``str(error)`` as is and exits 1, so every message must stand on its own
without a traceback.
"""

from __future__ import annotations


class StoreError(Exception):
    """The annotation file cannot be used as asked; ``str(e)`` is one user-facing line."""


class NotFoundError(StoreError, LookupError):
    """An annotation id that is not (or no longer) in the store."""
