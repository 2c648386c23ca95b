"""Finding what a reader typed in an article, whatever quote marks, dashes or spacing it has.

Articles use curly quotes and en dashes; keyboards type straight ones. ``postil annotate
--quote`` and the article search both match through :func:`loose_pattern`.
"""

from __future__ import annotations

import re

_VARIANTS = {
    "'": "['‘’`]",
    "‘": "['‘’`]",
    "’": "['‘’`]",
    "`": "['‘’`]",
    '"': '["“”]',
    "“": '["“”]',
    "”": '["“”]',
    "-": "[-‐‑–—]",
    "‐": "[-‐‑–—]",
    "–": "[-‐‑–—]",
    "—": "[-‐‑–—]",
}


def loose_pattern(text: str, *, ignore_case: bool = False) -> re.Pattern[str] | None:
    """A pattern for ``text`` where any run of white space matches any other, and quote marks
    and dashes match their typographic variants; ``None`` for blank ``text``."""
    words = text.split()
    if not words:
        return None
    parts = ["".join(_VARIANTS.get(char, re.escape(char)) for char in word) for word in words]
    return re.compile(r"\s+".join(parts), re.IGNORECASE if ignore_case else 0)
