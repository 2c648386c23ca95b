"""The Textual application: screens, app-wide bindings, command palette, background saves.

Only the library screen is imported before the first frame; the article screen (entities,
dialogs, the text area) and the rest load on first use, and are warmed in a thread once the
library is on screen, so start-up stays close to the cost of importing Textual itself.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from contextlib import suppress
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual import on
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen

from reader.saver import Saver
from reader.screens.library import LibraryScreen
from reader.workspace import Workspace

if TYPE_CHECKING:
    from textual.command import Provider

T = TypeVar("T")


def _article_commands() -> type[Provider]:
    """The palette's "Open: <title>" provider, imported when the palette first opens."""
    from reader.palette_commands import ArticleCommands

    return ArticleCommands


def _warm_imports() -> None:
    """Import the screens used after the library, so the first Enter does not pay for them."""
    import reader.screens.article
    import reader.screens.find
    import reader.screens.help
    import reader.screens.mentions
    import reader.screens.tags  # noqa: F401


#: How often the app checks whether another process changed the annotation file (seconds).
REFRESH_INTERVAL = 2.0


class PostilApp(App[None]):
    """postil: read news articles, highlight, tag and annotate passages, export notes."""

    TITLE = "postil"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {_article_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Keys", id="app.help"),
        Binding("ctrl+t", "tags", "Tags", show=False, id="app.tags"),
    ]

    def __init__(self, workspace: Workspace, *, open_article: str | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.saver = Saver()
        self._initial_article = open_article

    def get_default_screen(self) -> Screen[Any]:
        """The library is the bottom screen: Escape never leaves it, q quits from it."""
        return LibraryScreen()

    def on_mount(self) -> None:
        if self._initial_article is not None:
            self.open_article(self._initial_article)
        self.set_interval(REFRESH_INTERVAL, self._check_store)

    def on_ready(self) -> None:
        """The first frame is out: load the other screens' code while the reader looks."""
        self.run_worker(_warm_imports, thread=True, group="warm-up", exit_on_error=False)

    # ------------------------------------------------------------- navigation

    def open_article(
        self,
        article_id: str,
        *,
        offset: int | None = None,
        annotation_id: str | None = None,
        entity: tuple[str, str] | None = None,
    ) -> None:
        """Open ``article_id`` at ``offset``, at a highlight, or stepping through an entity."""
        from reader.screens.article import ArticleScreen

        self.push_screen(
            ArticleScreen(article_id, offset=offset, annotation_id=annotation_id, entity=entity)
        )

    def action_mentions(self, label: str | None = None, key: str | None = None) -> None:
        """Entities across the library, opened on one named thing if given."""
        from reader.screens.mentions import MentionsScreen

        self.push_screen(MentionsScreen(label, key))

    def action_help(self) -> None:
        from reader.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_tags(self) -> None:
        from reader.screens.tags import TagsScreen

        if not isinstance(self.screen, TagsScreen):
            self.push_screen(TagsScreen())

    def action_find(self) -> None:
        from reader.screens.find import FindScreen

        if not isinstance(self.screen, FindScreen):
            self.push_screen(FindScreen())

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Tags", "All tags with counts; rename or delete", self.action_tags)
        yield SystemCommand(
            "Find highlights", "Search highlights by text or #tag", self.action_find
        )
        yield SystemCommand(
            "Entities across the library",
            "Who and what the articles mention, and which articles do",
            self.action_mentions,
        )
        yield SystemCommand("Keys", "Show every key binding", self.action_help)
        if hasattr(screen, "palette_commands"):
            yield from screen.palette_commands()

    # ------------------------------------------------------------- saving

    class SaveFinished(Message):
        """A queued store write ended (the seam between the saver thread and the UI)."""

        def __init__(
            self, description: str, on_done: Callable[[Any], None] | None, future: Future[Any]
        ) -> None:
            super().__init__()
            self.description = description
            self.on_done = on_done
            self.future = future

    def save_in_background(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        *,
        description: str = "save",
    ) -> None:
        """Queue a store write (in order, off the UI thread); report its end or its failure.

        The saver thread only posts a message: it never waits on the UI, so a UI that is
        closing (or crashed) cannot hold up a save.
        """
        loop = asyncio.get_running_loop()

        def report(future: Future[T]) -> None:
            message = self.SaveFinished(description, on_done, future)
            with suppress(RuntimeError):  # the loop is closed: the app is gone, nothing to tell
                loop.call_soon_threadsafe(self.post_message, message)

        self.saver.submit(work).add_done_callback(report)

    @on(SaveFinished)
    def _save_finished(self, message: SaveFinished) -> None:
        error = message.future.exception()
        if error is not None:  # a failed save is said, never swallowed
            self.notify(f"Could not {message.description}: {error}", severity="error", timeout=15)
        elif message.on_done is not None:
            message.on_done(message.future.result())

    async def action_quit(self) -> None:
        """Quit once every queued save is on disk."""
        if not await asyncio.to_thread(self.saver.flush, 0.5):
            self.notify("Saving…")
            await asyncio.to_thread(self.saver.flush)
        self.exit()

    def _check_store(self) -> None:
        """Pick up annotations written by another postil (CLI or a second TUI), and changes
        to the open article's file."""
        try:
            changed = self.workspace.store.refresh()
        except Exception as error:
            self.notify(f"Could not re-read annotations: {error}", severity="error")
            return
        if changed:
            for screen in self.screen_stack:
                if hasattr(screen, "store_changed"):
                    screen.store_changed()
        if hasattr(self.screen, "file_check"):
            self.screen.file_check()


def create_app(workspace: Workspace, *, open_article: str | None = None) -> PostilApp:
    """The app over ``workspace``: the factory tests and the CLI both use."""
    return PostilApp(workspace, open_article=open_article)
