"""Links in an article: their anchor text is underlined, and the caret on one shows its URL."""

from __future__ import annotations

from pathlib import Path

from annotations.store import AnnotationStore
from reader.library import Library
from reader.ui.app import create_app
from reader.ui.widgets.article_view import ArticleView
from reader.workspace import Workspace
from tests.ui.pilot import open_highlighted_article

TEXT = (
    "# Council publishes contracts\n\n"
    "The council put every contract [on its open data site](https://data.example.org/c?id=1) "
    "on Tuesday, after a long campaign.\n"
)


def _underlined(view: ArticleView, word: str) -> bool | None:
    """Whether the segment holding ``word`` on screen is underlined (None: not on screen)."""
    for y in range(view.size.height):
        for segment in view.render_line(y):
            if word in segment.text:
                return bool(segment.style and segment.style.underline)
    return None


async def test_a_link_is_underlined_and_its_url_shown_at_the_caret(tmp_path: Path) -> None:
    (tmp_path / "contracts.md").write_text(TEXT, encoding="utf-8")
    workspace = Workspace(
        library=Library.from_paths([tmp_path / "contracts.md"]),
        store=AnnotationStore(tmp_path / "annotations.json"),
    )
    app = create_app(workspace)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_highlighted_article(pilot)
        view = screen.query_one(ArticleView)
        assert _underlined(view, "open data") is True
        assert _underlined(view, "campaign") is False
        view.move_caret(view.text.index("open data"))
        await pilot.pause()
        assert screen.status.context == "link https://data.example.org/c?id=1"
        view.move_caret(view.text.index("campaign"))
        await pilot.pause()
        assert screen.status.context == ""
