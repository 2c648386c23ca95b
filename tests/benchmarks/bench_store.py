"""Save latency of the annotation store with 1,000 / 10,000 / 100,000 annotations in the DB.

Run: ``python tests/benchmarks/bench_store.py`` (about a minute; ``--quick`` for 1k/10k only).
Prints p50/p95 of ``AnnotationStore.add`` (each one durable: journal append + fsync), the
cost of opening the DB, of ``refresh()`` when nothing changed and of one compaction, and the
same p50/p95 for plain TinyDB ``JSONStorage`` at 1k/10k as the baseline.
Targets (issue "Nothing lost", item 5): p95 <= 50 ms at 10,000 and <= 200 ms at 100,000.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tinydb import TinyDB

from annotations.migration import manifest_for, sharded, write_layout
from annotations.model import Annotation, Selector
from annotations.shards import DEFAULT_SHARDS
from annotations.storage import ANNOTATIONS_TABLE
from annotations.store import AnnotationStore

WORDS = ("the", "data", "privacy", "law", "of", "hong", "kong", "and", "beijing", "protests")
TEXT = " ".join(random.Random(7).choice(WORDS) for _ in range(20_000))


def sample(rng: random.Random, index: int) -> Annotation:
    """A realistic annotation: a sentence-long quote, context, tags and a short note."""
    start = rng.randrange(0, len(TEXT) - 400)
    end = start + rng.randrange(40, 300)
    return Annotation.create(
        article=f"library/article_{index % 500:04d}.txt",
        article_title="TikTok quits Hong Kong as US giants suspend processing data requests",
        selector=Selector.from_text(TEXT, start, end),
        tags=rng.sample(["gdpr", "china", "hong-kong", "platforms", "law", "protest"], 2),
        note=" ".join(rng.choice(WORDS) for _ in range(rng.randrange(0, 30))),
    )


def seed(path: Path, count: int, rng: random.Random) -> None:
    """A DB of ``count`` annotations written in shards (as after a migration or compaction)."""
    docs = {str(i + 1): sample(rng, i).to_dict() for i in range(count)}
    groups = sharded(docs, DEFAULT_SHARDS)
    write_layout(path, groups, manifest_for(groups, DEFAULT_SHARDS, {}))


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def bench_postil(folder: Path, count: int, saves: int) -> str:
    rng = random.Random(count)
    path = folder / f"postil-{count}.json"
    seed(path, count, rng)
    size_mb = sum(f.stat().st_size for f in path.parent.glob(f"{path.name}.shards/*")) / 1e6
    holder: list[AnnotationStore] = []
    open_ms = timed(lambda: holder.append(AnnotationStore(path)))
    store = holder[0]
    anns = [sample(rng, i) for i in range(saves)]
    p50, p95 = percentiles([timed(lambda a=a: store.add(a)) for a in anns])
    refresh_ms = statistics.median(timed(store.refresh) for _ in range(50))
    article_ms = statistics.median(
        timed(lambda: store.for_article("library/article_0007.txt")) for _ in range(20)
    )
    compact_ms = timed(store.compact)
    store.close()
    return (
        f"postil  {count:>7,} ann {size_mb:6.1f} MB  save p50 {p50:6.2f} ms  p95 {p95:6.2f} ms"
        f"  | open {open_ms:7.0f} ms, refresh {refresh_ms:.3f} ms, for_article"
        f" {article_ms:.2f} ms, compaction {compact_ms:.0f} ms"
    )


def bench_tinydb(folder: Path, count: int, saves: int) -> str:
    rng = random.Random(count)
    path = folder / f"tinydb-{count}.json"
    db = TinyDB(path)
    db.table(ANNOTATIONS_TABLE).insert_multiple(sample(rng, i).to_dict() for i in range(count))
    table = db.table(ANNOTATIONS_TABLE)
    docs = [sample(rng, i).to_dict() for i in range(saves)]
    p50, p95 = percentiles([timed(lambda d=d: table.insert(d)) for d in docs])
    db.close()
    return f"TinyDB  {count:>7,} ann JSONStorage      save p50 {p50:6.2f} ms  p95 {p95:6.2f} ms"


def main() -> None:
    quick = "--quick" in sys.argv
    sizes = [1_000, 10_000] if quick else [1_000, 10_000, 100_000]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"postil store save latency ({'quick' if quick else 'full'} run, fsync on)")
        for count in sizes:
            print(bench_postil(folder, count, saves=200), flush=True)
        for count in (1_000, 10_000):
            print(bench_tinydb(folder, count, saves=50), flush=True)


if __name__ == "__main__":
    main()
