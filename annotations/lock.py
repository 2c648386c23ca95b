"""The inter-process lock beside an annotation file: ``flock`` on a lock file, nothing more.

postil used ``filelock`` for this; importing it costs about as much as the rest of the store
(tens of ms, measured with ``python -X importtime``), before the TUI's first frame. On POSIX
the lock it takes is an ``fcntl.flock`` on an open file, which is all this module does; on
other systems (no ``fcntl``) ``filelock`` is still used, imported only there.

The lock is held by the open file description, so it is released when the holder closes it or
dies (``kill -9`` included): a stale lock file never blocks anyone. Re-entrant within a process
(a count, like ``filelock``'s), not tied to a thread: the store serialises its own threads.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Protocol

#: Seconds between two tries while another process holds the lock.
POLL_SECONDS = 0.02


class LockTimeout(Exception):
    """Another process held the lock for longer than the timeout."""


class InterProcessLock(Protocol):
    """What the store needs of a lock."""

    def acquire(self, timeout: float | None = None) -> None: ...

    def release(self) -> None: ...


class FlockLock:
    """An exclusive ``flock`` on ``path`` (created 0600 if missing), waited for up to ``timeout``
    seconds; OSError if the lock file cannot be opened (a read-only folder)."""

    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self._fd: int | None = None
        self._depth = 0

    def acquire(self, timeout: float | None = None) -> None:
        """Take the lock, waiting up to ``timeout`` seconds (the lock's own if None; 0 tries
        once); LockTimeout if another process still holds it."""
        if self._depth:
            self._depth += 1
            return
        import fcntl

        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise LockTimeout(str(self.path)) from None
                time.sleep(POLL_SECONDS)
            except OSError:
                os.close(fd)
                raise
        self._fd = fd
        self._depth = 1

    def release(self) -> None:
        if self._depth == 0:
            return
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # closing the description drops the flock


class _FileLockAdapter:
    """``filelock`` where there is no ``fcntl``, with the same timeout error."""

    def __init__(self, path: Path, timeout: float) -> None:
        from filelock import FileLock

        self._lock = FileLock(path, timeout=timeout, mode=0o600, thread_local=False)

    def acquire(self, timeout: float | None = None) -> None:
        from filelock import Timeout

        try:
            self._lock.acquire(timeout=timeout)
        except Timeout:
            raise LockTimeout(str(self._lock.lock_file)) from None

    def release(self) -> None:
        self._lock.release()


def make_lock(path: Path, timeout: float) -> InterProcessLock:
    """The lock on ``path`` for this system."""
    if os.name == "posix":
        return FlockLock(path, timeout)
    return _FileLockAdapter(path, timeout)  # pragma: no cover - no Windows CI
