"""Writing the front matter of a kept article: YAML that is also JSON, value by value.

Each value is written as a JSON string, number or list of strings, which YAML reads as the same
double-quoted scalar or flow sequence, so Obsidian, pandoc or a script with PyYAML read it, and
a title full of quotes, colons or newlines cannot break out of its line. postil's own reader
(:func:`reader.library.markdown.front_matter`) decodes the same forms.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

Value = str | int | Sequence[str] | None

#: A value longer than this is cut: front matter is metadata, not a second article.
MAX_VALUE = 2000


def _encode(value: str | int | Sequence[str]) -> str:
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value[:MAX_VALUE], ensure_ascii=False)
    return json.dumps([str(item)[:MAX_VALUE] for item in value][:50], ensure_ascii=False)


def render(fields: Mapping[str, Value]) -> str:
    """``---`` block of the non-empty ``fields`` in the order given, and a blank line after."""
    lines = ["---"]
    for key, value in fields.items():
        if value is None or value == "" or (not isinstance(value, str | int) and not value):
            continue
        lines.append(f"{key}: {_encode(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def authors_of(raw: str | None) -> tuple[str, ...]:
    """The authors a front matter value names: a JSON list, or one name, or none."""
    if not raw:
        return ()
    if raw.startswith("["):
        try:
            names = json.loads(raw)
        except ValueError:
            names = None
        if isinstance(names, list):
            return tuple(str(name).strip() for name in names if str(name).strip())
    return (raw.strip(),)
