"""Articles just added to the kept library, indexed at their own cost.

Whoever adds an article knows what changed: ``postil add`` and the TUI's add index those
articles (check ``"listed"``: nothing else is looked at) instead of leaving them to the next
update's search for changes. Only an index that exists already is updated (an add does not
start a first build), and a busy one is left alone: the next update finds the articles, their
folder having changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from reader.library.entries import KEPT_PREFIX, KeptEntries

if TYPE_CHECKING:
    from reader.library import Library
    from reader.mentions.index import EntityIndex
    from reader.search.builder import UpdateReport


def index_added(entities: EntityIndex, library: Library, ids: Iterable[str]) -> UpdateReport | None:
    """Index the kept articles ``ids`` just added to ``library`` (listed again since) in
    ``entities``' search index, if it exists and is free; ``None`` when nothing was done.
    The kept folder's stamp is kept when those articles are all that changed in it."""
    from reader.library import Library
    from reader.search.index import IndexBusy, default_index_dir

    stems = [i[len(KEPT_PREFIX) :] for i in ids if i.startswith(KEPT_PREFIX)]
    kept = library.kept
    if kept is None or not stems:
        return None
    if not (default_index_dir(entities.spec) / "catalog.sqlite").exists():
        return None
    added = Library(list(KeptEntries(kept, stems)))
    try:
        return entities.search_index().update(added, check="listed", added_to=library)
    except IndexBusy:
        return None
