"""Search index benchmarks on a scaled library: figures with their baselines, no asserts.

    python tests/benchmarks/bench_search.py [--articles 10000] [--workers 2] [--keep DIR]

The library: real news text (the paragraphs of ``seeds/*.txt`` and ``tests/data/{dev,heldout,
gold}/*.txt``, about 340), written as ``--articles`` files of 12 paragraphs each drawn at random
(fixed seed) with a serial line, in a temporary folder. Copies of whole articles under many names
would all share a handful of contents, which the index recognises once (keyed by content), so
the build would measure nothing; mixed paragraphs make every article a distinct content with
the vocabulary and entities of real news. (Few distinct paragraphs make common words occur in
most articles: query figures are pessimistic.)

Figures, each with the baseline measured in the same run:

1. Build from empty on ``--workers`` processes, in a child process so its peak memory (main
   process, and the largest worker) is its own: words/s, against the recognizer's own
   words/s on one core (``recognize()`` over 300 of the same articles, just before and just
   after the build: their mean), per core and in all, by the clock and per second of CPU time
   (less skewed by other load, though a shared machine still moves it by a fifth or more);
   against the same on ``--workers`` cores at once (processes started together on distinct
   articles, which share the caches and memory bus as the build's workers do): recognize()
   alone, and reading + recognize() (what the workers must do without any index); and
   the CPU time per article of the workers and of the main process (which writes the index).
   Target: the index costs little on top of recognition; peak memory <= 300 MB at 50,000.
2. In-process query latency, p50/p95 over single words (rare to very common), phrases, entity
   filters (person:/org:/place: of the library's most mentioned names) and mixed queries,
   each the whole search: ranking, then offsets and snippets of the top 20. Target at 50,000:
   p95 <= 30 ms.
3. ``postil search --no-update`` as a whole process against ``postil --version``, alternating,
   best of 5 each. Target: <= 2x. And ``postil search -L LIBRARY`` (lists the library folder,
   then brings the index up to date by folder) for what a script on a folder library pays.
4. Incremental update of one changed article, each figure the whole ``index.update()`` (lock,
   finding what changed, reading, recognition, tantivy and SQLite commits), for each way an
   article changes: edited in place and named (``postil index FILE``: that article only),
   saved anew by rename, added, removed (found by folder: reader.search.changes), and edited
   in place found by the full check that stats every file. Then an update with nothing
   changed, on the session's library and on one just listed. Target: <= 100 ms. Baselines:
   tantivy's own commit of one document into an empty index (the floor of any durable
   update), and a bare ``os.stat`` of every file (the floor of the full check). Folders are
   let settle 2 s before each change, as between real updates. Each figure by the clock and
   in CPU time of all the process's threads (tantivy's included): on a shared machine the
   clock measures the wait for a core and for the disk's syncs (a commit syncs ~18 times).
5. Index size on disk against the library's text size.
6. The library-wide list of named things (``E`` in the library, ``postil mentions``): the whole
   ``index.mentions()`` from the totals the catalogue keeps, best of 3, by the clock; asked
   again with the catalogue unchanged (kept); the articles of the most widespread thing and
   of one in the middle of the list (read when a reader moves onto it); and the one-time
   making of the totals in a catalogue of an earlier postil. Target: instant after the first
   build; baseline: a one-word search.

7. Every article read again, as after a new postil (whose cleaning may read a file to
   another text): the articles whose documents come out as they were written keep them
   (only their rows get the files' new stamps), against the same update with every
   document written again, by the clock and in this process's CPU time.

``--keep DIR`` builds the library and index in DIR and reuses them on the next run (skipping
1 when the index is complete). ``--build-only`` measures 1 alone, into a new index in a
temporary folder (a kept library is reused, a kept index left as it is): for work on the
build's cost. ``--articles 50000`` is optional: its build took 10 CPU-minutes (38 minutes by
the clock on 2 cores shared with other work) and the library 80 s to write. An index kept with
``--keep`` must be opened by the same code tree (a copy whose files have other modification
times has another recognizer stamp, and forgets every analysis).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.mentions.library import LibraryNamed

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SOURCES = ("seeds", "tests/data/dev", "tests/data/heldout", "tests/data/gold")
PARAGRAPHS = 12


def paragraphs() -> list[str]:
    """The distinct paragraphs of every news text we ship, cleaned as the reader cleans them."""
    from reader.library.article import article_from_bytes

    found: dict[str, None] = {}
    for folder in SOURCES:
        for path in sorted((ROOT / folder).glob("*.txt")):
            article = article_from_bytes(path.read_bytes(), path, str(path))
            for paragraph in article.text.split("\n"):
                if len(paragraph) > 60:
                    found.setdefault(paragraph, None)
    return list(found)


def make_library(folder: Path, count: int) -> int:
    """``count`` articles in ``folder`` (made once); their total size in bytes."""
    marker = folder / f".complete-{count}"
    if not marker.exists():
        pool = paragraphs()
        rng = random.Random(20240601)
        for number in range(count):
            chosen = rng.sample(pool, PARAGRAPHS)
            title = chosen[0].split(". ")[0][:80]
            body = "\n\n".join([title, *chosen, f"Reference {number:06d}."])
            sub = folder / f"{number // 1000:03d}"
            sub.mkdir(parents=True, exist_ok=True)
            (sub / f"article-{number:06d}.txt").write_text(body, encoding="utf-8")
        marker.touch()
    return sum(p.stat().st_size for p in folder.rglob("*.txt"))


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def build_child(library_dir: str, index_dir: str, workers: int) -> None:
    """(In a child process) build the index; print the figures as JSON."""
    from reader.library import Library
    from reader.search.executors import process_pool
    from reader.search.index import SearchIndex

    library = Library.from_paths([library_dir])
    index = SearchIndex(Path(index_dir))
    started = time.perf_counter()
    with process_pool(workers) as pool:
        report = index.update(library, executor=pool)
    seconds = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    figures = {
        "seconds": seconds,
        "words": report.words,
        "indexed": report.indexed,
        "main_cpu": own.ru_utime + own.ru_stime,
        "worker_cpu": children.ru_utime + children.ru_stime,
        "main_mb": own.ru_maxrss / 1024,
        "worker_mb": children.ru_maxrss / 1024,
    }
    print(json.dumps(figures))


def recognizer_speed(library_dir: Path, sample: int = 300) -> tuple[float, float]:
    """Words per second of ``recognize()`` alone on one core, over ``sample`` articles: by
    the clock, and per second of CPU time (what a loaded machine does not change)."""
    from reader.entities import recognize
    from reader.library import Library
    from reader.library.words import count_words

    library = Library.from_paths([library_dir])
    texts = [library.load(entry).text for entry in library.entries[:sample]]
    recognize("Warm up: Dr. Jane Doe of Acme Corp. met officials in Paris on May 2, 2024.")
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        recognize(text)
    words = sum(count_words(t) for t in texts)
    return words / (time.perf_counter() - started), words / (time.process_time() - cpu)


def concurrent_child(library_dir: str, first: int, sample: int, start_at: float) -> None:
    """(In one of ``workers`` child processes started together) read ``sample`` articles from
    the ``first``, wait until ``start_at`` so every child runs at once, then time recognize()
    alone and reading + recognize() on them; print the figures as JSON."""
    from reader.entities import recognize
    from reader.library import Library
    from reader.library.article import read_article
    from reader.library.words import count_words

    library = Library.from_paths([library_dir])
    entries = library.entries[first : first + sample]
    texts = [library.load(entry).text for entry in entries]
    words = sum(count_words(t) for t in texts)
    recognize("Warm up: Dr. Jane Doe of Acme Corp. met officials in Paris on May 2, 2024.")
    time.sleep(max(0.0, start_at - time.time()))
    started = time.process_time()
    for text in texts:
        recognize(text)
    alone = time.process_time() - started
    started = time.process_time()
    for entry in entries:
        recognize(read_article(entry.path, entry.id).text)
    print(json.dumps({"words": words, "alone": alone, "read": time.process_time() - started}))


def concurrent_speed(library_dir: Path, workers: int, sample: int = 400) -> tuple[float, float]:
    """Words per CPU-second of recognize() alone and of reading + recognize(), with
    ``workers`` processes running at once on distinct articles: what the build's workers do
    without the index (they share the machine's caches and memory bus, which one process
    alone does not: measured 5% slower per core on 2 cores)."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); from tests.benchmarks.bench_search import "
        "concurrent_child as c; c(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), "
        "float(sys.argv[5]))"
    )
    start_at = time.time() + 3
    args = [sys.executable, "-c", code, str(ROOT), str(library_dir)]
    children = [
        subprocess.Popen(
            [*args, str(n * sample), str(sample), str(start_at)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(workers)
    ]
    figures = [json.loads(child.communicate()[0].strip().splitlines()[-1]) for child in children]
    words = sum(f["words"] for f in figures)
    return words / sum(f["alone"] for f in figures), words / sum(f["read"] for f in figures)


def build(library_dir: Path, index_dir: Path, workers: int, count: int) -> None:
    from reader.search.index import SearchIndex

    kept = SearchIndex(index_dir) if index_dir.exists() else None
    # a kept index of another recognizer forgot its analyses on opening (notice): rebuilt
    complete = kept is not None and kept.notice is None and kept.indexed() >= count
    if kept is not None:
        kept.close()
    if complete:
        print("1. build: index kept from an earlier run (--keep), not rebuilt")
        return
    before = recognizer_speed(library_dir)
    together = concurrent_speed(library_dir, workers)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); from tests.benchmarks.bench_search import "
        "build_child; build_child(sys.argv[2], sys.argv[3], int(sys.argv[4]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(ROOT), str(library_dir), str(index_dir), str(workers)],
        capture_output=True,
        text=True,
        check=True,
    )
    after = recognizer_speed(library_dir)
    again = concurrent_speed(library_dir, workers)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    print_build(figures, workers, before, after)
    print_together(figures, workers, together, again)


