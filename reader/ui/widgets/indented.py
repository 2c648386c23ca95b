"""A list row's text wrapped under its own start: every line after the first indented as far
as the text began on the first.

An OptionList wraps a long prompt at its width and starts each further line at the left edge,
under the swatches and titles of the rows, where it reads as a row of its own. A row wrapped
here is wrapped before the list sees it (the list is given the width), so it wraps nothing.
"""

from __future__ import annotations

from textual.content import Content

#: Narrower than this, the text is left to the list to wrap (or the list is not laid out yet).
NARROWEST = 10


def indented(prefix: Content | str, body: Content | str, width: int) -> Content:
    """``prefix`` then ``body``, wrapped at ``width`` with each further line starting under
    the body's first character."""
    head = prefix if isinstance(prefix, Content) else Content(prefix)
    text = body if isinstance(body, Content) else Content(body)
    if width - head.cell_length < NARROWEST:
        return head + text
    lines = text.wrap(width - head.cell_length)
    margin = Content(" " * head.cell_length)
    return Content("\n").join([head + lines[0], *(margin + line for line in lines[1:])])
