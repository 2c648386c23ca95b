"""Stepping through spans with n / N: a search's matches or an entity's mentions.

One cursor serves both, so "next" means the same thing whether the reader searched for a word
or chose "Elon Musk" in the entities panel.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field


@dataclass
class MatchCursor:
    """Sorted ``(start, end)`` spans, the one the caret is on, and what they are matches of."""

    what: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)
    current: int | None = None

    def set(self, what: str, spans: list[tuple[int, int]], caret: int) -> tuple[int, int] | None:
        """Step through ``spans`` from now on, starting at the first one at or after ``caret``."""
        self.what, self.spans = what, sorted(spans)
        if not self.spans:
            self.current = None
            return None
        self.current = bisect_left(self.spans, (caret, -1)) % len(self.spans)
        return self.spans[self.current]

    def clear(self) -> None:
        self.what, self.spans, self.current = "", [], None

    def step(self, delta: int) -> tuple[int, int] | None:
        """The next (``delta=1``) or previous (``-1``) span, wrapping around."""
        if not self.spans:
            return None
        self.current = ((self.current or 0) + delta) % len(self.spans)
        return self.spans[self.current]

    def status(self) -> str:
        """``"Elon Musk 2/5"``, or empty when there is nothing to step through."""
        if self.current is None:
            return ""
        return f"{self.what} {self.current + 1}/{len(self.spans)}"
