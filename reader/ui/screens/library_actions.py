"""The library screen's keys for the kept library: add (A), refresh feeds (R), read/unread (r),
archive (z), remove (delete). A mixin of :class:`~reader.ui.screens.library.LibraryScreen`, kept
apart so that screen stays about listing.

Adding and refreshing run in a worker thread (fetching may take seconds; feeds are fetched
concurrently, a progress bar counts them); the list is rebuilt when they end.
Removing asks first; a removed article's highlights stay in the store, as orphans.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work
from textual.css.query import NoMatches

from reader.collection.state import state_of
from reader.library.entries import kept_stem

if TYPE_CHECKING:
    from textual.widgets import ProgressBar

    from reader.collection.kept import Collection
    from reader.ui.screens.filtered_list import FilteredListScreen

    _Screen = FilteredListScreen
else:
    _Screen = object  # at run time a plain mixin; the library screen brings the screen


class KeptActions(_Screen):
    """Mixed into the library screen (a FilteredListScreen: its list, status line, app)."""

    def reload_entries(self) -> None:  # the screen re-reads the library's entries
        raise NotImplementedError

    def _collection(self) -> Collection | None:
        folder = self.postil.workspace.library.kept
        if folder is None:
            self.notify("There is no kept library when postil is opened on paths.")
            return None
        from reader.collection.kept import Collection  # adding and removing: not for listing

        return Collection(folder)

    def _highlighted(self) -> tuple[Collection, str, str] | None:
        """The kept article under the cursor: (collection, stem, id), or None (said why)."""
        option = self.main_list.highlighted_option
        collection = self._collection()
        if option is None or option.id is None or collection is None:
            return None
        stem = kept_stem(option.id)
        if stem is None:
            self.notify("Only articles you added can be marked or removed.")
            return None
        return collection, stem, option.id

    # ------------------------------------------------------------------ add

    def action_add_article(self) -> None:
        from reader.ui.dialogs.prompt import PromptDialog

        def answered(source: str | None) -> None:
            if source:
                self.notify(f"Adding {source[:80]}…", timeout=3)
                self._add(source)

        self.app.push_screen(
            PromptDialog("Add a page, a feed (URL), a file or a folder:"), answered
        )

    @work(thread=True, group="add", exit_on_error=False)
    def _add(self, source: str) -> None:
        from reader.cli.library_commands import fetch_options
        from reader.collection.adding import Adder, Failure

        collection = self._collection()
        if collection is None:
            return
        say = self.app.call_from_thread
        adder = Adder(collection, fetch_options(), progress=lambda m: say(self._progress, m))
        added: list[str] = []
        failed = 0
        try:
            for result in adder.add(source):
                if isinstance(result, Failure):
                    failed += 1
                    say(self.notify, f"Not added: {result.message}", severity="error", timeout=10)
                elif result.status == "added":
                    added.append(result.article_id)
                elif result.status == "exists":
                    say(self.notify, f"Already in the library: {result.title}")
        finally:
            adder.close()
        say(self._added, len(added), failed)
        if added:  # searchable at once, at the cost of these articles only
            self.postil.indexing.index_kept(self.postil.workspace, added)

    def _progress(self, message: str) -> None:
        self.set_status(f" {message}…")

    def _added(self, added: int, failed: int) -> None:
        self.postil.workspace.library.reload_kept()
        self.reload_entries()
        if added:
            self.notify(f"Added {added} article{'s' * (added != 1)}.")

    # ------------------------------------------------------------------ refresh

    def action_refresh_feeds(self) -> None:
        from reader.collection.feeds import load_feeds

        collection = self._collection()
        if collection is None:
            return
        feeds = load_feeds(collection)
        if not feeds:
            self.notify("No feeds yet: A adds a feed by its URL.")
            return
        bar = self._refresh_bar()
        bar.update(total=len(feeds), progress=0)
        bar.add_class("-busy")
        self.set_status(f" Refreshing {len(feeds)} feed{'s' * (len(feeds) != 1)}…")
        self._refresh(collection, bar, len(feeds))

    def _refresh_bar(self) -> ProgressBar:
        """The feeds' progress bar under the list, mounted by the first refresh: most sessions
        never refresh, and the bar (three widgets with their styles) on the first frame was a
        tenth of the library screen's start-up."""
        from textual.widgets import ProgressBar

        try:
            return self.query_one("#refresh-progress", ProgressBar)
        except NoMatches:
            bar = ProgressBar(id="refresh-progress", show_eta=False)
            self.mount(bar, after=self.main_list)
            return bar

    @work(thread=True, group="refresh", exclusive=True, exit_on_error=False)
    def _refresh(self, collection: Collection, bar: ProgressBar, feeds: int) -> None:
        from reader.cli.library_commands import fetch_options
        from reader.collection.adding import Adder
        from reader.collection.refresh import refresh_feeds
        from reader.collection.refresh_summary import refresh_summary

        say = self.app.call_from_thread
        adder = Adder(collection, fetch_options())
        try:
            report = refresh_feeds(adder, lambda done, _: say(bar.update, progress=done))
        finally:
            adder.close()
            say(bar.remove_class, "-busy")
        say(self._refreshed, refresh_summary(report, feeds))

    def _refreshed(self, summary: tuple[str, list[str]]) -> None:
        line, errors = summary
        self.postil.workspace.library.reload_kept()
        self.reload_entries()
        for error in errors[:5]:
            self.notify(error, severity="error", timeout=10)
        self.notify(line)

    # ------------------------------------------------------------------ state

    def _set_state(self, state_for: Any) -> None:
        picked = self._highlighted()
        if picked is None:
            return
        collection, stem, _ = picked
        state = state_for(collection.state(stem).state)
        collection.set_state(stem, state)
        self.notify(f"Marked {state}.")
        self.reload_entries()

    def action_toggle_read(self) -> None:
        self._set_state(lambda now: "unread" if now == "read" else "read")

    def action_toggle_archived(self) -> None:
        self._set_state(lambda now: "read" if now == "archived" else "archived")

    def action_remove_article(self) -> None:
        from reader.ui.dialogs.confirm import ConfirmDialog

        picked = self._highlighted()
        if picked is None:
            return
        collection, stem, article_id = picked
        count = len(self.postil.workspace.store.for_article(article_id))
        kept = f" Its {count} highlight(s) are kept, listed as orphans." if count else ""

        def answered(remove: bool | None) -> None:
            if remove:
                collection.remove(stem)
                self.postil.workspace.library.reload_kept()
                self.reload_entries()
                self.notify("Removed from the library." + (" Highlights kept." if count else ""))

        self.app.push_screen(ConfirmDialog(f"Remove this article?{kept}", "Remove"), answered)

    def state_label(self, article_id: str) -> str:
        """`` · read`` / `` · archived`` for a kept article (unread says nothing)."""
        folder = self.postil.workspace.library.kept
        stem = kept_stem(article_id)
        if folder is None or stem is None:
            return ""
        state = state_of(folder, stem).state
        return "" if state == "unread" else f" · {state}"
