"""Where recognition runs: in this process, on every local core, or on a dask cluster.

The builder takes any :class:`concurrent.futures.Executor`. A few texts are recognised in
this process (starting worker processes costs more than it saves); more go to a local
process pool of all cores, started with ``spawn`` so a threaded TUI is never forked.
``postil index --dask ADDRESS`` passes a ``dask.distributed`` Client, which is an executor
too: its :meth:`get_executor` is a standard executor (``pip install 'postil[dask]'``).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any


class InlineExecutor(Executor):
    """Runs each task at once in the calling thread: for a handful of articles."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as error:
            future.set_exception(error)
        return future


def cores() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def process_pool(workers: int | None = None) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes (default: every core)."""
    context = multiprocessing.get_context("spawn")
    _start_resource_tracker()
    return ProcessPoolExecutor(max_workers=workers or cores(), mp_context=context)


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker now, if it is not running, when ``sys.stderr``
    has no real file: the TUI's (Textual's capture) says its descriptor is -1, which the
    tracker passes on to its process, whose start then failed ("bad value(s) in fds_to_keep")
    and every index update of more than a few articles with it. The tracker is started with
    no standard error at all: under the TUI, that is the screen."""
    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable:
        return  # the tracker starts as usual with the pool's first semaphore
    from multiprocessing import resource_tracker

    saved = sys.stderr
    sys.stderr = None  # type: ignore[assignment]  # the tracker then keeps no descriptor
    try:
        resource_tracker.ensure_running()
    finally:
        sys.stderr = saved


class DaskUnavailable(Exception):
    """``--dask`` was given but dask.distributed is not installed or the scheduler is away."""


@contextmanager
def dask_executor(address: str) -> Iterator[Executor]:
    """An executor on the dask cluster whose scheduler is at ``address``, closed on exit."""
    try:
        from distributed import Client
    except ImportError:
        raise DaskUnavailable("--dask needs dask.distributed: pip install 'postil[dask]'") from None
    try:
        client = Client(address, timeout=10)
    except (OSError, TimeoutError, ValueError) as error:
        raise DaskUnavailable(f"cannot reach the dask scheduler at {address}: {error}") from None
    try:
        yield client.get_executor()
    finally:
        client.close()
