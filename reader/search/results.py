"""What a search returns: articles, best first, each with its matches."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reader.search.matches import Match
from reader.search.passages import Passage

#: Matches kept per article (the count says how many there were).
MAX_MATCHES = 200
#: Passages worked out per article (the search screen shows 3, ``postil search`` 5).
PASSAGES = 5


@dataclass
class ArticleResult:
    """An article that matched, its score (higher is better) and where it matched."""

    id: str
    title: str
    path: str
    score: float
    url: str | None = None
    source: str | None = None
    date: str | None = None
    #: The page's authors as the article gave them (``shown_authors`` shortens them).
    authors: tuple[str, ...] = ()
    matches: list[Match] = field(default_factory=list)
    total_matches: int = 0
    #: The first matches grouped for showing: those close together share one snippet.
    passages: list[Passage] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "path": self.path,
            "url": self.url,
            "source": self.source,
            "date": self.date,
            "authors": list(self.authors),
            "score": round(self.score, 4),
            "total_matches": self.total_matches,
            "matches": [m.to_dict() for m in self.matches],
        }


@dataclass
class SearchResults:
    """The articles found (at most the limit asked), how many matched in all, and one line
    per part of the query that could not be used."""

    query: str
    results: list[ArticleResult] = field(default_factory=list)
    total: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "warnings": self.warnings,
            "results": [r.to_dict() for r in self.results],
        }
