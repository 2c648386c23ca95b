"""Store writes off the UI thread: one at a time, in the order they were asked for.

Order matters: an edit made right after a highlight must not overtake its save, and a delete
must not run before the add it undoes. Completion matters too: the app waits for the queue
before it exits, and the queue's thread is not a daemon, so even a crash lets every accepted
write finish. A save is only reported on screen once the store says it is durable.

A write that fails (a full disk, a lock held too long by another program) is kept and tried
again; what the reader wrote is never thrown away (see :class:`SaveJob.payload`).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotations.model import Annotation


@dataclass(eq=False)
class SaveJob:
    """One store write and what to do when it is done."""

    work: Callable[[], Any]
    description: str
    on_done: Callable[[Any], None] | None = None
    #: What the reader wrote, printed at exit if it could never be saved.
    payload: Annotation | None = None
    running: bool = field(default=False, repr=False)


class Saver:
    """A single-thread queue of store writes, and the writes that failed."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="postil-save")
        #: Failed writes, oldest first, until a retry succeeds.
        self.failed: list[SaveJob] = []

    def submit(self, job: SaveJob, report: Callable[[SaveJob, Future[Any]], None]) -> None:
        """Queue ``job``; ``report(job, future)`` is called from the saver thread when it ran."""
        job.running = True

        def finished(future: Future[Any]) -> None:
            job.running = False
            report(job, future)

        self._executor.submit(job.work).add_done_callback(finished)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until everything queued so far has run; ``False`` on timeout."""
        marker = self._executor.submit(lambda: None)
        try:
            marker.result(timeout=timeout)
        except TimeoutError:
            return False
        return True

    def shutdown(self) -> None:
        """Run what is queued, then stop the thread."""
        self._executor.shutdown(wait=True)
