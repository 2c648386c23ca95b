"""User settings from ``config.toml``: which entity recognizer, where exports and the kept
library go, the limits of fetching web pages, the theme and remapped keys.

The file is optional and small, so a reader sets a choice once instead of passing a flag each
time::

    # ~/.config/postil/config.toml (or the file $POSTIL_CONFIG names)
    ner = "spacy:en_core_web_sm"      # default "builtin"
    export_dir = "~/notes/postil"     # default ~/Documents/postil
    library = "~/news/postil"         # the kept library; default: beside annotations.json
    fetch_timeout = 20                # seconds to wait for a web server
    max_page_mb = 20                  # pages and feeds larger than this are refused
    export_mode = "0644"              # permissions of exported files; default "0600"
    creator = "Ana Reader"            # names you in the W3C export; default: nobody
    base_iri = "https://notes.example/anno/"  # exported ids under it; default urn:uuid:
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
from typing import Any


class ConfigError(Exception):
    """The settings file is unreadable or holds a value of the wrong kind."""


@dataclass(frozen=True)
class Settings:
    """The user's settings; every field has a working default."""

    ner: str = "builtin"
    export_dir: Path | None = None
    library: Path | None = None
    fetch_timeout: float = 20.0
    max_page_mb: float = 20.0
    #: Exports hold private notes: owner-only unless the user chooses to share them.
    export_mode: int = 0o600
    #: Who the W3C export names as the creator of your highlights (empty: nobody).
    creator: str = ""
    #: An IRI to name exported annotations under (``<base_iri><id>``) instead of ``urn:uuid:``.
    base_iri: str = ""
    #: A Textual theme name (``None``: Textual's default, textual-dark).
    theme: str | None = None
    #: Binding id -> key or comma-separated keys, for Textual's keymap.
    keys: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


#: The settings the file may hold: strings, positive numbers, and the ``[keys]`` table.
_STRINGS = ("ner", "export_dir", "export_mode", "library", "creator", "base_iri", "theme")
_NUMBERS = ("fetch_timeout", "max_page_mb")
KNOWN = (*_STRINGS, *_NUMBERS, "keys")


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
    return _settings(path, data)


def _settings(path: Path, data: dict[str, Any]) -> Settings:
    unknown = sorted(set(data) - set(KNOWN))
    if unknown:
        raise ConfigError(
            f"settings file {path}: unknown setting {unknown[0]!r} (known: {', '.join(KNOWN)})"
        )
    for key in _STRINGS:
        if key in data and not isinstance(data[key], str):
            raise ConfigError(f"settings file {path}: {key} must be a string")
    for key in _NUMBERS:
        value = data.get(key, 1)
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise ConfigError(f"settings file {path}: {key} must be a positive number")
    export_dir, library = data.get("export_dir"), data.get("library")
    base_iri = data.get("base_iri", "").strip()
    if base_iri and (":" not in base_iri or any(c.isspace() for c in base_iri)):
        raise ConfigError(f"settings file {path}: base_iri must be an absolute IRI (https://…)")
    return Settings(
        ner=data.get("ner", "builtin").strip() or "builtin",
        export_dir=Path(export_dir).expanduser() if export_dir else None,
        library=Path(library).expanduser() if library else None,
        fetch_timeout=float(data.get("fetch_timeout", 20.0)),
        max_page_mb=float(data.get("max_page_mb", 20.0)),
        export_mode=_file_mode(path, data.get("export_mode", "0600")),
        creator=" ".join(data.get("creator", "").split()),
        base_iri=base_iri,
        theme=data.get("theme", "").strip() or None,
        keys=_keys(data.get("keys", {}), path),
    )


def _file_mode(path: Path, value: str) -> int:
    """An octal file mode such as ``"0644"``: readable and writable by its owner, never
    executable, nothing beyond the permission bits."""
    mode = int(value, 8) if re.fullmatch(r"0?[0-7]{3}", value.strip()) else -1
    if mode < 0 or mode & 0o600 != 0o600 or mode & 0o111:
        raise ConfigError(
            f'settings file {path}: export_mode must be an octal mode such as "0600" or '
            f'"0644" (owner read and write, no execute), not {value!r}'
        )
    return mode


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
    was. Written atomically and privately (0600 in a 0700 folder), so a crash never leaves a
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
    from annotations.files import atomic_write, make_private_dirs

    make_private_dirs(path.parent)
    atomic_write(path, (head + tail).encode("utf-8"))


def _toml_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')
