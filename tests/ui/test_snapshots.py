"""Snapshot tests (pytest-textual-snapshot) of what a reader sees.

Update after an intended change of the look with ``pytest tests/ui --snapshot-update`` and
review the SVGs in ``__snapshots__`` before committing them.
"""

from __future__ import annotations

from pathlib import Path

from annotations.model import Annotation, Selector
from annotations.store import AnnotationStore
from reader.library import Library
from reader.ui.app import PostilApp, create_app
from reader.workspace import Workspace
from tests.ui.pilot import SIZE, settle

ARTICLE = "seeds/004_d4847e1b1b2a2bef.txt"


def _annotated_app(tmp_path: Path) -> PostilApp:
    """The Hong Kong article with two highlights, opened straight away."""
    library = Library.default()
    store = AnnotationStore(tmp_path / "annotations.json")
    article = library.load(ARTICLE)
    for quote, color, tags, note in (
        (
            "Major US internet companies including Facebook, Microsoft, Google, Twitter "
            "and Zoom have all announced",
            "yellow",
            ("platforms",),
            "All four at once.",
        ),
        ("sweeping new security rules imposed by Beijing", "green", ("hong-kong",), ""),
    ):
        start = article.text.index(quote)
        selector = Selector.from_text(article.text, start, start + len(quote))
        store.add(
            Annotation.create(
                article=article.id,
                article_title=article.title,
                selector=selector,
                color=color,
                tags=tags,
                note=note,
            )
        )
    workspace = Workspace(library=library, store=store, export_dir=tmp_path / "exports")
    return create_app(workspace, open_article=ARTICLE)


def test_article_with_highlights_and_entities(snap_compare, tmp_path: Path) -> None:
    assert snap_compare(_annotated_app(tmp_path), terminal_size=SIZE, run_before=settle)


def test_highlights_panel(snap_compare, tmp_path: Path) -> None:
    async def open_panel(pilot) -> None:
        await settle(pilot)
        await pilot.press("p")
        await pilot.pause()

    assert snap_compare(_annotated_app(tmp_path), terminal_size=SIZE, run_before=open_panel)
