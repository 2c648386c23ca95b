"""Opening the :class:`Workspace` that every command and the TUI work on.

Apart from the subcommands (:mod:`reader.cli.commands`) so that starting the TUI imports only
what its first frame needs: the subcommands' modules (entities, interchange, matching) cost
start-up time the reader sees.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from annotations.errors import StoreError
from annotations.paths import default_db_path
from reader.library import Library, SummaryCache, default_cache_path
from reader.settings import Settings, load_settings
from reader.workspace import LibraryLister, StoreOpenError, Workspace, default_export_dir

if TYPE_CHECKING:
    from annotations.store import AnnotationStore
    from reader.library import Article


def open_workspace(
    db: Path | None,
    paths: list[Path] | None,
    ner: str | None = None,
    *,
    read_only: bool = False,
    store_later: bool = False,
    list_later: bool = False,
    remember_later: bool = False,
    settings: Settings | None = None,
) -> Workspace:
    """The library (given paths, else the seeds), the store (``--db``, else the default) and
    the settings (``--ner`` over ``config.toml``; ``POSTIL_EXPORT_DIR`` over ``export_dir``).

    With ``store_later`` the store is opened when first used (the TUI: after its first frame),
    and an error opening it is a :class:`StoreOpenError`. With ``list_later`` the default
    library is listed when first used (``postil search --no-update`` never uses it). With
    ``remember_later`` a kept listing made afresh is remembered when the caller says
    (:meth:`Library.remember_listing`: the TUI, after its first frame).
    ``settings`` already read (the TUI reads them once, for this and for the app) spare
    reading ``config.toml`` again.
    """
    from reader.collection.paths import library_dir

    if settings is None:
        settings = load_settings()
    kept = library_dir(settings.library)

    @cache
    def listed() -> Library:
        summaries = SummaryCache(default_cache_path())
        if paths:
            return Library.from_paths(paths, summaries)
        return Library.default(summaries, kept=kept, remember_later=remember_later)

    # Paths given are listed now: one that is missing is said whatever the command.
    library: Library | LibraryLister = listed if list_later and not paths else listed()
    path = db if db is not None else default_db_path()

    def open_store() -> AnnotationStore:
        from annotations.store import AnnotationStore

        return AnnotationStore(path, read_only=read_only, identify=identifier(listed))

    def open_store_later() -> AnnotationStore:
        try:
            return open_store()
        except (StoreError, OSError) as error:
            raise StoreOpenError(str(error)) from error

    return Workspace(
        library=library,
        store=open_store_later if store_later else open_store(),
        export_dir=default_export_dir(settings.export_dir),
        export_mode=settings.export_mode,
        ner=ner or settings.ner,
        store_path=path,
    )


def identifier(listed: Callable[[], Library]) -> Callable[[str], str | None]:
    """For the store's one-time migration: the identity of the article with a given id in
    the library ``listed`` gives."""

    def identify(article_id: str) -> str | None:
        from reader.collection.keys import article_key
        from reader.library import ArticleError

        library = listed()
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
