"""The reader's preferences in the app: the theme (remembered when changed) and ``[keys]``.

Both come from ``config.toml`` (:mod:`reader.settings`). A theme chosen in the palette is
written back to the file (atomically, in a thread) so the next start opens in it; keys are
remapped with Textual's keymap once checked (:mod:`reader.ui.keymap`). Nothing here may stop
postil from starting: an unknown theme or a bad key is one warning.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode

from reader.settings import Settings, config_path, save_theme


class Preferences(App[None]):
    """An App that takes its theme and keys from :class:`Settings` and remembers the theme."""

    def __init__(self, settings: Settings, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._remembered_theme = settings.theme
        self._preference_warnings: list[str] = []
        self._clashes_told: set[frozenset[str]] = set()
        if settings.theme in self.available_themes:
            self.theme = settings.theme
        elif settings.theme is not None:
            self._preference_warnings.append(
                f"theme {settings.theme!r} in config.toml is not a theme here; "
                f"using {self.theme} (ctrl+p, Theme, to choose one)"
            )
        if settings.keys:
            from reader.ui.keymap import check_keymap

            checked = check_keymap(settings.keys, type(self))
            self.set_keymap(checked.keymap)
            if (warning := checked.warning()) is not None:
                self._preference_warnings.append(warning)

    def tell_preference_problems(self) -> None:
        """One warning at start for everything wrong with the theme and keys settings."""
        if self._preference_warnings:
            self.notify(" · ".join(self._preference_warnings), severity="warning", timeout=20)
            self._preference_warnings = []

    def watch_theme(self, theme: str) -> None:
        """Remember a theme the reader chose (not one read from the file)."""
        if theme == self._remembered_theme or not self.is_running:
            return
        self._remembered_theme = theme
        path = config_path()

        def remember() -> None:
            try:
                save_theme(theme, path)
            except OSError as error:
                message = f"Could not remember the theme in {path}: {error.strerror or error}"
                self.call_from_thread(self.notify, message, severity="warning")

        self.run_worker(remember, thread=True, group="settings", exit_on_error=False)

    def handle_bindings_clash(self, clashed_bindings: set[Binding], node: DOMNode) -> None:
        """A clash the start-up check could not see (keys of a widget and of its screen):
        said once per clash, not at each key press."""
        keys = frozenset(f"{b.key} {b.action}" for b in clashed_bindings)
        if keys in self._clashes_told:
            return
        self._clashes_told.add(keys)
        names = ", ".join(sorted(b.description or b.action for b in clashed_bindings))
        self.notify(
            f"[keys] in config.toml: one key for several actions: {names}", severity="warning"
        )
