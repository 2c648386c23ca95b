"""What the article screen says when its article cannot be opened: why, how to go back, and
the highlights kept for it.

A highlight outlives its article: removing an added article keeps its highlights, and a file
may be moved or deleted outside postil. Opening such a highlight (from tags, find or search)
used to show only the library's error, with a hint at a shell command and no way back on
screen; the reader now sees what they wrote there.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotations.inert import one_line
from annotations.model import Annotation
from reader.library import ArticleError
from reader.text.wording import plural

#: Highlights listed at most (the others are counted).
MAX_SHOWN = 20
#: Characters of a quote or note shown, at most.
MAX_CHARS = 300


def unavailable_text(error: Exception, kept: Sequence[Annotation]) -> tuple[str, str]:
    """What the screen says for ``error`` (the article's own, or not found): the reason with
    the way back, and the highlights ``kept`` for the article ("" if none)."""
    if isinstance(error, ArticleError):
        reason = f"This article cannot be opened: {one_line(str(error))}"
    else:
        reason = "This article is no longer in the library: it was removed, or its file moved."
    return f"{reason}\nEsc goes back.", _kept_text(kept)


def _kept_text(kept: Sequence[Annotation]) -> str:
    if not kept:
        return ""
    title = one_line(kept[0].article_title, 120)
    lines = [
        f"Its {plural(len(kept), 'highlight')}, kept" + (f" (on “{title}”):" if title else ":")
    ]
    for annotation in kept[:MAX_SHOWN]:
        lines += ["", f"“{one_line(annotation.selector.exact, MAX_CHARS)}”"]
        tags = " ".join(f"#{tag}" for tag in annotation.tags)
        note = one_line(annotation.note, MAX_CHARS)
        if tags or note:
            lines.append("  ".join(part for part in (tags, note) if part))
    if len(kept) > MAX_SHOWN:
        lines += ["", f"… and {len(kept) - MAX_SHOWN} more (postil export lists them all)"]
    return "\n".join(lines)
