"""Where the kept library lives: ``$POSTIL_LIBRARY``, else the ``library`` setting, else a
``library`` folder beside the annotation file (so one backup of that folder holds both)."""

from __future__ import annotations

import os
from pathlib import Path


def library_dir(configured: Path | None = None) -> Path:
    """The kept library's folder (not created here)."""
    from_env = os.environ.get("POSTIL_LIBRARY")
    if from_env:
        return Path(from_env).expanduser()
    if configured is not None:
        return configured
    from annotations.paths import default_db_path

    return default_db_path().parent / "library"
