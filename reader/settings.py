"""User settings from ``config.toml``: which entity recognizer, where exports go, the theme
and remapped keys.

The file is optional and small, so a reader sets a choice once instead of passing a flag each
time::

    # ~/.config/postil/config.toml (or the file $POSTIL_CONFIG names)
    ner = "spacy:en_core_web_sm"      # default "builtin"
    export_dir = "~/notes/postil"     # default ~/Documents/postil
    theme = "textual-light"           # written by the TUI when the theme is changed

    [keys]                            # binding id = key(s); ids are listed by ? in the TUI
    "library.export" = "X"

Command-line flags and environment variables (``--ner``, ``POSTIL_EXPORT_DIR``) win over the
file. A file that cannot be read or parsed is a one-line :class:`ConfigError`, never a guess.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

#: The settings a file may hold (``keys`` is a table).
KNOWN = ("ner", "export_dir", "theme", "keys")


class ConfigError(Exception):
    """The settings file is unreadable or holds a value of the wrong kind."""


@dataclass(frozen=True)
class Settings:
    """The user's settings; every field has a working default."""

    ner: str = "builtin"
    export_dir: Path | None = None
    #: A Textual theme name (``None``: Textual's default, textual-dark).
    theme: str | None = None
    #: Binding id -> key or comma-separated keys, for Textual's keymap.
    keys: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


def config_path() -> Path:
    """``$POSTIL_CONFIG``, else ``config.toml`` in the user config folder."""
    configured = os.environ.get("POSTIL_CONFIG")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("postil", appauthor=False)) / "config.toml"


def load_settings(path: Path | None = None) -> Settings:
    """Settings from ``path`` (default :func:`config_path`); defaults if there is no file."""
    path = path or config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as error:
        raise ConfigError(f"cannot read settings file {path}: {error.strerror or error}") from None
    import tomllib  # only when there is a file to read

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"settings file {path} is not valid TOML: {error}") from None
    unknown = sorted(set(data) - set(KNOWN))
    if unknown:
        raise ConfigError(
            f"settings file {path}: unknown setting {unknown[0]!r} (known: {', '.join(KNOWN)})"
        )
    for key in ("ner", "export_dir", "theme"):
        if key in data and not isinstance(data[key], str):
            raise ConfigError(f"settings file {path}: {key} must be a string")
    export_dir = data.get("export_dir")
    return Settings(
        ner=data.get("ner", "builtin").strip() or "builtin",
        export_dir=Path(export_dir).expanduser() if export_dir else None,
        theme=data.get("theme", "").strip() or None,
        keys=_keys(data.get("keys", {}), path),
    )


def _keys(table: object, path: Path) -> Mapping[str, str]:
    """The ``[keys]`` table: binding ids to key strings (which ids exist, the TUI checks)."""
    if not isinstance(table, dict) or not all(
        isinstance(key, str) and isinstance(value, str) and value.strip()
        for key, value in table.items()
    ):
        raise ConfigError(
            f"settings file {path}: [keys] must map binding ids to keys, "
            'e.g. "library.export" = "X"'
        )
    return MappingProxyType({key: value.strip() for key, value in table.items()})


_THEME_LINE = re.compile(r"^theme\s*=.*$", re.MULTILINE)
_FIRST_TABLE = re.compile(r"^\s*\[", re.MULTILINE)


def save_theme(theme: str, path: Path | None = None) -> None:
    """Remember ``theme`` in the settings file, keeping every other line (and comment) as it
    was. Written to a temporary file and renamed over the old one, so a crash never leaves a
    half-written file (and the next start never fails on it)."""
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    line = f'theme = "{_toml_escape(theme)}"'
    table = _FIRST_TABLE.search(text)  # top-level keys come before the first [table]
    at = table.start() if table else len(text)
    head, tail = text[:at], text[at:]
    if _THEME_LINE.search(head):
        head = _THEME_LINE.sub(lambda _: line, head, count=1)
    else:
        if head and not head.endswith("\n"):
            head += "\n"
        head += line + "\n"
    text = head + tail
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _toml_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')
