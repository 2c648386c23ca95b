"""Python's cyclic garbage collector, paused where a process makes many objects that all stay.

Starting the TUI creates a few hundred thousand objects (modules, classes, styles, widgets) and
frees almost none of them, yet the collector, triggered by allocation counts, ran about a
hundred times before the first frame: 19 ms of the start-up, about a fifth of what postil adds
to a bare Textual app. Paused, those objects are only counted; the collector resumes when the
first frame is out (``PostilApp.on_ready``), so a long session is collected as usual. Only the
``postil`` command pauses it: an app made by a test or a script never had it paused.

:func:`paused` does the same around a block: ``postil list`` makes hundreds of thousands of
summaries and rows that live to its end, and collections were 15% of a cached list.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_paused = False


def pause() -> None:
    """Stop automatic collection until :func:`resume` (the TUI's start-up only)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Collect automatically again, if :func:`pause` stopped it (a no-op otherwise)."""
    global _paused
    if _paused:
        _paused = False
        gc.enable()


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside the block; as it was before, after it (even on error)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
