"""Text that is hard to show: escape sequences, wide characters, and highlights whose passage
is gone (orphans) being re-attached."""

from __future__ import annotations

from pathlib import Path

from annotations.model import Annotation, Selector
from annotations.store import AnnotationStore
from reader.library import Library
from reader.ui.app import create_app
from reader.ui.widgets.annotations_panel import AnnotationsPanel
from reader.ui.widgets.article_view import ArticleView
from reader.workspace import Workspace
from tests.ui.pilot import drag_in_text, open_highlighted_article, settle

SIZE = (100, 30)


def _workspace(tmp_path: Path, text: str, name: str = "article.txt") -> Workspace:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return Workspace(
        library=Library.from_paths([folder]),
        store=AnnotationStore(tmp_path / "annotations.json"),
        export_dir=tmp_path / "exports",
    )


async def test_escape_sequences_in_an_article_never_reach_the_terminal(tmp_path: Path) -> None:
    hostile = (
        "Headline \x1b[2J\x1b]0;pwned\x07 here\n\n"
        "Body with \x1b[31mred\x1b[0m and a bell \x07 and \x9b31m C1 and \x1b]8;;http://x\x07link."
    )
    app = create_app(_workspace(tmp_path, hostile))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listed = str(app.screen.query_one("#list").get_option_at_index(0).prompt)
        assert "\x1b" not in listed and "\x07" not in listed
        await pilot.press("enter")
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        for y in range(view.size.height):
            for segment in view.render_line(y):
                assert not any(ch in segment.text for ch in "\x1b\x07\x9b"), segment.text
        title = str(app.screen.query_one("#article-title").render())
        assert "\x1b" not in title and "\x07" not in title


async def test_wide_characters_keep_mouse_and_offsets_right(tmp_path: Path) -> None:
    text = (
        "數據主權成為焦點\n\n"
        "北京表示，中國政府從未要求企業違法收集數據 🚀 然後 café naïve e\u0301.\n"
    )
    app = create_app(_workspace(tmp_path, text))
    async with app.run_test(size=SIZE) as pilot:
        await open_highlighted_article(pilot)
        view = app.screen.query_one(ArticleView)
        # the headline became the title; each CJK character of the body takes two cells,
        # so cells 10-17 are the sixth to ninth characters
        await drag_in_text(pilot, view, (10, 0), (18, 0))
        start, end = view.selection
        assert view.text[start:end] == "中國政府"
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        (saved,) = app.workspace.store.all()
        assert saved.quote == "中國政府"  # taken as selected: no word snapping in CJK
        assert view.text[saved.start : saved.end] == saved.quote
        view.move_caret(view.text.index("café") + 2)  # a caret inside a word with marks
        assert (
            view.text_layout.column_of_offset(view.caret)
            == view.text_layout.column_of_offset(view.text.index("café")) + 2
        )


async def test_an_orphan_is_listed_and_reattached_to_a_new_selection(tmp_path: Path) -> None:
    workspace = _workspace(
        tmp_path, "A Headline For Courts\n\nThe court ruled on Monday. The appeal failed.\n"
    )
    article = workspace.library.load(workspace.library.entries[0])
    old_text = "The tribunal decided nothing at all on any day of that week."
    workspace.store.add(
        Annotation.create(
            article=article.id,
            article_title=article.title,
            selector=Selector.from_text(old_text, 4, 12),  # "tribunal": not in the text now
            tags="courts",
            note="kept although its passage is gone",
        )
    )
    app = create_app(workspace, open_article=article.id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert [a.quote for a in screen.located.orphaned] == ["tribunal"]
        assert "orphaned" in screen.status.text
        await pilot.press("w", "v", "w")  # select "court" (up to the next word)
        await pilot.press("p")
        await pilot.pause()
        panel_list = screen.query_one(AnnotationsPanel).query_one("OptionList")
        assert "orphaned" in str(panel_list.get_option_at_index(0).prompt)
        await pilot.press("r")
        await settle(pilot)
        assert screen.located.orphaned == []
        (reattached,) = workspace.store.all()
        assert (
            reattached.quote == "court" and reattached.note == "kept although its passage is gone"
        )
