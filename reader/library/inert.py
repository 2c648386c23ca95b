"""Terminal safety for articles: control characters are shown, never obeyed.

The implementation is :mod:`annotations.inert`, the one place postil makes untrusted text inert
(the article library, the command line, the TUI and the Markdown export share it); these names
stay importable from here for the library's modules.
"""

from __future__ import annotations

from annotations.inert import (
    display_name,
    inert_json,
    is_inert,
    make_inert,
    one_line,
    utf8_is_inert,
)

__all__ = ["display_name", "inert_json", "is_inert", "make_inert", "one_line", "utf8_is_inert"]
