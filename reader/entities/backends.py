"""Choose a recogniser by name: the built-in rules or an installed spaCy pipeline."""

from __future__ import annotations

from collections.abc import Callable

from reader.entities.types import Entity

Recognizer = Callable[[str], list[Entity]]


class BackendError(Exception):
    """A recogniser cannot be loaded; the message is one line, fit to show to the user."""


def load_recognizer(spec: str = "builtin") -> Recognizer:
    """Return a ``text -> list[Entity]`` callable for ``"builtin"`` or ``"spacy:<pipeline>"``.

    ``<pipeline>`` is anything ``spacy.load`` accepts (an installed package name or a path).
    Raises ``BackendError`` with a one-line message when the backend cannot be used, so the
    caller can print it and fall back to the built-in recogniser.
    """
    spec = spec.strip()
    if spec in ("", "builtin"):
        from reader.entities.recognizer import recognize

        return recognize
    if spec.startswith("spacy:"):
        from reader.entities.spacy_backend import load_spacy

        return load_spacy(spec.removeprefix("spacy:"))
    raise BackendError(f"unknown entity backend {spec!r} (use 'builtin' or 'spacy:<pipeline>')")
