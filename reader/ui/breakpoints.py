"""The breakpoint classes a screen starts with, so that its first resize changes nothing.

Textual gives a screen its breakpoint classes (``HORIZONTAL_BREAKPOINTS`` and
``VERTICAL_BREAKPOINTS``: ``-narrow``, ``-wide``...) when the screen's first Resize arrives,
after it was mounted and styled. A class changed then restyles every widget on the screen a
second time: 8 ms of the highlight dialog's 180 ms of CPU. A screen made with the classes of
the terminal's current size is styled once; later resizes still go through Textual.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.geometry import Size
from textual.screen import Screen


def breakpoint_classes(screen: Screen[Any], app: App[Any], size: Size) -> set[str]:
    """The classes Textual would give ``screen`` at ``size``: per direction, the class of the
    largest breakpoint the dimension reaches (the screen's breakpoints, else the app's)."""
    classes = set()
    for dimension, own, default in (
        (size.width, screen.HORIZONTAL_BREAKPOINTS, app.HORIZONTAL_BREAKPOINTS),
        (size.height, screen.VERTICAL_BREAKPOINTS, app.VERTICAL_BREAKPOINTS),
    ):
        points = (default if own is None else own) or []
        reached = [point for point in points if dimension >= point[0]]
        if reached:
            classes.add(max(reached)[1])
    return classes


def start_at_breakpoints(screen: Screen[Any]) -> None:
    """Give ``screen`` (being made, not mounted yet) its classes for the terminal's size now.

    Outside a running app (a screen made in a unit test) there is no size: nothing is done,
    and Textual sets the classes on the first resize as usual.
    """
    try:
        app = screen.app
    except RuntimeError:  # Textual's NoActiveAppError (from a private module) is one
        return
    found = breakpoint_classes(screen, app, app.size)
    if found:
        screen.add_class(*found, update=False)