def print_build(
    figures: dict[str, float], workers: int, before: tuple[float, float], after: tuple[float, float]
) -> None:
    """Figure 1, against the recognizer's speed measured just before and just after the build
    (their mean: on a shared machine one measurement alone was seen 30% off the other)."""
    base, base_cpu = (before[0] + after[0]) / 2, (before[1] + after[1]) / 2
    words, indexed = figures["words"], figures["indexed"]
    speed = words / figures["seconds"]
    cpu = figures["main_cpu"] + figures["worker_cpu"]
    print(f"1. build of {indexed:,} articles ({words:,} words recognised)")
    print(
        f"   recognize() alone, one core:  {base:>8,.0f} words/s (baseline; by the clock; "
        f"{before[0]:,.0f} before the build, {after[0]:,.0f} after)"
    )
    print(
        f"   index build on {workers} workers:   {speed:>8,.0f} words/s in all by the clock "
        f"({figures['seconds']:.0f} s), {speed / workers:,.0f} per core = "
        f"{speed / workers / base:.2f}x the recognizer"
    )
    print(
        f"   per second of CPU time:       recognize() {base_cpu:,.0f} words/s ({before[1]:,.0f} "
        f"before, {after[1]:,.0f} after), the build {words / cpu:,.0f} words/s = "
        f"{words / cpu / base_cpu:.2f}x"
    )
    print(
        f"   CPU: workers {figures['worker_cpu']:.0f} s, main process {figures['main_cpu']:.0f} s "
        f"(per article: workers {figures['worker_cpu'] / indexed * 1000:.2f} ms, main "
        f"{figures['main_cpu'] / indexed * 1000:.2f} ms; recognize() alone "
        f"{words / indexed / base_cpu * 1000:.2f} ms)"
    )
    print(
        f"   peak memory: main process {figures['main_mb']:.0f} MB, "
        f"largest worker {figures['worker_mb']:.0f} MB (target <= 300 MB)"
    )


