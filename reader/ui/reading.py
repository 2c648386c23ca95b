"""Reading state from the TUI: where the reader left a kept article, and "read" at its end.

Only kept articles (``library/…`` ids) have a state; for the others every function here does
nothing. Writes go through the app's background save queue, off the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.collection.kept import Collection
from reader.library.entries import kept_stem

if TYPE_CHECKING:
    from reader.ui.app import PostilApp


def _kept(app: PostilApp, article_id: str) -> tuple[Collection, str] | None:
    folder = app.workspace.library.kept
    stem = kept_stem(article_id)
    if folder is None or stem is None:
        return None
    return Collection(folder), stem


def saved_position(app: PostilApp, article_id: str) -> int | None:
    """Where the reader left this article, if it is kept and was left somewhere."""
    kept = _kept(app, article_id)
    if kept is None:
        return None
    position = kept[0].state(kept[1]).position
    return position or None


def remember(app: PostilApp, article_id: str, position: int, *, finished: bool = False) -> None:
    """Keep ``position`` (and mark the article read when ``finished``), in the background."""
    kept = _kept(app, article_id)
    if kept is None:
        return
    collection, stem = kept
    state = "read" if finished else None
    if finished and collection.state(stem).state != "unread":
        state = None  # reaching the end again never un-archives

    def save() -> None:
        collection.set_state(stem, state, position)

    app.save_in_background(save, description="remember the reading position")
