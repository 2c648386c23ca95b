"""Background jobs that fail are reported, never fatal.

Every worker in postil is started with ``exit_on_error=False``: entity colours, a library
summary or an export are never worth losing the reader's session over. Textual tells only the
node that started a worker about its end (the message does not bubble), so the app and each
screen that runs workers mix this in.
"""

from __future__ import annotations

from textual.worker import Worker, WorkerState

from reader.workspace import StoreOpenError


class ReportsWorkerErrors:
    """Mixin for an App or Screen: a worker that raised becomes one error notification, but
    one that found the store could not be opened ends the session (as the app opening it
    would have)."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is not WorkerState.ERROR:
            return
        if isinstance(event.worker.error, StoreOpenError):  # the session cannot go on
            self.app.store_unavailable(event.worker.error)  # type: ignore[attr-defined]
        else:
            self.app.notify(  # type: ignore[attr-defined]
                f"Something went wrong in the background: {event.worker.error}",
                severity="error",
                timeout=10,
            )
