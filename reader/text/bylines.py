"""How an article's authors are shown to a reader, alike in the library's rows, the article's
header, search results and ``postil list`` / ``show``: the first two by name, "et al." for the
rest (a wire story may credit a dozen people, and a row has one line). Exports cite them all."""

from __future__ import annotations

from collections.abc import Sequence

#: Authors named before "et al.".
NAMED = 2


def shown_authors(authors: Sequence[str]) -> str:
    """``"Jane Roe, Sam Oak et al."``; empty when no author is known."""
    named = ", ".join(authors[:NAMED])
    return named + (" et al." if len(authors) > NAMED else "")
