"""``[keys]`` of ``config.toml``: remap any binding by its id, checked once at start.

Textual applies a keymap itself (:meth:`App.set_keymap`), so the footer, ``?`` and the
palette show the new keys. What it cannot say is that an id does not exist (a typo does
nothing) or that a new key is already taken; this module finds both before the first frame,
for one warning instead of a key that silently does nothing.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from textual.binding import Binding
from textual.dom import DOMNode

import reader.ui
from reader.ui.keys import group_of


@dataclass
class KeymapCheck:
    """The remappings that can be applied, and what is wrong with the others."""

    keymap: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def warning(self) -> str | None:
        """One message for every problem, or ``None``."""
        if not self.problems:
            return None
        return "[keys] in config.toml: " + "; ".join(self.problems) + " (? lists the ids)"


def _ui_classes() -> list[type[DOMNode]]:
    """Every screen, widget and the app of postil's UI (their modules imported first)."""
    for module in pkgutil.walk_packages(reader.ui.__path__, "reader.ui."):
        importlib.import_module(module.name)

    def walk(cls: type[DOMNode]) -> Iterator[type[DOMNode]]:
        for sub in cls.__subclasses__():
            yield sub
            yield from walk(sub)

    return sorted(
        {cls for cls in walk(DOMNode) if cls.__module__.startswith("reader.ui.")},
        key=lambda cls: cls.__qualname__,
    )


def _bindings(cls: type[DOMNode]) -> dict[str, Binding]:
    """``cls``'s bindings by key, merged along its bases as Textual merges them."""
    by_key: dict[str, Binding] = {}
    for base in reversed(cls.__mro__):
        for binding in Binding.make_bindings(base.__dict__.get("BINDINGS", [])):
            by_key[binding.key] = binding
    return by_key


def _keys(keys: str) -> list[str]:
    return [binding.key for binding in Binding.make_bindings([Binding(keys, "")])]


def check_keymap(keymap: Mapping[str, str], app_class: type[DOMNode]) -> KeymapCheck:
    """Split ``keymap`` into what applies and what is wrong: unknown ids, and keys that would
    run two actions on one screen (the app's keys count on every screen)."""
    classes = _ui_classes()
    known = {b.id for cls in classes for b in _bindings(cls).values() if b.id}
    result = KeymapCheck()
    for binding_id, keys in keymap.items():
        if binding_id in known:
            result.keymap[binding_id] = keys
        else:
            result.problems.append(f"no key has the id {binding_id!r}")
    clashes, clashing_ids = _clashes(result.keymap, classes, _bindings(app_class))
    for binding_id in clashing_ids:  # keep the old keys rather than two actions on one key
        result.keymap.pop(binding_id, None)
    result.problems += clashes
    return result


def _clashes(
    keymap: Mapping[str, str], classes: list[type[DOMNode]], app_bindings: dict[str, Binding]
) -> tuple[list[str], set[str]]:
    """Keys that ``keymap`` would give two actions on one screen or widget, and the ids."""
    messages: set[str] = set()
    ids: set[str] = set()
    for cls in classes:
        taken: dict[str, Binding] = {}
        for binding in {**app_bindings, **_bindings(cls)}.values():
            new_keys = keymap.get(binding.id or "")
            for key in _keys(new_keys) if new_keys else [binding.key]:
                other = taken.setdefault(key, binding)
                remapped = {other.id, binding.id} & set(keymap)
                if other.action == binding.action or not remapped:
                    continue
                ids |= {i for i in remapped if i}
                messages.add(
                    f"{key} would be both {other.description or other.action!r} and "
                    f"{binding.description or binding.action!r} ({group_of(cls)}), not remapped"
                )
    return sorted(messages), ids
