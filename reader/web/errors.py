"""The one error the network side raises: a single line a reader can act on."""

from __future__ import annotations


class FetchError(Exception):
    """A URL could not be fetched or is not something postil can read (a PDF, an image...)."""
