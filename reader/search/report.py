"""What an update of the index did, and how it tells its progress."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

#: Called with ``(articles done, articles to do)`` as an update goes.
Progress = Callable[[int, int], None]


@dataclass
class UpdateReport:
    """What an update did."""

    indexed: int = 0
    #: Of the indexed articles, those whose content was known (no recognition needed).
    reused: int = 0
    removed: int = 0
    unchanged: int = 0
    #: Words recognised (new contents only).
    words: int = 0
    failed: list[str] = field(default_factory=list)
    highlights: int = 0
    #: Articles to read that were left for ``postil index`` (more than an update's ``most``).
    waiting: int = 0

    def summary(self) -> str:
        """One line for people: ``indexed 3 articles (1 unchanged content), removed 1``."""
        from reader.text.wording import plural

        parts = [f"indexed {plural(self.indexed, 'article')}"]
        if self.reused:
            parts[0] += f" ({self.reused:,} without new recognition)"
        parts.append(f"{self.unchanged:,} unchanged")
        if self.removed:
            parts.append(f"removed {self.removed:,}")
        if self.highlights:
            parts.append(f"{plural(self.highlights, 'highlight')} updated")
        if self.failed:
            parts.append(f"{plural(len(self.failed), 'file')} could not be read")
        return ", ".join(parts)
