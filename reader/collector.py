"""Python's cyclic garbage collector, paused where a process makes many objects that all stay.

Starting the TUI creates tens of thousands of objects (modules, classes, styles, widgets),
most of which stay, yet the collector, triggered by allocation counts, ran about a hundred
times before the first frame: 19 ms of the start-up, about a fifth of what postil adds
to a bare Textual app. Paused, those objects are only counted; the collector resumes when the
first frame is out and the store is open (``PostilApp.on_ready``). Only the ``postil`` command
pauses it: an app made by a test or a script never had it paused.

What start-up made and still holds (modules, classes, styles, the library's widgets, the
highlights) lives as long as the session, so when collection resumes those objects are
collected once and then frozen (``gc.freeze``): later collections walk only what the session
makes after them. Every full collection used to walk them all again, a third of the CPU of
opening the highlight dialog, a panel or help (measured: ``a`` 180-200 ms, help 137-156 ms;
frozen, 105 and 77 ms, as with no collector at all). What refcounting frees is freed as
before; only cyclic garbage among the frozen objects would stay, and the collection just
before the freeze leaves none.

:func:`paused` pauses it around a block (nothing is frozen): ``postil list`` makes hundreds
of thousands of summaries and rows that live to its end, and collections were 15% of a
cached list.
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
    """Collect automatically again, if :func:`pause` stopped it (a no-op otherwise), after
    one collection, with what survives it frozen out of the collector's way."""
    global _paused
    if _paused:
        _paused = False
        gc.collect()
        gc.freeze()
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
