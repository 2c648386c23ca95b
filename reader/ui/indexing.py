"""The search index, brought up to date in the background once per session.

Started after the library's first frame (the library never waits for it); the search screen
shows its progress and searches the index as it is meanwhile (tantivy commits every few
thousand articles, so results grow as it builds). Recognition runs on every core in worker
processes for a large first build, inline in this thread for a few changed articles.

Two passes (:mod:`reader.search.changes`): a quick one by folder, which finds articles added,
removed, moved or saved anew at the cost of the folders that changed, then a full one that stats
every file, for files rewritten in place; searches see the first pass's results meanwhile.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.search.builder import UpdateReport
    from reader.workspace import Workspace

#: Seconds the session's update waits for an index another writer holds, before searching
#: the index as it is.
BUSY_WAIT = 5.0


@dataclass
class BackgroundIndex:
    """Progress of this session's index update, read by screens from the UI thread."""

    done: int = 0
    total: int = 0
    running: bool = False
    finished: bool = False
    error: str | None = None
    notice: str | None = None
    report: UpdateReport | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)

    def cancel(self) -> None:
        """End a running update soon (postil is quitting); what was indexed is kept."""
        self._stop.set()

    def claim(self) -> bool:
        """True once: the caller runs the update."""
        with self._lock:
            if self.running or self.finished:
                return False
            self.running = True
            return True

    def run(self, workspace: Workspace) -> None:
        """(In a worker thread) update the index of ``workspace``'s library and highlights."""
        from reader.search.index import IndexBusy

        def progress(done: int, total: int) -> None:
            self.done, self.total = done, total

        try:
            index = workspace.entities.search_index()
            self.notice = index.notice
            # A highlight sync or another postil's small update holds the lock only briefly.
            self.report = index.update(
                workspace.library,
                workspace.store,
                progress=progress,
                stop=self._stop,
                wait=BUSY_WAIT,
            )
            if not self._stop.is_set():
                full = index.update(
                    workspace.library, check="full", progress=progress, stop=self._stop
                )
                self.report.indexed += full.indexed
        except IndexBusy as error:
            self.error = f"{error}; searching the index as it is"
        except Exception as error:  # never the session's end: searching still works as it can
            self.error = f"could not update the search index: {error}"
        finally:
            self.running, self.finished = False, True

    def index_kept(self, workspace: Workspace, ids: list[str]) -> None:
        """(In a worker thread) index the kept articles just added, and nothing else: their
        cost, not the library's (skipped while the session's update runs: it, or the next
        one, finds them, their folder having changed)."""
        from reader.search.added import index_added

        if self.running:
            return
        try:
            index_added(workspace.entities, workspace.library, ids)
        except Exception as error:  # never the session's end: the next update tries again
            self.error = f"could not index the added articles: {error}"

    def take_notice(self) -> str | None:
        """Why the index was rebuilt, once (for the screen to say once)."""
        notice, self.notice = self.notice, None
        return notice

    def status(self) -> str:
        """One line for a status bar: progress, or what went wrong, or nothing."""
        if self.running:
            if self.total:
                percent = 100 * self.done // self.total
                return f"indexing {self.done:,}/{self.total:,} articles ({percent}%)…"
            return "checking the library for changes…"
        return self.error or ""
