"""Instructions to the library's first frame, against a hello-world Textual app (callgrind).

Usage::

    python tests/benchmarks/bench_startup_callgrind.py [--baseline REV]

Why instructions: ``bench_tmux_startup.py`` times the first frame in a real terminal, which is
the target (issue 14: <= 1.3x the hello-world app), but on a shared machine its medians move by
a fifth from one run to the next. The instructions a process executes up to its first frame are
exact for a given Python, Textual and cache, so a change to start-up can be judged change by
change, and the terminal's part judged apart.

Each program runs headless (Textual's headless driver, 120 x 40) under
``valgrind --tool=callgrind`` until its first frame is composed, then exits: the hello-world app
of ``bench_tmux_startup.py``, and ``postil`` over the seeds with its summary cache filled by an
untimed first start (the usual case), in a private user folder. ``--baseline REV`` (default
none) counts that revision's ``reader/``, ``annotations/`` and ``seeds/`` the same way.
Instructions leave out system calls, page faults and the terminal's own work on the frame,
which the tmux benchmark includes. Needs ``valgrind``; a run takes about a minute.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_ner_callgrind import callgrind  # noqa: E402

#: Stops a Textual app once its first frame is composed: run as the child's main module.
CHILD = """
import os, sys
import textual.app as ta

display = ta.App._display


def first_frame(self, screen, renderable):
    display(self, screen, renderable)
    if renderable is not None:
        self.exit()


ta.App._display = first_frame
run = ta.App.run
ta.App.run = lambda self, *a, **k: run(self, *a, **{**k, "headless": True, "size": (120, 40)})
if sys.argv[1] == "hello":
    from textual.widgets import Static

    class Hello(ta.App):
        def compose(self):
            yield Static("hello, postil")

    Hello().run()
else:
    from reader.cli.entry import main

    sys.argv = ["postil"]
    main()
"""


def checkout(rev: str, into: Path) -> Path:
    """``rev``'s code and seeds, checked out into ``into`` and compiled (as an install is)."""
    into.mkdir()
    found = subprocess.run(
        ["git", "archive", rev, "reader", "annotations", "seeds"], cwd=ROOT, capture_output=True
    )
    if found.returncode:  # a mistyped revision is one line, not git's traceback
        raise SystemExit(f"no revision {rev!r} to compare with: {found.stderr.decode().strip()}")
    archive = found.stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def _compile(tree: Path) -> None:
    for package in ("reader", "annotations"):
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / package)], check=True)


def first_frame(tree: Path, which: str, home: Path) -> int:
    """Instructions of ``which`` (hello or postil) to its first frame, code from ``tree``."""
    home.mkdir(exist_ok=True)
    child = home / "child.py"
    child.write_text(CHILD, encoding="utf-8")
    for name, sub in (("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):
        os.environ[name] = str(home / sub)
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    for name in ("POSTIL_DB", "POSTIL_CACHE_DIR", "POSTIL_CONFIG", "POSTIL_LIBRARY"):
        os.environ.pop(name, None)
    os.environ["POSTIL_BACKGROUND_INDEX"] = "0"
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, str(child), which]
    if which == "postil":  # untimed: bytecode, the summary cache
        env = dict(os.environ, PYTHONPATH=str(tree))
        subprocess.run(command, cwd=tree, env=env, check=True, capture_output=True)
    return callgrind(command, tree)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", default=None, help="also count this git revision")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("needs valgrind (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"this tree": ROOT}
        if args.baseline:
            trees[args.baseline] = checkout(args.baseline, Path(tmp) / "baseline")
            _compile(trees[args.baseline])
        _compile(ROOT)
        hello = first_frame(ROOT, "hello", Path(tmp) / "hello")
        print(f"hello-world app : {hello / 1e6:8.1f} M instructions to its first frame")
        for index, (name, tree) in enumerate(trees.items()):
            count = first_frame(tree, "postil", Path(tmp) / f"home-{index}")
            print(
                f"postil ({name}) : {count / 1e6:8.1f} M = {count / hello:.3f}x the "
                "hello-world app (instructions; the target, 1.3x, is for time in tmux)"
            )


if __name__ == "__main__":
    main()
