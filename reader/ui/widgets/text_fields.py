"""Text fields whose editing keys take effect in the order they were typed.

Why: Textual's Input and TextArea insert a typed character in their own key handler, but a
bound key (backspace, the arrows, ctrl+u, enter...) is not run there: it bubbles up to the
app, which then looks up the binding. Keys that arrive together (a fast typist on a busy
machine, a macro, tmux ``send-keys``) are meanwhile handed to the field, so "teh", two
backspaces and "he" left "teh", and ctrl+u then "privacy" left an empty field. This is
Textual issue #6605 (the fix proposed upstream, PR #6631, runs the bindings inline too).

Here a field runs its own non-priority bindings in its key handler, in the order of the
keys; priority bindings (the app's, and a dialog's Tab) are checked before a key reaches
the field, as before. Every text field postil shows is one of these.
"""

from __future__ import annotations

from functools import cache

from textual import events
from textual.actions import parse
from textual.binding import Binding
from textual.widgets import Input, TextArea


@cache
def _key_actions(widget_class: type) -> dict[str, str]:
    """The key -> action map of the editing bindings of ``widget_class``: those Input or
    TextArea (and postil's subclasses) declare, not the scrolling ones they inherit ("down"
    must still reach the screen), not priority ones, and not those with an id (``[keys]`` in
    config.toml may move them: Textual's own lookup follows the keymap). A subclass's binding
    for a key replaces its base class's."""
    actions: dict[str, str] = {}
    for klass in reversed(widget_class.__mro__):
        if not issubclass(klass, (Input, TextArea)):
            continue
        for item in vars(klass).get("BINDINGS", ()):
            binding = item if isinstance(item, Binding) else Binding(*item)
            for key in (k.strip() for k in binding.key.split(",")):
                if binding.priority or binding.id:  # an id: the keymap may move it
                    actions.pop(key, None)
                else:
                    actions[key] = binding.action
    return actions


async def run_own_binding(field: Input | TextArea, event: events.Key) -> None:
    """Run ``field``'s own editing binding for ``event`` here, in key order (the key does
    not bubble), if it has one and it is enabled; any other key bubbles as before."""
    action = _key_actions(type(field)).get(event.key)
    if action is None:
        return
    _, name, parameters = parse(action)
    if field.check_action(name, parameters) is not True:
        return  # disabled here: the app decides, as before
    event.stop()
    event.prevent_default()
    await field.run_action(action)


class TextInput(Input):
    """A one-line text field (Textual's Input) with its editing keys in order."""

    async def on_key(self, event: events.Key) -> None:
        await run_own_binding(self, event)


class NoteArea(TextArea):
    """A multi-line text field (Textual's TextArea) with its editing keys in order."""

    async def on_key(self, event: events.Key) -> None:
        await run_own_binding(self, event)
