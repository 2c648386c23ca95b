"""Counting words for messages: "1 highlight", "2 highlights", "1,204 articles"."""

from __future__ import annotations


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``count`` and ``noun``, in the plural (``many``, else ``noun + "s"``) unless one."""
    return f"{count:,} {noun if count == 1 else many or noun + 's'}"
