"""Instructions per article of the search index build, against recognition alone (callgrind).

Usage::

    python tests/benchmarks/bench_search_callgrind.py [--articles 40] [--baseline REV]

Why instructions: ``bench_search.py`` compares the build's words per CPU-second with the
recognizer's, and on a shared machine either figure moves by a tenth from one minute to the
next. An instruction count is exact for a given Python and input, so what the index adds on top
of recognition can be judged change by change.

What is counted, each part as a child interpreter under ``valgrind --tool=callgrind`` minus a
"warm" child that stops short of it, over ``--articles`` articles of the scaled library
``bench_search.py`` builds (the same fixed seed: 12 real news paragraphs each). Both runs import,
recognise a warm-up text and do the part for :data:`WARM` more articles first, so that lazy
imports and first-time costs cancel out:

* recognition alone: ``recognize()`` of each article's reading text (read and cleaned before);
* a worker's part: :func:`reader.search.reading.read_batch` in tasks of 32 files (reading,
  cleaning, hashing, asking an empty catalogue which contents it has, recognition, grouping
  the mentions, packing them) and pickling its results, as a pool's worker sends them;
* the writer's part: unpickling those results and writing each article into a new index
  (:meth:`IndexWriter.put_article`: its document, tantivy's indexing threads, the catalogue),
  then the commit and close; the pool's own bookkeeping is not in it.

The ratio "recognition / (worker + writer)" is what ``bench_search.py`` measures per second of
CPU, without the process pool's overhead and without the load; and without the system calls
(file reads, SQLite's), which callgrind does not count. ``--baseline REV`` (default
``HEAD``; ``none`` to skip) counts that revision's ``reader/`` and ``annotations/`` the same way.
Needs ``valgrind``; a run takes some minutes per tree.
"""

from __future__ import annotations

import argparse
import compileall
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_ner_callgrind import WARM_UP, callgrind, extract  # noqa: E402
from tests.benchmarks.bench_search import make_library  # noqa: E402

#: Files per worker task, as ``reader.search.pipeline.FILE_BATCH``.
TASK = 32
#: Articles of each part's warm-up, done by its warm run too (not counted).
WARM = 4
PARTS = ("recognition", "worker", "writer")


def _files(library: Path) -> list[Path]:
    return sorted(library.rglob("*.txt"))


def child(tree: Path, mode: str, library: Path, results: Path) -> None:
    """Runs under valgrind with ``tree`` first on the path: one part (``mode``), or its warm
    run (``mode`` ending in ``-warm``), which does the part for the first :data:`WARM`
    articles only, so that lazy imports and first-time costs cancel out."""
    sys.path.insert(0, str(tree))
    from reader.entities import recognize
    from reader.search.reading import read_batch

    recognize(WARM_UP)
    part, warm = mode.removesuffix("-warm"), mode.endswith("-warm")
    files = _files(library)
    done = files[:WARM] if warm else files
    if part == "recognition":
        from reader.library.article import read_article

        texts = [read_article(path, str(path)).text for path in files]
        for text in texts[: len(done)]:
            recognize(text)
    elif part == "worker":
        from reader.search.index import SearchIndex

        with tempfile.TemporaryDirectory() as folder:  # a catalogue to ask, empty as in a build
            catalogue = str(SearchIndex(Path(folder) / "index").catalog.path)
            for group in (done[:WARM], done[WARM:]):
                items = [(str(path), str(path)) for path in group]
                for start in range(0, len(items), TASK):
                    pickle.dumps(read_batch("builtin", catalogue, items[start:][:TASK]))
    else:
        _write(results.read_bytes(), warm)


def _write(sent: bytes, warm: bool) -> None:
    """The writer's part: results unpickled and written into a new index, the first
    :data:`WARM` committed on their own (where a warm run stops)."""
    from reader.search.catalog import IndexedArticle
    from reader.search.index import SearchIndex
    from reader.search.writer import IndexWriter

    with tempfile.TemporaryDirectory() as folder:
        index = SearchIndex(Path(folder) / "index")
        writer = IndexWriter(index._text, index.catalog)  # as SearchIndex.update() makes it
        batches = pickle.loads(sent)  # each as a worker sent it: unpickled as the writer does
        if warm:
            batches = batches[:1]
        reads = (read for batch in batches for read in pickle.loads(batch))
        for number, read in enumerate(reads):
            if number == WARM:
                writer.commit()
            article = read.article
            stamp = IndexedArticle(read.id, read.content, str(article.path), 1, 1, folder)
            writer.put_article(article, stamp, read.recognised, new=True)
        writer.close()


def results_of(tree: Path, library: Path, into: Path) -> None:
    """What the workers send for ``library`` (for the writer's part), made with ``tree``: the
    first :data:`WARM` articles' results, then those of tasks of :data:`TASK` files, each
    pickled as a worker sends it."""
    code = (
        "import pickle, sys; sys.path.insert(0, sys.argv[1]); "
        "from reader.search.reading import read_batch; "
        "warm, task = int(sys.argv[3]), int(sys.argv[4]); "
        "items = [(p, p) for p in sys.argv[5:]]; "
        "groups = [items[:warm]] + [items[s:s + task] for s in range(warm, len(items), task)]; "
        "sent = [pickle.dumps(read_batch('builtin', sys.argv[2] + '.none', g)) for g in groups]; "
        "open(sys.argv[2], 'wb').write(pickle.dumps(sent))"
    )
    files = [str(p) for p in _files(library)]
    command = [sys.executable, "-c", code, str(tree), str(into), str(WARM), str(TASK), *files]
    subprocess.run(command, check=True)


def count(tree: Path, library: Path, scratch: Path) -> dict[str, int]:
    """Instructions of each part with ``tree``: the part's run minus its warm run."""
    results = scratch / "results.pickle"
    results_of(tree, library, results)
    me = [sys.executable, str(Path(__file__).resolve()), "--child", str(tree)]
    found = {}
    for part in PARTS:
        args = ["--library", str(library), "--results", str(results)]
        warm = callgrind([*me, "--mode", f"{part}-warm", *args], tree)
        found[part] = callgrind([*me, "--mode", part, *args], tree) - warm
    return found


def report(name: str, found: dict[str, int], articles: int) -> float:
    per = {part: found[part] / articles / 1e6 for part in PARTS}
    build = per["worker"] + per["writer"]
    ratio = per["recognition"] / build
    print(
        f"{name:22} recognition {per['recognition']:6.2f}M  worker {per['worker']:6.2f}M  "
        f"writer {per['writer']:5.2f}M  instructions/article; on top of recognition "
        f"{build - per['recognition']:5.2f}M; recognition / build = {ratio:.2f}x",
        flush=True,
    )
    return ratio


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--baseline", default="HEAD", help="revision to compare with, or 'none'")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--mode", help=argparse.SUPPRESS)
    ap.add_argument("--library", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--results", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child, args.mode, args.library, args.results)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp) / "library"
        make_library(library, args.articles + WARM)
        trees = {"working tree": ROOT}
        if args.baseline != "none":
            trees[f"baseline {args.baseline}"] = extract(args.baseline, Path(tmp) / "base")
        print(f"{args.articles} articles of bench_search's library; instructions per article")
        for name, tree in trees.items():
            compileall.compile_dir(tree / "reader", quiet=1)  # as an installed package is
            compileall.compile_dir(tree / "annotations", quiet=1)
            scratch = Path(tmp) / name.replace(" ", "-")
            scratch.mkdir()
            report(name, count(tree, library, scratch), args.articles)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
