"""What each common key costs the TUI: CPU, frames drawn and Python calls, per action.

Usage::

    python tests/benchmarks/bench_ui_actions.py [--size 120x40] [--runs 5] [--baseline REV]

Why: a key that opens something (an article, the highlight dialog, a panel) is where the reader
waits, and the Pilot-driven UI tests pay the same cost on every such key (they are about half
of the suite's CPU). Textual does most of that work (composing, styling and rendering
widgets), so what postil controls is how many widgets it mounts, restyles and redraws per key.

Each run starts the app headless (Textual's ``run_test``) on the seeds, in a private user
folder, and presses the keys of :data:`ACTIONS` in order, waiting after each for the app to
settle, as the UI tests do. Per action it prints the median CPU time over ``--runs`` runs (the
first run, which imports each screen's code, is left out), the frames drawn, and the Python
function calls made (counted in one extra run under ``cProfile``). Calls depend far less on
the machine's load than CPU medians, which move by a fifth, so two revisions compare on a
loaded machine: ``--baseline REV`` runs the same script on that revision's ``reader/``,
``annotations/`` and ``seeds/`` and prints its calls beside. They are not exact: a timer or
an extra frame that falls inside an action's wait adds to it (closing the dialog measured
75,000 and 100,000 calls in two runs of one tree), so trust a difference that holds in
several runs and at both sizes.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: (what the reader does, the keys), pressed in this order in one session.
ACTIONS: list[tuple[str, list[str]]] = [
    ("open an article", ["enter"]),
    ("move a word", ["w"]),
    ("start a selection", ["v"]),
    ("extend it", ["w", "w"]),
    ("open the highlight dialog", ["a"]),
    ("close the dialog (keeps a draft)", ["escape"]),
    ("open the highlights panel", ["p"]),
    ("close the highlights panel", ["escape"]),
    ("open the entities panel", ["E"]),
    ("close the entities panel", ["escape"]),
    ("open help", ["question_mark"]),
    ("close help", ["escape"]),
    ("clear the selection", ["escape"]),
    ("back to the library", ["escape"]),
]


async def _session(size: tuple[int, int], profiled: bool) -> list[dict[str, float]]:
    """One app run: each action's CPU seconds, frames and (``profiled``) Python calls."""
    from textual import app as textual_app

    from annotations.store import AnnotationStore
    from reader.library import Library
    from reader.ui.app import create_app
    from reader.workspace import Workspace
    from tests.ui.pilot import settle

    frames = [0]
    display = textual_app.App._display

    def counting(self: textual_app.App, screen: object, renderable: object) -> None:
        if renderable is not None:
            frames[0] += 1
        display(self, screen, renderable)  # type: ignore[arg-type]

    textual_app.App._display = counting  # type: ignore[method-assign]
    folder = Path(tempfile.mkdtemp(dir=os.environ.get("POSTIL_CACHE_DIR")))
    workspace = Workspace(
        library=Library.default(),
        store=AnnotationStore(folder / "annotations.json"),
        export_dir=folder / "exports",
    )
    found = []
    try:
        async with create_app(workspace).run_test(size=size) as pilot:
            await settle(pilot)
            for _name, keys in ACTIONS:
                profile = cProfile.Profile() if profiled else None
                before, frames[0] = time.process_time(), 0
                if profile:
                    profile.enable()
                await pilot.press(*keys)
                await settle(pilot)
                if profile:
                    profile.disable()
                calls = sum(entry.callcount for entry in profile.getstats()) if profile else 0
                cpu = time.process_time() - before
                found.append({"cpu": cpu, "frames": frames[0], "calls": calls})
    finally:
        textual_app.App._display = display  # type: ignore[method-assign]
    return found


def child(tree: Path, size: tuple[int, int], runs: int) -> None:
    """Run the sessions with ``tree`` first on the path; print their figures as JSON."""
    sys.path.insert(0, str(tree))
    sys.path.insert(1, str(ROOT))  # this tree's tests.ui.pilot (a baseline has no tests/)
    plain = [asyncio.run(_session(size, False)) for _ in range(runs + 1)][1:]
    profiled = asyncio.run(_session(size, True))
    rows = []
    for index in range(len(ACTIONS)):
        rows.append(
            {
                "cpu": statistics.median(run[index]["cpu"] for run in plain),
                "frames": statistics.median(run[index]["frames"] for run in plain),
                "calls": profiled[index]["calls"],
            }
        )
    print(json.dumps(rows))


def measure(tree: Path, size: str, runs: int, folder: Path) -> list[dict[str, float]]:
    """The figures of ``tree``, from a child process in a private user folder."""
    env = dict(os.environ)
    for name, sub in (
        ("POSTIL_DB", "db/annotations.json"),
        ("POSTIL_CACHE_DIR", "cache"),
        ("POSTIL_EXPORT_DIR", "exports"),
        ("POSTIL_CONFIG", "config.toml"),
    ):
        env[name] = str(folder / sub)
    env["POSTIL_BACKGROUND_INDEX"] = "0"
    (folder / "cache").mkdir(parents=True)  # the sessions' stores go in it too (cleaned up)
    args = ["--child", str(tree), "--size", size, "--runs", str(runs)]
    out = subprocess.run(
        [sys.executable, __file__, *args], env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="120x40", help="terminal size, COLUMNSxROWS")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--baseline", help="revision to compare calls with")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    size = tuple(int(n) for n in args.size.split("x"))
    if args.child:
        child(args.child, (size[0], size[1]), args.runs)
        return 0
    sys.path.insert(0, str(ROOT))
    from tests.benchmarks.bench_startup_callgrind import checkout

    with tempfile.TemporaryDirectory() as tmp:
        # The baseline is checked out first: a mistyped revision stops before minutes of runs.
        tree = checkout(args.baseline, Path(tmp) / "base") if args.baseline else None
        now = measure(ROOT, args.size, args.runs, Path(tmp) / "now")
        base = None if tree is None else measure(tree, args.size, 1, Path(tmp) / "base-home")
    print(f"{args.size}, median of {args.runs} runs; calls from one profiled run")
    head = f"{'action':32} {'CPU ms':>7} {'frames':>6} {'calls':>9}"
    print(head + (f" {'baseline':>9} {'ratio':>6}" if base else ""))
    for index, (name, _keys) in enumerate(ACTIONS):
        row = now[index]
        line = f"{name:32} {row['cpu'] * 1000:7.0f} {row['frames']:6.0f} {row['calls']:9,}"
        if base:
            calls = base[index]["calls"]
            line += f" {calls:9,} {row['calls'] / calls:6.2f}" if calls else ""
        print(line)
    total = sum(row["cpu"] for row in now) * 1000
    print(f"{'all of them':32} {total:7.0f} {'':6} {sum(r['calls'] for r in now):9,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
