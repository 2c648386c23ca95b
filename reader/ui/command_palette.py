"""Command palette provider: open any article of the library by fuzzy title."""

from __future__ import annotations

from functools import partial

from textual.command import Hit, Hits, Provider

from reader.ui.typed_app import postil_of

#: Articles offered at most (a fuzzy match over more would slow the palette down).
OFFERED = 2000


class ArticleCommands(Provider):
    """``Open: <title>`` for every article, by the titles the library list shows."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        app = postil_of(self.screen)
        library = app.workspace.library
        for entry in library.entries[:OFFERED]:
            summary = library.summary(entry)
            if summary.error is not None:
                continue
            command = f"Open: {summary.title}"
            score = matcher.match(command)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(command),
                    partial(app.open_article, entry.id),
                    help=summary.meta,
                )
