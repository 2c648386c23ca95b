"""Big articles: the view follows every motion, however far and however soon after opening."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.pilot import Pilot

from annotations.store import AnnotationStore
from reader.library import Library
from reader.library.article import load_article
from reader.ui.app import create_app
from reader.ui.screens.article import ArticleScreen
from reader.ui.widgets.article_view import ArticleView
from reader.workspace import Workspace
from tests.ui.pilot import settle, type_text

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


def big_workspace(tmp_path: Path, size: int = 300_000) -> tuple[Workspace, Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    path = folder / "big.txt"
    path.write_bytes(seed_text(size))
    workspace = Workspace(
        library=Library.from_paths([folder]),
        store=AnnotationStore(tmp_path / "annotations.json"),
        export_dir=tmp_path / "exports",
    )
    return workspace, path


@pytest.fixture
def held_reading(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Reading a whole article waits until the test sets the event: the "rest is being
    read" moment, made as long as the test needs."""
    go_on = threading.Event()
    load = Library.load

    def held(self: Library, entry: object) -> object:
        if threading.current_thread() is not threading.main_thread():  # the list's are not
            go_on.wait(60)
        return load(self, entry)  # type: ignore[arg-type]

    monkeypatch.setattr(Library, "load", held)
    yield go_on
    go_on.set()


async def test_a_big_article_shows_its_start_and_works_while_the_rest_is_read(
    tmp_path: Path, held_reading: threading.Event
) -> None:
    workspace, path = big_workspace(tmp_path)
    whole = load_article(path, str(path)).text  # what `postil show --json` shows
    app = create_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.open_article(str(path))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        view = screen.query_one(ArticleView)
        assert 0 < len(view.text) < len(whole) and whole.startswith(view.text)
        assert "reading the rest" in screen.status.position
        # G goes to the end of what is read, and the view follows
        await pilot.press("G")
        assert view.caret == len(view.text)
        assert view.scroll_y == view.max_scroll_y > 0
        # a search covers what is read, and says so
        await pilot.press("slash")
        await type_text(pilot, "hong kong")
        await pilot.press("enter")
        partial = len(screen._cursor.spans)
        assert 0 < partial < whole.lower().count("hong kong")
        assert "so far" in screen.status.matches
        # highlighting waits for the whole text, and says so
        await pilot.press("V", "a")
        assert "still reading" in screen.status.note
        assert not workspace.store.all()
        # the rest arrives: the whole text, offsets as the CLI's, G's end and the search kept
        await pilot.press("G")
        held_reading.set()
        await read_whole(pilot, screen)
        assert view.text == whole
        assert view.caret == len(whole) and view.scroll_y == view.max_scroll_y
        assert last_words(whole) in visible_text(view).replace("\n", " ")
        assert len(screen._cursor.spans) == whole.lower().count("hong kong")
        assert "reading" not in screen.status.position
        # and a highlight is made in the whole text
        await pilot.press("g", "V", "a")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        (saved,) = workspace.store.all()
        assert whole[saved.start : saved.end] == saved.quote


async def read_whole(pilot: Pilot[None], screen: ArticleScreen) -> None:
    """Wait until the whole article is read and shown, and the work that follows is done."""
    while screen._reading:
        await pilot.pause(0.05)
    await settle(pilot)
    await settle(pilot)  # the recognition and locating started by the whole text


def last_words(text: str) -> str:
    return text.rstrip().rsplit("\n", 1)[-1][-30:]


async def test_a_big_article_changed_on_disk_is_read_again_in_a_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui.screens import article as article_screen

    monkeypatch.setattr(article_screen, "RELOAD_IN_WORKER", 100_000)
    workspace, path = big_workspace(tmp_path)
    app = create_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.open_article(str(path))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        await read_whole(pilot, screen)
        view = screen.query_one(ArticleView)
        loads: list[object] = []
        load = Library.load

        def counted(self: Library, entry: object) -> object:
            loads.append(threading.current_thread() is threading.main_thread())
            return load(self, entry)  # type: ignore[arg-type]

        monkeypatch.setattr(Library, "load", counted)
        screen.file_check()
        assert loads == []  # unchanged: not even looked up
        path.write_bytes(b"A New Headline Here\n\n" + seed_text(300_000))
        screen.file_check()
        await read_whole(pilot, screen)
        assert loads == [False]  # read again, in a worker
        assert view.text.startswith("A New Headline Here") or screen.article.title == (
            "A New Headline Here"
        )
        assert view.text == load_article(path, str(path)).text
