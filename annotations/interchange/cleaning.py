"""Imported text made safe to keep: no control characters, bounded sizes, one time format.

An import file is untrusted. Its notes are kept as the author wrote them (HTML, Markdown and
backslashes stay text: showing them inertly is the screen's job), but control characters
other than tab and newline are dropped, so no escape sequence is stored, and every field has
an upper size so one file cannot fill the store.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

#: Longest quote, note, title, tag and field a record may carry (characters); an annotation
#: over a limit is skipped with its reason, never cut silently.
MAX_QUOTE = 20_000
MAX_NOTE = 100_000
MAX_FIELD = 2_000
MAX_TAG = 200
MAX_TAGS = 100

# C0 except \t and \n, DEL, C1; and lone surrogates (from "\ud800" escapes in JSON), which
# cannot be written as UTF-8.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


# Postil's own form, with a day that exists in every month (29-31 take the full parse).
_STORED = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ")


def clean_text(value: str) -> str:
    """``value`` with line ends as ``"\\n"`` and every other control character removed."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", value)


def utc_timestamp(value: object) -> str:
    """An ISO 8601 date-time as postil stores it (``YYYY-MM-DDTHH:MM:SSZ``, UTC), else ``""``.

    Accepts what the tools write: ``Z`` or any offset, fractions of a second (dropped), a
    bare date (midnight); a time without a zone is taken as UTC.
    """
    if not isinstance(value, str) or not 10 <= len(value.strip()) <= 64:
        return ""
    if _STORED.fullmatch(value):  # already in postil's form (its own exports): the usual case
        return value
    text = value.strip()
    if text[-1:] in "zZ":
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, ValueError):  # year 1 minus an offset
        return ""
