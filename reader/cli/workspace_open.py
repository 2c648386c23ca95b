"""Opening the :class:`Workspace` that every command and the TUI work on.

Apart from the subcommands (:mod:`reader.cli.commands`) so that starting the TUI imports only
what its first frame needs: the subcommands' modules (entities, interchange, matching) cost
start-up time the reader sees.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from annotations.store import AnnotationStore, default_db_path
from reader.library import Library, SummaryCache, default_cache_path
from reader.mentions.index import EntityIndex
from reader.settings import load_settings
from reader.workspace import Workspace, default_export_dir

if TYPE_CHECKING:
    from reader.library import Article


def open_workspace(
    db: Path | None, paths: list[Path] | None, ner: str | None = None, *, read_only: bool = False
) -> Workspace:
    """The library (given paths, else the seeds), the store (``--db``, else the default) and
    the settings (``--ner`` over ``config.toml``; ``POSTIL_EXPORT_DIR`` over ``export_dir``)."""
    from reader.collection.paths import library_dir

    settings = load_settings()
    summaries = SummaryCache(default_cache_path())
    if paths:
        library = Library.from_paths(paths, summaries)
    else:
        library = Library.default(summaries, kept=library_dir(settings.library))
    store = AnnotationStore(
        db if db is not None else default_db_path(),
        read_only=read_only,
        identify=identifier(library),
    )
    return Workspace(
        library=library,
        store=store,
        export_dir=default_export_dir(settings.export_dir),
        export_mode=settings.export_mode,
        entities=EntityIndex(ner or settings.ner),
    )


def identifier(library: Library) -> Callable[[str], str | None]:
    """For the store's one-time migration: the identity of the article with a given id."""

    def identify(article_id: str) -> str | None:
        from reader.collection.keys import article_key
        from reader.library import ArticleError

        if not library.exists(article_id):
            return None
        try:
            return article_key(library.load(article_id))
        except (ArticleError, LookupError, OSError):
            return None

    return identify


def resolve_article(workspace: Workspace, query: str) -> Article:
    """An article by library query, or straight from a file path."""
    from reader.cli.entities_cmd import is_file

    path = Path(query).expanduser()
    if is_file(path):
        from reader.library import load_article

        return load_article(path)
    return workspace.library.load(workspace.library.find(query))
