"""Typed access to the running :class:`~reader.ui.app.PostilApp` from any screen or widget.

Textual types ``node.app`` as ``App[Any]``, so ``node.app.workspace`` is unchecked. The one
``cast`` in the UI is here (as darrenburns/posting does), and every screen and widget goes
through it, so mypy checks each use of the workspace, the saver and the app's methods.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from reader.ui.app import PostilApp


def postil_of(node: DOMNode) -> PostilApp:
    """The app ``node`` runs in, typed."""
    return cast("PostilApp", node.app)
