"""Start-up in a real terminal: the library's first frame against a hello-world Textual app.

    python tests/benchmarks/bench_tmux_startup.py [--runs 9]

Issue 14's start-up target: postil's first frame (the library listing the seeds) within 1.3x
the first frame of a Textual app that shows one line, both timed the same way in tmux. Each
run starts a fresh tmux session of 120 x 40 running the program, and polls ``capture-pane``
every 2 ms until the program's text is on the screen: "hello, postil" for the hello-world
app, the title of the first seed for postil. Runs alternate (hello, postil, hello, ...) so a
change of machine load falls on both; medians are compared. Both run with the same Python,
with the summary cache filled by a first, untimed start (the usual case). Asserts nothing.
Needs tmux.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HELLO = """
from textual.app import App
from textual.widgets import Static


class Hello(App):
    def compose(self):
        yield Static("hello, postil")


Hello().run()
"""

#: Text on postil's first frame: a seed's title in the library list.
POSTIL_MARK = "TikTok"
#: A tmux server of the benchmark's own, kept up by an idle session between runs (a server
#: whose last session ends exits, and the next run would race its shutdown).
TMUX = ["tmux", "-L", f"postil-bench-{os.getpid()}"]


def _first_frame(command: str, mark: str, env: dict[str, str]) -> float:
    """Seconds from starting ``command`` in a new tmux session until ``mark`` is on screen."""
    session = "run"
    start = time.perf_counter()
    subprocess.run(
        [*TMUX, "new-session", "-d", "-x", "120", "-y", "40", "-s", session, command],
        check=True,
        env=env,
    )
    try:
        while time.perf_counter() - start < 30:
            screen = subprocess.run(
                [*TMUX, "capture-pane", "-p", "-t", session],
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            if mark in screen:
                return time.perf_counter() - start
            time.sleep(0.002)
        raise SystemExit(f"{mark!r} never appeared for: {command}")
    finally:
        subprocess.run([*TMUX, "kill-session", "-t", session], check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        raise SystemExit("tmux is needed for this benchmark")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        hello = base / "hello.py"
        hello.write_text(HELLO, encoding="utf-8")
        env = dict(os.environ)
        for name, sub in (
            ("POSTIL_DB", "data/annotations.json"),
            ("POSTIL_CACHE_DIR", "cache"),
            ("POSTIL_CONFIG", "config/config.toml"),
            ("POSTIL_LIBRARY", "library"),
            ("POSTIL_EXPORT_DIR", "exports"),
        ):
            env[name] = str(base / sub)
        python = sys.executable
        commands = {
            "hello-world app": (f"{python} {hello}", "hello, postil"),
            "postil library": (f"{python} -m reader", POSTIL_MARK),
        }
        keep = [*TMUX, "new-session", "-d", "-s", "keep", "sleep 3600"]
        subprocess.run(keep, check=True, env=env)  # the server, and so every run, gets env
        try:
            for command, mark in commands.values():  # untimed: caches, bytecode, summaries
                _first_frame(command, mark, env)
            times: dict[str, list[float]] = {name: [] for name in commands}
            for _ in range(args.runs):
                for name, (command, mark) in commands.items():
                    times[name].append(_first_frame(command, mark, env))
        finally:
            subprocess.run([*TMUX, "kill-server"], check=False)
    hello_median = statistics.median(times["hello-world app"])
    for name, runs in times.items():
        median = statistics.median(runs)
        print(
            f"{name:16}: median {median * 1000:7.1f} ms over {len(runs)} runs"
            f" = {median / hello_median:.2f}x the hello-world app (target <= 1.3x)"
        )


if __name__ == "__main__":
    main()
