"""The Textual application: screens, app-wide bindings, command palette, background saves.

Only the library screen is imported before the first frame; the article screen (entities,
dialogs, the text area) and the rest load on first use, and are warmed in a thread once the
library is on screen, so start-up stays close to the cost of importing Textual itself.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from contextlib import suppress
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual import on
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.signal import Signal

from annotations.errors import StoreError
from reader import collector
from reader.settings import ConfigError, Settings, load_settings
from reader.text.wording import plural
from reader.ui.preferences import Preferences
from reader.ui.screens.library import LibraryScreen
from reader.ui.workers import ReportsWorkerErrors
from reader.workspace import Workspace

if TYPE_CHECKING:
    from textual.command import Provider

    from annotations.model import Annotation
    from reader.ui.dialogs.annotate import Draft
    from reader.ui.indexing import BackgroundIndex
    from reader.ui.saver import SaveJob, Saver

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
    import reader.ui.screens.search
    import reader.ui.screens.tags  # noqa: F401


#: Screens reached from anywhere: (action, palette title, help), offered where no key has them.
_SCREENS = (
    ("search", "Search everything", "Words, phrases, people, notes and tags in every article"),
    ("tags", "Tags", "All tags with counts; rename or delete"),
    ("find", "Find highlights", "Search highlights by text or #tag"),
    ("mentions", "Entities across the library", "Who and what the articles mention, and where"),
)

#: How often the app checks whether another process changed the annotation file (seconds).
REFRESH_INTERVAL = 2.0
#: Seconds after the first frame before the search index is brought up to date (unless
#: ``POSTIL_BACKGROUND_INDEX=0``: then when search or the entities screen first needs it).
INDEX_DELAY = 2.0


class PostilApp(ReportsWorkerErrors, Preferences):
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

    def __init__(
        self,
        workspace: Workspace,
        *,
        open_article: str | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(settings or Settings())
        self.workspace = workspace
        self._initial_article = open_article
        self._refresh_error: str | None = None
        #: Why the store could not be opened after the first frame (the app then exits).
        self.store_error: StoreError | None = None
        #: What was typed in a highlight dialog closed without saving, by passage or highlight
        #: (kept for the session, so no keystroke is lost; see AnnotateDialog).
        self.drafts: dict[str, Draft] = {}
        #: Published when another process changed the annotations; screens subscribe.
        self.store_changed: Signal[None] = Signal(self, "store-changed")
        #: Published when articles were added to or removed from the kept library by another
        #: process (``postil add``, a second TUI); the library screen lists them again.
        self.library_changed: Signal[None] = Signal(self, "library-changed")
        self._kept_version = workspace.library.kept_version()

    @cached_property
    def saver(self) -> Saver:
        """The queue of store writes, off the UI thread (made, with its code, when first
        used: the first frame saves nothing)."""
        from reader.ui.saver import Saver

        return Saver()

    @cached_property
    def indexing(self) -> BackgroundIndex:
        """This session's update of the search index (started after the first frame)."""
        from reader.ui.indexing import BackgroundIndex

        return BackgroundIndex()

    def get_default_screen(self) -> Screen[Any]:
        """The library is the bottom screen: Escape never leaves it, q quits from it."""
        return LibraryScreen()

    def open_store(self) -> bool:
        """Open the annotation store (the library is drawn before it, see
        :class:`reader.workspace.Workspace`) and have the screens count highlights. If it
        cannot be opened, exit: the CLI prints :attr:`store_error` as one line, exit status 1.
        """
        if self.workspace.store_is_open:
            return True
        try:
            self.workspace.open_store()
        except StoreError as error:
            self.store_unavailable(error)
            return False
        self.store_changed.publish(None)
        return True

    def store_unavailable(self, error: StoreError) -> None:
        """End the session: the store could not be opened (nothing was saved to lose)."""
        if self.store_error is None:
            self.store_error = error
            self.exit(return_code=1)

    def on_mount(self) -> None:
        self.tell_preference_problems()
        if self._initial_article is not None:
            self.open_article(self._initial_article)
        self.set_interval(REFRESH_INTERVAL, self._check_store)

    def on_ready(self) -> None:
        """The first frame is out: remember the kept listing, open the store, and load the
        other screens' code while the reader looks."""
        library = self.workspace.library
        self.run_worker(library.remember_listing, thread=True, exit_on_error=False)
        try:
            opened = self.open_store()
        finally:  # the store's highlights too live as long as the session (reader/collector.py)
            collector.resume()
        if not opened:
            return
        self.run_worker(_warm_imports, thread=True, group="warm-up", exit_on_error=False)
        if os.environ.get("POSTIL_BACKGROUND_INDEX", "1") != "0":
            self.set_timer(INDEX_DELAY, self.start_indexing)

    def start_indexing(self) -> None:
        """Bring the search index up to date in the background, once per session."""
        if self.indexing.claim():
            self.run_worker(
                lambda: self.indexing.run(self.workspace),
                thread=True,
                group="indexing",
                exit_on_error=False,
            )

    # ------------------------------------------------------------- navigation

    def open_article(
        self,
        article_id: str,
        *,
        offset: int | None = None,
        annotation_id: str | None = None,
        entity: tuple[str, str] | None = None,
        matches: tuple[str, list[tuple[int, int]]] | None = None,
    ) -> None:
        """Open ``article_id`` at ``offset``, at a highlight, stepping through an entity, or
        stepping through ``matches`` (what they are matches of, their spans)."""
        from reader.ui.screens.article import ArticleScreen

        self.push_screen(
            ArticleScreen(
                article_id,
                offset=offset,
                annotation_id=annotation_id,
                entity=entity,
                matches=matches,
            )
        )

    def action_search(self) -> None:
        """Search everything: articles, highlights, notes and entities."""
        from reader.ui.screens.search import SearchScreen

        if not isinstance(self.screen, SearchScreen):
            self.push_screen(SearchScreen())

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
        """Every key's action on ``screen`` (so the palette finds "Export" wherever x works),
        the screens reached without a key here, and Textual's theme and screenshot commands."""
        from reader.ui.keys import key_rows

        rows = [row for row in key_rows(screen) if row.in_palette]
        for row in rows:
            yield SystemCommand(
                row.description,
                f"{row.binding.tooltip or row.group} · {', '.join(row.keys)}",
                partial(self.run_action, row.action, row.node),
            )
        bound = {row.action.removeprefix("app.") for row in rows}
        for action, title, help_text in _SCREENS:
            if action not in bound:
                yield SystemCommand(title, help_text, partial(self.run_action, action))
        from reader.ui.interchange import interchange_commands

        yield from interchange_commands(self)
        for command in super().get_system_commands(screen):
            if command.title not in {"Keys", "Quit"}:  # postil's own are above, with keys
                yield command

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
        from reader.ui.saver import SaveJob

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
        """Quit once every queued save is on disk; ask first if some could not be saved, or
        if a highlight dialog was closed with a draft that was never saved."""
        if not await asyncio.to_thread(self.saver.flush, 0.5):
            self.notify("Saving…")
            await asyncio.to_thread(self.saver.flush)
        question = self._quit_question()
        if question is None:
            self._leave()
            return
        from reader.ui.dialogs.confirm import ConfirmDialog

        def answered(quit_anyway: bool | None) -> None:
            if quit_anyway:
                self._leave()

        self.push_screen(ConfirmDialog(question, "Quit"), answered)

    def _leave(self) -> None:
        """Exit, stopping this session's index update first (the index stays consistent)."""
        self.indexing.cancel()
        self.exit()

    def _quit_question(self) -> str | None:
        """What would be lost by quitting now, as a question (``None``: nothing)."""
        failed = self.saver.failed
        if failed:
            count = plural(len(failed), "change")
            return (
                f"{count} could not be saved to {self.workspace.store.path}. Quit anyway? "
                "What you wrote will be printed in the terminal as JSON, so it is not lost."
            )
        if self.drafts:
            count = plural(len(self.drafts), "highlight draft")
            return (
                f"{count} closed without saving (a on the passage reopens one). "
                "Quit anyway and lose them?"
            )
        return None

    @property
    def unsaved(self) -> list[Annotation]:
        """What the reader wrote that never reached the store (printed by the CLI at exit)."""
        return [job.payload for job in self.saver.failed if job.payload is not None]

    def _check_store(self) -> None:
        """Retry failed saves; pick up annotations written by another postil (the CLI or a
        second TUI) and tell the screens (:attr:`store_changed`)."""
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
            self.store_changed.publish(None)
        self._check_library()

    def _check_library(self) -> None:
        """List the kept library again when its folder changed since the last look."""
        library = self.workspace.library
        version = library.kept_version()
        if version != self._kept_version:
            self._kept_version = version
            library.reload_kept()
            self.library_changed.publish(None)


def create_app(
    workspace: Workspace, *, open_article: str | None = None, settings: Settings | None = None
) -> PostilApp:
    """The app over ``workspace``: the factory tests and the CLI both use. ``settings`` (the
    theme, remapped keys) default to ``config.toml``'s; a file that cannot be read was already
    reported by the CLI, so here it only means defaults."""
    if settings is None:
        try:
            settings = load_settings()
        except ConfigError:
            settings = Settings()
    return PostilApp(workspace, open_article=open_article, settings=settings)
