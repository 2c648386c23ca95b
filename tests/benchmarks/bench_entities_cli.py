"""Whole-process speed and peak memory of ``postil entities FILE --json``. Prints figures only.

Usage::

    python tests/benchmarks/bench_entities_cli.py [--words 200000] [--runs 5] [--keep FILE]

What is timed is what a script pays: a fresh interpreter starts ``python -m reader entities
FILE --json`` (the ``postil`` entry point), reads the file, recognises, prints the JSON to a
pipe that is drained and thrown away, and exits. Start-up and output are included.

The input is every news text in the repository (``seeds/*.txt`` and each article set under
``tests/data/*/``), joined with blank lines and cycled until about ``--words`` whitespace
words; the file holds one copy of each article before any repeats. It is one call, so the
recogniser's per-call run cache does see the repeats (a long file of news is one "article"
to the command as well).

Baselines measured in the same run, runs alternating with the command: ``python -c pass``
(interpreter start-up), ``wc -w FILE`` (reading the file), and ``python -c "import
reader.cli.commands"`` (the command's imports, no work). Peak RSS is each child's own
``ru_maxrss`` (``os.wait4``), so the figures are per process, not a running maximum.

Targets (issue 12): >= 300,000 words/s whole process, peak RSS <= 120 MB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def news_texts() -> list[str]:
    """The distinct news articles of the repository, in a stable order."""
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    for folder in sorted(p for p in (ROOT / "tests" / "data").iterdir() if p.is_dir()):
        paths += sorted(folder.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def build_input(words: int) -> tuple[str, int, int]:
    """The benchmark text (``words`` words or a little more), its word and article counts."""
    texts = news_texts()
    parts: list[str] = []
    total = 0
    while total < words:
        for text in texts:
            parts.append(text)
            total += len(text.split())
            if total >= words:
                break
    return "\n\n".join(parts), total, len(texts)


def run_child(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child, its stdout drained to nowhere."""
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, env=env)
    assert proc.stdout is not None
    while proc.stdout.read(1 << 16):
        pass
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited with {proc.returncode}")
    return elapsed, usage.ru_maxrss / 1024  # Linux reports KiB


def main(argv: list[str] | None = None) -> int:
    """Time every command ``--runs`` times, alternating; print medians, bests and ratios."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="write the input here instead of a temp file")
    args = ap.parse_args(argv)
    text, words, distinct = build_input(args.words)
    if args.keep:
        path = args.keep
        path.write_text(text, encoding="utf-8")
    else:
        with tempfile.NamedTemporaryFile(
            "w", suffix=".txt", delete=False, encoding="utf-8"
        ) as handle:
            handle.write(text)
        path = Path(handle.name)
    py = sys.executable
    commands = {
        "postil entities --json": [py, "-m", "reader", "entities", str(path), "--json"],
        "python -c pass": [py, "-c", "pass"],
        "import reader.cli.commands": [py, "-c", "import reader.cli.commands"],
        "wc -w": ["wc", "-w", str(path)],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, list[float]] = {name: [] for name in commands}
    try:
        run_child(commands["postil entities --json"])  # warm the OS file cache and .pyc files
        for _ in range(args.runs):
            for name, cmd in commands.items():
                secs, peak = run_child(cmd)
                times[name].append(secs)
                peaks[name].append(peak)
    finally:
        if not args.keep:
            path.unlink()
    print(f"input: {words} words, {len(text) // 1024} KiB ({distinct} distinct articles, cycled)")
    print(f"{'command':26} {'median s':>9} {'best s':>8} {'words/s (best)':>15} {'peak MB':>8}")
    for name in commands:
        med, best = statistics.median(times[name]), min(times[name])
        print(f"{name:26} {med:9.3f} {best:8.3f} {words / best:15,.0f} {max(peaks[name]):8.1f}")
    cli = min(times["postil entities --json"])
    start = min(times["python -c pass"])
    print(
        f"postil entities: {words / cli:,.0f} words/s whole process (target >= 300,000); "
        f"{cli / start:.1f}x the bare interpreter start; peak "
        f"{max(peaks['postil entities --json']):.1f} MB (target <= 120)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
