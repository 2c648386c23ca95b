"""Command palette provider: open any article of the library by fuzzy title."""

from __future__ import annotations

from functools import partial

from textual.command import Hit, Hits, Provider

from reader.library import ArticleError


class ArticleCommands(Provider):
    """``Open: <title>`` for every article (titles of articles already read, else file names)."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        app = self.app
        library = app.workspace.library
        for entry in library.entries[:2000]:
            try:
                title = library.load(entry).title if len(library.entries) <= 200 else entry.name
            except ArticleError:
                continue
            command = f"Open: {title}"
            score = matcher.match(command)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(command),
                    partial(app.open_article, entry.id),
                    help=entry.name,
                )
