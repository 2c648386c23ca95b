"""Start-up and article-open benchmarks for the TUI. Prints figures; asserts nothing.

    python tests/benchmarks/bench_startup.py [--runs N]

1. Cold start: ``python -m reader`` (what the ``postil`` command runs) is started in a
   pseudo-terminal of 120 x 40, and timed until the library's first frame reaches the terminal
   (its title, "postil · Library", is written); against a fresh interpreter that only does
   ``import textual.app`` to its end, in the same run, runs alternating. Target: ratio <= 1.5.
   Measured with the library's summary cache filled by an earlier start (the usual case) and
   empty (the very first start). A second figure, for machines without a pty or as a cross-
   check: the same app headless until Textual's ``Ready``, *including* interpreter exit.
2. A 1 MB article (the seeds repeated): time from Enter in the library to the article's first
   frame (the article body's lines drawn). Target: <= 300 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FIRST_FRAME = """
import sys
from pathlib import Path
from reader.ui.app import PostilApp
from reader.cli.workspace_open import open_workspace

class FirstFrame(PostilApp):
    CSS_PATH = str(Path(sys.modules["reader.ui.app"].__file__).with_name("app.tcss"))

    def on_ready(self):
        self.exit()

FirstFrame(open_workspace(Path(sys.argv[1]), None)).run(headless=True, size=(120, 40))
"""


def _run(cmd: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def _first_frame_in_pty(env: dict[str, str], marker: bytes = "postil · Library".encode()) -> float:
    """Seconds from starting ``python -m reader`` in a pty until ``marker`` is written to it."""
    import fcntl
    import pty
    import select
    import signal
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "reader"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=ROOT,
        env={**env, "TERM": "xterm-256color"},
        start_new_session=True,
    )
    os.close(slave)
    seen = b""
    try:
        while marker not in seen:
            if time.perf_counter() - start > 30:
                raise RuntimeError("no first frame within 30 s")
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                seen += os.read(master, 65536)
        return time.perf_counter() - start
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        os.close(master)


def cold_start(runs: int) -> None:
    """Baseline and app runs alternate, so a busy moment of the machine hits both alike.

    The app runs as ``postil`` does (annotation file, library summary cache): once with the
    summaries cached by an earlier run (every start but the first), once with no cache.
    """
    kinds = ("baseline", "pty cached", "pty uncached", "headless cached")
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "annotations.json")
        cache = Path(folder) / "cache"
        env = {**os.environ, "POSTIL_CACHE_DIR": str(cache), "POSTIL_DB": db}
        headless = [sys.executable, "-c", FIRST_FRAME, db]
        _first_frame_in_pty(env)  # creates the database file and the summary cache
        for _ in range(runs):
            times["baseline"].append(_run([sys.executable, "-c", "import textual.app"]))
            times["pty cached"].append(_first_frame_in_pty(env))
            times["headless cached"].append(_run(headless, env))
            shutil.rmtree(cache)
            times["pty uncached"].append(_first_frame_in_pty(env))
    base = statistics.median(times["baseline"])
    print(f"cold start, import textual.app              : {base * 1000:6.1f} ms (median of {runs})")
    for kind, label in (
        ("pty cached", "postil to first frame (summaries cached)"),
        ("pty uncached", "postil to first frame (first start ever)"),
        ("headless cached", "headless to Ready, with interpreter exit"),
    ):
        median = statistics.median(times[kind])
        print(f"{label:44}: {median * 1000:6.1f} ms = {median / base:4.2f}x (target <= 1.5x)")


async def _open_big(folder: Path, runs: int) -> dict[str, list[float]]:
    from textual.app import App

    from annotations.store import AnnotationStore
    from reader.library import Library
    from reader.ui.app import create_app
    from reader.ui.screens.article import ArticleScreen
    from reader.ui.widgets.article_view import ArticleView
    from reader.workspace import Workspace

    seeds = "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))
    )
    big = folder / "big.txt"
    big.write_text((seeds + "\n\n") * (1_000_000 // len(seeds.encode()) + 1), encoding="utf-8")
    print(f"big article                         : {big.stat().st_size / 1e6:7.2f} MB")
    frames: list[float] = []
    display = App._display

    def timed_display(self: App, screen, renderable) -> None:  # a frame goes to the terminal
        if renderable is not None and isinstance(screen, ArticleScreen) and not frames:
            frames.append(time.perf_counter())
        display(self, screen, renderable)

    App._display = timed_display  # type: ignore[method-assign]
    samples: dict[str, list[float]] = {"cached": [], "read": []}
    for _ in range(runs):
        for kind in samples:
            workspace = Workspace(
                library=Library.from_paths([big]), store=AnnotationStore(folder / "a.json")
            )
            app = create_app(workspace)
            async with app.run_test(size=(120, 40)) as pilot:
                await app.workers.wait_for_complete()  # the warm-up of the article screen's code
                await pilot.pause()
                if kind == "read":
                    workspace.library._loaded.clear()  # read, decode and clean it again
                frames.clear()
                start = time.perf_counter()
                await pilot.press("enter")
                while not frames:
                    await asyncio.sleep(0.001)
                samples[kind].append(frames[0] - start)
                assert app.screen.query_one(ArticleView).text
                await app.workers.wait_for_complete()
    App._display = display  # type: ignore[method-assign]
    return samples


def open_big(runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        samples = asyncio.run(_open_big(Path(folder), runs))
    for kind, label in (("cached", "listed, in memory"), ("read", "read from disk  ")):
        print(
            f"1 MB article ({label}), Enter to first frame: "
            f"{statistics.median(samples[kind]) * 1000:7.1f} ms "
            f"(median of {runs}; target <= 300 ms)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    cold_start(args.runs)
    open_big(max(3, args.runs // 2))


if __name__ == "__main__":
    main()
