"""Keep compiled bytecode, also for the pytest plugins, in every process the suite starts.

With ``PYTHONDONTWRITEBYTECODE`` set, each process (the xdist controller, four workers, the CLI
and crash subprocesses) compiled its imports from source every run. Setting the flag back in
conftest.py came too late for pytest's own plugins: pytest rewrites the asserts of every package
that registers a plugin (all of Hypothesis, syrupy, anyio, xdist, pytest-asyncio, ...), and it
caches the rewritten code only when bytecode may be written. That rewriting cost each process
about 2.8 of its 6.7 CPU-s of start-up. This module is loaded by ``-p`` in ``addopts``, which
pytest imports before the installed plugins; clearing the variable here also reaches the workers
and subprocesses, which inherit the environment. Compiled files go to the git-ignored
``__pycache__`` folders and are written atomically.
"""

from __future__ import annotations

import os
import sys

sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
