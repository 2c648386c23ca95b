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

from reader.text.wording import plural
from reader.ui.saver import SaveJob, Saver
from reader.ui.screens.library import LibraryScreen
from reader.ui.workers import ReportsWorkerErrors
from reader.workspace import Workspace

if TYPE_CHECKING:
    from textual.command import Provider

    from annotations.model import Annotation

T = TypeVar("T")


def _article_commands() -> type[Provider]:
    """The palette's "Open: <title>" provider, imported when the palette first opens."""
    from reader.ui.command_palette import ArticleCommands

    return ArticleCommands


def _warm_imports() -> None:
    """Import the screens used after the library, so the first Enter does not pay for them."""
    import reader.ui.screens.article
    import reader.ui.screens.find
    import reader.ui.screens.help
    import reader.ui.screens.mentions
    import reader.ui.screens.tags  # noqa: F401


#: How often the app checks whether another process changed the annotation file (seconds).
REFRESH_INTERVAL = 2.0


class PostilApp(ReportsWorkerErrors, App[None]):
    """postil: read news articles, highlight, tag and annotate passages, export notes."""

    HELP_GROUP = "Everywhere"

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
        self._refresh_error: str | None = None

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
        from reader.ui.screens.article import ArticleScreen

        self.push_screen(
            ArticleScreen(article_id, offset=offset, annotation_id=annotation_id, entity=entity)
        )

    def action_mentions(self, label: str | None = None, key: str | None = None) -> None:
        """Entities across the library, opened on one named thing if given."""
        from reader.ui.screens.mentions import MentionsScreen

        self.push_screen(MentionsScreen(label, key))

    def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_tags(self) -> None:
        from reader.ui.screens.tags import TagsScreen

        if not isinstance(self.screen, TagsScreen):
            self.push_screen(TagsScreen())

    def action_find(self) -> None:
        from reader.ui.screens.find import FindScreen

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
        if isinstance(screen, LibraryScreen):
            yield SystemCommand(
                "Add article…", "A page or feed URL, a file or a folder", screen.action_add_article
            )
        if hasattr(screen, "palette_commands"):
            yield from screen.palette_commands()
        from reader.ui.interchange import interchange_commands

        yield from interchange_commands(self)

    # ------------------------------------------------------------- export

    def export_highlights(self, annotations: list[Annotation], title: str) -> None:
        """Write ``annotations`` as Markdown to the export folder (in a thread) and say where."""
        if not annotations:
            self.notify("No highlights to export yet: select a passage and press a.")
            return

        def export() -> None:
            try:
                path = self.workspace.export_file(annotations, title)
            except OSError as error:
                message = f"Could not export to {self.workspace.export_dir}: {error.strerror}"
                self.call_from_thread(self.notify, message, severity="error", timeout=15)
                return
            message = f"Exported {plural(len(annotations), 'highlight')} to {path}"
            self.call_from_thread(self.notify, message, timeout=10)

        self.run_worker(export, thread=True, group="export", exit_on_error=False)

    # ------------------------------------------------------------- saving

    class SaveFinished(Message):
        """A queued store write ended (the seam between the saver thread and the UI)."""

        def __init__(self, job: SaveJob, future: Future[Any]) -> None:
            super().__init__()
            self.job = job
            self.future = future

    def save_in_background(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        *,
        description: str = "save",
        payload: Annotation | None = None,
    ) -> None:
        """Queue a store write (in order, off the UI thread); report its end or its failure.

        ``payload`` is what the reader wrote: if the write keeps failing it is retried on the
        app's timer and, at worst, printed when postil exits, never lost.
        """
        self._submit(SaveJob(work, description, on_done, payload))

    def _submit(self, job: SaveJob) -> None:
        loop = asyncio.get_running_loop()

        def report(job: SaveJob, future: Future[Any]) -> None:
            # Only post a message: the saver thread never waits on a UI that may be closing.
            with suppress(RuntimeError):  # the loop is closed: the app is gone, nothing to tell
                loop.call_soon_threadsafe(self.post_message, self.SaveFinished(job, future))

        self.saver.submit(job, report)

    @on(SaveFinished)
    def _save_finished(self, message: SaveFinished) -> None:
        job, error = message.job, message.future.exception()
        failed = self.saver.failed
        if error is not None:  # a failed save is said, never swallowed
            if job not in failed:
                failed.append(job)
                self.notify(
                    f"Could not {job.description}: {error}. It is kept and tried again "
                    "every few seconds.",
                    severity="error",
                    timeout=15,
                )
            return
        if job in failed:
            failed.remove(job)
            self.notify(f"Saved after all: {job.description}.")
        if job.on_done is not None:
            job.on_done(message.future.result())

    def _retry_failed(self) -> None:
        """Try the failed writes again, in their order, if none is running."""
        failed = self.saver.failed
        if failed and not any(job.running for job in failed):
            for job in failed:
                self._submit(job)

    async def action_quit(self) -> None:
        """Quit once every queued save is on disk; ask first if some could not be saved."""
        if not await asyncio.to_thread(self.saver.flush, 0.5):
            self.notify("Saving…")
            await asyncio.to_thread(self.saver.flush)
        failed = self.saver.failed
        if not failed:
            self.exit()
            return
        from reader.ui.dialogs.confirm import ConfirmDialog

        def answered(quit_anyway: bool | None) -> None:
            if quit_anyway:
                self.exit()

        count = plural(len(failed), "change")
        self.push_screen(
            ConfirmDialog(
                f"{count} could not be saved to {self.workspace.store.path}. Quit anyway? "
                "What you wrote will be printed in the terminal as JSON, so it is not lost.",
                "Quit",
            ),
            answered,
        )

    @property
    def unsaved(self) -> list[Annotation]:
        """What the reader wrote that never reached the store (printed by the CLI at exit)."""
        return [job.payload for job in self.saver.failed if job.payload is not None]

    def _check_store(self) -> None:
        """Retry failed saves; pick up annotations written by another postil (CLI or a second
        TUI), and changes to the open article's file."""
        self._retry_failed()
        try:
            changed = self.workspace.store.refresh()
        except Exception as error:  # said once, not every two seconds
            if str(error) != self._refresh_error:
                self._refresh_error = str(error)
                self.notify(f"Could not re-read annotations: {error}", severity="error")
            return
        self._refresh_error = None
        if changed:
            for screen in self.screen_stack:
                if hasattr(screen, "store_changed"):
                    screen.store_changed()
        if self.screen_stack and hasattr(self.screen, "file_check"):  # none while closing
            self.screen.file_check()


def create_app(workspace: Workspace, *, open_article: str | None = None) -> PostilApp:
    """The app over ``workspace``: the factory tests and the CLI both use."""
    return PostilApp(workspace, open_article=open_article)
