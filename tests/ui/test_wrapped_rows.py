"""A list row too long for its list is wrapped under its own start, never back at the edge.

An OptionList wraps a long prompt itself and starts each further line at the left edge: a
highlight's quote went on under the swatches ("sweeping new security rules imposed by" /
"Beijing"), and in the article's panel under the paragraph numbers. The rows are now made
for the list's width, wrapped with a hanging indent, and made again when it changes.
"""

from __future__ import annotations

from pathlib import Path

from reader.ui.app import create_app
from reader.ui.widgets.lists import FittedList
from tests.ui.pilot import ARTICLE, annotated_workspace, settle


def _check_rows(rows: FittedList) -> list[int]:
    """Check that each row of ``rows`` fits the list and that the list shows its lines as
    they are (it wrapped none); return the indent of every line after a row's first."""
    shown = [rows.render_line(y).text.rstrip() for y in range(rows.size.height)]
    indents = []
    for option in rows.options:
        lines = str(option.prompt).split("\n")
        assert all(len(line) <= rows.text_width for line in lines), (rows.text_width, lines)
        expected = [line.rstrip() for line in lines]
        assert any(shown[y : y + len(lines)] == expected for y in range(len(shown))), lines
        indents += [len(line) - len(line.lstrip()) for line in lines[1:]]
    return indents


async def test_highlights_of_a_tag_wrap_under_their_start(tmp_path: Path) -> None:
    app = create_app(annotated_workspace(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        rows = app.screen.query_one("#tag-highlights", FittedList)
        # The title wraps under itself (after the swatch), the quote and tags under theirs.
        assert _check_rows(rows) == [2, 3, 3, 3]
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        await pilot.pause()
        assert rows.text_width > 60
        assert _check_rows(rows) == [3, 3]  # one line each: made again at the new width


async def test_the_highlights_panel_wraps_a_quote_under_the_quote(tmp_path: Path) -> None:
    app = create_app(annotated_workspace(tmp_path), open_article=ARTICLE)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        await pilot.pause()
        rows = app.screen.query_one("#panel-list", FittedList)
        assert 30 < rows.text_width < 60  # the panel beside the text
        indents = _check_rows(rows)
        assert set(indents) == {3, 5} and indents.count(5) >= 2  # the quote after "▌ ¶2 "
