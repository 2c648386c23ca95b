"""Instructions per word of the built-in recogniser, counted by valgrind's callgrind.

Usage::

    python tests/benchmarks/bench_ner_callgrind.py [--baseline REV] [--cli-words N]

Why instructions: the machine this project is developed on is shared and often loaded, so
wall-clock words/s moves by 2x from one minute to the next. An instruction count does not
depend on the load (it is exact for a given Python build and input), so a change to the
recogniser can be judged by it alone; wall clock (``bench_ner.py``) is the figure readers feel.

What is counted: a child interpreter under ``valgrind --tool=callgrind`` imports
``reader.entities``, loads the gazetteer and recognises a short warm-up text ("warm" run); a
second child does the same and then recognises each tuning article once, one call per article
("work" run). Instructions per word are ``(work - warm) / words``: start-up, imports and the
gazetteer load cancel out. The articles are the seeds and the ``dev``/``dev2`` sets (about
17,000 words), read from this tree for both sides, so old and new see the same text.
``PYTHONHASHSEED=0`` makes set and dict orders, hence the counts, repeatable. Both trees
are byte-compiled first (``compileall``), as an installed package is: otherwise the side
without ``__pycache__`` pays for compiling its sources at every start.

``--baseline REV`` (a commit, tag or branch; default ``HEAD``) extracts ``reader/`` and
``annotations/`` of that revision with ``git archive`` into a temporary folder and counts it
the same way, then prints the ratio. ``--baseline none`` counts only the working tree.

``--cli-words N`` (default 0: skipped) also counts the whole process ``python -m reader
entities FILE --json`` on about N words of the same articles, start-up and output included,
for each tree: total instructions / words.

Needs ``valgrind`` on the PATH. A run takes a few minutes (valgrind is ~50x slower).
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTICLE_DIRS = ("seeds", "tests/data/dev", "tests/data/dev2")
WARM_UP = (
    "WASHINGTON (AP) — Dr. Jane Doe of the Acme Corp. said on Monday, May 2, 2024, that the "
    "company would pay $5.2 million, about 3% of its revenue, to 1,200 workers in Paris."
)


def articles() -> list[str]:
    """The tuning articles and the seeds, in a stable order (read from this tree)."""
    paths = [p for d in ARTICLE_DIRS for p in sorted((ROOT / d).glob("*.txt"))]
    return [p.read_text(encoding="utf-8") for p in paths]


def child(tree: Path, mode: str) -> int:
    """Runs under valgrind: warm up in ``tree``'s recogniser, then (``work``) recognise."""
    sys.path.insert(0, str(tree))
    from reader.entities import recognize

    texts = articles()
    recognize(WARM_UP)
    if mode == "work":
        for text in texts:
            recognize("".join(list(text)))  # a fresh string, as if just read
    return 0


def callgrind(cmd: list[str], tree: Path) -> int:
    """Total instructions (Ir) of ``cmd`` under callgrind, with ``tree`` first on the path."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(tree))
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *cmd],
            check=True,
            cwd=tree,  # ``python -m`` puts the working folder first on the path
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        found = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.M)
        if not found:
            raise SystemExit(f"no instruction total in callgrind output of {cmd}")
        return int(found.group(1))


def in_process(tree: Path) -> int:
    """Instructions of the recogniser alone on the articles: work run minus warm run."""
    me = [sys.executable, str(Path(__file__).resolve()), "--child", str(tree)]
    warm = callgrind([*me, "--mode", "warm"], tree)
    work = callgrind([*me, "--mode", "work"], tree)
    return work - warm


def whole_process(tree: Path, words: int) -> tuple[int, int]:
    """Instructions of ``python -m reader entities FILE --json`` on about ``words`` words."""
    texts = articles()
    parts: list[str] = []
    total = 0
    while total < words:
        for text in texts:
            parts.append(text)
            total += len(text.split())
            if total >= words:
                break
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as handle:
        handle.write("\n\n".join(parts))
        handle.flush()
        cmd = [sys.executable, "-m", "reader", "entities", handle.name, "--json"]
        return callgrind(cmd, tree), total


def extract(rev: str, into: Path) -> Path:
    """``reader/`` and ``annotations/`` of ``rev``, unpacked under ``into``."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", rev, "reader", "annotations"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def main(argv: list[str] | None = None) -> int:
    """Print instructions per word of the working tree and of the baseline, and the ratio."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="HEAD", help="revision to compare with, or 'none'")
    ap.add_argument("--cli-words", type=int, default=0, help="also count the whole process")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--mode", choices=("warm", "work"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child(args.child, args.mode)
    words = sum(len(t.split()) for t in articles())
    print(f"articles: {len(articles())} ({', '.join(ARTICLE_DIRS)}), {words} words")
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"working tree": ROOT}
        if args.baseline != "none":
            trees[f"baseline {args.baseline}"] = extract(args.baseline, Path(tmp))
        per_word: dict[str, float] = {}
        for name, tree in trees.items():
            compileall.compile_dir(tree / "reader", quiet=1)  # as an installed package is
            compileall.compile_dir(tree / "annotations", quiet=1)
            per_word[name] = in_process(tree) / words
            line = f"{name:28} in-process {per_word[name]:10,.0f} instructions/word"
            if args.cli_words:
                instr, cli_words = whole_process(tree, args.cli_words)
                line += f"; whole process ({cli_words} words) {instr / cli_words:10,.0f}"
            print(line, flush=True)
    if len(per_word) == 2:
        new, old = per_word.values()
        print(f"ratio new/old: {new / old:.3f} (speed-up {old / new:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
