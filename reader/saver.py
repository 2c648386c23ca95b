"""Store writes off the UI thread: one at a time, in the order they were asked for.

Order matters: an edit made right after a highlight must not overtake its save, and a delete
must not run before the add it undoes. Completion matters too: the app waits for the queue
before it exits, and the queue's thread is not a daemon, so even a crash lets every accepted
write finish. A save is only reported on screen once the store says it is durable.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class Saver:
    """A single-thread queue of store writes."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="postil-save")

    def submit(self, work: Callable[[], T]) -> Future[T]:
        """Queue ``work``; its future completes (or fails) once it ran."""
        return self._executor.submit(work)

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
