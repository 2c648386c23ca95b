"""What opening a big article must not do: work that grows with the file, or is done twice."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reader.collection import keys
from reader.library.article import load_article
from reader.library.heap import fix_mmap_threshold
from reader.text.wrap import Layout
from reader.ui.app import create_app
from reader.ui.screens.article import ArticleScreen
from reader.ui.widgets.article_view import MEASURE, ArticleView
from tests.ui.pilot import settle
from tests.ui.test_big_article import big_workspace, seed_text


async def test_the_first_screen_is_wrapped_once_at_the_measure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before its first layout pass the view has no width: a 10-column guess wrapped the
    shown text into thousands of lines, then again at the real width."""
    workspace, path = big_workspace(tmp_path)
    widths: list[tuple[int, bool]] = []
    build = Layout.build.__func__  # type: ignore[attr-defined]

    def recorded(cls: type[Layout], text: str, width: int) -> Layout:
        if threading.current_thread() is threading.main_thread():
            widths.append((width, len(text) < 300_000))
        return build(cls, text, width)  # type: ignore[no-any-return]

    monkeypatch.setattr(Layout, "build", classmethod(recorded))
    app = create_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        widths.clear()
        app.open_article(str(path))
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.query_one(ArticleView).text_layout.width == MEASURE
        assert widths == [(MEASURE, True)]  # the start only, once, at the reading measure
        await settle(pilot)


def test_an_article_is_fingerprinted_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its summary, its highlights by key and locating them all need the key: each was a
    pass over the whole text."""
    path = tmp_path / "big.txt"
    path.write_bytes(seed_text(200_000))
    article = load_article(path)
    calls: list[int] = []
    fingerprint = keys.fingerprint

    def counted(text: str, step: int = keys.FINGERPRINT_STEP) -> str:
        calls.append(len(text))
        return fingerprint(text, step)

    monkeypatch.setattr(keys, "fingerprint", counted)
    first = keys.article_key(article)
    assert keys.article_key(article) == first == f"text:{fingerprint(article.text)}"
    assert calls == [len(article.text)]


def test_the_mmap_threshold_is_fixed_where_glibc_is() -> None:
    import platform

    fixed = fix_mmap_threshold()
    assert fixed is (platform.libc_ver()[0] == "glibc")
