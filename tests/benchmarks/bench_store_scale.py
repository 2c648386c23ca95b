"""The annotation store at 1,000 to 1,000,000 highlights: every action costs what it shows or
changes, not what is stored. Prints figures and ratios to baselines of the same run; asserts
nothing.

    python tests/benchmarks/bench_store_scale.py                    # 1k and 100k (~5 min)
    python tests/benchmarks/bench_store_scale.py --sizes 1000,100000,1000000   # ~20 min more
    python tests/benchmarks/bench_store_scale.py --sizes 1000000 --guarantees  # kill -9 etc.

First (``--export N``, default 10,000; 0 skips it): N highlights over N / 50 real article files
(copies of the seeds) saved with ``add_many`` (as ``postil import`` saves), then exported to
Markdown in-process (target <= 0.5 s) and as a whole ``postil export`` process, against
``json.dumps`` of the same documents and ``postil --version``.

For each size a database is built with tests/benchmarks/store_builder.py (the sharded files
written directly, as a migration writes them), then:

1. ``json.load`` of every shard: what reading everything costs (the single-file store did
   that, and more, in every process).
2. Whole processes, runs alternating with ``postil --version`` (the baseline): ``postil
   annotate`` (one highlight added), ``postil tags``, ``postil list``, and one highlight edited
   and one deleted through ``AnnotationStore``; wall time, CPU time (``wait4``) and peak
   memory (the child's own VmHWM: its ``ru_maxrss`` would count this process's memory,
   copied at fork). Targets: annotate <= 2x --version at 1M; tags and list <= 1 s; peak
   <= 150 MB at 100k, <= 500 MB at 1M.
3. In one process: p50/p95 of add, update and delete (each durable), the open, and a
   checkpoint.
4. A fresh process opening the store and locating seed 5's highlights in its text (what the
   TUI does when the article opens), against the same with an empty store.
5. ``postil export --article 5`` (seed 5's 40 highlights) as a whole process; the figures
   of every size are compared at the end (target: the same at 1k and 1M); with ``--export``,
   ``postil import`` of those N highlights' W3C export into the store (one transaction).
6. The TUI's first frame in a pseudo-terminal (as tests/benchmarks/bench_startup.py times
   it), against an empty store. Targets: <= 1.5x at 100k, <= 2x at 1M. The TUI opens the
   store right after its first frame, so this waits for the frame with the highlight counts
   (the status line's "N highlights"): the store open, and its cost, included.

``--stores DIR`` builds each size's database in DIR once and reuses it in later runs (a
million highlights take minutes to build); ``--export-only`` times only step 5 for each size:

    python tests/benchmarks/bench_store_scale.py --stores /tmp/stores --sizes 1000,1000000 \
        --export 0 --export-only --runs 9

``--guarantees`` runs, on the largest size: two processes writing at once (none of the 2 x N
saves lost, counts exact) and ``--kills`` rounds of a writer killed with SIGKILL at a random
moment (every acknowledged save present after each). ``--migrate N`` times the one-time
migration of an N-highlight single-file (schema 2) database, backup included.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import store_builder  # noqa: E402

from annotations.model import Annotation, Selector  # noqa: E402
from annotations.store import AnnotationStore  # noqa: E402

EDIT = """
import sys
from annotations.store import AnnotationStore
store = AnnotationStore(sys.argv[1])
victim = store.for_article(sys.argv[2])[0]
if sys.argv[3] == "edit":
    store.update(victim.edited(note="edited by the benchmark"))
else:
    store.delete(victim.id)
store.close()
"""

OPEN_ARTICLE = """
import sys
from pathlib import Path
from reader.cli.workspace_open import open_workspace
workspace = open_workspace(Path(sys.argv[1]), None)
article = workspace.library.load(sys.argv[2])
located = workspace.locate(article)
assert located.anchored or Path(sys.argv[1]).name.startswith("empty")
"""


# ru_maxrss of a child counts the memory it had before exec (a copy of this benchmark's), so
# each child reports its own high-water mark (VmHWM, per address space) as it exits.
PEAK = """
import atexit, os, runpy, sys
def report():
    with open("/proc/self/status") as status:
        peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    with open(os.environ["BENCH_PEAK_FILE"], "w") as out:
        out.write(peak)
atexit.register(report)
kind, what, *sys.argv[1:] = sys.argv[1:]
sys.argv[0] = what
if kind == "-m":
    runpy.run_module(what, run_name="__main__", alter_sys=True)
else:
    exec(compile(what, "<bench>", "exec"), {"__name__": "__main__"})
