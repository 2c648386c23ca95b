"""Where the annotation file lives by default: apart from the store, so finding the path
(the kept library sits beside it) does not import the store's machinery."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir


def default_db_path() -> Path:
    """``$POSTIL_DB`` if set, else ``annotations.json`` in the user data folder."""
    env = os.environ.get("POSTIL_DB")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("postil", appauthor=False)) / "annotations.json"
