"""Start-up and article-open benchmarks for the TUI. Prints figures; asserts nothing.

    python tests/benchmarks/bench_startup.py [--runs N]

1. Cold start: a fresh interpreter runs the app headless until the library's first frame,
   against a fresh interpreter that only does ``import textual.app``, in the same run.
   Target: ratio <= 1.5.
2. A 1 MB article (the seeds repeated): time from Enter in the library to the article's first
   frame. Target: <= 300 ms.
"""

from __future__ import annotations

import argparse
import asyncio
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
from annotations.store import AnnotationStore
from reader.library import Library
from reader.workspace import Workspace
from reader.app import create_app

async def stop(pilot):
    await pilot.pause()
    pilot.app.exit()

workspace = Workspace(library=Library.default(), store=AnnotationStore(Path(sys.argv[1])))
create_app(workspace).run(headless=True, size=(120, 40), auto_pilot=stop)
"""


def _time(cmd: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def cold_start(runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "annotations.json")
        baseline = _time([sys.executable, "-c", "import textual.app"], runs)
        app = _time([sys.executable, "-c", FIRST_FRAME, db], runs)
    print(f"cold start, import textual.app      : {baseline * 1000:7.1f} ms (median of {runs})")
    print(f"cold start, postil to first frame   : {app * 1000:7.1f} ms (median of {runs})")
    print(f"ratio                               : {app / baseline:7.2f}x  (target <= 1.5x)")


async def _open_big(folder: Path, runs: int) -> list[float]:
    from annotations.store import AnnotationStore
    from reader.app import create_app
    from reader.library import Library
    from reader.screens.article import ArticleScreen
    from reader.widgets.article_view import ArticleView
    from reader.workspace import Workspace

    seeds = "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))
    )
    big = folder / "big.txt"
    big.write_text((seeds + "\n\n") * (1_000_000 // len(seeds.encode()) + 1), encoding="utf-8")
    print(f"big article                         : {big.stat().st_size / 1e6:7.2f} MB")
    samples = []
    for _ in range(runs):
        workspace = Workspace(
            library=Library.from_paths([big]), store=AnnotationStore(folder / "a.json")
        )
        app = create_app(workspace)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            start = time.perf_counter()
            await pilot.press("enter")
            while not isinstance(app.screen, ArticleScreen):
                await asyncio.sleep(0)
            view = app.screen.query_one(ArticleView)
            while view.layout_cache is None:
                await asyncio.sleep(0)
            await pilot.pause()
            samples.append(time.perf_counter() - start)
            await app.workers.wait_for_complete()
    return samples


def open_big(runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        samples = asyncio.run(_open_big(Path(folder), runs))
    print(
        f"1 MB article, Enter to first frame  : {statistics.median(samples) * 1000:7.1f} ms "
        f"(median of {runs}; target <= 300 ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    cold_start(args.runs)
    open_big(max(3, args.runs // 2))


if __name__ == "__main__":
    main()