"""


def run(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak MB of one process (``python -m X`` or ``-c``)."""
    assert args[0] == sys.executable and args[1] in ("-m", "-c")
    peak_file = Path(tempfile.gettempdir()) / f"bench-peak-{os.getpid()}"
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", PEAK, *args[1:]],
            cwd=ROOT,
            env={**env, "BENCH_PEAK_FILE": str(peak_file)},
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        if status != 0:
            errors.seek(0)
            raise RuntimeError(f"{args} exited with {status}: {errors.read()[-2000:]!r}")
    return wall, usage.ru_utime + usage.ru_stime, int(peak_file.read_text()) / 1024


def medians(samples: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    wall, cpu, peak = zip(*samples, strict=True)
    return statistics.median(wall), statistics.median(cpu), max(peak)


def build(folder: Path, count: int, reuse: bool = False) -> Path:
    path = folder / f"s{count}.json"
    if reuse and path.exists():
        print(f"\n== {count:,} highlights: the database built before in {folder}", flush=True)
        return path
    started = time.perf_counter()
    store_builder.build(path, count)
    size = sum(f.stat().st_size for f in path.parent.glob(f"{path.name}.shards/*")) / 1e6
    built = time.perf_counter() - started
    started = time.perf_counter()
    docs = store_builder.json_load_all(path)
    loaded = time.perf_counter() - started
    print(
        f"\n== {count:,} highlights: {size:.0f} MB of shards, manifest "
        f"{path.stat().st_size / 1e6:.2f} MB, built in {built:.0f} s; json.load of all "
        f"{docs:,} documents {loaded:.2f} s",
        flush=True,
    )
    return path


def processes(path: Path, runs: int, env: dict[str, str]) -> None:
    """Whole processes, alternating with the baseline."""
    postil = [sys.executable, "-m", "reader"]
    db = ["--db", str(path)]
    kinds: dict[str, list[str]] = {
        "postil --version": [*postil, "--version"],
        "postil annotate": [*postil, "annotate", "5", "--quote", "Zoom", "--occurrence", "1", *db],
        "postil tags": [*postil, "tags", *db],
        "postil list": [*postil, "list", *db],
        "edit one (process)": [sys.executable, "-c", EDIT, str(path), store_builder.SEED, "edit"],
        "delete one (process)": [sys.executable, "-c", EDIT, str(path), store_builder.SEED, "del"],
    }
    samples: dict[str, list[tuple[float, float, float]]] = {kind: [] for kind in kinds}
    for _ in range(runs):
        for kind, args in kinds.items():
            samples[kind].append(run(args, env))
    base = medians(samples["postil --version"])
    for kind in kinds:
        wall, cpu, peak = medians(samples[kind])
        print(
            f"  {kind:22} wall {wall:5.2f} s ({wall / base[0]:4.2f}x)  "
            f"cpu {cpu:5.2f} s ({cpu / base[1]:4.2f}x)  peak {peak:6.1f} MB"
        )


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def _cpu() -> float:
    """CPU seconds of this process and of its children that ended (a pool's workers): the
    machine may be shared, so wall time alone says little."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _pct(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"p50 {statistics.median(ordered):6.2f} ms p95 {p95:6.2f} ms"


def in_process(path: Path, saves: int) -> None:
    """Durable saves on an open store; the open itself; a checkpoint."""
    holder: list[AnnotationStore] = []
    opened = _timed(lambda: holder.append(AnnotationStore(path)))
    store = holder[0]
    rng = random.Random(5)
    text = store_builder.TEXT
    made = []
    for n in range(saves):
        start = rng.randrange(0, len(text) - 300)
        made.append(
            Annotation.create(
                article=f"/home/reader/news/bench_{n % 50}.txt",
                article_title="Bench",
                selector=Selector.from_text(text, start, start + 80),
                tags="bench",
            )
        )
    adds = [_timed(partial(store.add, a)) for a in made]
    edits = [_timed(partial(store.update, a.edited(note="x"))) for a in made]
    deletes = [_timed(partial(store.delete, a.id)) for a in made]
    checkpoint = _timed(lambda: store.compact(touched_only=True))
    store.close()
    print(f"  open {opened:.0f} ms; checkpoint + fold of the shards touched {checkpoint:.0f} ms")
    for label, samples in (("add", adds), ("update", edits), ("delete", deletes)):
        print(f"  in-process {label:7} {_pct(samples)} ({saves} durable saves)")


def open_article(path: Path, empty: Path, runs: int, env: dict[str, str]) -> None:
    """A fresh process: open the store, locate seed 5's highlights in its text."""
    samples: dict[Path, list[tuple[float, float, float]]] = {path: [], empty: []}
    for _ in range(runs):
        for db in samples:
            samples[db].append(run([sys.executable, "-c", OPEN_ARTICLE, str(db), "5"], env))
    base, here = medians(samples[empty]), medians(samples[path])
    print(
        f"  open + seed 5's highlights located: {here[0]:.2f} s ({here[0] / base[0]:.2f}x the "
        f"empty store's {base[0]:.2f} s), peak {here[2]:.0f} MB"
    )


def first_frame(path: Path, empty: Path, runs: int, env: dict[str, str]) -> None:
    """The TUI's first frame with the highlights counted, in a pty, alternating with an empty
    store."""
    from bench_startup import _first_frame_in_pty

    times: dict[Path, list[float]] = {path: [], empty: []}
    for _ in range(runs):
        for db in times:
            counted = _first_frame_in_pty({**env, "POSTIL_DB": str(db)}, b" highlight")
            times[db].append(counted)
    base, here = statistics.median(times[empty]), statistics.median(times[path])
    print(f"  TUI first frame: {here:.2f} s = {here / base:.2f}x the empty store's {base:.2f} s")


def export_one(path: Path, runs: int, env: dict[str, str]) -> tuple[float, float]:
    """``postil export`` of seed 5 alone (its 40 highlights) as a whole process: wall and
    CPU seconds."""
    args = [sys.executable, "-m", "reader", "export", "--article", "5", "--db", str(path)]
    wall = medians([run([*args, "-o", str(path.with_name("one.md"))], env) for _ in range(runs)])
    print(f"  export of one article (seed 5, {store_builder.SEED_HIGHLIGHTS} highlights): "
          f"{wall[0]:.2f} s, cpu {wall[1]:.2f} s, peak {wall[2]:.0f} MB")  # fmt: skip
    return wall[0], wall[1]


def export_many(folder: Path, count: int, runs: int, env: dict[str, str]) -> None:
    """``count`` highlights over real article files (50 each) exported to Markdown: in this
    process (what ``postil export`` does after opening: each run with a library made afresh
    as ``open_workspace`` makes it, so every article is read again, cold the first time,
    then from the text cache) and as a whole process, against ``json.dumps`` of the same
    documents and ``postil --version``."""
    from reader.cli.workspace_open import open_workspace

    path = folder / f"export{count}.json"
    anns = store_builder.article_files(folder / "articles", count)
    with AnnotationStore(path) as store:
        store.add_many(anns)  # one transaction, as ``postil import`` saves
    os.environ.update(env)  # the caches of this run, not the user's
    workspace = open_workspace(path, None, read_only=True)
    everything = workspace.store.all()
    docs = [ann.to_dict() for ann in everything]
    dumped = min(_timed(lambda: json.dumps(docs)) for _ in range(runs)) / 1000
    made, cpu = [], []
    for _ in range(runs + 1):
        workspace.library = open_workspace(path, None, read_only=True).library
        before = _cpu()
        made.append(_timed(lambda: workspace.export_markdown(everything)) / 1000)
        cpu.append(_cpu() - before)
        workspace.library.summaries.save()  # as postil export does when it ends
    cold, inside = made[0], statistics.median(made[1:])
    cold_cpu, inside_cpu = cpu[0], statistics.median(cpu[1:])
    args = [sys.executable, "-m", "reader", "export", "--db", str(path), "-o", str(folder / "x.md")]
    version = [sys.executable, "-m", "reader", "--version"]
    samples: dict[str, list[tuple[float, float, float]]] = {"version": [], "export": []}
    for _ in range(runs):
        samples["version"].append(run(version, env))
        samples["export"].append(run(args, env))
    base, whole = medians(samples["version"]), medians(samples["export"])
    notes = folder / "notes.w3c.json"
    run([*args[:3], "export", "--format", "w3c", "--db", str(path), "-o", str(notes)], env)
    print(
        f"\n== export of {count:,} highlights over {count // 50} articles to Markdown: in-process "
        f"{inside:.2f} s (CPU {inside_cpu:.2f} s; target <= 0.5 s; {inside / dumped:.1f}x "
        f"json.dumps of them, {dumped:.3f} s; articles not cached yet: {cold:.2f} s, CPU "
        f"{cold_cpu:.2f} s); whole process "
        f"{whole[0]:.2f} s ({whole[0] / base[0]:.1f}x postil --version, "
        f"{whole[0] - base[0]:.2f} s more), peak {whole[2]:.0f} MB"
    )


def import_into(path: Path, notes: Path, env: dict[str, str]) -> None:
    """``postil import`` of the W3C export of the export benchmark's highlights (new ids,
    pages in the library by path) into this store: one transaction, every shard's files
    scanned once for the ids."""
    args = [sys.executable, "-m", "reader", "import", str(notes), "--db", str(path)]
    wall, cpu, peak = run(args, env)
    count = json.loads(notes.read_bytes()).get("total", 0)
    print(f"  postil import of {count:,} W3C annotations: {wall:.2f} s, cpu {cpu:.2f} s, "
          f"peak {peak:.0f} MB")  # fmt: skip


def guarantees(path: Path, writes: int, kills: int) -> None:
    """Two writers at once, then kill -9 rounds, on the big store; verified per article."""
    from tests.annotations.test_store_processes import spawn

    before = len(AnnotationStore(path, read_only=True))
    go = path.with_name("go")
    started = time.perf_counter()
    children = [spawn(path, writes, go, str(n), 512 * 1024) for n in range(2)]
    go.touch()
    outputs = [child.communicate(timeout=3600)[0].split() for child in children]
    fresh = AnnotationStore(path, read_only=True)
    written = {ann_id for out in outputs for ann_id in out}
    present = {a.id for n in range(2) for a in fresh.for_article(f"p{n}.txt")}
    print(
        f"  two writers: {len(written)} saves in {time.perf_counter() - started:.0f} s, "
        f"{len(written & present)} present, count {len(fresh)} = {before} + {len(written)}: "
        f"{len(fresh) == before + len(written) and written <= present}"
    )
    rng = random.Random(9)
    acknowledged: set[str] = set()
    for _ in range(kills):
        child = spawn(path, -1, go, "k", 512 * 1024)
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
        acknowledged.update(line for line in out.split("\n")[:-1] if line)
        json.loads(path.read_bytes())
        present = {a.id for a in AnnotationStore(path, read_only=True).for_article("pk.txt")}
        assert acknowledged <= present, "an acknowledged save was lost"
    temps = list(path.parent.glob(".*.tmp")) + list(path.parent.glob("*.shards/.*.tmp"))
    print(
        f"  kill -9: {kills} rounds, {len(acknowledged)} acknowledged saves, all present; "
        f"temporary files left: {len(temps)} (cleaned by the next writer)"
    )


def migration(folder: Path, count: int) -> None:
    """Time the one-time migration of a single-file (schema 2) database of ``count``."""
    from annotations.storage import compact

    rng = random.Random(3)
    docs = {str(i + 1): store_builder._doc(rng, i, i // 50) for i in range(count)}
    path = folder / "old.json"
    compact(path, {"_postil": {"1": {"schema": 2}}, "annotations": docs})
    size = path.stat().st_size / 1e6
    del docs
    started = time.perf_counter()
    store = AnnotationStore(path)
    took = time.perf_counter() - started
    backup = path.with_name("old.json.schema2.bak")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\n== migration of {count:,} highlights ({size:.0f} MB schema 2 file): {took:.0f} s, "
        f"{len(store):,} read back, backup {backup.stat().st_size / 1e6:.0f} MB; "
        f"this process's peak {peak:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="1000,100000", help="comma-separated, e.g. 1000000; '' for none"
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--saves", type=int, default=100)
    parser.add_argument("--export", type=int, default=10_000, help="highlights (0: skip)")
    parser.add_argument("--skip-tui", action="store_true")
    parser.add_argument("--guarantees", action="store_true")
    parser.add_argument("--writes", type=int, default=200)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--migrate", type=int, default=0)
    parser.add_argument("--stores", type=Path, help="build databases here once, then reuse them")
    parser.add_argument("--export-only", action="store_true", help="per size: step 5 only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        stores = args.stores or folder
        stores.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "POSTIL_CACHE_DIR": str(folder / "cache"),
            "POSTIL_LIBRARY": str(folder / "library"),
            "POSTIL_CONFIG": str(folder / "config.toml"),
            "POSTIL_EXPORT_DIR": str(folder / "exports"),
            "POSTIL_BACKGROUND_INDEX": "0",
        }
        if args.export:
            export_many(folder, args.export, args.runs, env)
        empty = folder / "empty.json"
        AnnotationStore(empty).close()
        path = empty
        one_article: dict[int, tuple[float, float]] = {}
        for count in (int(size) for size in args.sizes.split(",") if size):
            path = build(stores, count, reuse=args.stores is not None)
            if args.export_only:
                one_article[count] = export_one(path, args.runs, env)
                continue
            processes(path, args.runs, env)
            in_process(path, args.saves)
            open_article(path, empty, args.runs, env)
            one_article[count] = export_one(path, args.runs, env)
            if args.export:
                import_into(path, folder / "notes.w3c.json", env)
            if not args.skip_tui:
                first_frame(path, empty, args.runs, env)
            if path != empty and not args.guarantees and args.stores is None:
                shutil.rmtree(path.with_name(path.name + ".shards"))
        smallest = min(one_article, default=0)
        for count, (wall, cpu) in one_article.items():
            base_wall, base_cpu = one_article[smallest]
            print(
                f"one article's export at {count:,}: {wall:.2f} s = {wall / base_wall:.2f}x the "
                f"figure at {smallest:,} (cpu {cpu:.2f} s = {cpu / base_cpu:.2f}x)"
            )
        if args.guarantees:
            guarantees(path, args.writes, args.kills)
        if args.migrate:
            migration(folder, args.migrate)


if __name__ == "__main__":
    main()
