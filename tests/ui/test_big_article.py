"""Big articles: the view follows every motion, however far and however soon after opening."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult

from annotations.store import AnnotationStore
from reader.library import Library
from reader.ui.app import create_app
from reader.ui.screens.article import ArticleScreen
from reader.ui.widgets.article_view import ArticleView
from reader.workspace import Workspace
from tests.ui.pilot import settle

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_text(size: int) -> bytes:
    """``size`` bytes of the seeds repeated, cut at a paragraph."""
    seeds = b"".join(path.read_bytes() for path in sorted(SEEDS.glob("*.txt")))
    data = (seeds * (size // len(seeds) + 1))[:size]
    return data[: data.rfind(b"\n") + 1]


def visible_text(view: ArticleView) -> str:
    """What the view draws now, line by line (the text only, margins stripped)."""
    return "\n".join(
        "".join(segment.text for segment in view.render_line(y)).strip()
        for y in range(view.scrollable_content_region.height)
    )


class OneView(App[None]):
    def compose(self) -> ComposeResult:
        yield ArticleView("A short text.\nIt fits on the screen.", id="body")


async def test_a_motion_right_after_the_text_grows_scrolls_the_view() -> None:
    """The `G` bug: the text grew (opening, a big file read further), `G` came before the
    layout pass, the status said 100 % and the view stayed at the top."""
    app = OneView()
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.query_one(ArticleView)
        view.focus()
        await pilot.pause()
        view.set_text("\n".join(f"Paragraph {n} of a long text." for n in range(2000)))
        view.action_bottom()  # what the key does, in the same tick as the text growing
        await pilot.pause()
        assert view.caret == len(view.text)
        assert view.scroll_y == view.max_scroll_y > 0
        assert "Paragraph 1999 of a long text." in visible_text(view)


async def test_g_right_after_a_1_mb_article_opens_shows_its_end(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    data = seed_text(1_000_000)
    (folder / "big.txt").write_bytes(data)
    workspace = Workspace(
        library=Library.from_paths([folder]),
        store=AnnotationStore(tmp_path / "annotations.json"),
        export_dir=tmp_path / "exports",
    )
    app = create_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "G")  # no wait for recognition or locating
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        view = screen.query_one(ArticleView)
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y > 0
        last = view.text.rstrip().rsplit("\n", 1)[-1]
        assert last[-30:] in visible_text(view).replace("\n", " ")
        await settle(pilot)
        assert view.scroll_y == view.max_scroll_y
        assert "100%" in screen.status.position
