"""The library as the importer sees it: articles by identity key, and all of them for quotes.

An imported annotation names its page by URL (or ``urn:postil:text:<fingerprint>``); the
library knows an article by the same keys postil ties highlights to (``url:<normalised URL>``,
``text:<fingerprint>``), so a record finds its article whatever tracking parameters or
trailing slash its URL has. The map is built once per import, reading each article once.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotations.interchange.importing import Candidate
from annotations.interchange.sources import fingerprint_of
from reader.collection.keys import article_key, fingerprint, url_key
from reader.library import ArticleError, Library


class LibraryFinder:
    """:class:`annotations.interchange.importing.ArticleFinder` over a :class:`Library`."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._by_key: dict[str, Candidate] | None = None

    def key_for(self, source: str) -> str:
        """``text:<fingerprint>`` for a ``urn:postil:text:`` IRI, else the URL's key."""
        text = fingerprint_of(source)
        return f"text:{text}" if text else url_key(source)

    def by_source(self, source: str) -> Candidate | None:
        return self._keys().get(self.key_for(source))

    def candidates(self) -> Iterable[Candidate]:
        return list({c.id: c for c in self._keys().values()}.values())

    def _keys(self) -> dict[str, Candidate]:
        if self._by_key is None:
            self._by_key = {}
            for entry in self._library.entries:
                try:
                    article = self._library.load(entry)
                except (ArticleError, OSError, LookupError):
                    continue  # unreadable now: its highlights stay where they are
                key = article_key(article)
                candidate = Candidate(article.id, article.text, article.title, key)
                for alias in (key, f"text:{fingerprint(article.text)}"):
                    self._by_key.setdefault(alias, candidate)
                if article.url:
                    self._by_key.setdefault(url_key(article.url), candidate)
        return self._by_key