def print_together(
    figures: dict[str, float],
    workers: int,
    before: tuple[float, float],
    after: tuple[float, float],
) -> None:
    """Figure 1 against what the build's workers must do without any index, on as many cores
    at once, per CPU-second (the mean of before and after the build): recognize() alone, and
    reading + recognize() (the text must be read whatever is done with it). What is left is
    the index's own cost: grouping and packing the mentions, sending them, and the writing
    process (tantivy and SQLite)."""
    alone, read = (before[0] + after[0]) / 2, (before[1] + after[1]) / 2
    cpu = figures["main_cpu"] + figures["worker_cpu"]
    build = figures["words"] / cpu
    print(
        f"   on {workers} cores at once, per CPU-second: recognize() {alone:,.0f} words/s "
        f"({before[0]:,.0f} before, {after[0]:,.0f} after), reading + recognize() {read:,.0f}; "
        f"the build {build:,.0f} = {build / alone:.2f}x and {build / read:.2f}x"
    )


def query_sets(index) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Queries of each kind, from the library itself."""
    rng = random.Random(7)
    words = [
        "said", "government", "president", "court", "minister", "cocoa", "earthquake",
        "tariffs", "council", "police", "election", "bank", "ruling", "farmers", "ceasefire",
    ]  # fmt: skip
    pool = paragraphs()
    phrases = []
    for paragraph in rng.sample(pool, 15):
        tokens = paragraph.split()
        start = rng.randrange(max(1, len(tokens) - 3))
        phrases.append('"' + " ".join(tokens[start : start + rng.choice((2, 3))]) + '"')
    named = index.mentions()
    kinds = {"PERSON": "person", "ORG": "org", "GPE": "place"}
    entities = []
    for label, prefix in kinds.items():
        top = [n for n in named if n.label == label][:5]
        entities += [f'{prefix}:"{n.name}"' for n in top]
    mixed = [
        "cocoa -ghana", "court OR ruling", "regulat*", "person:Musk tiktok",
        'place:China "trade war"', "minister after:2024-01-01", "bank -central farmers",
    ]  # fmt: skip
    return {"single words": words, "phrases": phrases, "entity filters": entities, "mixed": mixed}


def latency(index, library_ids: set[str] | None) -> None:  # type: ignore[no-untyped-def]
    scope_note = "scoped to the library" if library_ids else "whole index"
    print(f"2. in-process query latency, top 20 with offsets and snippets ({scope_note})")
    for kind, queries in query_sets(index).items():
        for query in queries:  # warm: the first search of a term reads its postings from disk
            index.search(query, limit=20, scope=library_ids)
        times = []
        for _ in range(5):
            for query in queries:
                started = time.perf_counter()
                index.search(query, limit=20, scope=library_ids)
                times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        print(
            f"   {kind:<15} p50 {statistics.median(times):6.1f} ms   p95 {p95:6.1f} ms   "
            f"max {times[-1]:6.1f} ms   ({len(queries)} queries x 5)"
        )


def whole_process(library_dir: Path, env: dict[str, str]) -> None:
    said: set[str] = set()

    def best(args: list[str]) -> float:
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "reader", *args], env=env, capture_output=True, text=True
        )
        took = time.perf_counter() - started
        for line in done.stderr.splitlines()[:3]:
            if f"{args[:2]}{line}" not in said:  # each thing said once
                said.add(f"{args[:2]}{line}")
                print(f"   ({' '.join(args[:2])} said: {line})")
        return took

    version, search, listed = [], [], []
    for _ in range(5):
        version.append(best(["--version"]))
        search.append(best(["search", "--no-update", "court ruling"]))
        listed.append(best(["search", "-L", str(library_dir), "court ruling"]))
    print("3. whole process, best of 5")
    print(f"   postil --version                  {min(version) * 1000:6.0f} ms (baseline)")
    print(
        f"   postil search --no-update QUERY   {min(search) * 1000:6.0f} ms = "
        f"{min(search) / min(version):.2f}x (target <= 2x)"
    )
    print(
        f"   postil search -L LIBRARY QUERY    {min(listed) * 1000:6.0f} ms = "
        f"{min(listed) / min(version):.2f}x (lists the folder, updates by folder)"
    )


def commit_floor() -> float:
    """Median milliseconds of a tantivy commit of one document into an empty index."""
    import tantivy

    from reader.search.analysis import ANALYZER, analyzer
    from reader.search.schema import schema

    times = []
    with tempfile.TemporaryDirectory() as folder:
        index = tantivy.Index(schema(), path=folder)
        index.register_tokenizer(ANALYZER, analyzer())
        for number in range(5):
            writer = index.writer(15_000_000, 1)
            writer.add_document(tantivy.Document(kind="article", id=str(number), body="text"))
            started = time.perf_counter()
            writer.commit()
            times.append((time.perf_counter() - started) * 1000)
            writer.wait_merging_threads()
    return statistics.median(times)


def _settled_update(library_dir: Path, index) -> None:  # type: ignore[no-untyped-def]
    """Bring the index up to date with every file checked, once the folders have settled (a
    folder changed under 2 s before an update is not stamped, see reader.search.changes): the
    state before a change, as between real updates."""
    from reader.library import Library

    time.sleep(2.1)
    index.update(Library.from_paths([library_dir]), check="full")


def incremental(library_dir: Path, index) -> None:  # type: ignore[no-untyped-def]
    """4. One changed article, each way it can change; each figure the whole update."""
    from reader.library import Library

    path = next(library_dir.rglob("article-000123.txt"))
    added, spare = path.with_name("added-000123.txt"), path.with_name(".saved-000123.txt")
    original = path.read_text(encoding="utf-8")
    session = Library.from_paths([library_dir])  # the library as the TUI holds it
    single = Library.from_paths([path])

    def edit(n: int) -> None:
        path.write_text(original + f" Edit {n}.", encoding="utf-8")

    def save_anew(n: int) -> None:
        spare.write_text(original + f" Saved {n}.", encoding="utf-8")
        spare.replace(path)

    def add(n: int) -> None:
        added.write_text(original + f" Added {n}.", encoding="utf-8")

    def listed_again() -> Library:
        return Library.from_paths([library_dir])

    cases = [  # name, change, prepared, the library updated (listed before the clock), check
        ("edited in place, that article only (index FILE)", edit, False, lambda: single, "listed"),
        ("saved anew (renamed over), by folder", save_anew, False, lambda: session, "quick"),
        ("added, by folder (library listed again)", add, False, listed_again, "quick"),
        ("removed, by folder (library listed again)", lambda n: added.unlink(), True, listed_again,
         "quick"),
        ("edited in place, every file stat'ed (postil index)", edit, False, lambda: session,
         "full"),
    ]  # fmt: skip
    figures = []
    for name, change, prepared, scope, check in cases:
        times, cpu = [], []
        for number in range(3):
            if prepared:
                add(number)
            _settled_update(library_dir, index)
            change(number)
            library = scope()
            gc.collect()  # the preparation's garbage (50,000 entries listed) is not the update's
            started, cpu_started = time.perf_counter(), time.process_time()
            report = index.update(library, check=check)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
            assert report.indexed + report.removed == 1, (name, report)
            path.write_text(original, encoding="utf-8")
            added.unlink(missing_ok=True)
        figures.append((name, statistics.median(times), statistics.median(cpu)))
    _settled_update(library_dir, index)
    nothing = _best_ms(lambda: index.update(session))
    fresh = iter([listed_again() for _ in range(3)])  # listed before the clock
    nothing_listed = _best_ms(lambda: index.update(next(fresh)))
    walk = _best_ms(listed_again)
    entries = list(session.entries)
    bare = _best_ms(lambda: [os.stat(entry.path) for entry in entries])
    print("4. incremental update of one changed article, the whole index.update() (median of 3,")
    print("   by the clock and in CPU time of all this process's threads; target <= 100 ms)")
    print(f"   baseline: tantivy's commit of one document, empty index {commit_floor():7.0f} ms")
    print(f"   baseline: a bare os.stat of every file ({len(entries):,})    {bare:10.0f} ms")
    for name, took, cpu_ms in figures:  # CPU: every thread of this process (tantivy's too)
        print(f"   {name:<54} {took:5.0f} ms (CPU {cpu_ms:4.0f} ms)")
    print(f"   nothing changed, by folder (the session's library)     {nothing:5.1f} ms")
    print(f"   nothing changed, by folder (library listed again)      {nothing_listed:5.1f} ms")
    print(f"   (listing the library folder, before any update:          {walk:5.0f} ms)")


def read_again(library_dir: Path, index, workers: int) -> None:  # type: ignore[no-untyped-def]
    """7. Every article read again, as after a new postil (its cleaning code may read a file
    to another text), on ``workers`` processes as ``postil index`` does: each article
    whose document comes out as it was written keeps it; baseline: the same update with
    every document written again (the documents' keys forgotten first)."""
    from reader.library import Library
    from reader.search.executors import process_pool

    figures = []
    for forget_documents in (True, False):
        index.catalog.forget_stamps()
        if forget_documents:
            with index.catalog.transaction() as db:
                db.execute("UPDATE articles SET document = NULL")
        library = Library.from_paths([library_dir])
        started, cpu = time.perf_counter(), time.process_time()
        with process_pool(workers) as pool:
            report = index.update(library, executor=pool)
        figures.append((time.perf_counter() - started, time.process_time() - cpu, report))
    (every, every_cpu, written), (kept, kept_cpu, left) = figures
    print(f"7. every article read again (a new postil's cleaning), on {workers} workers")
    print(
        f"   every document written again (baseline): {every:5.1f} s "
        f"(this process's CPU {every_cpu:5.1f} s), {written.indexed:,} written"
    )
    print(
        f"   documents as written kept:               {kept:5.1f} s "
        f"(this process's CPU {kept_cpu:5.1f} s) = {kept / every:.2f}x, "
        f"{left.indexed:,} written, {left.unchanged:,} kept"
    )


def _best_ms(run: Callable[[], object]) -> float:
    """Best of 3, in milliseconds."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, help="build in DIR and reuse it next time")
    parser.add_argument("--build-only", action="store_true", help="1 alone, into a new index")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="postil-bench-search-"))
    library_dir = base / f"library-{args.articles}"
    cache = base / f"cache-{args.articles}"
    os.environ["POSTIL_CACHE_DIR"] = str(cache)
    env = {**os.environ, "POSTIL_DB": str(base / "annotations.json")}
    os.environ["POSTIL_DB"] = env["POSTIL_DB"]
    index_dir = cache / "search" / "builtin"
    started = time.perf_counter()
    text_bytes = make_library(library_dir, args.articles)
    print(
        f"library: {args.articles:,} articles, {text_bytes / 1e6:.0f} MB of text "
        f"(made in {time.perf_counter() - started:.0f} s) in {library_dir}"
    )
    if args.build_only:
        with tempfile.TemporaryDirectory(prefix="postil-bench-build-") as scratch:
            build(library_dir, Path(scratch) / "index", args.workers, args.articles)
        return
    build(library_dir, index_dir, args.workers, args.articles)
    from reader.search.index import SearchIndex

    index = SearchIndex(index_dir)
    latency(index, None)
    whole_process(library_dir, env)
    incremental(library_dir, index)
    size = folder_size(index_dir)
    print(
        f"5. index size on disk {size / 1e6:.0f} MB = {size / text_bytes:.2f}x the library's "
        f"{text_bytes / 1e6:.0f} MB of text"
    )
    library_wide(index)
    read_again(library_dir, index, args.workers)


def library_wide(index) -> None:  # type: ignore[no-untyped-def]
    """6: the library's named things, as ``E`` and ``postil mentions`` list them."""
    from reader.search import things

    named: list[LibraryNamed] = []

    def afresh() -> None:
        index._mentions = None  # what the first E of a session pays
        named[:] = index.mentions()

    seconds = _best_ms(afresh) / 1000
    kept = _best_ms(index.mentions)  # E again, or m, with the catalogue unchanged
    widest, middle = named[0], named[len(named) // 2]

    def articles_of(thing: LibraryNamed) -> Callable[[], object]:
        def read() -> object:
            thing._articles = None
            return thing.articles

        return read

    wide_ms, middle_ms = _best_ms(articles_of(widest)), _best_ms(articles_of(middle))
    start = time.perf_counter()
    with index.catalog.transaction() as db:  # as a catalogue of an earlier postil is, once
        things.fill(db, index.catalog.thing_ids)
    filled = time.perf_counter() - start
    articles = index.indexed()
    query = _best_ms(lambda: index.search("government", limit=20))
    print(
        f"6. library-wide named things: {len(named):,} from {articles:,} articles in "
        f"{seconds * 1000:.1f} ms, {kept:.2f} ms when asked again (a one-word search "
        f"{query:.1f} ms); the articles of the widest ({widest.name}, {widest.count:,}) "
        f"in {wide_ms:.1f} ms, of a middling one ({middle.count:,}) in {middle_ms:.2f} ms; "
        f"an earlier catalogue's totals made once in {filled:.1f} s"
    )


if __name__ == "__main__":
    main()
