"""The quit dialog shows its whole message, wrapped to the dialog, however long."""

from __future__ import annotations

import html
import re
from pathlib import Path

from textual.app import App

from reader.ui.dialogs.confirm import ConfirmDialog

CSS = Path(__file__).resolve().parents[2] / "reader" / "ui" / "app.tcss"
MESSAGE = (
    "2 changes could not be saved to /tmp/pytest-of-root/pytest-12/data/annotations.json. "
    "Quit anyway? What you wrote will be printed in the terminal as JSON, so it is not lost."
)


class _Host(App[None]):
    CSS_PATH = str(CSS)

    def on_mount(self) -> None:
        self.push_screen(ConfirmDialog(MESSAGE, "Quit"))


async def test_quit_dialog_shows_its_whole_message() -> None:
    app = _Host()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        svg = app.export_screenshot()
    shown = html.unescape("".join(re.findall(r"<text[^>]*>(.*?)</text>", svg)))
    shown = shown.replace("\xa0", " ")
    missing = [word for word in MESSAGE.split() if word not in shown]
    assert missing == []
